"""Rules found on documents nobody tuned for (the fresh gold's systematic failures): a firm
described by its nationality speaks for itself, a reporter's pronoun stays in the question, a
deal rejected after it was reached collapsed, a deal said to be violated is in force, and
principles one "signed up to" sign nothing.  Invented sentences, through ``analyse``."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.model import Briefing


def _briefing(text: str, published: str = "2024-06-07") -> Briefing:
    return analyse(doc(text, published))


def _speakers(b: Briefing) -> dict[str, str | None]:
    return {q.text: q.speaker for q in b.quotes}


def _status(b: Briefing) -> str:
    primary = next(n for n in b.negotiations if n.primary)
    return primary.status


def test_a_firm_described_by_its_nationality_is_the_firm_not_the_state() -> None:
    b = _briefing("Exchange bid\n\nEuronext chief Jean Theodore held talks with LSE boss Clara "
                  "Furse the day after rival Deutsche Boerse put forward its own bid case. The "
                  "German exchange said it had held \"constructive, professional and friendly\" "
                  "talks with the LSE.\n")
    assert _speakers(b)["constructive, professional and friendly"] == "deutsche_boerse"


def test_a_state_named_alone_still_speaks_for_itself() -> None:
    b = _briefing("Talks\n\nGermany and France met in Paris. The German government said the "
                  "talks were \"constructive and friendly\" on Monday.\n")
    assert _speakers(b)["constructive and friendly"] != "deutsche_boerse"


def test_a_reporters_pronoun_stands_for_someone_the_question_names() -> None:
    text = ("Press call\n\nMR. ROE: President Joe Biden met the press today. He said the "
            "talks went well.\n\nQ Thanks. I wanted to follow up on comments that President "
            "Ana Lopes made this morning during the bilat. She told the President that \"There "
            "are details on the battlefield you need to hear from us.\" Can you elaborate?\n\n"
            "MR. ROE: I will not go into that.\n")
    b = _briefing(text)
    speaker = _speakers(b)["There are details on the battlefield you need to hear from us."]
    assert speaker is not None and "lopes" in speaker


def test_a_pronoun_outside_a_question_still_looks_back_to_the_subject() -> None:
    text = ("Talks\n\nForeign Minister Karl Brand met reporters. Brand said that President Ana "
            "Lopes had agreed to the plan. He said \"we will see results soon.\"\n")
    assert "brand" in (_speakers(_briefing(text))["we will see results soon."] or "")


def test_a_tentative_agreement_rejected_by_the_members_collapsed() -> None:
    text = ("Bottlers struck\n\nPURCHASE, N.Y., June 1 - The Acme Bottling Group has been "
            "struck by the Drivers Union, a company spokesman said. He said the company "
            "reached a tentative agreement with the union Friday after five weeks of "
            "negotiations which was rejected by the rank and file in a vote Saturday.\n")
    assert _status(_briefing(text, "1987-06-01")) == "collapsed"


def test_a_tentative_agreement_alone_is_still_near() -> None:
    text = ("Bottlers talk\n\nThe Acme Bottling Group and the Drivers Union reached a "
            "tentative agreement on Friday after five weeks of negotiations, a spokesman "
            "said.\n")
    assert _status(_briefing(text, "1987-06-01")) in ("near_agreement", "agreed")


def test_a_deal_said_to_be_violated_is_in_force() -> None:
    text = ("Chipmakers urge sanctions\n\nWASHINGTON, March 25 - The Widget Makers Association "
            "urged the U.S. government to impose trade sanctions against Japan for violating "
            "the U.S.-Japan Widget Trade Agreement. The group said Japan has not lived up to "
            "the terms of the agreement. Officials are expected to discuss possible "
            "sanctions at a meeting on Thursday.\n")
    assert _status(_briefing(text, "1987-03-25")) == "implementing"


def test_principles_one_signed_up_to_are_no_signature() -> None:
    text = ("Peace summit\n\nUkraine and Russia have not met. President Putin said Ukraine "
            "must give up more territory before Russia will negotiate. By contrast, the "
            "vision of peace put forward here today is rooted in principles that all of us "
            "signed up to.\n")
    assert _status(_briefing(text, "2024-06-16")) not in ("agreed", "implementing")


WIRE = ("Chipmakers urge sanctions\n\nWASHINGTON, March 25 - The Widget Makers Association "
        "urged the U.S. government to impose trade sanctions against Japan for violating the "
        "U.S.-Japan Widget Trade Agreement.\n\nIn a letter to Treasury Secretary James Baker the "
        "group said sanctions should be imposed against Japanese makers and should continue "
        "until the United States is satisfied that there is full compliance.\n\nThe group said "
        "action by Japan to cut back on exports is not what is required.\n\n\"America's interests "
        "require that agreements be honored and that U.S. industries not bear the burden for the "
        "persistent unwillingness or inability of the government of Japan to deliver on its "
        "commitments,\" the trade group said.\n")


def test_a_wire_storys_dateline_is_no_part_of_a_name() -> None:
    names = {a.name for a in _briefing(WIRE, "1987-03-25").actors}
    assert "Widget Makers Association" in names
    assert not any(n.startswith("March") for n in names)


def test_the_group_named_at_the_head_of_a_wire_story_speaks_after_a_long_quote() -> None:
    (quote,) = _briefing(WIRE, "1987-03-25").quotes
    assert quote.speaker == "widget_makers_association"


def test_seasons_are_their_middle_month_near_the_report() -> None:
    text = ("Talks\n\nThe ministers intend to approve a new charter at their meeting this fall. "
            "The summit comes later this summer. Talks began last spring. Prices fall each "
            "week.\n")
    got = {t.text: (t.value, t.precision, t.tolerance_days)
           for t in _briefing(text, "2021-06-01").times}
    assert got["this fall"] == ("2021-10", "month", 45)
    assert got["later this summer"] == ("2021-07", "month", 45)
    assert got["last spring"] == ("2020-04", "month", 45)
    assert not any("fall" in k and k != "this fall" for k in got)


def test_this_winter_said_in_the_autumn_is_the_one_that_turns_the_year() -> None:
    got = {t.text: t.value for t in _briefing("Talks\n\nThey meet again this winter.\n",
                                                "2021-09-01").times}
    assert got["this winter"] == "2022-01"


def test_a_day_a_measure_should_start_on_is_ahead() -> None:
    text = ("Sanctions\n\nThe group said sanctions should be imposed as of April 1 and should "
            "continue until there is full compliance. It said talks should have ended on "
            "March 2.\n")
    got = {t.text: t.value for t in _briefing(text, "1987-03-25").times}
    assert got["April 1"] == "1987-04-01"
    assert got["March 2"] == "1987-03-02"


def test_parts_of_a_year_as_wire_stories_write_them() -> None:
    text = ("Debt\n\nThe talks focussed on 500 mln dlrs due by end-1986 and a loan due in "
            "mid-1987. A 1986-87 budget is no part of a year.\n")
    got = {t.text: (t.value, t.precision) for t in _briefing(text, "1987-03-31").times}
    assert got["end-1986"] == ("1986-12", "month")
    assert got["mid-1987"] == ("1987-06", "month")
    assert not any(k.startswith("1986-87") for k in got)


def test_a_briefers_words_about_the_call_date_no_event() -> None:
    text = ("Press call\n\nMR. ROE: Thanks for your flexibility tonight. I won't rehash "
            "everything today. You saw the speech. The President met today with President Ana "
            "Lopes.\n\nQ Thanks for joining us on a Friday afternoon.\n")
    events = _briefing(text).timeline
    labels = [e.label for e in events if e.date == "2024-06-07"]
    assert any("met" in label for label in labels)
    assert not any("rehash" in label or "flexibility" in label for label in labels)


def test_over_the_past_year_is_the_month_the_stretch_began() -> None:
    got = {t.text: (t.value, t.precision) for t in _briefing(
        "Truce\n\nFighting has nearly ceased over the past year.\n", "2023-04-11").times}
    assert got["over the past year"] == ("2022-04", "month")


def test_a_possessor_is_no_antecedent_of_the_subject_it() -> None:
    text = ("Exchange talks\n\nThe London Stock Exchange rejected Deutsche Boerse's proposed "
            "offer in December, saying it undervalued the business.\n\nBut it agreed to leave "
            "the door open for talks to find out whether a \"significantly improved proposal "
            "from the bidder\" would be in the interests of its shareholders.\n")
    speaker = _speakers(_briefing(text))["significantly improved proposal from the bidder"]
    assert speaker == "london_stock_exchange"


def test_a_relay_that_reports_a_source_as_saying_is_not_the_speaker() -> None:
    text = ("Exchange bid\n\nA works council fears that jobs would move. \"The works council has "
            "expressed concerns that trade could be managed from London,\" Reuters news agency "
            "reports a union source as saying. \"We will fight this,\" the Interfax agency "
            "quoted Finance Minister Ivan Petrov as saying.\n")
    got = _speakers(_briefing(text))
    assert got["The works council has expressed concerns that trade could be managed from "
               "London,"] is None
    assert got["We will fight this,"] == "ivan_petrov"


def test_a_body_quoted_in_the_disputes_words_is_a_party() -> None:
    tiers = {a.id: a.tier for a in _briefing(WIRE, "1987-03-25").actors}
    assert tiers["widget_makers_association"] == "party"


def test_a_body_quoted_about_something_else_stays_mentioned() -> None:
    text = ("Talks\n\nJapan and the United States resumed trade talks in Tokyo on Monday, "
            "officials said.\n\nSeparately, the Widget Makers Association said: \"Our annual "
            "fair opens in May and will be the biggest yet.\"\n")
    tiers = {a.id: a.tier for a in _briefing(text, "1987-03-25").actors}
    assert tiers["widget_makers_association"] == "mentioned"


def test_what_has_shares_or_a_chief_executive_is_a_firm() -> None:
    text = ("Carmaker deal\n\nGeneral Motors is to pay Zorvia 1.5bn euros to end the deal. "
            "Zorvia's shares rose 4.5% in Milan. \"We now have absolute freedom,\" said Zorvia "
            "chief executive Sergio Roe. Zorvia will keep supplying engines.\n\nClass B shares "
            "fell. Fellow shareholders were pleased. Royal Bank of Scotland chief executive "
            "Fred Goodwin was not.\n")
    actors = {a.name: a for a in _briefing(text, "2005-02-14").actors}
    assert actors["Zorvia"].kind == "organization"
    assert len(actors["Zorvia"].mentions) == 4
    assert not {"Class B", "Fellow", "Scotland"} & set(actors)


def test_todays_talks_in_a_quote_date_the_talks() -> None:
    text = ("Debt talks\n\nPoland met its creditors for renewed talks, sources said. \"One "
            "really cannot expect a positive conclusion to today's talks,\" the source added. "
            "\"I have nothing more for you today,\" he said.\n")
    events = _briefing(text, "1987-03-31").timeline
    assert [e.evidence.text for e in events] == ["today"]
    assert events[0].date == "1987-03-31" and "talks" in events[0].label
