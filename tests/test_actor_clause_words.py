"""A capitalised clause word before a known surname is no first name ("Did Roe agree?",
"Putting Roe in charge", "Unlike Roe"): the surname stays the known person's and no new person
is made of the pair (:func:`briefing.extract.actors.surnames.clause_word`).  Invented
sentences and an invented knowledge base."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase
from briefing.model import Actor

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], capital: Strelsau}
- {id: freedonia, name: Freedonia, demonyms: [Freedonian], capital: Fredville}
"""
PEOPLE = """
- {id: rudolf_varga, name: Rudolf Varga, surname: Varga,
   roles: [{title: President, of: ruritania, from: 2010-01-01}]}
- {id: ana_moldo, name: Ana Moldo, surname: Moldo,
   roles: [{title: President, of: freedonia, from: 2010-01-01}]}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", PEOPLE)


def _people(actors: dict[str, Actor]) -> set[str]:
    return {a.name for a in actors.values() if a.kind == "person"}


@pytest.mark.parametrize("sentence", [
    "Did Varga sign the accord?",
    "Does Moldo want a truce?",
    "Should Varga refuse, the talks end.",
    "Unlike Varga, the envoy stayed calm.",
    "Thanks Moldo for coming, he said.",
    "Asked Varga whether he would go, the aide smiled.",
    "Putting Moldo in charge was a surprise.",
    "Meeting Varga at the border, the envoys shook hands.",
    "The envoy said: Meeting Varga was useful.",
])
def test_a_clause_word_is_no_first_name(kb: KnowledgeBase, sentence: str) -> None:
    text = ("President Rudolf Varga of Ruritania met President Ana Moldo of Freedonia.\n\n"
            + sentence)
    people = _people(extract(kb, text))
    assert people == {"Rudolf Varga", "Ana Moldo"}


def test_a_word_lower_case_elsewhere_opens_a_sentence_only(kb: KnowledgeBase) -> None:
    text = ("President Rudolf Varga of Ruritania spoke. The talks were over.\n\n"
            "Over Varga the flags flew.")
    assert _people(extract(kb, text)) == {"Rudolf Varga"}


def test_a_given_name_before_the_surname_still_makes_a_person(kb: KnowledgeBase) -> None:
    text = ("President Rudolf Varga of Ruritania spoke. Detainee Feroz Varga was freed. "
            "Pedro Moldo, a farmer, and the saved Ted Moldo went home.")
    actors = extract(kb, text)
    people = _people(actors)
    assert {"Feroz Varga", "Pedro Moldo", "Ted Moldo"} <= people
    assert texts(actors["rudolf_varga"])[0] == "Rudolf Varga"


def test_a_capitalised_word_inside_a_sentence_still_makes_a_person(kb: KnowledgeBase) -> None:
    text = "President Rudolf Varga of Ruritania spoke. The farmer Zoltan Varga was freed."
    assert "Zoltan Varga" in _people(extract(kb, text))
