"""``briefing fetch [URL...] [--into FOLDER]``: articles and RSS/Atom feeds become briefings.

An article URL is downloaded, its main text and metadata found (:mod:`briefing.corpus.page`)
and stored as ``<slug>.txt`` + ``<slug>.yaml`` in the folder (default: ``library/`` in the
user's data directory).  A feed's entries are fetched one by one, a few at a time; a feed is
asked for with its last ETag / Last-Modified, so an unchanged feed costs one short answer.
Exit status 0 when everything came (or was already there), 1 when anything failed (each
failure on stderr with its URL), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from briefing.common.textsafe import display_safe
from briefing.web import WebExtraMissing
from briefing.web.http import FetchError, Response, get

CONNECTIONS = 4
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,*/*;q=0.5")
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
STATE_FILE = "feeds-state.json"
MAX_STATE_BYTES = 1024 * 1024


def default_folder() -> Path:
    from briefing.paths import data_dir

    return data_dir() / "library"


@dataclass
class Outcome:
    saved: list[Path] = field(default_factory=list)
    present: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    unchanged_feeds: list[str] = field(default_factory=list)


def _to_plain(markdown: str) -> str:
    """The page's Markdown (``# title``, ``## heading``) as the corpus's plain-text form."""
    lines = []
    for line in markdown.split("\n"):
        if line.startswith("## "):
            line = line[3:]
        elif line.startswith("# "):
            line = line[2:]
        lines.append(line)
    return "\n".join(lines)


def article_from(response: Response, requested: str, feed: str | None = None,
                 entry: Any = None) -> Any:
    """The :class:`~briefing.web.library.Article` in a page's response (raises FetchError)."""
    from briefing.corpus.decode import BinaryFile
    from briefing.corpus.page import read_page
    from briefing.web.library import Article, normal_url

    if response.content_type not in PAGE_TYPES:
        raise FetchError(f"not a web page (content type {response.content_type or 'missing'})")
    try:
        page = read_page(response.body)
    except BinaryFile as exc:
        raise FetchError(f"not text: {exc}") from exc
    if not page.text.strip():
        raise FetchError("no article text found in the page")
    from briefing.corpus.metadata import interpret

    meta = interpret({"title": page.title or (entry.title if entry else None),
                      "published": page.published or (entry.published if entry else None),
                      "source": page.source, "url": page.url}, "", requested)
    url = meta.url or response.url
    keys = [normal_url(requested), normal_url(response.url), normal_url(url)]
    if entry is not None and entry.entry_id:
        keys.append("id:" + entry.entry_id)
    return Article(text=_to_plain(page.text), title=meta.title, published=meta.published,
                   source=meta.source, url=url, keys=tuple(dict.fromkeys(keys)), feed=feed,
                   entry_id=entry.entry_id if entry is not None else None)


class Fetcher:
    """One run of ``briefing fetch``: what was saved, already there, or failed."""

    def __init__(self, folder: Path, err: TextIO, state_path: Path | None = None,
                 get_url: Callable[..., Response] = get) -> None:
        from briefing.web.library import Library

        self.library = Library(folder)
        self.err = err
        self.get = get_url
        self.outcome = Outcome()
        self.state_path = state_path
        self.state = self._read_state()
        self.now = _dt.datetime.now(_dt.UTC)

    # -------------------------------------------------------------- conditional requests
    def _read_state(self) -> dict[str, dict[str, str]]:
        from briefing.corpus.files import FileProblem, read_file

        if self.state_path is None:
            return {}
        try:
            data = json.loads(read_file(str(self.state_path), MAX_STATE_BYTES).data)
        except (FileProblem, ValueError):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, dict)} \
            if isinstance(data, dict) else {}

    def _save_state(self) -> None:
        from briefing.common.storage import atomic_write

        if self.state_path is None:
            return
        try:
            atomic_write(self.state_path, json.dumps(self.state, indent=1).encode())
        except OSError as exc:
            self._say(f"cannot save {self.state_path}: {exc.strerror or exc}")

    # -------------------------------------------------------------- the run
    def _say(self, line: str) -> None:
        print(f"briefing: {display_safe(line, 600)}", file=self.err)

    def _fail(self, url: str, reason: str) -> None:
        self.outcome.failed.append((url, reason))
        self._say(f"{url}: {reason}")

    def _keep(self, article: Any) -> None:
        try:
            path, new = self.library.store(article, self.now)
        except OSError as exc:
            self._fail(article.url, f"cannot write into {self.library.folder}: "
                                    f"{exc.strerror or exc}")
            return
        (self.outcome.saved if new else self.outcome.present).append(path)

    def run(self, urls: Sequence[str]) -> Outcome:
        for url in urls:
            self._one(url)
        self._save_state()
        return self.outcome

    def _one(self, url: str) -> None:
        from briefing.web.library import normal_url

        try:
            known = self.library.find([normal_url(url)])
        except ValueError:
            known = None
        if known is not None:
            self.outcome.present.append(known)
            return
        cached = self.state.get(url, {})
        try:
            response = self.get(url, accept=ACCEPT, etag=cached.get("etag"),
                                last_modified=cached.get("last_modified"))
        except FetchError as exc:
            self._fail(url, str(exc))
            return
        if response.not_modified:
            self.outcome.unchanged_feeds.append(url)
            return
        from briefing.web.feeds import looks_like_feed

        try:
            if looks_like_feed(response.content_type, response.body):
                self._feed(url, response)
            else:
                self._keep(article_from(response, url))
        except (FetchError, WebExtraMissing) as exc:
            self._fail(url, str(exc))

    def _feed(self, url: str, response: Response) -> None:
        from briefing.web.feeds import parse_feed
        from briefing.web.library import normal_url

        _, entries = parse_feed(response.body, response.url)
        known = self.library.known()
        todo = [e for e in entries if normal_url(e.link) not in known and
                ("id:" + e.entry_id if e.entry_id else "") not in known]
        self.outcome.present.extend(known.get(normal_url(e.link)) or Path(e.link)
                                    for e in entries if e not in todo)

        def fetch(entry: Any) -> tuple[Any, Any]:
            try:
                answer = self.get(entry.link, accept=ACCEPT)
                return entry, article_from(answer, entry.link, feed=url, entry=entry)
            except (FetchError, WebExtraMissing) as exc:
                return entry, exc

        live = self.err.isatty() and len(todo) > 3
        with ThreadPoolExecutor(max_workers=CONNECTIONS) as pool:
            for done, (entry, result) in enumerate(pool.map(fetch, todo), start=1):
                if isinstance(result, Exception):
                    self._fail(entry.link, str(result))
                else:
                    self._keep(result)
                if live:
                    self.err.write(f"\r\x1b[Kbriefing: {done} of {len(todo)} entries")
                    self.err.flush()
        if live:
            self.err.write("\r\x1b[K")
        validators = {k: response.headers[h] for k, h in (("etag", "etag"),
                                                          ("last_modified", "last-modified"))
                      if h in response.headers}
        if validators:
            self.state[url] = validators


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefing fetch",
        description="Fetch articles and RSS/Atom feeds into a folder of briefings "
                    "(<slug>.txt + <slug>.yaml).  With no URL, the feeds: of config.yaml.",
        epilog="Exit status: 0 when everything came, 1 when anything failed, 2 on a usage "
               "error.  Needs the web extra: pip install 'briefing[web]'.")
    p.add_argument("urls", nargs="*", metavar="URL", help="article pages or feeds")
    p.add_argument("--into", metavar="FOLDER",
                   help="where to store them (default: library/ in the data directory)")
    return p


def run(argv: list[str], usage_error: Callable[[str], Exception]) -> int:
    args = parser().parse_args(argv)
    urls = list(args.urls)
    if not urls:
        from briefing.userdata.settings import load_settings

        settings, problems = load_settings()
        for problem in problems:
            print(f"briefing: {problem}", file=sys.stderr)
        urls = list(getattr(settings, "feeds", ()))
        if not urls:
            raise usage_error("no URL given, and config.yaml names no feeds: (see "
                              "'briefing config --path')")
    from briefing.paths import data_dir

    folder = Path(args.into) if args.into else default_folder()
    if folder.exists() and not folder.is_dir():
        raise usage_error(f"--into {display_safe(folder, 200)} is not a folder")
    outcome = Fetcher(folder, sys.stderr, data_dir() / STATE_FILE).run(urls)
    parts = [f"{len(outcome.saved)} new"]
    if outcome.present:
        parts.append(f"{len(outcome.present)} already there")
    if outcome.unchanged_feeds:
        parts.append(f"{len(outcome.unchanged_feeds)} feed(s) unchanged")
    if outcome.failed:
        parts.append(f"{len(outcome.failed)} failed")
    print(f"briefing: {', '.join(parts)} in {display_safe(folder, 300)}", file=sys.stderr)
    for path in outcome.saved:
        print(display_safe(path, 1000))
    return 1 if outcome.failed else 0
