"""One actor's tier once the primary negotiation's table is known: the rules of the role pass
(:func:`.roles.revise_tiers`) that read a single actor, in the order they apply.

:class:`TableView` is what they read of the document (the table, the sides of other threads,
who speaks, who the role pass already moved away).  :func:`by_role` is the first chain, its
rules exclusive and in order: the user's tier, a reporter, a side, a voice, a signatory, one
acting beside a side, one acting for someone away from the table.  :func:`as_principal` then
seats whom that chain left *mentioned* as a principal (a head or minister kept in view, the
title's own, a side of another thread or its office-holder) and moves away a figure of history
or a roundup's voice.  The evidence for each rule is in :mod:`.roles`' docstring.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import dataclass, replace

from briefing.extract.actors.forums import is_forum
from briefing.extract.actors.role_marks import (
    NEGOTIATOR,
    SPOKESPERSON,
    first_name_only,
    in_title,
    interviewer,
    named_former,
    only_qualifies,
    silent_spokesperson,
)
from briefing.extract.actors.side_officials import in_view, named_for_another_matter
from briefing.extract.actors.talk_sentences import Sentences, named_spans
from briefing.extract.actors.voices_heard import heard_spokesperson
from briefing.extract.actors.voices_heard import speaks as voice_speaks
from briefing.extract.gate import gated
from briefing.model import Actor

_OFTEN = 3  # actor mentions that make an actor a protagonist whatever the sentences say

# a sentence set in the distant past: "eight decades ago", "60 years ago", "the 60th
# anniversary of", "hark back to 1994"
_DISTANT_PAST = gated(re.compile(r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                                 r"several|many)\s+(?:decades|centuries)|\d{2,}\s+years)\s+ago\b|"
                                 r"\b\d+(?:st|nd|rd|th)\s+anniversary\b|"
                                 r"\bback\s+(?:to|in)\s+(?:1[89]|20)\d\d\b", re.IGNORECASE))


def of_the_past(actor: Actor, said: Sentences) -> bool:
    """Every name mention of ``actor`` is in a sentence set in the distant past (a meeting
    "eight decades ago", "the 60th anniversary of X's speech"): a figure of history."""
    return bool(actor.mentions) and all(
        _DISTANT_PAST.search(said.of(m.start, m.end)) for m in actor.mentions)


def voice_elsewhere(home: Actor | None, table: Set[str], demoted: Set[str]) -> bool:
    """Whether a person's state or organisation is one the text keeps away from the table (a
    relief agency, an analyst's firm, a state welcoming others' talks: left *mentioned*, no
    side or mediator): the person speaks for it, not in the negotiation."""
    return home is not None and (home.tier == "mentioned" or home.id in demoted) \
        and home.id not in table


@dataclass(frozen=True)
class TableView:
    """What the per-actor rules read: the document (``text``, ``said``, ``verbs``,
    ``title_end``, whether it is a ``government``'s own or a press ``briefing``), the actors
    (``actors``, ``by_id``; ``root``: the actor an id is part of), the primary's ``table``
    (sides and mediators), the sides of other threads (``elsewhere``), those quoted
    (``speakers``), those the role pass moved away (``demoted``) and a roundup's ``voices``,
    the title's principals (``headline``), a signature block's names (``signatures``), where
    the table is named (``table_at``), and the sets of :class:`.roles.Reading`."""

    text: str
    said: Sentences
    actors: tuple[Actor, ...]
    by_id: dict[str, Actor]
    root: Callable[[str | None], str | None]
    table: set[str]
    elsewhere: set[str]
    speakers: set[str]
    demoted: set[str]
    voices: Set[str]
    headline: frozenset[str]
    signatures: set[tuple[int, int]]
    table_at: list[int]
    briefing: bool
    verbs: frozenset[str]
    title_end: int
    government: bool
    protected: frozenset[str]
    reporters: frozenset[str]
    unions: frozenset[str]
    former: frozenset[str]
    heads: frozenset[str]
    principals: frozenset[str]


def retiered(a: Actor, v: TableView) -> Actor:
    """``a`` with the tier the rules give it: its role, then as a principal."""
    tier = as_principal(a, by_role(a, v), v)
    return a if tier == a.tier else replace(a, tier=tier)


def _spokesperson(a: Actor) -> bool:
    return bool(a.title and SPOKESPERSON.search(a.title))


def _speaks_elsewhere(a: Actor, v: TableView) -> bool:
    return bool(a.affiliation and voice_elsewhere(v.by_id.get(a.affiliation), v.table,
                                                  v.demoted))


def _speaks(a: Actor, v: TableView) -> bool:
    """Quoted, or the subject of a verb of speaking."""
    return a.id in v.speakers or voice_speaks(a, text=v.text, verbs=v.verbs)


def by_role(a: Actor, v: TableView) -> str:
    """The tier ``a``'s role gives: the first rule that applies decides."""
    tier, said = a.tier, v.said
    if a.id in v.protected:
        return tier
    if a.id in v.reporters:
        return "mentioned"  # reports the talks, never sits at them
    if a.id in v.table and tier == "mentioned" and a.kind != "person" \
            and (a.mentions or named_spans(a)):
        return "party"  # a side or a mediator of the primary negotiation sits at the table
    if tier == "mentioned" and not a.mentions and a.references \
            and all(r.rule == "collective" for r in a.references):
        return "party"  # a side described by its role: made only where it acts in the talks
    if a.id in v.unions and tier == "party" and said.labour(a):
        return tier  # a union named in a sentence of a labour dispute stays a side
    if a.kind not in ("person", "population") and a.mentions \
            and (tier == "mentioned" or a.id in v.demoted) and not is_forum(a) \
            and not interviewer(a, v.text) and said.takes_position(a):
        return "party"  # takes a position at the table ("A and B are opposed to it")
    if a.id in v.demoted:
        return "mentioned"
    if a.kind == "organization" and tier == "mentioned":
        return _organisation(a, v)
    if a.kind == "person" and tier == "mentioned":
        return _person_heard(a, v)
    if tier == "mentioned" and a.title and heard_spokesperson(a, v.text, v.verbs, v.speakers) \
            and not _speaks_elsewhere(a, v):
        return "party"  # a spokesperson heard in the story: the voice of a side
    if a.kind == "person" and tier == "party" and a.id not in v.speakers:
        return "mentioned" if _person_away(a, v) else tier
    if tier == "sub_actor" and v.root(a.part_of) in v.demoted:
        return "mentioned"
    return tier


def _organisation(a: Actor, v: TableView) -> str:
    """A firm or union left *mentioned*: seated when named often, or quoted, in the dispute's
    words; else as a spokesperson heard."""
    if len(named_spans(a)) >= _OFTEN and v.said.negotiating(a) and not is_forum(a):
        return "party"  # a firm or union the text keeps naming, in the dispute's words
    if a.id in v.speakers and v.said.negotiating(a):
        return "party"  # a body quoted, named in the dispute's words ("the group said")
    if a.title and heard_spokesperson(a, v.text, v.verbs, v.speakers) \
            and not _speaks_elsewhere(a, v):
        return "party"  # a spokesperson heard in the story: the voice of a side
    return a.tier


def _person_heard(a: Actor, v: TableView) -> str:
    """A person left *mentioned*: seated when they sign, act beside a side, speak for one, speak
    for nobody placed elsewhere, act for a side in the negotiation, or speak of it."""
    said, text, root, table = v.said, v.text, v.root, v.table
    if a.mentions and any((m.start, m.end) in v.signatures for m in a.mentions) and not (
            a.affiliation and root(a.affiliation) not in table):
        return "party"  # signs the agreement (a signature block), for nobody elsewhere
    if a.mentions and not v.briefing and said.acts_beside(a, v.table_at, v.verbs) \
            and not named_former(a, text) and not _spokesperson(a) \
            and not _speaks_elsewhere(a, v):
        return "party"  # acts in a sentence that names a side ("X met Finance Minister Y")
    if a.id in v.speakers and a.affiliation and root(a.affiliation) in table:
        return "party"  # quoted, and speaking for a side or a mediator
    if not a.affiliation and a.mentions and _speaks(a, v) and not named_former(a, text) \
            and not _spokesperson(a):
        return "party"  # speaks in the story, for nobody the text places elsewhere
    if a.mentions and a.affiliation and root(a.affiliation) in table and (
            said.negotiating(a) or (a.title is not None
                                    and NEGOTIATOR.search(a.title) is not None)):
        return "party"  # acting for a side or a mediator in the negotiation
    if _speaks(a, v) and said.negotiating(a) and not named_former(a, text) and not voice_elsewhere(
            v.by_id.get(a.affiliation or ""), table, v.demoted) and not _spokesperson(a):
        return "party"  # a voice of the negotiation: speaks in a sentence about it
    if a.title and heard_spokesperson(a, text, v.verbs, v.speakers) \
            and not _speaks_elsewhere(a, v):
        return "party"  # a spokesperson heard in the story: the voice of a side
    return a.tier


def _person_away(a: Actor, v: TableView) -> bool:
    """Whether a seated person who is not quoted acts for someone away from the table, is a
    side's official named for another matter, out of office, known only to the knowledge base
    or a silent spokesperson."""
    said, home = v.said, v.root(a.affiliation)
    # one the text names and places with nobody (no affiliation) may be a side's own voice the
    # text never ties to it ("Deputy Foreign Minister X"): kept; gold seats 13 of the 22 this
    # moved on the released sets, each half alike
    if (home is not None or not a.mentions) and home not in v.table \
            and not in_title(a, v.title_end) and not said.negotiating(a) and not (
                home in v.by_id and said.in_conflict(v.by_id[home])):
        return True  # acts for someone away from the table, not in the talks
    if v.government and named_for_another_matter(a, home, v.table, v.heads, v.title_end, said):
        return True  # a side's official named for another matter
    return named_former(a, v.text) or (home is not None and home in v.demoted) or (
        a.origin == "kb" and not a.mentions) or silent_spokesperson(a, v.text)


def as_principal(a: Actor, tier: str, v: TableView) -> str:
    """``tier`` (what :func:`by_role` gave) as principals and figures of history correct it."""
    said, text = v.said, v.text
    if a.kind == "person" and tier == "party" and a.id not in v.protected \
            and a.id not in v.speakers and a.id not in v.table \
            and (a.id in v.former or of_the_past(a, said) or first_name_only(a)):
        # a figure of history the text recalls, not at today's table; one it calls by a
        # given name alone ("Karine said"), a familiar, not a principal
        tier = "mentioned"
    if a.id in v.voices:
        return "mentioned"
    if tier != "mentioned" or a.id in v.protected or a.id in v.reporters:
        return tier
    if in_view(a, v.principals) and a.id not in v.former and not named_former(a, text) \
            and not of_the_past(a, said):
        return "party"  # a head or a minister the story keeps naming: a principal
    if a.id in v.headline:
        return "party"  # the title names them: a principal of the story
    if a.id in v.elsewhere and a.id not in v.former and named_spans(a) and not is_forum(a) \
            and not named_former(a, text) and not only_qualifies(a):
        return "party"  # a side of another negotiation the story reports: a protagonist
    if a.kind == "person" and a.title and a.mentions \
            and v.root(a.affiliation) in v.elsewhere - v.table and a.id not in v.former \
            and not named_former(a, text) and not of_the_past(a, said) \
            and not SPOKESPERSON.search(a.title):
        return "party"  # an office-holder of such a side: its principal
    return tier
