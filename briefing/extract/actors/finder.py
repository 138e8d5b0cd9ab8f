"""Actor extraction (issue 3): who is named in a document, as what, and how often.

Passes over the document's tokens (:mod:`briefing.extract.actors.scan`), each claiming tokens so
that later passes never double-count:

1. **gazetteer** – KB names, aliases, abbreviations (exact case), demonyms, dated names, capitals
   (only as metonyms: "Moscow said"), short forms (only once the full name occurs) and surnames;
2. **alias learning** – "X, formerly/now/also known as Y", "X (ACR)": the unknown side becomes
   an alias of the known one, or both make a discovered organisation;
3. **anonymous sources** – "a senior State Department official": a person actor without name
   mentions, affiliated through the possessor; "the official" becomes a reference;
4. **titles** – [DEMONYM|STATE] TITLE Name ("Russian Foreign Minister Sergei Lavrov"): confirms
   KB people and their title, or discovers people the KB lacks with their affiliation;
   then their surnames are linked ("Lavrov");
5. **composition** – possessor + agent noun: "Russian warplanes", "Assad's forces" → a sub-actor
   ``part_of`` the state; "U.S. military intervention" is an action, so nothing; non-state
   nouns ("Kurdish groups", "the moderate opposition") → generic actors; "Gulf states" →
   a group of states;
6. **organisations** – capitalised phrases with an organisation head ("High Negotiations
   Committee") the KB lacks, and their short form ("the Observatory");
7. **roles and tiers** – "in Syria" / "Hangzhou, China" are places (role ``location``);
   each actor gets a salience from its actor-role mentions, weighted by negotiation/conflict
   vocabulary, speech verbs and the headline, and a tier: ``party``, ``sub_actor``, ``mentioned``;
   demotions (``actor_demote``): states named only in an enumeration of other pairs or examples,
   spokespeople who only report, and demonyms of one private person ("a Russian trader").

Only name mentions go in ``Actor.mentions``; descriptions go in ``Actor.references``.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.extract.actors.acronyms import AcronymPass
from briefing.extract.actors.aliases import AliasPass
from briefing.extract.actors.base import RunBase, slug
from briefing.extract.actors.compose import CompositionPass
from briefing.extract.actors.demote import DemotePass
from briefing.extract.actors.firms import FirmPass
from briefing.extract.actors.people import PeoplePass
from briefing.extract.actors.relatives import RelativePass
from briefing.extract.actors.tiers import TierPass
from briefing.knowledge import KnowledgeBase, default_kb
from briefing.model import Actor, Document


class _Run(AliasPass, FirmPass, AcronymPass, PeoplePass, RelativePass, CompositionPass, DemotePass, TierPass, RunBase):
    """One extraction: the shared state (:class:`RunBase`) and every pass (the mixins)."""


def extract(document: Document, kb: KnowledgeBase) -> tuple[Actor, ...]:
    run = _Run(document, kb)
    if run.t.n == 0:
        return ()
    run.gazetteer()
    run.learn_aliases()
    run.scan_local()
    run.org_patterns()
    run.firms()
    run.scan_local()
    run.acronyms()
    run.scan_local()
    run.anonymous()
    run.titles()
    run.role_nouns()
    run.appositions()
    run.relative_appositions()
    run.scan_local()
    run.rehome_bodies()
    run.compose()
    run.organisations()
    run.scan_short_heads()
    run.offices()
    run.merge_people()
    run.list_affiliations()
    run.merge_generics()
    run.private_demonyms()
    run.roles()
    run.collect()
    run.speakers()
    run.tiers()
    return run.finish()


def find_actors(document: Document, kb: object | None = None) -> tuple[Actor, ...]:
    """Actors named in ``document``, parties first (see the module docstring)."""
    knowledge = kb if isinstance(kb, KnowledgeBase) else default_kb()
    return extract(document, knowledge)


def names_in(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Actors by id (a convenience for later stages)."""
    return {a.id: a for a in actors}


__all__ = ["find_actors", "names_in", "slug"]
