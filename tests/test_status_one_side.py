"""One side has agreed, the other's answer is awaited: near a deal, not a deal (issue 11).

Invented texts.
"""

from __future__ import annotations

import re

import pytest

from briefing.extract.negotiations import lexicon as lex


def _scores(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for label, w, p in lex.STATUS_CUES:
        for _m in re.finditer(p, text, re.IGNORECASE):
            out[label] = out.get(label, 0.0) + w
    return out


@pytest.mark.parametrize("text", [
    "Ruritania has agreed to it and we are waiting to see what the rebels do.",
    "The government has agreed to the proposal; the rebels have yet to respond.",
    "Freedonia accepted the plan and awaits a reply from Ruritania.",
])
def test_one_side_agreed_other_awaited_is_near(text: str) -> None:
    scores = _scores(text)
    assert scores.get("near_agreement", 0.0) > scores.get("agreed", 0.0)


def test_both_sides_agreed_is_agreed() -> None:
    scores = _scores("Ruritania and the rebels have agreed to the proposal.")
    assert scores.get("agreed", 0.0) > scores.get("near_agreement", 0.0)


def test_waiting_to_see_a_truce_hold_is_no_answer_awaited() -> None:
    assert "near_agreement" not in _scores("We are waiting to see whether the truce holds.")
