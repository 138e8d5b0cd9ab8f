"""A deal a side stands by, sticks to or honours is in force (issue 11).  Invented texts."""

from __future__ import annotations

import re

import pytest

from briefing.extract.negotiations import lexicon as lex


def _labels(text: str) -> list[str]:
    return [label for label, _w, p in lex.STATUS_CUES
            for _m in re.finditer(p, text, re.IGNORECASE)]


@pytest.mark.parametrize("text", [
    "The finance minister said he stood by the Geneva currency agreement.",
    "RURITANIA STANDS BY GRAIN PACT",
    "Producers are sticking firmly to the quota accord, the minister said.",
    "Freedonia will honour the truce, its envoy said.",
])
def test_a_deal_stood_by_is_in_force(text: str) -> None:
    assert "implementing" in _labels(text)


@pytest.mark.parametrize("text", [
    "The minister said he stood by his forecast.",
    "Stand by for the results of the talks.",
])
def test_standing_by_no_deal(text: str) -> None:
    assert "implementing" not in _labels(text)
