"""News organisations and journalists report the talks; they never sit at the table (issue 11,
parties by role).  Invented text; the outlets are the knowledge base's (``sector: media``)."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract import analyse
from briefing.extract.actors.reporting import reports
from briefing.extract.actors.roles import revise_tiers
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
    tiers = {a.id: a.tier for a in revise_tiers(actors, (thread,), (), text,
                                                reporters=frozenset({"daily_planet"}))}
    assert tiers == {"ruritania": "party", "daily_planet": "mentioned"}
