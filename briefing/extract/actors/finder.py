"""Actor extraction: who is named in a document, as what, and how often.

:func:`extract` runs the passes, in order, over one :class:`~.base.ActorRun` (the document's
tokens from :mod:`.scan`, the hits, the candidates); each pass is a function of its module and
claims tokens so that later passes never double-count:

1. **gazetteer** (:mod:`.gazetteer`) – KB names, aliases, abbreviations (exact case),
   demonyms, dated names, capitals (only as metonyms: "Moscow said"), short forms (only once
   the full name occurs) and surnames;
2. **alias learning** (:mod:`.aliases`, then :mod:`.firms`, :mod:`.acronyms`) – "X,
   formerly/now/also known as Y", "X (ACR)": the unknown side becomes an alias of the known
   one, or both make a discovered organisation; firms and acronyms the KB lacks;
3. **anonymous sources** (:mod:`.sources`) – "a senior State Department official": a person
   actor without name mentions, affiliated through the possessor; "the official" becomes a
   reference;
4. **titles** (:mod:`.people`, :mod:`.relatives`) – [DEMONYM|STATE] TITLE Name ("Russian
   Foreign Minister Sergei Lavrov"): confirms KB people and their title, or discovers people
   the KB lacks with their affiliation; then their surnames are linked ("Lavrov");
5. **composition** (:mod:`.compose`) – possessor + agent noun: "Russian warplanes", "Assad's
   forces" → a sub-actor ``part_of`` the state; "U.S. military intervention" is an action, so
   nothing; non-state nouns ("Kurdish groups", "the moderate opposition") → generic actors;
   "Gulf states" → a group of states; sides described by their role (:mod:`.collectives`:
   "the creditor banks", "producing countries", "the employers");
6. **organisations** (:mod:`.compose`) – capitalised phrases with an organisation head ("High
   Negotiations Committee") the KB lacks, and their short form ("the Observatory"); then
   offices ("the President") and the coreference merges (:mod:`.coreference`); a firm or body
   the headline names and the body repeats and has act (:mod:`.headline_names`);
7. **roles and tiers** (:mod:`.tiers`) – "in Syria" / "Hangzhou, China" are places (role
   ``location``); each actor gets a salience from its actor-role mentions, weighted by
   negotiation/conflict vocabulary, speech verbs and the headline, and a tier: ``party``,
   ``sub_actor``, ``mentioned``; demotions (:mod:`.demote`): states named only in an
   enumeration of other pairs or examples, spokespeople who only report, and demonyms of one
   private person ("a Russian trader").

Only name mentions go in ``Actor.mentions``; descriptions go in ``Actor.references``.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.extract.actors.acronyms import acronyms
from briefing.extract.actors.administrations import administrations
from briefing.extract.actors.aliases import learn_aliases, scan_local
from briefing.extract.actors.bare_bodies import bare_bodies
from briefing.extract.actors.base import ActorRun, slug
from briefing.extract.actors.collectives import collectives
from briefing.extract.actors.compose import compose, rehome_bodies
from briefing.extract.actors.coreference import (
    list_affiliations,
    merge_generics,
    merge_people,
    offices,
)
from briefing.extract.actors.demote import private_demonyms
from briefing.extract.actors.families import families
from briefing.extract.actors.firm_short_names import kb_short_names
from briefing.extract.actors.firms import firms, union_locals
from briefing.extract.actors.gazetteer import gazetteer
from briefing.extract.actors.headline_names import headline_names
from briefing.extract.actors.home_bodies import home_bodies
from briefing.extract.actors.initials import merge_initialisms
from briefing.extract.actors.new_orgs import org_patterns, organisations
from briefing.extract.actors.nonactors import drop_non_actors
from briefing.extract.actors.office_letters import office_letters
from briefing.extract.actors.people import appositions, role_nouns, titles
from briefing.extract.actors.relatives import relative_appositions
from briefing.extract.actors.short_heads import scan_short_heads
from briefing.extract.actors.sources import anonymous
from briefing.extract.actors.state_forms import state_forms
from briefing.extract.actors.state_led_bodies import state_led_bodies
from briefing.extract.actors.tiers import collect, count_speakers, finish, roles, tiers
from briefing.extract.actors.title_bodies import title_bodies
from briefing.extract.actors.wives import wives
from briefing.extract.actors.workforce import workforce
from briefing.knowledge import KnowledgeBase, default_kb
from briefing.model import Actor, Document


def extract(document: Document, kb: KnowledgeBase) -> tuple[Actor, ...]:
    """The actors of ``document``: every pass in order over one :class:`ActorRun`."""
    run = ActorRun(document, kb)
    if run.t.n == 0:
        return ()
    gazetteer(run)
    wives(run)
    kb_short_names(run)
    learn_aliases(run)
    scan_local(run)
    org_patterns(run)
    firms(run)
    scan_local(run)
    office_letters(run)
    acronyms(run)
    scan_local(run)
    state_forms(run)
    home_bodies(run)
    anonymous(run)
    title_bodies(run)
    titles(run)
    scan_local(run, full_names_only=True)  # titled people's surnames before other rules
    role_nouns(run)
    appositions(run)
    relative_appositions(run)
    scan_local(run)
    families(run)
    rehome_bodies(run)
    administrations(run)
    compose(run)
    collectives(run)
    organisations(run)
    state_led_bodies(run)
    scan_short_heads(run)
    offices(run)
    bare_bodies(run)
    merge_people(run)
    headline_names(run)
    scan_local(run)
    list_affiliations(run)
    merge_generics(run)
    private_demonyms(run)
    union_locals(run)
    workforce(run)  # once every name is found: a named union takes "the union"
    roles(run)
    collect(run)
    count_speakers(run)
    tiers(run)
    found = finish(run)
    seats = frozenset(a.id for a in found if (kb.get(a.id) or {}).get("seat"))
    return merge_initialisms(drop_non_actors(found, run.t.text, seats), run.t.text)


def find_actors(document: Document, kb: object | None = None) -> tuple[Actor, ...]:
    """Actors named in ``document``, parties first (see the module docstring)."""
    knowledge = kb if isinstance(kb, KnowledgeBase) else default_kb()
    return extract(document, knowledge)


def names_in(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Actors by id (a convenience for later stages)."""
    return {a.id: a for a in actors}


__all__ = ["find_actors", "names_in", "slug"]
