"""A side's officials in a government's own text: at the table only when in the talks.

A government's remarks, statements and briefings name its officials and its partners' for the
day's many matters ("Secretary Roe spoke with the Defence Minister about the drills this
morning"). An official who acts for a side or a mediator of the primary negotiation is at the
table when the text has them in it -- quoted, in the headline, or named in a sentence about the
negotiation -- and *mentioned* otherwise: named for another matter (the visible gold: v27 seats
the Secretary of State who travels for the talks, and leaves the Secretary of Defense and his
counterpart, named for a call on deterrence, mentioned).

A head of state or government (a title of rank ``principal`` in the knowledge base, not a
deputy's) is left as the other rules seat them: the principal a statement speaks of or for.
Wire reports and news stories are left alone: the officials a dispatch names are mostly the
story's own actors.

A head of state or government or a minister whom the text names three times or more
(:func:`in_view`) is a principal of the story, wherever their office sits (a side, a secondary
thread, a state the text leaves away from the table): "President X" named through a statement
on a war the talks concern.  Gold seats 20 of the 31 such people the other rules left
*mentioned* on the released sets dev-blind22 (half A 10 of 14, half B 9 of 16, blind14 1 of 1;
all in White House texts: a wire report's protagonists are seated by the other rules already).

Counted on the released White House files (session 21, gold): a side's or mediator's named
officials other than heads -- 95 party, 101 mentioned in dev-blind19, 4 and 26 in blind20; heads
154 and 18, 12 and 2.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.extract.actors.role_marks import in_title
from briefing.extract.actors.talk_sentences import Sentences
from briefing.knowledge import KnowledgeBase, tokenize
from briefing.model import Actor

_DEPUTY = ("vice", "deputy", "acting", "assistant", "under")
IN_VIEW = 3  # name mentions that keep a head or a minister in the story's view


def ranks(actors: Iterable[Actor], kb: KnowledgeBase) -> dict[str, str]:
    """The rank in the knowledge base's titles of each person's title ("principal",
    "minister", "envoy", "official" ...), by id; a deputy's title has none here."""
    out: dict[str, str] = {}
    for a in actors:
        if a.kind != "person" or not a.title:
            continue
        words = tokenize(a.title.lower())
        info = kb.titles.get(words)
        if info is not None and words[0] not in _DEPUTY:
            out[a.id] = str(info.get("rank"))
    return out


def heads(actors: Iterable[Actor], kb: KnowledgeBase,
          ranked: dict[str, str] | None = None) -> frozenset[str]:
    """The ids of the people whose title is a head of state's or government's (rank
    ``principal`` in the knowledge base's titles; a vice-president or deputy is not);
    ``ranked``: :func:`ranks`, when already read."""
    ranked = ranks(actors, kb) if ranked is None else ranked
    return frozenset(pid for pid, rank in ranked.items() if rank == "principal")


def office_holders(actors: Iterable[Actor], kb: KnowledgeBase,
                   ranked: dict[str, str] | None = None) -> frozenset[str]:
    """The ids of the people whose title is a head's or a minister's (rank ``principal`` or
    ``minister``: "President", "Prime Minister", "Foreign Minister", "Secretary"; not a
    deputy's, nor a spokesperson's or an envoy's)."""
    ranked = ranks(actors, kb) if ranked is None else ranked
    return frozenset(pid for pid, rank in ranked.items() if rank in ("principal", "minister"))


def in_view(official: Actor, holders: frozenset[str]) -> bool:
    """Whether ``official`` holds a head's or a minister's office (``holders``,
    :func:`office_holders`) and the text names them :data:`IN_VIEW` times or more (by name,
    not as a place): a principal the story keeps in view."""
    return official.id in holders and sum(
        1 for m in official.mentions if m.role not in ("location", "affiliation")) >= IN_VIEW


def named_for_another_matter(official: Actor, home: str | None, table: set[str],
                             heads: frozenset[str], title_end: int, said: Sentences) -> bool:
    """Whether ``official``, who acts for ``home`` (a side or a mediator at the ``table``) and
    is no head (``heads``), is named in a government's text only for another matter: never in
    the headline (before ``title_end``) nor in a sentence about the negotiation (``said``).
    Quoted officials are not asked (the caller keeps them at the table)."""
    return home in table and official.id not in heads and bool(official.mentions) \
        and not in_title(official, title_end) and not said.negotiating(official)
