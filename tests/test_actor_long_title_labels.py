"""A label line with a long title between a body and a name ("Harbor Foundation National
Security Senior Research Fellow Steve Roe:") names the body and the person: the name is the
last name-shaped words after the title, never cut off into an organisation named after the
title and the given name (quote speakers).  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def test_a_long_title_in_a_label_keeps_the_persons_name() -> None:
    text = ("What They Are Saying\n\nHarbor Foundation National Security Senior Research "
            "Fellow Steve Roe: \u201cThe deal has left the other side weaker than it was a "
            "year ago.\u201d\n\nSenator Ann Vale said the Senate would vote on Friday.\n")
    result = analyse(doc(text, "2025-06-02"))
    names = {a.id: a.name for a in result.actors}
    orgs = {a.name for a in result.actors if a.kind == "organization"}
    assert "Harbor Foundation" in orgs and not any("Steve" in o for o in orgs)
    speakers = {q.text: names.get(q.speaker or "") for q in result.quotes}
    assert speakers["The deal has left the other side weaker than it was a year ago."] \
        == "Steve Roe"


def test_a_long_firm_name_without_a_person_stays_whole() -> None:
    text = ("Trade\n\nThe Lakeside Valley National Farm Credit Export Finance Development "
            "Corporation Board said on Monday it would lend more.\n")
    result = analyse(doc(text, "2025-06-02"))
    assert not any(a.kind == "person" for a in result.actors)
