"""Actor extraction, acronyms the KB lacks: an all-capitals word of two to five letters that
a mixed-case text uses at least twice ("Shares in KTB rose ... KTB said") names an organisation.
Words in ``acronym_stop`` (units, measures, time zones, weapons classes: GDP, LNG, EST, INF)
and Roman numerals are not organisations; a speaker label or a capitals headline is not prose
(:func:`briefing.extract.actors.scan.acronym_in_prose`)."""

from __future__ import annotations

import re
from itertools import compress

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import acronym_in_prose
from briefing.knowledge import NAME

_ROMAN = re.compile(r"[IVXLC]+")
_SHAPE = re.compile(r"[A-Z]{2,5}")
_MIN_USES = 2


def _in_label(text: str, at: int) -> bool:
    """Is ``at`` inside a transcript's speaker label ("THE PRESIDENT:", "SENIOR OFFICIAL:")?"""
    lo = text.rfind("\n", 0, at) + 1
    colon = text.find(":", at, at + 60)
    if colon < 0 or "\n" in text[at:colon]:
        return False
    head = text[lo:colon]
    return not any(c.islower() for c in head)


def _spelled_out(text: str, raw: str) -> str | None:
    """The capitalised words before "(RAW)" whose initials spell ``raw``, if the text has
    them ("Joint Monitoring Team (JMT)")."""
    if f"({raw})" not in text:
        return None  # every match holds it (a test in C, not a regex tried at each position)
    m = re.search(r"((?:[A-Z][\w’'-]*\s+){" + str(len(raw)) + r"})\(" + re.escape(raw) + r"\)",
                  text)
    if m is None:
        return None
    words = m.group(1).split()
    return " ".join(words) if "".join(w[0] for w in words) == raw else None


def acronyms(run: ActorRun) -> None:
    """Organisations named by an all-capitals word the KB lacks, used at least twice."""
    t = run.t
    if t.upper_doc:
        return
    stop = run.w("acronym_stop")
    uses: dict[str, int] = {}
    for k in compress(range(t.n), t.caps):  # an acronym's first letter is a capital
        raw = t.raw[k]
        if len(raw) < 2 or len(raw) > 5 or run.taken[k] or not _SHAPE.fullmatch(raw):
            continue
        if t.norm[k] in stop or _ROMAN.fullmatch(raw) or not acronym_in_prose(t, k) \
                or _in_label(t.text, t.starts[k]):
            continue
        uses[raw] = uses.get(raw, 0) + 1
    local = run.local
    for raw, n in uses.items():
        if n < _MIN_USES or run.kb.gazetteer.get((raw.lower(),)):
            continue
        aid = run.fresh_id(raw)
        c = run.cand(aid, name=raw, kind="organization", origin="extracted")
        c.discovered = True
        long_form = _spelled_out(t.text, raw)
        if long_form:
            c.alias(long_form)  # "the Joint Monitoring Team (JMT)": what the letters stand for
        local.setdefault((raw.lower(),), []).append((aid, NAME, True, raw, None, None))
