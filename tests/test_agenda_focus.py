"""What talks, a meeting or a call focus or centre on is an item of the thread's agenda (issue
11), open; a person's focus, the talks themselves, a vague "the issue" and a transcript's
ranging answers are no item.  Every text is invented."""

from __future__ import annotations

from _neg_fixtures import doc, focus_items, primary_thread

from briefing.extract import analyse


def test_what_talks_focus_or_centre_on_is_an_open_item() -> None:
    assert focus_items("The discussion centered on countering piracy off the coast.") == [
        ("countering piracy off the coast", "open")]
    assert focus_items(
        "His talks with Dutch officials next week will focus on fishing rights in "
        "the North Sea.") == [("fishing rights in the North Sea", "open")]
    assert focus_items(
        "Delegates said negotiations now focus on the price of the buffer stock.") == [
        ("the price of the buffer stock", "open")]
    assert focus_items("The meeting was centred upon the grain corridor.") == [
        ("the grain corridor", "open")]


def test_a_persons_focus_is_no_item() -> None:
    assert focus_items("I have been focused on lowering prices for families.") == []
    assert focus_items("The minister will focus on the budget, his aides said.") == []


def test_the_talks_or_a_vague_issue_is_no_item() -> None:
    for text in ("The call focused on upcoming talks in Geneva.",
                 "The meeting will focus on the next round of negotiations.",
                 "The talks will focus on the issue.",
                 "The talks focused on a range of issues.",
                 "The talks centred on mutual efforts to deepen ties.",
                 "The talks now focus on the degree to which prices may move."):
        assert focus_items(text) == [], text


def test_a_story_has_what_its_talks_focus_on_on_its_agenda() -> None:
    n = primary_thread(
        "NORWAY, CHILE RESUME FISHERIES TALKS\n\nOSLO, May 2 - Norway and Chile "
        "resumed negotiations on a fisheries agreement today. The talks will focus on "
        "the research vessels in the southern fjords, officials said.\n")
    labels = {i.label: i.status for i in n.issues}
    assert any(lab.startswith("The research vessels") and st == "open"
               for lab, st in labels.items()), labels


def test_a_transcript_answer_adds_no_focus_item() -> None:
    text = ("Remarks\n\nMS. SMITH: Norway and Chile held talks on a fisheries agreement today. "
            "Our talks with the minister focused on the research vessels in the southern "
            "fjords.\n\nQ Will there be a deal?\n\nMS. SMITH: We will see.\n")
    found = analyse(doc(text, "2020-06-14")).negotiations
    assert not any("research vessels" in i.label for n in found for i in n.issues)
