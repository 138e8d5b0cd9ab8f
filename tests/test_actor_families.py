"""A family that holds a stake is one actor named "<Name> family" (issue 11, name mentions).
Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _actors(text: str) -> dict[str, tuple[str, list[str]]]:
    briefing = analyse(doc(text, published="1987-03-02"))
    return {a.name: (a.kind, [m.text for m in a.mentions]) for a in briefing.actors}


def test_the_name_family_is_one_actor_each_time() -> None:
    got = _actors("Stake\n\nNEW YORK, March 2 - Acme Corp bought shares from the controlling "
                  "Vossberg family. The Vossberg family holds 11 pct of Acme Corp.\n")
    assert got.get("Vossberg family") == ("other", ["Vossberg family", "Vossberg family"])


def test_a_known_name_a_possessive_or_a_demonym_makes_no_family() -> None:
    got = _actors("Talks\n\nNEW YORK, March 2 - The Chrysler family welcomed the deal, Acme "
                  "Corp said. Your family is safe, he told the Canadian family. Our American "
                  "family grieves.\n")
    assert not any(name.endswith("family") for name in got)
    assert "Chrysler" in got
