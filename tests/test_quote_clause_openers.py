"""Quote speakers: a description that opens its sentence after a capitalised conjunction or a
linking adverb ("But the foreign secretary told …", "However, the company said …") refers back
as it does mid-sentence; "her spokesman" / "his spokesman" speaks for the person the pronoun
stands for (GOLD_FORMAT: "X's spokesman" -> X).  Invented sentences."""

from __future__ import annotations

from dataclasses import replace

from _neg_fixtures import actor
from _quote_fixtures import speakers_by_quote


def test_a_title_after_a_sentence_initial_but_is_its_holder() -> None:
    text = ("Rebate\n\nAna Lopes said the rebate would stay. Mr Orr wanted it cut.\n\n"
            "But the foreign secretary told the committee: \"Our position is very clear and "
            "it is not for negotiation.\"\n")
    actors = (actor(text, "ana_lopes", "person", ["Ana Lopes"], title="foreign secretary"),
              actor(text, "orr", "person", ["Orr"]),
              actor(text, "committee", "government", ["committee"]))
    got = speakers_by_quote(text, actors)
    assert got["Our position is very clear and it is not for negotiation."] == "ana_lopes"


def test_the_company_after_however_is_the_firm_named_before() -> None:
    text = ("Plan\n\nZelco Inc adopted a rights plan on Monday.\n\nHowever, the company said "
            "it had received some \"friendly inquiries from several large investors.\"\n")
    actors = (actor(text, "zelco", "organization", ["Zelco Inc"]),)
    assert speakers_by_quote(text, actors)["friendly inquiries from several large investors."] == "zelco"


def test_her_spokesman_speaks_for_her() -> None:
    text = ("Open\n\nMs Ana Lopes has denied reports that she withdrew from the race. "
            "But her spokesman insisted she had only delayed her entry. \"The doctors are "
            "assessing her injury every week and we will decide then.\"\n")
    actors = (actor(text, "ana_lopes", "person", ["Ana Lopes"]),)
    assert speakers_by_quote(text, actors)[
        "The doctors are assessing her injury every week and we will decide then."] == "ana_lopes"


def test_a_lowercase_conjunction_still_works_and_a_stray_but_names_nobody() -> None:
    text = ("Talks\n\nBut nobody said much. \"We will see what happens over the next few "
            "weeks,\" one trader said.\n")
    actors = (actor(text, "zelco", "organization", ["Zelco"]),)
    assert speakers_by_quote(text, actors)["We will see what happens over the next few weeks,"] is None


def test_the_company_is_not_the_agency_it_told() -> None:
    text = ("Plant\n\nZelco spokesman Jo Roe told Reuters the plant would close.\n\n"
            "\"We sincerely regret this outcome, but the blame rests with the union,\" the "
            "company said in a statement.\n")
    actors = (actor(text, "zelco", "organization", ["Zelco"]),
              actor(text, "reuters", "organization", ["Reuters"]),
              actor(text, "jo_roe", "person", ["Jo Roe"]))
    assert speakers_by_quote(text, actors)[
        "We sincerely regret this outcome, but the blame rests with the union,"] == "zelco"


def test_a_body_whose_name_begins_like_the_cabinet_speaks_for_itself() -> None:
    text = ("Pensions\n\nIn a statement on Sunday, the Cabinet Office said it was reviewing the "
            "scheme. \"Unions will of course be consulted about any proposed changes. \"Schemes "
            "need to remain affordable as people live longer.\"\n")
    # (a ministry of a state the story never names: no state to stand for)
    actors = (replace(actor(text, "cabinet_office", "government", ["Cabinet Office"]),
                      part_of="norland"),)
    got = speakers_by_quote(text, actors)
    assert got["Unions will of course be consulted about any proposed changes."] \
        == "cabinet_office"
    assert got["Schemes need to remain affordable as people live longer."] == "cabinet_office"


def test_ministers_still_stand_for_the_government() -> None:
    text = ("Plan\n\nThe Norland government met the unions on Monday. Privately Norland "
            "ministers believe this will be the \"less painful option for everyone concerned\" "
            "in the end.\n")
    actors = (actor(text, "norland_government", "government", ["Norland government"]),
              actor(text, "norland", "state", ["Norland"]))
    got = speakers_by_quote(text, actors)
    assert got["less painful option for everyone concerned"] == "norland_government"


def test_a_speaker_label_opening_the_sentence_is_not_the_subject() -> None:
    text = ("Remarks\n\nTHE PRESIDENT: Thank you all.\n\nMy predecessor spoke to the gun lobby "
            "last week.\n\nTHE PRESIDENT: After another shooting, he said we should just \"get "
            "over it and move on.\"\n")
    actors = (actor(text, "jo_president", "person", [], refs=["THE PRESIDENT"]),)
    got = speakers_by_quote(text, actors)
    assert got["get over it and move on."] is None


def test_i_said_is_the_turn_speaker_not_the_party_told() -> None:
    text = ("Remarks\n\nMR. ROE: Thank you.\n\nMR. ROE: And I tell the Republicans, I said, "
            "\"Don't bring that subject up, there is no election riding on it.\"\n")
    actors = (actor(text, "jo_roe", "person", ["Roe"], refs=["MR. ROE"]),
              actor(text, "republicans", "organization", ["Republicans"]))
    got = speakers_by_quote(text, actors)
    assert got["Don't bring that subject up, there is no election riding on it."] == "jo_roe"


def test_the_subject_comes_after_an_asked_clause() -> None:
    text = ("Rates\n\nGovernor Robin Leigh said sterling was strong.\n\nAsked whether he wanted "
            "to see U.K. interest rates lower, he said \"the two half point cuts have been "
            "welcome.\"\n")
    actors = (actor(text, "robin_leigh", "person", ["Robin Leigh"]),
              actor(text, "uk", "state", ["U.K."]))
    assert speakers_by_quote(text, actors)["the two half point cuts have been welcome."] \
        == "robin_leigh"


def test_the_subject_comes_after_a_participial_clause() -> None:
    text = ("Bishop\n\nBishop Tom Wrightson enjoyed the novel.\n\nWriting his Christmas message "
            "in the Northern Echo, the bishop said: \"Conspiracy theories are always fun to "
            "read.\"\n")
    actors = (actor(text, "tom_wrightson", "person", ["Tom Wrightson"], title="bishop"),
              actor(text, "echo", "organization", ["Northern Echo"]))
    assert speakers_by_quote(text, actors)["Conspiracy theories are always fun to read."] \
        == "tom_wrightson"


def test_the_prime_ministers_spokesman_speaks_for_the_prime_minister() -> None:
    text = ("Threat\n\nSir Ian Roe warned of an attack. Asked about Sir Ian's comments, the prime "
            "minister's official spokesman said: \"We believe the threat is real.\"\n")
    actors = (actor(text, "ian_roe", "person", ["Sir Ian Roe", "Sir Ian"]),
              actor(text, "tony_doe", "person", ["Tony Doe"], title="Prime Minister"))
    assert speakers_by_quote(text, actors)["We believe the threat is real."] == "tony_doe"


def test_the_statement_of_a_firms_president_is_the_presidents() -> None:
    text = ("Deal\n\nZelco President Raymond Roe said in a statement issued by the state car "
            "group that the deal was important. \"It will allow Zelco to continue its exports,\" "
            "the statement said.\n")
    actors = (actor(text, "zelco", "organization", ["Zelco"]),
              actor(text, "raymond_roe", "person", ["Raymond Roe"]))
    assert speakers_by_quote(text, actors)["It will allow Zelco to continue its exports,"] \
        == "raymond_roe"
