"""Decoding and cleaning: BOMs, UTF-8, the cp1252 fallback, binary detection, control characters."""

from __future__ import annotations

import codecs

import pytest

from briefing.common.textsafe import clean_text, display_safe, safe_url
from briefing.corpus.decode import BinaryFile, decode_bytes


@pytest.mark.parametrize(("data", "encoding"), [
    ("Café “quoted”".encode(), "utf-8"),
    (codecs.BOM_UTF8 + "Café".encode(), "utf-8"),
    ("\ufeffCafé “q”".encode("utf-16-le"), "utf-16-le"),
    ("\ufeffCafé “q”".encode("utf-16-be"), "utf-16-be"),
    ("\ufeffCafé".encode("utf-32-le"), "utf-32-le"),
    ("\ufeffCafé".encode("utf-32-be"), "utf-32-be"),
])
def test_unicode_encodings_with_and_without_bom(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text.startswith("Café")
    assert "\ufeff" not in decoded.text
    assert decoded.warning is None


def test_cp1252_smart_quotes_fall_back_with_a_warning() -> None:
    decoded = decode_bytes(b"He said \x93yes\x94 \x96 twice, it\x92s done.")
    assert decoded.text == "He said “yes” – twice, it’s done."
    assert decoded.encoding == "cp1252"
    assert "Windows-1252" in decoded.warning


def test_latin1_is_read_as_cp1252() -> None:
    decoded = decode_bytes("Café au lait, señor.".encode("latin-1"))
    assert decoded.text == "Café au lait, señor."
    assert decoded.warning


def test_bytes_undefined_in_cp1252_never_raise() -> None:
    decoded = decode_bytes(b"odd \x81\x8d\x8f\x90\x9d bytes \xff")
    assert len(decoded.text) == len(b"odd \x81\x8d\x8f\x90\x9d bytes \xff")
    cleaned = clean_text(decoded.text)
    assert not any(0x80 <= ord(c) <= 0x9F for c in cleaned)


def test_invalid_utf8_in_the_middle_names_the_byte() -> None:
    decoded = decode_bytes(b"good text " * 10 + b"\xc3\x28 more")
    assert "byte 100" in decoded.warning


def test_binary_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    with pytest.raises(BinaryFile):
        decode_bytes(png)
    with pytest.raises(BinaryFile):  # UTF-16 without a BOM looks like NUL-laden bytes
        decode_bytes("plain words here".encode("utf-16-le"))


def test_a_stray_nul_is_kept_as_text() -> None:
    decoded = decode_bytes(b"one\x00two " * 1 + b"x" * 500)
    assert "\x00" in decoded.text
    assert "\x00" not in clean_text(decoded.text)


def test_invalid_utf16_after_a_bom_is_binary() -> None:
    with pytest.raises(BinaryFile):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate


def test_clean_text_keeps_length_and_replaces_dangerous_characters() -> None:
    text = "a\x1b[31mb\x07c\x00d\x7fe\x9bf\u202eg\u2066h\rI\u2028j\tk\nl"
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    for bad in "\x1b\x07\x00\x7f\x9b\u202e\u2066\r\u2028":
        assert bad not in cleaned
    assert "\t" in cleaned and "\n" in cleaned
    assert cleaned.count("\n") == 3  # LF, the CR and the line separator


def test_display_safe_is_one_bounded_line() -> None:
    shown = display_safe("name\x1b]0;pwned\x07\nwith newline\t" + "x" * 1000, 50)
    assert "\x1b" not in shown and "\n" not in shown and "\x07" not in shown
    assert len(shown) == 50 and shown.endswith("…")


@pytest.mark.parametrize(("url", "ok"), [
    ("https://example.org/a?b=c", True),
    ("http://example.org", True),
    ("mailto:desk@example.org", True),
    ("file:///etc/passwd", False),
    ("javascript:alert(1)", False),
    ("/etc/passwd", False),
    ("https://example.org/\x1b]0;x\x1b\\", False),
    ("https://exa mple.org", False),
    (42, False),
])
def test_safe_url(url: object, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_compressed_data_named_txt_is_binary() -> None:
    """gzip/zlib output (a .txt.gz renamed, a zip saved as .txt) is near-random bytes: about
    0.4 % NUL and 10 % other control bytes, under the old thresholds (0.5 % NUL, 10 % control)
    on both counts, so it used to load as a page of Windows-1252 garbage and be analysed."""
    import random
    import zlib

    for seed in range(12):
        data = zlib.compress(random.Random(seed).randbytes(20000), 9)  # as random as gzip gets
        with pytest.raises(BinaryFile):
            decode_bytes(data)


def test_text_with_a_few_stray_control_bytes_still_loads() -> None:
    text = ("Talks resumed in Geneva on Monday. " * 30).encode()
    for stray in (b"\x1a", b"\x00", b"\x01\x02", b"\x1b[31m"):
        assert decode_bytes(text + stray + text).text.startswith("Talks")
    assert decode_bytes(b"caf\xe9 \x1a").text.startswith("caf")  # short cp1252 + DOS EOF mark
