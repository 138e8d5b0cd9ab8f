"""Why a timeline item is spurious, missed or misdated: one cause per error, counted per source.

Used by ``timeline_errors.py --causes`` so the classification of a session's errors is not
rebuilt by hand each time.  Everything here works on the scorer's normalised items (``span``,
``date``; gold also ``precision`` and ``tol``), the document text and its published date, so the
tests feed it invented gold/prediction pairs without the shared kit.

Spurious items (T-EXTRA), first cause that fits (what the words are, then how the date
stands to gold's):

* ``dup-evidence`` -- its evidence overlaps a gold item another predicted item already matched;
* ``header-date`` -- a date standing alone on a line of the document's head (a transcript's or
  statement's own date line);
* ``horizon-year`` -- a year after the published date: a target or plan year;
* ``deadline`` -- the date follows "by", "until", "before", "by the end of";
* ``recurring`` -- the sentence names a recurring event (annual, every, each year, anniversary);
* ``period`` -- a year, month or quarter behind a figure or a stretch (quarter, fiscal, per cent,
  "last year", "since", "until");
* ``same-day-again`` -- its date is right for a gold item matched elsewhere: the same event (or
  an unannotated second event of that day) said again;
* ``right-date-elsewhere`` -- its date is right for a gold item nothing matched: our item sits on
  other evidence than gold's (counts once here and once as a miss);
* ``future-plan`` -- after the published date: a dated future step gold leaves out;
* ``report-day`` -- the published day itself (a "today" / weekday of the report gold leaves out);
* ``relative-ref`` -- relative words (no digit, no month name) we date and gold does not;
* ``absolute-ref`` -- a written date gold does not annotate.

Missed items (T-MISS): ``elsewhere`` (an unmatched predicted item has its date: the mirror of
``right-date-elsewhere``), ``span-taken`` (a predicted item overlaps it but matched another gold
item), ``second-event`` (another gold item of the same date was matched), then by the gold
evidence's form: ``missed-relative``, ``missed-absolute``.

Misdated pairs (T-DATE): ``report-day-default`` (we gave the published day), ``coarser`` (our
date is shorter than gold's precision), ``near`` (within a week of gold's), ``far``.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

Item = dict[str, Any]
DateOk = Callable[[Item, str | None], int]

PRECISION_LEN = {"day": 10, "month": 7, "year": 4}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
_MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b", re.I)
_RECURRING_RE = re.compile(r"\b(annual(ly)?|every|each (year|month|week)|anniversary|yearly|"
                           r"weekly|monthly)\b", re.I)
_PERIOD_RE = re.compile(r"(\bquarter\b|\bfiscal\b|\bper ?cent\b|%|\b(last|this|previous|past) "
                        r"(year|month)\b|\bsince\b|\buntil\b|\bthrough\b|\bfirst half\b|"
                        r"\bsecond half\b|\byear[- ]on[- ]year\b|\bbudget\b|\bforecast\b|"
                        r"\bgrowth\b|\bprofits?\b|\bsales\b)", re.I)
_DEADLINE_RE = re.compile(r"\b(by|until|till|before|no later than|deadline of|due)\s+(the\s+)?"
                          r"(end|middle|close|start)?(\s+of)?\s*$", re.I)
_ALONE_DATE_RE = re.compile(r"^\W*((\w+day),?\s+)?(\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4}|"
                            r"\d{4}-\d\d-\d\d)\W*$")


def scorer_date_ok(gt: Item, pdate: str | None) -> int:
    """The shared scorer's rule: equal at gold's precision, or within its tolerance in days."""
    if not pdate:
        return 0
    n = PRECISION_LEN.get(gt.get("precision", "day"), 10)
    if len(pdate) >= n and pdate[:n] == gt["date"][:n]:
        return 1
    tol = int(gt.get("tol") or 0)
    g, p = _day(gt["date"]), _day(pdate)
    return int(bool(tol > 0 and g and p and abs((g - p).days) <= tol))


def _day(s: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(s[:10]) if s and len(s) >= 10 else None
    except ValueError:
        return None


def _overlap(a: Sequence[int], b: Sequence[int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[Item], pred: list[Item], date_ok: DateOk = scorer_date_ok) -> dict[int, int]:
    """The scorer's pairing: overlapping evidence, right date first, then larger overlap."""
    cands = []
    for i, gt in enumerate(gold):
        for j, pt in enumerate(pred):
            ov = _overlap(gt["span"], pt["span"])
            if ov > 0:
                cands.append(((date_ok(gt, pt["date"]), ov, -i, -j), i, j))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _k, i, j in sorted(cands, key=lambda c: c[0], reverse=True):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _sentence(text: str, span: Sequence[int]) -> str:
    s, e = span
    a = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1)
    b = text.find(". ", e)
    return text[a:len(text) if b < 0 else b + 1]


def _line(text: str, span: Sequence[int]) -> str:
    a = text.rfind("\n", 0, span[0]) + 1
    b = text.find("\n", span[1])
    return text[a:len(text) if b < 0 else b]


def _relative(words: str) -> bool:
    return not re.search(r"\d", words) and not _MONTH_RE.search(words)


def extra_cause(j: int, gold: list[Item], pred: list[Item], tm: dict[int, int], text: str,
                published: str | None, date_ok: DateOk = scorer_date_ok) -> str:
    """The cause of the unmatched predicted item ``pred[j]``."""
    pt = pred[j]
    for i, gt in enumerate(gold):
        if i in tm and _overlap(gt["span"], pt["span"]) > 0:
            return "dup-evidence"
    words = text[pt["span"][0]:pt["span"][1]]
    date = pt["date"] or ""
    future = bool(published and date[:len(published)] > published[:len(date)])
    sentence = _sentence(text, pt["span"])
    # what the words are comes first (a plan year, a period behind a figure, a deadline is not
    # an event however often its date recurs), then how the date stands to gold's
    if pt["span"][0] < 400 and _ALONE_DATE_RE.match(_line(text, pt["span"])):
        return "header-date"
    if future and len(date) == 4:
        return "horizon-year"
    if _DEADLINE_RE.search(text, max(0, pt["span"][0] - 25), pt["span"][0]):
        return "deadline"
    if _RECURRING_RE.search(sentence):
        return "recurring"
    if len(date) < 10 and _PERIOD_RE.search(sentence):
        return "period"
    same = [i for i, gt in enumerate(gold) if date_ok(gt, pt["date"])]
    if any(i in tm for i in same):
        return "same-day-again"
    if same:
        return "right-date-elsewhere"
    if future:
        return "future-plan"
    if published and date == published[:10]:
        return "report-day"
    return "relative-ref" if _relative(words) else "absolute-ref"


def miss_cause(i: int, gold: list[Item], pred: list[Item], tm: dict[int, int], text: str,
               date_ok: DateOk = scorer_date_ok) -> str:
    """The cause of the unmatched gold item ``gold[i]``."""
    gt = gold[i]
    used = set(tm.values())
    if any(j not in used and date_ok(gt, pt["date"]) for j, pt in enumerate(pred)):
        return "elsewhere"
    if any(j in used and _overlap(gt["span"], pt["span"]) > 0 for j, pt in enumerate(pred)):
        return "span-taken"
    if any(k in tm and k != i and g2["date"] == gt["date"] for k, g2 in enumerate(gold)):
        return "second-event"
    return "missed-relative" if _relative(text[gt["span"][0]:gt["span"][1]]) else "missed-absolute"


def date_cause(gt: Item, pt: Item, published: str | None) -> str:
    """The cause of a matched pair whose date is wrong."""
    pdate = pt["date"] or ""
    if published and pdate == published[:10] and gt["date"] != pdate:
        return "report-day-default"
    if len(pdate) < PRECISION_LEN.get(gt.get("precision", "day"), 10):
        return "coarser"
    g, p = _day(gt["date"]), _day(pdate)
    return "near" if g and p and abs((g - p).days) <= 7 else "far"


def causes(gold: list[Item], pred: list[Item], text: str, published: str | None,
           date_ok: DateOk = scorer_date_ok) -> list[tuple[str, str, Item]]:
    """Every error of one document as (kind, cause, item): kind T-EXTRA, T-MISS or T-DATE."""
    tm = match(gold, pred, date_ok)
    out: list[tuple[str, str, Item]] = []
    for i, j in tm.items():
        if not date_ok(gold[i], pred[j]["date"]):
            out.append(("T-DATE", date_cause(gold[i], pred[j], published), pred[j]))
    for j, pt in enumerate(pred):
        if j not in tm.values():
            out.append(("T-EXTRA", extra_cause(j, gold, pred, tm, text, published, date_ok), pt))
    for i, gt in enumerate(gold):
        if i not in tm:
            out.append(("T-MISS", miss_cause(i, gold, pred, tm, text, date_ok), gt))
    return out


def source_of(path: str) -> str:
    """The corpus a document comes from (whitehouse, reuters, bbc, wikinews, articles, seed)."""
    for name in ("whitehouse", "reuters", "bbc", "wikinews", "articles", "seeds"):
        if f"/{name}/" in f"/{path}":
            return "seed" if name == "seeds" else name
    return "other"


def table(counts: Counter[tuple[str, str, str]]) -> str:
    """Counts of (kind, cause, source) as one row per kind and cause, a column per source."""
    sources = sorted({s for _k, _c, s in counts})
    rows = sorted({(k, c) for k, c, _s in counts},
                  key=lambda kc: (kc[0], -sum(counts[(kc[0], kc[1], s)] for s in sources)))
    lines = [f"{'kind':8} {'cause':21} {'all':>4} " + " ".join(f"{s[:10]:>10}" for s in sources)]
    for k, c in rows:
        n = [counts[(k, c, s)] for s in sources]
        lines.append(f"{k:8} {c:21} {sum(n):4} " + " ".join(f"{x:10}" for x in n))
    return "\n".join(lines)
