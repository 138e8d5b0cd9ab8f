"""What a meeting still ahead or under way is to discuss is an item of the thread's agenda
(issue 11), open; what was discussed, the talks themselves, a vague object and a transcript's
ranging answers are no item.  Every text is invented."""

from __future__ import annotations

from _neg_fixtures import doc, focus_items, primary_thread

from briefing.extract import analyse


def test_what_a_meeting_ahead_is_to_discuss_is_an_open_item() -> None:
    assert focus_items(
        "Finance ministers of the region met in Lisbon to discuss the fishing "
        "quotas.") == [("the fishing quotas", "open")]
    assert focus_items("The two leaders will also discuss joint research on solar cells.") == [
        ("joint research on solar cells", "open")]
    assert focus_items("I look forward to discussing how we can widen the rail link.") == [
        ("how we can widen the rail link", "open")]
    assert focus_items("The two sides are also discussing overtime pay and rest breaks.") == [
        ("overtime pay and rest breaks", "open")]
    assert focus_items("Delegates would then discuss a new price range, he said.") == [
        ("a new price range", "open")]


def test_what_was_discussed_is_no_item() -> None:
    assert focus_items("The leaders discussed the fishing quotas.") == []
    assert focus_items("They had discussed joint research on solar cells last year.") == []


def test_the_talks_or_a_vague_object_is_no_item() -> None:
    for text in ("The ministers will meet to discuss the talks.",
                 "He declined to discuss the matter.",
                 "She refused to discuss details.",
                 "They will discuss it on Monday.",
                 "Officials are to discuss with the union on Friday.",
                 "The envoys would discuss a range of issues."):
        assert focus_items(text) == [], text


def test_a_story_has_what_its_meeting_is_to_discuss_on_its_agenda() -> None:
    n = primary_thread(
        "NORWAY, CHILE TO HOLD FISHERIES TALKS\n\nOSLO, May 2 - Norway and Chile "
        "will hold negotiations on a fisheries agreement next week. The ministers will "
        "also discuss the research vessels in the southern fjords, officials said.\n")
    labels = {i.label: i.status for i in n.issues}
    assert any(lab.startswith("The research vessels") and st == "open"
               for lab, st in labels.items()), labels


def test_a_transcript_answer_adds_no_discussion_item() -> None:
    text = ("Remarks\n\nMS. SMITH: Norway and Chile held talks on a fisheries agreement today. "
            "The ministers will also discuss the research vessels in the southern "
            "fjords.\n\nQ Will there be a deal?\n\nMS. SMITH: We will see.\n")
    found = analyse(doc(text, "2020-06-14")).negotiations
    assert not any("research vessels" in i.label for n in found for i in n.issues)
