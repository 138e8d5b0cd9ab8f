"""Possessive repeats (``[a-z]++``) find what the greedy ones they replace find, match for match.

A greedy ``[a-z]+`` that fails after it gives its letters back one by one and tries the rest of
the pattern after each; when what follows can never begin with a lowercase letter (a space, a
comma, a capital, a lookahead refusing a word character), every such try fails, and the
possessive form, which gives nothing back, finds the same matches sooner.  Each pattern here is
compared with its greedy twin on invented word salad.
"""

from __future__ import annotations

import random
import re

import pytest

from briefing.extract.actors import new_people as newp
from briefing.extract.actors import post_people as pp
from briefing.extract.actors import unknown_people as up

# the whole-text name patterns of unknown_people and new_people (each scans every capital of a
# document)
_POSSESSIVE = {
    "_FULL": up._FULL, "_LONE_GIVEN": newp._LONE_GIVEN, "_POST_APPOSITION": pp._POST_APPOSITION,
    "_APPOSED_POST": pp._APPOSED_POST, "_INITIALS_POST": pp._INITIALS_POST,
    "_INITIALLED": pp._INITIALLED, "_NAME_LIST": pp._NAME_LIST,
}

_WORDS = ["Jo", "Roe", "Al", "Bo", "Di", "Cu", "Zo", "Donner", "Mc", "Mac", "McRoe", "MacBo",
          "O'Cu", "O’Cu", "M", "O", "Ma", "c", "ac", "A.", "B.", "L.C.", "x", "DA", "X", "Jr", "de",
          "van", "and", "the", "an", "of", "Acme's", "Acme’s", "spokesman", "ambassador",
          "president", "chief", "analyst", "said", "told", "was", "who", "Roe-Smith", "Jo's",
          "Roe’s", "Jo'", "Bo-", "JoRoe", "Roe.", "Roe,"]
_GAPS = [" ", " ", " ", " ", ", ", ",", " and ", ", and ", "\t", "", "-", ".", "'", "\n", "  "]


def _salads(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = ["".join(rnd.choice(_WORDS) + rnd.choice(_GAPS) for _ in range(rnd.randint(0, 12)))
           for _ in range(n)]
    out += ["Jo Roe, Al McBo, and Di O’Cu met", "the ambassador in Athens, Jo Roe, said",
            "Jo Roe, Acme's chief spokesman, said", "L.C. Roe Jr., vice president of Acme,",
            "Patt A. Gibbs said", "MacJo Roe and Al Bo; Jo's Roe", "Jo Roe-Smith told",
            "Undersecretary Michael Roe said", "Gianni Roe's offer", "Jo",
            "then A.B. McRoe, the chief said", "and L. Roe Sr., Acme's analyst", "x C. Bo, an envoy",
            "(D.E. O’Cu Jr. , chief", "Di L.C. Roe-Smith, the Acme president",
            "x A.B. Roe, analyst", "and L. C. Bo Jr., Acme's chief", "its head, Al de Bo, who",
            "Acme's envoy in Rome, Jo Roe-Smith Cu, was", "the chief of the port, Di Roe, and",
            "a minister, O’Cu MacBo, told"]
    return out


def _greedy(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern.replace("++", "+"), pattern.flags)


@pytest.mark.parametrize("name", sorted(_POSSESSIVE))
def test_a_possessive_name_pattern_matches_as_its_greedy_twin(name: str) -> None:
    pattern = _POSSESSIVE[name]
    assert "[a-z]++" in pattern.pattern
    twin = _greedy(pattern)
    found = 0
    for text in _salads(len(name), 4000):
        got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in twin.finditer(text)], text
        found += len(got)
    assert found >= 5


def test_the_full_name_pattern_searched_from_each_position_matches_as_its_greedy_twin() -> None:
    # _FULL is searched from positions inside the text (after a capitalised word that is no
    # given name), not only by finditer
    twin = _greedy(up._FULL)
    for text in _salads(3, 800):
        for pos in range(len(text) + 1):
            a, b = up._FULL.search(text, pos), twin.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, pos)
