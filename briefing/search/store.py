"""Saving and loading the index as one file that loads in milliseconds.

The file is a small header (``marshal``: format version, key, byte order, item sizes and where
each part lies) followed by 8-byte-aligned blobs: the flat arrays, the vocabulary as one
newline-joined UTF-8 string, the unit texts as one UTF-8 blob with byte offsets, and a
``marshal`` blob of the small lists (documents, section names).  The actor part comes last
(mention arrays, actor records, the name table, each document's actors, the actors the user
removed from a document): after a curation :func:`save_actors` writes a new file by copying
everything before it unchanged and appending a new actor part.  Loading maps the file
and views the arrays in place (``memoryview.cast``), so nothing big is parsed or copied; unit
texts are decoded only for the candidates a query reads.

Nothing in the file is trusted: the magic, the version, the key, the sizes of every part and the
consistency of the offsets are checked, the small blob carries a CRC, and any failure raises
:class:`StoreError`, which the caller turns into a rebuild.
"""

from __future__ import annotations

import contextlib
import marshal
import mmap
import os
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any, Literal

from briefing.common.fileread import open_regular
from briefing.search.filters import twins

MAGIC = b"BRFSIDX1"
# The typecode of each array (unsigned int, byte, 64-bit offset).
_ARRAYS: dict[str, Literal["I", "B", "Q"]] = {
    "unit_doc": "I", "unit_start": "I", "unit_end": "I", "unit_kind": "B", "unit_section": "I",
    "post_off": "I", "post": "I", "var_hash": "I", "var_ids": "I", "actor_off": "I",
    "mention_unit": "I", "mention_start": "I", "mention_end": "I", "text_off": "Q",
}
_SMALL = ("docs", "sections")


class StoreError(Exception):
    """The file is missing, unreadable, from another version or damaged."""


class MappedTexts:
    """Unit texts read from the mapped file, decoded on demand."""

    def __init__(self, mm: mmap.mmap, base: int, offsets: Any) -> None:
        self._mm = mm
        self._base = base
        self._off = offsets

    def get(self, uid: int) -> str:
        a = self._base + self._off[uid]
        b = self._base + self._off[uid + 1]
        return self._mm[a:b].decode("utf-8", "replace")

    def close(self) -> None:
        with contextlib.suppress(BufferError):  # views still alive: the mapping goes with them
            self._mm.close()


def _pad(n: int) -> int:
    return (-n) % 8


# The actor part (what a curation changes) is written last, after every other part, so that
# :func:`save_actors` can copy the rest of an existing file byte for byte (in the kernel).
_ACTOR_ARRAYS = ("actor_off", "mention_unit", "mention_start", "mention_end")


def _actor_blobs(data: dict[str, Any], aliases: Any) -> list[tuple[str, bytes]]:
    blobs: list[tuple[str, bytes]] = []
    for name in _ACTOR_ARRAYS:
        arr = data[name]
        code = _ARRAYS[name]
        if not isinstance(arr, array) or arr.typecode != code:
            arr = array(code, arr)
        blobs.append((name, arr.tobytes()))
    blobs.append(("aliases", marshal.dumps(aliases)))
    blobs.append(("actors", marshal.dumps(list(data["actors"]))))
    blobs.append(("doc_actors", marshal.dumps(data.get("doc_actors"))))
    blobs.append(("hidden", marshal.dumps(dict(data.get("hidden") or {}))))
    # Per document: date, source, statuses, actor roles, SHA-256 (what the filters read); in
    # the actor part because a curation changes the roles.
    facets = list(data.get("facets") or [])
    blobs.append(("facets", marshal.dumps(facets)))
    # What a one-shot search reads of the facets, kept apart so that it does not decode them
    # all (~20 ms each at 22,000 documents): the groups of identical documents, and each
    # document's date and source (its hits show them).
    groups = {id(same): same for same in twins(facets).values()}
    blobs.append(("twins", marshal.dumps(list(groups.values()))))
    blobs.append(("dated", marshal.dumps(([f[0] for f in facets], [f[1] for f in facets]))))
    return blobs


def _header(version: int, key: str, layout: dict[str, tuple[int, int]], n_units: int,
            n_vocab: int, small_crc: int, static: int, body: int, pending: bool,
            variants: bool = True) -> bytes:
    header = marshal.dumps({
        "version": version, "key": key, "byteorder": sys.byteorder,
        "itemsize": {c: array(c).itemsize for c in set(_ARRAYS.values())},
        "layout": layout, "n_units": n_units, "n_vocab": n_vocab,
        "small_crc": small_crc, "static": static, "body": body, "pending": pending,
        "variants": variants,
    })
    prefix = MAGIC + len(header).to_bytes(8, "little") + header
    return prefix + b"\0" * _pad(len(prefix))


def _place(blobs: list[tuple[str, bytes]], offset: int, layout: dict[str, tuple[int, int]]
           ) -> int:
    for name, blob in blobs:
        layout[name] = (offset, len(blob))
        offset += len(blob) + _pad(len(blob))
    return offset


def _write_blobs(out: Any, blobs: list[tuple[str, bytes]]) -> None:
    for _name, blob in blobs:
        out.write(blob)
        out.write(b"\0" * _pad(len(blob)))


def save(path: Path, data: dict[str, Any], unit_texts: Any, key: str, version: int,
         aliases: Any = None, pending: bool = False) -> None:
    """Write the index atomically (temporary file, then rename).

    ``aliases`` is the actor name table (read lazily on the first actor query).  ``pending``
    marks an index whose actor part is still empty because the documents are not analysed
    yet (:mod:`briefing.search.textfirst`); :func:`save_actors` completes it.
    """
    n_units = len(data["unit_doc"])
    encoded = [unit_texts(u).encode("utf-8", "surrogatepass") for u in range(n_units)]
    text_off = array("Q", [0])
    total = 0
    for blob in encoded:
        total += len(blob)
        text_off.append(total)
    blobs: list[tuple[str, bytes]] = []
    arrays = dict(data)
    arrays["text_off"] = text_off
    variants = data["var_hash"] is not None
    if not variants:  # not built yet (a first text index): searches scan the vocabulary
        arrays["var_hash"] = arrays["var_ids"] = array("I")
    for name, code in _ARRAYS.items():
        if name in _ACTOR_ARRAYS:
            continue
        arr = arrays[name]
        if not isinstance(arr, array) or arr.typecode != code:
            arr = array(code, arr)
        blobs.append((name, arr.tobytes()))
    blobs.append(("vocab", "\n".join(data["vocab"]).encode("utf-8", "surrogatepass")))
    small = marshal.dumps({k: data[k] for k in _SMALL})
    blobs.append(("small", small))
    blobs.append(("texts", b"".join(encoded)))
    del encoded
    layout: dict[str, tuple[int, int]] = {}
    static = _place(blobs, 0, layout)
    actor_blobs = _actor_blobs(data, aliases)
    body = _place(actor_blobs, static, layout)
    prefix = _header(version, key, layout, n_units, len(data["vocab"]), zlib.crc32(small),
                     static, body, pending, variants)

    def write(out: Any) -> None:
        out.write(prefix)
        _write_blobs(out, blobs)
        _write_blobs(out, actor_blobs)

    from briefing.common.storage import atomic_write  # not on the warm path (tempfile)

    atomic_write(path, write)


def save_actors(source: Path, source_key: str, path: Path, data: dict[str, Any], key: str,
                version: int, aliases: Any = None,
                variants: tuple[Any, Any] | None = None, pending: bool = False) -> None:
    """Write ``path`` as the index file ``source`` with a new actor part (``data``'s;
    ``pending``: still empty, see :func:`save`).

    Everything but the actors (units, postings, vocabulary, texts: nearly all of the file) is
    copied from ``source`` as it is, with ``os.copy_file_range`` where the system has it (no
    bytes pass through Python); only the actor part is encoded.  ``variants``, when given,
    are the typo variants (``var_hash``, ``var_ids``) of a ``source`` saved without them:
    they are written in their place, the rest is still copied.  ``source`` must be a valid
    index file saved under ``source_key`` for the same documents; else :class:`StoreError`.
    """
    replace = _variant_blobs(variants) if variants is not None else {}
    try:
        with os.fdopen(open_regular(source), "rb") as fh:  # never a FIFO or a device
            header, base = _source_header(fh, source_key, version, len(data["unit_doc"]))
            static = header["static"]
            parts = sorted((where, name) for name, where in header["layout"].items()
                           if where[0] < static)
            if not set(replace) <= {name for _where, name in parts}:
                raise StoreError("no place for the variants")
            layout, pieces, offset = _copy_plan(parts, replace, base)
            blobs = _actor_blobs(data, aliases)
            body = _place(blobs, offset, layout)
            prefix = _header(version, key, layout, header["n_units"], header["n_vocab"],
                             header["small_crc"], offset, body, pending,
                             bool(replace) or header.get("variants", True))

            def write(out: Any) -> None:
                out.write(prefix)
                for piece in pieces:
                    if isinstance(piece, bytes):
                        out.write(piece)
                    else:
                        out.flush()
                        _copy_range(fh, piece[0], piece[1], out)
                _write_blobs(out, blobs)

            from briefing.common.storage import atomic_write

            atomic_write(path, write)
    except (OSError, ValueError, EOFError, TypeError, KeyError) as exc:
        raise StoreError(f"cannot copy: {exc.__class__.__name__}") from None


def _variant_blobs(variants: tuple[Any, Any]) -> dict[str, bytes]:
    """The bytes of the typo variants (``var_hash``, ``var_ids``), by part name."""
    blobs: dict[str, bytes] = {}
    for name, arr in zip(("var_hash", "var_ids"), variants, strict=True):
        if not isinstance(arr, array) or arr.typecode != _ARRAYS[name]:
            arr = array(_ARRAYS[name], arr)
        blobs[name] = arr.tobytes()
    return blobs


def _source_header(fh: Any, source_key: str, version: int, n_units: int
                   ) -> tuple[dict[str, Any], int]:
    """The header of the index file open as ``fh`` and where its parts start, checked: saved
    by this ``version`` under ``source_key`` for ``n_units`` units, and whole."""
    head = fh.read(16)
    if len(head) < 16 or head[:8] != MAGIC:
        raise StoreError("not an index file")
    hlen = int.from_bytes(head[8:16], "little")
    if hlen > 1 << 20:
        raise StoreError("bad header")
    header = marshal.loads(fh.read(hlen))
    if not isinstance(header, dict) or header.get("version") != version:
        raise StoreError("another index version")
    if header.get("key") != source_key:
        raise StoreError("built for other documents")
    if header.get("n_units") != n_units:
        raise StoreError("built for other units")
    base = 16 + hlen + _pad(16 + hlen)
    if os.fstat(fh.fileno()).st_size != base + header["body"]:
        raise StoreError("truncated or extended")
    return header, base


def _copy_plan(parts: list[tuple[tuple[int, int], str]], replace: dict[str, bytes], base: int,
               ) -> tuple[dict[str, tuple[int, int]], list[tuple[int, int] | bytes], int]:
    """The parts before the actors in their order (``parts``: (offset, length) in the source
    file after ``base``, name): their new layout, what to write (a span of the source to copy,
    or the bytes of a part ``replace`` gives anew; copies of adjacent parts merged) and where
    the actor part starts."""
    layout: dict[str, tuple[int, int]] = {}
    pieces: list[tuple[int, int] | bytes] = []
    offset = 0
    for (start, length), name in parts:
        blob = replace.get(name)
        size = len(blob) if blob is not None else length
        layout[name] = (offset, size)
        offset += size + _pad(size)
        if blob is not None:
            pieces.append(blob + b"\0" * _pad(size))
            continue
        span = (base + start, length + _pad(length))
        last = pieces[-1] if pieces else None
        if isinstance(last, tuple) and last[0] + last[1] == span[0]:
            pieces[-1] = (last[0], last[1] + span[1])
        else:
            pieces.append(span)
    return layout, pieces, offset


def _copy_range(src: Any, start: int, length: int, out: Any) -> None:
    """``length`` bytes of ``src`` from ``start`` appended to ``out`` (flushed file objects)."""
    copied = 0
    if hasattr(os, "copy_file_range"):
        with contextlib.suppress(OSError):
            while copied < length:
                n = os.copy_file_range(src.fileno(), out.fileno(), length - copied,
                                       start + copied)
                if n <= 0:
                    break
                copied += n
    if copied < length:
        out.seek(0, os.SEEK_END)
        src.seek(start + copied)
        left = length - copied
        while left > 0:
            chunk = src.read(min(left, 1 << 22))
            if not chunk:
                raise StoreError("source ended early")
            out.write(chunk)
            left -= len(chunk)
    out.seek(0, os.SEEK_END)


def load(path: Path, key: str | None, version: int) -> tuple[dict[str, Any], MappedTexts]:
    """Map the index file; ``key`` (when given) must match the one it was saved with."""
    try:
        with os.fdopen(open_regular(path), "rb") as fh:  # never a FIFO or a device
            size = os.fstat(fh.fileno()).st_size
            if size < 16:
                raise StoreError("too short")
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read: {exc}") from None
    try:
        return _parse(mm, size, key, version)
    except StoreError:
        mm.close()
        raise
    except Exception as exc:  # noqa: BLE001 - any damage is "rebuild", never a crash
        mm.close()
        raise StoreError(f"damaged: {exc.__class__.__name__}") from None


def _parse(mm: mmap.mmap, size: int, key: str | None, version: int
           ) -> tuple[dict[str, Any], MappedTexts]:
    if mm[:8] != MAGIC:
        raise StoreError("not an index file")
    hlen = int.from_bytes(mm[8:16], "little")
    if hlen > min(size, 1 << 20):
        raise StoreError("bad header")
    header = marshal.loads(mm[16:16 + hlen])
    if not isinstance(header, dict) or header.get("version") != version:
        raise StoreError("another index version")
    if key is not None and header.get("key") != key:
        raise StoreError("built for other documents")
    if header.get("byteorder") != sys.byteorder or header.get("itemsize") != {
            c: array(c).itemsize for c in set(_ARRAYS.values())}:
        raise StoreError("built on another platform")
    base = 16 + hlen + _pad(16 + hlen)
    if base + header["body"] != size:
        raise StoreError("truncated or extended")
    layout = header["layout"]
    view = memoryview(mm)
    data: dict[str, Any] = {}
    for name, code in _ARRAYS.items():
        start, length = layout[name]
        item = array(code).itemsize
        if length % item:
            raise StoreError(f"bad size for {name}")
        data[name] = view[base + start:base + start + length].cast(code)
    start, length = layout["small"]
    small_bytes = mm[base + start:base + start + length]
    if zlib.crc32(small_bytes) != header["small_crc"]:
        raise StoreError("damaged lists")
    small = marshal.loads(small_bytes)
    data.update({k: small[k] for k in _SMALL})
    data["actors_pending"] = bool(header.get("pending"))
    start, length = layout["aliases"]
    alias_at = (base + start, base + start + length)
    data["alias_loader"] = lambda: marshal.loads(mm[alias_at[0]:alias_at[1]])
    start, length = layout["actors"]
    actors_at = (base + start, base + start + length)
    data["actors_loader"] = lambda: marshal.loads(mm[actors_at[0]:actors_at[1]])
    if "hidden" in layout:
        start, length = layout["hidden"]
        hidden = marshal.loads(mm[base + start:base + start + length])
        if not isinstance(hidden, dict):
            raise StoreError("bad hidden actors")
        data["hidden"] = hidden
    if "doc_actors" in layout:
        start, length = layout["doc_actors"]
        doc_actors_at = (base + start, base + start + length)
        data["doc_actors_loader"] = lambda: marshal.loads(mm[doc_actors_at[0]:doc_actors_at[1]])
    if "facets" in layout:
        start, length = layout["facets"]
        facets_at = (base + start, base + start + length)
        data["facets_loader"] = lambda: marshal.loads(mm[facets_at[0]:facets_at[1]])
    for part in ("twins", "dated"):  # absent from a file saved before session 13
        if part in layout:
            start, length = layout[part]
            data[part + "_loader"] = _loader(mm, base + start, base + start + length)
    start, length = layout["vocab"]
    vocab_text = mm[base + start:base + start + length].decode("utf-8", "surrogatepass")
    data["vocab"] = vocab_text.split("\n") if vocab_text or header["n_vocab"] else []
    _check(data, header)
    if header.get("variants") is False:
        data["var_hash"] = data["var_ids"] = None
    start, length = layout["texts"]
    texts = MappedTexts(mm, base + start, data.pop("text_off"))
    if texts._off[-1] != length:
        raise StoreError("bad text offsets")
    return data, texts


def _loader(mm: mmap.mmap, start: int, end: int) -> Any:
    """A function reading the ``marshal`` blob at ``mm[start:end]`` (when first needed)."""
    return lambda: marshal.loads(mm[start:end])


def _check(data: dict[str, Any], header: dict[str, Any]) -> None:
    """Cheap consistency checks: lengths agree and offsets end where the arrays end."""
    n = header["n_units"]
    for name in ("unit_doc", "unit_start", "unit_end", "unit_kind", "unit_section"):
        if len(data[name]) != n:
            raise StoreError(f"bad {name}")
    if len(data["text_off"]) != n + 1:
        raise StoreError("bad text offsets")
    if len(data["vocab"]) != header["n_vocab"] or len(data["post_off"]) != len(data["vocab"]) + 1:
        raise StoreError("bad vocabulary")
    if data["post_off"][-1] != len(data["post"]) or len(data["var_hash"]) != len(data["var_ids"]):
        raise StoreError("bad postings")
    if len(data["actor_off"]) < 1 or data["actor_off"][-1] != len(data["mention_unit"]):
        raise StoreError("bad actors")
