"""Parties by role, people (issue 11): a principal who acts for a side or a mediator in the
negotiation sits at the table; a known person the text only describes does not.  Invented text
(the real knowledge base only supplies who holds an office)."""

from __future__ import annotations

import re
from dataclasses import replace

from _neg_fixtures import actor, doc

from briefing.extract import analyse
from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.model import Actor, Negotiation, Quote

THREAD = Negotiation(id="n1", label="truce", primary=True, parties=("ruritania", "freedonia"),
                     mediators=("sylvania",), status="ongoing")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.?]+[.?]", text)]


def _tiers(text: str, people: list[Actor], quotes: tuple[Quote, ...] = ()) -> dict[str, str]:
    states = tuple(actor(text, s, "state", [s.capitalize()])
                   for s in ("ruritania", "freedonia", "sylvania"))
    revised = revise_tiers(states + tuple(people), (THREAD,), quotes, Reading(text,
                           sentences=_sentences(text)))
    return {a.id: a.tier for a in revised}


def _person(text: str, pid: str, name: str, home: str, tier: str = "mentioned") -> Actor:
    return replace(actor(text, pid, "person", [name], affiliation=home), tier=tier)


def test_a_principal_named_in_a_sentence_of_the_talks_sits_at_the_table() -> None:
    text = ("Ruritania and Freedonia resumed talks on a truce mediated by Sylvania. "
            "Officials said General Ado Vex of Freedonia must accept the proposal. "
            "Envoy Una Pell of Sylvania flew home. Ira Moe of Latveria welcomed the talks.")
    people = [_person(text, "ado_vex", "Ado Vex", "freedonia"),
              _person(text, "una_pell", "Una Pell", "sylvania"),
              _person(text, "ira_moe", "Ira Moe", "latveria")]
    tiers = _tiers(text, people)
    assert tiers["ado_vex"] == "party"  # acts for a side in the negotiation
    assert tiers["una_pell"] == "mentioned"  # a mediator's envoy, but not in the talks' words
    assert tiers["ira_moe"] == "mentioned"  # speaks of the talks, for no side or mediator


def test_a_principal_named_only_in_a_question_stays_mentioned() -> None:
    text = ("Ruritania and Freedonia resumed talks on a truce mediated by Sylvania. "
            "Will General Ado Vex of Freedonia accept the proposal?")
    tiers = _tiers(text, [_person(text, "ado_vex", "Ado Vex", "freedonia")])
    assert tiers["ado_vex"] == "mentioned"


def test_an_anonymous_official_is_not_promoted_by_the_talks_words() -> None:
    text = ("Ruritania and Freedonia resumed talks on a truce mediated by Sylvania. "
            "A Freedonian official said the proposal was fair.")
    official = replace(actor(text, "anon_official", "person", [], affiliation="freedonia",
                             refs=["A Freedonian official"]), tier="mentioned")
    assert _tiers(text, [official])["anon_official"] == "mentioned"


def test_a_known_leader_only_described_by_title_is_not_listed_at_the_table() -> None:
    text = ("Israel and Hamas agreed to a truce mediated by Qatar and Egypt. President Biden "
            "spoke with the Emir of Qatar on Sunday about the hostages and the truce. The Emir "
            "thanked the President for his efforts. The Emir and the President will speak again "
            "on the deal to free hostages.")
    briefing = analyse(doc(text, published="2024-01-10"))
    emir = [a for a in briefing.actors if a.kind == "person" and not a.mentions
            and any(r.text == "The Emir" for r in a.references)]
    assert emir and all(a.tier == "mentioned" for a in emir)
    assert {a.id: a.tier for a in briefing.actors}["joe_biden"] == "party"


def test_a_known_leader_only_described_but_quoted_stays_at_the_table() -> None:
    text = ("Ruritania and Freedonia resumed talks on a truce mediated by Sylvania. "
            "The Emir said \"the truce will hold\".")
    emir = Actor("emir_x", "Emir X", "person", "party", affiliation="sylvania", origin="kb",
                 references=tuple(actor(text, "x", "person", [], refs=["The Emir"]).references))
    start = text.index("the truce will hold")
    quote = Quote(start, start + 19, "the truce will hold", "emir_x")
    assert _tiers(text, [emir], (quote,))["emir_x"] == "party"
    assert _tiers(text, [emir])["emir_x"] == "mentioned"


def test_the_publication_asking_an_interviews_questions_is_neither_side_nor_party() -> None:
    text = ("The future of the peace talks\n\n"
            "Wikinews: Mr. President, do you think the peace talks with Hamas have a future?\n\n"
            "Shimon Peres: Israel wants peace. The talks with Hamas must go on.\n\n"
            "Wikinews: And the truce?\n\nShimon Peres: The truce will hold.\n\n"
            "Wikinews: Thank you.\n")
    briefing = analyse(doc(text, published="2008-01-09"))
    tiers = {a.id: a.tier for a in briefing.actors}
    assert tiers["wikinews"] == "mentioned"
    primary = next(n for n in briefing.negotiations if n.primary)
    assert "wikinews" not in primary.parties and "israel" in primary.parties


def _lund(text: str) -> Actor:
    return _person(text, "ada_lund", "Ada Lund", "latveria", tier="party")


def test_a_leader_of_a_state_off_the_table_and_out_of_the_talks_is_mentioned() -> None:
    base = "Ruritania and Freedonia resumed talks on a truce mediated by Sylvania. "
    visit = base + "Separately, President Ada Lund of Latveria will visit the capital next week."
    latveria = actor(visit, "latveria", "state", ["Latveria"])
    tiers = {a.id: a.tier for a in revise_tiers(
        (latveria, _lund(visit)), (THREAD,), (), Reading(visit, sentences=_sentences(visit)))}
    assert tiers["ada_lund"] == "mentioned"
    # named in the talks' words, or as the title's author, or at war: still a party
    urged = base + "President Ada Lund of Latveria urged both sides to accept the truce."
    assert _tiers(urged, [_lund(urged)])["ada_lund"] == "party"
    war = base + "Latveria shelled the border. President Ada Lund of Latveria visited troops."
    latveria = actor(war, "latveria", "state", ["Latveria"])
    tiers = {a.id: a.tier for a in revise_tiers(
        (latveria, _lund(war)), (THREAD,), (), Reading(war, armed=frozenset({"shelled", "troops"}),
        sentences=_sentences(war)))}
    assert tiers["ada_lund"] == "party"
    title = "Statement by President Ada Lund\n\n" + visit
    tiers = {a.id: a.tier for a in revise_tiers(
        (_lund(title),), (THREAD,), (), Reading(title, sentences=_sentences(title),
        title_end=title.index("\n")))}
    assert tiers["ada_lund"] == "party"


def test_a_spokesperson_who_only_issues_the_statement_is_mentioned() -> None:
    text = ("Statement by Spokesperson Eva Dahl on the Truce\n\n"
            "Ruritania and Freedonia agreed a truce mediated by Sylvania. We welcome it.")
    dahl = replace(_person(text, "eva_dahl", "Eva Dahl", "sylvania", tier="party"),
                   title="Spokesperson")
    tiers = {a.id: a.tier for a in revise_tiers(
        (dahl,), (THREAD,), (), Reading(text, sentences=_sentences(text), title_end=text.index("\n")))}
    assert tiers["eva_dahl"] == "mentioned"
    # quoted, or speaking in a transcript, the spokesperson is a party
    start = text.index("We welcome it")
    quote = Quote(start, start + 13, "We welcome it", "eva_dahl")
    assert {a.id: a.tier for a in revise_tiers(
        (dahl,), (THREAD,), (quote,), Reading(text, sentences=_sentences(text),
        title_end=text.index("\n")))}["eva_dahl"] == "party"
    briefing = "MS. DAHL: Ruritania and Freedonia agreed a truce mediated by Sylvania.\n"
    speaker = replace(actor(briefing, "eva_dahl", "person", ["DAHL"], affiliation="sylvania"),
                      title="Spokesperson")
    assert {a.id: a.tier for a in revise_tiers(
        (speaker,), (THREAD,), (), Reading(briefing,
        sentences=_sentences(briefing)))}["eva_dahl"] == "party"


def test_an_envoy_of_a_mediator_sits_at_the_table() -> None:
    text = ("Ruritania and Freedonia resumed talks on a truce mediated by Sylvania. "
            "Special Envoy Una Pell of Sylvania flew home on Monday.")
    envoy = replace(_person(text, "una_pell", "Una Pell", "sylvania"), title="Special Envoy")
    assert _tiers(text, [envoy])["una_pell"] == "party"
    clerk = replace(_person(text, "una_pell", "Una Pell", "sylvania"), title="Clerk")
    assert _tiers(text, [clerk])["una_pell"] == "mentioned"


def test_a_person_who_speaks_in_a_sentence_of_the_talks_is_a_party() -> None:
    base = "Ruritania and Freedonia resumed talks on a truce mediated by Sylvania. "

    def tier(text: str) -> str:
        vex = _person(text, "ado_vex", "Ado Vex", "latveria")
        revised = revise_tiers((vex,), (THREAD,), (), Reading(text, sentences=_sentences(text),
                               verbs=frozenset({"said"})))
        return revised[0].tier

    # a voice of the negotiation, whoever the text says they work for
    assert tier(base + "The talks will go on next week, said Ado Vex of the harbour guild.") \
        == "party"
    # speaking of something else, or named without speaking, or out of office: not
    assert tier(base + "The harbour was closed, said Ado Vex of the harbour guild.") \
        == "mentioned"
    assert tier(base + "The talks will go on despite Ado Vex.") == "mentioned"
    assert tier(base + "The talks will go on, said former mayor Ado Vex.") == "mentioned"


def test_a_person_who_acts_in_a_sentence_naming_a_side_sits_at_the_table() -> None:
    text = ("Ruritania and Freedonia resumed talks on a truce mediated by Sylvania. "
            "Finance secretary Ado Vex met the Freedonian team on Monday. "
            "Oil minister Una Pell was quoted as saying Ruritania would ship the crude. "
            "Ira Moe flew home on Tuesday. Analysts expect Ona Rell to visit the region.")
    people = [_person(text, "ado_vex", "Ado Vex", ""),
              _person(text, "una_pell", "Una Pell", "ruritania"),
              _person(text, "ira_moe", "Ira Moe", ""),
              _person(text, "ona_rell", "Ona Rell", "")]
    people = [replace(p, affiliation=p.affiliation or None) for p in people]
    tiers = _tiers(text, people)
    assert tiers["una_pell"] == "party"  # acts in a sentence that names a side
    assert tiers["ira_moe"] == "mentioned"  # acts, but beside no side or mediator
    assert tiers["ona_rell"] == "mentioned"  # named beside nobody at the table, acting not


def test_a_person_acting_beside_a_side_in_a_press_briefing_stays_mentioned() -> None:
    # a press briefing ranges over the day's topics: its answers name officials in passing
    text = ("Q Will Ruritania and Freedonia resume talks?\n"
            "MS. ROE: Envoy Una Pell met Ruritania's team on a truce mediated by Sylvania.\n"
            "Q And the summit?\n"
            "MS. ROE: Nothing new.\n"
            "Q Thank you.\n")
    tiers = _tiers(text, [_person(text, "una_pell", "Una Pell", "")])
    assert tiers["una_pell"] == "mentioned"


def test_a_named_party_the_text_places_with_nobody_keeps_the_table() -> None:
    # salience made them a party; the text never says whom they act for, so nothing shows
    # them away from the table (one acting for a state off the table still leaves it, and
    # an unnamed one, only described, too)
    text = ("Ruritania and Freedonia resumed talks on a truce mediated by Sylvania. "
            "Deputy minister Ado Vex flew home on Monday. "
            "Ira Moe of Latveria flew home on Tuesday. An aide flew home too.")
    vex = _person(text, "ado_vex", "Ado Vex", "", tier="party")
    moe = _person(text, "ira_moe", "Ira Moe", "latveria", tier="party")
    aide = replace(actor(text, "aide", "person", [], refs=["An aide"]), tier="party")
    latveria = replace(actor(text, "latveria", "state", ["Latveria"]), tier="mentioned")
    tiers = _tiers(text, [replace(vex, affiliation=None), moe, aide, latveria])
    assert tiers["ado_vex"] == "party"
    assert tiers["ira_moe"] == "mentioned"
    assert tiers["aide"] == "mentioned"


def test_a_figure_of_history_the_text_recalls_leaves_the_table() -> None:
    text = ("Ruritania and Freedonia agreed a truce in talks with Sylvania. The ties between "
            "the two began eight decades ago, when King Otto Vale met President Ada Quill. "
            "President Jo Roe of Ruritania welcomed the truce.")
    people = [actor(text, "otto_vale", "person", ["Otto Vale"]),
              actor(text, "ada_quill", "person", ["Ada Quill"]),
              actor(text, "jo_roe", "person", ["Jo Roe"], affiliation="ruritania")]
    tiers = _tiers(text, people)
    assert tiers["otto_vale"] == tiers["ada_quill"] == "mentioned"
    assert tiers["jo_roe"] == "party"


def test_a_figure_of_history_named_also_today_stays() -> None:
    text = ("Ruritania and Freedonia agreed a truce in talks with Sylvania. On the 60th "
            "anniversary of his first visit, Jo Roe of Ruritania came back. Jo Roe welcomed "
            "the truce.")
    tiers = _tiers(text, [actor(text, "jo_roe", "person", ["Jo Roe"], affiliation="ruritania")])
    assert tiers["jo_roe"] == "party"
