"""Document metadata: a ``<stem>.yaml`` sidecar or Markdown front matter.

Known keys are ``title``, ``published``, ``source``, ``url`` and the curation sections
``actors`` and ``negotiations`` (applied by the extractor).  Every value is validated by type;
a wrong one is reported with file and line and ignored, never fatal.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any

from briefing.common.textsafe import display_safe, safe_url
from briefing.common.yamlsafe import MAX_DEPTH, MAX_NODES, YamlProblem, load_yaml
from briefing.corpus.decode import BinaryFile, decode_bytes
from briefing.model import Problem

KNOWN_KEYS = frozenset({"title", "published", "source", "url", "license", "actors",
                        "negotiations", "author", "language", "tags",
                        "fetched", "fetched_from", "feed", "entry_id"})  # briefing fetch's
CURATION_KEYS = ("actors", "negotiations")
# Text fields, here and in the curation sections: a value that looks like a number stays the
# text written (``title: 1.10`` is "1.10", ``source: 0x1F`` is "0x1F").
TEXT_KEYS = frozenset({"title", "source", "author", "license", "language", "name", "label",
                       "affiliation", "part_of", "note", "id", "aliases", "rename", "drop",
                       "tags"})
MAX_REPORTED_KEYS = 10

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y")


@dataclass
class Metadata:
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    curation: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def parse_date(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a date value or a date string in a common format."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ].*", text):
        text = text[:10]
    if _ISO_DATE.fullmatch(text):  # the common case, without strptime (~10 times slower)
        try:
            return _dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None  # not a day of the calendar (no other format reads dddd-dd-dd)
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _line_of_key(raw: str, key: str, offset: int = 0) -> int | None:
    match = re.search(rf"^{re.escape(key)}\s*:", raw, re.M)
    return raw.count("\n", 0, match.start()) + 1 + offset if match else None


def interpret(data: object, raw: str, path: str, line_offset: int = 0) -> Metadata:
    """Validate a loaded mapping into :class:`Metadata`, reporting each bad value."""
    meta = Metadata()
    if data is None:
        return meta
    if not isinstance(data, dict):
        meta.problems.append(Problem(path, "metadata must be a mapping of keys to values; "
                                           "ignored", line_offset + 1 if line_offset else 1))
        return meta

    def bad(key: str, message: str) -> None:
        meta.problems.append(Problem(path, f"{key}: {message}; ignored",
                                     _line_of_key(raw, key, line_offset)))

    unknown = [key for key in data if not isinstance(key, str) or key not in KNOWN_KEYS]
    # Each report searches the source for the key's line: report a few, count the rest (a
    # 1 MB sidecar of 50,000 junk keys must not cost 50,000 searches).
    for key in unknown[:MAX_REPORTED_KEYS]:
        meta.problems.append(Problem(path, f"unknown key {display_safe(key, 60)!r}; ignored",
                                     _line_of_key(raw, str(key), line_offset)))
    if len(unknown) > MAX_REPORTED_KEYS:
        meta.problems.append(Problem(path, f"{len(unknown) - MAX_REPORTED_KEYS:,} more unknown "
                                           "keys; ignored"))
    for key in ("title", "source"):
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = " ".join(str(value).split())
            setattr(meta, key, display_safe(text, 1000) or None)
        else:
            bad(key, f"expected text, found {type(value).__name__}")
    if "published" in data and data["published"] is not None:
        iso = parse_date(data["published"])
        if iso is None:
            bad("published", f"not a date: {display_safe(data['published'], 60)!r} "
                             "(use YYYY-MM-DD)")
        meta.published = iso
    if data.get("url") is not None:
        url = safe_url(data["url"])
        if url is None:
            bad("url", "only plain http(s):// or mailto: URLs are used")
        meta.url = url
    for key in CURATION_KEYS:
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, dict):
            meta.curation[key] = value
        else:
            bad(key, f"expected a mapping, found {type(value).__name__}")
    if meta.curation:
        meta.curation["_lines"] = {k: _line_of_key(raw, k, line_offset) for k in meta.curation}
    return meta


def read_sidecar(data: bytes, path: str, max_bytes: int, max_depth: int = MAX_DEPTH,
                 max_nodes: int = MAX_NODES) -> Metadata:
    """Metadata from a sidecar file's bytes (bytes, so PyYAML honours a UTF-16 BOM)."""
    warning: str | None = None
    source: bytes | str = data
    if isinstance(data, bytes) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Not UTF-16 (which PyYAML decodes itself): decode like an article, so a Latin-1 or
        # Windows-1252 sidecar still gives its metadata, with a warning, and binary junk is
        # named as such instead of PyYAML's "unacceptable character #x0000".
        try:
            decoded = decode_bytes(data)
        except BinaryFile as exc:
            meta = Metadata()
            meta.problems.append(Problem(path, f"{exc}; metadata ignored", severity="error"))
            return meta
        source, warning = decoded.text, decoded.warning
    skipped: list[YamlProblem] = []  # keys with an unknown tag (!custom): those only
    try:
        loaded = load_yaml(source, max_bytes=max_bytes, max_depth=max_depth, max_nodes=max_nodes,
                           text_keys=TEXT_KEYS, skipped=skipped)
    except YamlProblem as exc:
        meta = Metadata()
        meta.problems.append(Problem(path, exc.message + "; metadata ignored", exc.line))
        return meta
    raw = source.decode("utf-8", errors="replace") if isinstance(source, bytes) else source
    meta = interpret(loaded, raw, path)
    meta.problems[:0] = [Problem(path, s.message, s.line) for s in skipped]
    if warning:
        meta.problems.insert(0, Problem(path, warning))
    return meta


def split_front_matter(text: str) -> tuple[str | None, int]:
    """The front matter's YAML source (or ``None``) and the offset where the body starts."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, 0
    return match.group(1) or "", match.end()


def read_front_matter(text: str, path: str, max_bytes: int, max_depth: int = MAX_DEPTH,
                      max_nodes: int = MAX_NODES) -> tuple[Metadata, int]:
    """Metadata from a Markdown file's front matter, and the body's start offset."""
    source, body_start = split_front_matter(text)
    if source is None:
        return Metadata(), 0
    skipped: list[YamlProblem] = []
    try:
        loaded = load_yaml(source, max_bytes=max_bytes, max_depth=max_depth,
                           max_nodes=max_nodes, text_keys=TEXT_KEYS, skipped=skipped)
    except YamlProblem as exc:
        meta = Metadata()
        line = exc.line + 1 if exc.line is not None else None  # the opening --- is line 1
        # So is every line the message names ("a flow sequence that starts at line 1" was the
        # front matter's first line, the file's second).
        message = re.sub(r"\bline (\d+)\b", lambda m: f"line {int(m.group(1)) + 1}",
                         exc.message)
        meta.problems.append(Problem(path, "front matter: " + message + "; ignored", line))
        return meta, body_start
    meta = interpret(loaded, source, path, line_offset=1)
    meta.problems[:0] = [Problem(path, "front matter: " + s.message,
                                 None if s.line is None else s.line + 1) for s in skipped]
    return meta, body_start
