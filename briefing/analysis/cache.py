"""The analysis cache: a warm start reads no article, only ``stat``s it.

Two levels, both in one SQLite file under :func:`briefing.paths.cache_dir` (never in the corpus):

* ``files``: absolute path + size + ``mtime_ns`` (and the same for the sidecar) → the sha256 of
  the article's bytes and of the sidecar's.  Looked up with two ``stat`` calls; an entry whose
  mtime is within :data:`RACY_SECONDS` of the moment it was recorded is not kept (a file
  rewritten within the same clock tick keeps its size and mtime), so such files are re-hashed.
* ``analyses``: a key made from the article's sha256, the sidecar's, the document kind and the
  *context* (:func:`context_parts`: cache schema, ``EXTRACTOR_VERSION``, the knowledge base's
  version, a fingerprint of briefing's own code and data, the Python version and the
  :class:`~briefing.corpus.Limits`) → a small *card* (title, dates, source, curation, word
  count, the file's problems) and the serialised :class:`~briefing.model.Briefing`, which is
  decoded only when first used (:mod:`briefing.analysis.lazy`).  Content-addressed, so a renamed or
  copied file is not analysed again.

Why SQLite and not one file per document (measured with 21,901 entries of 3.3 KB on this
project's machine): one file each, written atomically by rename (no fsync), took 2.1 s to write and
0.31 s to read back; SQLite (WAL journal, 500 entries per transaction) took 1.0 s and 0.33 s.
Reads are alike while the page cache is warm; SQLite halves the writes, makes each batch atomic,
allows concurrent readers while another process writes, and is one file instead of 22,000 inodes.
Whole-corpus figures are in the README ("Performance on a large folder").

Serialisation (:func:`encode` / :func:`decode`): model dataclasses become tuples of plain values
(sentences and paragraphs packed into integer arrays, tuples of small objects into columns),
referring to a *type table* of class names and field names stored once in a ``types`` table,
marshalled and zlib-compressed (zlib's checksum catches corruption before ``marshal`` sees it).
Generic over the model, so fields others add later are cached without changes here.  An entry whose classes or fields no longer match the model, that
fails to decompress or decode, or whose sha256 disagrees, is dropped and rebuilt.  Any SQLite
error disables the cache for the rest of the run; a database that cannot be opened is deleted and
recreated.  Nothing here is ever fatal: the worst case is a cold start.

Set ``BRIEFING_NO_CACHE=1`` to bypass the cache entirely.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib
import logging
import marshal
import operator
import os
import sqlite3
import stat
import sys
import threading
import time
import zlib
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from briefing.analysis.lazy import CachedBriefing, CachedDocument, Source
from briefing.common.filetypes import kind_of
from briefing.common.sanitize import display_safe
from briefing.corpus import DEFAULT_LIMITS, Limits, Loaded
from briefing.corpus.files import sidecar_for
from briefing.model import Briefing, Paragraph, Problem, Sentence

log = logging.getLogger("briefing.analysis.cache")

CACHE_SCHEMA = "4"
CACHE_FILE = "analysis.sqlite"  # the schema version lives inside (table meta)
RACY_SECONDS = 2.0  # a file modified this recently may change again within its mtime tick
COMMIT_EVERY = 500  # stores per transaction (one fsync per batch, not per document)
COMMIT_SECONDS = 2.0  # …or this often, so an interrupted cold start keeps most of its work
PREFETCH_SECONDS = 1.0  # prefetched stat checks older than this are redone (files analysed
# in between on a partly cold start take seconds: a file changed meanwhile must be seen)
NO_CACHE_ENV = "BRIEFING_NO_CACHE"
CODE_FINGERPRINT_ENV = "BRIEFING_CODE_FINGERPRINT"

# Extra parts of the cache key, for layers that change the analysis without changing code in
# this package (e.g. a user knowledge-base file): ``register_key_part("kb-user", fn)``.
_KEY_PARTS: dict[str, Callable[[], str]] = {}


def register_key_part(name: str, part: Callable[[], str]) -> None:
    """Add a component to every analysis key (called once per cache opened)."""
    _KEY_PARTS[name] = part


# ------------------------------------------------------------------------------ the key
# What an analysis depends on: the reader (ui/), search and the rest do not change it, and
# the entries' own format is versioned by CACHE_SCHEMA.
ANALYSIS_CODE = ("extract", "knowledge", "corpus", "common", "model.py", "versions.py",
                 "analysis/runner.py", "analysis/pool.py")  # relative to the package


def analysis_files() -> list[Path]:
    """The source and data files of :data:`ANALYSIS_CODE`, in a stable order."""
    root = Path(__file__).resolve().parent.parent  # the briefing package
    found = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if not any(rel == part or rel.startswith(part + "/") for part in ANALYSIS_CODE):
            continue
        if "__pycache__" in rel or path.suffix not in (".py", ".yaml", ".yml", ".json") \
                or not path.is_file():
            continue
        found.append(path)
    return found


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the source and data files the analysis depends on (:func:`analysis_files`).

    So a developer who changes an extraction rule without bumping ``EXTRACTOR_VERSION`` never
    sees stale cached results, while editing the reader or the search code keeps the cache.
    About a megabyte to hash, once per process.  ``BRIEFING_CODE_FINGERPRINT`` pins it (for
    benchmarks run while the code is being edited).
    """
    pinned = os.environ.get(CODE_FINGERPRINT_ENV, "").strip()
    if pinned:
        return pinned
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in analysis_files():
        try:
            data = path.read_bytes()
        except OSError:
            continue
        digest.update(str(path.relative_to(root)).encode() + b"\0"
                      + hashlib.sha256(data).digest())
    return digest.hexdigest()


def _knowledge_version() -> str:
    try:
        import briefing.knowledge as kb
    except Exception:  # noqa: BLE001 - a broken knowledge base must not break caching
        return "none"
    key = getattr(kb, "cache_key", None)
    if callable(key):
        try:
            return str(key())
        except Exception:  # noqa: BLE001
            return "error"
    return str(getattr(kb, "KB_VERSION", getattr(kb, "COMPILER_VERSION", "none")))


def context_parts(limits: Limits = DEFAULT_LIMITS) -> dict[str, str]:
    """Everything besides the file's own bytes that the cached analysis depends on."""
    from briefing.versions import EXTRACTOR_VERSION

    pinned = os.environ.get(CODE_FINGERPRINT_ENV, "").strip()
    parts = {
        "schema": CACHE_SCHEMA,
        # A pinned fingerprint stands for all of briefing's code and data (benchmarks run
        # while others edit the extractor or the knowledge base must compare like with like).
        "extractor": "pinned" if pinned else str(EXTRACTOR_VERSION),
        "kb": "pinned" if pinned else _knowledge_version(),
        "code": code_fingerprint(),
        "python": f"{sys.version_info[0]}.{sys.version_info[1]}",  # marshal's format is per version
        "limits": repr(sorted(limits.to_dict().items())),
    }
    for name, part in _KEY_PARTS.items():
        try:
            parts[name] = str(part())
        except Exception:  # noqa: BLE001 - an unusable part makes the key unique, not fatal
            parts[name] = f"error-{time.time_ns()}"
    return parts


def _context_digest(parts: Mapping[str, str]) -> str:
    digest = hashlib.sha256()
    for name in sorted(parts):
        digest.update(name.encode() + b"=" + parts[name].encode() + b"\0")
    return digest.hexdigest()


def analysis_key(context: str, sha: str, sidecar_sha: str, path: str) -> str:
    kind = kind_of(os.path.basename(path))
    return hashlib.sha256(f"{context}\0{sha}\0{sidecar_sha}\0{kind}".encode()).hexdigest()


# ------------------------------------------------------------------------------ serialisation
class StaleEntry(ValueError):
    """A cache entry that cannot be rebuilt into today's model objects."""


_SCALARS = frozenset({str, int, float, bool, type(None)})
_GETTERS: dict[type, tuple[tuple[str, ...], Callable[[Any], Any]]] = {}
_MARKERS = frozenset({"__list__", "__bytes__", "__dict__"})
_SENTENCES = b"S"  # a tuple of Sentence objects, packed as one array of offsets
_PARAGRAPHS = b"P"  # a tuple of Paragraph objects with their sentences, likewise


def _fields_of(cls: type) -> tuple[str, ...]:
    return _getter(cls)[0]


def _getter(cls: type) -> tuple[tuple[str, ...], Callable[[Any], Any]]:
    found = _GETTERS.get(cls)
    if found is None:
        names = tuple(f.name for f in dataclasses.fields(cls))
        get = operator.attrgetter(*names) if len(names) > 1 else \
            (lambda obj, _n=names[0]: (getattr(obj, _n),)) if names else (lambda obj: ())
        found = _GETTERS[cls] = (names, get)
    return found


def encode(obj: Any) -> tuple[list[tuple[str, str, tuple[str, ...]]], Any]:
    """``(type table, data)``: plain marshal-able values for a tree of model objects.

    Dataclass → ``(type index, mask of encoded fields, field…)``, or ``(~type index, field…)``
    when every field is a plain value or a tuple of them; tuple → list, or ``("T", value…)`` if its items are plain; a tuple of sentences → packed bytes (there are hundreds of
    thousands of them); a tuple of plain-valued objects of one class → ``("C", type index,
    column…)``; list → ``{"__list__": …}``; bytes → ``{"__bytes__": …}``; dicts (YAML
    metadata) and scalars as they are.
    """
    table: list[tuple[str, str, tuple[str, ...]]] = []
    index: dict[type, int] = {}
    scalars = _SCALARS

    def type_index(cls: type, names: tuple[str, ...]) -> int:
        i = index.get(cls)
        if i is None:
            i = index[cls] = len(table)
            table.append((cls.__module__, cls.__qualname__, names))
        return i

    def enc(value: Any) -> Any:
        cls = type(value)
        if cls in scalars:
            return value
        if cls is tuple:
            if not value:
                return ()
            first = type(value[0])
            if first is Sentence and all(type(v) is Sentence for v in value):
                flat = array("q")
                for sentence in value:
                    flat.append(sentence.start)
                    flat.append(sentence.end)
                return _SENTENCES + flat.tobytes()
            if first is Paragraph and _fields_of(Paragraph) == _PARAGRAPH_FIELDS:
                packed = _pack_paragraphs(value)
                if packed is not None:
                    return packed
            if dataclasses.is_dataclass(first):
                # Many objects of one class with only plain fields (mentions, spans): store
                # the columns, rebuilt with one C-level map() instead of a loop per object.
                names, get = _getter(first)
                rows = [get(v) for v in value if type(v) is first]
                if len(rows) == len(value) and names and all(
                        type(x) in scalars for row in rows for x in row):
                    columns = [list(col) for col in zip(*rows, strict=True)]
                    return ("C", type_index(first, names), *columns)
            if all(type(v) in scalars for v in value):
                return ("T", *value)  # aliases, party ids: rebuilt by one slice
            return [v if type(v) in scalars else enc(v) for v in value]
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            names, get = _getter(cls)
            fields = get(value)
            i = type_index(cls, names)
            # Plain values and tuples of plain values are stored as they are; ``mask`` marks
            # the fields that need decoding (none: a leaf, rebuilt without looking at them).
            mask = 0
            out = []
            for k, v in enumerate(fields):
                if type(v) in scalars or (type(v) is tuple and all(type(x) in scalars for x in v)):
                    out.append(v)
                else:
                    mask |= 1 << k
                    out.append(enc(v))
            if not mask:
                return (~i, *out)
            return (i, mask, *out)
        if cls is list:
            return {"__list__": value}
        if cls is bytes:
            return {"__bytes__": value}
        if cls is dict:
            if len(value) == 1 and next(iter(value)) in _MARKERS:
                return {"__dict__": value}  # a user's key that looks like one of ours
            return value  # metadata from YAML: plain values only (checked by marshal)
        raise TypeError(f"cannot cache a {cls.__name__}")

    return table, enc(obj)


_RESOLVED: dict[Any, list[type]] = {}


def _resolve(table: Any) -> list[type]:
    """The classes of a type table, memoised (every entry of a corpus has one of a few)."""
    try:
        found = _RESOLVED.get(table)
    except TypeError:  # a list: not from _pack
        raise StaleEntry("malformed type table") from None
    if found is None:
        found = _resolve_uncached(table)
        if len(_RESOLVED) < 1000:
            _RESOLVED[table] = found
    return found


def _resolve_uncached(table: Iterable[Any]) -> list[type]:
    classes: list[type] = []
    for module, qualname, names in table:
        if not isinstance(module, str) or not module.startswith("briefing."):
            raise StaleEntry(f"unexpected type {module!r}")
        try:
            cls = getattr(importlib.import_module(module), qualname)
        except (ImportError, AttributeError) as exc:
            raise StaleEntry(str(exc)) from None
        if not dataclasses.is_dataclass(cls) or _fields_of(cls) != tuple(names) \
                or not all(f.init for f in dataclasses.fields(cls)):
            raise StaleEntry(f"{qualname} changed shape")
        classes.append(cls)
    return classes


_PARAGRAPH_FIELDS = ("start", "end", "sentences")


def _pack_paragraphs(paragraphs: tuple) -> bytes | None:
    """``start, end, n, (sentence start, end) * n`` per paragraph, as one array of ints."""
    flat = array("q")
    for p in paragraphs:
        if type(p) is not Paragraph or type(p.sentences) is not tuple:
            return None
        flat.append(p.start)
        flat.append(p.end)
        flat.append(len(p.sentences))
        for sentence in p.sentences:
            if type(sentence) is not Sentence:
                return None
            flat.append(sentence.start)
            flat.append(sentence.end)
    return _PARAGRAPHS + flat.tobytes()


def _unpack_paragraphs(flat: array) -> tuple:
    """The inverse of :func:`_pack_paragraphs`: every sentence built in one pass, then sliced."""
    starts, ends, groups, pairs = [], [], [], array("q")
    i, n = 0, len(flat)
    while i < n:
        start, end, count = flat[i], flat[i + 1], flat[i + 2]
        i += 3
        starts.append(start)
        ends.append(end)
        groups.append(count)
        pairs.extend(flat[i:i + 2 * count])
        i += 2 * count
    if i != n or len(pairs) != 2 * sum(groups):
        raise StaleEntry("truncated paragraphs")
    sentences = _build_columns(Sentence, (pairs[0::2], pairs[1::2]))
    grouped, at = [], 0
    for count in groups:
        grouped.append(sentences[at:at + count])
        at += count
    return _build_columns(Paragraph, (starts, ends, grouped))


@lru_cache(maxsize=4096)
def _set_bits(mask: int) -> tuple[int, ...]:
    """The positions of the 1 bits of ``mask`` (a handful of distinct masks per model)."""
    return tuple(k for k in range(mask.bit_length()) if mask >> k & 1)


@lru_cache(maxsize=64)
def _slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...] | None:
    """The slot descriptors' setters of ``cls``'s fields, if objects may be built through them.

    Only for a plain slotted dataclass whose ``__init__`` does nothing but assign its fields
    (no ``__post_init__``, no non-init field, the default ``__new__``); otherwise ``None``
    and the constructor is used.
    """
    if "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__") \
            or cls.__new__ is not object.__new__:
        return None
    setters = []
    for f in dataclasses.fields(cls):
        slot = cls.__dict__.get(f.name)
        if not f.init or type(slot) is not _MEMBER_DESCRIPTOR:
            return None
        setters.append(slot.__set__)
    return tuple(setters)


_MEMBER_DESCRIPTOR = type(Sentence.__dict__["start"])
_COLUMNS_MIN = 12  # measured crossover: below it, calling the constructor is quicker


def _build_columns(cls: type, cols: tuple) -> tuple:
    """``tuple(map(cls, *cols))``, with no Python frame per object.

    A warm start builds about a million mentions, spans and sentences: a frozen dataclass's
    ``__init__`` assigns each field through ``object.__setattr__``; here each column is poured
    into fresh instances by the slot descriptor's setter inside ``map`` (all in C), about
    twice as fast for a few dozen objects.  The objects are exactly what the constructor would build.
    """
    n = len(cols[0]) if cols else 0
    setters = _slot_setters(cls) if n >= _COLUMNS_MIN else None
    if setters is None or len(setters) != len(cols):
        return tuple(map(cls, *cols))  # few objects: the setup below costs more than it saves
    for col in cols:
        if len(col) != n:
            raise StaleEntry("ragged columns")
    objs = list(map(object.__new__, repeat(cls, n)))
    for setter, col in zip(setters, cols, strict=True):
        deque(map(setter, objs, col), maxlen=0)
    return tuple(objs)


def decode(table: Any, data: Any) -> Any:
    """Rebuild model objects from :func:`encode`'s output; :class:`StaleEntry` if impossible."""
    classes = _resolve(table)
    if _fields_of(Sentence) != ("start", "end") or _fields_of(Paragraph) != _PARAGRAPH_FIELDS:
        raise StaleEntry("Sentence or Paragraph changed shape")  # pragma: no cover
    scalars = _SCALARS
    bits = _set_bits
    columns, few = _build_columns, _COLUMNS_MIN

    def dec(value: Any) -> Any:
        cls = type(value)
        if cls is tuple:
            if not value:
                return ()
            i = value[0]
            if i.__class__ is int:
                if i < 0:
                    return classes[~i](*value[1:])
                fields = list(value[2:])
                for k in bits(value[1]):
                    fields[k] = dec(fields[k])
                return classes[i](*fields)
            if i == "T":
                return value[1:]
            if i == "C":
                if len(value[2]) < few:  # most groups: a handful of mentions or spans
                    return tuple(map(classes[value[1]], *value[2:]))
                return columns(classes[value[1]], value[2:])
            raise StaleEntry("unknown tuple tag")
        if cls is list:
            return tuple([v if type(v) in scalars else dec(v) for v in value])
        if cls is bytes:
            flat = array("q")
            flat.frombytes(value[1:])
            if value[:1] == _SENTENCES:
                if len(flat) % 2:
                    raise StaleEntry("truncated sentences")
                return columns(Sentence, (flat[0::2], flat[1::2]))
            if value[:1] == _PARAGRAPHS:
                return _unpack_paragraphs(flat)
            raise StaleEntry("unknown packed value")
        if cls is dict and len(value) == 1:
            if "__list__" in value:
                return value["__list__"]
            if "__bytes__" in value:
                return value["__bytes__"]
            if "__dict__" in value:
                return value["__dict__"]
        return value

    try:
        return dec(data)
    except (IndexError, TypeError, ValueError, KeyError) as exc:
        raise StaleEntry(f"entry does not fit the model: {exc}") from None


def type_table_key(table: tuple) -> str:
    # repr, not marshal.dumps: marshal's bytes depend on reference counts, repr does not.
    return hashlib.sha256(repr(table).encode()).hexdigest()[:24]


def _pack(briefing: Briefing, problems: list[Problem],
          table_key: Callable[[tuple], str]) -> tuple[bytes, bytes]:
    """One entry: ``(card, data)``.

    ``data`` is the whole briefing, encoded and compressed; ``card`` (uncompressed, about
    200 bytes) is what a warm start needs before anything is shown -- the document's title,
    dates, source, URL, encoding, curation and word count, the file's problems -- plus the
    data's type-table key and checksum, so the data can be checked at once and decoded later
    (:class:`~briefing.analysis.lazy.CachedBriefing`).  Type tables live in their own table
    (``table_key`` registers one): every entry of a corpus has one of a handful.
    """
    doc = briefing.document
    # Problems name the file as it was shown then; store "which file" instead of the path, so
    # a renamed (content-identical) file reports its new name.
    article = display_safe(doc.path, 300)
    sidecar = display_safe(doc.sidecar_path, 300) if doc.sidecar_path else None
    roles = []
    for p in problems:
        role = "a" if p.path == article else "s" if sidecar is not None and p.path == sidecar \
            else ""
        roles.append(role)
    table, data = encode(briefing)
    data_key = table_key(tuple(table))
    blob = zlib.compress(marshal.dumps((CACHE_SCHEMA, data_key, data)), 1)
    head = (doc.title, doc.published, doc.source, doc.url, doc.encoding, doc.curation,
            doc.word_count, tuple(problems))
    card_table, card_data = encode(head)
    card = marshal.dumps((CACHE_SCHEMA, table_key(tuple(card_table)), card_data, roles,
                          data_key, zlib.crc32(blob)))
    return card, blob


def _decode_data(blob: bytes, tables: Mapping[str, tuple]) -> Briefing:
    """The whole briefing of an entry's data (raises :class:`StaleEntry`)."""
    try:
        schema, key, data = marshal.loads(zlib.decompress(blob))
    except (zlib.error, EOFError, ValueError, TypeError) as exc:
        raise StaleEntry(f"unreadable entry: {exc}") from None
    table = tables.get(key) if schema == CACHE_SCHEMA and isinstance(key, str) else None
    if table is None:
        raise StaleEntry("old schema or unknown type table")
    briefing = decode(table, data)
    if not isinstance(briefing, Briefing):
        raise StaleEntry("not a briefing")
    return briefing


def _unpack(card: bytes, blob: bytes, path: str, sidecar: str | None, sha: str,
            tables: Mapping[str, tuple],
            fallback: Callable[[], Briefing | None] | None = None,
            ) -> tuple[Briefing, list[Problem]]:
    """A lazily decoded briefing for an entry, and the file's problems.

    Everything that can be checked without decoding the data is checked here (the card, the
    data's checksum and type table), so a damaged entry is rebuilt now, not found later.
    """
    try:
        schema, card_key, card_data, roles, data_key, crc = marshal.loads(card)
    except (EOFError, ValueError, TypeError) as exc:
        raise StaleEntry(f"unreadable card: {exc}") from None
    if schema != CACHE_SCHEMA:
        raise StaleEntry("old schema")
    card_table = tables.get(card_key) if isinstance(card_key, str) else None
    data_table = tables.get(data_key) if isinstance(data_key, str) else None
    if card_table is None or data_table is None:
        raise StaleEntry("unknown type table")
    if not isinstance(blob, bytes) or zlib.crc32(blob) != crc:
        raise StaleEntry("data checksum mismatch")
    _resolve(data_table)  # the model classes it names still exist with these fields
    try:
        title, published, source, url, encoding, curation, words, problems = decode(
            card_table, card_data)
    except ValueError as exc:  # wrong arity (StaleEntry is a ValueError too)
        raise StaleEntry(f"bad card: {exc}") from None
    if not isinstance(problems, tuple) or len(roles) != len(problems) or \
            not all(isinstance(p, Problem) for p in problems) or \
            not isinstance(curation, dict) or not isinstance(words, int):
        raise StaleEntry("bad card")
    article_shown = display_safe(path, 300)
    sidecar_shown = display_safe(sidecar, 300) if sidecar else None
    fixed = []
    for role, p in zip(roles, problems, strict=True):
        if role == "a" and p.path != article_shown:
            p = dataclasses.replace(p, path=article_shown)
        elif role == "s" and sidecar_shown is not None and p.path != sidecar_shown:
            p = dataclasses.replace(p, path=sidecar_shown)
        fixed.append(p)
    lazy_source = Source(lambda: _decode_data(blob, tables), sha, fallback)
    document = CachedDocument.pending(
        lazy_source, path=path, title=title, published=published, src=source, url=url,
        encoding=encoding, curation=curation, sidecar_path=sidecar, words=words)
    return CachedBriefing.pending(lazy_source, document), fixed


# ------------------------------------------------------------------------------ the cache
def remove_old_files(folder: Path) -> list[str]:
    """Delete analysis caches left by earlier versions (``analysis-v1.sqlite`` and the like,
    with their WAL files) in ``folder``; returns their names.  Never fails."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    current = {CACHE_FILE + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    for name in names:
        stem = name.split(".sqlite", 1)[0]
        if name in current or not stem.startswith("analysis") or ".sqlite" not in name:
            continue
        try:
            os.unlink(os.path.join(folder, name))
            removed.append(name)
        except OSError:
            continue
    return removed


def _to_db(value: Any) -> Any:
    """A value SQLite can store: text it cannot encode (a file name with an undecodable byte,
    carried as a lone surrogate, PEP 383) goes in as a BLOB of its ``surrogatepass`` bytes."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass")
    return value


def _from_db(value: Any) -> Any:
    """The inverse of :func:`_to_db` for a text column."""
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


def _stat(path: str) -> os.stat_result | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st if stat.S_ISREG(st.st_mode) else None


def _sidecar_stat(path: str) -> tuple[str | None, os.stat_result | None]:
    candidate = sidecar_for(path)  # the loader's rule: a link out of the folder is no sidecar
    if candidate is None:
        return None, None
    try:
        return candidate, os.stat(candidate)
    except (OSError, ValueError):
        return candidate, None


class AnalysisCache:
    """Cached briefings for files, looked up by ``stat`` or by content.

    Thread-safe (one lock around the connection); every method swallows cache failures.
    """

    def __init__(self, path: Path | str, limits: Limits = DEFAULT_LIMITS,
                 extra_key: Mapping[str, str] | None = None) -> None:
        self.path = Path(path)
        parts = context_parts(limits)
        parts.update(extra_key or {})
        self.context = _context_digest(parts)
        self.hits = self.content_hits = self.misses = self.stores = self.rebuilt = 0
        self._lock = threading.Lock()
        self._pending = 0
        self._last_commit = time.monotonic()
        self._writable = True
        self._files: dict[str, tuple] = {}
        self._types: dict[str, tuple] = {}  # type-table key -> table
        self._ready: dict[str, tuple] = {}  # path -> what prefetch() found for get()
        self._ready_at = 0.0
        self._keys: dict[str, str] = {}  # path -> key of its entry handed out (key_of)
        # Re-analyses a file whose entry turns out undecodable when first used (see lazy.py).
        self.fallback: Callable[[str], Briefing | None] | None = None
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._connect()
        except (sqlite3.Error, OSError) as exc:
            log.warning("analysis cache %s unusable (%s); recreating it", self.path, exc)
            self._remove_files()
            try:
                self._db = self._connect()
            except (sqlite3.Error, OSError) as exc2:
                log.warning("analysis cache disabled: %s", exc2)
                self._db = None

    # -------------------------------------------------------------- opening
    @classmethod
    def open_default(cls, limits: Limits = DEFAULT_LIMITS) -> AnalysisCache | None:
        """The user's cache (``None`` when disabled with ``BRIEFING_NO_CACHE``)."""
        if os.environ.get(NO_CACHE_ENV, "").strip() not in ("", "0"):
            return None
        try:
            from briefing.paths import cache_dir

            folder = cache_dir()
            remove_old_files(folder)
            return cls(folder / CACHE_FILE, limits)
        except Exception as exc:  # noqa: BLE001 - no cache is never fatal
            log.warning("analysis cache disabled: %s", exc)
            return None

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            # SQLite would block on a FIFO or read a device for ever: only a regular file
            # (or none) is opened; anything else is removed and the cache recreated.
            try:
                mode = os.stat(str(self.path) + suffix).st_mode
            except FileNotFoundError:
                continue
            if not stat.S_ISREG(mode):
                raise OSError(f"{self.path}{suffix} is not a regular file")
        db = sqlite3.connect(str(self.path), timeout=2.0, isolation_level=None,
                             check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
            row = db.execute("SELECT v FROM meta WHERE k='schema'").fetchone()
            if row is None or row[0] != CACHE_SCHEMA:
                db.execute("DROP TABLE IF EXISTS files")
                db.execute("DROP TABLE IF EXISTS analyses")
                db.execute("DROP TABLE IF EXISTS types")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (CACHE_SCHEMA,))
            db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER,"
                       " mtime INTEGER, side TEXT, side_size INTEGER, side_mtime INTEGER,"
                       " sha TEXT, side_sha TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, card BLOB,"
                       " data BLOB)")
            db.execute("CREATE TABLE IF NOT EXISTS types (key TEXT PRIMARY KEY, data BLOB)")
            self._files = {_from_db(row[0]): (*row[1:3], _from_db(row[3]), *row[4:])
                           for row in db.execute("SELECT * FROM files")}
            for key, blob in db.execute("SELECT key, data FROM types"):
                try:
                    table = marshal.loads(blob)
                except (EOFError, ValueError, TypeError):
                    continue  # entries using it will be rebuilt
                if isinstance(table, tuple) and type_table_key(table) == key:
                    self._types[key] = table
        except BaseException:
            db.close()
            raise
        return db

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(str(self.path) + suffix)

    def _fail(self, exc: BaseException) -> None:
        log.warning("analysis cache error (%s); continuing without it", exc)
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    @property
    def enabled(self) -> bool:
        return self._db is not None

    # -------------------------------------------------------------- lookups
    def get(self, path: str) -> tuple[Briefing, list[Problem]] | None:
        """The cached analysis of ``path`` if its stat (and its sidecar's) is unchanged.

        Reads neither the article nor the sidecar.
        """
        if self._db is None:
            return None
        ready = self._ready.pop(path, None)
        if ready is None or time.monotonic() - self._ready_at > PREFETCH_SECONDS:
            ready = self._unchanged(path)
            if ready is None:
                return None
        key, side_path, sha, blob = ready
        found = self._fetch(key, path, side_path, sha, blob)
        if found is not None:
            self.hits += 1
            self._keys[path] = key
        return found

    def prefetch(self, paths: Iterable[str]) -> None:
        """Check ``paths`` and read the entries of the unchanged ones in one query.

        For :meth:`get`, which then uses them (once) instead of asking SQLite per file: one
        query per batch instead of 22,000.  Purely an optimisation; safe to skip.
        """
        if self._db is None:
            return
        self._ready.clear()  # what an abandoned batch left
        self._ready_at = time.monotonic()
        wanted: dict[str, list[str]] = {}
        for path in paths:
            found = self._unchanged(path)
            if found is not None:
                self._ready[path] = found
                wanted.setdefault(found[0], []).append(path)
        if not wanted:
            return
        keys = list(wanted)
        with self._lock:
            if self._db is None:
                return
            try:
                rows = self._db.execute(
                    "SELECT key, card, data FROM analyses WHERE key IN "
                    f"({','.join('?' * len(keys))})", keys).fetchall()
            except sqlite3.Error as exc:
                self._fail(exc)
                return
        for key, card, blob in rows:
            for path in wanted.get(key, ()):
                k, side_path, sha, _none = self._ready[path]
                self._ready[path] = (k, side_path, sha, (card, blob))
        for key in set(keys).difference(row[0] for row in rows):
            for path in wanted[key]:
                self._ready.pop(path, None)  # not stored: get() finds out by itself

    def _unchanged(self, path: str) -> tuple[str, str | None, str, None] | None:
        """``(analysis key, sidecar path, sha256, None)`` if ``path`` and its sidecar are
        unchanged since recorded (two or three ``stat`` calls, no read)."""
        row = self._files.get(os.path.abspath(path))
        if row is None:
            return None
        size, mtime, side, side_size, side_mtime, sha, side_sha = row
        st = _stat(path)
        if st is None or st.st_size != size or st.st_mtime_ns != mtime:
            return None
        side_path, side_st = _sidecar_stat(path)
        if side_path is None:
            if side is not None:
                return None
        elif side != os.path.abspath(side_path) or side_st is None \
                or side_st.st_size != side_size or side_st.st_mtime_ns != side_mtime:
            return None
        return analysis_key(self.context, sha, side_sha, path), side_path, sha, None

    def key_of(self, path: str) -> str | None:
        """The analysis key of the entry the briefing of ``path`` handed out in this run came
        from (a hit, or an analysis stored), else ``None``: for caches derived from an
        analysis (:mod:`briefing.answers.digest`)."""
        return self._keys.get(path)

    def current_key(self, path: str, sha256: str) -> str | None:
        """The analysis key of ``path`` as it is now, if it and its sidecar are unchanged since
        hashed (``stat`` only) and its bytes are ``sha256``'s; else ``None`` (for briefings
        loaded by another cache object, e.g. the reader's)."""
        found = self._unchanged(path) if self._db is not None else None
        return found[0] if found is not None and found[2] == sha256 else None

    def get_loaded(self, loaded: Loaded) -> tuple[Briefing, list[Problem]] | None:
        """The cached analysis for a file just read (same bytes seen before, maybe elsewhere)."""
        if self._db is None or loaded.document is None or loaded.raw is None:
            return None
        doc = loaded.document
        key = self._key_for(loaded)
        found = self._fetch(key, doc.path, doc.sidecar_path, doc.sha256, None)
        if found is not None:
            self.content_hits += 1
            self._remember(loaded)
            self._keys[doc.path] = key
        return found

    def _key_for(self, loaded: Loaded) -> str:
        doc = loaded.document
        assert doc is not None
        side_sha = hashlib.sha256(loaded.sidecar.data).hexdigest() if loaded.sidecar else ""
        return analysis_key(self.context, doc.sha256, side_sha, doc.path)

    def _fetch(self, key: str, path: str, sidecar: str | None, sha: str,
               entry: tuple[bytes, bytes] | None) -> tuple[Briefing, list[Problem]] | None:
        if entry is None:
            with self._lock:
                if self._db is None:
                    return None
                try:
                    entry = self._db.execute("SELECT card, data FROM analyses WHERE key=?",
                                             (key,)).fetchone()
                except sqlite3.Error as exc:
                    self._fail(exc)
                    return None
            if entry is None:
                return None
        try:
            return _unpack(entry[0], entry[1], path, sidecar, sha, self._types,
                           self._fallback_for(path))
        except (StaleEntry, RecursionError, MemoryError) as exc:
            log.info("dropping cache entry for %s: %s", path, exc)
            self.rebuilt += 1
            self._execute("DELETE FROM analyses WHERE key=?", (key,))
            return None

    def _fallback_for(self, path: str) -> Callable[[], Briefing | None] | None:
        reanalyse = self.fallback
        return (lambda: reanalyse(path)) if reanalyse is not None else None

    # -------------------------------------------------------------- storing
    def put(self, loaded: Loaded, briefing: Briefing, problems: list[Problem]) -> Briefing | None:
        """Remember ``briefing`` for the file ``loaded`` (skipped if it changed while read).

        Returns the stored entry as a lazily decoded briefing (``None`` if not stored): a
        caller that keeps many briefings keeps those instead, a fraction of the memory, and
        the fresh objects die young instead of burdening the garbage collector.
        """
        if not self._storable(loaded):
            return None
        try:
            card, blob = _pack(briefing, problems, self._table_key)
        except (TypeError, ValueError, RecursionError) as exc:  # something not cacheable
            log.info("not caching %s: %s", briefing.document.path, exc)
            return None
        if not self._insert(loaded, card, blob):
            return None
        return self._handed_out(loaded, card, blob)

    def put_packed(self, loaded: Loaded, card: bytes, blob: bytes, tables: Mapping[str, tuple],
                   store: bool = True) -> Briefing | None:
        """Like :meth:`put` for an entry packed elsewhere (a worker process,
        :mod:`briefing.analysis.pool`); ``loaded`` stands in for the file as read.  Returns the
        lazily decoded briefing even when it is not stored (``store`` false, or a busy cache)."""
        if loaded.document is None:
            return None
        for table in tables.values():
            self._table_key(table)
        if store and self._storable(loaded):
            self._insert(loaded, card, blob)
        return self._handed_out(loaded, card, blob)

    def _storable(self, loaded: Loaded) -> bool:
        return self._db is not None and self._writable and loaded.raw is not None \
            and loaded.document is not None and not loaded.raw.changed

    def _insert(self, loaded: Loaded, card: bytes, blob: bytes) -> bool:
        key = self._key_for(loaded)
        if not self._execute("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
                             (key, card, blob)):
            return False
        self.stores += 1
        self._remember(loaded)
        assert loaded.document is not None
        self._keys[loaded.document.path] = key
        return True

    def _handed_out(self, loaded: Loaded, card: bytes, blob: bytes) -> Briefing | None:
        """The lazily decoded briefing of an entry just packed."""
        doc = loaded.document
        assert doc is not None
        try:
            return _unpack(card, blob, doc.path, doc.sidecar_path, doc.sha256, self._types,
                           self._fallback_for(doc.path))[0]
        except StaleEntry as exc:  # only a bug gets here: the entry was just packed
            log.info("unusable packed entry for %s: %s", doc.path, exc)
            return None

    def _table_key(self, table: tuple) -> str:
        """Register a type table (in the database when it can be written, in memory always:
        an entry using it must decode in this run) and return its key."""
        key = type_table_key(table)
        if key not in self._types:
            self._execute("INSERT OR REPLACE INTO types VALUES (?, ?)",
                          (key, marshal.dumps(table)))
            self._types[key] = table
        return key

    def _remember(self, loaded: Loaded) -> None:
        raw, side, doc = loaded.raw, loaded.sidecar, loaded.document
        assert raw is not None and doc is not None
        now = time.time_ns()
        racy = RACY_SECONDS * 1e9
        if now - raw.mtime_ns < racy or (side is not None and now - side.mtime_ns < racy):
            return  # could change again unseen within its mtime tick: re-hash next time
        if doc.sidecar_path is not None and side is None:
            return  # a sidecar that could not be read: look again next time
        row = (raw.size, raw.mtime_ns,
               os.path.abspath(side.path) if side else None,
               side.size if side else None, side.mtime_ns if side else None,
               doc.sha256, hashlib.sha256(side.data).hexdigest() if side else "")
        path = os.path.abspath(doc.path)
        if self._files.get(path) == row:
            return
        if self._execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (path, *row)):
            self._files[path] = row

    def _execute(self, sql: str, args: tuple) -> bool:
        with self._lock:
            if self._db is None or not self._writable:
                return False
            try:
                if not self._db.in_transaction:
                    self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(sql, tuple(_to_db(a) for a in args))
                self._pending += 1
                if self._pending >= COMMIT_EVERY or \
                        time.monotonic() - self._last_commit > COMMIT_SECONDS:
                    self._commit()
                return True
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    # Another briefing is writing: read-only for this run, never wait on it.
                    log.info("analysis cache busy; not writing to it in this run")
                    self._writable = False
                    self._rollback()
                    return False
                self._fail(exc)
                return False
            except sqlite3.Error as exc:
                self._fail(exc)
                return False

    def _commit(self) -> None:
        assert self._db is not None
        if self._db.in_transaction:
            self._db.execute("COMMIT")
        self._pending = 0
        self._last_commit = time.monotonic()

    def _rollback(self) -> None:
        try:
            if self._db is not None and self._db.in_transaction:
                self._db.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    def flush(self) -> None:
        with self._lock:
            if self._db is None:
                return
            try:
                self._commit()
            except sqlite3.Error as exc:
                self._fail(exc)

    def prune(self) -> int:
        """Drop analyses no current file refers to, when they outnumber the files a lot."""
        with self._lock:
            if self._db is None or not self._writable:
                return 0
            try:
                count = self._db.execute("SELECT count(*) FROM analyses").fetchone()[0]
                if count <= 2 * len(self._files) + 1000:
                    return 0
                keep = {analysis_key(self.context, row[5], row[6], path)
                        for path, row in self._files.items()}
                stale = [k for (k,) in self._db.execute("SELECT key FROM analyses")
                         if k not in keep]
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("DELETE FROM analyses WHERE key=?", [(k,) for k in stale])
                self._commit()
                return len(stale)
            except sqlite3.Error as exc:
                self._rollback()
                log.info("could not prune the analysis cache: %s", exc)
                return 0

    def close(self) -> None:
        self.flush()
        self.prune()
        with self._lock:
            db, self._db = self._db, None
            if db is not None:
                with contextlib.suppress(sqlite3.Error):
                    db.close()

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
