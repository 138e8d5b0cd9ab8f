"""The timeline: every dated time expression, labelled by its clause, and the dated rounds.

The dateline dates the report; the same day said again of another event is its own item.  The
same date again is the same event: an absolute date always, a vague expression when repeated
word for word, otherwise when its clause says much the same or names the same person.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from briefing.extract.negotiations.rounds import CLAUSE_SPLIT
from briefing.extract.negotiations.state import TrackerState
from briefing.extract.negotiations.units import Unit
from briefing.model import Round, Span, TimeExpression, TimelineEvent

_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z .’'-]+(?:,\s*[A-Za-z .]+)?,\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:\(\w+\)\s*)?[-–—]")
_WHEN_AFTER = re.compile(r"\s*,?\s*when\s+([^,.;:!?]+)", re.IGNORECASE)
_DANGLING = frozenset({"on", "in", "at", "from", "since", "by", "of", "the", "a", "an", "to",
                       "until", "before", "after", "as", "early", "late", "and", "for"})


_VAGUE = re.compile(r"(?:earlier\s+|later\s+)?(?:today|tonight|this|next|coming|last|the)\b",
                    re.IGNORECASE)


_STOP = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "for", "with", "by", "from",
    "that", "this", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
    "as", "said", "says", "will", "would",
})
_PUBLISHED_BEFORE = re.compile(r"\b(?:published|released|issued|carried|broadcast|aired|"
                               r"printed|posted)\s+$", re.IGNORECASE)


def _content_words(text: str) -> set[str]:
    """The words of ``text`` that carry meaning (no stop words), lowercased."""
    return {w for w in re.findall(r"[a-z][a-z’'-]+", text.lower()) if w not in _STOP}


def _overlap(a: set[str], b: set[str]) -> float:
    """How much of the smaller of two word sets the other shares (0 to 1)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def timeline(st: TrackerState, rounds: list[tuple[Round, Span | None]]) -> list[TimelineEvent]:
    """The dated events of the document, in date order; ``rounds`` adds the rounds of talks
    dated by no time expression of their own."""
    events: list[TimelineEvent] = []
    units = [u for u in st.units if not u.is_title]
    by_text: dict[tuple[str, str], list[set[str]]] = defaultdict(list)
    by_value: dict[str, list[tuple[set[str], frozenset[str], bool, int]]] = defaultdict(list)
    quote_spans = sorted((q.start, q.end) for q in st.quotes)
    starts = [x.start for x in units]
    for t in st.times:
        if not t.value:
            continue
        if any(a <= t.start < b for a, b in quote_spans):
            continue  # the speaker's own "today" inside a quote dates no event
        k = bisect.bisect_right(starts, t.start) - 1
        u = units[k] if k >= 0 and t.start < units[k].end else None
        if u is not None and u.question and u.text.rstrip().endswith("?") \
                and not any(ch.isdigit() for ch in t.text):
            # an interrogative asserts no event ("Will they meet next week?"); a date
            # written out still names one ("the results of November 5th?")
            continue
        # …but a reporter's turn states events too ("Q The letters sent on Friday …")
        label = _event_label(st.text, t, u)
        words = _content_words(label)
        people = _people(st, u)
        # the same date again is the same event: an absolute date ("May 27") always; a
        # vague expression ("today", "next week") when repeated word for word; otherwise
        # when its clause says much the same or names the same person
        same_text = by_text[(t.value, t.text.lower())]
        same_value = by_value[t.value]
        if same_value and any(ch.isdigit() for ch in t.text):
            continue
        if same_text and (t.precision != "day" or t.tolerance_days or _VAGUE.match(t.text)):
            continue
        # the dateline dates the report; the same day said again of another event
        # ("remarks published today") is an event of its own
        # …but "MOSCOW, April 13 - … met today": the same day in the dateline's own
        # sentence is the event the dateline dates (unless it dates a publication the
        # report relays: "in remarks published today")
        unit_at = u.start if u is not None else -1
        relayed = bool(_PUBLISHED_BEFORE.search(st.text, max(0, t.start - 24), t.start))
        if any((not dateline and (_overlap(words, w) >= 0.5 or (people & p)))
               or (dateline and unit == unit_at and not relayed)
               for w, p, dateline, unit in same_value):
            continue
        same_text.append(words)
        same_value.append((words, people, _is_dateline(st.text, t), unit_at))
        events.append(TimelineEvent(t.value, label, st.doc.span(t.start, t.end),
                                    t.precision or "day", t.tolerance_days))
    for rnd, ev in rounds:
        if rnd.date is None or ev is None:
            continue
        if any(e.evidence.start < ev.end and ev.start < e.evidence.end for e in events):
            continue
        label = f"talks in {rnd.place}" + (f" ({rnd.outcome.replace('_', ' ')})"
                                           if rnd.outcome else "")
        events.append(TimelineEvent(rnd.date, label, ev,
                                    "day" if len(rnd.date) == 10 else "month", 1))
    events.sort(key=lambda e: (e.date, e.evidence.start))
    return events


def _is_dateline(text: str, t: TimeExpression) -> bool:
    """"BAHRAIN, March 19 -" at the head of a paragraph: the date of the report."""
    line_start = text.rfind("\n", 0, t.start) + 1
    return bool(_DATELINE_BEFORE.fullmatch(text, line_start, t.start)
                and _DATELINE_AFTER.match(text, t.end))


def _people(st: TrackerState, u: Unit | None) -> frozenset[str]:
    """The people named in ``u``."""
    if u is None:
        return frozenset()
    return frozenset(h.actor.id for h in st.index.within(u.start, u.end)
                     if h.actor.kind == "person")


def _event_label(text: str, t: TimeExpression, u: Unit | None) -> str:
    """A short label for the event ``t`` dates: its clause, trimmed."""
    if u is None:
        return t.text
    cuts = [u.start] + [u.start + m.end() for m in CLAUSE_SPLIT.finditer(u.text)] + [u.end]
    lo = max(c for c in cuts if c <= t.start)
    hi = min(c for c in cuts if c > t.start)
    when = _WHEN_AFTER.match(text, t.end, u.end)
    # "… from a week ago, when Kerry and Lavrov met in Geneva": what happened then
    clause = when.group(1) if when else (text[lo:t.start] + " " + text[t.end:hi]).strip()
    words = clause.split()
    if len(words) < 3:
        words = (text[u.start:t.start] + " " + text[t.end:u.end]).split()
    while words and (words[-1].lower().strip(",;:—-\"“”") in _DANGLING
                     or not words[-1].strip(",;:—-\"“”")):
        words.pop()  # "talks resumed on" reads better as "talks resumed"
    if len(words) > 12:
        words = words[:12] + ["…"]
    label = " ".join(words).strip(" ,;:-—\"“”")
    return label or t.text
