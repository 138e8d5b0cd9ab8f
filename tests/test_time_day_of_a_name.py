"""A weekday that begins the name of a pact or an event ("the Good Friday Agreement", "the
Sunday Accords") is part of the name, no day near the text; a weekday before a lower-case
noun stays a day.  Invented sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import dates_in


def _dates(sentence: str) -> list[tuple[str, str | None]]:
    return dates_in(sentence, "2024-03-15")


@pytest.mark.parametrize("sentence", [
    "Both leaders praised the Good Friday Agreement and its institutions.",
    "The Tuesday Accords ended the border war between the two kingdoms.",
    "Veterans of the Monday Offensive met the envoy.",
])
def test_a_weekday_in_a_name_is_no_day(sentence: str) -> None:
    assert _dates(sentence) == []


def test_a_weekday_before_a_common_noun_stays_a_day() -> None:
    assert _dates("Negotiators said on Friday agreement was near.") == [
        ("on Friday", "2024-03-15")]
