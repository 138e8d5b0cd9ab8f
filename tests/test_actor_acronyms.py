"""Acronyms the KB lacks (issue 11): an all-capitals word a mixed-case text uses twice names an
organisation; units, measures, Roman numerals, speaker labels and capitals headlines do not.
Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb("[]", "[]", "[]")


def _orgs(actors) -> dict[str, list[str]]:
    return {a.name: texts(a) for a in actors.values() if a.kind == "organization"}


def test_an_acronym_used_twice_is_an_organisation(kb) -> None:
    text = "Banks\n\nShares in KTB rose after the bid. KTB's board met on Monday.\n"
    assert _orgs(extract(kb, text, "2005-01-02")).get("KTB") == ["KTB", "KTB"]


def test_an_acronym_used_once_is_not(kb) -> None:
    text = "Banks\n\nShares in KTB rose after the bid. The board met on Monday.\n"
    assert "KTB" not in _orgs(extract(kb, text, "2005-01-02"))


def test_units_numerals_labels_and_capitals_lines_are_no_organisations(kb) -> None:
    text = ("TALKS ON LNG PRICES END\n\nLNG output rose and GDP fell in Phase II. LNG prices and "
            "GDP figures came before Phase II closed.\n\nTHE CHAIR: We met.\n\nTHE CHAIR: "
            "Thank you.\n")
    assert not {"LNG", "GDP", "II", "THE", "CHAIR"} & set(_orgs(extract(kb, text, "2005-01-02")))
