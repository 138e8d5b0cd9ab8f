"""The one item of a primary thread whose agenda no reader filled: the deal itself, by its noun.

A negotiation always has at least what it is about on its agenda.  :mod:`.agenda` finds terms,
commitments, the deal a sentence names and the topic its talks are said to be on; when none of
them reads anything ("the union went on strike at the mill", "the two leaders met before their
bilateral meeting") the thread's deal noun -- the one its label already carries -- names the
item: a truce, a hostage deal or a prisoner exchange is its own topic, any other deal or talks
has its terms.  Counted in session 23 over the released gold sets: 19 primary threads had no
item, and the gold primary of 18 of them holds an item none of ours matched.
"""

from __future__ import annotations

from briefing.extract.negotiations.agenda import uncued_status

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
    (:func:`.agenda.uncued_status`)."""
    status = uncued_status(thread_status)
    noun = " ".join(noun.lower().split())
    if noun in _TOPIC_NOUNS:
        key, label = _TOPIC_NOUNS[noun]
        return key, label, status
    if noun in _TALKS_NOUNS:
        return "other", "Terms under negotiation", status
    return "other", f"Terms of the {noun}", status
