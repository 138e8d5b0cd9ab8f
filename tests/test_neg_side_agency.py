"""A side of the primary negotiation must act somewhere in the text (issue 11): a state named
only as an object beside the talks ("raise the ire of A"), a currency or a modifier is no side.
Invented text, the real knowledge base."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract import analyse
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times


def _primary_sides(text: str) -> set[str]:
    briefing = analyse(doc(text, published="1987-03-04"))
    primary = next(n for n in briefing.negotiations if n.primary)
    return set(primary.parties)


def test_states_named_only_as_objects_beside_debt_talks_are_no_sides() -> None:
    text = ("Mexico and its bank advisory committee agreed on Tuesday to reschedule 40 billion "
            "dlrs of debt at 13/16 pct over Libor, after talks in New York. The banks knew the "
            "margin would raise the ire of Venezuela and Chile, which paid more on recent "
            "reschedulings. Mexico said the agreement would be signed next month.")
    sides = _primary_sides(text)
    assert "mexico" in sides
    assert not sides & {"venezuela", "chile"}


def test_a_currency_demonym_makes_no_side() -> None:
    text = ("Producers and consumers reached agreement on a new rubber pact at talks in Geneva "
            "on Tuesday. The pact keeps the reference price of 201 Malaysian cents per kilo, "
            "and the new pact will be signed next week, the chairman said.")
    assert "malaysia" not in _primary_sides(text)


def test_the_doer_of_a_deed_noun_is_a_side_its_mediators_stay_mediators() -> None:
    text = ("The envoy met the negotiation team on Monday following the murder of two aid "
            "workers and three other hostages by Hamas. He received an update on the bridging "
            "proposal outlined by Qatar and Egypt, and on continuing consultations with "
            "co-mediators Qatar and Egypt to secure the release of the hostages.")
    briefing = analyse(doc(text, published="2024-09-02"))
    primary = next(n for n in briefing.negotiations if n.primary)
    assert "hamas" in primary.parties
    assert not set(primary.parties) & {"qatar", "egypt"}



def test_a_list_of_one_sides_principals_does_not_outweigh_the_side_across() -> None:
    text = ("Talks Between Minister Jo Roe, Envoy Al Poe, Mr. Ed Coe, Minister Di Doe, and "
            "Latveria\n\n"
            "Minister Jo Roe, Envoy Al Poe, Mr. Ed Coe, and Minister Di Doe held a long meeting "
            "with Latveria on the draft agreements. Latveria affirmed that the draft "
            "agreements addressed its concerns. Both sides agreed to continue the talks.")
    d, _ = document_from_text("fixture.txt", text, meta=Metadata(title=None,
                                                                 published="2020-06-14"))
    found = (actor(text, "ruritania", "state", ["Ruritania"]),
             actor(text, "latveria", "state", ["Latveria"]),
             *(actor(text, f"p{k}", "person", [name], affiliation="ruritania")
               for k, name in enumerate(["Jo Roe", "Al Poe", "Ed Coe", "Di Doe"])))
    primary = next(t for t in find_negotiations(d, found, (), find_times(d))[0] if t.primary)
    assert set(primary.parties) == {"ruritania", "latveria"}
