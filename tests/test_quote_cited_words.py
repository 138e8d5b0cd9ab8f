"""Whose words a speaker cites by naming them instead of with a speech verb ("In the words of
Jo Roe, …:", "I'm going to quote Jo here –", "to use her words", "Jo Roe's answer was:"),
as remarks and briefings do (issue 11).  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor
from _quote_fixtures import speakers

from briefing.model import Actor


def _roe(text: str) -> Actor:
    return actor(text, "jo_roe", "person", ["Jo Roe", "Jo"])


def test_quote_and_a_name_cite_that_person() -> None:
    text = ('Remarks\n\nJo Roe has been a friend of mine. She takes seriously her pledge – and '
            'I’m going to quote Jo here – to “always stand by the workers of this great '
            'city.”\n')
    assert speakers(text, (_roe(text),)) == ["jo_roe"]


def test_her_words_cite_the_person_she_stands_for() -> None:
    text = ('Remarks\n\nJo Roe has been a friend of mine. Again, I’m going to use her words – '
            'to “always stand by the workers of this great city.”\n')
    assert speakers(text, (_roe(text),)) == ["jo_roe"]


def test_in_the_words_of_a_name_cites_that_person() -> None:
    text = ('Remarks\n\nThis city has changed. In the words of Jo Roe, the city’s first poet '
            'laureate: “What is left is dark and quiet but book-ended by light.”\n')
    assert speakers(text, (_roe(text),)) == ["jo_roe"]


def test_a_possessor_s_answer_is_that_person_s_words() -> None:
    text = ('Remarks\n\nJo Roe was asked about the strike on Monday. Jo Roe’s answer was: “I am '
            'not going to comment on that today.”\n')
    assert speakers(text, (_roe(text),)) == ["jo_roe"]


def test_a_speech_verb_after_the_citation_has_its_own_subject() -> None:
    text = ('Remarks\n\nIn the words of Jo Roe, Ana Lopes said “we will not stand by and let the '
            'plant close.”\n')
    ana = actor(text, "ana_lopes", "person", ["Ana Lopes"])
    assert speakers(text, (_roe(text), ana)) == ["ana_lopes"]
