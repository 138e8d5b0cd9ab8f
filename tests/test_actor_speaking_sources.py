"""Anonymous people who speak: "a union representative said", "said a prominent House leader
who …" are person actors; "a leader of the region" and "the leader" name no source.  Fixture
sentences written for these tests."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract.actors.finder import find_actors
from briefing.extract.quotes.finder import find_quotes
from briefing.knowledge import default_kb


def _anonymous(text: str) -> list[str]:
    return [a.name for a in find_actors(doc(text), default_kb()) if a.id.startswith("anon_")]


def test_an_unnamed_representative_who_speaks_is_a_person() -> None:
    assert _anonymous("Miners rejected the pay offer, a union representative said.\n") \
        == ["union representative"]


def test_an_unnamed_leader_quoted_after_the_quote_is_a_person() -> None:
    text = ("\"We will not move on taxes this year,\" said a prominent union leader who did "
            "not want to be identified.\n")
    assert _anonymous(text) == ["prominent union leader"]


def test_a_leader_or_representative_who_does_not_speak_is_no_source() -> None:
    assert _anonymous("A leader of the region visited the plant. The leader left early. "
                      "A union representative attended the meeting.\n") == []


def test_the_unnamed_representative_speaks_the_quote_and_the_pronoun_after() -> None:
    text = ("Strike\n\nMiners rejected the pay offer, a union representative said.\n\n"
            "\"The vote was close and the turnout was very high,\" he said.\n")
    document = doc(text)
    actors = find_actors(document, default_kb())
    (quote,) = find_quotes(document, actors, ())
    assert quote.speaker is not None and quote.speaker.startswith("anon_union_representative")
