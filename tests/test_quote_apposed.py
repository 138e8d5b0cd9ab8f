"""A speaker named after a quotation with an apposition before the verb (issue 11):
'"…," Jo Roe, a defence analyst and author, said.'  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.time.timex import find_times


def _speakers(text: str, names: dict[str, list[str]]) -> list[str | None]:
    d = doc(text, "2020-06-14")
    actors = tuple(actor(text, aid, "person", forms) for aid, forms in names.items())
    return [q.speaker for q in find_quotes(d, actors, find_times(d))]


def test_a_name_with_an_apposition_before_the_verb_speaks() -> None:
    text = ('Gulf\n\nThe strike was limited. "It was a careful signal," Jo Roe, a defence '
            'analyst and author, said.\n')
    assert _speakers(text, {"jo_roe": ["Jo Roe"]}) == ["jo_roe"]


def test_an_apposition_without_a_speech_verb_names_no_speaker() -> None:
    text = ('Gulf\n\nThe strike was limited. "It was a careful signal," Jo Roe, a defence '
            'analyst and author, lives in Paris.\n')
    assert _speakers(text, {"jo_roe": ["Jo Roe"]}) != ["jo_roe"]


def test_an_apposition_without_an_article_speaks_too() -> None:
    # news style drops the article: "Jo Roe, chief economist at Acme Bank, said"; a relative
    # clause is an apposition as well
    text = ('Gulf\n\nThe strike was limited. "It was a careful signal," Jo Roe, chief '
            'economist at Acme Bank, said. Rates did not move. "Markets shrugged it off," Ali '
            'Demir, who trades oil in Dubai, told reporters.\n')
    assert _speakers(text, {"jo_roe": ["Jo Roe"], "ali_demir": ["Ali Demir"]}) \
        == ["jo_roe", "ali_demir"]


def test_wire_copy_drops_the_appositions_closing_comma() -> None:
    # '"…," Jo Roe, president of Acme Corp told …' and an apposition holding commas
    text = ('Oil\n\n"Reserves are larger than thought," Jo Roe, president of Acme Corp told '
            'the congress.\n\nPrices fell. "Costs will come down," Ali Demir, vice president, '
            'oil division, Delta Oil Ltd said at the meeting.\n')
    assert _speakers(text, {"jo_roe": ["Jo Roe"], "ali_demir": ["Ali Demir"]}) \
        == ["jo_roe", "ali_demir"]


def test_a_perfect_tense_verb_ends_the_apposition_too() -> None:
    text = ('Ports\n\n"A strike is certain," Jo Roe, head of the sailors\' union, has said.\n')
    assert _speakers(text, {"jo_roe": ["Jo Roe"]}) == ["jo_roe"]


def test_a_loose_apposition_needs_a_speech_verb() -> None:
    text = ('Ports\n\nThe deal stalled. "A strike is certain," Jo Roe, head of the union, '
            'lives in Lagos.\n')
    assert _speakers(text, {"jo_roe": ["Jo Roe"]}) != ["jo_roe"]
