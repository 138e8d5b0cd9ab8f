"""Speakers the actor pass missed, found from how the story introduced them: initials before a
surname ("K.L. Varnovic"), a surname with an apposition before its verb ("Brisket, chairman of
the panel, said"), a party member's label before a name ("fellow Democrat Walter Brisket"), and
a name a copula introduces right before a pronoun's attribution ("Piers Fenlow is senior benefit
officer … He said:", "The musical's director is Matthew Warbeck … he said").  Invented
sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import pipeline
from briefing.extract.quotes.discover import unnamed_speakers


def _found(text: str) -> list[str]:
    return [a.name for a in unnamed_speakers(doc(text), ())]


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in pipeline.analyse(doc(text)).to_dict()["quotes"]]


def test_initials_before_a_surname_name_the_speaker() -> None:
    text = ("Mines\n\nK.L. Varnovic, Deputy Trade Minister at the Norlish embassy, told "
            "reporters a report was wrong.\n\n\"It is the other way round,\" Varnovic said.\n")
    assert _found(text) == ["K.L. Varnovic"]
    assert _speakers(text) == ["k_l_varnovic"]


def test_a_state_s_initials_after_an_article_are_no_given_name() -> None:
    text = ("Bonds\n\nThe U.S. Treasury sold notes on Monday.\n\n\"Demand was firm,\" "
            "Treasury said.\n")
    assert _found(text) == []


def test_a_surname_with_an_apposition_before_its_verb() -> None:
    text = ("Arms\n\nSenator Joe Hallam and fellow Democrat Walter Brisket of Ohio, whose staff "
            "wrote the report, accused the government.\n\n\"This report exposes the plan,\" "
            "Brisket, chairman of the powerful defence panel, said.\n")
    assert _found(text) == ["Walter Brisket"]
    assert _speakers(text) == ["walter_brisket"]


def test_a_name_introduced_by_is_before_a_pronoun_attribution() -> None:
    text = ("Strike\n\nPickets stood outside. Piers Fenlow is senior benefit officer on the "
            "picket line in Cardiff. He said: \"Most people stayed home.\"\n")
    assert _found(text) == ["Piers Fenlow"]
    assert _speakers(text) == ["piers_fenlow"]


def test_a_role_said_to_be_a_name_is_the_pronoun_s_antecedent() -> None:
    text = ("Show\n\nThe show opens in May, said producer Kevin Walsh. \"We are ready,\" "
            "assured Mr Walsh. The musical's British director is Matthew Warbeck, best known "
            "for a hit play. \"It will be new,\" he said.\n")
    assert _speakers(text)[-1] == "matthew_warbeck"


def test_a_copula_naming_a_thing_or_inside_quotes_names_no_one() -> None:
    plan = ("Show\n\nJo Marsh said the deal was done. The plan is Project Falcon. \"It will be "
            "new,\" she said.\n")
    book = ("Film\n\nThe director said he was thrilled. \"Wolf Brother is an enchanting "
            "book,\" he said.\n")
    firm = "Show\n\nThe Acme Group is a large firm. \"It will be new,\" he said.\n"
    assert _found(plan) == _found(book) == _found(firm) == []


def test_an_auxiliary_is_no_copula() -> None:
    text = ("Match\n\nKeeper Piotr Vasek was organising his wall when the kick flew in. \"I asked "
            "him. He said 'can I take it?'\" said the referee.\n")
    assert _found(text) == []
