"""The items of a primary thread whose sentences gave its agenda fewer than two, read last.

A negotiation always has at least what it is about on its agenda.  :mod:`.agenda` reads terms,
commitments and positions in the thread's sentences; when they give a primary thread fewer than
two items, :func:`fallback_items` adds, in turn: the deal a negotiation sentence names ("a new
three-year contract", :func:`deal_itself`); the figures its sentences state -- a wire story's
terms are its numbers (:func:`figure_terms`); when still nothing, the topic its talks are said
to be on (:func:`~briefing.extract.negotiations.talks_topic.topic_item`); and when none of them
reads anything ("the union went on strike at the mill", "the two leaders met before their
bilateral meeting"), the thread's deal noun -- the one its label already carries -- names the
item (:func:`deal_item`): a truce, a hostage deal or a prisoner exchange is its own topic, any
other deal or talks has its terms.  Counted in session 23 over the released gold sets: 19
primary threads had no item, and the gold primary of 18 of them holds an item none of ours
matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing.extract.gate import gated
from briefing.extract.negotiations import commitments as committed
from briefing.extract.negotiations import issue_lexicon as ilex
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.labels import (
    bare_label,
    deal_label,
    ends_cut,
    issue_label,
    item_label,
)
from briefing.extract.negotiations.state import TrackerState
from briefing.extract.negotiations.talks_topic import topic_item
from briefing.extract.negotiations.units import Unit
from briefing.model import Issue


def uncued_status(thread_status: str) -> str:
    """The status of an item no cue of its own gives one, in a thread of ``thread_status``."""
    # an agreed deal agrees its items; a deal that is only near does not make every item
    # provisionally agreed: an item without a cue of its own is open
    # ... and in talks that stalled or collapsed, what is on the table is what divides them
    return "agreed" if thread_status in lex.DEAL_MADE else \
        "contested" if thread_status in ("stalled", "collapsed") else "open"



def fallback_items(st: TrackerState, units: list[Unit], have: list[Issue], thread_status: str,
                   terms_anywhere: bool, status_units: Sequence[Unit] = (),
                   deal_noun: Callable[[], str] | None = None) -> list[Issue]:
    """The items of a primary thread (``have``: those its sentences ``units`` gave) with the
    fallbacks of the module docstring added.  ``terms_anywhere``: the text is no transcript,
    whose answers range over every file of the day (there the deal itself only when nothing
    else is found, and no figures).  The deal noun's item (``deal_noun``: the thread's, asked
    only when it is needed) takes its evidence from the first of ``status_units``, the body
    sentences that give the thread its status (else its negotiation sentences)."""
    default = uncued_status(thread_status)
    out = have
    if len(out) < 2 and (not out or terms_anywhere):
        # a primary thread with fewer than two items names the deal it is about as well
        deal = deal_itself(st, units, default)
        if deal and bare_label(deal[0].label) not in {bare_label(i.label) for i in out}:
            out = deal + out
    if terms_anywhere:
        out += figure_terms(st, units, out, default)
    if not out:  # no item at all: what its talks are on (see talks_topic)
        out = topic_item(st, units, default)
    if not out and status_units and deal_noun is not None:
        # no reader filled the agenda: the deal itself, by its noun
        at = status_units[0]
        key, label, status = deal_item(deal_noun(), thread_status)
        out = [Issue(key, label, status, (st.doc.span(at.start, at.end),))]
    return out


# a figure a thread's sentence states: an amount of money, a share or a rate ("a 120 pct pay
# raise", "48.6 mln dlrs", "$2 billion")
_FIGURE = gated(re.compile(
    r"(?:[$£€]\s?\d[\d.,]*(?:\s+(?:mln|bln|billion|million|trillion)\b)?|"
    r"\d[\d.,/-]*\s*(?:%|(?:pct|per\s+cent|percent)\b|(?:mln|bln|billion|million|"
    r"trillion)\s+(?:dlrs|dollars|pounds|stg|francs|marks|yen|euros?)\b|(?:dlrs|dollars|pounds|"
    r"stg|francs|marks|yen|euros?)\b))", re.IGNORECASE))
_MIN_OTHER = 2
# a figure that measures a market or an account ("shares rose 4.5%", "a trade surplus of 58
# billion dlrs", "inflation fell to 16.9 pct") reports; it is no term one side puts to another
_MEASURED = gated(re.compile(
    r"\b(?:rose|risen|rises|fell|fallen|falls|slump\w*|dropp?(?:ed|s)?|gain(?:ed|s)|climb\w*|"
    r"declin\w*|jump\w*|soar\w*|plung\w*|tumbl\w*|shot\s+up|total(?:l?ed|s|ing)|"
    r"amount(?:ed|s)\s+to|surplus|inflation|turnover|profits?|loss(?:es)?|assets|revenues?|"
    r"sales|earnings|estimates?|figures|record(?:ed)?|slid|closed|analysts?|average|"
    r"(?:were|was|is|are)\s+(?:up|down))\b", re.IGNORECASE))
# the words of a figure itself: a label of only these ("5.8 billion dlrs") says not what it is
_FIGURE_WORDS = frozenset(["pct", "percent", "per", "cent", "mln", "bln", "billion", "million",
                           "trillion", "dlrs", "dlr", "dollars", "pounds", "stg", "francs",
                           "marks", "yen", "euros", "euro", "a", "an", "to", "from", "of", "in",
                           "about", "some", "and", "or", "up", "by", "at", "over"])


def figure_terms(st: TrackerState, units: list[Unit], have: list[Issue],
                  status: str) -> list[Issue]:
    """``other`` items for a primary thread that has fewer than ``_MIN_OTHER`` of them: the
    figures its sentences state, first said first -- a wire story's terms are its numbers (the
    pay rise offered, the share tendered for, the sum rescheduled) -- each from a sentence no
    item holds yet, with the thread's own status for its items.  Not in a sentence dated long
    before publication (background), not a figure that measures a market or an account, nor
    one whose label names nothing but the figure."""
    room = _MIN_OTHER - sum(1 for i in have if i.key == "other")
    if room <= 0:
        return []
    used = {(sp.start, sp.end) for i in have for sp in i.evidence}
    labels = {bare_label(i.label) for i in have}
    out: list[Issue] = []
    for u in units:
        if len(out) >= room:
            break
        if u.is_title or u.asked or u.historical or (u.start, u.end) in used or not (
                u.negotiation or ilex.TERMS_LOWERED.found(u.text)):
            continue
        m = _FIGURE.search(st.text, u.start, u.end)
        if m is None or _MEASURED.search(st.text, u.start, u.end):
            continue
        label = issue_label(st.text, m.start(), m.end(), u.end, "other")
        figure = " ".join(m.group().lower().split())
        if any(figure in lab for lab in labels):
            continue  # the same figure said again ("the 3% limit", "the 3% ceiling"): one term
        if bare_label(label) in labels or not committed.readable(label, 3) or not any(
                w.isalpha() and w.lower() not in _FIGURE_WORDS for w in label.split()):
            continue
        labels.add(bare_label(label))
        out.append(Issue("other", label, status, (st.doc.span(u.start, u.end),)))
    return out


# the deal a thread is about, named in one of its sentences: "signed a five-year defence and
# economic agreement", "negotiating for a new contract"
# (gated: asked of every sentence of a primary thread with fewer than two items)
_DEAL_ITSELF = gated(re.compile(r"\b(?:a|an|the|its|their|his|her)\s+((?:(?!(?:of|the|a|an|in|on|to|"
                          r"for|with|by|at|from|or)\b)[\w-]+\s+){0,4}?(?:deal|"
                          r"agreement|accord|pact|treaty|contract|merger|settlement|truce|"
                          r"cease-?fire|takeover|buyout|rescheduling)s?)\b", re.IGNORECASE))


def deal_itself(st: TrackerState, units: list[Unit], status: str) -> list[Issue]:
    """The one item of a thread whose sentences name no term: the deal it is about, from the
    first of its negotiation sentences to name one ("a new three-year contract"), with the
    thread's own status for its items -- an analyst reads what the talks are about, and a
    negotiation always has at least that on its agenda."""
    for u in units:
        if u.is_title or not u.negotiation or u.asked:
            continue
        m = _DEAL_ITSELF.search(st.text, u.start, u.end)
        if m is None:
            continue
        label = deal_label(st.text, m.start(1), m.end(1), u.end)
        words = label.split()
        if len(words) >= 2 and words[-2].lower() == "to":
            # "deal to turn" (its object cut off): the deal's own words
            label = item_label(st.text, m.start(1), m.end(1), "other")
        if label and committed.readable(label, 2) and not ends_cut(label):
            return [Issue("other", label, status, (st.doc.span(u.start, u.end),))]
    return []


# the deal nouns that are a topic of their own (the gold keys of the format)
_TOPIC_NOUNS = {
    "ceasefire": ("ceasefire", "Ceasefire"), "cease-fire": ("ceasefire", "Ceasefire"),
    "truce": ("ceasefire", "Truce"), "armistice": ("ceasefire", "Armistice"),
    "cessation of hostilities": ("ceasefire", "Cessation of hostilities"),
    "hostage deal": ("hostage_release", "Hostage deal"),
    "prisoner exchange": ("prisoner_exchange", "Prisoner exchange"),
    "prisoner swap": ("prisoner_exchange", "Prisoner swap"),
}
# talks name no deal yet: what is negotiated is their agenda, not a deal's terms
_TALKS_NOUNS = frozenset({"talks", "negotiations"})


def deal_item(noun: str, thread_status: str) -> tuple[str, str, str]:
    """The key, label and status of the one item a thread with no other has: its deal noun
    (``noun``, lowercase, as :func:`tracker._deal_noun` says it) read as a topic or as the
    deal's terms, with the status the thread gives an item of no cue of its own
    (:func:`uncued_status`)."""
    status = uncued_status(thread_status)
    noun = " ".join(noun.lower().split())
    if noun in _TOPIC_NOUNS:
        key, label = _TOPIC_NOUNS[noun]
        return key, label, status
    if noun in _TALKS_NOUNS:
        return "other", "Terms under negotiation", status
    return "other", f"Terms of the {noun}", status
