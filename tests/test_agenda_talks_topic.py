"""A primary thread none of whose sentences names an item has what its talks are on, or its
dispute is over (talks_topic), through the public ``analyse`` API.  Every text is invented."""

from __future__ import annotations

from _neg_fixtures import primary_thread

from briefing.extract.negotiations.talks_topic import topic_of_talks
from briefing.extract.negotiations.units import Unit


def _unit(text: str) -> Unit:
    return Unit(0, len(text), text, 0, 1.0, negotiation=True)


def test_what_talks_are_on_is_the_topic() -> None:
    text = ("The union said it resumed talks with Bolton Mills on reinstating the dismissed "
            "workers.")
    got = topic_of_talks(text, [_unit(text)])
    assert got is not None and got[0] == "Reinstating the dismissed workers" and got[1] == "open"


def test_what_a_dispute_is_over_is_contested() -> None:
    text = "The dispute over port redundancies entered its third week, the union said."
    got = topic_of_talks(text, [_unit(text)])
    assert got is not None and got[0] == "Port redundancies" and got[1] == "contested"


def test_what_talks_are_held_to_do_is_the_topic() -> None:
    text = "Mr Tarvo invited the council for talks in Ostrava next month in a bid to repair ties."
    got = topic_of_talks(text, [_unit(text)])
    assert got is not None and got[0] == "Repair ties"


def test_a_time_a_channel_or_a_vague_topic_is_no_topic() -> None:
    for text in ("The two sides held talks on Monday and again on the phone.",
                 "Talks to resume the mill's work were due to begin.",
                 "The union raised talks on a specific issue.",
                 "He blamed the collapse of the talks on the employers."):
        assert topic_of_talks(text, [_unit(text)]) is None, text


def test_a_primary_thread_with_no_item_gets_its_topic() -> None:
    n = primary_thread("Dock talks\n\nThe Ostrava dockers' union and the port authority held "
                       "talks today on reinstating five dismissed workers, a union official "
                       "said.\n", "2020-06-14")
    assert [i.label for i in n.issues] == ["Reinstating five dismissed workers"]


def test_a_stretch_of_time_or_a_possessive_before_the_topic() -> None:
    text = "Chile and Norway have been negotiating for over a month on ways to protect ships."
    got = topic_of_talks(text, [_unit(text)])
    assert got is not None and got[0] == "Ways to protect ships"
    text = "The envoy praised Chile after talks on its struggle for economic recovery."
    got = topic_of_talks(text, [_unit(text)])
    assert got is not None and got[0] == "Struggle for economic recovery"
