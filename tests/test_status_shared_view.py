"""Agreeing on a need is sharing a view, not making a deal.

"The lenders agreed on the need to settle the dispute quickly", "the ministers agreed on
Ruritania's need for cheaper grain", a headline "... AGREE ON NEED FOR LOWER TARIFFS": the
sides agree how things stand or what should come, as they do on an urgency or an importance;
no deal is made.  "Agreed
on a new price", "agreed to cut output" stay deals.  Invented sentences (issue 11).
"""

from __future__ import annotations

import re

import pytest
from _neg_fixtures import cue_labels

from briefing.extract.negotiations.lexicon import TITLE_CUES


@pytest.mark.parametrize("sentence", [
    "The Freedonian lenders agreed on the need to settle the dispute quickly.",
    "The ministers agreed on Ruritania's need for cheaper grain.",
    "Both governments have agreed on the necessity of closer coordination.",
])
def test_agreeing_on_a_need_is_no_deal(sentence: str) -> None:
    labels = cue_labels(sentence)
    assert "agreed" not in labels and "ongoing" in labels


@pytest.mark.parametrize("sentence", [
    "The ministers agreed on a new price for the crude.",
    "Ruritania and Freedonia have agreed to cut output by ten pct.",
])
def test_agreeing_on_terms_is_still_a_deal(sentence: str) -> None:
    assert "agreed" in cue_labels(sentence)


def test_a_headline_agreeing_on_a_need_is_no_deal() -> None:
    title = "RURITANIA, FREEDONIA AGREE ON NEED FOR LOWER TARIFFS"
    labels = [label for label, _w, p in TITLE_CUES if re.search(p, title, re.IGNORECASE)]
    assert "agreed" not in labels
