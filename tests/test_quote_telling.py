"""'X took another view, telling Reuters that "…"': the participle introduces X's words, not a
continuation of the quotation before (issue 11).  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.time.timex import find_times


def _speakers(text: str, actors: list[tuple[str, str, list[str]]]) -> list[str | None]:
    d = doc(text, "2020-06-14")
    found = tuple(actor(text, aid, kind, forms) for aid, kind, forms in actors)
    return [q.speaker for q in find_quotes(d, found, find_times(d))]


def test_telling_introduces_its_subjects_words() -> None:
    text = ('Rates\n\n"The market will test the accord within weeks," Jo Roe, an analyst at '
            'Acme Bank, said.\n\nBut Ali Demir took a calmer view, telling Reuters that "the '
            'market is quite stable for now and will stay so."\n')
    actors = [("jo_roe", "person", ["Jo Roe"]), ("ali_demir", "person", ["Ali Demir"]),
              ("acme", "organization", ["Acme Bank"])]
    assert _speakers(text, actors) == ["jo_roe", "ali_demir"]
