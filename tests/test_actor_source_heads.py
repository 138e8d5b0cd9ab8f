"""Anonymous sources by head noun: a later "the spokesman" is the last spokesperson the text
introduced, not whichever unnamed source came last ("A State Department spokesman said …. A
Japanese official … "…," the spokesman said"); with no earlier source of that head noun, the
last source as before.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _refs(text: str) -> dict[str, list[str]]:
    briefing = analyse(doc(text, published="2024-03-06"))
    return {a.id: [r.text for r in a.references] for a in briefing.actors
            if a.id.startswith("anon_")}


def _speaker(text: str, quote: str) -> str | None:
    briefing = analyse(doc(text, published="2024-03-06"))
    return next(q.speaker for q in briefing.quotes if q.text.startswith(quote))


def test_the_spokesman_is_the_last_spokesperson_not_the_last_source() -> None:
    text = ("Japan and the United States held trade talks. A State Department spokesman told "
            "reporters on Monday that the talks went well. The delegates met again on Tuesday. "
            "A Japanese official also spoke to reporters. \"We expect more,\" the spokesman said.")
    refs = _refs(text)
    assert refs["anon_state_department_spokesman"][-1] == "the spokesman"
    assert "the spokesman" not in refs["anon_japanese_official"]
    assert _speaker(text, "We expect more") == "us_state_department"


def test_the_official_with_no_official_before_is_still_the_last_source() -> None:
    text = ("Japan and the United States held trade talks. A State Department spokesman told "
            "reporters on Monday that the talks went well. \"We expect more,\" the official said.")
    assert _refs(text)["anon_state_department_spokesman"][-1] == "the official"


def test_the_official_is_the_last_official_after_a_spokeswoman() -> None:
    text = ("Brazil and Argentina met on tariffs. A senior Argentine official said the offer "
            "was too small. A Brazilian spokeswoman replied that it was final. \"They will "
            "come back to the table,\" the official said.")
    refs = _refs(text)
    official = next(k for k in refs if k.endswith("argentine_official"))
    assert refs[official][-1] == "the official"
