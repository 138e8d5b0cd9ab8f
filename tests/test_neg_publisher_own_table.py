"""The publisher at its own table (issue 11, sides of the primary): a government's own text
that seats its state as a side by a cue of its own, on a primary with no pair to broker
between, has it a side of its own deal, not the deal's mediator.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract.negotiations.sides import publisher_at_own_table
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times
from briefing.knowledge import default_kb

STATES = {"ruritania": ["Ruritania", "Ruritanian"], "freedonia": ["Freedonia", "Freedonian"],
          "sylvania": ["Sylvania", "Sylvanian"], "usa": ["United States"]}


def _own(parties: list[str], mediators: list[str], own: str | None,
         scores: dict[str, float], published: str | None = "2024-05-20"
         ) -> tuple[list[str], list[str]]:
    return publisher_at_own_table(parties, mediators, own, scores, default_kb(), published)


def _primary(text: str):
    d, _ = document_from_text("fixture.txt", text, meta=Metadata(
        title=None, published="2020-06-14", source="The White House"))
    actors = tuple(actor(text, aid, "state", names) for aid, names in STATES.items())
    return next(t for t in find_negotiations(d, actors, (), find_times(d))[0] if t.primary)


def test_a_publisher_seated_beside_a_lone_side_is_its_counterpart() -> None:
    parties, mediators = _own(
        ["ruritania"], ["usa", "sylvania"], "usa", {"ruritania": 3.0, "usa": 16.5})
    assert parties == ["ruritania", "usa"]
    assert mediators == ["sylvania"]


def test_a_publisher_alone_takes_the_side_the_text_seats_most_beside_it() -> None:
    parties, mediators = _own(
        [], ["usa"], "usa", {"usa": 15.0, "freedonia": 0.5, "ruritania": 3.5, "sylvania": 3.5})
    assert parties == ["usa", "ruritania"]  # the first named of equals
    assert mediators == []


def test_an_unseated_publisher_still_mediates() -> None:
    # at the author's cap: no cue of its own seats it
    assert _own([], ["usa"], "usa", {"usa": 0.1, "ruritania": 2.0}) \
        == ([], ["usa"])
    # seated less than the lone side: it may well broker that side's talks
    assert _own(["ruritania"], ["usa"], "usa",
                                  {"usa": 0.5, "ruritania": 2.0}) == (["ruritania"], ["usa"])


def test_a_publisher_brokering_between_two_sides_stays_a_mediator() -> None:
    assert _own(["ruritania", "freedonia"], ["usa"], "usa",
                                  {"usa": 9.0, "ruritania": 2.0, "freedonia": 2.0}) \
        == (["ruritania", "freedonia"], ["usa"])
    # no publisher (a news report): nothing to read
    assert _own(["ruritania"], ["usa"], None, {"usa": 9.0, "ruritania": 2.0}) \
        == (["ruritania"], ["usa"])


def test_a_publisher_that_habitually_mediates_the_lone_sides_pair_still_mediates() -> None:
    # a readout of its own negotiators' work on a deal it brokers with co-mediators: the lone
    # side's counterpart goes unnamed, the publisher is no side facing it
    assert _own(["hamas"], ["usa", "qatar"], "usa", {"hamas": 0.75, "usa": 8.0}) \
        == (["hamas"], ["usa", "qatar"])


def test_the_publishers_own_signed_deal_seats_it_and_its_counterpart() -> None:
    text = ("Statement on the Trade Deal\n\n"
            "The United States signed a landmark trade agreement today. "
            "The United States reached the terms of the agreement last week. "
            "The United States negotiated every clause of the agreement. "
            "The United States ratified the agreement within days. "
            "The agreement also opens the Ruritanian market to American farmers.\n")
    n = _primary(text)
    assert "usa" in n.parties and "usa" not in n.mediators


def test_a_government_welcoming_others_truce_stays_out_of_it() -> None:
    text = ("Statement on the Truce\n\n"
            "Ruritania and Freedonia agreed to a truce today. The United States welcomes the "
            "truce between Ruritania and Freedonia.\n")
    n = _primary(text)
    assert set(n.parties) == {"ruritania", "freedonia"}
    assert "usa" not in n.parties
