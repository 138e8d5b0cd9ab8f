"""A deal whose content is told in the present, or under which something is done, exists
(issue 11).  Invented texts."""

from __future__ import annotations

import pytest
from _neg_fixtures import cue_labels


@pytest.mark.parametrize("text", [
    "The agreement calls for Ruritania to repay 200 mln crowns over four years.",
    "Terms of the new debt accord provide for a grace period of two years.",
    "The pact extends a freeze on the quota, officials said.",
    "Under the supply agreement, Acme will buy 40 pct of the mill's output.",
    "Under the terms of the truce, both armies pull back ten kilometres.",
])
def test_a_deal_told_in_the_present_exists(text: str) -> None:
    assert "agreed" in cue_labels(text)


@pytest.mark.parametrize("text", [
    "The proposed agreement calls for a cut in tariffs.",
    "Under the draft accord, the border would reopen.",
    "The unions want an agreement that provides for higher pay.",
    "An agreement would require both sides to cut output.",
    "The talks are under way and cover a wide range of issues.",
    "The subsidies are illegal under the General Agreement on Tariffs and Trade.",
])
def test_a_deal_still_to_make_is_not_agreed(text: str) -> None:
    assert "agreed" not in cue_labels(text)
