"""Sides and mediators kept apart (issue 11): statement authors, thanks for mediation,
witnesses, captors, described sides, forums, principals coordinated.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times
from briefing.model import Quote

STATES = {"ruritania": ["Ruritania", "Ruritanian"], "freedonia": ["Freedonia", "Freedonian"],
          "sylvania": ["Sylvania", "Sylvanian"], "latveria": ["Latveria", "Latverian"]}


def _primary(text: str, title: str | None = None, extra: tuple = ()):
    d = doc(text, title=title)
    actors = tuple(actor(text, aid, "state", names) for aid, names in STATES.items()) + extra
    threads = find_negotiations(d, actors, (), find_times(d))[0]
    return next(t for t in threads if t.primary)


def test_the_author_named_in_the_title_is_not_a_side() -> None:
    text = ("Statement by President Anna Berg on the Truce in Latveria\n\n"
            "I welcome the truce in the Latveria conflict. I am grateful for the work of the "
            "Latverian Government in the talks. Ruritania will keep working for peace.\n")
    berg = actor(text, "anna_berg", "person", ["Anna Berg"], affiliation="ruritania")
    n = _primary(text, extra=(berg,))
    assert "ruritania" not in n.parties


def test_actors_thanked_for_helping_to_end_the_fighting_mediate() -> None:
    text = ("Truce\n\nI welcome the ceasefire between Ruritania and Freedonia agreed tonight. "
            "I thank Sylvania and Latveria for helping to bring the hostilities to an end.\n")
    n = _primary(text)
    assert set(n.parties) == {"ruritania", "freedonia"}
    assert {"sylvania", "latveria"} <= set(n.mediators)


def test_thanks_for_a_sides_commitment_do_not_make_a_mediator() -> None:
    text = ("Talks\n\nRuritania and Freedonia signed the truce. I thank Ruritania for its "
            "commitment to the process.\n")
    n = _primary(text)
    assert "ruritania" in n.parties and "ruritania" not in n.mediators


def test_witnesses_of_a_declaration_are_mediators_not_sides() -> None:
    text = ("Declaration\n\nWe, the Prime Minister of Ruritania and the Prime Minister of "
            "Freedonia, as witnessed by the President of Sylvania and the Prime Minister of "
            "Latveria, declare the following ceasefire agreement.\n")
    n = _primary(text)
    assert set(n.parties) == {"ruritania", "freedonia"}
    assert set(n.mediators) == {"sylvania", "latveria"}


def test_a_committee_is_never_a_side() -> None:
    text = ("Border\n\nRuritania and Freedonia agreed to a ceasefire. The agreement was "
            "negotiated in the Joint Border Committee and the Joint Border Committee will "
            "meet again.\n")
    forum = actor(text, "jbc", "organization", ["Joint Border Committee"])
    n = _primary(text, extra=(forum,))
    assert "jbc" not in n.parties


def test_the_captor_and_a_described_side_sit_at_the_table() -> None:
    text = ("Pause\n\nThe pause in the deal brokered by Sylvania will continue. Talks go on "
            "until all the hostages held by the Red Hand are released. Ruritania agreed.\n")
    group = actor(text, "red_hand", "armed_group", ["Red Hand"])
    n = _primary(text, extra=(group,))
    assert "red_hand" in n.parties and "sylvania" in n.mediators
    text = ("Truce\n\nSylvania welcomes the ceasefire between Ruritania and hill-based "
            "militants. The militants of the Black Flag fired rockets for days.\n")
    group = actor(text, "black_flag", "armed_group", ["Black Flag"])
    n = _primary(text, extra=(group,))
    assert set(n.parties) == {"ruritania", "black_flag"}


def test_thanks_for_hosting_the_talks_make_a_mediator() -> None:
    text = ("Outcomes\n\nRuritania and Freedonia agreed on safe navigation. Ruritania thanks "
            "King Olaf for his hospitality in once again facilitating these discussions in "
            "Sylvania.\n")
    olaf = actor(text, "olaf", "person", ["King Olaf"], affiliation="sylvania")
    n = _primary(text, extra=(olaf,))
    assert "sylvania" in n.mediators and "sylvania" not in n.parties


def test_the_body_an_applicant_asks_to_join_is_a_side() -> None:
    text = ("Entry\n\nRuritania will formally apply to join the Northern League, officials of "
            "the league said. Talks could take years.\n")
    league = actor(text, "league", "igo", ["Northern League"])
    n = _primary(text, extra=(league,))
    assert set(n.parties) == {"ruritania", "league"}


def test_the_government_publishing_a_statement_is_no_side() -> None:
    from briefing.corpus import document_from_text
    from briefing.corpus.metadata import Metadata

    text = ("Statement on the truce\n\nRuritania and Freedonia agreed to a truce. The United "
            "States follows the Ruritania truce. The United States watches the talks. The "
            "United States funds the truce monitors. The United States expects the deal to hold. "
            "The United States reports on the truce.\n")
    d, _ = document_from_text("fixture.txt", text, meta=Metadata(
        title=None, published="2020-06-14", source="The White House"))
    actors = tuple(actor(text, aid, "state", names) for aid, names in STATES.items()) + (
        actor(text, "usa", "state", ["United States"]),)
    n = next(t for t in find_negotiations(d, actors, (), find_times(d))[0] if t.primary)
    assert "usa" not in n.parties


def test_a_war_named_between_two_others_unseats_nobody() -> None:
    text = ("Talks\n\nRuritania and Freedonia held talks on a trade deal. They discussed the "
            "war between Sylvania and Latveria, which hurts trade. Ruritania and Freedonia "
            "agreed to meet again.\n")
    assert set(_primary(text).parties) == {"ruritania", "freedonia"}


def test_between_a_title_and_a_name_seats_the_principals_state() -> None:
    text = ("Talks\n\nThe talks between President Anna Berg and Prime Minister Olaf Dunn ended "
            "today. Sylvania and Latveria welcomed the talks. Sylvania and Latveria hope for a "
            "deal. Latveria and Sylvania urged a deal.\n")
    berg = actor(text, "anna_berg", "person", ["Anna Berg"], affiliation="ruritania")
    dunn = actor(text, "olaf_dunn", "person", ["Olaf Dunn"], affiliation="freedonia")
    n = _primary(text, extra=(berg, dunn))
    assert {"ruritania", "freedonia"} <= set(n.parties)


def test_a_state_naming_a_round_of_talks_is_no_side() -> None:
    text = ("Trade\n\nPressure by ministers is needed if the current Sylvania round of talks on "
            "tariffs is to succeed, Ruritania's trade minister said. Ruritania wants a deal.\n")
    assert "sylvania" not in _primary(text).parties


def test_playing_a_role_in_securing_the_deal_makes_a_mediator() -> None:
    text = ("Truce\n\nRuritania and Freedonia agreed to extend the truce. Sylvania has played "
            "a key role in securing the longer truce.\n")
    n = _primary(text)
    assert "sylvania" in n.mediators and "sylvania" not in n.parties


def test_the_authors_of_a_joint_statement_calling_for_a_truce_mediate_it() -> None:
    text = ("Joint Statement by Sylvania, Latveria and the Grand Duchy\n\n"
            "We call for an immediate ceasefire between Ruritania and Freedonia. We call on "
            "Ruritania and Freedonia to endorse the ceasefire and to conclude an agreement.\n")
    n = _primary(text)
    assert set(n.parties) == {"ruritania", "freedonia"}
    assert {"sylvania", "latveria"} <= set(n.mediators)
    # the sides' own joint statement: they stay the sides
    own = _primary("Joint Statement by Ruritania and Freedonia\n\nRuritania and Freedonia "
                   "agreed a ceasefire and will conclude an agreement.\n")
    assert set(own.parties) == {"ruritania", "freedonia"} and not own.mediators


def test_the_two_named_after_between_in_the_title_are_the_sides() -> None:
    text = ("Joint Statement Following Meeting Between President Anna Berg and Prime Minister "
            "Olaf Dunn\n\nPresident Berg thanked Prime Minister Dunn for Freedonia's role in "
            "helping to consolidate the Latveria truce. Latveria and Sylvania talks went on. "
            "Latveria and Sylvania will meet again.\n")
    berg = actor(text, "anna_berg", "person", ["Anna Berg", "Berg"], affiliation="ruritania")
    dunn = actor(text, "olaf_dunn", "person", ["Olaf Dunn", "Dunn"], affiliation="freedonia")
    n = _primary(text, extra=(berg, dunn))
    assert set(n.parties) == {"ruritania", "freedonia"}
    assert "freedonia" not in n.mediators


def test_the_pair_of_a_deal_the_text_compares_with_is_no_side() -> None:
    text = ("Gas deal\n\nRuritania and Freedonia signed a gas deal. Ministers secured a similar "
            "deal to one between Sylvania and Latveria. Ruritania and Freedonia will meet.\n")
    assert set(_primary(text).parties) == {"ruritania", "freedonia"}


def test_a_report_quoted_at_length_is_one_voice_not_a_side() -> None:
    text = ("Aid talks\n\nRuritania and Freedonia will discuss debt relief at the summit. "
            "Sylvania Aid said \"aid is falling\". Sylvania Aid said \"children die\". "
            "Sylvania Aid said \"act now\". Sylvania Aid said \"rich countries fail\". "
            "Sylvania Aid said \"this is a scandal\". Ruritania and Freedonia hope to agree.\n")
    d = doc(text)
    aid = actor(text, "sylvania_aid", "organization", ["Sylvania Aid"])
    actors = tuple(actor(text, aid_, "state", names) for aid_, names in STATES.items()) + (aid,)
    quotes = tuple(Quote(text.index(q), text.index(q) + len(q), q, "sylvania_aid")
                   for q in ("aid is falling", "children die", "act now", "rich countries fail",
                             "this is a scandal"))
    threads = find_negotiations(d, actors, quotes, find_times(d))[0]
    primary = next(t for t in threads if t.primary)
    assert set(primary.parties) == {"ruritania", "freedonia"}


FIRMS = {"acme": ["Acme Corp", "Acme"], "bolt": ["Bolt Industries", "Bolt"],
         "cogs": ["Cogs Ltd", "Cogs"]}


def _firm_state(text: str, roles: dict[str, str] | None = None):
    from dataclasses import replace

    from briefing.extract.negotiations.state import TrackerState

    d = doc(text)
    actors = []
    for aid, names in FIRMS.items():
        a = actor(text, aid, "organization", names)
        if roles and aid in roles:  # the role the actor finder would give the mention
            a = replace(a, mentions=tuple(replace(m, role=roles[aid]) for m in a.mentions))
        actors.append(a)
    return TrackerState(d, tuple(actors), (), find_times(d))


def _firm_threads(text: str):
    d = doc(text)
    actors = tuple(actor(text, aid, "organization", names) for aid, names in FIRMS.items())
    return find_negotiations(d, actors, (), find_times(d))[0]


def test_a_headline_naming_two_parties_seats_both() -> None:
    # "Acme rejects Bolt bid": a headline says who does what to whom; Bolt, named less often
    # in the body than Acme, still sits at the table
    text = ("Acme rejects Bolt bid\n\nAcme Corp said on Monday its board rejected the offer. "
            "Acme said the talks had undervalued the company. Acme will hold talks with its "
            "shareholders. Acme said a deal was not in sight.\n")
    n = next(t for t in _firm_threads(text) if t.primary)
    assert {"acme", "bolt"} <= set(n.parties)


def test_a_headline_source_or_modifier_names_no_pair() -> None:
    from briefing.extract.negotiations.pairs import headline_pair

    body = "\n\nAcme Corp and Bolt Industries held talks on a merger.\n"
    said = _firm_state("Acme says Bolt talks will resume" + body)
    assert headline_pair(said, said.units[0], None) == []  # the headline's source
    acted = _firm_state("Acme resumes talks with Bolt" + body)
    assert headline_pair(acted, acted.units[0], None) == ["acme", "bolt"]
    assert headline_pair(acted, acted.units[0], "acme") == []  # the publisher's own title
    three = _firm_state("Acme, Bolt and Cogs in talks" + body)
    assert headline_pair(three, three.units[0], None) == []
    # "Acme bidder in talks with Bolt": a modifier, not an actor of the headline
    modified = _firm_state("Acme bidder in talks with Bolt" + body, roles={"acme": "modifier"})
    assert headline_pair(modified, modified.units[0], None) == []


def test_a_headline_pair_the_body_never_negotiates_with_is_no_table() -> None:
    # "UK troops on Ivory Coast standby": neither of the headline's two is in the body's talks
    text = ("Acme staff on Bolt standby\n\nCogs Ltd held talks with its lenders on Monday. "
            "Cogs said the talks were constructive.\n")
    threads = _firm_threads(text)
    assert not any({"acme", "bolt"} & set(t.parties) for t in threads if t.primary)


def test_a_rivals_failed_bid_is_not_the_primarys_status() -> None:
    # the failure cue's counterpart ("from Bolt") is not at the primary's table (Cogs, Acme):
    # like another pair's agreement, its failure is that pair's, not the primary's
    text = ("Cogs poised to make Acme bid\n\nCogs Ltd is poised to launch a bid for Acme Corp, "
            "reports say. Last week, Acme rejected a takeover proposal from Bolt Industries. "
            "Cogs is working with advisers on a possible offer for Acme.\n")
    n = next(t for t in _firm_threads(text) if t.primary)
    assert {"cogs", "acme"} <= set(n.parties)
    assert n.status not in ("collapsed", "stalled")


def test_a_state_named_in_passing_is_the_country_of_organisations_at_the_table() -> None:
    from briefing.extract.negotiations.sides import without_the_sides_country

    text = ("Acme Bank and Bolt Trust agreed on loans to the Ruritanian units of Acme Bank. "
            "Ruritania and Freedonia met. Acme Bank said the deal would close, Bolt Trust said.")
    by_id = {a.id: a for a in (actor(text, "ruritania", "state", ["Ruritania", "Ruritanian"]),
                               actor(text, "freedonia", "state", ["Freedonia"]),
                               actor(text, "acme", "organization", ["Acme Bank"]),
                               actor(text, "bolt", "organization", ["Bolt Trust"]))}
    # no organisation at the table: states named once or twice stay sides
    assert without_the_sides_country(["ruritania", "freedonia"], by_id) == \
        ["ruritania", "freedonia"]
    # beside a bank the text names more often, a state named once or twice is its place
    assert without_the_sides_country(["acme", "bolt", "freedonia"], by_id) == ["acme", "bolt"]
    assert without_the_sides_country(["acme", "ruritania"], by_id) == ["acme"]
    # ... but not beside one named no more often than the state (Bolt Trust: twice)
    assert without_the_sides_country(["bolt", "ruritania"], by_id) == ["bolt", "ruritania"]
    # ... nor a state whose named minister is a party
    by_id["roe"] = actor(text, "roe", "person", ["Bolt Trust"], affiliation="ruritania")
    assert without_the_sides_country(["acme", "ruritania"], by_id) == ["acme", "ruritania"]


def test_a_state_named_once_after_the_lede_is_no_third_side() -> None:
    from briefing.extract.negotiations.sides import without_passing_third_states

    text = ("Ruritania and Freedonia resumed talks on Monday. Ruritania wants lower tariffs. "
            "Freedonia said talks with Sylvania and Latveria took ten years.")
    lede_end = text.index(" Freedonia said")
    by_id = {a.id: a for a in (actor(text, aid, "state", names) for aid, names in STATES.items())}
    sides = ["ruritania", "freedonia", "sylvania"]
    assert without_passing_third_states(sides, by_id, lede_end) == ["ruritania", "freedonia"]
    # two sides stay whatever: the only ones named once are not dropped below two
    assert without_passing_third_states(["ruritania", "sylvania", "latveria"], by_id,
                                        lede_end) == ["ruritania", "sylvania", "latveria"]
    # a state named once in the lede is a side
    assert without_passing_third_states(sides, by_id, len(text)) == sides
    # ... and so is one whose named minister is a party
    by_id["roe"] = actor(text, "roe", "person", ["Latveria"], affiliation="sylvania")
    assert without_passing_third_states(sides, by_id, lede_end) == sides
