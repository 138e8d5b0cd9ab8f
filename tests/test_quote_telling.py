"""'X took another view, telling Reuters that "…"': the participle introduces X's words, not a
continuation of the quotation before (issue 11).  Invented sentences."""

from __future__ import annotations

from _quote_fixtures import cast, speakers


def test_telling_introduces_its_subjects_words() -> None:
    text = ('Rates\n\n"The market will test the accord within weeks," Jo Roe, an analyst at '
            'Acme Bank, said.\n\nBut Ali Demir took a calmer view, telling Reuters that "the '
            'market is quite stable for now and will stay so."\n')
    actors = [("jo_roe", "person", ["Jo Roe"]), ("ali_demir", "person", ["Ali Demir"]),
              ("acme", "organization", ["Acme Bank"])]
    assert speakers(text, cast(text, actors)) == ["jo_roe", "ali_demir"]
