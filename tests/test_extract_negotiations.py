"""Negotiation threads: parties, mediators, each status label, modality traps, agenda, rounds,
open questions and the timeline."""

from __future__ import annotations

import pytest
from _neg_fixtures import actor, doc

from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times

STATES = {"ruritania": ["Ruritania", "Ruritanian"], "freedonia": ["Freedonia", "Freedonian"],
          "sylvania": ["Sylvania", "Sylvanian"], "latveria": ["Latveria", "Latverian"]}


def _run(text: str, published: str | None = "2020-06-14", title: str | None = None,
         extra: tuple = ()):
    d = doc(text, published, title)
    actors = tuple(actor(text, aid, "state", names) for aid, names in STATES.items()) + extra
    return find_negotiations(d, actors, (), find_times(d))


def _primary(text: str, **kw):
    threads, _timeline = _run(text, **kw)
    return next(t for t in threads if t.primary)


@pytest.mark.parametrize(("text", "label"), [
    ("Ruritania and Freedonia held exploratory talks. Ruritania offered to hold negotiations "
     "and Freedonia said it was open to talks.", "exploratory"),
    ("Ruritania and Freedonia continued negotiations in a third round of talks. The talks "
     "resumed and made progress.", "ongoing"),
    ("Ruritania and Freedonia are nearing agreement on a truce. Officials said the two sides "
     "are close to a deal.", "near_agreement"),
    ("Ruritania and Freedonia signed a peace agreement. The accord was signed in the capital.",
     "agreed"),
    ("The truce between Ruritania and Freedonia took effect at midnight. The cease-fire is "
     "holding.", "implementing"),
    ("Talks between Ruritania and Freedonia have stalled. Negotiators reached an impasse.",
     "stalled"),
    ("Talks between Ruritania and Freedonia collapsed. The peace process broke down.",
     "collapsed"),
])
def test_each_status_label(text: str, label: str) -> None:
    primary = _primary(text)
    assert primary.status == label
    assert primary.status_evidence, "the status cites its sentences"
    assert set(primary.parties) == {"ruritania", "freedonia"}


def test_negated_agreement_is_not_agreed() -> None:
    text = ("Ruritania and Freedonia have not agreed to a deal. Officials said they have not "
            "reached an agreement and talks continue.")
    assert _primary(text).status not in ("agreed", "implementing")


def test_past_failure_does_not_decide_the_current_status() -> None:
    text = ("Ruritania and Freedonia are nearing agreement on a cease-fire. "
            "A truce agreed in February collapsed within days.")
    threads, _ = _run(text)
    primary = threads[0]
    assert primary.status == "near_agreement"
    # the collapsed February truce is its own, non-primary thread
    earlier = [t for t in threads if not t.primary]
    assert earlier and earlier[0].status == "collapsed"
    assert "February" in earlier[0].label


def test_hypothetical_failure_is_down_weighted() -> None:
    text = ("Ruritania and Freedonia are close to a deal. "
            "What happens if the cease-fire collapses? Nobody knows.")
    primary = _primary(text)
    assert primary.status == "near_agreement"
    assert any("What happens" in q.text for q in primary.open_questions)


def test_mediators_are_not_parties() -> None:
    text = ("A truce between Ruritania and Freedonia was brokered by Sylvania. "
            "Ruritania and Freedonia accepted the cease-fire, with the help of Latveria.")
    primary = _primary(text)
    assert set(primary.parties) == {"ruritania", "freedonia"}
    assert set(primary.mediators) == {"sylvania", "latveria"}


def test_persons_stand_for_their_states() -> None:
    text = "Anna Berg and Omar Haddad met for talks and agreed to a deal on prisoners."
    extra = (actor(text, "berg", "person", ["Anna Berg"], affiliation="ruritania"),
             actor(text, "haddad", "person", ["Omar Haddad"], affiliation="freedonia"))
    primary = _primary(text, extra=extra)
    assert set(primary.parties) == {"ruritania", "freedonia"}


def test_agenda_issue_statuses() -> None:
    text = ("Ruritania and Freedonia are nearing agreement on a deal. "
            "Under the deal, the two sides would exchange prisoners. "
            "A key point of contention has been which areas are controlled by rebels. "
            "Another question is what happens to sanctions. "
            "The deal aims to bring humanitarian relief to the region.")
    issues = {i.key: i for i in _primary(text).issues}
    assert issues["prisoner_exchange"].status == "provisionally_agreed"
    assert issues["territorial_control"].status == "contested"
    assert issues["sanctions"].status == "open"
    assert issues["humanitarian_aid"].status == "objective"
    assert all(i.evidence and i.evidence[0].text for i in issues.values())


def test_rounds_with_place_date_and_outcome() -> None:
    text = ("Ruritania and Freedonia resumed talks in Vienna and marked progress from a week "
            "ago, when the two met in Geneva. They failed to reach a deal.")
    rounds = {r.place: r for r in _primary(text).rounds}
    assert rounds["Geneva"].date == "2020-06-07" and rounds["Geneva"].outcome == "no_deal"
    assert rounds["Vienna"].date == "2020-06-14" and rounds["Vienna"].outcome == "progress"


def test_timeline_lists_dated_events_with_their_evidence() -> None:
    text = ("Ruritania and Freedonia met on Thursday. The war began in 2011. "
            "They will meet again next week after nine hours of talks.")
    _threads, timeline = _run(text)
    dates = {e.evidence.text: e.date for e in timeline}
    assert dates["on Thursday"] == "2020-06-11"
    assert dates["2011"] == "2011"
    assert dates["next week"] == "2020-06-21"
    assert "nine hours" not in dates  # durations are not events
    assert all(e.label for e in timeline)


def test_no_published_date_gives_no_relative_dates() -> None:
    text = "Ruritania and Freedonia met on Thursday for talks and signed a deal in 2019."
    _threads, timeline = _run(text, published=None)
    assert [e.date for e in timeline] == ["2019"]


def test_no_negotiation_no_thread() -> None:
    threads, _ = _run("The weather in Ruritania was fine and Freedonia won the football.")
    assert threads == ()


def test_title_weighs_more() -> None:
    text = ("Ruritania and Freedonia seal peace deal\n\n"
            "Officials from Ruritania and Freedonia spoke of talks and meetings and discussions.")
    primary = _primary(text)
    assert primary.status == "agreed"
    assert primary.status_evidence[0].start == 0  # the headline is the evidence


def test_seed_article_end_to_end() -> None:
    """The bundled seed: near agreement, the Geneva round failed about a week before."""
    from briefing.corpus import bundled_seeds, load_corpus
    from briefing.extract import analyse

    (document,) = load_corpus([bundled_seeds()]).documents
    briefing = analyse(document)
    primary = briefing.negotiations[0]
    assert primary.primary and primary.status == "near_agreement"
    geneva = next(r for r in primary.rounds if r.place == "Geneva")
    assert geneva.date == "2016-08-28" and geneva.outcome == "no_deal"
    assert [q.text for q in briefing.quotes][0] == "We’re not there yet,"
    assert {i.key for i in primary.issues} >= {"ceasefire", "joint_strikes"}
    assert not any(t.primary for t in briefing.negotiations[1:])


def test_keyed_lexicon_scan_finds_what_a_full_scan_finds() -> None:
    """The speed-up (patterns run only where their words occur) loses no match."""
    from briefing.extract.negotiations import scan as neg_scan
    from briefing.extract.negotiations import units as neg

    text = ("If the truce holds, talks resume. What happens if the ceasefires fail? Officials "
            "are close to a deal; the accord was signed and took effect. Sanctions relief, "
            "prisoners and hostages, a no-fly zone, the previous agreement in principle, "
            "remaining gaps, in an effort to end the war, so that aid flows, in the deal.")
    low = text.lower()
    spans = [(0, len(text), neg_scan.unit_keys(low, 0, len(text)))]
    for lexicon in (neg._STATUS, neg._ISSUES, neg._ISSUE_CUES, neg._FLAGS, neg._NEG_FLAGS):
        full = neg_scan.Lexicon(list(lexicon.patterns))
        # every pattern a candidate in every span (an attribute, not a replaced method:
        # the compiled build's classes have read-only methods)
        full.always = tuple(range(len(lexicon.patterns)))
        assert lexicon.scan(low, spans) == full.scan(low, spans)


def test_breaking_a_deadlock_is_not_a_stall_and_questions_weigh_less() -> None:
    text = ("Ruritania and Freedonia broke the deadlock in the talks. "
            "Have the talks stalled? Have they reached an impasse? Is there a deadlock?")
    assert _primary(text).status == "ongoing"


def test_agreement_with_nobody_at_the_table_is_no_thread() -> None:
    threads, _ = _run("The company said the marketing agreement covers its products.")
    assert threads == ()


def test_hyphenated_mediation_and_serving_as_facilitator() -> None:
    text = ("Ruritania and Freedonia accepted the Sylvania-mediated truce. "
            "Latveria will continue to serve as a facilitator as the parties implement the deal.")
    primary = _primary(text)
    assert set(primary.mediators) == {"sylvania", "latveria"}
    assert set(primary.parties) == {"ruritania", "freedonia"}


def test_commitments_conditions_and_purposes() -> None:
    text = ("Ruritania and Freedonia are nearing agreement on a deal. "
            "Both sides agreed to ensure safe navigation in the strait. "
            "The rebels would accept a deal if observers could guarantee it. "
            "Talks go on in an effort to halt the humanitarian crisis.")
    issues = {i.key: i.status for i in _primary(text).issues}
    assert issues["ceasefire"] == "agreed"  # "safe navigation": agreed to ensure
    assert issues["security_guarantees"] == "open"  # only "if" they guarantee it
    assert issues["humanitarian_aid"] == "objective"


def test_timeline_skips_quotes_questions_and_repeats() -> None:
    from briefing.model import Quote

    text = ("Ruritania and Freedonia met on May 27th for talks. The May 27 proposal was signed. "
            "Anna Berg said Sunday the deal was \"closer today than ever\". "
            "Speaking on Sunday, Anna Berg added that talks went on. Will they meet next week?")
    d = doc(text)
    times = find_times(d)
    start = text.index("closer today")
    quotes = (Quote(start, start + len("closer today than ever"), "closer today than ever"),)
    extra = (actor(text, "berg", "person", ["Anna Berg"], affiliation="ruritania"),)
    actors = tuple(actor(text, aid, "state", names) for aid, names in STATES.items()) + extra
    _threads, timeline = find_negotiations(d, actors, quotes, times)
    texts = [e.evidence.text for e in timeline]
    assert texts.count("May 27th") == 1 and "May 27" not in texts  # one event, cited once
    assert "today" not in texts  # inside the quote
    # Berg's Sunday: each report of what she said is dated (the same person is not the same
    # event), the same day written out again is not
    assert texts.count("Sunday") + texts.count("on Sunday") == 2
    assert "next week" not in texts  # asked, not asserted
