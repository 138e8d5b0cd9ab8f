"""Time expressions in a text: the patterns, and where they can start.

Each pattern has a *kind* (how :mod:`~briefing.extract.time.timex` resolves it).  Overlapping
candidates are settled by length, then by how specific the kind is (:data:`RANK`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from briefing.extract.gate import (
    ascii_twin,
    case_twin,
    first_chars,
    lower_for_twins,
    starts_of_words,
)
from briefing.extract.lowered_texts import ascii_alike_of
from briefing.extract.time import holidays, known_days
from briefing.extract.time.word_trie import literal_alternation
from briefing.extract.time.words import (
    LASTING,
    MONTH_ABBR,
    MONTH_NAMES,
    NUMBER_WORDS,
    PAUSES,
    WEEKDAY_NAMES,
)

_MON = rf"(?:{MONTH_NAMES}|(?:{MONTH_ABBR})\.?)"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d{2}|20\d{2})"
# a year after a month and day and a comma ("signed on September 3, 1783"): an older one too
# (a proclamation's history), where a bare number ("1750 workers") is no year
_DAY_YEAR = rf"(?:{_YEAR}|(?<=,\s)1[5-7]\d{{2}})"

# Order matters only for documentation: overlapping candidates are settled by length.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")),
    # (and "9/11" without a year: a day of history by its usual name, see known_days; one
    # pattern with the dates, not a kind of its own tried at every number)
    ("slash", re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>\d{4}|\d{2})\b|"
                         rf"{known_days.SLASHED})")),
    ("mdy", re.compile(
        rf"(?:\b(?:{WEEKDAY_NAMES}),?\s+)?\b(?P<mon>{_MON})\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\b"
        rf"(?:\s*[-–]\s*(?P<d2>\d{{1,2}}){_ORD}\b)?(?:,?\s+(?P<y>{_DAY_YEAR})\b)?")),
    ("dmy", re.compile(
        rf"(?:\b(?:{WEEKDAY_NAMES}),?\s+)?\b(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}"
        rf"(?:\s*[-–]\s*\d{{1,2}}{_ORD})?\s+(?:of\s+)?(?P<mon>{_MON})(?![a-z])"
        rf"(?:,?\s+(?P<y>{_DAY_YEAR})\b)?")),
    ("my", re.compile(rf"\b(?P<mon>{_MON}),?\s+(?:of\s+)?(?:(?P<y>{_YEAR})\b|[’'](?P<y2>\d\d)\b)")),
    ("month", re.compile(
        rf"\b(?:(?P<mod>last|next|this|early|late|mid|earlier|later)[\s-]+(?:in\s+)?)?"
        rf"(?P<mon>{MONTH_NAMES})\b(?!\s+\d)"
        r"(?:\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year\b)?")),
    ("weekday", re.compile(
        rf"\b(?:(?P<mod>last|next|this|this\s+coming|this\s+past|coming|past|on|late|early)\s+)?"
        rf"(?P<wd>{WEEKDAY_NAMES})(?P<pl>s)?\b"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
        # "Tuesday last week", "on Friday of next week": that week's day
        r"(?:\s+(?:of\s+)?(?P<wk>last|next)\s+week\b)?")),
    ("dayword", re.compile(
        r"\b(?:(?P<pre>earlier|later|late|early)\s+)?(?P<w>yesterday|today|tomorrow|tonight)\b"
        r"|\b(?P<pre2>earlier|later)?\s*\bthis\s+(?P<part>morning|afternoon|evening)\b"
        r"|\b(?P<ln>last\s+night)\b"
        r"|\b(?:(?:a\s+)?few\s+|several\s+)?(?:hours|minutes)\s+(?:earlier|ago|later)\b",
        re.IGNORECASE)),
    ("ago", re.compile(
        rf"\b(?P<n>{NUMBER_WORDS})\s+(?P<u>hours?|days?|weeks?|months?|years?|decades?)\s+"
        r"(?P<dir>ago|earlier|later|before|from\s+now)\b"
        # "fifty years ago today", "ten years ago to the day": an anniversary, one expression
        r"(?:\s+(?P<today>today|to\s+the\s+day)\b)?", re.IGNORECASE)),
    ("relunit", re.compile(
        r"\b(?:(?P<pre>earlier|later|early|late)\s+(?:in\s+)?)?(?:(?P<end>the\s+end|the\s+start"
        r"|the\s+beginning|the\s+middle)\s+of\s+)?(?P<rel>last|next|this|past|coming)\s+"
        r"(?P<u>week|weekend|month|year)\b", re.IGNORECASE)),
    # "this fall", "later this summer", "next spring": a season near the report
    ("season", re.compile(
        r"\b(?:(?P<pre>earlier|later|early|late)\s+(?:in\s+)?)?(?P<rel>last|next|this|past|coming)\s+"
        r"(?P<s>spring|summer|fall|autumn|winter)\b", re.IGNORECASE)),
    # "over the past month": a window ending at the report ("over the last few months" is a
    # stretch of time, not an event, and no expression here)
    ("window", re.compile(
        r"\b(?:over|in|during|throughout)\s+the\s+past\s+(?P<u>week|month|year)\b",
        re.IGNORECASE)),
    # "over the weekend", "at the end of the weekend", "at the weekend" (British): the
    # weekend nearest the report
    ("weekend", re.compile(
        r"\b(?:over|during|through|throughout|at|(?:at\s+)?the\s+end\s+of)\s+the\s+weekend\b",
        re.IGNORECASE)),
    # "by the end of 1987", "the beginning of March", "at the end of the month", "the middle
    # of this month": a part of a year or of a month
    ("partof", re.compile(
        rf"\b(?:the\s+)?(?P<p>end|beginning|start|middle)\s+of\s+(?:(?P<y>{_YEAR})\b(?![-–/]\d)"
        rf"|(?P<mon>{MONTH_NAMES})\b(?!\s+\d{{1,2}}\b)(?:,?\s+(?P<my>{_YEAR})\b)?"
        r"|(?P<rel>the|this|next|last)\s+(?P<u>month|year)\b)", re.IGNORECASE)),
    ("holiday", holidays.PATTERN),
    # "due by end-1986", "mid-1987": a part of a year, as wire stories write it
    ("yearpart", re.compile(rf"\b(?P<p>end|mid|early|late|start)-(?P<y>{_YEAR})\b(?![\d%/-])",
                            re.IGNORECASE)),
    ("year", re.compile(rf"(?<![\d$£€.,/-])\b(?P<y>{_YEAR})\b(?![\d%/]|s\b|-\d|,\d)")),
    # "in 1990-1991", "by 2008-09": a span of years, dated by its first ("a 1986-87 budget"
    # names a budget, not a time)
    ("yearspan", re.compile(rf"(?<![\d$£€.,/-])\b(?P<y>{_YEAR})[-–/](?P<y2>\d\d(?:\d\d)?)\b"
                            r"(?![\d%/-])(?![ \t]+[a-z])")),
    # "within 48 hours": a deadline counted from the report
    ("within", re.compile(
        rf"\bwithin\s+(?:the\s+next\s+)?(?P<n>{NUMBER_WORDS})\s+(?P<u>hours|days|weeks)\b",
        re.IGNORECASE)),
    # "will be completed in about two weeks", "hopes to conclude the talks in a couple of
    # months": a day or month counted ahead from the report (only with a future cue before it;
    # "the war ended in 11 days", "the second in four days" are lengths)
    ("inoffset", re.compile(
        rf"\bin\s+(?:(?:about|around|roughly|some|another|just|only)\s+)?(?P<n>{NUMBER_WORDS})"
        r"\s+(?P<u>days|weeks?|months?)\b(?:[’']?\s+time\b)?", re.IGNORECASE)),
    # "negotiations resumed at 1000 EST", "a meeting was set for 1900 hours": a clock time of
    # the day of the report (not "1900" the year)
    ("clock", re.compile(r"\b(?P<h>[01]\d|2[0-4])[0-5]\d\s+(?:hours|hrs|GMT|EST|EDT|CST|CDT|"
                         r"PST|PDT|BST|local\s+time)\b")),
    # "a 23-year-old agreement", "after an 11-year lull": a thing that began N years ago
    # ("a week-old national seamen's strike", "its seven-month-old semiconductor agreement":
    # weeks and months too, a word or two between)
    ("since_years", re.compile(
        rf"\b(?:(?:(?P<n>{NUMBER_WORDS})[\s-])?(?P<u>year|month|week)[\s-]old"
        rf"(?=\s+(?:[a-z’'-]+\s+){{0,2}}(?:{LASTING})\b)"
        rf"|(?<=after\s)(?:an?|the)\s+(?P<n2>{NUMBER_WORDS})[\s-]year(?=\s+(?:{PAUSES})\b))")),
    ("duration", re.compile(
        rf"\b(?P<n>{NUMBER_WORDS})[\s-]+(?:more\s+)?(?P<u>hours?|days?|weeks?|months?|years?|"
        r"decades?|minutes?)\b(?:[\s-]+(?:old|long))?", re.IGNORECASE)),
]


@dataclass(slots=True, init=False)
class Cand:
    start: int
    end: int
    kind: str
    match: re.Match[str]

    # written out so that mypyc compiles it (see quotes.actor_index.Hit)
    def __init__(self, start: int, end: int, kind: str, match: re.Match[str]) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.match = match




RANK = {"iso": 0, "slash": 0, "mdy": 0, "dmy": 0, "my": 1, "relunit": 1, "ago": 1,
         "dayword": 2, "weekday": 2, "month": 3, "year": 4, "duration": 5,
         "weekend": 1, "holiday": 2, "window": 0, "within": 0, "since_years": 1, "season": 1,
         "yearpart": 1, "yearspan": 1, "partof": 0, "inoffset": 1,
         "clock": 0}


# Speed: a pattern that opens with \b or an optional prefix makes the regex engine try every
# position of the text.  Instead, literal-first *trigger* patterns (which the engine scans for
# quickly) find the word each expression must contain; the full pattern is then tried only at
# that word and at the starts of the few words before it (where "last", "the end of", "a couple
# of" would begin).  The result is what ``finditer`` with the full patterns would give.
_BY_KIND = dict(_PATTERNS)
_MONTH_WORDS = "|".join(dict.fromkeys(MONTH_NAMES.split("|") + MONTH_ABBR.split("|")))
_DAY_WORDS = ("yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|hours|minutes")
_UNIT_WORDS = ("hours|hour|days|day|weeks|week|weekend|months|month|years|year|decades|decade|"
               "minutes|minute")
_TRIGGERS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    # ("within 48 hours", "a 23-year-old": found from their unit word, a few words back)
    # ("\d\d*", not "\d+": a pattern led by a repeat gives the engine no first character to
    # skip to, so it tried a match at every position of the text; led by the class, it skips
    # to the digits: 14.4 -> 6.4 M instructions a pass of articles/, the same matches)
    (re.compile(r"\d\d*"), ("iso", "slash", "dmy", "year", "yearspan", "ago", "duration", "partof",
                          "clock")),
    (literal_alternation([w + "-" for word in ("end", "mid", "early", "late", "start")
                          for w in (word, word.capitalize(), word.upper())]), ("yearpart",)),
    # as tries: each is scanned over the whole text (see word_trie)
    (literal_alternation(_MONTH_WORDS.split("|")), ("mdy", "my", "month", "partof")),
    (literal_alternation(WEEKDAY_NAMES.split("|")), ("weekday", "mdy", "dmy")),
    (literal_alternation([w for word in _DAY_WORDS.split("|")
                          for w in (word, word.capitalize(), word.upper())]),
     ("dayword", "ago")),
    (literal_alternation([w for word in _UNIT_WORDS.split("|")
                          for w in (word, word.capitalize(), word.upper())]),
     ("ago", "relunit", "duration", "weekend", "window", "within", "since_years", "partof",
      "inoffset")),
    (literal_alternation(holidays.TRIGGER_WORDS), ("holiday",)),
    (literal_alternation([w for word in ("spring", "summer", "fall", "autumn", "winter")
                          for w in (word, word.capitalize(), word.upper())]), ("season",)),
]
# what each kind's match can start with (None: anything): most starts tried are words that
# begin no such match, and a test of their first character costs less than a regex call
_FIRSTS: dict[str, tuple[frozenset[str] | None, bool]] = {
    kind: first_chars(pattern) or (None, False) for kind, pattern in _PATTERNS}


def _strings(items: Any, c: Any) -> set[str] | None:
    """Every string the parsed literal alternation ``items`` matches (a word trie), None for
    anything else (a class, a repeat beyond "optional")."""
    out = {""}
    for op, av in items:
        if op is c.LITERAL:
            got: set[str] | None = {chr(av)}
        elif op is c.SUBPATTERN and not av[1] and not av[2]:
            got = _strings(av[3], c)
        elif op is c.BRANCH:
            alternatives = [_strings(a, c) for a in av[1]]
            got = None if any(a is None for a in alternatives) else \
                set().union(*(a for a in alternatives if a is not None))
        elif op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            inner = _strings(av[2], c)
            got = None if inner is None else inner | {""}
        else:
            return None
        if got is None:
            return None
        out = {a + b for a in out for b in got}
    return out


def _gate(trigger: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowercase strings one of which a text's lowercase form holds wherever ``trigger`` (a
    literal alternation) finds anything; None for a trigger that is not one (digits)."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        found = _strings(list(_parser.parse(trigger.pattern, trigger.flags)), _constants)
    except Exception:  # noqa: BLE001 - a parser that changed: never gated
        return None
    if not found or "" in found:
        return None
    low = {s.lower() for s in found}
    return tuple(sorted(s for s in low if not any(o != s and o in s for o in low)))


def _finds(trigger: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """The strings to look for with ``str.find`` where ``trigger`` (a literal alternation of
    words) is found, none the start of another, and whether they are looked for in the text's
    lowercase form (every word written lowercase, capitalised and upper case); None for a
    trigger that is scanned (digits, or words a hit could hide a word start inside).

    Speed: a trie of words is tried at every letter its words begin with, most letters of a
    text for the lowercase words (a charset skip costs the engine ~60 instructions a
    character); one ``str.find`` a word (C's substring search) costs a fraction of that.  The
    starts that matter are the same: candidates passes over a hit with a letter before it, and
    a hit with none before it lies inside no earlier hit (every character before it in such a
    hit would be a letter), so the scan's skipping over hits changes nothing."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        found = _strings(list(_parser.parse(trigger.pattern, trigger.flags)), _constants)
    except Exception:  # noqa: BLE001 - a parser that changed: scanned as before
        return None
    if not found or not all(w[:1].isalpha() for w in found):
        return None
    for w in found:  # a word start inside a hit, after a character other than a letter
        for i in range(1, len(w)):
            if not w[i - 1].isalpha() and any(o.startswith(w[i:]) or w[i:].startswith(o)
                                              for o in found):
                return None
    low = {w.lower() for w in found}
    on_low = all(w.isascii() for w in found) and found == {
        v for w in low for v in (w, w.capitalize(), w.upper())}
    words = low if on_low else found
    return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words))), \
        on_low


def _trigger_starts(text: str, low: str, twins_ok: bool, trigger: re.Pattern[str],
                    finds: tuple[tuple[str, ...], bool] | None) -> list[int]:
    """Where ``trigger`` finds a word in ``text`` that has no letter before it (a number: any
    digit run), in order: by ``str.find`` of the words (see :func:`_finds`) where it can."""
    if finds is None or (finds[1] and not twins_ok):
        out = []
        for t in trigger.finditer(text):
            pos = t.start()
            if pos and text[pos - 1].isalpha() and not text[pos].isdigit():
                continue  # inside a word ("holidays")
            out.append(pos)
        return out
    words, on_low = finds
    starts = []
    # (the lowercase form's characters stand where the text's do: twins_ok; a word found there
    # in another case than the trigger's three is no hit: the trigger is matched there)
    for pos in sorted(set(starts_of_words(low if on_low else text, words))):
        if pos and text[pos - 1].isalpha():
            continue
        if on_low and trigger.match(text, pos) is None:
            continue
        starts.append(pos)
    return starts


# the triggers whose words are in few texts and whose scan costs more than testing the text
# for them (measured on articles/: "mid-1987", weekdays, "today", seasons; months, units and
# holidays are scanned for at once)
_SCANNED_IF_PRESENT = frozenset({"yearpart", "weekday", "dayword", "season"})
# A case-insensitive kind ("5 days ago", "this week") is first tried at a start by its
# case-sensitive twin on the text's lowercase form (gate.case_twin: the same matches, span for
# span): most tries fail, and a failing twin costs about half what re.IGNORECASE does (each
# character compared through the Unicode case tables).  Only where the twin's match reaches
# past the trigger is the pattern itself matched, for its match object.
_TWINS: dict[str, re.Pattern[str] | None] = {
    kind: case_twin(pattern) if pattern.flags & re.IGNORECASE else None
    for kind, pattern in _PATTERNS}
# each trigger with its kinds' patterns, first characters and twins, looked up once, and for
# those above the strings without which it finds nothing: a text lacking them is not scanned
# for it
_TRIED: list[tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str], frozenset[str] | None,
                                                 bool, re.Pattern[str] | None], ...],
                   tuple[str, ...] | None, tuple[tuple[str, ...], bool] | None]] = [
    (trigger, tuple((kind, _BY_KIND[kind], *_FIRSTS[kind], _TWINS[kind]) for kind in kinds),
     _gate(trigger) if kinds[0] in _SCANNED_IF_PRESENT else None, _finds(trigger))
    for trigger, kinds in _TRIGGERS]
# the same with every pattern as its re.ASCII twin (gate.ascii_twin), for an ASCII-alike text
# (most news: the same matches, the classes and case folding read from tables instead of the
# Unicode database); made at the first such text
_TRIED_ASCII: list[tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str], frozenset[str] | None,
                                                       bool, re.Pattern[str] | None], ...],
                         tuple[str, ...] | None, tuple[tuple[str, ...], bool] | None]] = []


def _tried_ascii() -> list[tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str],
                                                              frozenset[str] | None, bool,
                                                              re.Pattern[str] | None], ...],
                                 tuple[str, ...] | None, tuple[tuple[str, ...], bool] | None]]:
    """:data:`_TRIED` with its patterns' ASCII twins (made once)."""
    if not _TRIED_ASCII:
        _TRIED_ASCII.extend(
            (ascii_twin(trigger),
             tuple((kind, ascii_twin(pattern), firsts, digits,
                    None if twin is None else ascii_twin(twin))
                   for kind, pattern, firsts, digits, twin in tried), needs, finds)
            for trigger, tried, needs, finds in _TRIED)
    return _TRIED_ASCII


_WORDS_BACK = 4
_CHARS_BACK = 48


def _starts_back(text: str, pos: int) -> list[int]:
    """Starts of up to four words before ``pos`` (earliest first), then ``pos``."""
    starts = [pos]
    i = pos
    floor = max(0, pos - _CHARS_BACK)
    while len(starts) <= _WORDS_BACK and i > floor:
        j = i
        while j > floor and not text[j - 1].isalnum():
            j -= 1
        if j == i or text[j:i].strip(" ,-") != "" or "\n" in text[j:i]:
            break  # no separator, or punctuation other than a comma/hyphen: stop
        k = j
        while k > floor and (text[k - 1].isalnum() or text[k - 1] in ".’'"):
            k -= 1
        if k == j:
            break
        starts.append(k)
        i = k
    return starts[::-1]


def candidates(text: str) -> list[Cand]:
    """The time expressions of ``text`` that do not overlap (see the module), each pattern as
    its ASCII twin where ``text`` is ASCII-alike."""
    return tried_candidates(text, _tried_ascii() if ascii_alike_of(text) else _TRIED)


def tried_candidates(text: str, tried_list: list[tuple[
        re.Pattern[str], tuple[tuple[str, re.Pattern[str], frozenset[str] | None, bool,
                                     re.Pattern[str] | None], ...],
        tuple[str, ...] | None, tuple[tuple[str, ...], bool] | None]]) -> list[Cand]:
    """:func:`candidates` with the triggers and patterns of ``tried_list`` (as :data:`_TRIED`)."""
    found: list[Cand] = []
    seen: set[tuple[int, int, str]] = set()
    # (a text's lowercase form holds each ASCII string its own holds)
    low, twins_ok = lower_for_twins(text)
    for trigger, tried, needs, finds in tried_list:
        if needs is not None and not any(w in low for w in needs):
            continue
        for pos in _trigger_starts(text, low, twins_ok, trigger, finds):
            starts = _starts_back(text, pos)
            for kind, pattern, firsts, digits, twin in tried:
                for start in starts:
                    ch = text[start]
                    if firsts is not None and ch not in firsts and not (digits and ch.isdecimal()):
                        continue  # no match of this kind starts with this character
                    if twin is not None and twins_ok:
                        tm = twin.match(low, start)
                        if tm is None or tm.end() <= pos:
                            continue  # (the pattern's own match would end there too)
                    m = pattern.match(text, start)
                    if m is None or m.end() <= pos:
                        continue
                    s, e = m.span()
                    while s < e and text[s].isspace():
                        s += 1
                    if e > s and (s, e, kind) not in seen:
                        seen.add((s, e, kind))
                        found.append(Cand(s, e, kind, m))
                    break
    # longest first, then the more specific kind; keep non-overlapping ones
    found.sort(key=lambda c: (-(c.end - c.start), RANK[c.kind], c.start))
    taken: list[tuple[int, int]] = []
    kept: list[Cand] = []
    for c in found:
        i = bisect.bisect_left(taken, (c.start, c.end))
        clash = (i > 0 and taken[i - 1][1] > c.start) or (i < len(taken) and taken[i][0] < c.end)
        if clash:
            continue
        taken.insert(i, (c.start, c.end))
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


