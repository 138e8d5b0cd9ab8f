"""A state's form of government standing for it (issue 11): "the Kingdom" once "the Kingdom
of X" is named, "the Federation" once "the Ruritanian Federation" is.  Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, aliases: [Kingdom of Ruritania], demonyms: [Ruritanian],
   iso3: RUR}
- {id: borduria, name: Borduria, aliases: [Bordurian Federation], demonyms: [Bordurian],
   iso3: BOR}
- {id: sylvania, name: Sylvania, aliases: [Kingdom of Sylvania], demonyms: [Sylvanian],
   iso3: SYL}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", "[]")


def _state(actors, aid: str) -> list[str]:
    return texts(actors[aid]) if aid in actors else []


def test_the_kingdom_after_the_kingdom_of_a_state_is_that_state(kb) -> None:
    text = ("Visit\n\nThe envoy flew to the Kingdom of Ruritania on Monday. He praised the "
            "Kingdom’s reforms and said the Kingdom would host the next round.\n")
    actors = extract(kb, text)
    assert _state(actors, "ruritania") == ["Kingdom of Ruritania", "Kingdom", "Kingdom"]


def test_the_federation_after_a_federation_s_name(kb) -> None:
    text = "Tax\n\nThe Bordurian Federation sued the firm. The Federation wants its taxes.\n"
    actors = extract(kb, text)
    assert _state(actors, "borduria") == ["Bordurian Federation", "Federation"]


def test_two_kingdoms_leave_the_kingdom_to_no_one(kb) -> None:
    text = ("Summit\n\nThe Kingdom of Ruritania and the Kingdom of Sylvania met. The Kingdom "
            "said little.\n")
    actors = extract(kb, text)
    assert _state(actors, "ruritania") == ["Kingdom of Ruritania"]
    assert _state(actors, "sylvania") == ["Kingdom of Sylvania"]


def test_no_named_kingdom_or_another_name_makes_no_mention(kb) -> None:
    text = ("Shops\n\nThe Kingdom of Ruritania taxed imports. The Kingdom Gardens shop and "
            "the Kingdom of Heaven were not affected.\n")
    actors = extract(kb, text)
    assert _state(actors, "ruritania") == ["Kingdom of Ruritania"]
    text = "Shops\n\nRuritania taxed imports. The Kingdom said so.\n"
    assert _state(extract(kb, text), "ruritania") == ["Ruritania"]
