"""What a side proposes to do, named as a noun ("a proposal to resume quotas"), is an open item
of the thread's agenda (issue 11), like "a proposal for ..."; a proposal to hold talks and a
proposal put to someone are none.  Every text is invented."""

from __future__ import annotations

from _neg_fixtures import primary_thread

from briefing.extract.negotiations import commitments as committed


def _called(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.status) for p in committed.calls(text, 0, len(text))]


def test_what_a_proposal_is_to_do_is_an_open_item() -> None:
    assert _called("Delegates examined a Peruvian proposal to extend the fishing season "
                   "by a month.") == [("extend the fishing season by a month", "open")]
    assert _called("The state agreed to revise its proposals to cut sick pay.") == [
        ("cut sick pay", "open")]
    assert _called("Norway's proposal for a joint research fund was welcomed.") == [
        ("a joint research fund was welcomed", "open")]


def test_a_proposal_to_hold_talks_or_put_to_someone_is_no_item() -> None:
    for text in ("Chile welcomed a proposal to hold talks in Lima.",
                 "They backed a proposal to resume negotiations next week.",
                 "He took the proposal to the board on Monday.",
                 "The union put its proposal to them in writing.",
                 "The proposal to be tabled on Friday is secret."):
        assert _called(text) == [], text


def test_a_story_has_the_proposal_on_its_agenda() -> None:
    n = primary_thread(
        "Summit\n\nNorway and Chile held fisheries talks today. Delegates examined a "
        "Peruvian proposal to extend the fishing season by a month.\n")
    labels = {i.label: i.status for i in n.issues}
    assert any(lab.startswith("Extend the fishing season") and st == "open"
               for lab, st in labels.items()), labels
