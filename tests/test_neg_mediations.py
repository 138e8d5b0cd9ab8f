"""Known mediators (issue 11): the KB's ``mediations.yaml`` keeps a pair's habitual mediators
out of its sides' seats.  Invented ids and dates."""

from __future__ import annotations

import pytest
from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.negotiations.sides import known_mediations
from briefing.knowledge import default_kb, kb_from_yaml

COUNTRIES = """
- {id: ruritania, name: Ruritania}
- {id: freedonia, name: Freedonia}
- {id: sylvania, name: Sylvania}
- {id: latveria, name: Latveria}
"""
MEDIATIONS = """
- {sides: [ruritania, freedonia], mediators: [sylvania, latveria], from: 2020-01-01}
- {sides: [ruritania], mediators: [sylvania]}
- {sides: [ruritania, freedonia], mediators: [nowhere]}
- {sides: [ruritania, freedonia], mediators: [sylvania], from: 20-1}
"""


@pytest.fixture(scope="module")
def kb():
    return kb_from_yaml({"countries.yaml": COUNTRIES, "mediations.yaml": MEDIATIONS})


def test_bad_entries_are_reported_and_dropped(kb) -> None:
    assert len(kb.mediations) == 2  # the last one keeps its entry, without the bad date
    problems = " ".join(kb.problems)
    assert "needs sides" in problems and "nowhere" in problems and "bad date" in problems
    assert kb.mediators_between("freedonia", "ruritania", "2021-05-01") == {"sylvania",
                                                                            "latveria"}
    assert kb.mediators_between("freedonia", "ruritania", "2019-05-01") == {"sylvania"}


def test_a_mediator_seated_beside_one_side_gives_its_seat_to_the_counterpart(kb) -> None:
    present = {"ruritania", "freedonia", "sylvania", "latveria"}
    parties, mediators = known_mediations(["ruritania", "sylvania", "latveria"], [], present,
                                          kb, "2021-05-01")
    assert parties == ["ruritania", "freedonia"]
    assert mediators == ["sylvania", "latveria"]


def test_a_lone_side_gets_its_named_counterpart(kb) -> None:
    parties, mediators = known_mediations(["freedonia"], [], {"freedonia", "ruritania"}, kb,
                                          "2021-05-01")
    assert (parties, mediators) == (["freedonia", "ruritania"], [])


def test_nothing_changes_without_the_counterpart_or_before_the_mediation(kb) -> None:
    seated = ["ruritania", "latveria"]
    assert known_mediations(seated, [], {"ruritania", "latveria"}, kb, "2021-05-01") == \
        (seated, [])
    # before 2020 only sylvania mediates: latveria stays a side
    assert known_mediations(seated, [], {"ruritania", "freedonia", "latveria"}, kb,
                            "2019-05-01") == (seated, [])


def test_the_bundled_facts_load_without_problems() -> None:
    kb = default_kb()
    assert not [p for p in kb.problems if p.startswith("mediations")]
    assert "qatar" in kb.mediators_between("hamas", "israel", "2024-01-15")


def _threads(text: str, published: str):
    from _neg_fixtures import actor, doc

    from briefing.extract.negotiations.tracker import find_negotiations
    from briefing.extract.time.timex import find_times

    d = doc(text, published)
    actors = (actor(text, "israel", "state", ["Israel", "Israeli"]),
              actor(text, "lebanon", "state", ["Lebanon", "Lebanese"]),
              actor(text, "hamas", "armed_group", ["Hamas"]),
              actor(text, "qatar", "state", ["Qatar"]))
    return find_negotiations(d, actors, (), find_times(d))[0]


_TWO_WARS = ("Truce talks\n\nIsrael and Lebanon are negotiating a ceasefire along the border. "
             "The talks between Israel and Lebanon resumed in the capital. "
             "Separately, negotiations with Hamas on the release of the hostages go on. "
             "Hamas has not answered the latest hostage proposal in the talks.\n")


def test_a_second_known_pair_is_a_thread_with_its_own_agenda() -> None:
    threads = _threads(_TWO_WARS, "2024-09-26")
    primary, *others = threads
    assert set(primary.parties) == {"israel", "lebanon"}
    second = next(t for t in others if set(t.parties) == {"israel", "hamas"})
    assert "hostage_release" in {i.key for i in second.issues}
    assert "hostage_release" not in {i.key for i in primary.issues}


def test_no_second_thread_before_the_pair_is_known_or_for_one_passing_sentence() -> None:
    before = _threads(_TWO_WARS, "2019-09-26")
    assert not any(set(t.parties) == {"israel", "hamas"} for t in before)
    once = _TWO_WARS.replace("Hamas has not answered the latest hostage proposal in the "
                             "talks.", "")
    assert not any(set(t.parties) == {"israel", "hamas"}
                   for t in _threads(once, "2024-09-26"))


def test_a_seated_pair_leaves_no_room_for_other_sides(kb) -> None:
    present = {"ruritania", "freedonia", "sylvania", "latveria"}
    parties, mediators = known_mediations(["ruritania", "freedonia", "latveria"], [], present,
                                          kb, "2019-05-01")
    assert (parties, mediators) == (["ruritania", "freedonia"], [])


def test_only_mediators_seated_gives_the_seats_to_the_pair_named_most(kb) -> None:
    present = {"ruritania", "freedonia", "sylvania"}
    named = {"ruritania": 3, "freedonia": 2, "sylvania": 4}
    parties, mediators = known_mediations(["sylvania"], [], present, kb, "2021-05-01", named)
    assert (parties, mediators) == (["ruritania", "freedonia"], ["sylvania"])
    # a pair the negotiation sentences never name stays out
    named["freedonia"] = 0
    assert known_mediations(["sylvania"], [], present, kb, "2021-05-01", named) == \
        (["sylvania"], [])


def test_dated_facts_do_not_apply_to_an_undated_text(kb) -> None:
    present = {"ruritania", "freedonia", "sylvania", "latveria"}
    seated = ["ruritania", "latveria"]
    assert known_mediations(seated, [], present, kb, None) == (seated, [])


def test_a_known_pairs_habitual_mediator_the_text_names_mediates() -> None:
    text = ("Israel and Hamas agreed to extend the truce by two days. The talks will continue "
            "on Sunday. Egypt opened its border crossing for aid trucks.")
    briefing = analyse(doc(text, published="2024-01-10"))
    primary = next(n for n in briefing.negotiations if n.primary)
    assert set(primary.parties) == {"israel", "hamas"}
    assert "egypt" in primary.mediators  # a habitual mediator of the pair, named
    assert {a.id: a.tier for a in briefing.actors}["egypt"] == "party"
    # an undated text: dated facts say nothing of it
    undated = analyse(doc(text, published=None))
    assert "egypt" not in next(n for n in undated.negotiations if n.primary).mediators


def test_an_exchange_overseen_by_a_body_between_a_civil_wars_unnamed_sides() -> None:
    text = ("Statement on the Prisoner Release\n\nThe United Kingdom welcomes the release of "
            "some 400 detainees held by both sides of the conflict this week in Libya. The "
            "prisoner swap is being overseen by the ICRC and follows months of talks mediated "
            "by the United Nations. We will help to consolidate the truce.")
    primary = next(n for n in analyse(doc(text, published="2023-05-02")).negotiations
                   if n.primary)
    assert "icrc" in primary.mediators and "icrc" not in primary.parties
    assert primary.parties == ("libya",)
    assert primary.status == "implementing"
    assert "prisoner swap" in primary.label
