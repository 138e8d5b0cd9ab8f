"""The folder ``briefing fetch`` fills: one ``<slug>.txt`` + ``<slug>.yaml`` per article, each
article stored once whichever way it came (its URL, its canonical URL, a feed entry's id).

Writes are atomic (the article, then its sidecar; a failed sidecar removes the article), and
the check for "already stored" and the write happen under one lock on the folder, so two
fetches at once never store the same article twice.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefing.common.storage import atomic_write, locked
from briefing.common.yamlsafe import YamlProblem, load_yaml
from briefing.corpus.files import FileProblem, read_file

MAX_SLUG_CHARS = 60
MAX_SIDECAR_BYTES = 256 * 1024
_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|at_medium|"
                       r"at_campaign|ref|src)$", re.I)


def normal_url(url: str) -> str:
    """One spelling per address: lower-case scheme and host, no default port, no fragment, no
    tracking parameters, no trailing slash."""
    parts = urllib.parse.urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and not ((parts.scheme == "http" and parts.port == 80) or
                           (parts.scheme == "https" and parts.port == 443)):
        host += f":{parts.port}"
    query = urllib.parse.urlencode([(k, v) for k, v in urllib.parse.parse_qsl(
        parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urllib.parse.urlunsplit((parts.scheme.lower(), host, path, query, ""))


def file_stem(title: str | None, published: str | None) -> str:
    """``2024-05-31-ceasefire-talks-resume-in-doha``: ASCII words, cut at a word."""
    folded = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded.lower())
    text = ""
    for word in words:
        if len(text) + len(word) + 1 > MAX_SLUG_CHARS:
            break
        text = f"{text}-{word}" if text else word
    text = text or "article"
    return f"{published}-{text}" if published else text


@dataclass
class Article:
    """What is stored: the text (title line, blank line, paragraphs) and its metadata."""

    text: str
    title: str | None
    published: str | None
    source: str | None
    url: str  # the canonical URL when the page names one, else the final URL
    keys: tuple[str, ...]  # every address or id it is known by (normalised)
    feed: str | None = None
    entry_id: str | None = None


class Library:
    """A folder of fetched articles."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _sidecars(self) -> Iterator[Path]:
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.folder):
                if entry.name.endswith(".yaml") and not entry.name.startswith("."):
                    yield Path(entry.path)

    def known(self) -> dict[str, Path]:
        """Normalised URL or entry id -> the article stored under it."""
        found: dict[str, Path] = {}
        for sidecar in self._sidecars():
            try:
                # skipped=: a key with an unknown tag (!custom) costs that key, not the
                # article's URL (the corpus loader reports it; here it would be fetched again).
                data = load_yaml(read_file(str(sidecar), MAX_SIDECAR_BYTES).data,
                                 max_bytes=MAX_SIDECAR_BYTES, skipped=[])
            except (FileProblem, YamlProblem):
                continue
            if not isinstance(data, dict):
                continue
            article = sidecar.with_suffix(".txt")
            for key in ("url", "fetched_from"):
                if isinstance(data.get(key), str):
                    found[normal_url(data[key])] = article
            if isinstance(data.get("entry_id"), str):
                found["id:" + data["entry_id"]] = article
        return found

    def find(self, keys: Iterable[str]) -> Path | None:
        known = self.known()
        return next((known[k] for k in keys if k in known), None)

    def store(self, article: Article, fetched: _dt.datetime) -> tuple[Path, bool]:
        """Write ``article`` (``(path, True)``), or the path it is already stored under
        (``(path, False)``); raises OSError, and then nothing of it is left behind."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with locked(self.folder / ".briefing-library"):
            existing = self.find(article.keys)
            if existing is not None:
                return existing, False
            base = file_stem(article.title, article.published)
            name, n = base, 1
            while (self.folder / f"{name}.txt").exists() or (self.folder / f"{name}.yaml").exists():
                n += 1
                name = f"{base}-{n}"
            text_path, meta_path = self.folder / f"{name}.txt", self.folder / f"{name}.yaml"
            meta = {"title": article.title, "published": article.published,
                    "source": article.source, "url": article.url,
                    "fetched": fetched.isoformat(timespec="seconds")}
            if article.feed:
                meta["feed"] = article.feed
            if article.entry_id:
                meta["entry_id"] = article.entry_id
            fetched_from = [k for k in article.keys if not k.startswith("id:")]
            if fetched_from and fetched_from[0] != normal_url(article.url):
                meta["fetched_from"] = fetched_from[0]
            sidecar = yaml.safe_dump({k: v for k, v in meta.items() if v is not None},
                                     allow_unicode=True, sort_keys=False, width=1000)
            atomic_write(text_path, article.text.encode("utf-8"))
            try:
                atomic_write(meta_path, sidecar.encode("utf-8"))
            except BaseException:
                with contextlib.suppress(OSError):
                    text_path.unlink()
                raise
            return text_path, True
