"""A person's given name and surname before "of" and a firm name a person of that firm, never
an organisation: "Tom Reed of Ashgrove Securities" is Tom Reed (of Ashgrove Securities), and a
firm's learnt short name ("Warren" of "Dalton J. Warren Inc") does not swallow the given name
of "Warren Kemp of Halberd Lynch and Co" (quote speakers).  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse

_TEXT = (
    "Banks Face Hard Talks Over Loan Payments\n\n"
    "NEW YORK (Reuters) - Big banks face hard talks with Peru over its unpaid loans, analysts "
    "said.\n\n"
    "\"This is posturing before the talks,\" said analyst Nora Bell of Dalton J. Warren Inc, "
    "referring to both sides.\n\n"
    "Analyst Warren Kemp of Halberd Lynch and Co said the talks are unlikely to end before "
    "autumn.\n\n"
    "\"Peru will pay in the end,\" Kemp said. \"The real issue is the length of the terms.\"\n\n"
    "\"The region has too much debt,\" said Tom Reed of Ashgrove Securities.\n\n"
    "Reed said the banks would hold firm.\n")


def _read() -> tuple[dict[str, tuple[str, str | None]], dict[str, str | None]]:
    result = analyse(doc(_TEXT, "1987-03-02"))
    actors = {a.id: (a.name, a.kind) for a in result.actors}
    named = {a.name: (a.kind, a.affiliation) for a in result.actors}
    return named, {q.text: actors.get(q.speaker or "", ("", ""))[0] for q in result.quotes}


def test_a_name_before_of_and_a_firm_is_a_person_of_the_firm() -> None:
    named, speakers = _read()
    assert not any("Reed" in n for n, (k, _) in named.items() if k != "person")
    assert named["Tom Reed"] == ("person", "ashgrove_securities")
    assert named["Ashgrove Securities"][0] == "organization"
    assert speakers["The region has too much debt,"] == "Tom Reed"


def test_a_firms_short_name_does_not_take_a_persons_given_name_before_of() -> None:
    named, speakers = _read()
    assert named["Warren Kemp"][0] == "person"
    assert speakers["Peru will pay in the end,"] == "Warren Kemp"
    assert speakers["The real issue is the length of the terms."] == "Warren Kemp"
