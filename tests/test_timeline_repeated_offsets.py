"""The timeline on invented texts: an approximate offset said again ("over the weekend", "a few
days ago") dates each event its clause tells, the same event once."""

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
