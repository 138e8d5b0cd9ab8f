"""The one safe path from untrusted strings to what a widget shows.

Document text, titles, file names, YAML values and error messages are data, never markup: in
Textual 8 almost every widget parses a plain ``str`` as markup (a stray ``[/]`` crashes, ``[R-TX]``
vanishes, ``[@click=app.quit]`` becomes a live action) and ``textual.markup.escape`` can be
bypassed.  And no widget strips ESC/C1/NUL/DEL, so control characters are neutralised here too,
even though the corpus layer already cleaned the text (defence in depth: labels also come from
exception messages and paths).

Every label derived from documents goes through :func:`label` (Textual ``Content``) or
:func:`rich_label` (Rich ``Text``, for Tree/DataTable); the reader's own strips go through
:func:`line_text`.  Links are made only from :func:`link_for`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.text import Text
    from textual.app import App
    from textual.content import Content
    from textual.notifications import SeverityLevel
    from textual.widget import Widget

# Same-length translation for a line of document text about to become a Segment: newlines and
# tabs inside a wrapped line are spaces; any control character left is a replacement mark.
_LINE_TABLE = {0x0A: " ", 0x09: " ", 0x0D: " "}
# Zero-width characters that only steer line breaking or are invisible operators (a word
# joiner after the hyphen of "Prime-Minister", zero-width spaces in pasted web text): shown
# raw they are noise some terminals draw as a box. They are dropped on the way to the screen
# only: the document text keeps them, so every offset (an extracted item's span, a search
# hit, a place in the reader) still points where it did. Their cell width is 0, so dropping
# them from a rendered line leaves its layout as it was. ZWJ and ZWNJ stay: scripts and emoji
# sequences need them.
_INVISIBLE = dict.fromkeys((0x200B, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x180E))


def safe_str(value: object, limit: int = 500) -> str:
    """A printable one-line string for labels (shortened to ``limit`` characters)."""
    # Imported here: the corpus package costs ~80 ms at start-up, before the first frame.
    from briefing.common.textsafe import display_safe

    return display_safe(value, limit).translate(_INVISIBLE)


def shown(text: str) -> str:
    """``text`` (already :func:`line_text`) as drawn: zero-width characters dropped. Only on
    a piece whose offsets are done with (a rendered segment): it may be shorter."""
    return text.translate(_INVISIBLE)


def shown_spans(text: str, spans: list[tuple[int, int]]
                ) -> tuple[str, list[tuple[int, int]]]:
    """:func:`shown` of ``text`` with ``spans`` (offsets into ``text``) moved to match."""
    if not any(ord(ch) in _INVISIBLE for ch in text):
        return text, spans
    kept = [0]  # kept[i]: how many characters of text[:i] are drawn
    for ch in text:
        kept.append(kept[-1] + (ord(ch) not in _INVISIBLE))
    return shown(text), [(kept[min(a, len(text))], kept[min(b, len(text))]) for a, b in spans]


def label(value: object, limit: int = 500, style: str = "") -> Content:
    """``Content`` for any widget label: never parsed as markup, control characters neutralised."""
    from textual.content import Content

    content = Content(safe_str(value, limit))
    return content.stylize(style) if style else content


def rich_label(value: object, limit: int = 500, style: str = "") -> Text:
    """Rich ``Text`` for Tree labels and DataTable cells (which do not take ``Content``)."""
    from rich.text import Text

    return Text(safe_str(value, limit), style=style)


def line_text(text: str) -> str:
    """A slice of document text ready to become one rendered line (same length)."""
    from briefing.common.textsafe import clean_text

    return clean_text(text).translate(_LINE_TABLE)


def link_for(url: object) -> str | None:
    """The URL if it may become a clickable link (plain http(s)/mailto only), else ``None``."""
    from briefing.common.textsafe import safe_url

    return safe_url(url)


def notify_safe(widget: Widget | App[Any], message: object, *,
                severity: SeverityLevel = "information", timeout: float | None = None) -> None:
    """``notify`` with untrusted text: markup off, sanitised."""
    widget.notify(safe_str(message, 300), severity=severity, timeout=timeout, markup=False)
