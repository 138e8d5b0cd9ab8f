"""Negotiation rules for unseen texts: sides named outside the cue sentences, coordinated and
hyphenated mediators, pair compounds, statement authors, draft and appeal statuses, agenda lists,
preconditions, same-key issues and secondary stalled threads."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times

STATES = {"ruritania": ["Ruritania", "Ruritanian"], "freedonia": ["Freedonia", "Freedonian"],
          "sylvania": ["Sylvania", "Sylvanian"], "latveria": ["Latveria", "Latverian"],
          "eu": ["EU"]}


def _threads(text: str, published: str | None = "2020-06-14", extra: tuple = ()):
    d = doc(text, published)
    actors = tuple(actor(text, aid, "igo" if aid == "eu" else "state", names)
                   for aid, names in STATES.items()) + extra
    return find_negotiations(d, actors, (), find_times(d))[0]


def _primary(text: str, **kw):
    return next(t for t in _threads(text, **kw) if t.primary)


def test_sides_from_the_lead_when_cues_have_only_collective_subjects() -> None:
    text = ("Readout of calls\n\nThe envoy spoke today with officials of Ruritania and of "
            "Freedonia. In these calls, they took stock of the progress made in EU and "
            "Sylvanian-facilitated peace talks. All affirmed their commitment to negotiations.\n")
    n = _primary(text)
    assert set(n.parties) == {"ruritania", "freedonia"}
    assert set(n.mediators) == {"eu", "sylvania"}


def test_hyphenated_pair_and_appeal_make_both_sides() -> None:
    text = ("Peace hopes\n\nThe Sylvanian king said there would be progress on efforts to end "
            "the Ruritania-Freedonia war. \"We have appealed to the brothers in Ruritania and "
            "Freedonia to stop,\" he said. Freedonia says there can be no peace until the "
            "Ruritanian leader is ousted.\n")
    n = _primary(text)
    assert set(n.parties) == {"ruritania", "freedonia"}
    assert "sylvania" in n.mediators


def test_appeals_with_no_meeting_held_are_exploratory() -> None:
    text = ("Peace hopes\n\nSylvania appealed to Ruritania and Freedonia to end the war. "
            "Freedonia responded to Sylvanian peace calls.\n")
    assert _primary(text).status == "exploratory"


def test_welcoming_government_is_not_a_side() -> None:
    text = ("Statement\n\nSylvania welcomes a 15-day extension of the humanitarian truce "
            "committed to by the parties. We commit to working with the Governments of "
            "Ruritania and Freedonia to use this truce extension.\n")
    n = _primary(text)
    assert "sylvania" not in n.parties and "sylvania" in n.mediators
    assert {"ruritania", "freedonia"} <= set(n.parties)


def test_draft_being_refined_is_near_agreement_and_its_list_is_split() -> None:
    text = ("Readout\n\nRuritania and Freedonia held a meeting to review the latest draft "
            "agreements. The Freedonian delegation affirmed that all of their principal "
            "concerns—security guarantees, river access, fishing quotas, and port tolls—were "
            "thoroughly addressed. They believe the current draft reflects their interests, as "
            "the agreements move toward final refinement.\n")
    n = _primary(text)
    assert n.status == "near_agreement"
    listed = [(i.key, i.status) for i in n.issues]
    assert ("security_guarantees", "provisionally_agreed") in listed
    keys = [k for k, _s in listed]
    assert keys.count("other") == 2 and "quotas" in keys  # fishing quotas: a precise topic


def test_withdrawal_needs_a_military_object() -> None:
    text = ("Talks\n\nRuritania and Freedonia met for talks. Freedonia wants Ruritania to "
            "withdraw the new regulations before the talks resume.\n")
    keys = {i.key: i.status for i in _primary(text).issues}
    assert "troop_withdrawal" not in keys and keys.get("other") == "contested"
    text2 = ("Talks\n\nRuritania and Freedonia met for talks. Ruritania agreed to withdraw "
             "its troops from the border.\n")
    assert "troop_withdrawal" in {i.key for i in _primary(text2).issues}


def test_preconditions_are_contested() -> None:
    text = ("Offer\n\nRuritania proposed talks with Freedonia but said the two countries must "
            "first restore mutual trust.\n")
    keys = {i.key: i.status for i in _primary(text).issues}
    assert keys.get("other") == "contested"


def test_agreed_truce_and_sought_cessation_are_one_agenda_item() -> None:
    # one item per topic in a thread (issue 11): the truce agreed, with both sentences cited
    text = ("Statement\n\nRuritania and Freedonia agreed to a humanitarian truce. The "
            "two governments will now outline a series of steps to reach a durable "
            "cessation of hostilities.\n")
    items = [i for i in _primary(text).issues if i.key == "ceasefire"]
    assert [i.status for i in items] == ["agreed"]
    assert len(items[0].evidence) == 2


def test_stalled_talks_on_topics_open_a_secondary_thread() -> None:
    text = ("Offer\n\nRuritania offered talks with Freedonia to improve relations. The offer "
            "followed a call for a resumption of stalled talks on trade and humanitarian "
            "issues between Ruritania and Freedonia.\n")
    threads = _threads(text)
    primary = next(t for t in threads if t.primary)
    stalled = [t for t in threads if not t.primary and t.status == "stalled"]
    assert len(stalled) == 1
    assert {i.key for i in stalled[0].issues} == {"trade", "humanitarian_aid"}
    assert "trade" not in {i.key for i in primary.issues}


def test_a_question_names_no_sides() -> None:
    text = ("Briefing\n\nRuritania and Latveria held talks today.\n\n"
            "Q Are you worried that a Freedonia-Sylvania summit will derail the talks?\n")
    n = _primary(text)
    assert "freedonia" not in n.parties and "sylvania" not in n.parties


def test_welcoming_author_with_no_part_in_the_process_is_neither_side_nor_mediator() -> None:
    text = ("Statement\n\nSylvania welcomes the truce agreed by Ruritania and Freedonia. "
            "The truce between Ruritania and Freedonia took effect at midnight.\n")
    n = _primary(text)
    assert "sylvania" not in n.parties and "sylvania" not in n.mediators
    assert {"ruritania", "freedonia"} <= set(n.parties)


def test_listed_only_with_mediators_is_a_mediator_and_mediation_with_names_a_side() -> None:
    text = ("Talks\n\nRuritania and Freedonia will act as the mediators in the talks. A joint "
            "statement on the talks came from Ruritania, Freedonia, and Sylvania. Freedonia "
            "pursued its mediation with Latveria on the deal.\n")
    n = _primary(text)
    assert set(n.mediators) >= {"ruritania", "freedonia", "sylvania"}
    assert "latveria" in n.parties and "sylvania" not in n.parties


def test_talks_held_are_not_exploratory_and_a_war_to_end_is_an_objective() -> None:
    text = ("Talks\n\nRuritania and Freedonia held talks in an effort to end the "
            "Ruritania-Freedonia border war.\n")
    n = _primary(text)
    assert n.status == "ongoing"
    assert ("ceasefire", "objective") in [(i.key, i.status) for i in n.issues]


def test_round_dated_by_since_their_meeting() -> None:
    text = ("Calls\n\nRuritania and Freedonia took stock of the progress in peace talks since "
            "their joint June 2 meeting in Vienna.\n")
    (rnd,) = _primary(text).rounds
    assert (rnd.place, rnd.date) == ("Vienna", "2020-06-02")


def test_an_enumerated_list_outside_negotiation_sentences_is_not_an_agenda() -> None:
    text = ("Talks\n\nRuritania and Freedonia held talks on a truce. Voters listed their "
            "concerns: schools, hospitals, taxes, and roads.\n")
    assert "other" not in {i.key for i in _primary(text).issues}


def test_the_same_day_said_again_of_another_event_after_a_dateline() -> None:
    text = ("Peace hopes\n\nVALDORIA, June 14 - The Sylvanian envoy said in remarks published "
            "today that Ruritania and Freedonia would hold talks.\n")
    _threads_, timeline = find_negotiations(
        doc(text), tuple(actor(text, k, "state", v) for k, v in STATES.items()), (),
        find_times(doc(text)))
    assert [e.evidence.text for e in timeline] == ["June 14", "today"]
    assert {e.date for e in timeline} == {"2020-06-14"}


def test_a_repeated_today_without_a_dateline_stays_one_event() -> None:
    text = ("Talks\n\nThe Sylvanian envoy said today that Ruritania and Freedonia met. "
            "The Sylvanian envoy added today that the talks would go on.\n")
    _threads_, timeline = find_negotiations(
        doc(text), tuple(actor(text, k, "state", v) for k, v in STATES.items()), (),
        find_times(doc(text)))
    assert len(timeline) == 1


def test_a_briefing_segment_on_other_sides_is_not_the_primary_agenda() -> None:
    text = ("Press briefing\n\n"
            "Q On the talks: are Ruritania and Freedonia close to a deal?\n\n"
            "Ruritania and Freedonia are close to a deal on the release of hostages. The "
            "negotiators met again today and the gaps are narrowing.\n\n"
            "Q And the truce itself?\n\n"
            "The talks between Ruritania and Freedonia also cover a truce.\n\n"
            "Q Separately, on Sylvania and Latveria?\n\n"
            "Sylvania and Latveria are in a dispute over sanctions, and their talks have "
            "stalled.\n")
    n = _primary(text)
    assert set(n.parties) == {"ruritania", "freedonia"}
    assert n.status == "near_agreement"
    keys = {i.key for i in n.issues}
    assert {"hostage_release", "ceasefire"} <= keys and "sanctions" not in keys


def test_an_organisation_whose_leader_is_quoted_is_a_side_of_the_dispute() -> None:
    from briefing.model import Quote

    text = ("Strike talks\n\nThe Porters Union met Ruritania for talks on pensions today. "
            "The talks ended without agreement.\n\n"
            "Guild of Clerks leader Ann Bexley warned of walkouts. \"We will not work "
            "until we drop,\" she said. \"It is unacceptable.\"\n")
    porters = actor(text, "porters", "organization", ["Porters Union"])
    guild = actor(text, "guild", "organization", ["Guild of Clerks"])
    bexley = actor(text, "bexley", "person", ["Ann Bexley"], affiliation="guild")
    d = doc(text)
    quotes = tuple(Quote(m.start() + 1, m.end() - 1, m.group()[1:-1], "bexley")
                   for m in __import__("re").finditer(r'"[^"]+"', text))
    actors = tuple(actor(text, k, "state", v) for k, v in STATES.items()) + (
        porters, guild, bexley)
    (n, *_rest), _timeline = find_negotiations(d, actors, quotes, find_times(d))
    assert "guild" in n.parties
    (n2, *_rest), _timeline = find_negotiations(d, actors, (), find_times(d))
    assert "guild" not in n2.parties


def test_every_sentence_of_a_reporters_turn_asks() -> None:
    text = ("Press briefing\n\n"
            "MS. HOLT: Good afternoon. The talks between Ruritania and Freedonia resumed today "
            "and continue tomorrow.\n\n"
            "Q A follow-up on the talks between Ruritania and Freedonia, please.\n\n"
            "Ruritania and Freedonia signed a ceasefire agreement yesterday, my sources "
            "say.\n\n"
            "MS. HOLT: I will not comment on that.\n")
    n = _primary(text)
    assert n.status == "ongoing"  # what the reporter says the sources say is not the status
    assert not any("signed" in e.text for e in n.status_evidence)
    # the same sentence said by the press secretary is
    said = _primary(text.replace("Q A follow-up", "MS. HOLT: A follow-up"))
    assert said.status == "agreed"


def test_a_reporters_turn_still_dates_events() -> None:
    text = ("Press briefing\n\n"
            "MS. HOLT: The talks between Ruritania and Freedonia resumed today.\n\n"
            "Q A follow-up on the talks between Ruritania and Freedonia, please.\n\n"
            "You said that the convoys have moved every day since the truce of March 3.\n\n"
            "MS. HOLT: They have.\n")
    _threads_, timeline = find_negotiations(
        doc(text), tuple(actor(text, k, "state", v) for k, v in STATES.items()), (),
        find_times(doc(text)))
    assert "2020-03-03" in {t.date for t in timeline}


def test_talks_with_another_counterpart_open_a_secondary_thread() -> None:
    text = ("Ruritania and Freedonia sign trade deal\n\nRuritania and Freedonia signed a trade "
            "deal on Friday. Ruritania agreed to cut tariffs on grain. Sylvania is also in "
            "talks with Latveria on fishing rights, officials said.\n")
    threads = _threads(text)
    primary = next(t for t in threads if t.primary)
    others = [t for t in threads if not t.primary and set(t.parties) == {"sylvania", "latveria"}]
    assert set(primary.parties) == {"ruritania", "freedonia"}
    assert len(others) == 1 and others[0].status == "ongoing"
    assert not any("fish" in i.label.lower() for i in primary.issues)


def test_talks_with_a_side_of_the_primary_make_no_second_thread() -> None:
    text = ("Ruritania and Freedonia sign trade deal\n\nRuritania and Freedonia signed a trade "
            "deal on Friday. Ruritania agreed to cut tariffs on grain after talks with "
            "Freedonia.\n")
    assert [t for t in _threads(text) if not t.primary] == []


def test_a_talker_in_another_clause_is_no_side_of_the_talks() -> None:
    text = ("Ruritania and Freedonia sign trade deal\n\nRuritania and Freedonia signed a trade "
            "deal on Friday. Sylvania took years to join the bloc, and talks with Latveria have "
            "been under way for years.\n")
    others = [t for t in _threads(text) if not t.primary]
    assert [t.parties for t in others] == [("latveria",)]


def test_an_outsider_in_talks_with_the_primarys_sides_is_a_thread_of_its_own() -> None:
    text = ("Ruritania and Freedonia sign trade deal\n\nRuritania and Freedonia signed a trade "
            "deal on Friday. Ruritania agreed to cut tariffs on grain. Meanwhile Sylvania is in "
            "negotiations with Ruritania and Freedonia to take a stake in the port.\n")
    others = [t for t in _threads(text) if not t.primary]
    assert [set(t.parties) for t in others] == [{"sylvania", "ruritania", "freedonia"}]


def test_talks_with_a_mediator_are_the_primarys() -> None:
    text = ("Truce talks\n\nRuritania and Freedonia held truce talks mediated by Sylvania. "
            "Ruritania and Freedonia agreed to a truce. Freedonian envoys held talks with "
            "Sylvania on the release of prisoners.\n")
    threads = _threads(text)
    primary = next(t for t in threads if t.primary)
    assert "sylvania" in primary.mediators
    assert [t for t in threads if not t.primary] == []


BIDDERS = {"acme": ["Acme"], "bolt": ["Bolt"], "cogs": ["Cogs"], "ruritania": ["Ruritanian"]}


def _bid_threads(text: str):
    d = doc(text, "2020-06-14")
    actors = tuple(actor(text, aid, "state" if aid == "ruritania" else "organization", names)
                   for aid, names in BIDDERS.items())
    return find_negotiations(d, actors, (), find_times(d))[0]


def test_a_rival_offer_is_the_bidders_own_thread() -> None:
    text = ("Acme agrees merger with Bolt\n\nAcme and Bolt signed a merger agreement on Friday "
            "under which Bolt will buy Acme for 30 dollars a share. Acme and Bolt agreed to cut "
            "costs. Acme earlier rejected a 25 dollar a share offer from Ruritanian rival Cogs.\n")
    threads = _bid_threads(text)
    primary = next(t for t in threads if t.primary)
    rivals = [t for t in threads if not t.primary]
    assert set(primary.parties) == {"acme", "bolt"}
    assert [t.parties for t in rivals] == [("cogs", "acme")]


def test_the_primarys_own_offer_makes_no_rival_thread() -> None:
    text = ("Acme agrees merger with Bolt\n\nAcme and Bolt signed a merger agreement on Friday. "
            "Acme accepted the offer from Bolt after talks.\n")
    assert [t for t in _bid_threads(text) if not t.primary] == []
