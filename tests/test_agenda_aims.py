"""What talks named with the other side aim at is their agenda (open), and a label stops
before the clause after it with that clause's adverbs (invented sentences only)."""

from __future__ import annotations

from _neg_fixtures import primary_thread

from briefing.extract.negotiations.labels import issue_label
from briefing.model import Negotiation


def _primary(text: str) -> Negotiation:
    return primary_thread(text, "2020-06-14")


def _label(text: str, trigger: str, key: str) -> str:
    start = text.index(trigger)
    return issue_label(text, start, start + len(trigger), len(text), key)


def test_talks_with_the_other_side_aimed_at_an_end_leave_it_open() -> None:
    n = _primary("Fishing talks\n\nNorway is holding talks with Chile aimed at reopening the "
                 "southern fishing grounds to its trawlers, officials said.\n")
    item = next(i for i in n.issues if i.label.lower().startswith("reopening"))
    # what the talks themselves seek is on their agenda, open until agreed; not an
    # objective beyond them
    assert item.status == "open"


def test_an_effort_aimed_at_an_end_is_still_an_objective() -> None:
    n = _primary("Fishing talks\n\nNorway and Chile held talks today. The talks backed efforts with "
                 "the coast guard aimed at ending illegal trawling in the south.\n")
    item = next(i for i in n.issues if i.label.lower().startswith("ending"))
    assert item.status == "objective"


def test_a_label_drops_the_adverb_of_the_clause_after_it() -> None:
    text = "The strike is delaying grain exports badly needed to earn hard currency."
    assert _label(text, "grain exports", "trade") == "Trade: grain exports"
    text = "She praised the calm since the armistice first took hold in the hills."
    assert _label(text, "armistice", "ceasefire") == "Armistice"
    text = "Talks aimed at ending the three-week bus strike collapsed today, a union said."
    assert _label(text, "ending", "other") == "Ending the three-week bus strike"


def test_a_label_keeps_nouns_in_ly_and_in_men() -> None:
    text = "They discussed the gas supply needed for the winter."
    assert _label(text, "gas supply", "trade") == "Trade: gas supply"
    text = "The owners reached a pay deal with the striking seamen late yesterday."
    assert _label(text, "pay deal", "other") == "Pay deal with the striking seamen"


def test_talks_to_restore_a_term_leave_it_open() -> None:
    n = _primary("Cocoa talks\n\nTalks to restore export quotas between growers and buyers "
                 "resumed in Geneva today.\n")
    quotas = next(i for i in n.issues if i.label.lower().startswith("export quotas"))
    # an infinitive of purpose right after the talks names what they negotiate
    assert quotas.status == "open"
