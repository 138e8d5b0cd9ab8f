"""A speaker quoting their own thoughts in a transcript turn ("I thought, "…"") speaks the
quoted words; others' thoughts stay unattributed (issue 11).  Invented transcripts."""

from __future__ import annotations

from _neg_fixtures import actor
from _quote_fixtures import speakers

from briefing.model import Actor


def _reyes(text: str) -> Actor:
    return actor(text, "omar_reyes", "person", ["Omar Reyes", "REYES"])


def test_i_thought_quotes_the_turn_s_speaker() -> None:
    text = ('Remarks by Envoy Omar Reyes\n\nMR. REYES: When the senator changed her mind about '
            'the act in her last year — I thought, “Well, you can win this fight in the '
            'end.”\n')
    assert speakers(text, (_reyes(text),)) == ["omar_reyes"]


def test_we_wondered_quotes_the_turn_s_speaker() -> None:
    text = ('Remarks by Envoy Omar Reyes\n\nMR. REYES: The convoy was late again, and we '
            'wondered: “Will the corridor stay open through the winter?”\n')
    assert speakers(text, (_reyes(text),)) == ["omar_reyes"]


def test_someone_else_s_thoughts_are_not_the_speaker_s() -> None:
    text = ('Remarks by Envoy Omar Reyes\n\nMR. REYES: The drivers waited all night, and they '
            'thought, “Will the corridor stay open through the winter?”\n')
    assert speakers(text, (_reyes(text),)) != ["omar_reyes"]
