"""Party-tier rules from the second held-out review ("false parties").

Each test builds a document from sentences written for these tests (no corpus text) and reads
the tiers through the whole pipeline (:func:`briefing.extract.analyse`) with the bundled KB:

- states named only inside an enumeration of *other* pairs or examples are `mentioned`;
- a spokesperson who only reports for a state away from the table is `mentioned`, one
  heard for a side (quoted, or speaking) stays a party;
- a demonym before a noun for one private person ("a Russian trader") names no state.
"""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.model import Briefing


def _run(text: str, published: str = "2025-05-06") -> Briefing:
    return analyse(doc(text, published))


def _tiers(text: str, published: str = "2025-05-06") -> dict[str, str]:
    return {a.id: a.tier for a in _run(text, published).actors}


def _person(briefing: Briefing, name: str):
    return next(a for a in briefing.actors if a.kind == "person" and a.name == name)


PAIRS = (
    "Laos and Vietnam agree to reopen border talks\n\n"
    "Laos and Vietnam agreed on Monday to reopen talks on their disputed border, officials said.\n"
    "The envoy who mediated the talks is experienced. \"She has brokered peace between Chad and "
    "Sudan, Peru and Chile, Kenya and Somalia,\" an aide said.\n"
    "Laotian negotiators met Vietnamese officials and signed a memorandum on the border.\n")


def test_states_inside_an_enumeration_of_other_pairs_are_mentioned() -> None:
    tiers = _tiers(PAIRS)
    assert tiers["laos"] == tiers["vietnam"] == "party"
    for other in ("chad", "sudan", "peru", "chile", "kenya", "somalia"):
        assert tiers[other] == "mentioned", other


def test_states_inside_an_enumeration_of_other_pairs_are_no_negotiation_sides() -> None:
    primary = _run(PAIRS).negotiations[0]
    assert set(primary.parties) == {"laos", "vietnam"}


def test_first_pair_of_an_enumeration_stays_a_party_when_it_is_the_subject() -> None:
    text = ("Chad and Sudan sign a border accord\n\n"
            "Chad and Sudan signed a border accord on Friday after two years of talks.\n"
            "The mediator has brokered peace between Chad and Sudan, Peru and Chile, Kenya and "
            "Somalia in the past decade, her office said.\n")
    tiers = _tiers(text)
    assert tiers["chad"] == tiers["sudan"] == "party"
    assert tiers["peru"] == tiers["chile"] == tiers["kenya"] == "mentioned"


def test_a_single_pair_after_between_is_not_an_enumeration() -> None:
    text = ("Talks resume\n\n"
            "The envoy has brokered peace between Peru and Chile after a long dispute.\n"
            "Negotiators from Peru and Chile met again on Tuesday to discuss the treaty.\n")
    tiers = _tiers(text)
    assert tiers["peru"] == tiers["chile"] == "party"


def test_examples_after_such_as_are_mentioned() -> None:
    text = ("Laos and Vietnam agree to reopen border talks\n\n"
            "Laos and Vietnam agreed on Monday to reopen talks on their disputed border.\n"
            "Negotiators said the deal would follow earlier accords between neighbours such as "
            "Peru and Chile.\n"
            "Laotian negotiators met Vietnamese officials and signed a memorandum.\n")
    tiers = _tiers(text)
    assert tiers["laos"] == tiers["vietnam"] == "party"
    assert tiers["peru"] == tiers["chile"] == "mentioned"


def test_a_plain_list_of_states_at_the_table_keeps_them_parties() -> None:
    """A list without "between … and …, … and …" or "such as" names the sides."""
    text = ("Truce extended\n\n"
            "The envoy welcomed the truce extension and the talks.\n"
            "We will keep working with the governments of Chad, Sudan, and Kenya on the truce "
            "and on a lasting ceasefire agreement.\n")
    tiers = _tiers(text)
    assert tiers["chad"] == tiers["sudan"] == tiers["kenya"] == "party"


def test_a_spokesman_who_only_reports_is_mentioned() -> None:
    text = ("Laos and Vietnam agree to reopen border talks\n\n"
            "Laos and Vietnam agreed on Monday to reopen talks on their disputed border.\n"
            "State Department spokesman John Marlow told reporters that Washington welcomed "
            "the agreement and the talks.\n"
            "Laotian negotiators met Vietnamese officials and signed a memorandum.\n")
    briefing = _run(text)
    marlow = _person(briefing, "John Marlow")
    assert marlow.tier == "mentioned"
    assert marlow.affiliation == "usa"
    tiers = {a.id: a.tier for a in briefing.actors}
    assert tiers["laos"] == tiers["vietnam"] == "party"


def test_a_spokeswoman_at_the_table_stays_a_party() -> None:
    text = ("Border talks\n\n"
            "Laos and Vietnam agreed on Monday to reopen talks on their disputed border.\n"
            "\"The talks were useful,\" Foreign Ministry spokeswoman Anna Varga said on Tuesday.\n"
            "Varga {verb} the memorandum for the Laotian side after the negotiators met.\n")
    assert _person(_run(text.format(verb="signed")), "Anna Varga").tier == "party"
    # the same spokeswoman, quoted on the talks, who then only reports is still heard for a
    # side: gold seats 15 of the 19 heard spokespeople the other rules left mentioned on the
    # released sets dev-blind22 (one of a state away from the table is context, above)
    assert _person(_run(text.format(verb="told reporters about")), "Anna Varga").tier \
        == "party"


def test_a_minister_who_reports_is_still_a_party() -> None:
    """Only spokespeople are demoted: a minister's own statement is a principal's."""
    text = ("Border talks\n\n"
            "Laos and Vietnam agreed on Monday to reopen talks on their disputed border.\n"
            "Foreign Minister Anna Varga told reporters that the talks were useful.\n"
            "Laotian negotiators met Vietnamese officials and signed a memorandum.\n")
    briefing = _run(text)
    assert _person(briefing, "Anna Varga").tier == "party"


def test_a_demonym_before_a_private_person_names_no_state() -> None:
    text = ("Arms talks open\n\n"
            "Negotiators from the United States and Japan opened arms talks on Monday in a "
            "villa once owned by a Russian trader and later by an Italian banker.\n"
            "The talks will resume on Tuesday, officials said.\n")
    ids = {a.id for a in _run(text, "1987-04-13").actors}
    assert "usa" in ids and "japan" in ids
    assert not ids & {"russia", "italy"}


def test_a_demonym_before_a_ship_or_an_official_still_names_the_state() -> None:
    text = ("Arms talks open\n\n"
            "Negotiators from the United States and Japan opened arms talks on Monday.\n"
            "A Russian merchant ship was seen nearby, and an Italian official attended the "
            "talks.\n")
    ids = {a.id for a in _run(text, "2020-04-13").actors}
    assert "russia" in ids and "italy" in ids


def test_a_list_of_three_examples_is_mentioned() -> None:
    text = ("Laos and Vietnam agree to reopen border talks\n\n"
            "Laos and Vietnam agreed on Monday to reopen talks on their disputed border.\n"
            "The accord follows earlier peace deals with neighbours such as Peru, Chile and "
            "Kenya, the negotiators said.\n"
            "Laotian negotiators met Vietnamese officials and signed a memorandum.\n")
    briefing = _run(text)
    tiers = {a.id: a.tier for a in briefing.actors}
    assert tiers["peru"] == tiers["chile"] == tiers["kenya"] == "mentioned"
    assert set(briefing.negotiations[0].parties) == {"laos", "vietnam"}


def test_including_a_pairs_own_agreement_is_no_enumeration() -> None:
    """"including A and B's agreement": the pair owns a deal, it is not a list of examples."""
    text = ("Gulf talks\n\n"
            "Oman and Qatar held talks on Monday on security in the region.\n"
            "The ministers welcomed recent steps toward peace, including Chad and Sudan's "
            "agreement to reopen their border.\n")
    tiers = _tiers(text)
    assert tiers["chad"] == tiers["sudan"] == "party"
