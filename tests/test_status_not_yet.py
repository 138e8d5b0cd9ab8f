"""A deal still to accept, approve or ratify is no deal yet (issue 11).  Invented texts."""

from __future__ import annotations

import re

import pytest

from briefing.extract.negotiations import lexicon as lex


def _labels(text: str) -> list[str]:
    return [label for label, _w, p in lex.STATUS_CUES
            for _m in re.finditer(p, text, re.IGNORECASE)]


@pytest.mark.parametrize("text", [
    "The government is hopeful that most creditors will accept the deal.",
    "The board asked shareholders to approve the merger.",
    "Freedonia must ratify the treaty before it takes effect.",
])
def test_a_deal_still_to_accept_is_not_agreed(text: str) -> None:
    assert "agreed" not in _labels(text)


@pytest.mark.parametrize("text", [
    "Most creditors accepted the deal on Friday.",
    "Shareholders approved the merger.",
    "The union accepts the agreement.",
])
def test_a_deal_accepted_is_agreed(text: str) -> None:
    assert "agreed" in _labels(text)
