"""Knowledge-base facts on places, peoples and documents (issue 11, name mentions; added in
session 21): Gaza's people, the EU's seat, a sea a state's name opens, documents named by their
letters.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _mentions(text: str, published: str | None = "2024-03-20") -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in analyse(doc(text, published)).actors}


def test_gazans_are_a_population_and_gaza_a_place() -> None:
    got = _mentions("Aid\n\nIsrael and Hamas talked. Aid to Gazans grew, easing the burden on "
                    "the Gazan people in Gaza.\n")
    assert got.get("Gazans") == ["Gazans", "Gazan"]


def test_brussels_as_the_eus_institutions_only_in_actor_position() -> None:
    got = _mentions("Trade\n\nThe US filed a complaint against Brussels. Talks in Brussels "
                    "went on.\n", "2004-03-20")
    assert got.get("European Union") == ["Brussels"]


def test_the_taiwan_strait_and_the_jcpoa_are_no_actors() -> None:
    got = _mentions("Talks\n\nPeace across the Taiwan Strait matters to Japan. The deal is "
                    "nothing like the JCPOA; under the JCPOA Iran got cash.\n")
    assert "Taiwan" not in got and "JCPOA" not in got
