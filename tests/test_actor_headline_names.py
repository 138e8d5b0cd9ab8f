"""A firm or body the headline names and the body names again (issue 11, name mentions): an
unknown name in a sentence-case headline that the body repeats mid-sentence and has act is an
organisation.  Invented text."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", "[]")


def test_the_headline_subject_the_body_repeats_is_an_organisation(kb) -> None:
    text = ("Vantor deal 'may cost 900 jobs'\n\nSome 900 jobs may go if the tie-up goes ahead. "
            "But Vantor told reporters the figure was speculation. Talks continue, and Vantor "
            "confirmed a meeting on Friday.\n")
    actors = extract(kb, text, "2005-03-02")
    assert texts(actors["vantor"]) == ["Vantor", "Vantor", "Vantor"]
    assert actors["vantor"].kind == "organization"


@pytest.mark.parametrize("text", [
    # a title-case headline capitalises every word
    "Remarks On The Vantor Summit\n\nThe Summit opened. But Summit delegates said the "
    "Summit agreed.\n",
    # a place: the text has it "in" somewhere
    "Tarvel talks stall\n\nTalks in Tarvel stalled. But Tarvel said no, and Tarvel waits.\n",
    # a common word: written in lower case elsewhere
    "Budget cuts loom\n\nThe budget is tight. But Budget plans said little, and Budget "
    "talks end.\n",
    # a person: after a given name or an honorific
    "Kessel warns on pay\n\nUnion leader Anna Kessel said more. Mr Kessel said so, and "
    "Anna Kessel left.\n",
])
def test_no_organisation_from_a_word_a_place_or_a_person(kb, text: str) -> None:
    names = {a.name for a in extract(kb, text, "2005-03-02").values()
             if a.kind == "organization"}
    assert not names & {"Summit", "Tarvel", "Budget", "Kessel"}
