"""The help screen's search syntax names every filter the query language takes (user test,
session 11: the search box's hint named status:, role:, after:, before:, source:, but the help
screen, where an analyst looks for them, had none)."""

from __future__ import annotations

from briefing.search.filters import ACCEPTED, STATUSES
from briefing.ui.keys import SEARCH_SYNTAX


def test_every_filter_and_status_is_in_the_help() -> None:
    text = " ".join(f"{key} {said}" for key, said in SEARCH_SYNTAX)
    for name in ACCEPTED:
        assert f"{name}:" in text, name
    for status in STATUSES:
        assert status in text, status
