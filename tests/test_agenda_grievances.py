"""What a strike or a protest is against is a contested item of the dispute's agenda, and a deal
the sides signed or welcomed, named by its kind (a memorandum, accords, arrangements on
something), an agreed one (issue 11).  Every text is invented."""

from __future__ import annotations

from _neg_fixtures import primary_thread

from briefing.extract.negotiations import commitments as committed
from briefing.model import Negotiation


def _primary(text: str) -> Negotiation:
    return primary_thread(text, "1987-03-02")


def _grievances(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.status) for p in committed.grievances(text, 0, len(text))]


def _signed(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.status) for p in committed.signed(text, 0, len(text))]


def test_what_a_strike_protests_at_or_presses_for_is_the_grievance() -> None:
    assert _grievances("The walkout began on May 2 in protest at the airline's plans for "
                       "longer shifts.") == [("the airline's plans for longer shifts",
                                              "contested_clause")]
    assert _grievances("Some 2,000 bakers continued a strike begun last week to press for "
                       "better pensions.") == [("better pensions", "contested_clause")]
    assert _grievances("The teachers' union will keep pressing for smaller classes.") == [
        ("smaller classes", "contested_clause")]


def test_a_call_a_march_or_pressing_for_talks_is_no_grievance() -> None:
    for text in ("The minister urged both sides to press for calm.",
                 "Students marched to protest against the new curfew.",
                 "The union will keep pressing for talks with the owners.",
                 "The press conference was held in Lima."):
        assert _grievances(text) == [], text


def test_a_deal_signed_or_welcomed_by_its_kind_is_a_term_agreed() -> None:
    assert _signed("The two sides welcomed the recent signing of memoranda of understanding "
                   "on fisheries cooperation.") == [
        ("memoranda of understanding on fisheries cooperation", "agreed")]
    assert _signed("The ministers signed a new Memorandum of Cooperation on solar research.") == [
        ("Memorandum of Cooperation on solar research", "agreed")]
    assert _signed("The leader welcomed the kingdom signing the Lunar Accords.") == [
        ("Lunar Accords", "agreed")]


def test_a_deal_still_to_conclude_or_not_named_by_its_kind_is_not_signed() -> None:
    for text in ("They stressed the need for concluding an agreement on the dam.",
                 "The two sides signed the agreement on Tuesday.",
                 "The leaders welcomed the progress made in the talks."):
        assert _signed(text) == [], text


def test_a_strike_over_job_cuts_puts_them_on_the_agenda_as_contested() -> None:
    n = _primary("Dock strike\n\nGDANSK, March 1 - Talks between the dockers union and the "
                 "port employers broke down on Sunday. The strike began on February 2 in "
                 "protest at the employers' plans for longer night shifts.\n")
    items = {i.label: i.status for i in n.issues}
    assert any(lab.startswith("The employers' plans for longer night shifts") or
               lab.startswith("Employers' plans for longer night shifts") for lab in items), items
    assert all(st == "contested" for lab, st in items.items() if "night shifts" in lab)


def test_memoranda_welcomed_in_a_joint_statement_are_agreed_items() -> None:
    n = _primary("Joint statement\n\nThe leaders of Ruritania and Freedonia held talks in the "
                 "capital on Monday and signed a partnership agreement. The two sides welcomed "
                 "the recent signing of memoranda of understanding on fisheries cooperation.\n")
    items = {i.label: i.status for i in n.issues}
    assert items.get("Memoranda of understanding on fisheries cooperation") == "agreed", items
