"""Patterns tried only where they can begin find what the engine's own scan finds, match for match.

A whole-text pattern that opens with ``\\b`` and a long alternation of words, or with ``^`` in
``re.MULTILINE``, is tried by the regex engine at every position of the text.  Session 18's
speed work tries such a pattern only where ``str.find`` finds one of the words it begins with
(``lead_search.finditer_at_leads``), or only at the lines' starts
(``lead_search.finditer_at_line_starts``), and rewrites a few patterns to open with their
literal (the line's start looked back for after it).  Each is compared here with the original
scan on invented texts.
"""

from __future__ import annotations

import random
import re

import pytest

from briefing.extract.actors import handovers, talk_sentences
from briefing.extract.actors import new_people as newp
from briefing.extract.actors import post_people as up
from briefing.extract.lead_search import (
    finditer_at_leads,
    finditer_at_line_starts,
    finditer_in_lines,
    lead_strings,
)
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations import side_cues
from briefing.extract.quotes import discover

_WORDS = ["Jo", "Roe", "Al", "Bo", "Di", "McRoe", "O’Cu", "A.", "Jr", "de", "the", "of", "and",
          "Acme’s", "spokesman", "ambassador", "co-chairman", "president", "vice-president",
          "chief", "chiefs", "leader", "leaders", "head", "headquarters", "minister", "said",
          "told", "was", "who", "Signed", "Signedx", "Done", "Witnessed", "Initialled", "For",
          "Forth", "Q", "Q.", "Q:", "QA", "Secretary", "Interior", "“Yes”", '"No"', "-", "•",
          "–", "*", "go", "goes", "to", "over", "turn", "Gazprom", "ago", "question",
          "questions", "will", "line", "on", "MJ", "DeRoe"]
_GAPS = [" ", " ", " ", ", ", ",", ": ", ":", " \n", "\n", "\n\n", "\t", "", "-", ".", "'"]


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = ["".join(rnd.choice(_WORDS) + rnd.choice(_GAPS) for _ in range(rnd.randint(0, 30)))
           for _ in range(n)]
    out += ["the ambassador in Athens, Jo Roe, said", "Signed at Oslo\nFor the Republic of Bo:",
            "Q. Will they?\nQ: And?\nxQ. no", "Secretary of the Interior Jo Roe: “We will.”",
            "- Newsmax’s Jo Roe: “Yes”\n• Al Bo: \"No\"", "", "\n", "Q", "For the x:"]
    return out


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("pattern", [up._POST_APPOSITION, newp._SIGNED,
                                     handovers._HANDED_OVER, handovers._QUESTION_TO,
                                     handovers._LINE_OF],
                         ids=["post_apposition", "signed", "handed_over", "question_to",
                              "line_of"])
def test_finditer_at_leads_finds_what_finditer_finds(pattern: re.Pattern[str]) -> None:
    leads = lead_strings(pattern)
    assert leads
    for text in _texts(18, 3000):
        assert _spans(finditer_at_leads(pattern, leads, text)) == _spans(pattern.finditer(text))


def test_lead_strings_refuses_what_is_not_sure() -> None:
    assert lead_strings(re.compile(r"\b(?:ab|cd)e")) == ("ab", "cd")
    assert lead_strings(re.compile(r"(?:xa|yb)?z")) == ("xa", "yb", "z")
    assert lead_strings(re.compile(r"(?:xa|yb)?")) is None  # may match empty
    assert lead_strings(re.compile(r"[A-Z]x")) is None
    assert lead_strings(re.compile(r"abc", re.IGNORECASE)) is None
    pattern = re.compile(r"x")
    assert list(finditer_at_leads(pattern, None, "axbx")) and \
        _spans(finditer_at_leads(pattern, None, "axbx")) == _spans(pattern.finditer("axbx"))


def test_signed_lines_as_before() -> None:
    old = re.compile(r"^(?:Signed|Done|Witnessed|Initialled)\b[^\n]*$|"
                     r"^For\s+the\s+[^\n]{3,60}:$", re.MULTILINE)
    for text in _texts(7, 3000):
        assert _spans(newp._SIGNED.finditer(text)) == _spans(old.finditer(text))


def test_question_lines_as_before() -> None:
    old = re.compile(r"^Q[ .:]", re.MULTILINE)
    for text in _texts(8, 3000):
        assert _spans(talk_sentences.QUESTION.finditer(text)) == _spans(old.finditer(text))
        for at in range(len(text) + 1):
            got, want = talk_sentences.QUESTION.match(text, at), old.match(text, at)
            assert (got and got.span()) == (want and want.span())


def test_line_starts_find_what_finditer_finds() -> None:
    for pattern in (discover._LABEL_LINE, re.compile(r"^Q[ .:]", re.MULTILINE),
                    re.compile(r"^(?:-\s+)?[A-Z]\w*", re.MULTILINE)):
        for text in _texts(9, 3000):
            assert _spans(finditer_at_line_starts(pattern, text)) == _spans(
                pattern.finditer(text))


def test_mediator_before_is_anchored_at_the_start() -> None:
    # parties matches MED_BEFORE at 0 instead of searching it: every alternative opens with "^"
    # (without re.MULTILINE), so a search can only find a match at the start
    assert not side_cues.MED_BEFORE.flags & re.MULTILINE
    assert not lex.MEDIATOR_BEFORE.flags & re.MULTILINE
    rnd = random.Random(30)
    words = ["brokered", "by", "-", "as", "mediator", "mediators", "the", "Qatar", ",", "and",
             "will", "continue", "to", "facilitate", "talks", "’s", "good offices", "also",
             "played", "a", "key", "role", "in", "securing", "serve", "act"]
    for _ in range(5000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 9)))[:60]
        got, want = side_cues.MED_BEFORE.match(text), side_cues.MED_BEFORE.search(text)
        assert (got and got.span()) == (want and want.span())


_MARKED = ["He said", ", ", ": ", "“", "”", '"', "„", "«", "»", "’", "‘", "`", "‐", "‑", "-",
           " - ", "–", "—", "(", ")", ";", "isn", "t", "Q", "\n", "\x1c", "é", "x", "1"]


def _marked(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_MARKED) for _ in range(rnd.randint(0, 25))) for _ in range(n)]


def test_mark_positions_are_the_class_matches() -> None:
    from briefing.extract.quotes import marks

    for text in _marked(10, 3000):
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text) - 1)):
            assert marks._mark_positions(text, lo, hi) == [
                m.start() for m in marks.MARKS.finditer(text, lo, hi)]


def test_clause_ends_are_the_split_matches() -> None:
    from briefing.extract.time import timeline

    for text in _marked(11, 3000):
        assert timeline._clause_ends(text) == [
            m.end() for m in timeline._CLAUSE_SPLIT.finditer(text)]


def test_ascii_alike_as_its_pattern() -> None:
    from briefing.extract import gate

    for text in _marked(12, 3000) + ["abc", "a\x1fb", "", "\x1c"]:
        assert gate.ascii_alike(text) == (gate._NOT_ASCII_ALIKE.search(text) is None)


def test_introduced_needs_a_comma_or_colon_last() -> None:
    # the quote finder tries INTRODUCED only where the window's last non-space character is a
    # comma or a colon: every match ends so
    from briefing.extract.quotes import finder

    rnd = random.Random(13)
    words = ["he", "said", "says", "told", "them", "put it", ",", ":", " ", "\n", "\u2003",
             "Roe", "added", "x"]
    for _ in range(5000):
        text = "".join(rnd.choice(words) + rnd.choice(["", " "]) for _ in range(rnd.randint(0, 8)))
        m = finder.INTRODUCED.search(text)
        if m is not None:
            assert text.rstrip().endswith((",", ":"))


_LINE_WORDS = ["Jo", "Roe", "Al", "Bo", "Di", "McRoe", "O’Cu", "Mac", "A.", "B.", "C", "Jr",
               "de", "van", "the", "a", "its", "Acme’s", "Acme's", "spokesman", "analyst",
               "vice", "president", "chief", "at", "said", "and", "Jean-Paul", "X.Y."]
_LINE_GAPS = [" ", " ", " ", ", ", ",", " ,", "  ", "\t", "\n", " \n", ".\n", "", "-", "'",
              "’s ", ". ", ".\t"]


@pytest.mark.parametrize(("pattern", "finder"), [(up._APPOSED_POST, up._POST_COMMA),
                                                   (up._INITIALLED, up._INITIAL_STOP)],
                         ids=["apposed_post", "initialled"])
def test_finditer_in_lines_finds_what_finditer_finds(pattern: re.Pattern[str],
                                                     finder: re.Pattern[str]) -> None:
    rnd = random.Random(1818)
    texts = ["".join(rnd.choice(_LINE_WORDS) + rnd.choice(_LINE_GAPS)
                     for _ in range(rnd.randint(0, 40))) for _ in range(4000)]
    texts += ["Jo Roe, Acme's chief, said\nAl A. Bo\n", "Patt A. Gibbs", "Jo A. Roe\nJo B. Bo",
              "Jo Roe, analyst at Acme", "", "\n", "Jo Roe,\nanalyst"]
    found = 0
    for text in texts:
        expected = _spans(pattern.finditer(text))
        found += len(expected)
        assert _spans(finditer_in_lines(pattern, finder, text)) == expected
    assert found > 20  # (the salads do hold matches)


def test_name_lists_of_three_found_in_the_lines_searched() -> None:
    rnd = random.Random(1819)
    words = ["Jo", "Roe", "Al", "Bo", "Di", "Cu", "McRoe", "O’Cu", "de", "el", "bin", "and",
             "the", "Acme"]
    gaps = [" ", " ", ", ", ", ", ",", "\n", "\t", " and ", ", and ", ". "]
    texts = ["".join(rnd.choice(words) + rnd.choice(gaps) for _ in range(rnd.randint(0, 40)))
             for _ in range(4000)]
    texts += ["Jo Roe, Al Bo, and Di Cu", "Jo Roe and Al Bo", "Jo Roe, Al el Bo and Di Cu\n"]

    def lists(matches: object) -> list[tuple[int, int]]:
        return [m.span() for m in matches  # type: ignore[attr-defined]
                if len(up._LIST_SPLIT.findall(m.group(1))) >= 2]

    found = 0
    for text in texts:
        expected = lists(up._NAME_LIST.finditer(text))
        found += len(expected)
        assert lists(finditer_in_lines(up._NAME_LIST, up._LIST_COMMA, text)) == expected
    assert found > 5  # (the salads do hold lists of three)
