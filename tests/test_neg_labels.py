"""Agenda labels: complete phrases of at most 60 characters, one item per topic, statuses the
text supports, and no internal topic keys (invented sentences only)."""

from __future__ import annotations

import re

from _neg_fixtures import actor, doc, primary_with

from briefing.extract.negotiations.labels import MAX_LABEL, ends_cut, issue_label, topic_name
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times


def _label(text: str, trigger: str, key: str) -> str:
    start = text.index(trigger)
    return issue_label(text, start, start + len(trigger), len(text), key)


def test_a_relative_clause_ends_the_phrase() -> None:
    text = "They discussed a truce that would halt Freedonia's shelling of the northern towns."
    assert _label(text, "truce", "ceasefire") == "Truce"


def test_between_keeps_both_sides_and_a_participle_with_its_agent_ends() -> None:
    text = ("It hailed the truce between Ruritania and the hill militias brokered by Sylvania "
            "after three days of fighting.")
    assert _label(text, "truce", "ceasefire") == "Truce between Ruritania and the hill militias"


def test_a_second_clause_after_and_is_cut_but_coordinated_adjectives_are_kept() -> None:
    text = "They will coordinate strikes against the rebels in the valley and impose a curfew."
    assert _label(text, "coordinate strikes", "joint_strikes") == \
        "Coordinate strikes against the rebels in the valley"
    text = "Freedonia regains access to the world market for chemical and electrical goods."
    assert _label(text, "access to the world market", "sanctions") == \
        "Access to the world market for chemical and electrical goods"


def test_too_long_drops_a_whole_prepositional_phrase_never_half_a_name() -> None:
    text = ("Both sides want cuts in long-range artillery at the conference with the Republic "
            "of Upper Sylvania in the spring.")
    label = _label(text, "cuts", "arms_control")
    assert len(label) <= MAX_LABEL and not ends_cut(label)
    assert label == "Cuts in long-range artillery at the conference"


def test_a_label_never_ends_on_a_function_word_or_pronoun() -> None:
    text = "Nobody knows what the consequences of it would be."
    assert _label(text, "consequences", "enforcement") == "Enforcement: consequences"
    for word in ("the", "of", "which", "to", "in", "and"):
        assert ends_cut(f"a ceasefire in the region {word}")
    assert not ends_cut("a ceasefire in the region")


def test_a_bare_word_gets_its_topic_and_a_participle_becomes_the_topic() -> None:
    assert _label("The deal must be enforced.", "enforced", "enforcement") == "Enforcement"
    assert _label("They spoke of the rubble.", "rubble", "reconstruction") == \
        "Reconstruction: rubble"
    assert _label("It welcomed the truce.", "truce", "ceasefire") == "Truce"
    assert topic_name("joint_strikes") == "Joint strikes"
    assert topic_name("some_new_key") == "Some new key"


STATES = {"ruritania": ["Ruritania", "Ruritanian"], "freedonia": ["Freedonia", "Freedonian"]}


def _primary(text: str):
    return primary_with(text, STATES, "state")


def test_one_item_per_topic_and_a_near_deal_leaves_uncued_items_open() -> None:
    text = ("Talks\n\nRuritania and Freedonia are close to a deal on a ceasefire, officials said. "
            "Under the deal, prisoners would be exchanged. The ceasefire remains the goal of "
            "both sides. The talks in Ruritania also covered elections.\n")
    n = _primary(text)
    keys = [i.key for i in n.issues]
    assert len(keys) == len(set(keys))  # one item per topic
    by_key = {i.key: i for i in n.issues}
    assert by_key["prisoner_exchange"].status == "provisionally_agreed"
    assert by_key["political_transition"].status == "open"
    for issue in n.issues:
        assert len(issue.label) <= MAX_LABEL and not ends_cut(issue.label)
        assert not re.search(r"\b[a-z]+_[a-z]+\b", issue.label)  # no internal key


def test_both_keeps_its_and_and_a_past_verb_ends_the_phrase() -> None:
    text = "They held membership talks with both Ruritania and Freedonia last week."
    assert _label(text, "membership", "accession") == \
        "Membership talks with both Ruritania and Freedonia last week"
    text = "Talks on working hours broke down without result late last night."
    assert _label(text, "working hours", "working_hours") == "Working hours"


def test_economic_topics_get_their_own_keys_and_names_are_no_topics() -> None:
    text = ("Talks\n\nRuritania and Freedonia negotiated export quotas and tariffs on steel, "
            "Trade Commissioner Anna Berg said. The Freedonian Trade Organisation and "
            "Ruritania also agreed on debt relief.\n")
    org = actor(text, "fto", "organization", ["Freedonian Trade Organisation"])
    d = doc(text)
    actors = tuple(actor(text, aid, "state", names) for aid, names in STATES.items()) + (org,)
    found = find_negotiations(d, actors, (), find_times(d))[0]
    n = next(t for t in found if t.primary)
    # (the organisation and Ruritania, a pair the lead does not name, may hold a deal of
    # their own: the keys are asked of every thread)
    keys = {i.key for t in found for i in t.issues}
    assert {"quotas", "debt"} <= keys
    assert "trade" not in keys  # "Trade Commissioner", "... Trade Organisation": names
    # one item per topic (issue 11): quotas and tariffs are both trade, one item names both
    trade = [i for i in n.issues if i.to_dict()["key"] == "trade"]
    assert len(trade) == 1 and "tariffs" in trade[0].label


def test_a_noun_in_al_before_and_ends_the_phrase() -> None:
    text = "They discussed a ceasefire and hostage release deal and the Ruritanian commitment."
    assert _label(text, "ceasefire", "ceasefire") == "Ceasefire and hostage release deal"


def test_a_side_known_only_through_its_people_is_named_not_keyed() -> None:
    text = ("Talks\n\nSecretary Anna Berg met Freedonia for talks on a truce. Anna Berg and "
            "Freedonia agreed to meet again.\n")
    berg = actor(text, "berg", "person", ["Anna Berg"], affiliation="usa")
    d = doc(text)
    actors = (actor(text, "freedonia", "state", ["Freedonia"]), berg)
    n = next(t for t in find_negotiations(d, actors, (), find_times(d))[0] if t.primary)
    assert "usa" in n.parties and "usa" not in n.label and "United States" in n.label


def test_an_office_named_by_its_portfolio_is_no_agenda_item() -> None:
    text = ("Talks\n\nRuritania and Freedonia reached a deal, said the undersecretary for "
            "external debt. The deal cuts tariffs, the trade body said.\n")
    d = doc(text)
    actors = tuple(actor(text, aid, "state", names) for aid, names in STATES.items())
    n = next(t for t in find_negotiations(d, actors, (), find_times(d))[0] if t.primary)
    assert {i.key for i in n.issues} == {"tariffs"}


def test_a_label_never_ends_on_a_possessive() -> None:
    # two owners of one noun: the "and" does not end the phrase; too long, it ends before
    # its last preposition, never on "Leader A’s"
    text = ("They agreed to develop measures for implementing President Ruritano’s and "
            "President Sylvano’s agreement to ban strikes on ports.")
    start = text.index("develop")
    label = issue_label(text, start, start + 1, len(text), "other")
    assert not ends_cut(label) and not label.endswith("’s")
    assert label == "Develop measures"
    assert _label("A deal on the two leaders’ pipeline.", "deal", "other") == \
        "Deal on the two leaders’ pipeline"
    assert ends_cut("Measures for implementing President Ruritano’s")


def test_with_an_aim_ends_the_phrase() -> None:
    text = "They agreed to form permanent working groups with an aim to improve security."
    start = text.index("form")
    assert issue_label(text, start, start + 1, len(text), "other") == \
        "Form permanent working groups"


def test_a_label_never_ends_on_an_adverb_or_an_adjective_whose_clause_was_cut() -> None:
    text = ("The leaders discussed the deal to secure the release of hostages together with an "
            "immediate and sustained ceasefire in Chile.")
    at = text.index("hostages")
    assert issue_label(text, at, at + 8, len(text), "other") == "Hostages"
    text = "The firm will hold talks about buying a stake in assets once owned by Acme."
    at = text.index("stake")
    assert issue_label(text, at, at + 5, len(text), "other") == "Stake in assets"
    # a noun after "the" is no cut adjective: "in the future" stays
    text = "Norway said a takeover try in the future was possible."
    at = text.index("takeover")
    assert issue_label(text, at, at + 8, len(text), "other").endswith("in the future")


def test_a_participle_with_its_object_after_the_noun_ends_the_label() -> None:
    from briefing.extract.negotiations.labels import issue_label

    text = "They have grievances about price differentials making some of their crudes dear."
    start = text.index("price differentials")
    label = issue_label(text, start, start + len("price differentials"), len(text), "prices")
    assert label == "Price differentials"


def test_a_label_stops_before_despite_and_never_ends_on_just_or_a_bare_modifier() -> None:
    def label(sentence: str) -> str:
        return issue_label(sentence, 0, sentence.index(" "), len(sentence), "other")

    assert label("Membership of the euro despite saying there would be no test.") == \
        "Membership of the euro"
    assert label("Negotiating teams just finished their round.") == "Negotiating teams"
    assert label("Platform with a 300-meter, single-leg base.") == "Platform"
    assert label("Platform with a 300-meter base.") == "Platform with a 300-meter base"


def test_the_comma_of_a_number_ends_no_phrase() -> None:
    text = "Ruritania offered to supply 120,000 barrels of fuel oil a month to Sylvania."
    assert _label(text, "supply", "other") == "Supply 120,000 barrels of fuel oil a month to Sylvania"
    # a comma between a number and a word still ends the clause
    text = "They agreed a cut of 40, and the talks ended."
    assert _label(text, "cut", "other") == "Cut of 40"


def test_a_long_label_cut_at_of_ends_before_the_phrase_that_led_to_it() -> None:
    text = ("The miners would receive a 1.21-dlr-an-hour pay raise over the life of the new "
            "three-year contract signed on Friday.")
    assert _label(text, "receive", "other") == "Receive a 1.21-dlr-an-hour pay raise"
    # a label that fits keeps its "of"
    text = "They agreed on the release of the Sylvanian prisoners."
    assert _label(text, "release", "other") == "Release of the Sylvanian prisoners"
