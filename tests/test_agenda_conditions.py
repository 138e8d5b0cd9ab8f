"""The approvals a deal still needs are an item of its agenda (issue 11): "subject to approval
by shareholders", "awaiting parliamentary ratification", "will have to be approved by the
boards".  One item per thread, open unless the approval was won; the label a complete phrase
that keeps a list of approvers whole.  Every text is invented."""

from __future__ import annotations

from _neg_fixtures import primary_thread

from briefing.extract.negotiations.conditions import condition
from briefing.extract.negotiations.labels import ends_cut


def _cond(sentence: str) -> tuple[str, str] | None:
    return condition(sentence, 0, len(sentence))


def test_subject_to_approval_by_names_who_approves() -> None:
    got = _cond("The purchase is subject to approval by Brindle Tools shareholders.")
    assert got == ("Approval by Brindle Tools shareholders", "open"), got


def test_a_modifier_before_the_noun_is_the_label() -> None:
    got = _cond("The charter, which requires parliamentary ratification, takes effect in June.")
    assert got == ("Parliamentary ratification", "open"), got


def test_a_passive_approval_names_its_agent() -> None:
    got = _cond("The pact will still have to be approved by the two unions' members.")
    assert got is not None and got[0] == "Approval by the two unions' members", got


def test_a_list_of_approvers_is_kept_whole() -> None:
    got = _cond("Approval would also be needed from the Alder, Birch and Cedar boards, "
                "officials said.")
    assert got is not None and got[0] == "Approval by the Alder, Birch and Cedar boards", got
    assert not ends_cut(got[0])


def test_no_modifier_from_a_verb_phrase() -> None:
    got = _cond("The ministers still need to give their approval.")
    assert got is None or "give" not in got[0].lower(), got


def test_an_approval_won_is_agreed_and_one_refused_contested() -> None:
    won = _cond("The merger received regulatory approval last week.")
    assert won is not None and won[1] == "agreed", won
    refused = _cond("The deal needs regulatory approval, which the agency has refused.")
    assert refused is not None and refused[1] == "contested", refused


def test_a_sentence_without_an_approval_has_none() -> None:
    assert _cond("The companies agreed to merge their shipping arms.") is None


def test_the_thread_takes_one_approval_item() -> None:
    thread = primary_thread(
        "Harrow Foods agrees to buy Lintel Mills\n\n"
        "LONDON, May 2 - Harrow Foods said it had agreed to buy Lintel Mills for 40 mln "
        "pounds in cash. The purchase is subject to approval by Lintel Mills shareholders. "
        "It will also need clearance from the competition authority.\n")
    labels = [i.label for i in thread.issues if i.key == "other"]
    approvals = [lab for lab in labels if "approval" in lab.lower() or "clearance" in lab.lower()]
    assert approvals == ["Approval by Lintel Mills shareholders"], labels
    assert all(len(lab) <= 60 for lab in labels)


def test_an_approval_said_to_be_required_names_what_it_is_for() -> None:
    got = _cond("Written consent for the sale is required under the lease.")
    assert got == ("Consent for the sale", "open"), got


def test_several_approvers_before_the_noun_stay_in_the_label() -> None:
    got = _cond("The plan, which needs city and state council and lender approval, goes ahead.")
    assert got is not None and got[0] == "City and state council and lender approval", got
