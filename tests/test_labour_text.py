"""``unions.labour_text`` (the lowercased search without the case-blind flag, its word
boundary checked per hit) answers as :data:`unions.LABOUR` does, on invented texts."""

from __future__ import annotations

import pytest

from briefing.extract.actors.unions import LABOUR, labour_text

TEXTS = [
    "Strike at the Ruritanian mills enters a second week.",
    "The dockers voted in a BALLOT on Tuesday.",
    "Freedonia's envoy spoke of peace, not of pay.",
    "Pay talks resumed; the union wants more.",
    "The display of restraint was noted (no labour words here).",
    "Sylvania announced lay-offs at two plants.",
    "mis_strike and restrikes are no strike words; neither is outstruck.",
    "_ballot is glued to a word character.",
    "The union is negotiating for a new contract with the port.",
    "Labor costs rose; the employers' federation said so.",
    "",
    "İstanbul talks: the walk-out ended.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_labour_text_answers_as_the_labour_pattern(text: str) -> None:
    assert labour_text(text) == (LABOUR.search(text) is not None)


def test_a_text_with_only_glued_labour_words_is_no_labour_text() -> None:
    assert not labour_text("mis_strike, restrikes and outstruck.")
    assert labour_text("They struck.")
