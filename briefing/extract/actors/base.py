"""Shared state of one actor extraction: candidates, helpers and the gazetteer pass."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.extract.actors.scan import Hit, Tokens, mark, scan
from briefing.knowledge import (
    ABBREV,
    CAPITAL,
    DEMONYM,
    DEMONYM_PL,
    EXCLUDE,
    FORMER,
    NAME,
    SHORT,
    SURNAME,
    KnowledgeBase,
    date_ok,
)
from briefing.model import Document

_FTYPE_RANK = {NAME: 0, FORMER: 0, ABBREV: 1, DEMONYM: 2, DEMONYM_PL: 2, SHORT: 3,
               SURNAME: 4, CAPITAL: 5}
_SLUG = re.compile(r"[^a-z0-9]+")
_TIER_ORDER = {"party": 0, "sub_actor": 1, "mentioned": 2}


def slug(text: str) -> str:
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
        form = " ".join(form.split())
        if form and form not in self.aliases:
            self.aliases.append(form)


_SUFFIXES = frozenset({"jr", "sr", "i", "ii", "iii", "iv", "v", "vi"})
_LINKED = frozenset({"linked", "affiliated", "inspired", "aligned", "style", "allied"})
# Action nouns that are also verbs: after a plural agent noun they are the verb.
_VERBISH = frozenset({"support", "control", "attack", "attacks", "strike", "strikes", "rule",
                      "plan", "plans", "withdrawal", "action", "account", "offensive", "assault",
                      "approach", "position", "talks", "ties", "activity"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                     "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_DAY_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                        "ten", "eleven", "twelve", "first", "second", "third", "fourth", "fifth"})
# Acronyms that are ordinary words when a whole line is in capitals.
_CAPS_WORDS = frozenset({"is", "it", "in", "on", "at", "as", "an", "or", "so", "no", "am", "be",
                         "we", "he", "me", "do", "to", "of", "by", "up", "if", "its", "was",
                         "all", "are", "can", "may", "new", "who", "aid", "end", "war", "pay"})
_KINDS = frozenset({"state", "person", "armed_group", "igo", "organization", "government",
                    "armed_forces", "population", "state_group", "other"})



class RunBase:
    """State of one extraction and the gazetteer pass (the other passes are mixins)."""
    """State of one extraction."""

    def __init__(self, document: Document, kb: KnowledgeBase) -> None:
        self.doc = document
        self.kb = kb
        self.pub = document.published
        self.t = Tokens(document)
        self.taken = bytearray(self.t.n)
        self.hits: list[Hit] = []
        self.cands: dict[str, Cand] = {}
        self.w = kb.words
        self.local: dict[tuple[str, ...], list[tuple]] = {}
        self.short = document.word_count < 400
        self._end_at: dict[int, Hit] | None = None  # hits by end token, during the titles pass
        self._index: dict[str, list[int]] | None = None
        self._prev: Hit | None = None  # the previous gazetteer hit, while resolving
        self._titled_ids: set[str] = set()
        # (affiliation from "of STATE" in the title, office inside the title) while confirming
        self._title_ctx: tuple[str | None, str | None] | None = None

    def positions(self, words: Iterable[str]) -> list[int]:
        """Sorted token indices whose normalised form is one of ``words`` (index built once)."""
        if self._index is None:
            index: dict[str, list[int]] = {}
            for i, w in enumerate(self.t.norm):
                index.setdefault(w, []).append(i)
            self._index = index
        index = self._index
        found = [index[w] for w in set(words) & index.keys()]
        if not found:
            return []
        if len(found) == 1:
            return found[0]
        return sorted(i for group in found for i in group)

    # ------------------------------------------------------------------ helpers
    def cand(self, actor_id: str, name: str | None = None, kind: str | None = None,
             origin: str = "kb") -> Cand:
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
        base = slug(base)
        if self.kb.get(base) is not None and base not in self.cands:
            return "x_" + base
        return base

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
        c = self.cands.get(person_id)
        if c and c.affiliation:
            return c.affiliation
        role = self.kb.role_at(person_id, self.pub)
        return role["of"] if role else None

    def sent_has(self, s: int, words: frozenset[str]) -> bool:
        if s < 0 or s >= len(self.t.sent_spans):
            return False
        a = self.t.sent_tok[s]
        b = self.t.sent_tok[s + 1] if s + 1 < len(self.t.sent_tok) else self.t.n
        norm = self.t.norm
        return any(norm[k] in words for k in range(a, b))

    # ------------------------------------------------------------------ 1. gazetteer
    def gazetteer(self) -> None:
        hits = scan(self.t, self.kb.gazetteer, self.kb.first)
        # which actors have an unambiguous full name in the text (to resolve the rest)
        full: dict[str, int] = {}
        for h in hits:
            ids = {e[0] for e in h.entries}
            if len(ids) == 1 and h.entries[0][1] in (NAME, ABBREV, FORMER):
                full[h.entries[0][0]] = full.get(h.entries[0][0], 0) + 1
        # people whose surname is titled somewhere ("Mrs May", "President Chun")
        self._titled_ids = {e[0] for h in hits if h.j - h.i == 1
                            and any(x[1] == SURNAME for x in h.entries) and self.titled(h.i)
                            for e in h.entries if e[1] == SURNAME}
        self._prev: Hit | None = None
        self.other_first_names(hits)
        for h in hits:
            if h.actor is None:
                self.resolve(h, full)
            self._prev = h
        self.drop_surname_states(hits)
        self.drop_noise(hits)
        # an excluded phrase ("Northern Ireland") claims its tokens but names nobody
        mark(self.taken, [h for h in hits if h.rule == "exclude"])
        self.hits = [h for h in hits if h.actor]
        mark(self.taken, self.hits)
        self.north_south()

    def north_south(self) -> None:
        """"the North", "the South": the two halves of a divided country, once the text names
        both ("North Korea" and "South Korea")."""
        halves: dict[str, dict[str, str]] = {}
        for aid in {h.actor for h in self.hits if h.actor}:
            ent = self.kb.get(aid)
            if not ent or ent["kind"] != "state":
                continue
            for name in (ent["name"], *ent.get("aliases", ())):
                side, _, rest = name.partition(" ")
                if side in ("North", "South") and rest:
                    halves.setdefault(rest, {})[side.lower()] = aid
        pairs = [v for v in halves.values() if len(v) == 2]
        if len(pairs) != 1:
            return
        sides = pairs[0]
        t = self.t
        for k in self.positions(("north", "south")):
            if not t.caps[k] or t.raw[k].isupper() or self.taken[k] or k == 0 \
                    or t.norm[k - 1] != "the":
                continue
            if k + 1 < t.n and (t.caps[k + 1] or t.raw[k + 1] == "-") \
                    and not t.line_start[k + 1]:
                continue  # "the North Atlantic", "the South-East"
            aid = sides[t.norm[k]]
            h = Hit(k, k + 1, ((aid, NAME, False, t.raw[k], None, None),), rule="metonym")
            h.actor, h.ftype = aid, NAME
            h.possessive = t.possessive_after(k + 1) > 0
            self.hits.append(h)
            self.taken[k] = 1

    def resolve(self, h: Hit, full: dict[str, int]) -> None:
        t = self.t
        best = None
        entries = h.entries
        if any(e[1] == EXCLUDE for e in entries):
            real = tuple(e for e in entries if e[1] != EXCLUDE)
            if not real or len(h.entries) == len(real):
                h.actor = None
                h.rule = "exclude"
                return
            entries = real
        for e in entries:
            aid, ftype = e[0], e[1]
            ent = self.kb.get(aid)
            if ent is None:
                continue
            dated = e[4] is not None or e[5] is not None
            exists = ent.get("exists") or (None, None)
            score = [0 if date_ok(self.pub, exists[0], exists[1]) else 1,
                     0 if aid in full else 1, _FTYPE_RANK.get(ftype, 9),
                     1 if dated and not date_ok(self.pub, e[4], e[5]) else 0,
                     1 if dated and ent["kind"] == "state" else 0]
            if ent["kind"] == "person":
                score.append(0 if self.kb.role_at(aid, self.pub) else 1)
            else:
                score.append(0)
            if best is None or score < best[0]:
                best = (score, e)
        if best is None:
            return
        e = best[1]
        h.entries = entries
        aid, ftype = e[0], e[1]
        ent = self.kb.get(aid)
        if ftype == SHORT and aid not in full:
            return
        if ftype == SURNAME:
            if (ent.get("common_surname") or ent.get("shared_surname")) and aid not in full \
                    and aid not in self._titled_ids:
                # "May" the month, "The Hague": a colliding surname needs the full name or a
                # title + surname somewhere in the document
                return
            if len({x[0] for x in h.entries if x[1] == SURNAME}) > 1 and aid not in full:
                # two KB people share the surname and neither is named in full: keep only
                # when exactly one of them holds a role at the document's date
                active = [x[0] for x in h.entries if x[1] == SURNAME
                          and self.kb.role_at(x[0], self.pub)]
                if len(active) != 1:
                    return
                aid = active[0]
            elif aid not in full and not self.titled(h.i) and (
                    not self.pub_role(aid) or t.norm[h.i] in self.w("name_stop")) and not (
                    aid in self._titled_ids and not self.temporal(h)):
                return  # "May", "Brown" alone: only with a title, the full name or in office
            if t.norm[h.i] in _MONTHS and self.temporal(h):
                return  # "in May", "May 4": the month
            self.extend_first_name(h, aid)
        if ftype == CAPITAL and not self.metonym(h):
            return
        if ftype in (DEMONYM, DEMONYM_PL) and aid in self.w("people_demonym_states"):
            # "the Palestinians", "Palestinian prisoners": the people (a KB fact per state)
            aid = self.population(aid, self.plural_name(aid))
            ftype = NAME
        elif ftype == DEMONYM_PL and not (h.i > 0 and t.norm[h.i - 1] == "the"):
            # "millions of Syrians": the people, not the state
            state = aid
            aid = self.population(state, t.span_text(h.i, h.j))
            ftype = NAME
        if ftype == DEMONYM and h.i > 0 and t.norm[h.i - 1] in ("a", "an") and (
                h.j >= t.n or t.norm[h.j] in ("who", "whose", ",", ".", "and", "was", "is")):
            return  # "an Israeli who has served": a person, not the state
        h.actor, h.ftype = aid, ftype

    def drop_surname_states(self, hits: list[Hit]) -> None:
        """"Steve Holland", "Michael Jordan": a one-word state name right after a capitalised
        word that is no actor, title or sentence start is a person's surname."""
        t = self.t
        covered = {k for h in hits if h.actor for k in range(h.i, h.j)}
        firsts = set(t.sent_tok)
        stop = self.w("name_stop")
        for h in hits:
            if not h.actor or h.j - h.i != 1 or h.ftype not in (NAME, SHORT):
                continue
            if self.kind_of(h.actor) != "state":
                continue
            p = h.i - 1
            if p < 0 or p in covered or p in firsts or not t.cap(p) or t.raw[p].isupper():
                continue
            if t.norm[p] in stop or self.kb.titles.get((t.norm[p],)) is not None \
                    or t.line_start[h.i] or t.glued(h.i):
                continue
            h.actor = None

    def temporal(self, h: Hit) -> bool:
        """A month-like word used as a date: "in May", "since May", "May 4", "May 2017"."""
        t = self.t
        prev = t.norm[h.i - 1] if h.i > 0 else ""
        nxt = t.raw[h.j] if h.j < t.n else ""
        return prev in ("in", "on", "since", "until", "by", "last", "next", "early", "late",
                        "mid", "of", "from", "to", "through", "this", "before", "after") \
            or nxt[:1].isdigit() or nxt.lower() in _DAY_WORDS

    def drop_noise(self, hits: list[Hit]) -> None:
        """Matches that name nobody: a dateline ("BAHRAIN, March 19 -" is where the story was
        filed, whatever the KB kind), a ticker symbol ("<CPC>"), and an acronym that is an
        ordinary word in an all-caps line ("IT IS DISAPPOINTED" is no Islamic State)."""
        t = self.t
        months = self.w("months") or _MONTHS
        for h in hits:
            if not h.actor:
                continue
            if h.i > 0 and t.raw[h.i - 1] == "<" and h.j < t.n and t.raw[h.j] == ">":
                h.actor, h.rule = None, "exclude"
                continue
            if h.j - h.i == 1 and t.norm[h.i] in _CAPS_WORDS and t.raw[h.i].isupper() \
                    and self.caps_line(h.i):
                h.actor, h.rule = None, "exclude"
                continue
            if t.raw[h.i].isupper() and self.dateline(h, months):
                h.actor, h.rule = None, "exclude"

    def caps_line(self, i: int) -> bool:
        """Is token ``i`` on a line written in capitals (a wire headline)?"""
        t = self.t
        if t.upper_doc:
            return True
        text = t.text
        a = text.rfind("\n", 0, t.starts[i]) + 1
        b = text.find("\n", t.ends[i])
        line = text[a:b if b >= 0 else len(text)]
        letters = [c for c in line if c.isalpha()]
        return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)

    def dateline(self, h: Hit, months: frozenset[str]) -> bool:
        """"SEOUL, March 17 -", "MANAMA, BAHRAIN, March 19 -": capitals at the start of a
        body line, then a comma and a month with a day."""
        t = self.t
        a = h.i
        while a > 0 and not t.line_start[a]:
            a -= 1
            if h.i - a > 8 or not (t.raw[a].isupper() or t.raw[a] in (",", ".")):
                return False
        if a in t.heading_toks:
            return False
        k = h.j
        while k < t.n and k - h.j < 6 and (t.raw[k].isupper() or t.raw[k] in (",", ".")) \
                and not (t.raw[k] == "," and k + 1 < t.n and t.norm[k + 1] in months):
            k += 1
        return k + 2 < t.n and t.raw[k] == "," and t.norm[k + 1] in months \
            and t.raw[k + 2][:1].isdigit()

    def other_first_names(self, hits: list[Hit]) -> None:
        """"Feroz Abbasi" is not the KB's Shahid Khaqan Abbasi: a KB surname after a capitalised
        first name the KB person does not have makes a person of its own (discovered)."""
        t = self.t
        covered = {k for h in hits for k in range(h.i, h.j)}
        stop = self.w("name_stop")
        for h in hits:
            if h.j - h.i != 1 or not all(e[1] == SURNAME for e in h.entries):
                continue
            p = h.i - 1
            if p < 0 or p in covered or not t.caps[p] or t.raw[p].isupper() \
                    or t.norm[p] in stop or t.line_start[h.i] or t.glued(h.i) \
                    or self.kb.title_first.get(t.norm[p]) or t.sent[p] != t.sent[h.i]:
                continue
            if any(self.compatible_with(e[0], p, h.i) for e in h.entries):
                continue
            if t.norm[h.i] in _MONTHS and self.temporal(h):
                continue  # "Pay May 1", "Pay May One": a date
            a = p
            firsts = set(t.sent_tok)
            while a - 1 >= 0 and a - 1 not in covered and t.caps[a - 1] \
                    and a - 1 not in firsts \
                    and t.norm[a - 1] not in stop and t.sent[a - 1] == t.sent[h.i] \
                    and not self.kb.title_first.get(t.norm[a - 1]) and h.j - a < 4:
                a -= 1
            if h.j + 1 < t.n and t.raw[h.j] == "-" and t.glued(h.j) and t.glued(h.j + 1) \
                    and t.raw[h.j + 1].isalpha() and t.raw[h.j + 1].islower():
                h.j += 2  # "Lho Shin-yong": the KB surname is half of a hyphenated given name
            name = t.span_text(a, h.j)
            pid = self.fresh_id(name)
            c = self.cand(pid, name=name, kind="person", origin="extracted")
            c.discovered = True
            h.i, h.actor, h.ftype, h.rule = a, pid, NAME, "first name + surname"
            h.possessive = t.possessive_after(h.j) > 0
            h.entries = ((pid, NAME, False, name, None, None),)
            covered.update(range(a, h.j))
            self.link_surname(pid, name, self.w("particles"))  # type: ignore[attr-defined]

    def pub_role(self, person_id: str) -> bool:
        """A person holding a KB role at the document's date (never when it is unknown: a bare
        surname then needs the full name or a title in the text)."""
        ent = self.kb.get(person_id)
        if not self.pub or not ent or not ent.get("roles"):
            return False
        return self.kb.role_at(person_id, self.pub) is not None

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

    def extend_first_name(self, h: Hit, person_id: str) -> None:
        """"Bashar Assad" for KB "Bashar al-Assad": take a first name before the surname."""
        t = self.t
        ent = self.kb.get(person_id)
        if not ent or h.i == 0 or not t.cap(h.i - 1):
            return
        firsts = {n.split()[0].lower() for n in (ent["name"], *ent["aliases"]) if " " in n}
        if t.norm[h.i - 1] in firsts and not self.taken[h.i - 1]:
            h.i -= 1

    def metonym(self, h: Hit) -> bool:
        """A capital names the government only in actor position: "Moscow said", "Moscow's"."""
        t = self.t
        if h.i > 0 and t.norm[h.i - 1] in self.w("locative") | {"to", "from", "of"}:
            return False
        if h.possessive:
            return True
        nxt = t.norm[h.j] if h.j < t.n else ""
        if nxt in ("government", "regime", "authorities", "administration", "leadership"):
            return True  # "the Damascus government"
        if h.i > 0 and t.norm[h.i - 1] == "the":
            return False  # "the Nairobi process"
        if nxt in self.w("speech_verbs") or nxt in ("has", "have", "had", "is", "was", "will",
                                                   "would", "wants", "and", "must", "should",
                                                   "could"):
            return True
        prev = t.norm[h.i - 1] if h.i > 0 else ""
        if prev == "and":
            # "Washington and Moscow" when the first is an actor; not "to Tehran and Baghdad"
            before = self._prev
            return before is not None and before.actor is not None and before.j == h.i - 1 \
                and self.kind_of(before.actor) == "state"
        return prev in ("between", "with")

    def plural_name(self, state: str) -> str:
        ent = self.kb.get(state) or {}
        dems = ent.get("demonyms", ())
        return next((d for d in dems if d.endswith("s") and d[:-1] in dems),
                    dems[0] if dems else state)

    def population(self, state: str, surface: str) -> str:
        pid = f"{state}_people"
        c = self.cand(pid, name=surface, kind="population", origin="extracted")
        c.discovered = True
        return pid

