"""A primary thread whose agenda no reader filled has the deal itself as its one item, named by
the thread's deal noun (agenda_fallbacks.deal_item), through the public ``analyse`` API.  Every
text is invented."""

from __future__ import annotations

from _neg_fixtures import primary_thread

from briefing.extract.negotiations.agenda_fallbacks import deal_item
from briefing.extract.negotiations.labels import MAX_LABEL, ends_cut


def test_a_deal_noun_that_is_a_topic_keys_it() -> None:
    assert deal_item("truce", "implementing") == ("ceasefire", "Truce", "agreed")
    assert deal_item("Hostage  deal", "ongoing") == ("hostage_release", "Hostage deal", "open")
    assert deal_item("prisoner swap", "stalled")[:2] == ("prisoner_exchange", "Prisoner swap")


def test_any_other_deal_or_talks_has_its_terms() -> None:
    assert deal_item("agreement", "agreed") == ("other", "Terms of the agreement", "agreed")
    assert deal_item("talks", "collapsed") == ("other", "Terms under negotiation", "contested")
    assert deal_item("negotiations", "exploratory")[1:] == ("Terms under negotiation", "open")


def test_labels_are_complete_phrases() -> None:
    for noun in ("ceasefire", "cease-fire", "cessation of hostilities", "peace deal", "treaty",
                 "protocol", "accord", "pact", "deal", "talks", "negotiations"):
        label = deal_item(noun, "ongoing")[1]
        assert len(label) <= MAX_LABEL and not ends_cut(label), label


def test_talks_that_broke_down_with_no_term_named() -> None:
    n = primary_thread("Mill strike\n\nWorkers of the Ostrava Paper Mill went on strike today "
                       "after talks with the Kessler Group broke down, the union said.\n",
                       "2020-06-14")
    assert n is not None
    assert [(i.key, i.label, i.status) for i in n.issues] == [
        ("other", "Terms under negotiation", "contested")]
    assert n.issues[0].evidence


def test_a_deal_signed_with_no_term_named() -> None:
    n = primary_thread("Harbour deal\n\nThe Ostrava Port Authority and the Kessler Group signed "
                       "an agreement today, officials said. The agreement was welcomed by the "
                       "mayor.\n", "2020-06-14")
    assert n is not None
    assert [(i.key, i.label, i.status) for i in n.issues] == [
        ("other", "Terms of the agreement", "agreed")]


def test_a_thread_with_items_gets_no_deal_item() -> None:
    n = primary_thread("Truce holds\n\nThe truce between Latveria and Ruritania held for a third "
                       "day, officials in both capitals said. The truce was agreed last week.\n",
                       "2020-06-14")
    assert n is not None
    assert [i.key for i in n.issues] == ["ceasefire"]
    assert all(not i.label.startswith("Terms") for i in n.issues)
