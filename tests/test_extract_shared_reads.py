"""Work read once and shared by the stages (speed): the same results as reading it again."""

from __future__ import annotations

import random
import re

from _neg_fixtures import actor

from briefing.extract.actors import new_people
from briefing.extract.actors import unknown_people as up
from briefing.extract.actors.reporting import _bounded_in
from briefing.extract.negotiations.labels import phrase_at
from briefing.extract.quotes.actor_index import ActorIndex, index_of
from briefing.model import Actor

_TEXT = "Ruritania and Oceania met on Monday. Jo Roe, Ruritania's envoy, said they talked."


def _actors() -> tuple[Actor, ...]:
    return (actor(_TEXT, "ruritania", "state", ["Ruritania"]),
            actor(_TEXT, "oceania", "state", ["Oceania"]),
            actor(_TEXT, "jo_roe", "person", ["Jo Roe"], affiliation="ruritania"))


def test_one_index_for_the_quotes_and_the_tracker() -> None:
    found = _actors()
    first = index_of(found)
    assert index_of(found) is first  # the second stage reads the first's index
    fresh = ActorIndex(found)
    assert first.hits == fresh.hits and first.starts == fresh.starts
    assert first.person_starts == fresh.person_starts
    assert first.party_of(found[2]) == "ruritania"


def test_another_document_gets_its_own_index() -> None:
    found = _actors()
    first = index_of(found)
    other = tuple(found[:2])
    second = index_of(other)
    assert second is not first
    assert [h.actor.id for h in second.hits] == ["ruritania", "oceania", "ruritania"]
    assert index_of(found) is not first  # only the last tuple is kept
    equal = tuple(list(found))  # an equal tuple of another call: its own index
    assert equal is not found and index_of(equal) is not index_of(found)


def test_a_contraction_ends_the_phrase_at_either_apostrophe() -> None:
    for text in ("talks on fishing quotas that’s what they said",
                 "talks on fishing quotas it's clear",
                 "talks on fishing quotas there’s more"):
        assert phrase_at(text, 0, 5, len(text)) == ["talks", "on", "fishing", "quotas"]
    text = "talks on the farmers’ quotas"
    assert phrase_at(text, 0, 5, len(text)) == ["talks", "on", "the", "farmers’", "quotas"]


def test_a_publisher_name_is_found_between_word_boundaries_without_a_pattern() -> None:
    """``reporting._bounded_in`` answers what ``\\b<name>\\b`` searched in the source would."""
    assert _bounded_in("bbc", "bbc news") and not _bounded_in("bbc", "bbcnews")
    assert _bounded_in("a.p.", "a.p. wire") is (re.search(r"\ba\.p\.\b", "a.p. wire") is not None)
    alphabet = "ab _-.é1’"
    draw = random.Random(13)
    for _ in range(20000):
        hay = "".join(draw.choice(alphabet) for _ in range(draw.randint(0, 8)))
        needle = "".join(draw.choice(alphabet) for _ in range(draw.randint(1, 3)))
        expected = re.search(r"\b" + re.escape(needle) + r"\b", hay) is not None
        assert _bounded_in(needle, hay) is expected, (needle, hay)


def test_a_documents_names_are_found_as_their_pattern_would_find_them() -> None:
    """``new_people.literal_matches`` (unknown_people's names) gives what ``finditer`` of the pattern made of the
    names (longest first) gives, without compiling one per document."""
    assert new_people.literal_matches("Jo Roe met Roe's aide, Roe-Smith and Roes. Roe",
                                      ["Roe"], up._AT_NAME_END) == [(3, 6, "Roe"),
                                                                    (11, 14, "Roe"),
                                                                    (43, 46, "Roe")]
    pieces = ["Roe", "Ro", "e", " ", "'s", "’", "-", "Di", "Di Roe", "x", ".", "S", "\n", "Al"]
    draw = random.Random(7)
    for _ in range(4000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 12)))
        names = sorted(set(draw.sample(["Roe", "Ro", "Di Roe", "Di", "Al", "e"],
                                       draw.randint(1, 3))), key=len, reverse=True)
        for end, end_source in ((up._AT_NAME_END, up._NAME_END),
                                (up._AT_HANDED_END, r"(?![\w’'-])(?!\s+[A-Z])")):
            pattern = re.compile(new_people._WORD_START + "(?:" + "|".join(map(re.escape, names)) + ")"
                                 + end_source)
            expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
            assert new_people.literal_matches(text, names, end) == expected, (text, names)
