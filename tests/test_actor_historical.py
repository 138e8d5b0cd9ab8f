"""Leaders of the past named by one name in speeches (issue 11, session 18): facts of the
knowledge base.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def test_a_leader_of_the_past_named_by_one_name_is_a_person_never_a_party() -> None:
    text = ("Remarks\n\nTHE PRESIDENT: Our allies beat Hitler, and Churchill led them. "
            "Nobody asks what Stalin would do.\n")
    actors = {a.id: a for a in analyse(doc(text, published="2024-03-06")).actors}
    for pid, name in (("adolf_hitler", "Hitler"), ("joseph_stalin", "Stalin")):
        assert [m.text for m in actors[pid].mentions] == [name]
        assert actors[pid].tier == "mentioned"
