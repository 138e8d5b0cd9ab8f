"""The parts both finders of unknown people share: claimed spans, whole-word occurrences, the
person actor and its id.  Invented strings."""

from __future__ import annotations

from briefing.extract.actors.new_people import Claimed, free_id, person, word_spans
from briefing.model import Actor, Mention


def test_claimed_spans_overlap_even_past_many_short_ones() -> None:
    long = Actor("a", "A", "state", mentions=(Mention(0, 100, "x" * 100),))
    short = Actor("b", "B", "state", mentions=tuple(Mention(i, i + 1, "y")
                                                      for i in range(10, 30)))
    claimed = Claimed((long, short))
    assert claimed.overlaps(50, 55)  # inside the long span, after 20 short ones
    assert not claimed.overlaps(100, 104)
    assert not Claimed(()).overlaps(0, 5)


def test_word_spans_are_whole_words_only() -> None:
    text = "Roe met O'Roe and Roe-Smith; Roe said. Roes left."
    assert word_spans(text, "Roe") == [(0, 3), (29, 32)]


def test_person_is_made_of_its_mentions_once_each_in_order() -> None:
    text = "Jo Roe spoke. Roe left."
    got = person("jo_roe", "Jo Roe", [(14, 17), (0, 6), (14, 17)], text, tier="party",
                 rule="speaker", affiliation="acme")
    assert [m.text for m in got.mentions] == ["Jo Roe", "Roe"]
    assert got.aliases == ("Jo Roe", "Roe")
    assert (got.kind, got.tier, got.affiliation, got.origin) == ("person", "party", "acme",
                                                                  "extracted")
    assert {m.rule for m in got.mentions} == {"speaker"}


def test_free_ids_never_repeat() -> None:
    taken = {"jo_roe"}
    assert free_id("Jo Roe", taken) == "jo_roe_2"
    assert free_id("Jo Roe", taken) == "jo_roe_3"
    assert free_id("Jo Roe", taken, suffix="person") == "jo_roe_person"
    assert free_id("Ann Lee", taken) == "ann_lee"
