"""A thread's agenda: its issues, each with a status and the sentences that give it.

Issues come from an issue lexicon in negotiation sentences; their status from the nearest status
cue in the sentence (goal clauses make an *objective*).  Each item of an enumerated agenda list
is an issue; one item per topic in a thread, labelled by
:mod:`~briefing.extract.negotiations.labels` (a complete phrase); an item with no cue of its own
is open unless the deal is agreed (a deal that is only near agrees nothing yet); preconditions
and demands make contested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.labels import issue_label, item_label
from briefing.extract.negotiations.state import TrackerState
from briefing.extract.negotiations.units import Unit
from briefing.model import Issue

_ISSUE_PRIORITY = {"contested": 0, "open": 1, "provisionally_agreed": 2, "agreed": 3,
                   "objective": 4, "objective_weak": 5}


_NEXT_STEPS = re.compile(r"\b(?:steps|next phase|series of|roadmap|eventually|in the future)\b",
                         re.IGNORECASE)


_LIST_STOP = re.compile(r"[—–:;()]|\s-\s|\.\s|\.$|\b(?:were|was|are|is|have|has|will)\b")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
# "principal concerns—a, b, and c": an enumerated agenda, one issue per item.
_LIST_HEAD = re.compile(r"\b(?:concerns|issues|priorities|agenda|topics|areas|points|questions|"
                        r"demands|elements|components|pillars)\s*(?:[—–:]|,?\s+(?:including|such as|"
                        r"namely)\s+)", re.IGNORECASE)


@dataclass(slots=True)
class _Entry:
    """An issue being gathered: its key, status (None: no cue yet), evidence and label."""

    key: str
    status: str | None
    label: str
    evidence: list[Unit] = field(default_factory=list)


def issues(st: TrackerState, units: list[Unit], thread_status: str) -> list[Issue]:
    """The issues of the thread whose sentences are ``units`` and whose status is
    ``thread_status``."""
    # an agreed deal agrees its items; a deal that is only near does not make every item
    # provisionally agreed: an item without a cue of its own is open
    default = "agreed" if thread_status in ("agreed", "implementing") else "open"
    found: dict[tuple[str, str], _Entry] = {}
    order: list[tuple[str, str]] = []
    for u in units:
        if u.is_title:
            continue
        if not (u.negotiation or "ctx" in u.flags):
            continue
        matches = [h for h in st.issue_matches.within(u.start, u.end)
                   if not st.claimed_at(h[0], h[1]) and not st.in_name(h[0], h[1])]
        if not matches:
            continue
        cues = st.issue_cue_matches.within(u.start, u.end, exclusive=False)
        items = _list_items(st.text, u) if u.negotiation else []
        if items:
            # "principal concerns—a, b, and c—were addressed": one issue per item, each with
            # the status the sentence gives the whole list
            list_status = min((c[2] for c in cues if c[2] not in ("objective_weak", "open")),
                              key=lambda lab: _ISSUE_PRIORITY[lab], default=None)
            in_list = [m for m in matches if any(a <= m[0] < b for a, b in items)]
            for a, b in items:
                keyed = [m for m in in_list if a <= m[0] < b]
                key = keyed[0][2] if keyed else next(
                    (k for k, pattern in lex.LIST_ITEM_KEYS if pattern.search(st.text, a, b)),
                    "other")
                slot = (key, st.text[a:b].lower()) if key == "other" else (key, "")
                if slot in found:
                    continue
                found[slot] = _Entry(key, list_status, item_label(st.text, a, b, key), [u])
                order.append(slot)
            matches = [m for m in matches if m not in in_list]
        for s, e, key in sorted(matches):
            status = _issue_status(cues, s, e, u)
            if status == "objective_weak":
                # "agreed to ensure …" or a commitment in an agreed deal; else a purpose
                # (in an agreed deal, unless the sentence plans next steps: "steps to reach a
                # durable cessation of hostilities" is still an objective)
                agreed = lex.COMMITMENT_BEFORE.search(st.text, max(u.start, s - 60), s) or (
                    thread_status in ("agreed", "implementing")
                    and not _NEXT_STEPS.search(st.text, u.start, s))
                status = "agreed" if agreed else "objective"
            # an objective ("steps to reach a durable cessation of hostilities") is another
            # issue than the same key agreed or disputed (the truce already in force)
            label = issue_label(st.text, s, e, u.end, key)
            slot = (key, label.lower() if key == "other" else "")
            entry = found.get(slot)
            if entry is None:
                entry = found[slot] = _Entry(key, status, label)
                order.append(slot)
            elif entry.status is None and status is not None:
                entry.status = status
            if u not in entry.evidence and len(entry.evidence) < 3:
                entry.evidence.append(u)
    out = []
    for slot in order:
        entry = found[slot]
        ev = tuple(st.doc.span(u.start, u.end) for u in entry.evidence)
        out.append(Issue(entry.key, entry.label, entry.status or default, ev))
    return out


def _list_items(text: str, u: Unit) -> list[tuple[int, int]]:
    """The items of an enumerated agenda in ``u`` ("concerns—a, b, and c—"), as spans."""
    head = _LIST_HEAD.search(u.text)
    if head is None:
        return []
    lo = u.start + head.end()
    rest = text[lo:u.end]
    stop = _LIST_STOP.search(rest)
    body = rest[:stop.start()] if stop else rest
    items: list[tuple[int, int]] = []
    pos = 0
    for part in _LIST_SPLIT.split(body):
        at = body.find(part, pos)
        pos = at + len(part)
        words = part.split()
        if 1 <= len(words) <= 6 and part.strip():
            start = lo + at + (len(part) - len(part.lstrip()))
            items.append((start, lo + at + len(part.rstrip())))
    return items if len(items) >= 3 else []


def _issue_status(cues: list[tuple[int, int, str]], s: int, e: int,
                  u: Unit) -> str | None:
    """The status the nearest cue of ``cues`` gives the issue at ``s``-``e``."""
    inside = [c for c in cues if s <= c[0] and c[1] <= e]
    if inside:  # "air force would be grounded": the cue inside the trigger
        return min(inside)[2]
    # a cue may end inside the trigger ("to improve relations")
    before = [c for c in cues if c[0] < s and c[1] <= e and s - c[1] <= 120]
    if before:
        nearest = max(c[1] for c in before)
        labels = [c[2] for c in before if c[1] == nearest]
        label = min(labels, key=lambda lab: _ISSUE_PRIORITY[lab])
        if label == "objective_weak" and any(
                c[2] == "objective" and c[1] >= nearest - 12 for c in before):
            return "objective"  # "in an effort to halt": the stated purpose
        return label
    after = [c for c in cues if c[0] >= e and c[0] - e <= 60]
    if after:
        return min(after, key=lambda c: c[0])[2]
    return None
