r"""Neutralising outside text: document text and file names are data, never terminal instructions.

The one cleaning step for all outside text, on every output (screen, memo, JSON, stderr):

* :func:`clean_text` is for document text.  It replaces every dangerous code point by one other
  code point, so the result has the same length and every offset into it stays valid.
* :func:`display_safe` is for short strings that are only shown (file names, error messages,
  YAML values): it may shorten or expand them.
* :func:`json_text` / :func:`write_json` are the one way briefing writes JSON (output, state,
  caches): always valid UTF-8, even for file names that are not (see below);
  :func:`write_utf8` writes the document formats (JSON, YAML, the memo) as UTF-8 bytes
  whatever the locale.
* :func:`output_line` is a line for stderr or a plain listing.
* :func:`valid_key_name` / :func:`valid_binding_id`: outside text that becomes a key binding
  (and is shown in the footer) is validated, not cleaned.

File names that are not valid UTF-8 (a Latin-1 ``caf\xe9.txt`` from an old archive) are carried
inside briefing the way Python's ``os.fsdecode`` gives them: each undecodable byte is a lone
surrogate ``U+DC80``..``U+DCFF`` (PEP 383), so the name still opens the file.  On the screen,
in the memo and on stderr such a byte shows as ``\ufffd``; in JSON it is written as the escape
``\udcXX`` (``os.fsencode(json.loads(...))`` gives back the original bytes); in YAML as
``"\uDCXX"``.

Textual and Rich strip only BEL, BS, VT, FF and CR; ESC, C1, NUL, SO/SI and DEL reach the
terminal from every widget (see the reliability notes), so this runs on everything before a widget
sees it.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from typing import TextIO

# C0 controls except TAB and LF, then DEL, then C1.
_C0 = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}  # control pictures
_C0[0x0D] = "\n"  # a lone CR is an old-Mac line end (CRLF is folded before this runs)
_TABLE: dict[int, str] = dict(_C0)
_TABLE[0x7F] = "\u2421"  # ␡
for _c in range(0x80, 0xA0):
    _TABLE[_c] = "\ufffd"
# Bidirectional overrides and isolates (Trojan Source) become a visible replacement character.
for _c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C):
    _TABLE[_c] = "\ufffd"
# Line and paragraph separators count as newlines, like everywhere else in the text.
_TABLE[0x2028] = "\n"
_TABLE[0x2029] = "\n"
# A byte-order mark inside the text is invisible noise.
_TABLE[0xFEFF] = " "
# Lone surrogates (an undecodable byte of a file name, PEP 383) cannot be printed or encoded.
for _c in range(0xD800, 0xE000):
    _TABLE[_c] = "\ufffd"

_DANGEROUS_CLASS = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff"
    "\ud800-\udfff]"
)


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled on first use: classes beyond Latin-1 cost the regex compiler
    ~0.2-0.5 ms each, which the reader would pay before its first frame for nothing."""
    return re.compile(pattern)


def clean_text(text: str) -> str:
    """Return ``text`` with control, bidi-override and separator characters replaced.

    The result has exactly the same length: offsets computed on it are offsets into the
    decoded file.
    """
    if not _pattern(_DANGEROUS_CLASS).search(text):
        return text
    return text.translate(_TABLE)


_SAFE_URL = re.compile(r"^(?:https?://|mailto:)[\x21-\x7e]+$")


def safe_url(url: object) -> str | None:
    """The URL if it is a plain http(s)/mailto URL of printable ASCII, else ``None``.

    Only such URLs may become links; nothing ever opens a local path or another scheme.
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if _SAFE_URL.match(url) else None


_LIST_MARKER = r"\A\s*(?:[-*•‣◦▪–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+"


def quoted_sentence(text: str) -> str:
    """A sentence shown between quotation marks (status evidence): without the list marker
    its paragraph began with ("- The two sides agreed …" is "The two sides agreed …"), and
    on one line."""
    return " ".join(_pattern(_LIST_MARKER).sub("", text, count=1).split())


def display_safe(value: object, limit: int = 500) -> str:
    """A short, printable form of ``value`` for labels, file names and messages."""
    text = clean_text(str(value)).replace("\n", " ").replace("\t", " ")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


_SURROGATE = "[\ud800-\udfff]"


def json_text(value: object, indent: int | None = None) -> str:
    """``value`` as JSON text that is always valid UTF-8 when encoded.

    Non-ASCII text stays readable (``ensure_ascii=False``); only lone surrogates -- the
    undecodable bytes of file names -- are written as ``\\udcXX`` escapes.  With
    ``ensure_ascii=False`` a real character is never written as a surrogate pair, so every
    surrogate in the output is such a lone one, and always inside a JSON string.
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    surrogate = _pattern(_SURROGATE)
    if surrogate.search(text):
        text = surrogate.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


def json_bytes(value: object, indent: int | None = None) -> bytes:
    return json_text(value, indent).encode("utf-8")


def write_json(value: object, out: TextIO, indent: int | None = 1) -> None:
    """Write ``value`` as JSON (see :func:`json_text`) and a newline to ``out``.

    As UTF-8 bytes to the stream's buffer when it has one, whatever the locale's encoding
    (``LANG=…ISO-8859-1`` would otherwise fail on the first character it lacks)."""
    write_utf8(json_text(value, indent) + "\n", out)


def write_utf8(text: str, out: TextIO) -> None:
    """Write a document format (JSON, YAML, the Markdown memo) to ``out`` as UTF-8 bytes when
    the stream has a buffer, whatever the locale's encoding; lone surrogates become U+FFFD."""
    data = text.encode("utf-8", "replace")
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8"))
        return
    out.flush()
    buffer.write(data)
    buffer.flush()


def _is_control(c: str) -> bool:
    """C0, DEL, C1, or an undecodable byte 0x80-0x9f of a file name (PEP 383 surrogate)."""
    o = ord(c)
    return o < 0x20 or o == 0x7F or 0x80 <= o < 0xA0 or 0xDC80 <= o < 0xDCA0


def path_bytes(path: str) -> bytes | None:
    """A file name as the bytes it has on disk, for a script or an editor to open (a name that
    is not UTF-8 still names the file); ``None`` when it holds a control character (a C0/C1
    byte or DEL) that a terminal would act on -- then only its display form may be printed."""
    if any(_is_control(c) for c in path):
        return None
    return os.fsencode(path)


def output_line(text: object) -> str:
    """One line of outside text for stderr or a plain-text listing (see :func:`display_safe`)."""
    return display_safe(text, 2000)


_MODIFIERS = re.compile(r"^(?:(?:ctrl|shift|alt|meta|super|hyper)\+)*")  # always matches
_KEY_WORD = re.compile(r"^[A-Za-z0-9_]{1,30}$")
_BINDING_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,60}$")


def valid_key_name(keys: object) -> bool:
    """Whether ``keys`` is a key list for a keymap: Textual key names (``ctrl+n``,
    ``right_square_bracket``, ``f1``) or single printable characters (``]``), comma-separated.

    Key names are shown in the footer and on the help screen, so anything else -- a control or
    escape sequence, markup, spaces -- is refused rather than cleaned."""
    if not isinstance(keys, str) or not 0 < len(keys) <= 60:
        return False
    for part in keys.split(","):
        base = _MODIFIERS.sub("", part, count=1)
        if _KEY_WORD.match(base):
            continue
        if len(base) == 1 and base.isprintable() and not base.isspace():
            continue
        return False
    return True


def valid_binding_id(binding: object) -> bool:
    """Whether ``binding`` looks like a binding id (``next-section``)."""
    return isinstance(binding, str) and bool(_BINDING_ID.match(binding))
