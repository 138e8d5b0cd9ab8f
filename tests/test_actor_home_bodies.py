"""Government bodies named without their state in a wire story from a capital (issue 11, actor
recall): "TOKYO - ... a Foreign Ministry spokesman said" is the Japanese Foreign Ministry, a
sub-actor of Japan; a dateline that is no capital, a demonym before the words or "of STATE"
after them gives no such body.  Invented text."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: zembla, name: Zembla, demonyms: [Zemblan, Zemblans], capital: Ostrava Nova}
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian, Ruritanians], capital: Strelsau}
- id: old_zembla
  name: Zemblan Republic
  demonyms: [Zemblan Republican]
  capital: Ostrava Nova
  from: '1900-01-01'
  to: '1991-12-26'
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", "[]")


def test_a_bare_ministry_in_a_story_from_a_capital_is_that_states(kb) -> None:
    text = ("Trade row\n\nSTRELSAU, March 17 - Ruritania told the trade body a plan broke its "
            "rules, a Foreign Ministry spokesman said. The Central Bank said reserves fell, "
            "and the Foreign Ministry added that talks would follow.\n")
    actors = extract(kb, text, "2005-03-17")
    mfa = actors["ruritania_foreign_ministry"]
    assert mfa.part_of == "ruritania" and mfa.kind == "government"
    assert texts(mfa) == ["Foreign Ministry", "Foreign Ministry"]
    assert texts(actors["ruritania_central_bank"]) == ["Central Bank"]


def test_the_state_that_exists_at_the_date_owns_a_shared_capitals_body(kb) -> None:
    text = ("Talks\n\nOSTRAVA NOVA, April 13 - Envoys met at a house now belonging to the "
            "Foreign Ministry.\n")
    assert "old_zembla_foreign_ministry" in extract(kb, text, "1987-04-13")
    assert "zembla_foreign_ministry" in extract(kb, text, "2005-04-13")


def test_no_body_without_a_capital_dateline_or_with_a_state_named(kb) -> None:
    no_capital = ("Talks\n\nMIAMI, March 17 - The Foreign Ministry said talks would "
                  "follow.\n")
    assert not any(a.endswith("_foreign_ministry") for a in extract(kb, no_capital,
                                                                    "2005-03-17"))
    named = ("Talks\n\nSTRELSAU, March 17 - The Zemblan Foreign Ministry and the Foreign "
             "Ministry of Zembla said talks would follow.\n")
    assert "ruritania_foreign_ministry" not in extract(kb, named, "2005-03-17")
