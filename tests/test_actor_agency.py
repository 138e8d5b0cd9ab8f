"""The sentence role of a name (issue 11, parties by role): a state or organisation that the
text has act -- subject of a verb, agent of a passive, a side of talks, a mediator -- stays at
the table; one named only as the object of a preposition, a modifier or in a list leaves it.
Invented sentences only."""

from __future__ import annotations

import pytest
from _neg_fixtures import actor

from briefing.extract.actors.agency import agentive
from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.model import Negotiation

VERBS = frozenset({"said", "told", "met"})


def _acts(sentence: str, name: str, nth: int = 0) -> bool:
    at = -1
    for _ in range(nth + 1):
        at = sentence.index(name, at + 1)
    return agentive(sentence, at, at + len(name), 0, len(sentence), VERBS)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ruritania rejected the offer on Monday.", "Ruritania"),
    ("The Governments of Freedonia and Ruritania affirmed the plan.", "Ruritania"),
    ("The Governments of Freedonia and Ruritania affirmed the plan.", "Freedonia"),
    ("A truce brokered by Sylvania holds.", "Sylvania"),
    ("Sylvania-brokered talks resumed in the capital.", "Sylvania"),
    ("The Grand Trade Council (GTC) is to hold accession talks.", "Grand Trade Council"),
    ("Ruritania, the biggest tin producer, has opposed the change.", "Ruritania"),
    ("Acme and Globex accuse each other of dumping.", "Globex"),
    ("Acme and Globex accuse each other of dumping.", "Acme"),
    ("Talks with Ruritania resumed after a week.", "Ruritania"),
    # a date closes an opening phrase: "on March 9," governs no name after it
    ("Throughout the talks, which began on March 9, Ruritania had opposed it.", "Ruritania"),
    ("Acme 'poised to make Globex bid'", "Acme"),
    ("Ruritania also wants to join the pact.", "Ruritania"),
    ("The Council decides on a higher quota.", "Council"),
    ("Bandaria now controls large parts of the north.", "Bandaria"),
    ("Latverian troops shelled the border.", "Latverian"),
    ("We urge Latveria to accept the deal.", "Latveria"),
    ("Now it is up to Latveria to come through.", "Latveria"),
    ("They should put pressure on Latveria to accept it.", "Latveria"),
    ("We thank the Envoy for Sylvania Jo Roe and Latveria for their work.", "Latveria"),
    ("families of those held hostage by Latveria met", "Latveria"),
    ("investors accept an Acme-Globex merger", "Acme"),
    ("investors accept an Acme-Globex merger", "Globex"),
    ("Globex's takeover of Acme will be the largest.", "Acme"),
    ("the adviser met with his Ruritanian and Latverian counterparts", "Latverian"),
    ("Pay talks collapsed overnight, Acme Union said.", "Acme Union"),
    ("The advisers of Ruritania and Latveria met today.", "Latveria"),
    ("Talks on a strike opened between Ruritania and its unions.", "Ruritania"),
    ("They welcomed steps including Ruritania and Latveria's agreement to reopen the border.",
     "Ruritania"),
    ("Talks on Latveria's membership of the union made progress.", "Latveria"),
    ("The envoy spoke with officials of Ruritania and of Latveria.", "Latveria"),
    ("The plan was delivered to the two sides, Ruritania and Latveria, last week.", "Latveria"),
    ("Ruritania officials said the talks failed.", "Ruritania"),
    ("the killing in the Ruritania-Freedonia war must stop", "Freedonia"),
    ("the killing in the Ruritania-Freedonia war must stop", "Ruritania"),
    # the doer of a deed noun: "the murder of ... by A", "an offer by A"
    ("They met after the murder of a teacher and two other hostages by Bandaria.", "Bandaria"),
    ("An offer by Ruritania was turned down on Friday.", "Ruritania"),
    ("The release of all the prisoners by Latveria went ahead.", "Latveria"),
    # efforts and attempts are deeds too: "a last effort by A to save the talks"
    ("The delay followed a last effort by Ruritania to save the talks.", "Ruritania"),
    ("Attempts by Latveria to reopen the file failed.", "Latveria"),
    # a stance owned: "A's refusal to", "A's unwillingness to"
    ("But Ruritania's unwillingness to cut its share may block a pact.", "Ruritania"),
    ("Latveria's refusal to sign ended the round.", "Latveria"),
    # the name in apposition to the subject: "the port union, DPU, agreed"
    ("The Latverian port union, DPU, agreed to reopen the talks.", "DPU"),
    # the heading rule needs the whole line; "urging A to" still has A act after a listing
    ("The leaders met.\nLatveria rejected the truce.", "Latveria"),
    ("Talks on debt rescheduling and Latveria was in the midst of them.", "Latveria"),
    ("They discussed ongoing Ruritania efforts to end the war.", "Ruritania"),
])
def test_a_name_that_acts(sentence: str, name: str) -> None:
    assert _acts(sentence, name)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Officials from Ruritania, Sylvania, Latveria, and others were consulted.", "Latveria"),
    ("They sat side by side with Latveria at the dinner.", "Latveria"),
    ("He stood by Latveria in the long dispute.", "Latveria"),
    ("They reaffirmed their support for Latveria and welcomed the deal.", "Latveria"),
    ("The threat from Latveria has grown.", "Latveria"),
    ("The Ruritania-Latveria relationship is old.", "Ruritania"),
    ("The Ruritania-Latveria relationship is old.", "Latveria"),
    ("The Latverian daily Pravda published a text.", "Latverian"),
    ("Ruritania troops in the north.", "Ruritania"),
    ("A proposal was presented to Latveria, and we wait.", "Latveria"),
    ("Trade agreements signed with Ruritania and Latveria grew.", "Latveria"),
    ("It is a matter between Latveria and the banks.", "Latveria"),
    ("The reference price is 201 Latverian cents per kilo.", "Latverian"),
    ("He condemned Latveria's invasion of Sylvania.", "Sylvania"),
    ("new relations among Ruritania, the Isles, Sylvania, and Latveria, as well as trade",
     "Latveria"),
    ("free trade agreements signed with Ruritania, Sylvania, and Latveria as well",
     "Sylvania"),
    # an apposition to an object stays an object's
    ("They sent a letter to the port union, DPU, asking for talks.", "DPU"),
    # a deed done to the one named after its "of": the invader acts, not the invaded
    ("Bandaria's invasion of Latveria led to a famine.", "Latveria"),
    ("The occupation of Sylvania was the main topic.", "Sylvania"),
    # a group's members listed after "comprising": the group acts
    ("The Club, comprising Ruritania, Sylvania and Latveria, has agreed to meet.", "Latveria"),
    ("The Club, comprising Ruritania, Sylvania and Latveria, has agreed to meet.", "Ruritania"),
    # a name alone on its line is a heading over the paragraph, no subject
    ("The leaders met.\nLatveria\nThe two sides welcomed the truce.", "Latveria"),
])
def test_a_name_in_passing(sentence: str, name: str) -> None:
    assert not _acts(sentence, name)


def test_states_only_named_as_objects_leave_the_table_the_subject_stays() -> None:
    text = ("Ruritania and Freedonia signed a gas deal. The leaders reaffirmed their support "
            "for Sylvania, Latveria and Bandaria. Trade with Sylvania, Latveria and Bandaria "
            "grew, and relations among Sylvania, Latveria and Bandaria deepened. Bandaria "
            "rejected the tariff, and Ruritania and Freedonia will meet again.")
    actors = tuple(actor(text, x.lower(), "state", [x])
                   for x in ("Ruritania", "Freedonia", "Sylvania", "Latveria", "Bandaria"))
    thread = Negotiation(id="n1", label="gas deal", primary=True,
                         parties=("ruritania", "freedonia"), status="agreed")
    ends = [m.end() + 1 for m in __import__("re").finditer(r"\.", text)]
    sentences = list(zip([0, *ends[:-1]], ends, strict=True))
    tiers = {a.id: a.tier for a in revise_tiers(actors, (thread,), (), Reading(text,
                                                sentences=sentences, verbs=VERBS))}
    assert tiers["sylvania"] == tiers["latveria"] == "mentioned"
    assert tiers["bandaria"] == "party"  # it rejected the tariff
    assert tiers["ruritania"] == tiers["freedonia"] == "party"


@pytest.mark.parametrize("sentence", [
    "Latveria's threats to the region grew.",
    "Latveria’s biggest bank has withdrawn its offer.",
])
def test_a_possessor_does_not_act_its_possession_does(sentence: str) -> None:
    assert not _acts(sentence, "Latveria")


def test_in_a_war_text_a_state_in_the_fighting_stays_one_only_listed_at_a_summit_leaves() -> None:
    text = ("Ruritania and Freedonia agreed a truce. Troops pulled back and shelling stopped. "
            "The leaders met in a bilateral meeting during the summit of Sylvania and "
            "Latveria. Shelling by unknown forces hit Bandaria.")
    actors = tuple(actor(text, x.lower(), "state", [x])
                   for x in ("Ruritania", "Freedonia", "Sylvania", "Latveria", "Bandaria"))
    thread = Negotiation(id="n1", label="truce", primary=True,
                         parties=("ruritania", "freedonia"), status="agreed")
    ends = [m.end() + 1 for m in __import__("re").finditer(r"\.", text)]
    sentences = list(zip([0, *ends[:-1]], ends, strict=True))
    tiers = {a.id: a.tier for a in revise_tiers(
        actors, (thread,), (), Reading(text, armed=frozenset({"troops", "shelling", "forces"}),
        sentences=sentences, verbs=VERBS))}
    assert tiers["sylvania"] == tiers["latveria"] == "mentioned"
    assert tiers["bandaria"] == "party"  # in the fighting


def test_a_capital_acts_for_its_state_as_a_subject_or_in_a_wire_headline() -> None:
    from _neg_fixtures import doc

    from briefing.extract import analyse
    text = ("U.S. PRESENTS MOSCOW WITH DRAFT TREATY\n\n"
            "GENEVA, March 4 - The talks resumed. Washington also sent a message to the "
            "negotiators in Moscow. A London-Frankfurt merger was discussed.\n")
    acts = {a.id: a for a in analyse(doc(text, published="1987-03-04")).actors}
    assert [m.text for m in acts["ussr"].mentions] == ["MOSCOW"]  # in 1987, the Soviet Union
    assert "Washington" in [m.text for m in acts["usa"].mentions]
    assert "uk" not in acts and "germany" not in acts


@pytest.mark.parametrize(("head", "acts"), [
    (" sugar producer, which leads the protest,", False),
    (" unions launch a strike", False),
    (" troops shelled the border", True),
    (" government rejected the offer", True),
    (" proposal to cut quotas", True),
    (" would threaten sanctions", True),  # "the Latverian would": the demonym as a noun
    ("-Sylvanian war", True),  # a hyphen: the pair rule decides
])
def test_a_states_adjective_acts_only_through_its_own_people_or_stance(head: str,
                                                                        acts: bool) -> None:
    from briefing.extract.actors.agency import adjective_acts
    text = "Latverian" + head
    assert adjective_acts(text, len("Latverian")) is acts


def test_a_state_named_only_as_the_adjective_of_a_firm_that_acts_leaves_the_table() -> None:
    from dataclasses import replace

    text = ("Acme and Globex agreed a merger. The protest is led by a Latverian sugar "
            "producer, which rejected it. Sylvanian officials rejected it too.")
    acts = [actor(text, "acme", "organization", ["Acme"]),
            actor(text, "globex", "organization", ["Globex"])]
    for state, adjective in (("latveria", "Latverian"), ("sylvania", "Sylvanian")):
        a = actor(text, state, "state", [adjective])
        acts.append(replace(a, mentions=tuple(replace(m, role="modifier") for m in a.mentions)))
    thread = Negotiation(id="n1", label="merger", primary=True, parties=("acme", "globex"),
                         status="agreed")
    ends = [m.end() + 1 for m in __import__("re").finditer(r"\.", text)]
    sentences = list(zip([0, *ends[:-1]], ends, strict=True))
    tiers = {a.id: a.tier for a in revise_tiers(tuple(acts), (thread,), (), Reading(text,
                                                sentences=sentences, verbs=VERBS))}
    assert tiers["latveria"] == "mentioned"
    assert tiers["sylvania"] == "party"  # its officials act
