"""Per-document digests for ``briefing history`` and ``briefing quotes``, cached beside the
analysis cache, so a warm run over a big folder decodes no analysis.

A digest holds what the two answers read of one analysed document: its negotiation threads as
history steps (parties, mediators, status, trend, rounds with their evidence, dates, agenda
keys, domains, the first status evidence) with the names of their actors, and its quotes
(speaker, names, text, date, offsets, reported or not).  Decoding a whole analysis to read
those took about 2.5 ms per document (three minutes for the team's 21,901 under load); a
digest is a few hundred bytes, read in batches.

**Freshness.**  A digest is stored under a key made of the document's *analysis key* (the
analysis cache's: the article's bytes, its sidecar's, the document kind and the extractor's
context; :meth:`~briefing.analysis.cache.AnalysisCache.key_of`), :data:`DIGEST_SCHEMA` and a
fingerprint of the code that makes digests (:func:`answers_fingerprint`).  The analysis cache
hands out that key only when the file and its sidecar are unchanged since they were hashed
(``stat``), so a changed file, sidecar, extractor or answers rule never meets an old digest:
it is computed again from the analysis.  Where there is no key (no cache, a file just written,
a file the cache does not vouch for), the digest is computed and not stored.  A digest holds
nothing that depends on the file's path (identical files share it); the path and the title
shown are filled in from the document at hand (:func:`placed`).

The store is one SQLite file, ``answers.sqlite``, in the cache folder; any failure disables it
for the run (the answers are then computed, as before).  ``BRIEFING_NO_DIGEST=1`` bypasses it
(for benchmarks comparing with the old path).

Pure layer: no Textual.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import marshal
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from briefing.answers.history import HistoryStep, document_steps
from briefing.answers.quotes import CorpusQuote, document_quotes
from briefing.common import sqlitefile
from briefing.common.freshness import sources_fingerprint
from briefing.common.sqlbatch import select_in
from briefing.model import Round, Span

log = logging.getLogger("briefing.answers.digest")

DIGEST_SCHEMA = "1"
DIGEST_FILE = "answers.sqlite"
NO_DIGEST_ENV = "BRIEFING_NO_DIGEST"
NO_CACHE_ENV = "BRIEFING_NO_CACHE"  # the analysis cache's switch: no cache, no digests either
PRUNE_AFTER_DAYS = 30  # a digest not read for this long goes (old code, files gone)…
PRUNE_SLACK = 20_000  # …once the store holds more than this many
# Code whose change changes a digest (besides the analysis, which its key covers).
DIGEST_CODE = ("digest.py", "history.py", "quotes.py", "reported.py")


@dataclass(frozen=True, slots=True)
class Digest:
    """What the corpus answers read of one document."""

    steps: tuple[HistoryStep, ...] = ()
    names: tuple[tuple[str, str], ...] = ()  # (actor id, name) of its parties and mediators
    quotes: tuple[CorpusQuote, ...] = ()


class KeySource(Protocol):
    """What the digests need of the analysis cache: a document's current analysis key."""

    def key_of(self, path: str) -> str | None: ...


class StatKeys:
    """Keys for briefings loaded elsewhere (the reader's): the analysis cache's key of each
    file as it is now (``stat``-checked), when its bytes are still those of the briefing."""

    def __init__(self, cache: Any, briefings: Sequence[Any]) -> None:
        self._cache = cache
        self._sha = {b.document.path: b.document.sha256 for b in briefings}

    def key_of(self, path: str) -> str | None:
        sha = self._sha.get(path)
        return self._cache.current_key(path, sha) if sha else None


def digest_of(briefing: Any) -> Digest:
    """The digest of an analysed document (decodes its analysis if it is a cached one)."""
    steps, names = document_steps(briefing)
    return Digest(tuple(steps), tuple(names), tuple(document_quotes(briefing)))


def placed(digest: Digest, path: str, title: str) -> Digest:
    """``digest`` as the document at ``path`` (shown as ``title``) has it."""
    return Digest(
        tuple(dataclasses.replace(s, path=path, title=title) for s in digest.steps),
        digest.names,
        tuple(dataclasses.replace(q, path=path, title=title) for q in digest.quotes))


# ------------------------------------------------------------------------------ encoding
# Plain tuples for marshal: a digest is rebuilt without a generic decoder.
def _span(span: Span | None) -> tuple[int, int, str] | None:
    return None if span is None else (span.start, span.end, span.text)


def _round(rnd: Round) -> tuple[Any, ...]:
    return (rnd.place, rnd.date, rnd.outcome, tuple((e.start, e.end, e.text)
                                                    for e in rnd.evidence))


def encode(digest: Digest) -> bytes:
    steps = tuple(
        (s.published, s.date, s.negotiation_id, s.label, s.status, s.trend, s.primary,
         _span(s.evidence), tuple(_round(r) for r in s.rounds), s.parties, s.mediators,
         s.domain, s.issues, s.domains)
        for s in digest.steps)
    quotes = tuple((q.speaker, q.speaker_name, q.text, q.date, q.start, q.end, q.reported,
                    q.names) for q in digest.quotes)
    return zlib.compress(marshal.dumps((DIGEST_SCHEMA, steps, digest.names, quotes)), 1)


def decode(blob: bytes) -> Digest:
    """The digest :func:`encode` wrote (``ValueError`` if it is not one)."""
    try:
        schema, steps, names, quotes = marshal.loads(zlib.decompress(blob))
        if schema != DIGEST_SCHEMA:
            raise ValueError("another digest schema")
        return Digest(
            tuple(HistoryStep(
                path="", title="", published=pub, date=date, negotiation_id=nid, label=label,
                status=status, trend=trend, primary=primary,
                evidence=Span(*evidence) if evidence is not None else None,
                rounds=tuple(Round(place, rdate, outcome, tuple(Span(*e) for e in spans))
                             for place, rdate, outcome, spans in rounds),
                parties=parties, mediators=mediators, domain=domain, issues=issues,
                domains=domains)
                for (pub, date, nid, label, status, trend, primary, evidence, rounds, parties,
                     mediators, domain, issues, domains) in steps),
            tuple((str(a), str(b)) for a, b in names),
            tuple(CorpusQuote(speaker=speaker, speaker_name=name, text=text, date=date,
                              path="", start=start, end=end, reported=reported, names=aliases)
                  for speaker, name, text, date, start, end, reported, aliases in quotes))
    except (zlib.error, EOFError, TypeError, ValueError) as exc:
        raise ValueError(f"not a digest: {exc}") from None


@lru_cache(maxsize=1)
def answers_fingerprint() -> str:
    """A digest of the source of the modules that make digests (:data:`DIGEST_CODE`)."""
    folder = Path(__file__).resolve().parent
    return sources_fingerprint(folder / name for name in DIGEST_CODE)


def digest_key(analysis_key: str) -> str:
    return hashlib.sha256(f"{DIGEST_SCHEMA}\0{answers_fingerprint()}\0{analysis_key}"
                          .encode()).hexdigest()


# ------------------------------------------------------------------------------ the store
def _setup(db: sqlite3.Connection) -> None:
    """The digests' table (dropped first when of an earlier layout)."""
    columns = [row[1] for row in db.execute("PRAGMA table_info(digests)")]
    if columns and columns != ["key", "data", "used"]:  # an earlier layout
        db.execute("DROP TABLE digests")
    # ``used``: the day (since 1970) a digest was last read or written, for pruning.
    db.execute("CREATE TABLE IF NOT EXISTS digests (key TEXT PRIMARY KEY, data BLOB,"
               " used INTEGER)")


class DigestStore:
    """Digests by key in one SQLite file; every method swallows its failures."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.hits = self.stores = 0
        self._today = int(time.time() // 86400)
        self._stale: set[str] = set()  # keys read whose "last used" day is older than today
        self._db: sqlite3.Connection | None = sqlitefile.open_or_recreate(
            self.path, self._connect, "answers cache", log, logging.INFO)

    @classmethod
    def open_default(cls) -> DigestStore | None:
        """The user's store beside the analysis cache (``None`` when caching is off)."""
        if any(os.environ.get(name, "").strip() not in ("", "0")
               for name in (NO_CACHE_ENV, NO_DIGEST_ENV)):
            return None
        from briefing.paths import cache_dir

        try:
            return cls(cache_dir() / DIGEST_FILE)
        except Exception as exc:  # noqa: BLE001 - no store is never fatal
            log.info("answers cache disabled: %s", exc)
            return None

    def _connect(self) -> sqlite3.Connection:
        return sqlitefile.connect(self.path, _setup)

    def _fail(self, exc: BaseException) -> None:
        log.info("answers cache error (%s); continuing without it", exc)
        db, self._db = self._db, None
        sqlitefile.close_quietly(db)

    def get_many(self, keys: Sequence[str]) -> dict[str, Digest]:
        """The stored digests of ``keys`` (those missing or unreadable are left out)."""
        found: dict[str, Digest] = {}
        if self._db is None or not keys:
            return found
        try:
            rows = select_in(self._db, "SELECT key, data, used FROM digests WHERE key IN", keys)
        except sqlite3.Error as exc:
            self._fail(exc)
            return found
        for key, blob, used in rows:
            try:
                found[key] = decode(blob)
            except ValueError:
                continue  # computed again and replaced
            if used != self._today:
                self._stale.add(key)
        self.hits += len(found)
        return found

    def put_many(self, items: Iterable[tuple[str, Digest]]) -> None:
        rows = [(key, encode(digest), self._today) for key, digest in items]
        if not rows or self._db is None:
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR REPLACE INTO digests VALUES (?, ?, ?)", rows)
            self._db.execute("COMMIT")
            self.stores += len(rows)
        except sqlite3.OperationalError as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            if "locked" not in str(exc) and "busy" not in str(exc):
                self._fail(exc)  # locked: another briefing writes; ours are computed again
        except sqlite3.Error as exc:
            self._fail(exc)

    def prune(self) -> int:
        """Mark the digests read in this run as used today (once a day each), then drop those
        not used for :data:`PRUNE_AFTER_DAYS` when the store holds more than
        :data:`PRUNE_SLACK`; returns how many went.  Never fails."""
        if self._db is None:
            return 0
        try:
            if self._stale:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("UPDATE digests SET used = ? WHERE key = ?",
                                     [(self._today, k) for k in self._stale])
                self._db.execute("COMMIT")
                self._stale.clear()
            count = self._db.execute("SELECT count(*) FROM digests").fetchone()[0]
            if count <= PRUNE_SLACK:
                return 0
            gone = self._db.execute("DELETE FROM digests WHERE used < ?",
                                    (self._today - PRUNE_AFTER_DAYS,)).rowcount
            return int(gone)
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                if self._db is not None and self._db.in_transaction:
                    self._db.execute("ROLLBACK")
            log.info("could not prune the answers cache: %s", exc)
            return 0

    def close(self) -> None:
        self.prune()
        db, self._db = self._db, None
        sqlitefile.close_quietly(db)


# ------------------------------------------------------------------------------ for a corpus
def corpus_digests(briefings: Sequence[Any], keys: KeySource | None,
                   store: DigestStore | None) -> list[Digest]:
    """One digest per briefing, in order, each placed at its document's path: read from
    ``store`` where ``keys`` vouches for the document's analysis, else computed from the
    analysis (decoded for the moment only) and stored when it has a key."""
    wanted: list[str | None] = [None] * len(briefings)
    if keys is not None and store is not None:
        for i, briefing in enumerate(briefings):
            key = keys.key_of(briefing.document.path)
            wanted[i] = digest_key(key) if key else None
    stored = store.get_many([k for k in wanted if k]) if store is not None else {}
    fresh: list[tuple[str, Digest]] = []
    out: list[Digest] = []
    from briefing.analysis.lazy import transient

    with transient():  # each analysis computed from is decoded, read and dropped
        for briefing, key in zip(briefings, wanted, strict=True):
            document = briefing.document
            digest = stored.get(key) if key else None
            if digest is None:
                digest = digest_of(briefing)
                if key:
                    fresh.append((key, digest))
            out.append(placed(digest, document.path, document.display_title))
    if store is not None:
        store.put_many(fresh)
    return out


@contextlib.contextmanager
def user_caches() -> Iterator[tuple[Any, DigestStore | None]]:
    """The user's analysis cache and digest store (``None`` each when caching is off),
    closed afterwards."""
    from briefing.analysis.cache import AnalysisCache

    cache = AnalysisCache.open_default()
    store = DigestStore.open_default() if cache is not None else None
    try:
        yield cache, store
    finally:
        if store is not None:
            store.close()
        if cache is not None:
            cache.close()


def loaded_digests(briefings: Sequence[Any]) -> list[Digest]:
    """:func:`corpus_digests` for briefings loaded elsewhere (the reader's), through the
    user's caches (:class:`StatKeys`); blocks, for a thread."""
    with user_caches() as (cache, store):
        keys = StatKeys(cache, briefings) if cache is not None else None
        return corpus_digests(briefings, keys, store)


def histories(digests: Sequence[Digest]) -> list[Any]:
    """:func:`~briefing.answers.history.merge_histories` of the documents of ``digests``."""
    from briefing.answers.history import merge_steps

    names: dict[str, str] = {}
    for digest in digests:
        for actor_id, name in digest.names:
            names.setdefault(actor_id, name)
    return merge_steps([step for digest in digests for step in digest.steps], names)
