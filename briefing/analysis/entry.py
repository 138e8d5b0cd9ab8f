"""One analysis cache entry: a small *card* read at once, and the briefing, decoded later.

:func:`pack_entry` makes ``(card, data)`` of a briefing and its file's problems;
:func:`unpack_entry` checks an entry without decoding its data and hands out a lazily decoded
briefing (:mod:`briefing.analysis.lazy`).  The encoding is :mod:`briefing.analysis.codec`,
marshalled and zlib-compressed (zlib's checksum catches corruption before ``marshal`` sees it).
"""

from __future__ import annotations

import dataclasses
import marshal
import zlib
from collections.abc import Callable, Mapping

from briefing.analysis.codec import StaleEntry, TypeTable, decode, encode, resolve
from briefing.analysis.lazy import CachedBriefing, CachedDocument, Source
from briefing.common.textsafe import display_safe
from briefing.model import Briefing, Problem

CACHE_SCHEMA = "4"  # the entries' format: part of every key, and checked in each entry


def pack_entry(briefing: Briefing, problems: list[Problem],
               table_key: Callable[[TypeTable], str]) -> tuple[bytes, bytes]:
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


def _same_data(blob: bytes | None, crc: int) -> bytes:
    """``blob`` if it is the data whose checksum the card holds (raises :class:`StaleEntry`)."""
    if not isinstance(blob, bytes) or zlib.crc32(blob) != crc:
        raise StaleEntry("the entry changed in the cache since it was checked")
    return blob


def _decode_data(blob: bytes, tables: Mapping[str, TypeTable]) -> Briefing:
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


def unpack_entry(card: bytes, blob: bytes, path: str, sidecar: str | None, sha: str,
                 tables: Mapping[str, TypeTable],
                 fallback: Callable[[], Briefing | None] | None = None,
                 reread: Callable[[], bytes | None] | None = None,
                 ) -> tuple[Briefing, list[Problem]]:
    """A lazily decoded briefing for an entry, and the file's problems.

    Everything that can be checked without decoding the data is checked here (the card, the
    data's checksum and type table), so a damaged entry is rebuilt now, not found later.
    ``reread()``, when given, reads the data again when the briefing is first decoded, so
    the (compressed) data is not kept in memory meanwhile: ~2 KB a document, 45 MB for a
    22,000-document folder of which a session reads a few; if what it reads then is not the
    same data (the cache changed), the briefing is the ``fallback``'s.
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
    resolve(data_table)  # the model classes it names still exist with these fields
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
    if reread is None:
        lazy_source = Source(lambda: _decode_data(blob, tables), sha, fallback)
    else:
        lazy_source = Source(lambda: _decode_data(_same_data(reread(), crc), tables), sha,
                             fallback)
    document = CachedDocument.pending(
        lazy_source, path=path, title=title, published=published, src=source, url=url,
        encoding=encoding, curation=curation, sidecar_path=sidecar, words=words)
    return CachedBriefing.pending(lazy_source, document), fixed
