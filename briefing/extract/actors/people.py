"""Actor extraction, people: anonymous sources, title + name, appositions, offices
("the President"), and the coreference merges of people and generic groups."""

from __future__ import annotations

import bisect

from briefing.extract.actors.base import _SUFFIXES, Cand
from briefing.extract.actors.scan import Hit, mark
from briefing.knowledge import (
    NAME,
    SURNAME,
    tokenize,
)

# Lower-case words after a hyphen that make a compound, not a given name ("Putin-backed").
_NOT_GIVEN = frozenset({"backed", "led", "era", "style", "linked", "based", "controlled",
                        "type", "like", "run", "owned", "brokered", "mediated", "born",
                        "aligned", "allied", "inspired", "supported", "sponsored", "elect"})


def surname_first(parts: list[str], family_names: frozenset[str]) -> bool:
    """Is the first word of a person's name the family name?  East Asian names: a hyphenated
    given name last ("Lho Shin-yong", "Kim Il-sung"), or a known family name before two short
    given syllables ("Chun Doo Hwan", "Moon Jae In")."""
    if len(parts) == 2 and "-" in parts[1] and parts[1].split("-")[-1].islower():
        return True
    return len(parts) == 3 and parts[0].lower() in family_names \
        and all(len(p) <= 5 and p.isalpha() for p in parts[1:])


class PeoplePass:
    """Methods of :class:`briefing.extract.actors.finder._Run` (see its module docstring)."""

    # ------------------------------------------------------------------ 3. anonymous sources
    def anonymous(self) -> None:
        t = self.t
        norm = t.norm
        nouns = self.w("source_nouns")
        mods = self.w("source_modifiers")
        dets = self.w("source_determiners")
        hit_at = {}
        for h in self.hits:
            for k in range(h.i, h.j):
                hit_at[k] = h
        last_anon: str | None = None
        for k in self.positions(nouns):
            if k + 1 < t.n and (t.cap(k + 1) and not t.raw[k + 1].isupper()
                                and not t.line_start[k + 1]) and norm[k] not in ("official",):
                continue  # "spokesman John Kirby": a named person (titles pass)
            # walk back over modifiers and possessor hits to a determiner
            a = k - 1
            possessor: Hit | None = None
            words: list[int] = []
            while a >= 0 and k - a <= 8:
                if a in hit_at:
                    h = hit_at[a]
                    possessor = possessor or h
                    words.extend(range(h.i, h.j))
                    a = h.i - 1
                    continue
                if norm[a] in mods or (norm[a] in (".", "-") and a in hit_at):
                    words.append(a)
                    a -= 1
                    continue
                break
            label = t.raw[k].isupper() and t.line_start[min(words) if words else k] \
                and k + 1 < t.n and norm[k + 1] == ":"
            det = a >= 0 and norm[a] in dets
            if not det and not label:
                continue
            if det and norm[a] == "the" and not label:
                # "the official": a reference to the last anonymous source
                if last_anon and not words:
                    self.cands[last_anon].refs.append((t.starts[a], t.ends[k], "reference",
                                                       "anaphor"))
                continue
            if not words and not label and norm[k] in ("minister", "envoy", "officer"):
                continue
            start = min(words) if words else k
            desc = t.span_text(start, k + 1)
            # "a spokesman for Unison", "an official of the ministry": whom the source speaks for
            patron = self.patron(k + 1, hit_at) if det else None
            if possessor is not None and possessor.actor:
                aff = self.state_of(possessor.actor) or possessor.actor
            elif patron is not None:
                kind = self.kind_of(patron.actor)
                aff = patron.actor if kind != "state" else patron.actor
            elif "administration" in {norm[x] for x in words} and self.any_actor("usa"):
                aff = "usa"
            else:
                aff = None
            name = " ".join(desc.split())
            if name.isupper():
                name = name.lower()
            core = [norm[x] for x in sorted(words) if norm[x] not in
                    ("senior", "top", "high", "-", "ranking", "level", ".", "another")]
            tail = [f"for_{patron.actor}"] if patron is not None and possessor is None else []
            aid = self.fresh_id("anon_" + "_".join([*core, norm[k], *tail]))
            c = self.cand(aid, name=name, kind="person", origin="extracted")
            c.discovered = True
            c.alias(name)
            if aff:
                c.affiliation = aff
                c.text_affiliation = True
            c.refs.append((t.starts[a if det else start], t.ends[k], "description", "anonymous"))
            c.first = min(c.first, t.starts[start])
            if label:
                c.transcript = True
                c.speaker += 1
            elif self.speech_near(k + 1, a if det else start) or (
                    patron is not None and self.speech_in_clause(patron.j)):
                c.speaker += 1
                if patron is not None and self.kind_of(patron.actor) != "person":
                    # the organisation a spokesman speaks for is a speaker too
                    self.cand(patron.actor).speaker += 1
            last_anon = aid

    def patron(self, k: int, hit_at: dict[int, Hit]) -> Hit | None:
        """The actor after "for/of [the] [Mr]" at token ``k`` ("a spokesman for Unison")."""
        t = self.t
        if k >= t.n or t.norm[k] not in ("for", "of"):
            return None
        q = k + 1
        if q < t.n and t.norm[q] == "the":
            q += 1
        m = self.match_title(q) if q < t.n else None
        if m is not None and m[1]["rank"] == "honorific":
            q = m[0]
        h = hit_at.get(q)
        return h if h is not None and h.i == q and h.actor else None

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

    def any_actor(self, aid: str) -> bool:
        return any(h.actor == aid for h in self.hits)

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

    # ------------------------------------------------------------------ 4. titles and people
    def match_title(self, k: int) -> tuple[int, dict] | None:
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

    def titles(self) -> None:
        t = self.t
        norm = t.norm
        stop = self.w("name_stop")
        particles = self.w("particles")
        prefixes = self.w("prefixes")
        person_hit: dict[int, Hit] = {}
        for h in self.hits:
            if h.actor and self.kind_of(h.actor) == "person":
                person_hit[h.i] = h
        title_first = self.kb.title_first
        pos = 0
        end_at = {h.j: h for h in self.hits if h.actor}
        self._end_at = end_at
        for k in [x for x, w in enumerate(norm) if w in title_first]:
            if k < pos:
                continue
            m = self.match_title(k)
            if m is None:
                continue
            tend, info = m
            pos = tend
            # the name after the title
            j = tend
            if j < t.n and norm[j] == ",":
                pos = tend
                continue
            # "Head of the Foreign Relations Department of the Presidential Administration of
            # Azerbaijan Hikmat Hajiyev": an office complement, then "of STATE", then the name
            title_end, hint = tend, None
            if j < t.n and norm[j] == "of" and t.caps[k]:
                comp = self.title_complement(j, person_hit)
                if comp is not None:
                    title_end, j, hint = comp
            if j == tend and j in person_hit or j != tend or self.person_name(
                    j, stop, particles) is not None:
                # "National Security Council Secretary Jane Roe": the office is in the title
                office = self.office_prefix(k, end_at)
            else:
                office = None
            tstart = office.i if office is not None else k
            self._title_ctx = (hint, office.actor if office is not None else None)
            if j in person_hit:
                self.pick_by_title(person_hit[j], k, tend)
            if j in person_hit and not self.title_clash(person_hit[j], info, k, tend):
                h = person_hit[j]
                self.confirm(h.actor, tstart, title_end, info, h.j)
                self._title_ctx = None
                pos = h.j
                continue
            if j in person_hit:
                # "Lord Justice May" is not the KB's Prime Minister May: drop the surname match
                h = person_hit.pop(j)
                self.hits.remove(h)
                for x in range(h.i, h.j):
                    self.taken[x] = 0
            name_end = self.person_name(j, stop, particles)
            if name_end is None or (t.upper_doc and not self.kb.lookup(t.span_text(j, name_end))):
                pos = tend
                continue
            # a KB person's surname or alias inside the run: extend that hit
            inner = [h for h in self.hits if h.i >= j and h.j <= name_end]
            if inner and not self.compatible(inner[-1], j):
                # "Sir George Young" is not the KB's Andrew Young: a person of their own
                h = inner[-1]
                self.hits.remove(h)
                for x in range(h.i, h.j):
                    self.taken[x] = 0
                inner = []
            if inner:
                h = inner[-1]
                if h.actor and self.kind_of(h.actor) == "person":
                    if not any(self.taken[j:h.i]):
                        h.i = j
                        mark(self.taken, [h])
                    self.confirm(h.actor, tstart, title_end, info, h.j)
                self._title_ctx = None
                pos = name_end
                continue
            if info["rank"] == "honorific" and name_end - j == 1 and t.sent_tok \
                    and k in t.sent_tok:
                pass  # "Mr. X" at a sentence start is still a person
            name = t.span_text(j, name_end)
            if any(self.taken[j:name_end]):
                pos = name_end
                continue
            pid = self.fresh_id(name)
            c = self.cand(pid, name=name, kind="person", origin="extracted")
            c.discovered = True
            h = Hit(j, name_end, ((pid, NAME, False, name, None, None),), rule="title+name")
            h.actor, h.ftype = pid, NAME
            h.possessive = t.possessive_after(name_end) > 0
            self.hits.append(h)
            mark(self.taken, [h])
            person_hit[j] = h
            end_at[h.j] = h
            self.confirm(pid, tstart, title_end, info, name_end)
            self._title_ctx = None
            self.link_surname(pid, name, particles)
            pos = name_end
        self._end_at = None
        self._title_ctx = None
        del prefixes

    def office_prefix(self, k: int, end_at: dict[int, Hit]) -> Hit | None:
        """A government office written right before a title ("NSC Spokesperson", "State
        Department spokesman"): part of the title, no actor mention.  Its hit is dropped."""
        t = self.t
        h = end_at.get(k)
        if h is None or not h.actor or h.possessive or self.kind_of(h.actor) != "government" \
                or t.sent[h.i] != t.sent[k] or not all(t.caps[x] for x in range(h.i, h.j)
                                                       if t.norm[x] not in ("of", "the")):
            return None
        if "\n" in t.text[t.ends[h.j - 1]:t.starts[k]]:
            return None
        if h in self.hits:
            self.hits.remove(h)
        end_at.pop(k, None)
        return h

    def title_complement(self, j: int, person_hit: dict[int, Hit]
                         ) -> tuple[int, int, str] | None:
        """From "of" at ``j``: capitalised office words ending "of [the] STATE", right before
        a person's name.  Returns (end of the title, start of the name, the state)."""
        t = self.t
        norm = t.norm
        stop = self.w("name_stop")
        particles = self.w("particles")
        start_at = {h.i: h for h in self.hits if h.actor}
        x = j
        last_state: tuple[int, int, str] | None = None
        while x < t.n and x - j < 16:
            h = start_at.get(x)
            if h is not None and self.kind_of(h.actor) == "state" and x >= 1 and (
                    norm[x - 1] == "of" or norm[x - 1] == "the" and norm[x - 2] == "of"):
                of_at = x - 1 if norm[x - 1] == "of" else x - 2
                if h.j in person_hit or (h.j < t.n and t.caps[h.j] and self.person_name(
                        h.j, stop, particles) is not None):
                    last_state = (of_at, h.j, h.actor)
                    break
                x = h.j
                continue
            if t.caps[x] or norm[x] in ("of", "the", "for", "and", "-"):
                x += 1
                continue
            break
        if last_state is None or last_state[0] <= j:
            return None
        of_at, name_start, state = last_state
        # the office words are no actors of their own
        for h in [h for h in self.hits if j <= h.i and h.j <= of_at]:
            self.hits.remove(h)
        for y in range(j, of_at):
            self.taken[y] = 1
        return of_at, name_start, state

    def role_nouns(self) -> None:
        """"BBC labour affairs correspondent Stephen Cape", "his North Korean counterpart Li
        Gun-mo": a lower-case job noun after a possessor (an actor, or his/her) and before a
        two-word capitalised name gives a person, affiliated with the possessor."""
        t = self.t
        norm = t.norm
        stop = self.w("name_stop")
        particles = self.w("particles")
        end_at = {h.j: h for h in self.hits if h.actor}
        for k in self.positions(self.w("role_nouns")):
            j = k + 1
            if t.caps[k] or j >= t.n or not t.caps[j] or self.taken[j]:
                continue
            name_end = self.person_name(j, stop, particles)
            if name_end is None or name_end - j < 2 or any(self.taken[j:name_end]):
                continue
            # back over lower-case modifiers ("labour affairs") to the possessor
            a = k
            while a - 1 >= 0 and k - a < 3 and t.raw[a - 1].isalpha() \
                    and t.raw[a - 1].islower() and norm[a - 1] not in stop \
                    and norm[a - 1] not in ("his", "her", "their", "its"):
                a -= 1
            owner = end_at.get(a)
            if owner is None and not (a > 0 and norm[a - 1] in ("his", "her", "their", "its")):
                continue
            if owner is not None and self.kind_of(owner.actor) == "person":
                continue
            name = t.span_text(j, name_end)
            pid = self.fresh_id(name)
            c = self.cand(pid, name=name, kind="person", origin="extracted")
            c.discovered = True
            h = Hit(j, name_end, ((pid, NAME, False, name, None, None),), rule="role+name")
            h.actor, h.ftype = pid, NAME
            h.possessive = t.possessive_after(name_end) > 0
            self.hits.append(h)
            mark(self.taken, [h])
            if norm[k] != "counterpart":  # a counterpart's office is the other person's
                c.title = " ".join(t.span_text(a, k + 1).split())
                c.offices.append(c.title)
            # a counterpart sits across the table from a principal
            c.rank = c.rank or ("minister" if norm[k] == "counterpart" else
                                "official" if owner is not None else "")
            if owner is not None:
                kind = self.kind_of(owner.actor)
                aff = owner.actor if kind in ("igo", "organization") else \
                    (self.state_of(owner.actor) or owner.actor)
                c.affiliation, c.text_affiliation = aff, True
            if self.speech_near(name_end, a):
                c.speaker += 1
            self.link_surname(pid, name, particles)

    def pick_by_title(self, h: Hit, tstart: int, tend: int) -> None:
        """"President Biden" with Jill Biden named too: of the people sharing the surname, the
        one whose role fits the title (at the date, else ever) is meant."""
        if h.ftype != SURNAME:
            return
        people = list(dict.fromkeys(e[0] for e in h.entries if e[1] == SURNAME))
        if len(people) < 2:
            return
        words = {w for w in self.t.norm[tstart:tend] if w.isalpha()}

        def fit(pid: str) -> tuple[int, int]:
            ent = self.kb.get(pid) or {}
            now = self.kb.role_at(pid, self.pub)
            now_words = set(tokenize(now["title"] or "")) if now else set()
            ever = set()
            for role in ent.get("roles", ()):
                ever.update(tokenize(role["title"] or ""))
            return (len(words & now_words), len(words & ever))

        best = max(people, key=fit)
        if fit(best) > fit(h.actor or "") if h.actor in people else fit(best) > (0, 0):
            h.actor = best

    _GENERIC_TITLES = frozenset({"leader", "minister", "secretary", "official", "chief"})

    def title_clash(self, h: Hit, info: dict, tstart: int, tend: int) -> bool:
        """A surname-only KB match whose title in the text fits none of the person's roles."""
        if h.ftype != SURNAME or info["rank"] == "honorific" or not h.actor:
            return False
        ent = self.kb.get(h.actor)
        if not ent or not ent.get("roles"):
            return False
        words = {w for w in self.t.norm[tstart:tend] if w.isalpha()} - self._GENERIC_TITLES
        if not words:
            return False
        role_words = set()
        for role in ent["roles"]:
            role_words.update(tokenize(role["title"] or ""))
        return not (words & role_words)

    def compatible(self, h: Hit, j: int) -> bool:
        """May the name tokens [j, h.i) before a KB person's hit belong to that person?"""
        if h.i <= j or not h.actor or self.kind_of(h.actor) != "person":
            return True
        return self.compatible_with(h.actor, j, h.i)

    def compatible_with(self, person_id: str, j: int, i: int) -> bool:
        ent = self.kb.get(person_id)
        if ent is None:
            return True
        known = set()
        for name in (ent["name"], *ent.get("aliases", ())):
            known.update(tokenize(name))
        return all(self.t.norm[x] in known for x in range(j, i) if self.t.caps[x])

    def appositions(self) -> None:
        """"Staffan de Mistura, the U.N. envoy for Syria, said": a name, a comma, then
        [the|a] [POSSESSOR] TITLE.  Confirms the title of a known person or discovers one."""
        t = self.t
        norm = t.norm
        stop = self.w("name_stop")
        particles = self.w("particles")
        start_at = {h.i: h for h in self.hits if h.actor}
        end_at = {h.j: h for h in self.hits if h.actor}
        for c in self.positions((",",)):
            q = c + 1
            if q < t.n and norm[q] in ("the", "a", "an"):
                q += 1
            possessor = start_at.get(q)
            if possessor is not None and self.kind_of(possessor.actor) != "person":
                q = possessor.j + (t.possessive_after(possessor.j) if possessor.possessive
                                   else 0)
            while q < t.n and norm[q] in self.w("prefixes"):
                q += 1
            m = self.match_title(q) if q < t.n else None
            if m is None or m[1]["rank"] == "honorific":
                continue
            tend, info = m
            if tend < t.n and norm[tend] not in (",", ".", "of", "for", "to", "in", "and", ";",
                                                 ")", "at", "on", "—", "–", "who"):
                continue  # "New York, the envoy said": a new clause, not an apposition
            # the name before the comma: a person hit, or a capitalised run the KB lacks
            h = end_at.get(c)
            if h is not None and self.kind_of(h.actor) == "person":
                self.confirm_after(h.actor, c + 1, tend, info, possessor)
                continue
            if h is not None or c < 2 or not t.caps[c - 1] or self.taken[c - 1]:
                continue
            a = c - 1
            while a - 1 >= 0 and c - a < 4 and not self.taken[a - 1] and (
                    t.caps[a - 1] or (norm[a - 1] in particles and t.caps[a])) \
                    and norm[a - 1] not in stop and not t.line_start[a]:
                a -= 1
            if c - a < 2 or a in t.sent_tok and norm[a] in stop or norm[a] in stop \
                    or any(self.taken[a:c]) or a in t.heading_toks:
                continue
            if self.person_name(a, stop, particles) != c:
                continue
            name = t.span_text(a, c)
            pid = self.fresh_id(name)
            cand = self.cand(pid, name=name, kind="person", origin="extracted")
            cand.discovered = True
            hit = Hit(a, c, ((pid, NAME, False, name, None, None),), rule="apposition")
            hit.actor, hit.ftype = pid, NAME
            self.hits.append(hit)
            mark(self.taken, [hit])
            self.confirm_after(pid, c + 1, tend, info, possessor)
            self.link_surname(pid, name, particles)

    def confirm_after(self, pid: str | None, tstart: int, tend: int, info: dict,
                      possessor: Hit | None) -> None:
        """Title and affiliation from an apposition after the name."""
        if pid is None:
            return
        c = self.cand(pid)
        t = self.t
        title_start = tstart
        while title_start < tend and not self.kb.titles.get(tuple(t.norm[title_start:tend])):
            title_start += 1
        title = " ".join(t.span_text(title_start, tend).split())
        c.offices.append(title)
        if c.title is None:
            c.title = title[:1].upper() + title[1:] if title.islower() else title
        c.rank = c.rank or info["rank"]
        aff = None
        if possessor is not None and possessor.actor != pid:
            kind = self.kind_of(possessor.actor)
            aff = possessor.actor if kind == "igo" else self.state_of(possessor.actor)
            aff = aff or possessor.actor
        elif info.get("of"):
            aff = info["of"]
        if aff and not c.text_affiliation:
            c.affiliation = aff
            c.text_affiliation = True

    def kind_of(self, aid: str) -> str | None:
        c = self.cands.get(aid)
        if c:
            return c.kind
        ent = self.kb.get(aid)
        return ent["kind"] if ent else None

    def person_name(self, j: int, stop: frozenset[str], particles: frozenset[str]) -> int | None:
        t = self.t
        k = j
        words = 0
        if j >= t.n or t.norm[j] == "i" or self.kb.title_first.get(t.norm[j]) and \
                self.match_title(j) is not None:
            return None  # "Mr. President", "Madam Prime Minister": a title, not a name
        if t.line_start[j] and j > 0 and not t.line_start[j - 1] or \
                j > 0 and t.sent[j] != t.sent[j - 1]:
            return None  # a title ending a headline line is not followed by its name
        in_heading = j in t.heading_toks
        limit = 3 if in_heading else 5
        while k < t.n and words < limit:
            raw, norm = t.raw[k], t.norm[k]
            if in_heading and words and norm.endswith("ing"):
                break  # a title-case headline: "... Watson Welcoming ..."
            if t.cap(k) and norm not in stop and not (k > j and t.line_start[k]):
                # an initial "J." keeps its dot
                if len(raw) == 1 and k + 1 < t.n and t.norm[k + 1] == "." and t.glued(k + 1):
                    k += 2
                else:
                    k += 1
                words += 1
                continue
            if words and norm in particles and k + 1 < t.n:
                # "al-Assad", "de Mistura", "bin Salman"
                nxt = k + 1
                if t.norm[nxt] == "-" and t.glued(nxt):
                    nxt += 1
                if nxt < t.n and t.cap(nxt):
                    k = nxt
                    continue
            if words and norm == "-" and t.glued(k) and k + 1 < t.n and t.cap(k + 1) \
                    and t.glued(k + 1):
                k += 1  # "Jean-Pierre"
                continue
            if words and norm == "-" and t.glued(k) and k + 1 < t.n and t.glued(k + 1) \
                    and t.raw[k + 1].isalpha() and t.raw[k + 1].islower() \
                    and t.norm[k + 1] not in _NOT_GIVEN and t.caps[k - 1]:
                k += 2  # "Shin-yong", "Il-sung": a romanised given name
                words += 1
                continue
            break
        if words == 0:
            return None
        if k < t.n and t.norm[k] in self.w("org_heads"):
            return None  # "General Border Committee", "General Assembly": an organisation
        if self.org_run_end(j):
            return None  # "General Workers' Union": inside an organisation's name
        if t.norm[k - 1] in ("corp", "inc", "ltd", "co", "plc", "llc", "motors", "electric"):
            return None  # "Supermarkets General Corp": a company
        # the run must not swallow a known non-person actor ("President Obama Russia")
        return k

    def org_run_end(self, j: int) -> bool:
        """Does the capitalised run from token ``j`` (with "and"/"of"/"for" and plural
        possessives inside) end in an organisation head noun?"""
        run = self.name_run(j)  # type: ignore[attr-defined]
        if run is None:
            return False
        a, b = run
        # "President Obama and Congress" is two actors: the run stops at a coordination
        b = next((x for x in range(a, b) if self.t.norm[x] in ("and", "&")), b)
        while b > a and self.t.norm[b - 1] in ("of", "for", "the", "and", "-", "&", "on"):
            b -= 1
        return b - a >= 2 and self.t.norm[b - 1] in self.w("org_heads")

    def confirm(self, pid: str | None, tstart: int, tend: int, info: dict,
                name_end: int) -> None:
        if pid is None:
            return
        t = self.t
        c = self.cand(pid)
        title = " ".join(t.span_text(tstart, tend).split())
        c.offices.append(title)
        if info["rank"] != "honorific":
            # the first title in running text wins; an all-caps speaker label only fills a gap
            if c.title is None or (c.title.isupper() and not title.isupper()):
                c.title = title
            c.rank = c.rank or info["rank"]
        # affiliation from a possessor before the title: "Russian Foreign Minister"
        aff = None
        p = tstart - 1
        prefixes = self.w("prefixes")
        while p >= 0 and t.norm[p] in prefixes:
            p -= 1
        if p >= 0 and t.norm[p] == "s" and p >= 1 and t.norm[p - 1] in ("'",):
            p -= 2
        end_at = self._end_at
        if end_at is not None:
            before = end_at.get(p + 1)
        else:
            before = next((h for h in self.hits if h.j == p + 1 and h.actor), None)
        if before is not None and (t.sent[before.i] != t.sent[tstart]
                                   or "\n" in t.text[t.ends[before.j - 1]:t.starts[tstart]]):
            before = None  # the end of a headline is no possessor of the next line's title
        if before is not None and before.actor != pid:
            aff = self.state_of(before.actor) if self.kind_of(before.actor) != "igo" \
                else before.actor
            aff = aff or before.actor
        # or "of STATE" after the name: "President Biden of the United States" (it beats
        # a default from an office in the title: "National Security Council Secretary X of
        # Armenia" is Armenian)
        hint, office = self._title_ctx or (None, None)
        if name_end < t.n and t.norm[name_end] == "of":
            q = name_end + 1
            if q < t.n and t.norm[q] == "the":
                q += 1
            after = next((h for h in self.hits if h.i == q and h.actor), None)
            if after is not None and (aff is None or self.kind_of(after.actor) == "state"):
                aff = self.state_of(after.actor) or after.actor
        if hint:
            aff = hint
        if aff is None and office:
            aff = self.state_of(office)
        if aff is None and info.get("of"):
            aff = info["of"]
        if aff and aff != pid:
            c.affiliation = aff
            c.text_affiliation = True
        # a title right before a person makes the person a speaker-candidate principal
        if self.speech_near(name_end, tstart):
            c.speaker += 1

    def link_surname(self, pid: str, name: str, particles: frozenset[str]) -> None:
        key = tokenize(name)
        if key and key not in self.kb.gazetteer:
            self.local.setdefault(key, []).append((pid, NAME, False, name, None, None))
        parts = name.split()
        while len(parts) > 1 and parts[-1].rstrip(".").lower() in _SUFFIXES:
            parts.pop()  # "Abdullah II", "Joseph R. Biden Jr."
        if len(parts) == 1 and parts[0].lower().startswith(("al-", "el-")) and len(name) > 5:
            parts = [parts[0][:2], parts[0][3:]]
        if len(parts) < 2:
            return
        last = parts[-1]
        if surname_first(parts, self.w("east_asian_surnames")):
            last = parts[0]  # "Lho Shin-yong", "Chun Doo Hwan": the family name comes first
        forms = {last}
        low = last.lower()
        for p in ("al-", "el-"):
            if low.startswith(p) and len(last) > 4:
                forms.add(last[3:])
        if len(parts) >= 3 and parts[-2].lower() in particles:
            forms.add(" ".join(parts[-2:]))
        for form in forms:
            key = tokenize(form)
            if key and key not in self.kb.gazetteer:
                self.local.setdefault(key, []).append((pid, SURNAME, False, form, None, None))

    # ------------------------------------------------------------------ 6a. offices
    _OFFICES = ("president", "prime minister", "chancellor", "king", "queen", "emir",
                "secretary of state", "vice president", "crown prince")

    def offices(self) -> None:
        """"the President" (capitalised, no name after it): the holder of that office, at the
        document's date, for the state the text names most that has one."""
        t = self.t
        norm = t.norm
        found: dict[str, list[tuple[int, int]]] = {}
        for k in self.positions(("the",)):
            a = k + 1
            m = self.match_title(a) if a < t.n and t.caps[a] else None
            if m is None:
                continue
            end, info = m
            title = " ".join(norm[a:end])
            if title not in self._OFFICES or not all(t.caps[x] for x in range(a, end)
                                                     if norm[x] != "of"):
                continue
            if end < t.n and (t.caps[end] and not t.line_start[end] or norm[end] == "of"):
                continue  # "the President Biden", "the President of France": not this rule
            if any(self.taken[a:end]):
                continue
            found.setdefault(title, []).append((k, end))
        if not found:
            return
        counts: dict[str, int] = {}
        for h in self.hits:
            if h.actor and self.kind_of(h.actor) == "state":
                counts[h.actor] = counts.get(h.actor, 0) + 1
        # the document's own voice first: the state whose government publishes it ("The
        # White House": "THE PRESIDENT:" in its transcripts is its president, however often
        # the text names Egypt), then the state its (anonymous) officials speak for, since a
        # capitalised "the President" is how a government's own texts name its head
        voice = [c.affiliation for c in self.cands.values()
                 if c.kind == "person" and c.id.startswith("anon_") and c.affiliation]
        publisher = self.publisher_state()
        if publisher:
            voice.insert(0, publisher)
        order = list(dict.fromkeys([*voice, *sorted(counts, key=lambda s: -counts[s])]))
        for title, spans in found.items():
            # a person the text itself names with this title ("President Biden ... The
            # President thanked ...") comes first
            named = [c for c in self.cands.values() if c.kind == "person" and c.title
                     and c.title.lower() == title and any(h.actor == c.id for h in self.hits)]
            voiced = next((p for p in (self.kb.holder(v, title, self.pub) for v in voice) if p),
                          None)
            if voiced is None and len(named) == 1:
                pid = named[0].id
                c = named[0]
                for a, b in spans:
                    c.refs.append((t.starts[a], t.ends[b - 1], "description", "office"))
                    if self.speech_near(b, a):
                        c.speaker += 1
                    for x in range(a, b):
                        self.taken[x] = 1
                continue
            for state in order:
                pid = self.kb.holder(state, title, self.pub)
                if pid is None:
                    continue
                c = self.cand(pid)
                c.rank = c.rank or "principal"
                if c.title is None:
                    c.title = " ".join(t.span_text(spans[0][0] + 1, spans[0][1]).split())
                for a, b in spans:
                    c.refs.append((t.starts[a], t.ends[b - 1], "description", "office"))
                    c.first = min(c.first, t.starts[a])
                    if self.speech_near(b, a):
                        c.speaker += 1
                    for x in range(a, b):
                        self.taken[x] = 1
                break

    def publisher_state(self) -> str | None:
        """The state whose government body publishes the document (its ``source``), if the
        knowledge base knows the source as such ("The White House" → usa; not for media).
        Without one, a transcript's: the state of the first office holder its title names
        ("Remarks by President Biden and President Zelenskyy" → usa)."""
        for entry in self.kb.lookup(self.doc.source) if self.doc.source else ():
            ent = self.kb.get(entry[0])
            if ent is not None and ent["kind"] == "state":
                return ent["id"]
            if ent is not None and ent["kind"] == "government":
                return ent.get("country") or ent.get("part_of")
        t = self.t
        if not self.doc.turns or not t.title_end:
            return None
        for h in sorted(self.hits, key=lambda h: h.i):
            if t.starts[h.i] >= t.title_end:
                break
            role = self.kb.role_at(h.actor, self.pub) if h.actor else None
            if role and role.get("of") and self.kind_of(h.actor) == "person":
                return role["of"]
        return None

    # ------------------------------------------------------------------ 6b. coreference merges
    def merge_people(self) -> None:
        """"President Trump" and "Donald J. Trump": a one-word discovered name joins the one
        person (KB or discovered) whose surname it is."""
        people = [c for c in self.cands.values() if c.kind == "person" and c.mentions == []]
        self.question_names(people)
        # a bare surname of a KB person goes to a discovered person of that surname when the
        # KB person is not named in full ("Judge Lavrov ... Lavrov said")
        by_last = {}
        for c in people:
            if c.discovered and not c.id.startswith("anon_"):
                by_last.setdefault(c.name.split()[-1].lower(), []).append(c.id)
        confirmed = {h.actor for h in self.hits
                     if h.ftype != SURNAME or self.titled(h.i, strong=True)}
        for h in self.hits:
            if h.ftype == SURNAME and h.actor not in confirmed and h.j - h.i == 1:
                owners = by_last.get(self.t.norm[h.i], [])
                if len(owners) == 1:
                    h.actor, h.ftype = owners[0], NAME
        # "Sheikh Mohammed, the Qatari prime minister": a discovered name with an office and a
        # state is the KB's holder of that office at the date, when the name fits
        for c in list(people):
            if not c.discovered or c.id.startswith("anon_") or not (c.title or c.offices) \
                    or not c.affiliation or c.id not in self.cands:
                continue
            # an honorific ("Dr.", "Sir") is recorded as an office but sets no title: only
            # real titles are looked up
            titles = dict.fromkeys(o for o in (c.title, *c.offices) if o)
            holder = next((p for p in (self.kb.holder(c.affiliation, o, self.pub)
                                       for o in titles) if p), None)
            if holder is None or holder == c.id:
                continue
            if not self.compatible_with(holder, *self.name_span(c)):
                continue
            target = self.cand(holder)
            for h in self.hits:
                if h.actor == c.id:
                    h.actor = holder
            target.title = target.title or c.title
            target.rank = target.rank or c.rank
            target.speaker += c.speaker
            target.affiliation = target.affiliation or c.affiliation
            del self.cands[c.id]
            people.remove(c)
            people.append(target)
        singles = [c for c in people if c.discovered and len(c.name.split()) == 1
                   and not c.id.startswith("anon_")]
        for single in singles:
            word = single.name.lower()
            targets = []
            for c in people:
                if c is single or c.id.startswith("anon_"):
                    continue
                ent = self.kb.get(c.id)
                last = (ent.get("surname") if ent else None) or c.name.split()[-1]
                lasts = {last.lower(), last.lower().removeprefix("al-")}
                if (len(c.name.split()) > 1 or c.name.lower().startswith(("al-", "el-"))) \
                        and word in lasts and c.name.lower() != word:
                    targets.append(c)
            if not targets:
                # "Q John, ...": a first name of the one person with it
                targets = [c for c in people if c is not single and len(c.name.split()) > 1
                           and c.name.split()[0].lower() == word
                           and not c.id.startswith("anon_")]
            if len(targets) != 1:
                continue
            target = targets[0]
            for h in self.hits:
                if h.actor == single.id:
                    h.actor = target.id
            if target.title is None:
                target.title, target.rank = single.title, single.rank
            if not target.affiliation and single.affiliation:
                target.affiliation = single.affiliation
                target.text_affiliation = single.text_affiliation
            target.speaker += single.speaker
            del self.cands[single.id]

    def list_affiliations(self) -> None:
        """"Secretary Rubio, Special Envoy Witkoff, Mr. Kushner, and Secretary Driscoll": a
        person without an affiliation in a list of people who share one takes it."""
        t = self.t
        people = sorted((h for h in self.hits if h.actor and self.kind_of(h.actor) == "person"
                         and not h.actor.startswith("anon_")), key=lambda h: h.i)

        def aff(h: Hit) -> str | None:
            c = self.cands.get(h.actor or "")
            return (c.affiliation if c else None) or self.affiliation_of(h.actor or "")

        def linked(a: Hit, b: Hit) -> bool:
            if t.sent[a.i] != t.sent[b.i]:
                return False
            gap = a.j
            seen_sep = False
            while gap < b.i:
                m = self.match_title(gap)
                if m is not None and m[0] <= b.i:
                    gap = m[0]
                    continue
                if t.norm[gap] in (",", "and", ".") or t.norm[gap] in self.w("prefixes"):
                    seen_sep = seen_sep or t.norm[gap] in (",", "and")
                    gap += 1
                    continue
                return False
            return seen_sep

        for n, h in enumerate(people):
            if aff(h):
                continue
            around = []
            if n > 0 and linked(people[n - 1], h):
                around.append(aff(people[n - 1]))
            if n + 1 < len(people) and linked(h, people[n + 1]):
                around.append(aff(people[n + 1]))
            found = {a for a in around if a}
            if len(found) == 1:
                c = self.cand(h.actor)
                c.affiliation = found.pop()
                c.text_affiliation = True

    def name_span(self, c: Cand) -> tuple[int, int]:
        """Token range of a candidate's first name hit (for name-compatibility checks)."""
        h = next((h for h in self.hits if h.actor == c.id), None)
        return (h.i, h.j) if h is not None else (0, 0)

    def question_names(self, people: list[Cand]) -> None:
        """Transcripts: "Q John, is it ...": the first name of the one person with it."""
        t = self.t
        firsts: dict[str, list[Cand]] = {}
        for c in people:
            parts = c.name.split()
            if len(parts) > 1 and not c.id.startswith("anon_"):
                firsts.setdefault(parts[0].lower(), []).append(c)
        for k in self.positions(("q",)):
            j = k + 1
            if t.raw[k] != "Q" or not t.line_start[k] or j + 1 >= t.n or not t.caps[j] \
                    or t.norm[j + 1] != "," or self.taken[j]:
                continue
            owners = firsts.get(t.norm[j], [])
            if len(owners) != 1:
                continue
            h = Hit(j, j + 1, ((owners[0].id, NAME, False, t.raw[j], None, None),),
                    rule="first name")
            h.actor, h.ftype = owners[0].id, NAME
            self.hits.append(h)
            self.taken[j] = 1

    def merge_generics(self) -> None:
        """Descriptions that name a named group: "the Syrian rebel coalition known as the High
        Negotiations Committee", "the HNC, a coalition of opposition groups,"; and a bare
        "rebels" when the text has one state's opposition."""
        t = self.t
        generic = {aid: c for aid, c in self.cands.items()
                   if c.discovered and not c.mentions and c.kind == "armed_group"
                   and not aid.startswith("anon_") and c.refs}
        if not generic:
            return
        starts = t.starts
        hit_at = {h.i: h for h in self.hits if h.actor}
        targets: dict[str, str] = {}
        for aid, c in generic.items():
            for s, e, _role, _rule in c.refs:
                end_tok = bisect.bisect_left(starts, e)
                # "X coalition known as NAME"
                for k in range(end_tok, min(t.n, end_tok + 3)):
                    if t.norm[k] in ("known", "called", "named") and (
                            t.norm[k] != "known" or (k + 1 < t.n and t.norm[k + 1] == "as")):
                        q = k + (2 if t.norm[k] == "known" else 1)
                        if q < t.n and t.norm[q] == "the":
                            q += 1
                        h = hit_at.get(q)
                        if h and self.kind_of(h.actor) in ("armed_group", "organization"):
                            targets.setdefault(aid, h.actor)
                        break
                # "NAME, a coalition of X groups,"
                start_tok = bisect.bisect_left(starts, s)
                for k in range(start_tok - 1, max(-1, start_tok - 8), -1):
                    if t.norm[k] in (".", ";", "?", "!"):
                        break
                    if t.norm[k] == "," and k >= 1:
                        h = next((x for x in self.hits if x.j == k and x.actor), None)
                        if h and self.kind_of(h.actor) in ("armed_group", "organization") \
                                and k + 1 < t.n and t.norm[k + 1] in ("a", "an", "the"):
                            targets.setdefault(aid, h.actor)
                        break
        bare = self.cands.get("opposition")
        owned = [aid for aid in generic if aid.endswith("_opposition") and aid != "opposition"]
        if bare is not None and "opposition" in generic and len(owned) == 1 \
                and "opposition" not in targets:
            targets["opposition"] = owned[0]
        for aid, target in targets.items():
            while target in targets and targets[target] != aid:
                target = targets[target]
            src, dst = self.cands.pop(aid, None), self.cands.get(target)
            if src is None or dst is None:
                continue
            dst.refs.extend(src.refs)
            for a in src.aliases:
                dst.alias(a)
            dst.first = min(dst.first, src.first)

