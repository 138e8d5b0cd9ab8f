"""A deal reached is reached, however the text qualifies it (issue 11).

"reached a preliminary agreement", "has reached a tentative three-year contract": the sides have
agreed, ratification or approval pending; a tentative deal named alone ("a tentative contract
is on the table") is still near.  Talks suspended are stalled however qualified ("suspended
key talks").  All texts are invented.
"""

from __future__ import annotations

import pytest
from _neg_fixtures import cue_labels


@pytest.mark.parametrize("text", [
    "Acme said it has reached a preliminary agreement to settle a boundary dispute with Bolt.",
    "The union reached a tentative three-year contract with the company on Friday.",
    "Ruritania reached a broad accord with its creditor banks.",
])
def test_a_qualified_deal_reached_is_agreed(text: str) -> None:
    labels = cue_labels(text)
    assert "agreed" in labels and "near_agreement" not in labels


@pytest.mark.parametrize("text", [
    "A tentative contract is now before the members.",
    "The two sides are working on a draft agreement.",
])
def test_a_tentative_deal_alone_is_near(text: str) -> None:
    assert "near_agreement" in cue_labels(text) and "agreed" not in cue_labels(text)


def test_a_deal_still_to_reach_is_not_agreed() -> None:
    assert "agreed" not in cue_labels("They hope to reach a preliminary agreement by May.")


@pytest.mark.parametrize("text", [
    "The prime minister said he suspended key talks with the opposition.",
    "Ruritania suspended its trade negotiations with Freedonia.",
])
def test_talks_suspended_stall(text: str) -> None:
    assert "stalled" in cue_labels(text)
