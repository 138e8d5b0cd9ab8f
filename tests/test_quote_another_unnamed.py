""""Another arbitrageur said …" then '"…," he said': one more unnamed voice of a kind the story
quotes, whatever the noun, whom the pronoun stands for -- not the person named before (an
onlooker's words are nobody's, eval/CONVENTIONS.md).  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import pipeline


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in pipeline.analyse(doc(text)).to_dict()["quotes"]]


def test_another_of_a_kind_is_the_pronoun_s_antecedent() -> None:
    text = ("Bid\n\nNEW YORK, March 3 - Gillmark shares rose. \"It is a fine company,\" said "
            "Andrew Shale, an analyst at Brooks and Co. Another arbitrageur said he expects "
            "Gillmark to resist. \"They will fight,\" he said.\n")
    assert _speakers(text) == ["andrew_shale", None]


def test_another_thing_is_no_speaker() -> None:
    text = ("Bid\n\nNEW YORK, March 3 - Gillmark shares rose, said Andrew Shale, an analyst at "
            "Brooks and Co. Another problem was the price. \"They will fight,\" he said.\n")
    assert _speakers(text) == ["andrew_shale"]
