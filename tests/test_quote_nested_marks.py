"""A term quoted inside a quotation with the same straight marks (issue 11): wire copy's
'"We have no objection to the "B" shares," Roe said.'  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.quotes.marks import pair_marks


def _spans(text: str) -> list[str]:
    return [text[r.start:r.end] for r in pair_marks(text, 0, len(text))]


def test_a_term_quoted_inside_a_quote_leaves_the_quote_whole() -> None:
    text = '"We have no objection to Acme buying the "B" shares," Jo Roe told Reuters.'
    assert _spans(text) == ['We have no objection to Acme buying the "B" shares,']


def test_the_quote_with_a_term_inside_keeps_its_speaker() -> None:
    text = ('Shares\n\n"We have no objection to Acme buying the "B" shares," Jo Roe told '
            'Reuters. "But everything is on hold now."\n')
    roe = actor(text, "jo_roe", "person", ["Jo Roe"])
    assert [(q.text, q.speaker) for q in find_quotes(doc(text), (roe,), ())] == [
        ('We have no objection to Acme buying the "B" shares,', "jo_roe"),
        ("But everything is on hold now.", "jo_roe")]


def test_two_quotes_in_a_row_stay_two() -> None:
    # the second opening mark follows the first quote's closing one: no term inside
    text = 'He called it "a plan" and "a good one" in his speech.'
    assert _spans(text) == ["a plan", "a good one"]


def test_an_unclosed_quote_before_a_new_sentence_ends_where_the_next_begins() -> None:
    text = '"The talks will go on for 26 weeks. "We are ready," Jo Roe said.'
    assert _spans(text) == ["The talks will go on for 26 weeks.", "We are ready,"]

