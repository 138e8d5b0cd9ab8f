"""Which words of an attribution are the speech verb's subject (issue 11): the pronoun right
before the verb, a second verb of the subject named before the marks, a name's apposition.
Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor
from _quote_fixtures import speakers

from briefing.model import Actor


def _roe(text: str) -> Actor:
    return actor(text, "jo_roe", "person", ["Jo Roe", "Roe"])


def test_the_pronoun_right_before_the_verb_is_its_subject() -> None:
    # the clause before the pronoun names others ("Lagos officials"): the "he" before
    # "believed" is still the subject, and stands for Roe
    text = ('Debt\n\nFinance Minister Jo Roe said the country would pay.\n\nHe said that based '
            'on talks with Lagos officials last week, he believed the approach was "calm and '
            'sound," adding, "We fully expect a settlement with the banks."\n')
    assert speakers(text, (_roe(text),)) == ["jo_roe", "jo_roe"]


def test_a_pronoun_further_from_the_verb_still_needs_no_name_after_it() -> None:
    # "he — Ali Demir — said": a name after the pronoun corrects it
    text = ('Debt\n\nFinance Minister Jo Roe spoke first. Then he, or rather his deputy Ali Demir '
            'in his place, said "We will pay the banks in full this year."\n')
    assert speakers(text, (_roe(text), actor(text, "ali_demir", "person", ["Ali Demir"]))) \
        != ["jo_roe"]


def test_a_pronoun_before_the_verb_alone_does_not_make_a_scare_quote_words() -> None:
    # the clause opens with other words than the pronoun: the quoted word stays a scare quote
    text = ('Plans\n\nJo Roe spoke in Leeds. The fact that he used an article in the Gazette '
            'to set out what he believed "should" be in the plan has not helped.\n')
    assert speakers(text, (_roe(text),)) == []


def test_a_second_verb_after_the_marks_leaves_the_subject_before_them() -> None:
    text = ('Debt\n\nAnswering questions from the press club, Jo Roe said "The country is not '
            'defaulting on its debt," and pointed out that the moratorium was called because '
            'reserves were low.\n')
    assert speakers(text, (_roe(text),)) == ["jo_roe"]


def test_a_clause_after_the_marks_with_its_own_subject_still_attributes() -> None:
    text = ('Debt\n\nThe talks resumed. "The country is not defaulting on its debt," and he '
            'added that reserves were low, Jo Roe said.\n')
    assert speakers(text, (_roe(text),)) == ["jo_roe"]


def test_an_apposition_of_a_name_is_no_one_else_for_a_later_pronoun() -> None:
    # "an analyst" describes Roe: the "he" of the next quote is Roe, not an unnamed analyst
    text = ('Phones\n\n"Broadband and calls sell well together," said Jo Roe, an analyst with '
            'Acme Research. "The launch was quiet but now the firm is waving the flag," he '
            'added.\n')
    analyst = actor(text, "anon_analyst", "person", [], refs=["an analyst"])
    assert speakers(text, (_roe(text), analyst)) == ["jo_roe", "jo_roe"]


def test_an_unnamed_analyst_not_set_off_by_a_name_stays_the_subject() -> None:
    text = ('Phones\n\nJo Roe runs the firm. An analyst with Acme Research said "Broadband and '
            'calls sell well together." "The launch was quiet but now the firm is waving the '
            'flag," he added.\n')
    analyst = actor(text, "anon_analyst", "person", [], refs=["An analyst"])
    assert speakers(text, (_roe(text), analyst))[-1] != "jo_roe"


def test_a_name_in_apposition_closing_its_sentence_is_no_subject() -> None:
    # "…, observed Jo Roe, adviser to the Fund's director, Ali Demir." then ""…," he said": the
    # observer, not the director named in apposition with no verb of his own
    text = ('Debt\n\nSomebody has to pay, observed Jo Roe, adviser to the Fund\'s managing '
            'director, Ali Demir. "Everyone must keep the cost in mind," he said.\n')
    assert speakers(text, (_roe(text), actor(text, "ali_demir", "person", ["Ali Demir"]))) \
        == ["jo_roe"]
