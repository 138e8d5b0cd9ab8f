"""The wire's forms of known names (issue 11, name mentions): an ampersand written "and"
("AT and T", "S and P"), and a credit rating agency that rates a deal without sitting at its
table.  Invented text; a fixture KB and the real one."""

from __future__ import annotations

from _actor_fixtures import extract, fixture_kb, texts
from _neg_fixtures import doc

from briefing.extract import analyse

ORGS = """
- {id: acme_bolt, name: "Acme & Bolt", kind: organization, abbreviations: ["A&B"]}
- {id: vantor, name: "Vantor Telephone & Telegraph", kind: organization, aliases: ["VT&T"]}
"""


def test_an_ampersand_is_also_written_and_with_the_case_rule_of_the_form() -> None:
    kb = fixture_kb("[]", ORGS, "[]")
    text = ("Merger\n\nAcme and Bolt said on Monday that A and B shares would rise. "
            "VT and T agreed, and Vantor Telephone and Telegraph said so too. A and b stayed.\n")
    found = extract(kb, text, "1987-03-02")
    assert texts(found["acme_bolt"]) == ["Acme and Bolt", "A and B"]
    assert texts(found["vantor"]) == ["VT and T", "Vantor Telephone and Telegraph"]


def test_a_rating_agency_named_as_the_wire_writes_it_is_never_a_side() -> None:
    text = ("Standard and Poor's Corp said it may cut the debt of Acme Widget Corp. S and P "
            "said Acme Widget's tender offer to acquire Bolt Industries Inc would impair its "
            "earnings. Bolt Industries rejected the offer.")
    briefing = analyse(doc(text, published="1987-03-02"))
    sp = next(a for a in briefing.actors if a.id == "standard_and_poors")
    assert [m.text for m in sp.mentions] == ["Standard and Poor's Corp", "S and P"]
    assert sp.tier == "mentioned"
    assert not any("standard_and_poors" in (*n.parties, *n.mediators)
                   for n in briefing.negotiations)
