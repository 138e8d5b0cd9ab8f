"""Turning a file's bytes into text: BOMs, strict UTF-8, a cp1252 fallback, binary detection."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class BinaryFile(ValueError):
    """The bytes are not text (NUL bytes without a UTF-16/32 BOM, or undecodable)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0, 9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    """NUL bytes beyond a stray few, or control bytes beyond 2 %, mean a binary format.

    Text has almost no C0 controls besides tab, newlines, form feed and ESC (coloured logs);
    compressed or encrypted data (a ``.gz`` or ``.zip`` renamed ``.txt``, a JPEG) is near-random
    and has about 10.5 % (27 of 256 byte values), so 2 % tells them apart with a wide margin
    either side.  A text file with one stray NUL or a DOS end-of-file mark still loads (shown as
    a control picture), however short it is."""
    sample = data[:65536]
    if not sample:
        return False
    nuls = sample.count(0)
    if nuls > max(2, len(sample) // 200):
        return True
    # Count the other control bytes in C (bytes.translate), not byte by byte in Python.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return nuls + controls > max(2, len(sample) // 50)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``; raise :class:`BinaryFile` for binary content.

    Order: a BOM (UTF-8/16/32), strict UTF-8, then Windows-1252 with a warning (bytes that
    cp1252 leaves undefined fall back to Latin-1, so nothing is ever lost or raised).
    Newlines are normalised afterwards by the caller (CRLF -> LF).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise BinaryFile(f"invalid {encoding} after its byte-order mark") from exc
    if _looks_binary(data):
        raise BinaryFile("binary file (NUL or control bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        where = exc.start
    text = data.decode("cp1252", errors="briefing-latin1")
    return Decoded(text, "cp1252",
                   f"not valid UTF-8 (byte {where}); decoded as Windows-1252")


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """cp1252 leaves five bytes undefined: read those as Latin-1 (they become C1 controls,
    which the sanitiser then replaces), so decoding never fails and never loses a byte."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("latin-1"), exc.end


codecs.register_error("briefing-latin1", _latin1_fallback)
