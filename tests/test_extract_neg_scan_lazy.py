"""Lexicon matches scanned on demand (per span, when asked) equal an eager scan of every span."""

from __future__ import annotations

import bisect
import random

from briefing.extract.negotiations import scan as neg_scan
from briefing.extract.negotiations import units as neg

SENTENCES = [
    "If the truce holds, talks resume.", "What happens if the ceasefires fail?",
    "Officials are close to a deal; the accord was signed and took effect.",
    "Sanctions relief, prisoners and hostages, a no-fly zone were discussed.",
    "The previous agreement in principle broke down over remaining gaps.",
    "They agreed to a cease-fire in an effort to end the war, so that aid flows.",
    "The two sides remain divided on the sticking points, officials said.",
    "Nothing else happened.", "Talks collapsed.", "",
]


def _eager(lexicon: neg_scan.Lexicon, low: str, spans, lo: int, hi: int, exclusive: bool):
    """What ``Matches.within`` gave when every span was scanned at once (the old code)."""
    found = lexicon.scan(low, spans)
    starts = [f[0] for f in found]
    i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    got = [f for f in found[i:j] if f[1] <= hi]
    if exclusive:
        kept: list = []
        for f in sorted(got, key=lambda f: (f[2], f[0])):
            if not any(a < f[1] and f[0] < b for a, b, _ in kept):
                kept.append(f)
        got = sorted(kept)
    return [(s, e, lexicon.patterns[k][0]) for s, e, k in got]


def test_lazy_matches_equal_an_eager_scan() -> None:
    rng = random.Random(7)
    for _round in range(40):
        parts = rng.choices(SENTENCES, k=rng.randint(1, 8))
        text = " ".join(parts)
        low = neg_scan.lowercase(text)
        spans = []
        pos = 0
        for part in parts:
            spans.append((pos, pos + len(part), neg_scan.unit_keys(low, pos, pos + len(part))))
            pos += len(part) + 1
        if rng.random() < 0.3:  # a title-like span over the start, overlapping the first ones
            cut = rng.randint(0, len(text))
            spans.insert(0, (0, cut, neg_scan.unit_keys(low, 0, cut)))
        for lexicon in (neg._STATUS, neg._ISSUES, neg._ISSUE_CUES, neg._FLAGS,
                    neg._NEG_FLAGS):
            lazy = neg_scan.Matches(lexicon, low, spans)
            asks = [(a, b) for a, b, _k in spans] + [
                tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text)))))
                for _ in range(5)]
            rng.shuffle(asks)
            for lo, hi in asks:
                for exclusive in (True, False):
                    assert lazy.within(lo, hi, exclusive) == _eager(
                        lexicon, low, spans, lo, hi, exclusive), (text, lo, hi)


def test_spans_alone_duplicated_or_touching_answer_as_an_eager_scan() -> None:
    text = "Talks collapsed.Officials agreed a truce. The deal was signed."
    low = neg_scan.lowercase(text)
    bounds = [(0, 16), (16, 41), (42, len(text)), (42, len(text)), (30, 30)]
    spans = [(a, b, neg_scan.unit_keys(low, a, b)) for a, b in bounds]
    shared = neg_scan.SpanIndex(spans)  # one index for every lexicon, as read_units has it
    for lexicon, given in [(lexicon, given) for lexicon in (neg._STATUS, neg._ISSUES, neg._FLAGS,
                                                       neg._NEG_FLAGS)
                           for given in (spans, shared)]:
        lazy = neg_scan.Matches(lexicon, low, given)
        # the touching spans overlap no other; the duplicated one and the one holding the
        # empty span are looked up across spans
        assert set(lazy.alone) == {(0, 16)}
        for lo, hi in bounds + [(0, len(text)), (10, 45)]:
            for exclusive in (True, False):
                assert lazy.within(lo, hi, exclusive) == _eager(
                    lexicon, low, spans, lo, hi, exclusive), (lo, hi)


def test_only_the_spans_asked_about_are_scanned() -> None:
    text = "Officials are close to a deal. Nothing else happened. Talks collapsed."
    low = neg_scan.lowercase(text)
    bounds = [(0, 30), (31, 53), (54, len(text))]
    spans = [(a, b, neg_scan.unit_keys(low, a, b)) for a, b in bounds]
    matches = neg_scan.Matches(neg._STATUS, low, spans)
    assert matches.within(54, len(text))
    assert set(matches.scanned) == {2}


def _sample(parsed, rng: random.Random) -> str:
    """A random string of the shape a parsed pattern describes (lookarounds ignored)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: list[str] = []
    for op, av in parsed:
        if op is c.LITERAL:
            out.append(chr(av))
        elif op is c.NOT_LITERAL or op is c.ANY:
            out.append(rng.choice(" x-"))
        elif op is c.IN:
            kinds = [a for a in av if a[0] is c.LITERAL or a[0] is c.RANGE]
            if not kinds or av[0][0] is c.NEGATE:
                out.append(rng.choice(" .x"))
            else:
                kind, value = rng.choice(kinds)
                out.append(chr(value if kind is c.LITERAL else rng.randint(*value)))
        elif op is c.CATEGORY:
            out.append(" " if av is c.CATEGORY_SPACE else rng.choice("ab1"))
        elif op is c.BRANCH:
            out.append(_sample(rng.choice(av[1]), rng))
        elif op is c.SUBPATTERN:
            out.append(_sample(av[-1], rng))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, item = av
            for _ in range(rng.randint(low, min(high, low + 2))):
                out.append(_sample(item, rng))
    return "".join(out)


def test_keyed_scan_equals_a_full_scan_on_samples_of_every_pattern() -> None:
    """Each pattern runs only in stretches holding one of its keys: on strings shaped like
    each pattern (and each alternative of it), alone and between other words, nothing is lost."""
    from re import _parser  # type: ignore[attr-defined]

    rng = random.Random(11)
    for lexicon in (neg._STATUS, neg._ISSUES, neg._ISSUE_CUES, neg._FLAGS,
                    neg._NEG_FLAGS):
        full = neg_scan.Lexicon(list(lexicon.patterns))
        # every pattern a candidate in every span (an attribute, not a replaced method:
        # the compiled build's classes have read-only methods)
        full.always = tuple(range(len(lexicon.patterns)))
        for _tag, pattern, _boundary in lexicon.patterns:
            parsed = _parser.parse(pattern.pattern)
            for _ in range(25):
                piece = _sample(parsed, rng)
                for text in (piece, f"then {piece}.", f"x{piece} y", f"the {piece}s were"):
                    low = text.lower()
                    spans = [(0, len(low), neg_scan.unit_keys(low, 0, len(low)))]
                    assert lexicon.scan(low, spans) == full.scan(low, spans), (pattern, text)


def test_first_matches_give_the_same_flags_and_first_positions() -> None:
    # a sentence's flags are which kinds of cue it has and where the first one is: each
    # pattern's first match per span says the same as all of them
    rng = random.Random(11)
    for _round in range(40):
        parts = rng.choices(SENTENCES, k=rng.randint(1, 8))
        text = " ".join(parts)
        low = neg_scan.lowercase(text)
        spans, pos = [], 0
        for part in parts:
            spans.append((pos, pos + len(part), neg_scan.unit_keys(low, pos, pos + len(part))))
            pos += len(part) + 1
        for lexicon in (neg._FLAGS, neg._NEG_FLAGS):
            _same_flags(lexicon, low, spans)


def _same_flags(lexicon: neg_scan.Lexicon, low: str, spans) -> None:
    full = neg_scan.Matches(lexicon, low, spans)
    first = neg_scan.Matches(lexicon, low, spans, first_only=True)
    for lo, hi, _keys in spans:
        a = full.within(lo, hi, exclusive=False)
        b = first.within(lo, hi, exclusive=False)
        assert {t for _s, _e, t in a} == {t for _s, _e, t in b}
        for tag in {t for _s, _e, t in a}:
            assert min(s for s, _e, t in a if t == tag) == min(s for s, _e, t in b if t == tag)


def test_lead_tried_matches_equal_finditer_on_samples_of_every_pattern() -> None:
    """A pattern tried only where the literals its matches begin with are found gives
    finditer's matches: alone, repeated, glued to other words, inside spans."""
    from re import _parser  # type: ignore[attr-defined]

    rng = random.Random(12)
    tried = 0
    for lexicon in (neg._STATUS, neg._ISSUES, neg._ISSUE_CUES, neg._FLAGS,
                    neg._NEG_FLAGS):
        for (_tag, pattern, _boundary), lead in zip(lexicon.patterns, lexicon.leads,
                                                     strict=True):
            if lead is None:
                continue
            tried += 1
            parsed = _parser.parse(pattern.pattern)
            for _ in range(20):
                piece = _sample(parsed, rng).lower()
                other = _sample(parsed, rng).lower()
                for text in (piece, f"then {piece}.", f"x{piece} y", f"{piece}{piece} {other}",
                             f"the {piece}s were {other}, {piece[:-1]}", f"{piece[1:]} {piece}"):
                    for lo, hi in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 2))):
                        want = [m.span() for m in pattern.finditer(text, lo, hi)]
                        got = [m.span() for m in neg_scan._finditer_from_leads(
                            pattern, lead, text, lo, hi)]
                        assert got == want, (pattern.pattern, text, lo, hi)
    assert tried > 250


def test_lead_literals_of_patterns() -> None:
    import re

    def lead(source: str) -> re.Pattern[str] | None:
        return neg_scan.lead_finder(re.compile(source))

    def starts(source: str, text: str) -> list[int]:
        found = lead(source)
        assert found is not None, source
        return [m.start() for m in found.finditer(text)]

    words = "to sign, concluding or concluded the deal early; talks"
    assert starts(r"(?<!\bof )(?:sign(?:ed|s)?|conclud(?:ed|es)|concluding)\s+deal", words) \
        == [3, 9, 23]
    assert starts(r"(?:early\s+)?talks", words) == [42, 49]
    assert starts(r"(?=\w)(?:deal|accord)s?", words) == [37]
    for source in (r"\w+-point", r"[\d.,]+\s*pct", r"(?:talks)?", r"(?i:talks)", r"x*y?"):
        assert lead(source) is None, source
    assert neg_scan.lead_finder(re.compile("talks", re.IGNORECASE)) is None
