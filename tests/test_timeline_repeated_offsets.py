"""The timeline on invented texts: an approximate offset ("over the weekend", "a few days ago")
or a past one ("last week") said again dates each event its clause tells, the same event
once."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _events(text: str, published: str | None = "2021-05-11") -> list[tuple[str, str]]:
    b = analyse(doc("Invented headline\n\n" + text + "\n", published))
    return [(e.date, text[e.evidence.start - len("Invented headline\n\n"):
                          e.evidence.end - len("Invented headline\n\n")]) for e in b.timeline]


def test_two_events_over_one_weekend_are_two_items() -> None:
    got = _events("Envoy Halvorsen was in Oslo over the weekend for the river talks. The "
                  "northern council published its own water survey over the weekend as well.")
    assert sum(1 for _d, ev in got if ev == "over the weekend") == 2, got


def test_one_event_said_again_over_the_weekend_is_one_item() -> None:
    got = _events("The river talks in Oslo made progress over the weekend. Delegates said the "
                  "river talks in Oslo made real progress over the weekend.")
    assert sum(1 for _d, ev in got if ev == "over the weekend") == 1, got


def test_two_events_of_last_week_are_two_items() -> None:
    got = _events("The river council voted on the dam plan last week. Envoy Halvorsen said "
                  "the northern mills had closed their gates last week after a dry spell.")
    assert sum(1 for _d, ev in got if ev == "last week") == 2, got


def test_one_event_of_last_week_said_again_is_one_item() -> None:
    got = _events("The river council voted on the dam plan last week. Critics of the dam plan "
                  "said the council voted on it last week without a survey.")
    assert sum(1 for _d, ev in got if ev == "last week") == 1, got
