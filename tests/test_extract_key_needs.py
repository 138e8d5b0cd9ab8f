"""A lexicon pattern's needs that open a word, tested on a span's word keys, skip only spans
the pattern finds nothing in (:mod:`briefing.extract.anchored`)."""

from __future__ import annotations

import random
import re

from test_extract_neg_scan_lazy import _sample

from briefing.extract.anchored import anchored_keys, key_clauses, keyed_tests
from briefing.extract.gate import fewest, requirements
from briefing.extract.negotiations import scan as neg_scan
from briefing.extract.negotiations import units as neg

LEXICONS = (neg._STATUS, neg._ISSUES, neg._ISSUE_CUES, neg._FLAGS, neg._NEG_FLAGS)


def _unkeyed(lexicon: neg_scan.Lexicon) -> neg_scan.Lexicon:
    """The same lexicon, its needs tested by substring only, as :func:`gate.fewest` cuts them
    (an attribute replaced, not a method: the compiled build's classes have read-only
    methods)."""
    bare = neg_scan.Lexicon(list(lexicon.patterns))
    bare.plan = tuple(
        (entry[0], entry[1], tuple(tuple(("", s) for s in clause) for clause in needs), entry[3],
         ()) for entry, needs in zip(bare.plan, bare.needs, strict=True))
    return bare


def test_words_opening_after_a_non_letter_are_keyed() -> None:
    got = anchored_keys(re.compile(r"reached an agreement|talks? (?:on|over) trade"), True)
    assert got["reached an agreement"] == "reac"
    assert got[" trade"] == "trad"
    # glued to what may be a letter: not keyed (the word may open earlier)
    assert "agreement" not in anchored_keys(re.compile(r"\w+agreement"), False)
    assert "agreement" not in anchored_keys(re.compile(r"agreement"), False)
    assert anchored_keys(re.compile(r"agreement"), True) == {"agreement": "agre"}
    assert anchored_keys(re.compile(r"talks\bwar"), False) == {"war": "war"}  # (\b)
    assert anchored_keys(re.compile(r"[ ,](?:war)\b"), False) == {"war": "war"}
    assert anchored_keys(re.compile(r"[ ,a]war"), False) == {}  # "a" may come before
    assert anchored_keys(re.compile(r"\bwar", re.IGNORECASE), False) == {}
    # a string keyed in one place and not in another is not keyed
    assert "deal" not in anchored_keys(re.compile(r" deal|xdeal"), False)
    # a repeat's body is read as if a letter may come before it
    assert "talks" not in anchored_keys(re.compile(r"(?: talks|talks)+"), False)


def test_key_clauses_are_the_requirements_read_as_keys() -> None:
    pattern = re.compile(r"reached (?:a|an) (?:agreement|accord|deal)")
    every = requirements(pattern, every=True)
    clauses = {frozenset(c) for c in key_clauses(every, anchored_keys(pattern, True),
                                                 frozenset({"reac"}))}
    assert clauses == {frozenset({"agre", "acco", "deal"})}  # ("reac": always held)
    assert key_clauses(every, anchored_keys(pattern, False), frozenset({"reac"})) == (
        ("acco", "agre", "deal"),)
    # read ignoring case, on lowercase text: a capital is a letter before a word too
    assert anchored_keys(re.compile(r"\bwar", re.IGNORECASE), False, icase=True) == {
        "war": "war"}
    assert anchored_keys(re.compile(r"\bwar crimes", re.IGNORECASE), False, icase=True) == {
        "war crimes": "crim"}
    for flags in (0, re.IGNORECASE):
        assert anchored_keys(re.compile(r"[A-Z]talks", flags), False, icase=True) == {}
    assert anchored_keys(re.compile(r"Xtalks"), False, icase=True) == {}


def test_keyed_tests_keep_what_a_longer_string_opens_with() -> None:
    keyed = {"agree": "agre", "agreement": "agre", "fire": "fire", "ceasefire": "ceas"}
    assert keyed_tests((("agree", "agreement"),), keyed, fewest) == ((("agre", "agree"),),)
    # "fire" inside "ceasefire" opens no word: both kept, each under its own key
    assert keyed_tests((("ceasefire", "fire"),), keyed, fewest) == (
        (("fire", "fire"), ("ceas", "ceasefire")),)
    # a clause with a string not keyed: substring tests, cut as gate.fewest cuts them
    assert keyed_tests((("ceasefire", "fire", "truce"),), keyed, fewest) == (
        (("", "fire"), ("", "truce")),)


def test_keyed_needs_skip_no_match_on_samples_of_every_pattern() -> None:
    """On strings shaped like each pattern, glued to letters, cut, repeated and among other
    words, the scan with key tests gives what the substring tests alone give."""
    from re import _parser  # type: ignore[attr-defined]

    rng = random.Random(21)
    keyed = 0
    for lexicon in LEXICONS:
        bare = _unkeyed(lexicon)
        keyed += sum(1 for clauses in lexicon.key_needs if clauses)
        for _tag, pattern, _boundary in lexicon.patterns:
            parsed = _parser.parse(pattern.pattern)
            for _ in range(25):
                piece = _sample(parsed, rng).lower()
                other = _sample(parsed, rng).lower()
                for text in (piece, f"then {piece}.", f"x{piece} y", f"the {piece}s were",
                             f"{piece[1:]} {other}", f"{piece}{other}", f"é{piece}-{other}",
                             f"{piece[:-2]} and {other[2:]}"):
                    spans = [(0, len(text), neg_scan.unit_keys(text, 0, len(text))),
                             (1, len(text), neg_scan.unit_keys(text, 1, len(text)))]
                    for first_only in (False, True):
                        assert lexicon.scan(text, spans, first_only) == bare.scan(
                            text, spans, first_only), (pattern.pattern, text)
    assert keyed > 100


def test_keyed_needs_on_invented_sentences() -> None:
    words = ("the", "talks", "agreed", "agreement", "ceasefire", "cease-fire", "truce",
             "deal", "signed", "on", "a", "to", "close", "near", "broke", "down", "stalled",
             "prisoner", "exchange", "sanctions", "relief", "no-fly", "zone", "if", "whether",
             "previous", "remain", "divided", "over", "gaps", "reached", "hostages", ",", ".",
             "x", "un", "disagreed", "peacetalks", "2talks", "in", "principle", "effect")
    rng = random.Random(5)
    bares = [(lexicon, _unkeyed(lexicon)) for lexicon in LEXICONS]
    for _ in range(600):
        text = " ".join(rng.choices(words, k=rng.randint(3, 25)))
        if rng.random() < 0.3:
            text = text.replace(" ", "", 1)
        spans = [(0, len(text), neg_scan.unit_keys(text, 0, len(text)))]
        for lexicon, bare in bares:
            assert lexicon.scan(text, spans) == bare.scan(text, spans), text
