"""An organisation's capitalised name ends at its head when a post and a person's name run on
after it ("Harbour Party Deputy Jon Maddox told …"): the body and the person, not one
organisation named after both (issue 11, quote speakers).  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _orgs_and_speakers(text: str) -> tuple[set[str], dict[str, str | None]]:
    result = analyse(doc(text, "1987-03-02"))
    names = {a.id: a.name for a in result.actors}
    orgs = {a.name for a in result.actors if a.kind == "organization"}
    return orgs, {q.text: names.get(q.speaker or "") for q in result.quotes}


def test_a_post_and_a_name_after_a_partys_head_are_a_person() -> None:
    text = ("Debt\n\nThe loan request will be met, ruling Harbour Party Deputy Jon Maddox told "
            "a local radio station.\n\n\"We do not rule out a pause in payments if the banks "
            "say no,\" he added.\n")
    orgs, speakers = _orgs_and_speakers(text)
    assert "Harbour Party" in orgs and not any("Maddox" in o for o in orgs)
    assert speakers["We do not rule out a pause in payments if the banks say no,"] \
        == "Jon Maddox"


def test_a_name_right_after_an_associations_head_is_a_person() -> None:
    text = ("Coffee\n\nExports will not be cut, President of the Santos Coffee Trade Association "
            "Marco Brandt said.\n\n\"We have large stocks and a good harvest is coming,\" "
            "Brandt added.\n")
    orgs, speakers = _orgs_and_speakers(text)
    assert "Santos Coffee Trade Association" in orgs
    assert speakers["We have large stocks and a good harvest is coming,"] == "Marco Brandt"


def test_a_label_with_a_councils_president_and_ceo_names_the_person() -> None:
    text = ("What They Are Saying\n\nHarbour Council President and CEO Frederick Lanne: "
            "\u201cThis agreement changes the region for a generation.\u201d\n")
    orgs, speakers = _orgs_and_speakers(text)
    assert "Harbour Council" in orgs
    assert speakers["This agreement changes the region for a generation."] == "Frederick Lanne"


def test_a_head_that_opens_the_name_keeps_the_words_after_it() -> None:
    # ("Bank Maria Keller" is a bank's name: no head before the given name ends it)
    text = ("Banks\n\nBank Maria Keller raised its prime rate on Monday, the bank said.\n")
    orgs, _speakers = _orgs_and_speakers(text)
    assert "Bank Maria Keller" in orgs
