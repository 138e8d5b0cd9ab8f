"""Quote speakers: abbreviations inside the speaker's phrase, anonymous sources, relayed quotes,
and speech verbs right before the marks.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc
from _quote_fixtures import speakers_by_quote

from briefing.extract.quotes.unattributed import NAMED_LINE


def test_an_abbreviation_does_not_end_the_speakers_phrase() -> None:
    text = ("Trade\n\nTariffs rise next week.\n\n\"Do not expect the dispute to end before the "
            "summer,\" said a senior U.S. trade official.\n")
    actors = (actor(text, "usa", "state", ["U.S."]),)
    assert speakers_by_quote(text, actors)["Do not expect the dispute to end before the summer,"] \
        == "usa"


def test_a_title_with_a_stop_names_the_speaker_after_the_quote() -> None:
    text = ("Talks\n\nThe envoy arrived.\n\n\"We will keep talking until the very end,\" "
            "Mr. Karl Brand told reporters.\n")
    actors = (actor(text, "brand", "person", ["Karl Brand"]),)
    assert speakers_by_quote(text, actors)["We will keep talking until the very end,"] == "brand"


def test_an_anonymous_source_is_no_speaker() -> None:
    text = ("Debt\n\nOmar Haddad led the delegation. A diplomatic source said the banks were "
            "the key.\n\n\"But their position seems to be hardening by the day,\" the source "
            "said.\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad"]),
              actor(text, "anon_source", "person", [], refs=["A diplomatic source",
                                                               "the source"]))
    assert speakers_by_quote(text, actors)["But their position seems to be hardening by the day,"] \
        is None


def test_a_named_person_described_as_a_source_speaks() -> None:
    text = ("Debt\n\nTalks resumed.\n\n\"The banks will not move before March,\" said Omar "
            "Haddad, a source close to the creditors.\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad"]),)
    assert speakers_by_quote(text, actors)["The banks will not move before March,"] == "haddad"


def test_a_paper_quoting_a_source_does_not_continue_the_last_speaker() -> None:
    text = ("Deal\n\n\"This is a delicate time for all of the workers,\" Karl Brand said. The "
            "paper says the money goes elsewhere. \"The firm wants its money invested in the "
            "business,\" the newspaper quotes a source close to the firm.\n")
    actors = (actor(text, "brand", "person", ["Karl Brand"]),)
    got = speakers_by_quote(text, actors)
    assert got["This is a delicate time for all of the workers,"] == "brand"
    assert got["The firm wants its money invested in the business,"] is None


def test_a_paper_quoting_a_named_person_gives_that_person() -> None:
    text = ("Deal\n\nTalks went on.\n\n\"The firm wants its money invested in the business,\" "
            "the newspaper quoted Karl Brand as saying.\n")
    actors = (actor(text, "brand", "person", ["Karl Brand"]),)
    assert speakers_by_quote(text, actors)["The firm wants its money invested in the business,"] \
        == "brand"


def test_a_speech_verb_before_the_marks_wins_over_the_next_clause() -> None:
    text = ("Calls\n\nWhen Ana Lopes asks for a call, Karl Brand says yes. And when Ana Lopes "
            "says, \"I am interested in a phone call,\" Karl Brand says, \"Yes.\"\n")
    actors = (actor(text, "lopes", "person", ["Ana Lopes"]),
              actor(text, "brand", "person", ["Karl Brand"]))
    got = speakers_by_quote(text, actors)
    assert got["I am interested in a phone call,"] == "lopes"
    assert got["Yes."] == "brand"


def test_short_words_a_speech_verb_introduces_are_a_quote_not_a_scare_quote() -> None:
    text = ("Calls\n\nIf a leader reaches out and says, \"I want to talk,\" he will take the "
            "call. The so-called \"hot line\" is ready.\n")
    got = speakers_by_quote(text, ())
    assert "I want to talk," in got and got["I want to talk,"] is None
    assert "hot line" not in got


def test_a_word_quoted_to_ask_what_it_means_is_its_speakers() -> None:
    text = ("Talks\n\nKarl Brand spoke at length about the border. I went through it "
            "point by point with him in terms of what he meant by \"missiles,\" what he "
            "meant by on his \"doorstep.\" I am not sure what you mean by \"unusual "
            "schedule.\"\n")
    actors = (actor(text, "brand", "person", ["Karl Brand"]),)
    got = speakers_by_quote(text, actors)
    assert got["missiles,"] == "brand"
    assert got["doorstep."] == "brand"
    assert "unusual schedule." in got and got["unusual schedule."] is None


def test_a_headline_claim_nobody_is_found_to_have_said_is_no_quote() -> None:
    text = ("Exchange 'poised to make a rival bid'\n\nThe Paris exchange may bid for the "
            "London market, papers report. \"We are looking at all options for growth,\" "
            "said Karl Brand.\n")
    actors = (actor(text, "brand", "person", ["Karl Brand"]),)
    got = speakers_by_quote(text, actors)
    assert "poised to make a rival bid" not in got
    assert got["We are looking at all options for growth,"] == "brand"


def test_a_headline_quote_a_body_quote_holds_is_its_speakers() -> None:
    text = ("Envoy says talks 'heading in the right direction'\n\nThe talks went on. Karl "
            "Brand said the two sides were \"heading in the right direction\" after the "
            "meeting.\n")
    actors = (actor(text, "brand", "person", ["Karl Brand"]),)
    assert speakers_by_quote(text, actors).get("heading in the right direction") == "brand"


def test_a_line_naming_someone_and_a_colon_gives_the_quote_to_them() -> None:
    text = ("What They Are Saying About the Truce\n\nThe envoys spoke first.\n\n"
            "So, then the view was: \"Nobody can win this war on the battlefield.\"\n\n"
            "Leaders welcomed the truce.\n\n"
            "Senator Ana Lopes: \"This is a historic day for the whole region and beyond.\"\n\n"
            "Secretary of Transport Karl Brand: \"We will rebuild the roads within a year.\"\n")
    actors = (actor(text, "lopes", "person", ["Ana Lopes"]),
              actor(text, "brand", "person", ["Karl Brand"]),
              actor(text, "other", "person", [], refs=["Secretary of Transport"]))
    got = speakers_by_quote(text, actors)
    assert got["This is a historic day for the whole region and beyond."] == "lopes"
    assert got["We will rebuild the roads within a year."] == "brand"
    assert got["Nobody can win this war on the battlefield."] is None  # no name, no verb


def test_a_named_line_is_a_name_with_its_titles_not_a_clause() -> None:
    assert NAMED_LINE.fullmatch("Former NATO Commander Admiral Jo Roe (Ret.): ")
    assert NAMED_LINE.fullmatch("Secretary of the Interior Ana Lopes: ")
    assert NAMED_LINE.fullmatch("So, then his view was: ") is None
    assert NAMED_LINE.fullmatch("The goal is simple: ") is None


def test_commented_and_role_nouns_of_markets_name_the_speaker() -> None:
    text = ("Markets\n\nThe dollar fell again on Friday.\n\n\"No end is in sight for the fall "
            "of the dollar,\" said Jo Roe, a strategist at Acme Bank. \"Salary indexation "
            "was ended long ago by the previous government,\" commented Karl Brand.\n")
    actors = (actor(text, "roe", "person", ["Jo Roe"]),
              actor(text, "brand", "person", ["Karl Brand"]))
    got = speakers_by_quote(text, actors)
    assert got["No end is in sight for the fall of the dollar,"] == "roe"
    assert got["Salary indexation was ended long ago by the previous government,"] == "brand"


def test_a_speaker_found_by_role_noun_in_the_apposition() -> None:
    from briefing.extract.quotes.discover import unnamed_speakers
    text = ("Markets\n\nThe dollar fell.\n\n\"No end is in sight for the fall of the dollar,\" "
            "said Carl Fitch, a strategist at Acme Bank.\n")
    assert [a.name for a in unnamed_speakers(doc(text), ())] == ["Carl Fitch"]


def test_the_company_is_the_firm_named_before() -> None:
    text = ("Results\n\nAcme Foods said profits rose. Sales in Asia fell, Karl Brand told "
            "reporters.\n\n\"Sales in Europe held up despite a very weak market,\" the company "
            "said in a statement.\n")
    actors = (actor(text, "acme", "organization", ["Acme Foods"]),
              actor(text, "brand", "person", ["Karl Brand"]))
    assert speakers_by_quote(text, actors)["Sales in Europe held up despite a very weak market,"] \
        == "acme"


def test_a_labelled_line_is_not_the_last_speakers_continuation() -> None:
    text = ("What They Are Saying\n\nSenator Ana Lopes: \"This is a historic day for the "
            "whole region and beyond.\"\n\nFormer Ambassador to Freedonia Jo Roe: \"We can "
            "finally breathe a sigh of relief after two long years.\"\n")
    actors = (actor(text, "lopes", "person", ["Ana Lopes"]),
              actor(text, "other", "person", [], refs=["Ambassador"]))
    got = speakers_by_quote(text, actors)
    assert got["This is a historic day for the whole region and beyond."] == "lopes"
    assert got["We can finally breathe a sigh of relief after two long years."] is None


def test_a_description_as_possessor_is_not_the_speaker() -> None:
    text = ("Briefing\n\nPresident Ana Lopes spoke on Monday.\n\nAfter the President's "
            "comments yesterday, the Freedonian foreign minister said that the war would go "
            "on \"with or without international support.\"\n")
    actors = (actor(text, "lopes", "person", ["Ana Lopes"], refs=["the President"]),
              actor(text, "freedonia", "state", ["Freedonian"]))
    assert speakers_by_quote(text, actors)["with or without international support."] == "freedonia"


def test_a_statement_on_behalf_of_someone_is_their_words() -> None:
    text = ("Trade\n\nThe dispute went to a panel.\n\n\"Although the union has one tariff, "
            "there is no single customs administration,\" a statement issued on behalf of "
            "Karl Brand, the trade envoy, said.\n")
    actors = (actor(text, "brand", "person", ["Karl Brand"]),)
    got = speakers_by_quote(text, actors)
    assert got["Although the union has one tariff, there is no single customs "
               "administration,"] == "brand"


def test_a_spokesman_for_a_firm_acting_on_behalf_of_a_state_is_not_the_state() -> None:
    text = ("Trade\n\nPrices fell.\n\n\"If there is a shortage of grain, prices are bound to "
            "rise,\" a spokesman for a firm buying on behalf of Freedonia said.\n")
    actors = (actor(text, "freedonia", "state", ["Freedonia"]),)
    assert speakers_by_quote(text, actors)["If there is a shortage of grain, prices are bound to "
                                   "rise,"] != "freedonia"
