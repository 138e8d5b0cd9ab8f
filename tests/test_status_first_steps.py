"""Status: agreeing to begin talks starts a negotiation, it agrees nothing else; 'unable to
agree' is a stall (issue 11).  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc, primary_with

from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times

STATES = {"ruritania": ["Ruritania"], "freedonia": ["Freedonia"]}


def _primary(text: str):
    return primary_with(text, STATES, "state")


def test_agreeing_to_begin_talks_is_exploratory_and_its_topic_open() -> None:
    n = _primary("Air dispute\n\nRuritania and Freedonia have agreed to begin talks on ending "
                 "subsidies to shipyards.\n")
    assert n.status == "exploratory"
    assert {i.key: i.status for i in n.issues}.get("subsidies") == "open"


def test_unable_to_agree_is_a_stall() -> None:
    n = _primary("Quotas\n\nRuritania and Freedonia have been unable to agree on fishing "
                 "quotas since talks began.\n")
    assert n.status == "stalled"


def _timeline(text: str):
    d = doc(text, "2020-06-14")
    actors = tuple(actor(text, aid, "state", names) for aid, names in STATES.items())
    return find_negotiations(d, actors, (), find_times(d))[1]


def test_a_reporters_statement_dates_an_event_a_question_does_not() -> None:
    text = ("Briefing\n\nMS. ROE: Ruritania and Freedonia met for talks today.\n\n"
            "Q The letters to Freedonia went out on Friday. Any answer?\n\n"
            "MS. ROE: Not yet.\n\nQ Will they meet next week?\n\nMS. ROE: We hope so.\n")
    texts = [e.evidence.text for e in _timeline(text)]
    assert "on Friday" in texts and "next week" not in texts


def test_a_date_written_out_in_a_question_still_dates_its_event() -> None:
    text = ("Briefing\n\nMS. ROE: Ruritania and Freedonia met for talks today.\n\n"
            "Q Did the vote of June 2nd change the talks?\n\nMS. ROE: No.\n\n"
            "Q Will they meet next week?\n\nMS. ROE: We hope so.\n")
    dated = {e.evidence.text: e.date for e in _timeline(text)}
    assert dated.get("June 2nd") == "2020-06-02" and "next week" not in dated


def test_a_welcomed_decision_outweighs_agreeing_to_begin_other_talks() -> None:
    n = _primary("Bus link\n\nSylvania welcomed the decision by Ruritania and Freedonia to open a "
                 "bus link across the truce line. Both sides agreed to begin talks on fishing "
                 "rights.\n")
    assert n.status == "agreed"


def test_agreeing_to_hand_over_information_is_a_first_step() -> None:
    n = _primary("Bid\n\nRuritania has agreed to provide Freedonia confidential company "
                 "information for its planned purchase offer.\n")
    assert n.status in ("exploratory", "ongoing")
