"""The state of one actor extraction (:class:`ActorRun`), its candidates (:class:`Cand`) and
the queries every pass shares."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain
from typing import Any

from briefing.extract.actors.scan import Entry, TokenHit, Tokens
from briefing.extract.lower_case_text import names_in_lower_case
from briefing.knowledge import (
    KnowledgeBase,
)
from briefing.model import Document, Mention

_SLUG = re.compile(r"[^a-z0-9][^a-z0-9]*")  # (led by a class: the engine skips to it)
TIER_ORDER = {"party": 0, "sub_actor": 1, "mentioned": 2}


def in_text_order(*groups: Iterable[Mention], unique: bool = False) -> tuple[Mention, ...]:
    """The mentions of ``groups`` together, in text order (by start; ties keep their order);
    ``unique``: each once (two actors merged may share mentions)."""
    joined = [m for group in groups for m in group]
    return tuple(sorted(set(joined) if unique else joined, key=_start))


def _start(mention: Mention) -> int:
    return mention.start


def slug(text: str) -> str:
    """An id from a name: lower case, runs of other characters as "_" ("actor" when empty)."""
    return _SLUG.sub("_", text.lower().translate(str.maketrans("’'.", "   "))).strip("_") \
        or "actor"


class Cand:
    """An actor under construction."""

    __slots__ = ("id", "name", "kind", "origin", "mentions", "refs", "aliases", "part_of",
                 "affiliation", "title", "former", "speaker", "score", "first", "rank",
                 "text_affiliation", "tier", "transcript", "discovered", "mediator", "offices")

    def __init__(self, actor_id: str, name: str, kind: str, origin: str = "kb") -> None:
        self.id, self.name, self.kind, self.origin = actor_id, name, kind, origin
        self.mentions: list[tuple[int, int, str, str]] = []  # start, end, role, rule
        self.refs: list[tuple[int, int, str, str]] = []
        self.aliases: list[str] = []
        self.part_of: str | None = None
        self.affiliation: str | None = None
        self.text_affiliation = False
        self.title: str | None = None
        self.former: list[str] = []
        self.speaker = 0
        self.score = 0.0
        self.first = 1 << 30
        self.rank = ""
        self.tier = "mentioned"
        self.transcript = False
        self.discovered = False
        self.mediator = False
        self.offices: list[str] = []  # every title the text gives (for office-holder links)

    def alias(self, form: str) -> None:
        """Add ``form`` (spaces normalised) to the aliases, once."""
        form = " ".join(form.split())
        if form and form not in self.aliases:
            self.aliases.append(form)


NAME_SUFFIXES = frozenset({"jr", "sr", "i", "ii", "iii", "iv", "v", "vi"})
# the calendar's names, lower case (a capitalised one is no name of a person, a town or a club)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})
# legal forms that close a firm's name, in the case they are written in ("Co", "AG", "plc"; the
# wire sometimes writes "corp", "inc" and "ltd" in lower case: "Acme Widget corp"), and the
# same forms as lower-case tokens (the index keys)
LEGAL_FORMS = frozenset({"Ltd", "Inc", "Corp", "Co", "PLC", "plc", "Plc", "LLC", "SA", "AG", "NV",
                         "BV", "GmbH", "SpA", "Limited", "corp", "inc", "ltd"})
LEGAL_FORM_KEYS = frozenset(x.lower() for x in LEGAL_FORMS)
LINKED = frozenset({"linked", "affiliated", "inspired", "aligned", "style", "allied"})
# Action nouns that are also verbs: after a plural agent noun they are the verb.
VERBISH = frozenset({"support", "control", "attack", "attacks", "strike", "strikes", "rule",
                     "plan", "plans", "withdrawal", "action", "account", "offensive", "assault",
                     "approach", "position", "talks", "ties", "activity"})


_SHORT_WORDS = 400  # a text of fewer words is short

KINDS = frozenset({"state", "person", "armed_group", "igo", "organization", "government",
                   "armed_forces", "population", "state_group", "other"})


class ActorRun:
    """The state of one actor extraction, shared by every pass: the tokens, which of them are
    taken, the hits, the candidates by id, the aliases learnt from the text (``local``), and
    the queries the passes share.  Every hit in ``hits`` has an actor."""

    def __init__(self, document: Document, kb: KnowledgeBase) -> None:
        self.doc = document
        self.kb = kb
        self.pub = document.published
        self.t = Tokens(document)
        if not self.t.upper_doc and names_in_lower_case(self.t, kb):
            self.t.read_as_capitals()
        self.taken = bytearray(self.t.n)
        self.hits: list[TokenHit] = []
        self.cands: dict[str, Cand] = {}
        self.w = kb.words
        self.local: dict[tuple[str, ...], list[Entry]] = {}
        # document.word_count < 400, without a string per word of a long transcript
        self.short = len(document.text.split(None, _SHORT_WORDS)) < _SHORT_WORDS
        # where a wire story's dateline ends ("WASHINGTON, March 25 -"): no name runs across it
        self.dateline_end = document.dateline.end if document.dateline else -1
        self.end_at: dict[int, TokenHit] | None = None  # hits by end token, during the titles pass
        self._index: dict[str, list[int]] | None = None
        self.prev_hit: TokenHit | None = None  # the previous gazetteer hit, while resolving
        self.titled_ids: set[str] = set()
        self.sports: frozenset[str] | None = None  # the sports a sport text is about (clubs.py)
        # (affiliation from "of STATE" in the title, office inside the title) while confirming
        self.title_ctx: tuple[str | None, str | None] | None = None

    def positions(self, words: Iterable[str]) -> list[int]:
        """Sorted token indices whose normalised form is one of ``words`` (index built once)."""
        if self._index is None:
            index: dict[str, list[int]] = {}
            for i, w in enumerate(self.t.norm):
                got = index.get(w)  # (setdefault would make a list per token)
                if got is None:
                    index[w] = [i]
                else:
                    got.append(i)
            self._index = index
        index = self._index
        # (the keys view intersected with the words iterates the words, in C: no copy of a
        # large word set into a new set per call)
        found = [index[w] for w in index.keys() & words]
        if not found:
            return []
        if len(found) == 1:
            return found[0]
        return sorted(chain.from_iterable(found))  # (in C: no generator per index)

    # ------------------------------------------------------------------ helpers
    def cand(self, actor_id: str, name: str | None = None, kind: str | None = None,
             origin: str = "kb") -> Cand:
        """The candidate ``actor_id``, created on first use (from the KB when it knows the id
        and no name is given)."""
        c = self.cands.get(actor_id)
        if c is None:
            ent = self.kb.get(actor_id)
            if ent is not None and name is None:
                name = self.kb.name_at(actor_id, self.pub)
                kind = ent["kind"]
                origin = "kb"
            c = Cand(actor_id, name or actor_id, kind or "other", origin)
            if ent is not None:
                c.part_of = ent.get("part_of")
            self.cands[actor_id] = c
        return c

    def fresh_id(self, base: str) -> str:
        """An id for a discovered actor named ``base`` that no KB entry already uses."""
        base = slug(base)
        if self.kb.get(base) is not None and base not in self.cands:
            return "x_" + base
        return base

    def claim(self, k: int, actor_id: str, ftype: str, rule: str) -> TokenHit:
        """Token ``k`` names ``actor_id`` (a one-word mention found by a rule, not by the
        gazetteer): its hit, with the possessive after it, added and marked taken."""
        t = self.t
        h = TokenHit(k, k + 1, ((actor_id, ftype, False, t.raw[k], None, None),), rule=rule)
        h.actor, h.ftype = actor_id, ftype
        h.possessive = t.possessive_after(k + 1) > 0
        self.hits.append(h)
        self.taken[k] = 1
        return h

    def state_of(self, actor_id: str | None) -> str | None:
        """The state an actor belongs to: itself, its part_of chain, or a person's affiliation."""
        seen = set()
        while actor_id and actor_id not in seen:
            seen.add(actor_id)
            ent = self.kb.get(actor_id)
            c = self.cands.get(actor_id)
            kind = c.kind if c else (ent["kind"] if ent else None)
            if kind == "state":
                return actor_id
            if kind == "person":
                actor_id = self.affiliation_of(actor_id)
                continue
            nxt = (c.part_of if c else None) or (ent.get("part_of") if ent else None) \
                or (ent.get("country") if ent else None)
            actor_id = nxt
        return None

    def affiliation_of(self, person_id: str) -> str | None:
        """A person's affiliation: from the text, else the KB role held at publication."""
        c = self.cands.get(person_id)
        if c and c.affiliation:
            return c.affiliation
        role = self.kb.role_at(person_id, self.pub)
        return role["of"] if role else None

    def sent_has(self, s: int, words: frozenset[str]) -> bool:
        """Whether sentence ``s`` has one of ``words``."""
        if s < 0 or s >= len(self.t.sent_spans):
            return False
        a = self.t.sent_tok[s]
        b = self.t.sent_tok[s + 1] if s + 1 < len(self.t.sent_tok) else self.t.n
        return not words.isdisjoint(self.t.norm[a:b])  # in C, not a generator per token

    # ------------------------------------------------------------------ 1. gazetteer

    def titled(self, i: int, strong: bool = False) -> bool:
        """Is token ``i`` preceded by a title ("President Putin")?  ``strong``: an office,
        not an honorific ("Mr Assad" may be anyone called Assad)."""
        t = self.t
        for length in range(1, 5):
            a = i - length
            if a < 0:
                break
            info = self.kb.titles.get(tuple(t.norm[a:i]))
            if info is not None and not (strong and info["rank"] == "honorific"):
                return True
        return False

    def kind_of(self, aid: str | None) -> str | None:
        """The kind of an actor (a candidate's, else the KB's), None when unknown."""
        if aid is None:
            return None  # as the KB answers for no id
        c = self.cands.get(aid)
        if c:
            return c.kind
        ent = self.kb.entities.get(aid)  # (kb.get, inlined: ~19,000 calls an articles/ pass)
        return ent["kind"] if ent else None

    def match_title(self, k: int) -> tuple[int, dict[str, Any]] | None:
        """The longest KB title starting at token ``k``: (the token after it, its KB entry)."""
        t = self.t
        longest = self.kb.title_first.get(t.norm[k])
        if not longest:
            return None
        for length in range(min(longest, t.n - k), 0, -1):
            info = self.kb.titles.get(tuple(t.norm[k:k + length]))
            if info is not None:
                # a capitalised title, or a lower-case one in running text
                return k + length, info
        return None

    def speech_in_clause(self, k: int) -> bool:
        """A speech verb later in the same sentence, past an apposition ("X, Y's union, said")."""
        t = self.t
        verbs = self.w("speech_verbs")
        for x in range(k, min(t.n, k + 14)):
            if t.norm[x] in (".", ";", "?", "!", "\n"):
                return False
            if t.norm[x] in verbs:
                return True
        return False

    def speech_near(self, after: int, before: int) -> bool:
        """A speech verb right after a phrase (skipping a relative clause) or right before it."""
        t = self.t
        verbs = self.w("speech_verbs")
        k = after
        if k < t.n and t.norm[k] in ("who", "which", ","):
            return before > 0 and t.norm[before - 1] in verbs
        for x in range(after, min(t.n, after + 3)):
            if t.norm[x] in verbs:
                return True
            if t.norm[x] in (".", ";", "?", "!"):
                break
        return before > 0 and t.norm[before - 1] in verbs
