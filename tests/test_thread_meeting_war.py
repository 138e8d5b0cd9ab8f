"""A leaders' meeting and the war they talk of (issue 11, threads14).

Gold builds the meeting of two leaders ("... Before Bilateral Meeting", "Readout of X's Meeting
with Y") as the primary thread and the cease-fire or hostage release they talk of -- a war
elsewhere -- as a thread of its own; the extractor filed those items under the meeting.
"""

from __future__ import annotations

from _neg_fixtures import actor

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times
from briefing.model import Negotiation

_STATES = [("usa", "state", ["United States"]), ("ruritania", "state", ["Ruritania"]),
           ("freedonia", "state", ["Freedonia"]), ("sylvania", "state", ["Sylvania"])]
_BODY = ("THE PRESIDENT: The United States and Ruritania signed an agreement today on trade "
         "and investment. We agreed to deepen our talks on energy. And we are committed to a "
         "ceasefire that will bring the hostages home from Oldtown.\n")


def _threads(title: str, body: str = _BODY) -> tuple[Negotiation, ...]:
    text = f"{title}\n\n{body}"
    d, _ = document_from_text("fixture.txt", text, meta=Metadata(
        title=title, published="2024-03-15", source="The White House"))
    found = tuple(actor(text, aid, kind, names) for aid, kind, names in _STATES)
    return find_negotiations(d, found, (), find_times(d))[0]


def _keys(n: Negotiation) -> set[str]:
    return {i.key for i in n.issues}


def test_a_war_the_leaders_talk_of_is_a_thread_of_its_own() -> None:
    threads = _threads("Remarks by the President and the Prime Minister of Ruritania Before "
                       "Bilateral Meeting")
    primary = next(t for t in threads if t.primary)
    assert set(primary.parties) <= {"usa", "ruritania"}
    assert not _keys(primary) & {"ceasefire", "hostage_release"}
    war = [t for t in threads if not t.primary and "ceasefire" in _keys(t)]
    assert len(war) == 1 and war[0].parties == ()
    assert "hostage_release" in _keys(war[0])


def test_without_a_meeting_the_items_stay_the_primarys() -> None:
    threads = _threads("Remarks by the President and the Prime Minister of Ruritania")
    primary = next(t for t in threads if t.primary)
    assert "ceasefire" in _keys(primary)
    assert not any("ceasefire" in _keys(t) for t in threads if not t.primary)


def test_a_meeting_on_the_wars_own_talks_keeps_them() -> None:
    # the primary's sides are the war's, not the title's leaders: its talks are the meeting's
    body = ("Freedonia and Sylvania held talks on a ceasefire and the release of hostages. "
            "Freedonia and Sylvania agreed to meet again on the ceasefire.\n")
    threads = _threads("Readout of the Envoy's Meeting with the Ruritanian Minister", body)
    primary = next(t for t in threads if t.primary)
    assert "ceasefire" in _keys(primary)


def test_the_meetings_label_names_no_truce_of_the_war() -> None:
    # (the war's noun said most: once the meeting's label took it, "... ceasefire")
    body = _BODY.replace("home from Oldtown.", "home from Oldtown. The ceasefire must come now.")
    threads = _threads("Remarks by the President and the Prime Minister of Ruritania Before "
                       "Bilateral Meeting", body)
    primary = next(t for t in threads if t.primary)
    assert "ceasefire" not in primary.label


def test_a_joint_statement_of_the_two_governments_files_the_war_apart() -> None:
    threads = _threads("A Joint Statement Between the United States and Ruritania")
    primary = next(t for t in threads if t.primary)
    assert not _keys(primary) & {"ceasefire", "hostage_release"}
    assert any("ceasefire" in _keys(t) for t in threads if not t.primary)


def test_two_wars_named_by_their_states_are_two_threads() -> None:
    # a truce in one state, a ceasefire in another: two wars; the sentence right after the
    # first goes on with it (it names no state of its own)
    body = ("The United States and Ruritania signed an agreement today on trade and investment. "
            "Both sides welcomed the truce in Freedonia. They thanked the envoy for his work "
            "to extend the truce. They called for a ceasefire in Sylvania.\n")
    threads = _threads("A Joint Statement Between the United States and Ruritania", body)
    wars = [t for t in threads if not t.primary and "ceasefire" in _keys(t)]
    assert len(wars) == 2, wars
    title = "A Joint Statement Between the United States and Ruritania"
    text = f"{title}\n\n{body}"
    said = [{text[sp.start:sp.end] for i in t.issues for sp in i.evidence} for t in wars]
    # the sentence that names no state is the first war's, not a third thread nor the second's
    assert any(any("Freedonia" in s for s in ss) and any("thanked" in s for s in ss)
               for ss in said), said
    assert not any(any("Sylvania" in s for s in ss) and any("thanked" in s for s in ss)
                   for ss in said), said
