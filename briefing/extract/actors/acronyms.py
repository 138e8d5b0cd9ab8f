"""Actor extraction, acronyms the KB lacks: an all-capitals word of two to five letters that
a mixed-case text uses at least twice ("Shares in KTB rose ... KTB said") names an organisation.
Words in ``acronym_stop`` (units, measures, time zones, weapons classes: GDP, LNG, EST, INF)
and Roman numerals are not organisations; a speaker label or a capitals headline is not prose
(:func:`briefing.extract.actors.scan.acronym_in_prose`)."""

from __future__ import annotations

import re
from itertools import compress

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import Tokens, acronym_in_prose
from briefing.extract.occurrences import occurrences
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
                     "standard", "product", "tax", "scheme", "facility", "mechanism",
                     "equivalent", "arrangement", "arrangements",
                     # an event or a permit, not a body ("North American Leaders' Summit
                     # (NALS)", "Special Immigrant Visa (SIV)", "Protection Protocols (PP)")
                     "summit", "summits", "visa", "visas", "protocols"})


def _thing_before(text: str, raw: str) -> bool:
    """Whether the word just before "(RAW)" or ", RAW," -- the head of what the letters stand
    for, in whatever case ("the London interbank offered rate (LIBOR)", "the Producer Subsidy
    Equivalent, PSE,") -- is a thing's noun (:data:`THINGS`)."""
    for form in (f" ({raw})", f", {raw},"):
        for at in occurrences(text, form):
            word = text[max(0, at - 20):at].rsplit(None, 1)[-1:]
            if word and word[0].lower() in THINGS:
                return True
    return False


# small words a name's initials leave out ("Association of Professional Flight Attendants")
_SMALL = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "on"})


def _spelled_in_text(run: ActorRun, raws: list[str]) -> set[str]:
    """The acronyms of ``raws`` that a run of capitalised words of the text spells by its
    initials, small words inside left out ("the U.S. General Accounting Office" spells
    "GAO"); headings aside.  Only the capitalised tokens opening with an acronym's first
    letter are tried (a document has few acronyms used once)."""
    t = run.t
    heading = t.heading_toks
    starts = [k for k in compress(range(t.n), t.caps) if k not in heading]
    return {raw for raw in raws
            if any(t.raw[k][0] == raw[0] and _spells_from(t, k, raw, heading) for k in starts)}


def _spells_from(t: Tokens, k: int, raw: str, heading: set[int]) -> bool:
    """Whether the capitalised words from token ``k`` on spell ``raw`` by their initials."""
    i = 0
    while i < len(raw):
        if k >= t.n:
            return False
        tok = t.raw[k]
        if t.caps[k] and tok[0].isalpha() and k not in heading:
            if tok[0] != raw[i]:
                return False
            i += 1
        elif not (i and t.norm[k] in _SMALL and t.cap(k + 1)):
            return False
        k += 1
    return True


# before a noun that counts things, never a name: "an MOU", "this new EO", "each NGO" ("that"
# is left out: "said that OPEC would")
_COUNTING = frozenset({"a", "an", "this", "these", "those", "each", "every", "another", "any"})
_COUNT_ADJ = frozenset({"new", "single", "separate", "second", "first", "further"})
# after the acronym as the head of its phrase: punctuation or a closed-class word ("an MOU,
# which", "this EO is"; not "an EEP wheat offer", "a GM spokesman": a modifier of a noun)
_HEAD_END = frozenset({".", ",", ";", ":", "?", "!", ")", "(", "—", "–", '"', "“", "”",
                       "and", "or", "is", "was", "are", "were", "be", "been", "has", "had",
                       "have", "that", "which", "to", "in", "on", "of", "for", "with", "at",
                       "by", "from", "under", "will", "would", "could", "should", "may",
                       "might", "can", "must"})


def _counted(t: Tokens, k: int) -> bool:
    """Whether the acronym at token ``k`` heads a phrase opened by a counting word ("an MOU,",
    "under this new EO."): a common noun ("a memorandum"), not an organisation's name."""
    p = k - 1
    if p >= 0 and t.norm[p] in _COUNT_ADJ:
        p -= 1
    return p >= 0 and t.norm[p] in _COUNTING and (k + 1 >= t.n or t.norm[k + 1] in _HEAD_END)


def _place_code(t: Tokens, k: int) -> bool:
    """Whether the two letters at ``k`` follow a place and its comma: a state's postal code
    ("West Palm Beach, FL", "Atlanta, GA)"), a place, not an organisation."""
    return len(t.raw[k]) == 2 and k >= 2 and t.norm[k - 1] == "," and t.caps[k - 2] \
        and t.raw[k - 2].isalpha() and (k + 1 >= t.n or not t.caps[k + 1])


def _lettered(t: Tokens, k: int) -> bool:
    """Whether the letters at ``k`` close a longer hyphenated acronym ("C-SIPA", "A-TEAM"):
    its tail, not an acronym of its own."""
    return k >= 2 and t.norm[k - 1] == "-" and t.glued(k) and t.glued(k - 1) \
        and len(t.raw[k - 2]) == 1 and t.raw[k - 2].isupper()


def _written_lower(run: ActorRun, raw: str) -> bool:
    """Whether the text also writes ``raw`` as an ordinary lower-case word: then the capitals
    are emphasis ("we want PEACE ... a lasting peace", "NEVER again ... never"), as a posted
    statement shouts a word, not an organisation's letters (session 21: 10 such words on the
    released White House sets made organisations, none of them gold's)."""
    raws = run.t.raw
    low = raw.lower()
    return any(raws[k] == low for k in run.positions((low,)))


def acronyms(run: ActorRun) -> None:
    """Organisations named by an all-capitals word the KB lacks, used at least twice, or
    once when the text also names it in full ("the European Coffee Federation ... the ECF
    meeting", "the ISF, Iraqi Security Forces"): capitalised words whose initials spell it
    (three letters or more: any two capitalised words spell a pair, "PM", "VP", "TV")."""
    t = run.t
    if t.upper_doc:
        return
    stop = run.w("acronym_stop")
    uses: dict[str, int] = {}
    common: set[str] = set()  # "an MOU, which ...", "under this new EO.": a kind of thing
    for k in compress(range(t.n), t.caps):  # an acronym's first letter is a capital
        raw = t.raw[k]
        if len(raw) < 2 or len(raw) > 5 or run.taken[k] or not _SHAPE.fullmatch(raw):
            continue
        if t.norm[k] in stop or _ROMAN.fullmatch(raw) or not acronym_in_prose(t, k) \
                or _in_label(t.text, t.starts[k]) or _place_code(t, k) or _lettered(t, k):
            continue
        uses[raw] = uses.get(raw, 0) + 1
        if _counted(t, k):
            common.add(raw)
    local = run.local
    once = [raw for raw, n in uses.items() if n < _MIN_USES and len(raw) >= 3]
    spelled = _spelled_in_text(run, once) if once else set()
    for raw, n in uses.items():
        if n < _MIN_USES and raw not in spelled or run.kb.gazetteer.get((raw.lower(),)) \
                or raw in common or _written_lower(run, raw):
            continue
        long_form = _spelled_out(t.text, raw)
        if long_form and long_form.split()[-1].lower() in THINGS or _thing_before(t.text, raw):
            continue
        aid = run.fresh_id(raw)
        c = run.cand(aid, name=raw, kind="organization", origin="extracted")
        c.discovered = True
        if long_form:
            c.alias(long_form)  # "the Joint Monitoring Team (JMT)": what the letters stand for
        local.setdefault((raw.lower(),), []).append((aid, NAME, True, raw, None, None))
