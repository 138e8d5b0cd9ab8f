"""A name right after a verb in the present tense ("Perry also admits Garrod … will have the
final say") opens the verb's object clause: it is not the sentence's subject, and a following
"He told …" stands for the sentence's subject.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import pipeline


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in pipeline.analyse(doc(text)).to_dict()["quotes"]]


def test_the_name_after_admits_is_not_the_pronoun_s_antecedent() -> None:
    text = ("Club\n\nLiverpool chief executive Rick Perry spoke on Monday.\n\nBut Perry, speaking "
            "to the radio, also admits Steven Garrod, who has been linked with Chelsea, will "
            "have the final say on his future. He told the radio: \"Steven is above money.\"\n")
    assert _speakers(text) == ["rick_perry"]


def test_a_title_ending_in_s_still_leads_to_its_subject() -> None:
    text = ("Club\n\nThe club's sports director Ian Mott spoke on Monday. \"We will not sell,\" "
            "he said.\n")
    assert _speakers(text) == ["ian_mott"]
