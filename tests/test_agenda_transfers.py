"""What a side of a deal made will get, give or do by it is one of the deal's terms (issue 11),
said with no "under the agreement"; not in talks far from a deal, not an act of no side ("it
would cut the deficit"), not in a transcript.  Every text is invented."""

from __future__ import annotations

from _neg_fixtures import primary_thread

from briefing.extract.negotiations import commitments as committed

DATE = "1987-03-02"  # the wire stories' day (a Monday)


def _transfers(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.status) for p in committed.transfers(text, 0, len(text))]


def test_what_a_side_will_get_or_give_is_a_term() -> None:
    assert _transfers("Shareholders of Acme will receive two Bolt shares for each share.") == [
        ("receive two Bolt shares for each share", "term")]
    assert _transfers("Norway will now import salmon feed and fishing nets.") == [
        ("import salmon feed and fishing nets", "term")]
    assert _transfers("Chile would pay back the copper at a rate of 3,000 tonnes a month.") == [
        ("pay back the copper at a rate of 3,000 tonnes a month", "term")]
    assert _transfers("Acme is to sell its plant in Ohio to Bolt.") == [
        ("sell its plant in Ohio to Bolt", "term")]


def test_an_act_of_no_side_is_no_term() -> None:
    for text in ("It would cut next year's deficit by two billion dlrs.",
                 "That will give the economy a lift.",
                 "Norway imported salmon feed last year.",
                 "Norway wants to buy salmon feed."):
        assert _transfers(text) == [], text


def test_a_deal_made_has_what_its_sides_will_receive_on_its_agenda() -> None:
    n = primary_thread(
        "ACME AGREES TO BE ACQUIRED BY BOLT\n\nCHICAGO, March 2 - Acme Widget Co said "
        "it agreed to be acquired by Bolt Corp in a deal valued at 90 mln dlrs. Acme "
        "shareholders will receive 12 dlrs in cash for each of their shares, the "
        "company said.\n", DATE)
    assert n.status == "agreed"
    assert any(i.label.startswith("Receive 12 dlrs in cash") for i in n.issues), \
        [i.label for i in n.issues]


def test_talks_far_from_a_deal_have_no_such_term() -> None:
    n = primary_thread(
        "ACME, BOLT IN TALKS\n\nCHICAGO, March 2 - Acme Widget Co said it was in "
        "preliminary talks with Bolt Corp on a possible merger. Acme shareholders "
        "would receive Bolt shares if a deal were reached, analysts said.\n", DATE)
    assert n.status not in ("agreed", "implementing", "near_agreement")
    assert not any(i.label.startswith("Receive Bolt shares") for i in n.issues)
