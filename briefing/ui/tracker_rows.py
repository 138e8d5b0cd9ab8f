"""The rows of the NEGOTIATION TRACKER's two lists: what each item shows and what ``enter`` on
it opens.

:func:`thread_rows` and :func:`text_rows` build the document mode's list (a thread's agenda,
rounds, status evidence, open questions and the other threads; the document's timeline and
quotes), :func:`history_rows` the corpus mode's (each history's heading and its steps).  A row
is ``(prompt, target)``: the prompt is :class:`~textual.content.Content` built from
``safe_text`` (document text is never markup), the target an :class:`Evidence`, a
:class:`ThreadRow`, a :class:`~briefing.answers.history.HistoryStep` or ``None`` (a heading).
The panel itself (:mod:`briefing.ui.tracker`) owns the widgets, the modes and the keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as _date

from textual.content import Content

from briefing.answers.history import History, HistoryStep
from briefing.common.textsafe import quoted_sentence
from briefing.model import Briefing, Negotiation, Span
from briefing.ui.hanging import hanging, keep_together
from briefing.ui.panel_groups import name_of_id
from briefing.ui.panel_style import (
    ISSUE_MARKS,
    ISSUE_NAMES,
    OUTCOME_MARKS,
    OUTCOME_NAMES,
    STATUS_NAMES,
    TREND_MARKS,
    issue_style,
    safe_text,
    status_variable,
)

EXCERPT = 160  # characters of a quote or timeline label shown in the list
EVIDENCE_EXCERPT = 100  # characters of an evidence sentence (the reader shows it whole)
MAX_HISTORIES = 100
MAX_STEPS = 100  # per history: the latest ones

Row = tuple[Content, object | None]


# -- list targets ---------------------------------------------------------------------------------


class Evidence:
    """A row's evidence: ``enter`` shows its spans in ``path``, one after another."""

    __slots__ = ("path", "spans")

    def __init__(self, path: str, spans: Sequence[Span]) -> None:
        self.path = path
        self.spans = tuple(spans)


class ThreadRow:
    """A row naming another negotiation thread of the document (enter shows it)."""

    __slots__ = ("index",)

    def __init__(self, index: int) -> None:
        self.index = index


# -- the lists ------------------------------------------------------------------------------------


def thread_rows(thread: Negotiation, threads: Sequence[Negotiation], shown: int,
                briefing: Briefing, variables: dict[str, str]) -> list[Row]:
    """The thread's agenda and rounds (they say most in the least space), then its status
    evidence ("why", short excerpts: enter shows the whole sentence), its open questions and
    the document's other threads (``shown``: the index of ``thread`` in ``threads``)."""
    path = briefing.document.path
    rows: list[Row] = []
    if thread.issues:
        rows.append(_heading("Agenda", len(thread.issues)))
        for issue in thread.issues:
            rows.append((_issue_prompt(issue.label, issue.status, variables),
                         Evidence(path, issue.evidence)))
    if thread.rounds:
        rows.append(_heading("Rounds", len(thread.rounds)))
        for round_ in thread.rounds:
            rows.append((_round_prompt(round_.place, round_.date, round_.outcome,
                                      briefing.document.published),
                         Evidence(path, round_.evidence)))
    rows += _evidence_section("Why", thread.status_evidence, path)
    rows += _evidence_section("Open questions", thread.open_questions, path)
    others = [(i, t) for i, t in enumerate(threads) if i != shown]
    if others:
        rows.append(_heading("Other threads", len(others)))
        for index, other in others:
            rows.append((_thread_prompt(other), ThreadRow(index)))
    return rows


def text_rows(briefing: Briefing, names: dict[str, str]) -> list[Row]:
    """The document's dated timeline (sorted by date) and its quotes (in text order), whatever
    thread is shown; ``names``: actor id -> name, for the speakers."""
    path = briefing.document.path
    rows: list[Row] = []
    if briefing.timeline:
        events = sorted(briefing.timeline, key=lambda e: (e.date, e.evidence.start))
        rows.append(_heading("Timeline", len(events)))
        for event in events:
            rows.append((hanging(Content.assemble(
                (event.date, "bold"), " ", safe_text(event.label, EXCERPT)),
                len(event.date) + 1), Evidence(path, (event.evidence,))))
    if briefing.quotes:
        rows.append(_heading("Quotes", len(briefing.quotes)))
        for quote in sorted(briefing.quotes, key=lambda q: q.start):
            rows.append((_quote_prompt(quote.text, quote.speaker, quote.date, names),
                         Evidence(path, (Span(quote.start, quote.end, quote.text),))))
    return rows


def history_rows(shown: Sequence[History], current: History | None, here: str | None,
                 thread: Negotiation | None, variables: dict[str, str],
                 ) -> tuple[list[Row], HistoryStep | None]:
    """The rows of the first :data:`MAX_HISTORIES` histories (each its latest
    :data:`MAX_STEPS` steps), and the step to highlight: the first of ``current`` (the history
    of the thread shown) in the document at ``here`` that belongs to ``thread``."""
    rows: list[Row] = []
    highlight: HistoryStep | None = None
    for history in shown[:MAX_HISTORIES]:
        rows.append((_history_heading(history), None))
        steps = history.steps
        if len(steps) > MAX_STEPS:
            rows.append((Content.assemble(
                (f"… {len(steps) - MAX_STEPS} earlier steps", "italic $text-muted")), None))
            steps = steps[-MAX_STEPS:]
        for step in steps:
            rows.append((_step_prompt(step, history, variables), step))
            if (highlight is None and history is current and step.path == here
                    and (thread is None or step.negotiation_id == thread.id)):
                highlight = step
    if len(shown) > MAX_HISTORIES:
        rows.append((Content.assemble(
            (f"… {len(shown) - MAX_HISTORIES} more, with fewer documents (f: filter)",
             "italic $text-muted")), None))
    return rows, highlight


# -- rendering (Content only) ----------------------------------------------------------------------


def _heading(title: str, count: int) -> tuple[Content, None]:
    return Content.assemble((f"{title.upper()} · {count:,}", "bold $text-accent")), None


def _excerpt(text: str) -> str:
    return safe_text(text, EXCERPT)


def _evidence_section(title: str, spans: Sequence[Span], path: str,
                      ) -> list[Row]:
    if not spans:
        return []
    rows: list[Row] = [_heading(title, len(spans))]
    for span in spans:
        rows.append((hanging(Content.assemble(
            ("“", "$text-muted"), safe_text(quoted_sentence(span.text), EVIDENCE_EXCERPT),
            ("”", "$text-muted")), 1), Evidence(path, (span,))))
    return rows


def _issue_prompt(label: str, status: str, variables: dict[str, str]) -> Content:
    mark = ISSUE_MARKS.get(status, "·")
    return hanging(Content.assemble(
        (mark, f"bold {issue_style(variables, status)}"), " ", safe_text(label, 100),
        ("  " + ISSUE_NAMES.get(status, safe_text(status, 30)), "$text-muted"),
    ), len(mark) + 1)


def days_before(date: str | None, published: str | None) -> int | None:
    """Whole days from ``date`` to ``published`` when both are full ``YYYY-MM-DD`` dates."""
    if not date or not published or len(date) != 10 or len(published) != 10:
        return None
    try:
        return (_date.fromisoformat(published) - _date.fromisoformat(date)).days
    except ValueError:
        return None


def _relative(days: int) -> str:
    if days == 0:
        return "same day"
    if days == 1:
        return "the day before"
    if days == -1:
        return "the day after"
    return f"{days} days before" if days > 0 else f"{-days} days after"


def _round_prompt(place: str | None, date: str | None, outcome: str | None,
                  published: str | None = None) -> Content:
    parts: list[str | tuple[str, str]] = [(safe_text(place, 60) if place else "unknown place",
                                           "bold")]
    if date:
        parts.extend([" · ", date])
        days = days_before(date, published)
        if days is not None:  # "a week before publication" is what the reader wants to see
            parts.append((f" ({_relative(days)})", "$text-muted"))
    if outcome:
        mark = OUTCOME_MARKS.get(outcome, "")
        name = OUTCOME_NAMES.get(outcome, safe_text(outcome, 30))
        parts.extend([" · ", (f"{mark} {name}" if mark else name, "$text-muted")])
    return hanging(Content.assemble(*parts), 2)


def _thread_prompt(thread: Negotiation) -> Content:
    mark = "✎ " if thread.origin == "user" else ""  # the user corrected it
    return hanging(Content.assemble(
        (mark, "$text-accent"), safe_text(thread.label, 100),
        ("  " + keep_together(STATUS_NAMES.get(thread.status, safe_text(thread.status, 30))),
         "$text-muted"),
    ), len(mark) or 2)


def _quote_prompt(text: str, speaker: str | None, date: str | None,
                  names: dict[str, str]) -> Content:
    who = safe_text(names.get(speaker) or name_of_id(speaker), 60) if speaker else \
        "unattributed"
    parts: list[str | tuple[str, str]] = [(who, "bold"), ": ", ("“", "$text-muted"),
                                          _excerpt(text), ("”", "$text-muted")]
    if date:
        parts.extend(["  ", (date, "$text-muted")])
    return hanging(Content.assemble(*parts), 2)


def _history_heading(history: History) -> Content:
    names = " · ".join(safe_text(n, 60) for n in history.names) or safe_text(history.label, 100)
    count = history.document_count
    parts: list[str | tuple[str, str]] = [(names, "bold $text-accent")]
    if history.mediator_names:
        parts.append(("  via " + ", ".join(safe_text(n, 40) for n in history.mediator_names[:3]),
                      "$text-accent"))
    parts.append(("  " + keep_together(f"{count:,} doc{'s' if count != 1 else ''}"),
                  "$text-muted"))
    topic = " — ".join(x for x in (safe_text(history.topic, 80),
                                   keep_together(_span(history.first_date, history.last_date)))
                       if x)
    if topic:
        parts.extend(["\n", (topic, "italic $text-muted")])
    # Each line wraps under its own start, two cells in: "conflict and security; cea…" lost
    # the topic at 28 columns, and a wrapped name at column 0 read like the next history.
    return hanging(Content.assemble(*parts), 0, indent=2)


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return first if not last or last == first else f"{first} – {last}"


def _step_prompt(step: HistoryStep, history: History, variables: dict[str, str]) -> Content:
    status = STATUS_NAMES.get(step.status, safe_text(step.status, 30))
    colour = f"${status_variable(variables, step.status)}"
    when = step.date or "undated"
    if step.trend:  # glued to the status: a lone "↗" on a line of its own says nothing
        status = f"{status} {TREND_MARKS.get(step.trend, '')}".rstrip()
    # One label, never split ("near / agreement ↗" at 28 columns): it moves down whole.
    parts: list[str | tuple[str, str]] = [(when, "bold"), " ", ("●", colour), " ",
                                          keep_together(status)]
    parts.extend(["\n", "  ", (safe_text(step.title, 140), "$text-muted")])
    if step.label and step.label != history.label:
        parts.extend(["\n", "  ", (safe_text(step.label, 100), "italic $text-muted")])
    for round_ in step.rounds[:3]:
        bits = [b for b in (round_.place, round_.date,
                            OUTCOME_NAMES.get(round_.outcome or "", round_.outcome)) if b]
        if bits:
            parts.extend(["\n", "  ", ("round: " + safe_text(" · ".join(bits), 100),
                                         "$text-muted")])
    # The status hangs after the date and its dot; the title and details after their indent.
    return hanging(Content.assemble(*parts), len(when) + 3)
