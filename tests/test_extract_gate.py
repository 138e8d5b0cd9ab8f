"""Gated patterns (``extract.gate``) find what the plain patterns find, match for match."""

from __future__ import annotations

import random
import re

from test_extract_neg_scan_lazy import _sample

from briefing.extract import gate, lowered_texts, pipeline  # noqa: F401 - the pipeline imports every rule

SENTENCES = ["The talks stalled.", "Stalled talks on trade resumed between the two sides.",
             "hostages held by the group were freed", "It was witnessed by Qatar and Egypt",
             "They pledged to rebuild; the sticking points are borders and water.",
             "Nothing here.", "", "ſtalled talks on ſecurity", "Kelvin: K and k"]


def _same(g: gate.Gated, text: str) -> None:
    plain = g.pattern
    for pos, endpos in [(0, len(text)), (3, len(text)), (0, max(0, len(text) - 4)), (2, 9)]:
        a, b = g.search(text, pos, endpos), plain.search(text, pos, endpos)
        assert (a and a.span()) == (b and b.span()), (plain.pattern, text, pos, endpos)
        a, b = g.match(text, pos, endpos), plain.match(text, pos, endpos)
        assert (a and a.span()) == (b and b.span()), (plain.pattern, text, pos, endpos)
        assert [m.span() for m in g.finditer(text, pos, endpos)] == \
            [m.span() for m in plain.finditer(text, pos, endpos)]


def test_every_gated_pattern_finds_what_it_finds_ungated() -> None:
    from re import _parser  # type: ignore[attr-defined]

    assert len(gate.GATED) >= 10
    rng = random.Random(5)
    for g in gate.GATED:
        parsed = _parser.parse(g.pattern.pattern, g.pattern.flags)
        for text in SENTENCES:
            _same(g, text)
        for _ in range(40):
            piece = _sample(parsed, rng)
            for text in (piece, piece.upper(), f"then {piece}.", f"x{piece} y", f"The {piece}s",
                         f"“{piece}” — {piece.title()}’s"):
                _same(g, text)


def test_requirements_are_the_rare_literal_words() -> None:
    g = gate.Gated(re.compile(r"\b(?:stalled|frozen)\s+(?:talks|negotiations)\s+on\b", re.I))
    # (each clause's strings shortest first, as the tests run them; see gate.fewest)
    assert gate.requirements(g.pattern) == (("frozen", "stalled"), ("negotiations", "talks"))
    assert g.needs == (("frozen", "stalled"), ("talks", "negotiations"))
    # a string holding another of its clause adds nothing: "agreement" holds "agree"
    assert gate.fewest((("agreement", "agree", "deal"), ("talks",))) == (
        ("deal", "agree"), ("talks",))
    assert g.absent("The talks went on.") and not g.absent("FROZEN TALKS ON TRADE")
    # text with "ſ" always runs the regex: IGNORECASE folds it to "s", lower() does not
    assert not g.absent("ſtalled talks on trade")
    assert g.search("ſtalled talks on trade") is not None
    # nothing sure (an alternative without a literal word, a class, a verbose pattern)
    assert gate.Gated(re.compile(r"(?:talks|\d+)\s+on")).needs == ()
    assert gate.Gated(re.compile(r"[a-z]+ed")).needs == ()
    assert gate.Gated(re.compile(r"talks # comment", re.VERBOSE)).needs == ()
    # an optional word is not required; a repeated one is
    assert gate.Gated(re.compile(r"(?:early\s+)?talks")).needs == (("talks",),)
    assert gate.Gated(re.compile(r"(?:round\s+)+of talks")).needs == (("of talks",), ("round",))


def test_only_three_characters_fold_to_ascii_letters_beyond_lower() -> None:
    # the gate lowercases text with str.lower; IGNORECASE matches an ASCII letter to these
    # other characters only, and text holding one is never gated
    import string

    found = set()
    for letter in string.ascii_letters:
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        for code in [*range(128, 0xD800), *range(0xE000, 0x10000)]:  # cased letters: BMP
            char = chr(code)
            if pattern.fullmatch(char) and char.lower() != letter.lower():
                found.add(char)
    assert found == set(gate._FOLDS_TO_ASCII)
    g = gate.Gated(re.compile(r"\bstalled\s+talks\b", re.IGNORECASE))
    assert g.absent("“The talks,” he said — “went on.”")
    assert not g.absent("“Stalled talks,” he said")
    assert g.search("\u017ftalled talks") is not None and not g.absent("\u017ftalled talks")
    for char in gate._FOLDS_TO_ASCII:  # any of them turns the gate off
        assert not g.absent(f"“Nothing” here {char}") and g.absent("“Nothing” here")


def _can_start(firsts: tuple[frozenset[str], bool], ch: str) -> bool:
    chars, digits = firsts
    return ch in chars or (digits and ch.isdecimal())


def test_first_characters_cover_every_match_of_the_time_patterns() -> None:
    """A time pattern is tried only where the text's character can start one of its matches:
    at every start of samples of each pattern, and with every other first character."""
    from re import _parser  # type: ignore[attr-defined]

    from briefing.extract.time import candidates

    others = [chr(c) for c in range(32, 0x250)] + ["\u212a", "\u0660", "\u0967", "٣", "①"]
    rng = random.Random(7)
    for kind, pattern in candidates._PATTERNS:
        firsts = gate.first_chars(pattern)
        assert (candidates._FIRSTS[kind][0] is None) == (firsts is None)
        if firsts is None:
            continue
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        tails = [_sample(parsed, rng) for _ in range(30)]
        for tail in tails:
            for text in (tail, tail.upper(), tail.lower(), tail.title()):
                if pattern.match(text):
                    assert _can_start(firsts, text[0]), (kind, text)
            for ch in others:  # the first character replaced by any other
                if pattern.match(ch + tail[1:]):
                    assert _can_start(firsts, ch), (kind, ch + tail[1:])


def test_first_characters_of_small_patterns() -> None:
    assert gate.first_chars(re.compile(r"\b(?:the\s+)?\d+ days")) == (frozenset("t"), True)
    assert gate.first_chars(re.compile(r"(?:early|late)-", re.I)) == (
        frozenset("eElL"), False)
    assert gate.first_chars(re.compile(r"(?i:since) \d")) == (
        frozenset("sS\u017f"), False)
    assert gate.first_chars(re.compile(r"\w+ ago")) is None  # anything
    assert gate.first_chars(re.compile(r"(?:now)?")) is None  # may match empty
    assert gate.first_chars(re.compile(r"[^a-z]x")) is None


def test_every_lowered_pattern_answers_what_it_answers_as_written() -> None:
    from re import _parser  # type: ignore[attr-defined]

    assert len(gate.LOWERED) >= 2
    assert all(t.plain is not None for t in gate.LOWERED)  # each use has its fast twin
    rng = random.Random(6)
    for t in gate.LOWERED:
        parsed = _parser.parse(t.pattern.pattern, t.pattern.flags)
        for text in SENTENCES:
            assert t.found(text) == (t.pattern.search(text) is not None), (t.pattern, text)
        for _ in range(40):
            piece = _sample(parsed, rng)
            for text in (piece, piece.upper(), piece.title(), f"then {piece}.", f"x{piece} y",
                         f"“{piece}” — {piece.title()}’s", piece.replace("s", "\u017f"),
                         piece.upper().replace("K", "\u212a"), f"É{piece.upper()}Ç"):
                assert t.found(text) == (t.pattern.search(text) is not None), (t.pattern, text)


def test_lowered_twins_only_where_case_cannot_matter() -> None:
    twin = gate.Lowered(re.compile(r"\b(?:talks|cease-?fire)\s+(?:with|on)\b\W*$", re.I))
    assert twin.plain is not None and twin.plain.flags & re.IGNORECASE == 0
    assert twin.found("TALKS WITH") and twin.found("Cease-Fire on") and not twin.found("x")
    assert twin.found("\u017ftalks with") is False  # as written: "ſtalks" is one word
    assert gate.Lowered(re.compile(r"talks", re.I)).found("\u017fTALKS") is True
    # capitals, a class with capitals, a back-reference, flags inside: run as written
    for source in (r"Talks", r"[A-Z]talks", r"(a)\1", r"(?-i:talks)", r"[\u00e9]"):
        assert gate.Lowered(re.compile(source, re.I)).plain is None, source
    assert gate.Lowered(re.compile(r"talks")).plain is None  # not case-insensitive anyway


def test_categories_are_the_same_after_lower() -> None:
    # the twins rely on \w \s \d (and \b) holding a character exactly when its lowercase form
    # holds them; str.lower keeps every character but "İ" one character long
    changed = [chr(c) for c in [*range(0, 0xD800), *range(0xE000, 0x110000)]
               if chr(c).lower() != chr(c)]
    assert len(changed) > 1000
    for pattern in (re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")):
        for char in changed:
            low = char.lower()
            if len(low) != 1:
                assert char == "\u0130"
                continue
            assert bool(pattern.match(char)) == bool(pattern.match(low)), (pattern, char)


def test_time_triggers_are_skipped_only_where_they_find_nothing() -> None:
    """A trigger runs only over text whose lowercase form holds one of its strings: every
    string a trigger can find holds one, and candidates equal those of ungated triggers."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    from briefing.extract.time import candidates

    gated_triggers = 0
    for trigger, _tried, _needs, _finds in candidates._TRIED:
        needs = candidates._gate(trigger)
        if needs is None:
            assert trigger.pattern == r"\d\d*"
            continue
        gated_triggers += 1
        found = candidates._strings(list(_parser.parse(trigger.pattern)), _constants)
        assert found
        for word in found:
            assert any(w in word.lower() for w in needs), (trigger.pattern, word)
    assert gated_triggers == 7
    assert sum(needs is not None for _t, _k, needs, _f in candidates._TRIED) == 4
    texts = ["In MID-1987 the Christmas truce held; next spring, talks.", "Nothing at all.",
             "On Tuesday, 3 March 2025, two days ago, officials met.", "ſpring \u212aelvin",
             "Late-2024 and New Year's Day; the İstanbul AUTUMN talks, yesterday morning."]
    ungated = [(t, tried, None, finds) for t, tried, _needs, finds in candidates._TRIED]
    for text in texts:
        want = candidates.candidates(text)
        saved = candidates._TRIED
        candidates._TRIED = ungated
        try:
            got = candidates.candidates(text)
        finally:
            candidates._TRIED = saved
        assert [(c.start, c.end, c.kind) for c in got] == \
            [(c.start, c.end, c.kind) for c in want], text


def test_windows_of_long_texts_are_gated_on_one_lowercase_copy() -> None:
    g = gate.Gated(re.compile(r"\bstalled\s+talks\b", re.IGNORECASE))
    text = "The talks went on. " * 30 + "STALLED TALKS resumed. " + "Nothing. " * 20
    at = text.index("STALLED")
    assert len(text) >= gate._SHARED_MIN
    assert not g.absent(text) and not g.absent(text, at - 5, at + 20)
    assert g.absent(text, 0, at) and g.absent(text, at + 8, len(text))
    assert g.absent(text, at, at + 10)  # "stalled" but not "talks" inside the window
    assert gate.lower_of(text) is gate.lower_of(text) == text.lower()
    for char in gate._FOLDS_TO_ASCII:  # a text holding one is never gated
        other = text.replace("STALLED", "\u017fTALLED") + char
        assert not g.absent(other, 0, len(other) - 1)
    for pos, endpos in [(0, at), (at - 5, at + 20), (at, at + 10), (at + 8, 10**9), (-3, 5)]:
        window = text[max(pos, 0):endpos]
        assert (g.search(text, pos, endpos) is None) == (g.pattern.search(text, pos, endpos)
                                                         is None), (pos, endpos, window)


def test_short_texts_asked_in_turns_are_answered_as_if_lowered_afresh() -> None:
    # the stages ask every sentence for one rule, then every sentence for the next: more
    # texts than the cache holds, asked twice, each answered from its own lowercase form
    g = gate.Gated(re.compile(r"\bstalled\s+talks\b", re.IGNORECASE))
    texts = [f"Sentence {i}: the STALLED talks of day {i}." if i % 3 == 0 else
             f"Sentence {i}: \u017ftalled talks." if i % 7 == 0 else f"Sentence {i}: calm."
             for i in range(lowered_texts._SHORT_CACHE_SIZE + 50)]
    for _ in range(2):
        for text in texts:
            assert lowered_texts._short_lowered(text) == (text.lower(), "\u017f" in text)
            assert g.absent(text) == ("stalled" not in text.lower() and "\u017f" not in text)
            assert (g.search(text) is None) == (g.pattern.search(text) is None), text
    assert len(lowered_texts._SHORT_CACHE) <= lowered_texts._SHORT_CACHE_SIZE


def test_ascii_alike_text_is_ascii_or_punctuation_beyond_it() -> None:
    assert gate.ascii_alike("Talks resumed on May 3.")
    assert gate.ascii_alike("“We’re close,” she said — and left…")
    for odd in ("café", "İstanbul", "ſtalled", "Kelvin \u212a", "a\xa0b", "a\u3000b", "a\x1cb",
                "a\x1fb", "x\u2060y", "٣ days", "²", "Ⓐ"):
        assert not gate.ascii_alike(odd), odd
    long = "The talks “resumed” — at last. " * 20
    assert gate.ascii_alike(long) and gate.ascii_alike(long)  # (asked twice, answered alike)
    assert not gate.ascii_alike(long + "é")


def test_every_punctuation_mark_counted_alike_is_no_word_space_digit_or_case() -> None:
    for ch in gate._PUNCTUATION:
        assert ord(ch) > 127
        assert not (ch.isalnum() or ch.isspace() or ch.isdecimal() or ch == "_"), ch
        assert ch.lower() == ch == ch.upper() == ch.casefold(), ch
        assert re.match(r"[\w\s\d]|\b", ch) is None, ch


def test_ascii_twins_find_what_the_patterns_find_in_ascii_alike_text() -> None:
    from briefing.extract import wordtable

    rng = random.Random(7)
    alphabet = "aZ09_ .,;-'\n\t" + gate._PUNCTUATION
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
             for _ in range(300)]
    texts += ["Mr. Roe’s “deal” — 12 votes…", "a-b ‘c’ d—e 1,000", "\x1b\x7f x"]
    for text in texts:
        assert gate.ascii_alike(text), text
        assert wordtable._TOKEN_SPLIT_ASCII.split(text) == wordtable._TOKEN_SPLIT.split(text), text


def test_a_lowered_alternation_of_words_is_answered_by_substring_tests() -> None:
    words, rest = gate._literal_split(re.compile(r"pay|cost.of.living|head office|(?:e|f)g|lay-?off"))
    assert words == ("pay", "head office")
    assert rest is not None and rest.pattern == r"cost.of.living|(?:e|f)g|lay-?off"
    assert gate._literal_split(re.compile(r"pay|wage")) == (("pay", "wage"), None)
    assert gate._literal_split(re.compile(r"\b(?:pay|wage)\b")) == ((), None)
    assert gate._literal_split(re.compile(r"pay|")) == ((), None)  # an empty alternative: always
    low = gate.lowered(re.compile(r"spread|lay-?off|head office|cost.of.living", re.IGNORECASE))
    gate.LOWERED.remove(low)
    assert low.words == ("spread", "head office")
    for text, found in [("The SPREAD widened", True), ("layoffs loom", True), ("Lay-Offs", True),
                        ("the Head Office", True), ("head  office", False), ("Cost-of-Living", True),
                        ("ſpread", True), ("nothing", False), ("", False)]:
        assert low.found(text) is found, text
        assert (low.pattern.search(text) is not None) is found, text


def test_a_gated_case_insensitive_pattern_runs_its_twin_on_lowercase_text() -> None:
    g = gate.Gated(re.compile(r"\b(?P<verb>stall(?:ed|s)?)\s+(talks|negotiations)\b", re.I))
    assert g.plain is not None and not g.plain.flags & re.IGNORECASE
    assert gate.Gated(re.compile(r"\b(?:talks)?", re.I)).plain is None  # may match empty
    text = "STALLED Talks, then stalls negotiations; ſtalled talks. " * 12  # long: shared lower
    for t in (text, text[:60], text.replace("ſ", "s"), "İ stalled talks"):
        for pos, endpos in [(0, len(t)), (5, len(t)), (0, 40)]:
            got = [(m.span(), m.groups(), m.group()) for m in g.finditer(t, pos, endpos)]
            assert got == [(m.span(), m.groups(), m.group())
                           for m in g.pattern.finditer(t, pos, endpos)]
            a, b = g.search(t, pos, endpos), g.pattern.search(t, pos, endpos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_alternatives_split_only_outside_classes_whose_first_member_may_be_a_bracket() -> None:
    # "]" right after "[" or "[^" is a member of the class, as Python's parser reads it
    for source in ["a[]|]b|c", "[^]|x]y|(d|e)f", r"g[\]|]|h"]:
        compiled = re.compile(source)
        parts = gate.top_level_alternatives(source)
        assert len(parts) == 2
        # each part is a valid pattern and the alternation of the parts is the pattern itself
        assert all(re.compile(p) for p in parts)
        assert "|".join(parts) == compiled.pattern
    assert gate.top_level_alternatives("a[]|]b|c") == ["a[]|]b", "c"]
    assert gate.class_end("[]x]y", 0) == 4 and gate.class_end("[^]]", 0) == 4


def test_a_group_ends_past_a_class_that_opens_with_a_bracket() -> None:
    from briefing.extract.negotiations import scan

    assert scan._group_end("([]|)]|a)b", 0) == 9
    assert scan._group_end("[]|)]x", 0) == 5


def test_lower_short_is_lower_however_often_asked() -> None:
    texts = [f"Talks {i} ÉTÉ İstanbul ſ Σ’S “DEAL”" for i in range(700)]
    for _ in range(2):  # more texts than the cache holds, asked in turns
        for text in texts:
            assert gate.lower_short(text) == text.lower()


def test_gates_asked_about_keyed_sentences_find_what_they_find_ungated() -> None:
    """A sentence whose word keys the tracker registered is gated by its keys first
    (:mod:`briefing.extract.anchored`): nothing a pattern finds is lost."""
    from re import _parser  # type: ignore[attr-defined]

    from briefing.extract.negotiations.scan import unit_keys

    assert sum(1 for g in gate.GATED if g.key_needs) > 20
    rng = random.Random(9)
    for g in gate.GATED:
        parsed = _parser.parse(g.pattern.pattern, g.pattern.flags)
        texts = list(SENTENCES)
        for _ in range(25):
            piece = _sample(parsed, rng)
            texts += [piece, piece.upper(), f"then {piece}.", f"x{piece} y",
                      f"“{piece}” — {piece.title()}’s", f"{piece[1:]} {piece[:-1]}"]
        for text in texts:
            low = text.lower()
            if len(low) == len(text):
                gate.register_keys(text, unit_keys(low, 0, len(low)))
            _same(g, text)


def test_long_ascii_alike_check_drops_common_marks_first_and_answers_as_the_class() -> None:
    # a long text is checked with its commonest marks removed first: the answer is the class's
    rng = random.Random(11)
    alphabet = "ab Z9.,\n" + gate._PUNCTUATION + "é\u0130\x1c\xa0\u2060"
    for _ in range(300):
        text = "".join(rng.choice("abc d.") for _ in range(rng.randint(380, 600)))
        for _k in range(rng.randint(0, 3)):
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(alphabet) + text[at:]
        assert gate.ascii_alike(text) == (gate._NOT_ASCII_ALIKE.search(text) is None), text
        # (a short text: ASCII only, no class tried over it; a long one: cached)
        want = gate.ascii_alike(text) if len(text) >= lowered_texts._SHARED_MIN else \
            lowered_texts.ascii_short(text)
        assert lowered_texts.ascii_alike_of(text) == want
        assert lowered_texts.ascii_alike_of(text) == want


def test_gated_patterns_run_their_ascii_twins_only_in_ascii_alike_text() -> None:
    # a document (long: its flag cached) and its sentences (short), with and without a letter
    # beyond ASCII: every gated pattern finds what it finds ungated, window by window
    body = " ".join(f"“{s}” — {s.upper()} ’s" for s in SENTENCES if "ſ" not in s) * 3
    for doc in (body, body + " Café talks stalled.", body.replace("Qatar", "Qaţar")):
        assert len(doc) >= 400
        cuts = [(0, len(doc)), (5, 300), (len(doc) // 2, len(doc) - 3)]
        for g in gate.GATED:
            for pos, endpos in cuts:
                a, b = g.search(doc, pos, endpos), g.pattern.search(doc, pos, endpos)
                assert (a and a.span()) == (b and b.span()), (g.pattern.pattern, pos)
                assert [m.span() for m in g.finditer(doc, pos, endpos)] == \
                    [m.span() for m in g.pattern.finditer(doc, pos, endpos)]
                a, b = g.match(doc, pos, endpos), g.pattern.match(doc, pos, endpos)
                assert (a and a.span()) == (b and b.span())
    twin = gate.Gated(re.compile(r"\btalks\s+\w+", re.IGNORECASE))
    assert twin.search("Café TALKS stalled") is not None and twin.ascii is None  # (not alike)
    # (a short text beyond ASCII is not asked further: its pattern runs as written)
    assert twin.search("The TALKS stalled — again") is not None and twin.ascii is None
    assert twin.search("The TALKS stalled again") is not None and twin.ascii is not None
    assert twin.ascii.flags & re.ASCII


def test_ascii_for_gives_the_twin_only_for_ascii_alike_text() -> None:
    pattern = re.compile(r"\b(?:will|would)\s+discuss\s+\w+", re.IGNORECASE)
    long = "They WILL discuss trade — “soon” — and would discuss borders. " * 8
    assert gate.ascii_for(pattern, "Café talks") is pattern
    assert gate.ascii_for(pattern, "talks “soon”") is pattern  # (short, beyond ASCII: as written)
    twin = gate.ascii_for(pattern, long)
    assert twin is not pattern and twin.flags & re.ASCII and twin.pattern == pattern.pattern
    assert gate.ascii_for(pattern, "will discuss it") is twin  # (made once)
    assert [m.span() for m in twin.finditer(long, 3, 300)] == \
        [m.span() for m in pattern.finditer(long, 3, 300)]
    assert gate.ascii_for(pattern, long + "é") is pattern
