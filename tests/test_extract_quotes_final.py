"""A short quote whose sentence ends with its attribution (", Mr Straw said.") is a quote."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _quotes(text: str) -> list[tuple[str, str | None]]:
    briefing = analyse(doc("Invented headline\n\n" + text + "\n", "2005-03-01"))
    return [(q.text, q.speaker) for q in briefing.quotes]


def test_short_quote_with_a_closing_attribution() -> None:
    got = _quotes("Jack Straw spoke after the meeting. The conference was a \"vital step\" in "
                  "renewing the peace process, Mr Straw said.")
    assert got == [("vital step", "jack_straw")]


def test_inverted_closing_attribution() -> None:
    got = _quotes("Sergei Lavrov arrived on Monday. The plan was \"a real chance\" for the "
                  "region, said Lavrov.")
    assert got == [("a real chance", "sergei_lavrov")]


def test_scare_quotes_without_a_speaker_stay_out() -> None:
    assert _quotes("Critics call the plan a \"sham\" and the so-called \"peace dividend\" "
                   "never came, the newspaper reported.") == []


def test_a_spokesman_for_a_person_quotes_that_person() -> None:
    got = _quotes("Tony Blair hosted the London meeting. A spokesman for Mr Blair said the "
                  "Prime Minister expected the conference to agree \"practical steps to help "
                  "the new institutions\".")
    assert got == [("practical steps to help the new institutions", "tony_blair")]
