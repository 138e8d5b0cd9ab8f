"""A deal still to accept, approve or ratify is no deal yet (issue 11).  Invented texts."""

from __future__ import annotations

import pytest
from _neg_fixtures import cue_labels


@pytest.mark.parametrize("text", [
    "The government is hopeful that most creditors will accept the deal.",
    "The board asked shareholders to approve the merger.",
    "Freedonia must ratify the treaty before it takes effect.",
])
def test_a_deal_still_to_accept_is_not_agreed(text: str) -> None:
    assert "agreed" not in cue_labels(text)


@pytest.mark.parametrize("text", [
    "Most creditors accepted the deal on Friday.",
    "Shareholders approved the merger.",
    "The union accepts the agreement.",
])
def test_a_deal_accepted_is_agreed(text: str) -> None:
    assert "agreed" in cue_labels(text)
