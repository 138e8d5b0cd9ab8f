"""The time of a status cue, a headline's meeting, the plurals of negotiation nouns (issue 11).

General facts of news style, tested on invented sentences:

* "earlier today", "earlier this week", "earlier on Monday" date an event to the days of
  publication: the word "earlier" makes no history of such a sentence (an "earlier accord",
  "earlier talks" still are the past);
* a headline whose only cue is the noun "meeting" ("ACME SETS MEETING ON MERGER", "STATEMENT
  AFTER MEETING") names an event, not the state of the talks: the lede and the body decide;
* "meetings", "summits", "accords", "pacts", "treaties", "truces", "ceasefires" make a sentence
  part of a negotiation as their singulars do ("settlements", also a place, does not).
"""

from __future__ import annotations

import pytest
from _neg_fixtures import primary_with

from briefing.extract.negotiations import lexicon as lex
from briefing.model import Negotiation

STATES = {"ruritania": ["Ruritania"], "freedonia": ["Freedonia"]}
FIRMS = {"acme": ["Acme Corp", "Acme", "ACME"], "bolt": ["Bolt Industries", "Bolt", "BOLT"]}


def _primary(text: str, names: dict[str, list[str]], kind: str) -> Negotiation | None:
    return primary_with(text, names, kind, "1987-04-02")


@pytest.mark.parametrize("phrase", [
    "talks held earlier today", "a deal signed earlier this week", "met earlier on Monday",
    "agreed earlier in the day", "earlier tonight"])
def test_earlier_today_is_no_history(phrase: str) -> None:
    assert lex.HISTORICAL_WORDS.search(phrase) is None


@pytest.mark.parametrize("phrase", [
    "an earlier accord", "earlier talks failed", "signed earlier, in 1980", "the previous pact"])
def test_earlier_alone_is_history(phrase: str) -> None:
    assert lex.HISTORICAL_WORDS.search(phrase) is not None


def test_deal_signed_earlier_today_is_the_news() -> None:
    text = ("Fish quotas\n\nMinisters of Ruritania and Freedonia held talks on fish quotas in "
            "the capital on Thursday. Ruritania and Freedonia signed a fish quota accord "
            "earlier today, the ministers said.\n")
    assert _primary(text, STATES, "state").status == "agreed"


def test_meeting_headline_leaves_the_status_to_the_body() -> None:
    text = ("ACME SETS MEETING ON MERGER\n\nAcme Corp said shareholders will vote on the merger "
            "at a special meeting on May 21. Acme Corp and Bolt Industries signed a merger "
            "agreement on Tuesday, Acme said.\n")
    assert _primary(text, FIRMS, "organization").status == "agreed"


def test_meeting_headline_with_talks_in_the_body_stays_ongoing() -> None:
    text = ("RURITANIA, FREEDONIA SET MEETING\n\nRuritania and Freedonia will hold a new round of "
            "talks on fish quotas next week, officials said. Ruritania and Freedonia "
            "negotiators met in Geneva on Monday.\n")
    assert _primary(text, STATES, "state").status in ("ongoing", "exploratory")


def test_talks_headline_still_decides() -> None:
    text = ("ACME, BOLT IN MERGER TALKS\n\nAcme Corp and Bolt Industries are in talks on a "
            "merger. Bolt signed a supply agreement with a third firm on Tuesday.\n")
    assert _primary(text, FIRMS, "organization").status == "ongoing"


@pytest.mark.parametrize("phrase", [
    "the ministers' meetings", "two summits", "the currency accords", "trade pacts",
    "the border treaties", "local truces", "several ceasefires", "the cease-fires"])
def test_plural_negotiation_nouns(phrase: str) -> None:
    assert lex.NEGOTIATION_WORDS.search(phrase) is not None


@pytest.mark.parametrize("phrase", ["new settlements", "medical protocols"])
def test_everyday_plurals_are_no_negotiation(phrase: str) -> None:
    assert lex.NEGOTIATION_WORDS.search(phrase) is None


def test_a_story_told_in_plurals_has_a_thread() -> None:
    text = ("RURITANIA, FREEDONIA HOLD FISH MEETINGS\n\nRuritania and Freedonia held two "
            "meetings on fish quotas in Geneva on Tuesday, officials said. Freedonia wants "
            "larger quotas for its fleet.\n")
    assert _primary(text, STATES, "state").status in ("ongoing", "exploratory")
