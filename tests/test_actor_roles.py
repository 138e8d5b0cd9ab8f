"""Parties by role (issue 11): once the threads are known, who is named in passing or out of
office leaves the table; sides, mediators, principals and the quoted stay.  Invented text."""

from __future__ import annotations

import re
from dataclasses import replace

from _neg_fixtures import actor, doc

from briefing.extract import analyse
from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.model import Actor, Mention, Negotiation, Quote

TEXT = ("Ruritania and Freedonia agreed a truce brokered by Sylvania. Officials from Ruritania, "
        "Sylvania, Latveria, and others throughout the region were consulted. Former President "
        "Otto Kern of Ruritania praised it. Sylvania's envoy Ida Moss said \"it holds\".")


def _actors():
    return (actor(TEXT, "ruritania", "state", ["Ruritania"]),
            actor(TEXT, "freedonia", "state", ["Freedonia"]),
            actor(TEXT, "sylvania", "state", ["Sylvania"]),
            actor(TEXT, "latveria", "state", ["Latveria"]),
            actor(TEXT, "otto_kern", "person", ["Otto Kern"], affiliation="ruritania"),
            actor(TEXT, "ida_moss", "person", ["Ida Moss"], affiliation="sylvania"))


def _thread() -> Negotiation:
    return Negotiation(id="n1", label="truce", primary=True, parties=("ruritania", "freedonia"),
                       mediators=("sylvania",), status="agreed")


def _quote() -> Quote:
    start = TEXT.index("it holds")
    return Quote(start, start + 8, "it holds", "ida_moss", None)


def test_named_once_in_a_trailing_list_and_a_former_president_are_mentioned() -> None:
    tiers = {a.id: a.tier for a in revise_tiers(_actors(), (_thread(),), (_quote(),), Reading(TEXT))}
    assert tiers["latveria"] == "mentioned"
    assert tiers["otto_kern"] == "mentioned"
    assert tiers["ruritania"] == tiers["freedonia"] == tiers["sylvania"] == "party"
    assert tiers["ida_moss"] == "party"


def test_no_primary_thread_moves_only_the_silent_named_once_a_curated_tier_nothing() -> None:
    actors = _actors()
    tiers = {a.id: a.tier for a in revise_tiers(actors, (), (), Reading(TEXT))}
    # with no table, a state named once that says nothing is named in passing; those named
    # twice, and people, keep the salience pass's tier
    assert tiers["freedonia"] == tiers["latveria"] == "mentioned"
    assert tiers["ruritania"] == tiers["sylvania"] == "party"
    assert tiers["otto_kern"] == tiers["ida_moss"] == "party"
    quoted = {a.id: a.tier for a in revise_tiers(actors, (), (_quote(),), Reading(TEXT))}
    assert quoted["sylvania"] == "party"
    assert revise_tiers(actors, (), (), Reading(TEXT, frozenset({"freedonia", "latveria"}))) \
        == actors
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(),), (), Reading(TEXT,
                                                frozenset({"latveria"})))}
    assert tiers["latveria"] == "party"


def test_a_state_named_twice_stays_in_the_conflict() -> None:
    text = TEXT + " Latveria fired shells."
    actors = tuple(replace(a, mentions=actor(text, a.id, a.kind, [a.name]).mentions)
                   for a in _actors())
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(),), (), Reading(text))}
    assert tiers["latveria"] == "party"


def test_states_named_beside_a_trade_deal_leave_the_table_belligerents_stay() -> None:
    text = ("Ruritania and Freedonia signed a gas deal. Demand in Sylvania and Latveria is "
            "growing. Latverian troops shelled the border.")
    actors = (actor(text, "ruritania", "state", ["Ruritania"]),
              actor(text, "freedonia", "state", ["Freedonia"]),
              actor(text, "sylvania", "state", ["Sylvania"]),
              actor(text, "latveria", "state", ["Latveria", "Latverian"]))
    thread = Negotiation(id="n1", label="gas deal", primary=True,
                         parties=("ruritania", "freedonia"), status="agreed")
    sentences = [(0, 42), (43, 85), (86, len(text))]
    tiers = {a.id: a.tier for a in revise_tiers(actors, (thread,), (), Reading(text,
                                                armed=frozenset({"troops"}),
                                                sentences=sentences))}
    assert tiers["sylvania"] == "mentioned"  # a market, not a side
    assert tiers["latveria"] == "party"  # in the conflict
    assert tiers["ruritania"] == tiers["freedonia"] == "party"


def test_a_side_of_a_secondary_thread_is_a_party_even_named_once_in_passing() -> None:
    # a side of another negotiation the story reports is one of its protagonists: gold seats
    # 45 of the 73 such sides the rules left mentioned on the released sets (each half alike)
    second = Negotiation(id="n2", label="earlier talks", primary=False,
                         parties=("latveria", "ruritania"), status="collapsed")
    text = TEXT.replace("and others throughout the region", "the hosts")
    actors = tuple(replace(a, mentions=actor(text, a.id, a.kind, [a.name]).mentions)
                   for a in _actors())
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(), second), (), Reading(text))}
    assert tiers["latveria"] == "party" and tiers["ruritania"] == "party"


def test_a_forum_of_a_secondary_thread_stays_mentioned() -> None:
    text = TEXT.replace("and others throughout the region", "the Border Committee")
    second = Negotiation(id="n2", label="border talks", primary=False,
                         parties=("latveria",), mediators=("border_committee",),
                         status="ongoing")
    actors = tuple(replace(a, mentions=actor(text, a.id, a.kind, [a.name]).mentions)
                   for a in _actors()) + (
        replace(actor(text, "border_committee", "organization", ["Border Committee"]),
                tier="mentioned"),)
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(), second), (), Reading(text))}
    assert tiers["border_committee"] == "mentioned" and tiers["latveria"] == "party"


def test_a_side_of_the_primary_named_in_passing_is_promoted_to_the_table() -> None:
    actors = tuple(replace(a, tier="mentioned") if a.id == "freedonia" else a
                   for a in _actors())
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(),), (), Reading(TEXT))}
    assert tiers["freedonia"] == "party"


def test_a_state_named_beside_hostage_talks_stays_one_beside_a_market_does_not() -> None:
    text = ("Ruritania and Freedonia agreed a truce brokered by Sylvania. Letters went to "
            "the leaders of Latveria on the hostages.")
    actors = tuple(replace(a, mentions=actor(text, a.id, a.kind, [a.name]).mentions)
                   for a in _actors()[:4])
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(),), (), Reading(text,
                                                armed=frozenset({"troops"}),
                                                sentences=[(0, 59), (60, len(text))]))}
    assert tiers["latveria"] == "party"


def test_a_state_named_only_in_another_topic_of_a_press_briefing_is_mentioned() -> None:
    text = ("MS. ROE: Ruritania and Freedonia agreed a truce brokered by Sylvania.\n\n"
            "Q On the truce: will Freedonia hold?\n\nMS. ROE: Freedonia will.\n\n"
            "Q On trade: is Latveria visiting? Latveria and Latveria again?\n\nMS. ROE: Yes.\n\n"
            "Q And Ruritania?\n\nMS. ROE: Ruritania keeps the truce.\n")
    actors = tuple(replace(a, mentions=actor(text, a.id, a.kind, [a.name]).mentions)
                   for a in _actors()[:4])
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(),), (), Reading(text))}
    assert tiers["latveria"] == "mentioned"
    assert tiers["freedonia"] == "party"


def test_in_a_text_about_a_war_a_state_named_in_passing_stays_at_the_table() -> None:
    text = ("Ruritania and Freedonia agreed a truce brokered by Sylvania. Troops pulled back. "
            "Latveria sent a letter. Shelling stopped at dawn.")
    actors = tuple(replace(a, mentions=actor(text, a.id, a.kind, [a.name]).mentions)
                   for a in _actors()[:4])
    sentences = [(0, 59), (60, 80), (81, 103), (104, len(text))]
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(),), (), Reading(text,
                                                armed=frozenset({"troops", "shelling"}),
                                                sentences=sentences))}
    assert tiers["latveria"] == "party"


def test_in_a_press_briefing_a_state_never_named_beside_the_talks_is_mentioned() -> None:
    text = ("MS. ROE: Ruritania and Freedonia agreed a truce brokered by Sylvania.\n\n"
            "Q On the truce: will Freedonia hold to the deal?\n\nMS. ROE: Freedonia will.\n\n"
            "Q On Ruritania and Latveria: Latveria sent troops to the border with Ruritania. "
            "Is Latveria a threat?\n\n"
            "MS. ROE: Latveria is moving troops. Latveria has been warned. Ruritania is "
            "watching.\n\nQ Thanks.\n")
    actors = tuple(replace(a, mentions=actor(text, a.id, a.kind, [a.name]).mentions)
                   for a in _actors()[:4])
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.?\n]+[.?]", text)]
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(),), (), Reading(text,
                                                armed=frozenset({"troops"}),
                                                sentences=sentences))}
    assert tiers["latveria"] == "mentioned"  # named often, but never beside the talks
    assert tiers["ruritania"] == tiers["freedonia"] == tiers["sylvania"] == "party"
    # the same words outside a press briefing: a state in the conflict stays at the table
    prose = text.replace("Q ", "").replace("MS. ROE: ", "")
    actors = tuple(replace(a, mentions=actor(prose, a.id, a.kind, [a.name]).mentions)
                   for a in _actors()[:4])
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.?\n]+[.?]", prose)]
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(),), (), Reading(prose,
                                                armed=frozenset({"troops"}),
                                                sentences=sentences))}
    assert tiers["latveria"] == "party"


def test_a_state_in_the_dateline_is_a_place_not_a_side_nor_a_party() -> None:
    text = ("Engineering pay talks break down\n\n"
            "STUTTGART, West Germany, April 8 - Wage negotiations of the IG Metall union "
            "with the employers collapsed overnight, IG Metall said. Strikes for a shorter "
            "week brought the car industry to a standstill in 1984. The union said the "
            "employers were uncompromising in the talks.\n")
    briefing = analyse(doc(text, published="1987-04-08"))
    assert briefing.document.dateline is not None
    tiers = {a.id: a.tier for a in briefing.actors}
    assert tiers.get("west_germany", "mentioned") == "mentioned"
    assert "ig_metall" in next(n for n in briefing.negotiations if n.primary).parties
    west_germany = briefing.actor("west_germany")
    assert west_germany is None or all(m.role == "location" for m in west_germany.mentions)


def test_a_firm_the_text_keeps_naming_in_the_disputes_words_is_a_party() -> None:
    text = ("Ruritania and Freedonia hope to settle their dispute over state aid to Acmeco "
            "and its rival Zenco. Acmeco and Zenco accuse each other of taking subsidies. "
            "Acmeco delivered 40 jets. Zenco opened a plant. Omnico sold a ship.")
    firms = tuple(replace(actor(text, f.lower(), "organization", [f]), tier="mentioned")
                  for f in ("Acmeco", "Zenco", "Omnico"))
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    tiers = {a.id: a.tier for a in revise_tiers(_actors()[:2] + firms, (_thread(),), (), Reading(text,
                                                sentences=sentences))}
    assert tiers["acmeco"] == tiers["zenco"] == "party"  # named often, in the deal's words
    assert tiers["omnico"] == "mentioned"  # named once, beside the deal


def test_a_state_named_only_to_qualify_firms_in_a_takeover_is_mentioned() -> None:
    text = ("Acmeco agreed to merge with Zenco after talks. Ruritanian banks are seeking "
            "alliances. Acmeco is Ruritania's biggest bank. Zenco is Ruritania's second bank. "
            "Acmeco and Zenco will complete the deal in May.")
    firms = tuple(actor(text, f.lower(), "organization", [f]) for f in ("Acmeco", "Zenco"))
    ruritania = actor(text, "ruritania", "state", ["Ruritania", "Ruritanian"])
    roles = {"Ruritanian": "modifier", "Ruritania": "possessor"}
    ruritania = replace(ruritania, mentions=tuple(replace(m, role=roles[m.text])
                                                  for m in ruritania.mentions))
    thread = Negotiation(id="n1", label="merger", primary=True, parties=("acmeco", "zenco"),
                         status="agreed")
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    tiers = {a.id: a.tier for a in revise_tiers((*firms, ruritania), (thread,), (), Reading(text,
                                                armed=frozenset({"troops"}),
                                                sentences=sentences))}
    assert tiers["ruritania"] == "mentioned"
    assert tiers["acmeco"] == tiers["zenco"] == "party"


def test_a_group_of_states_only_described_is_mentioned() -> None:
    text = ("Ruritania and Freedonia agreed a truce brokered by Sylvania. Arab partners "
            "welcomed the truce.")
    partners = actor(text, "arab_partners", "state_group", [], refs=["Arab partners"])
    tiers = {a.id: a.tier for a in revise_tiers((*_actors()[:3], partners), (_thread(),), (),
                                                Reading(text))}
    assert tiers["arab_partners"] == "mentioned"


def test_an_actor_named_only_in_a_section_heading_is_mentioned() -> None:
    text = ("Peace talks\n\nRuritania and Freedonia agreed a truce brokered by Sylvania.\n\n"
            "Envoy Roe on Latveria Weekly\n\nRuritania and Freedonia will sign it.")
    heading = text.index("Latveria")
    latveria = replace(actor(text, "latveria", "organization", ["Latveria"]),
                       mentions=(Mention(heading, heading + 8, "Latveria", "heading"),))
    tiers = {a.id: a.tier for a in revise_tiers((*_actors()[:3], latveria), (_thread(),), (),
                                                Reading(text, title_end=text.index("\n")))}
    assert tiers["latveria"] == "mentioned"
    # the same in the title: the text's own subject
    title = replace(latveria, mentions=(Mention(0, 5, "Peace", "heading"),))
    tiers = {a.id: a.tier for a in revise_tiers((*_actors()[:3], title), (_thread(),), (),
                                                Reading(text, title_end=text.index("\n")))}
    assert tiers["latveria"] == "party"


def test_in_a_press_briefing_another_summit_is_another_topic() -> None:
    text = ("MS. ROE: Ruritania and Freedonia agreed a truce brokered by Sylvania. Freedonia "
            "will keep the truce.\n\nQ On the truce: will Freedonia hold?\n\nMS. ROE: Freedonia "
            "will.\n\nQ And the visit?\n\nMS. ROE: Ruritania is grateful. The President will "
            "host a summit with Latveria on Thursday. Latveria is a close partner.\n\nQ Thanks."
            "\n")
    actors = tuple(replace(a, mentions=actor(text, a.id, a.kind, [a.name]).mentions)
                   for a in _actors()[:4])
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.?\n]+[.?]", text)]
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(),), (), Reading(text,
                                                sentences=sentences))}
    assert tiers["latveria"] == "mentioned"  # a summit's words, but no side of this truce
    assert tiers["freedonia"] == "party"


def test_a_committee_or_team_where_the_sides_meet_is_no_party() -> None:
    text = ("Armenia and Azerbaijan agreed on Monday to a ceasefire along their border. The "
            "two sides will carry out the agreements reached at the Border Liaison Committee "
            "meetings. The Border Liaison Committee will meet again in May, and the Border "
            "Liaison Committee will report on the ceasefire. A Joint Monitoring Team (JMT) "
            "will watch the ceasefire line; the JMT will report to both sides, and the JMT "
            "will be set up this month.")
    tiers = {a.id: a.tier for a in analyse(doc(text, published="2023-05-02")).actors}
    assert tiers["armenia"] == tiers["azerbaijan"] == "party"
    forums = {aid: tier for aid, tier in tiers.items() if aid not in ("armenia", "azerbaijan")}
    assert set(forums) == {"border_liaison_committee", "joint_monitoring_team"}
    assert set(forums.values()) == {"mentioned"}


def test_a_bloc_named_only_inside_its_bodies_names_is_not_in_the_fighting() -> None:
    text = ("Armenia and Azerbaijan agreed on Monday to a ceasefire along their border after "
            "weeks of fighting. The Arab League Observer Mission will watch the ceasefire, "
            "and Arab League Member States will send troops to the ceasefire line. Both sides "
            "will withdraw heavy weapons, and the troops will leave the shelled villages.")
    tiers = {a.id: a.tier for a in analyse(doc(text, published="2023-05-02")).actors}
    assert tiers["armenia"] == tiers["azerbaijan"] == "party"
    assert tiers.get("arab_league", "mentioned") == "mentioned"


def test_a_state_seated_at_the_table_is_a_party_though_named_only_as_a_place() -> None:
    # "the truce in Bandaria": the tracker seats the war's country; its one mention is a place
    text = "Sylvania welcomed the truce in Bandaria and urged the rebels to keep it."
    bandaria = actor(text, "bandaria", "state", ["Bandaria"])
    bandaria = replace(bandaria, tier="mentioned",
                       mentions=tuple(replace(m, role="location") for m in bandaria.mentions))
    sylvania = actor(text, "sylvania", "state", ["Sylvania"])
    thread = Negotiation(id="n1", label="truce", primary=True, parties=("bandaria",),
                         mediators=("sylvania",), status="agreed")
    tiers = {a.id: a.tier for a in revise_tiers((bandaria, sylvania), (thread,), (), Reading(text))}
    assert tiers["bandaria"] == "party"
    # not seated, a place stays mentioned
    other = Negotiation(id="n1", label="truce", primary=True, parties=("sylvania",),
                        status="agreed")
    assert {a.id: a.tier for a in revise_tiers((bandaria, sylvania), (other,), (),
                                               Reading(text))}["bandaria"] == "mentioned"


def test_in_a_peaceful_text_a_state_named_once_that_acts_stays_at_the_table() -> None:
    # a trade deal, no armed conflict: a state named once is kept when the text has it act
    # (the "peaceful" demotion is gone: gold seats about half of those it moved); one named
    # only to qualify others ("Latverian banks") still leaves the table, for it never acts
    text = ("Ruritania and Freedonia agreed a trade pact brokered by Sylvania. Latveria will "
            "ship grain under it. Osterlich banks were wary of it.")
    cast = (*_actors()[:4], actor(text, "osterlich", "state", ["Osterlich"]))
    actors = tuple(replace(a, mentions=actor(text, a.id, a.kind, [a.name]).mentions)
                   for a in cast)
    sentences = [(0, 65), (66, 100), (101, len(text))]
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(),), (), Reading(text,
                                                armed=frozenset({"troops"}),
                                                sentences=sentences))}
    assert tiers["latveria"] == "party"
    assert tiers["osterlich"] == "mentioned"


def test_a_side_described_by_its_role_is_at_the_table_though_the_tracker_seats_two_others(
) -> None:
    text = ("Ruritania and Freedonia held talks on a loan. Ruritania said talks it began on "
            "Tuesday with the creditor banks were going well.")
    role = Mention(text.index("creditor banks"), text.index("creditor banks") + 14,
                   "creditor banks", role="description", rule="collective")
    creditors = Actor("creditors", "creditor banks", "organization", "mentioned",
                      references=(role,))
    # the same description made by another rule (a pronoun's antecedent, a title): no side
    other = Actor("bankers", "the bankers", "organization", "mentioned",
                  references=(replace(role, rule="description"),))
    thread = Negotiation(id="n1", label="loan talks", primary=True,
                         parties=("ruritania", "freedonia"), status="ongoing")
    actors = (actor(text, "ruritania", "state", ["Ruritania"]),
              actor(text, "freedonia", "state", ["Freedonia"]), creditors, other)
    tiers = {a.id: a.tier for a in revise_tiers(actors, (thread,), (), Reading(text))}
    assert tiers["creditors"] == "party"
    assert tiers["bankers"] == "mentioned"


def test_an_office_holder_of_a_secondary_threads_side_is_its_principal() -> None:
    # gold seats 18 of the 29 such people (half A 10/16, B 8/13); a spokesperson or a former
    # office-holder of that side stays mentioned
    text = ("Ruritania and Freedonia agreed a truce brokered by Sylvania. Latveria and Borduria "
            "resumed their own border talks. Latverian Foreign Minister Ada Rook was in the "
            "capital, and former President Ivo Marr and spokesman Eli Dunn were too.")
    actors = (actor(text, "ruritania", "state", ["Ruritania"]),
              actor(text, "freedonia", "state", ["Freedonia"]),
              actor(text, "sylvania", "state", ["Sylvania"]),
              actor(text, "latveria", "state", ["Latveria", "Latverian"]),
              actor(text, "borduria", "state", ["Borduria"]),
              replace(actor(text, "ada_rook", "person", ["Ada Rook"], affiliation="latveria",
                            title="Foreign Minister"), tier="mentioned"),
              replace(actor(text, "ivo_marr", "person", ["Ivo Marr"], affiliation="latveria",
                            title="former President"), tier="mentioned"),
              replace(actor(text, "eli_dunn", "person", ["Eli Dunn"], affiliation="latveria",
                            title="spokesman"), tier="mentioned"))
    second = Negotiation(id="n2", label="border talks", primary=False,
                         parties=("latveria", "borduria"), status="ongoing")
    tiers = {a.id: a.tier for a in revise_tiers(actors, (_thread(), second), (), Reading(text))}
    assert tiers["ada_rook"] == "party"
    assert tiers["ivo_marr"] == tiers["eli_dunn"] == "mentioned"
