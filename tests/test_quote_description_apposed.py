"""'"…," the official, who declined to be named, said': a description, then a relative clause or
an apposition between commas, then the speech verb -- the description is the speaker, read as
it is without the clause ('"…," the official said').  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import pipeline


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in pipeline.analyse(doc(text)).to_dict()["quotes"]]


def test_a_relative_clause_between_the_description_and_its_verb() -> None:
    plain = ("Trade\n\nTOKYO, March 3 - The Agriculture Ministry will reply to the U.S. request "
             "on beef imports later this month, a senior ministry official said.\n\n\"We cannot "
             "accept the proposal in its present form,\" the official said.\n")
    clause = plain.replace("the official said", "the official, who declined to be named, said")
    assert _speakers(plain) == _speakers(clause) == ["agriculture_ministry"]


def test_a_description_s_apposition_before_the_verb() -> None:
    text = ("Trade\n\nTOKYO, March 3 - The Agriculture Ministry will reply to the U.S. request "
            "later this month, a senior ministry official said.\n\n\"We cannot accept it,\" the "
            "official, a veteran of the talks, told reporters.\n")
    assert _speakers(text) == ["agriculture_ministry"]
