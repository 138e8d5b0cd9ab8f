"""News organisations and journalists report the talks; they never sit at the table (issue 11,
parties by role).  Invented text; the outlets are the knowledge base's (``sector: media``)."""

from __future__ import annotations

from dataclasses import replace

from _neg_fixtures import actor, doc

from briefing.extract import analyse
from briefing.extract.actors.reporting import published_by, reports
from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.knowledge import default_kb
from briefing.model import Negotiation

TEXT = ("Acme Motors and the Steel Workers Federation resumed pay talks on Monday. The "
        "federation rejected the offer and Acme Motors said it would not raise it. BBC "
        "correspondent Jo Roe said the federation was \"a formidable force\". German magazine "
        "Der Spiegel said the talks were close to collapse.")


def test_outlets_and_their_correspondents_are_reporters_state_agencies_are_not() -> None:
    kb = default_kb()
    acts = {a.id: a for a in analyse(doc(TEXT)).actors}
    assert reports(acts["bbc"], kb) and reports(acts["der_spiegel"], kb)
    roe = next(a for a in acts.values() if a.kind == "person" and "Roe" in a.name)
    assert reports(roe, kb)
    assert not reports(actor("KCNA said", "kcna", "organization", ["KCNA"]), kb)


def test_a_quoted_correspondent_and_an_outlet_that_reports_are_never_at_the_table() -> None:
    briefing = analyse(doc(TEXT))
    tiers = {a.id: a.tier for a in briefing.actors}
    assert tiers["bbc"] == tiers["der_spiegel"] == "mentioned"
    assert all(a.tier == "mentioned" for a in briefing.actors if "Roe" in a.name)
    sides = {p for n in briefing.negotiations for p in (*n.parties, *n.mediators)}
    assert not sides & {"bbc", "der_spiegel"}


def test_reporters_leave_the_table_even_when_a_thread_seats_them() -> None:
    text = "Ruritania and the Daily Planet agreed a truce. The Daily Planet reported it."
    actors = (actor(text, "ruritania", "state", ["Ruritania"]),
              actor(text, "daily_planet", "organization", ["Daily Planet"]))
    thread = Negotiation(id="n1", label="truce", primary=True,
                         parties=("ruritania", "daily_planet"), status="agreed")
    tiers = {a.id: a.tier for a in revise_tiers(actors, (thread,), (), Reading(text,
                                                reporters=frozenset({"daily_planet"})))}
    assert tiers == {"ruritania": "party", "daily_planet": "mentioned"}


def test_an_analyst_in_apposition_reports_a_chairman_speaking_to_reporters_does_not() -> None:
    kb = default_kb()
    text = ('"It shows resolve," Jo Roe, a defense analyst and author, said. Acme\'s Ed Poe, '
            'speaking to reporters, said the deal holds. Al Moe, author of a book on the war, '
            'said so too.')
    roe = actor(text, "jo_roe", "person", ["Jo Roe"])
    poe = actor(text, "ed_poe", "person", ["Ed Poe"])
    moe = actor(text, "al_moe", "person", ["Al Moe"])
    assert reports(roe, kb, text) and reports(moe, kb, text)
    assert not reports(poe, kb, text)


def test_a_commentators_noun_before_the_name_reports_an_audience_or_an_honorific_does_not(
        ) -> None:
    kb = default_kb()
    text = ('"It is posturing," said analyst Jo Roe of Acme Securities. Analyst Al Moe of Bell '
            'and Co said the banks would wait. Oil economist Ed Poe agreed. The minister told '
            'reporters Jim Doe would carry the reply. Professor Kim Loe, the envoy, met both '
            'sides.')
    people = {name: actor(text, name.lower().replace(" ", "_"), "person", [name])
              for name in ("Jo Roe", "Al Moe", "Ed Poe", "Jim Doe", "Kim Loe")}
    assert all(reports(people[n], kb, text) for n in ("Jo Roe", "Al Moe", "Ed Poe"))
    # "told reporters Jim Doe": the audience, not his title; "Professor" an honorific
    assert not reports(people["Jim Doe"], kb, text)
    assert not reports(people["Kim Loe"], kb, text)


def _mentioned(a):
    return replace(a, tier="mentioned")


def test_a_person_who_speaks_for_nobody_known_is_at_the_table_a_citation_is_not() -> None:
    text = ("Ruritania and Freedonia resumed trade talks. Trade envoy Ed Poe said a deal was "
            "near, and the talks would go on, said Ida Moss. As Minister Al Moe said, nothing "
            "is agreed.")
    actors = (actor(text, "ruritania", "state", ["Ruritania"]),
              actor(text, "freedonia", "state", ["Freedonia"]),
              _mentioned(actor(text, "ed_poe", "person", ["Ed Poe"])),
              _mentioned(actor(text, "ida_moss", "person", ["Ida Moss"])),
              _mentioned(actor(text, "al_moe", "person", ["Al Moe"])))
    thread = Negotiation(id="n1", label="trade talks", primary=True,
                         parties=("ruritania", "freedonia"), status="ongoing")
    tiers = {a.id: a.tier for a in revise_tiers(actors, (thread,), (), Reading(text,
                                                verbs=frozenset({"said"})))}
    assert tiers["ed_poe"] == tiers["ida_moss"] == "party"
    assert tiers["al_moe"] == "mentioned"


def test_the_agency_in_a_dateline_is_no_actor_named_in_the_story_it_is() -> None:
    filed = ("HILLPORT, Oct. 9 (Reuters) - France and Italy agreed on Tuesday to resume talks "
             "on fishing quotas, officials said.")
    ids = {a.id for a in analyse(doc(filed)).actors}
    assert "reuters" not in ids
    assert {"france", "italy"} <= ids
    told = filed + " Italy's minister told Reuters the talks would open in Geneva."
    assert "reuters" in {a.id for a in analyse(doc(told)).actors}


def test_the_publisher_and_an_outlet_named_by_its_media_noun_report() -> None:
    # one check for every stage: the actors' roles and the tracker's sides ask the same
    kb = default_kb()
    gazette = actor("The Gazette said", "gazette", "organization", ["Gazette"])
    assert published_by(gazette, "Hillport Gazette Online") and not published_by(gazette, None)
    assert reports(gazette, kb, source="Hillport Gazette Online") and not reports(gazette, kb)
    assert not published_by(actor("Acme said", "acme", "state", ["Acme"]), "Acme News")


def test_a_news_agency_so_named_or_so_described_reports() -> None:
    kb = default_kb()
    text = "The official Lusopress news agency said so. The Ruritanian Press Agency agreed."
    assert reports(actor(text, "lusopress", "organization", ["Lusopress"]), kb, text)
    assert reports(actor(text, "rpa", "organization", ["Ruritanian Press Agency"]), kb, text)
    # a state's own body stays its part; a bare name is no agency
    part = replace(actor(text, "lusopress", "organization", ["Lusopress"]), part_of="portugal")
    assert not reports(part, kb, text)
    assert not reports(actor("Lusopress said so.", "lusopress", "organization", ["Lusopress"]),
                       kb, "Lusopress said so.")


def test_a_news_agency_carrying_the_news_of_a_deal_is_no_side() -> None:
    text = ("YUGOSLAVIA AND AUSTRIA SIGN TRADE ACCORD\n\n"
            "BELGRADE, March 3 - Yugoslavia and Austria signed a trade accord today, the "
            "official Tanjug news agency said.\n\n"
            "Tanjug said the accord would raise trade by a third, and Tanjug added that talks "
            "on transit fees would follow next month.")
    briefing = analyse(doc(text, published="1987-03-03"))
    tiers = {a.id: a.tier for a in briefing.actors}
    assert tiers.get("tanjug", "mentioned") == "mentioned"
    assert tiers["yugoslavia"] == tiers["austria"] == "party"
    sides = {p for n in briefing.negotiations for p in (*n.parties, *n.mediators)}
    assert "tanjug" not in sides
