"""The tracker's corrections to the thread shown, and its head with the user's marks.

``s`` picks the thread's status from the model's statuses, ``e`` writes or edits its note (an
empty note removes it).  The panel posts :class:`~briefing.ui.curation_request.CurationRequested`; the screen's session
writes the sidecar's ``negotiations:`` section (structurally, atomically, with a backup) and
analyses the document again, so the tracker shows the correction at once.  The head marks the
values that are the user's with ``✎`` (:func:`briefing.extract.thread_curation.user_fields`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.actions import SkipAction
from textual.content import Content

from briefing.extract.thread_curation import user_fields
from briefing.model import NEGOTIATION_STATUSES
from briefing.ui.curation_request import curation_blocked, request_curation
from briefing.ui.hanging import Hanging, hanging, keep_together
from briefing.ui.panel_style import STATUS_NAMES, TREND_MARKS, USER_MARK, safe_text

if TYPE_CHECKING:
    from briefing.model import Briefing, Negotiation
    from briefing.ui.tracker import TrackerPanel


def _correctable_thread(panel: TrackerPanel, mode: str,
                        briefing: Briefing | None) -> tuple[Briefing, Negotiation] | None:
    """The document and the thread shown, to correct; ``None`` (said to the user) when the
    document has no thread or its sidecar cannot be edited now."""
    if mode != "document" or briefing is None:
        raise SkipAction()  # the histories: a thread is corrected in its document
    thread = panel.thread
    if thread is None:
        panel.notify("this document has no negotiation thread to correct", markup=False,
                     severity="warning", timeout=3)
        return None
    if curation_blocked(panel, briefing):
        return None
    return briefing, thread


def _request(panel: TrackerPanel, briefing: Briefing, op: str, thread_id: str,
             value: str) -> None:
    request_curation(panel, briefing, op, thread_id=thread_id, value=value)


def ask_status(panel: TrackerPanel, mode: str, briefing: Briefing | None) -> None:
    """A chooser of the statuses, the current one first; the choice goes to the sidecar."""
    from briefing.ui.dialogs import PickScreen

    found = _correctable_thread(panel, mode, briefing)
    if found is None:
        return
    briefing, thread = found
    order = [thread.status, *(s for s in NEGOTIATION_STATUSES if s != thread.status)]
    entries = [(STATUS_NAMES.get(s, s) + ("  (now)" if s == thread.status else ""), s)
               for s in order]

    def done(status: object | None) -> None:
        if isinstance(status, str) and status in NEGOTIATION_STATUSES:
            _request(panel, briefing, "status", thread.id, status)

    title = f"Status of {safe_text(thread.label, 60)}"
    panel.app.push_screen(PickScreen(title, entries), done)


def ask_note(panel: TrackerPanel, mode: str, briefing: Briefing | None) -> None:
    """A prompt prefilled with the thread's note; an empty answer removes it."""
    from briefing.ui.dialogs import PromptScreen

    found = _correctable_thread(panel, mode, briefing)
    if found is None:
        return
    briefing, thread = found
    mine = "note" in user_fields(briefing.document, thread)
    old = thread.note if mine and thread.note else ""

    def done(note: str | None) -> None:
        if note is not None and " ".join(note.split()) != old:
            _request(panel, briefing, "note", thread.id, note)

    title = f"Note on {safe_text(thread.label, 60)}"
    panel.app.push_screen(PromptScreen(title, value=old, placeholder="e.g. deal announced 9 Sep",
                                       hint="enter: save (empty: remove) · escape: cancel"),
                          done)


def _names(ids: Sequence[str], names: dict[str, str]) -> str:
    from briefing.ui.panel_groups import name_of_id

    # A name never parts on two lines when it fits on one ("United States · Soviet / Union").
    return " · ".join(keep_together(safe_text(names.get(i) or name_of_id(i), 60)) for i in ids)


# The head's lines (``#tracker-head``'s ``max-height`` in tracker_panel.tcss is only a guard):
# the trend line, then the label give way to the sides, the mediators and the user's marks.
HEAD_LINES = 6
ELLIPSIS = "…"
_CUT_AT = re.compile(r" |(?<=[–—])")  # between words, and after a dash ("Sudan–Rapid …")


def _cuts(label: str) -> list[str]:
    """The label's shorter forms, longest first, each cut at a word with "…"."""
    ends = sorted({m.start() for m in _CUT_AT.finditer(label) if m.start() > 0}, reverse=True)
    forms = (label[:end].rstrip(" ,;:–—-(") for end in ends)
    return [form + ELLIPSIS for form in forms if form]


_TOKEN = re.compile(r"[^ –—]+[–—]?|[–—]| +")


def _wrap_label(label: str, room: int) -> str:
    """``label`` broken into lines of ``room`` cells at its spaces and after its dashes, the
    later lines two spaces in (the head hangs them there): "United / States–Russia–Ukraine–Chi
    / na talks" was folded inside a name, a dashed run of names being one word to a wrap."""
    lines: list[str] = []
    line, space = "", False
    for token in _TOKEN.findall(label):
        if token.isspace():
            space = True
            continue
        joined = line + (" " if space and line else "") + token
        if line and cell_len(joined) > room:
            lines.append(line)
            joined = token
        line, space = joined, False
    lines.append(line)
    return "\n  ".join(lines)


class ThreadHead(Hanging):
    """The head laid out for a width, within :data:`HEAD_LINES` when it can be: first the
    trend line goes (the badge shows its arrow), then the label is cut at a word with "…".
    Cut at the panel's sixth line instead, a long label hid the mediators and "✎ status set
    by you", and three sides with two mediators hid the last mediator."""

    def __init__(self, label: str, count: str, trend: Content | None, rest: Content) -> None:
        self._label = label  # with the user's mark
        self._count = count  # "  2/3" (or "")
        self._trend = trend  # "↗ improving" (or None)
        self._rest = rest  # "\n" and the lines under the label and the trend
        super().__init__(self._assemble(label, trend), 0, indent=2)
        self._fitted: tuple[int, Hanging] | None = None

    def _assemble(self, label: str, trend: Content | None, width: int = 0) -> Content:
        if width > 4:  # laid out for a width: broken between words and after dashes
            label = _wrap_label(label, width - 2)
        parts: list[str | tuple[str, str] | Content] = [(label, "bold"),
                                                        (self._count, "$text-muted")]
        if trend is not None:
            parts.extend(["\n", trend])
        return Content.assemble(*parts, self._rest)

    def _fit(self, width: int) -> Hanging:
        if self._fitted is not None and self._fitted[0] == width:
            return self._fitted[1]
        tries: list[tuple[str, Content | None]] = (
            [(self._label, self._trend)] if self._trend is not None else [])
        tries += [(label, None) for label in (self._label, *_cuts(self._label))]
        for label, trend in tries:
            fitted = Hanging(self._assemble(label, trend, width), 0, indent=2)
            if fitted.height(width) <= HEAD_LINES:
                break  # else the shortest: the head grows (every line under the label shows)
        self._fitted = (width, fitted)
        return fitted

    def laid_out(self, width: int) -> Content:
        return self._fit(width).laid_out(width)

    def height(self, width: int) -> int:
        return self._fit(width).height(width)


def thread_head(thread: Negotiation, names: dict[str, str], index: int, count: int,
                briefing: Briefing) -> Content:
    """The thread's label, trend, sides and mediators, and what the user set (the note is
    the list's first item: :func:`note_rows`, where it wraps).  Each line wraps, hanging two
    cells in: cut with "…" at 28 columns the head lost a side ("United States · Soviet Uni…").
    The trend line, then the label give way when the head is too long (:class:`ThreadHead`)."""
    mine = user_fields(briefing.document, thread)
    label = safe_text(thread.label, 120)
    trend = (Content.assemble((f"{TREND_MARKS.get(thread.trend, '')} "
                               f"{safe_text(thread.trend, 30)}", "$text-muted"))
             if thread.trend else None)
    parts: list[str | tuple[str, str]] = []
    if thread.parties:
        parts.extend(["\n", _names(thread.parties, names)])
    if thread.mediators:
        parts.extend(["\n", ("mediator: " if len(thread.mediators) == 1 else "mediators: ",
                             "$text-muted"), _names(thread.mediators, names)])
    set_by_you = [f for f in ("status", "primary") if f in mine]
    if set_by_you:
        what = " and ".join("primary thread" if f == "primary" else f for f in set_by_you)
        parts.extend(["\n", (f"{USER_MARK} {what} set by you", "$text-accent")])
    return ThreadHead(f"{USER_MARK} {label}" if "label" in mine else label,
                      f"  {index + 1}/{count}" if count > 1 else "", trend,
                      Content.assemble(*parts))


def note_rows(thread: Negotiation, briefing: Briefing) -> list[tuple[Content, None]]:
    """The thread's note, whole (the user's marked ``✎``), for the top of the tracker's list."""
    if not thread.note:
        return []
    mine = "note" in user_fields(briefing.document, thread)
    heading = Content.assemble(("YOUR NOTE" if mine else "NOTE", "bold $text-accent"))
    text = safe_text(thread.note, 500)
    row: Content = Content.assemble((f"{USER_MARK} {text}", "$text-accent") if mine
                                    else (text, "italic $text-muted"))
    if mine:
        row = hanging(row, len(USER_MARK) + 1)
    return [(heading, None), (row, None)]
