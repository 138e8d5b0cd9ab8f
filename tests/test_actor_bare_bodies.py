"""A treasury named by the bare word "Treasury" (issue 11): the text's treasury, the dateline
capital's, or a body of its own; never a financial instrument or a title.  Invented text."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract import analyse
from briefing.model import Briefing


def _mentions(briefing: Briefing) -> dict[str, list[str]]:
    return {a.id: [m.text for m in a.mentions] for a in briefing.actors}


def test_a_bare_treasury_with_no_dateline_is_a_body_of_its_own() -> None:
    got = _mentions(analyse(doc("Ruritania and Borduria held debt talks. The Treasury said the "
                                "talks went well. Ministers met at the Treasury.")))
    assert got["treasury"] == ["Treasury", "Treasury"]


def test_the_dateline_capital_gives_the_treasury_its_state() -> None:
    got = _mentions(analyse(doc("ROME, March 25 - Market response to the Treasury's offer was "
                                "poor. Italy and France held talks.", published="1987-03-25")))
    assert got["italy_treasury"] == ["Treasury"]
    got = _mentions(analyse(doc("WASHINGTON, March 2 - Brazil's finance minister met officials. "
                                "A Treasury spokesman said the talks went well.",
                                published="1987-03-02")))
    assert got["us_treasury"] == ["Treasury"]  # the KB's body of that state


def test_a_government_release_gives_the_treasury_its_publisher_state() -> None:
    release, _ = document_from_text("release.txt", "Ruritania and Borduria held debt talks. "
                                    "The Treasury said the talks went well.",
                                    meta=Metadata(source="The White House",
                                                  published="2024-03-06"))
    assert _mentions(analyse(release))["us_treasury"] == ["Treasury"]


def test_the_treasury_named_in_full_takes_the_bare_word() -> None:
    got = _mentions(analyse(doc("MANILA, March 2 - Manila met the U.S. Treasury on its debt. "
                                "The Treasury said talks went well.", published="1987-03-02")))
    assert got["us_treasury"] == ["U.S. Treasury", "Treasury"]
    assert "philippines_treasury" not in got


def test_instruments_titles_and_other_bodies_are_left_alone() -> None:
    got = _mentions(analyse(doc("Ruritania and Borduria held talks. Treasury bills rose. "
                                "Treasury Secretary Jo Roe spoke. He told the Treasury Select "
                                "Committee about it. The company's treasury was full.")))
    assert "treasury" not in got
    got = _mentions(analyse(doc("MANILA, March 2 - Officials met the (U.S.) Treasury.",
                                published="1987-03-02")))
    assert not any("treasury" in k for k in got)  # a name right before: not this rule's


def test_the_secretary_of_the_treasury_is_an_office_not_the_body() -> None:
    release, _ = document_from_text("release.txt", "Ruritania and Borduria held debt talks. "
                                    "The Secretary of the Treasury and the Secretary of "
                                    "Treasury met them. The Treasury said the talks went well.",
                                    meta=Metadata(source="The White House",
                                                  published="2024-03-06"))
    assert _mentions(analyse(release))["us_treasury"] == ["Treasury"]
