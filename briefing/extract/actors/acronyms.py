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
    """The capitalised words before "(RAW)" or ", RAW," whose initials spell ``raw``, if the
    text has them ("Joint Monitoring Team (JMT)", "the Natural Rubber Agreement, NRA,"); a
    word may give more than its initial ("London Interbank Offered Rate (LIBOR)")."""
    if f"({raw})" not in text and f", {raw}," not in text:
        return None  # every match holds it (a test in C, not a regex tried at each position)
    m = re.search(r"((?:[A-Z][\w’'-]*\s+){1,6})\(" + re.escape(raw) + r"\)", text) \
        or re.search(r"((?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*), " + re.escape(raw) + ",",
                     text)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(1, len(words) + 1):  # the shortest tail that spells it
        if spells(words[-n:], raw):
            return " ".join(words[-n:])
    return None


def spells(words: list[str], raw: str) -> bool:
    """Whether ``words`` spell ``raw``: each word opens with the next letter and may give
    more of them, in order, from its inside (a short search: a few words, a few letters)."""
    if not words:
        return not raw
    if not raw or words[0][0].upper() != raw[0]:
        return False
    inside = words[0][1:].upper()
    rest = raw[1:]
    # the letters this word gives after its initial: rest[:g], found in order inside it
    for g in range(len(rest) + 1):
        if g:
            pos, ok = 0, True
            for ch in rest[:g]:
                pos = inside.find(ch, pos) + 1
                if pos == 0:
                    ok = False
                    break
            if not ok:
                break
        if spells(words[1:], rest[g:]):
            return True
    return False


# what an acronym spelled out with one of these last words stands for is a thing -- a rate,
# a pact, a pledge, a fund's index -- not an organisation ("London Interbank Offered Rate
# (LIBOR)", "Global Methane Pledge (GMP)")
THINGS = frozenset({"rate", "rates", "agreement", "pledge", "convention", "treaty", "act",
                     "accord", "pact", "index", "plan", "initiative", "program", "programme",
                     "protocol", "pathway", "strategy", "framework", "declaration", "charter",
                     "law", "bill", "note", "notes", "bond", "bonds", "price", "system",
                     "standard", "product", "tax", "scheme", "facility", "mechanism"})


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
        long_form = _spelled_out(t.text, raw)
        if long_form and long_form.split()[-1].lower() in THINGS:
            continue
        aid = run.fresh_id(raw)
        c = run.cand(aid, name=raw, kind="organization", origin="extracted")
        c.discovered = True
        if long_form:
            c.alias(long_form)  # "the Joint Monitoring Team (JMT)": what the letters stand for
        local.setdefault((raw.lower(),), []).append((aid, NAME, True, raw, None, None))
