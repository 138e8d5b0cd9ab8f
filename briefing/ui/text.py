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


def safe_str(value: object, limit: int = 500) -> str:
    """A printable one-line string for labels (shortened to ``limit`` characters)."""
    # Imported here: the corpus package costs ~80 ms at start-up, before the first frame.
    from briefing.common.textsafe import display_safe

    return display_safe(value, limit)


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
