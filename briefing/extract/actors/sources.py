"""Actor extraction, anonymous sources: "a senior State Department official" is a person actor
without name mentions, affiliated through the possessor or whom it speaks for; "the official"
becomes a reference."""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import TokenHit


def anonymous(run: ActorRun) -> None:
    """Anonymous sources ("a senior State Department official") become person actors without
    name mentions; a later "the official" is a reference to the last one so described (the
    last one at all when none was)."""
    t = run.t
    norm = t.norm
    speaking = run.w("speaking_source_nouns")
    nouns = run.w("source_nouns") | speaking
    mods = run.w("source_modifiers") | run.w("speaking_source_modifiers")
    dets = run.w("source_determiners")
    hit_at = {}
    for h in run.hits:
        for k in range(h.i, h.j):
            hit_at[k] = h
    last = _LastSources()
    for k in run.positions(nouns):
        if k + 1 < t.n and (t.cap(k + 1) and not t.raw[k + 1].isupper()
                            and not t.line_start[k + 1]) and norm[k] not in ("official",):
            continue  # "spokesman John Kirby": a named person (titles pass)
        a, possessor, words = _walk_back(run, k, hit_at, mods)
        label = t.raw[k].isupper() and t.line_start[min(words) if words else k] \
            and k + 1 < t.n and norm[k + 1] == ":"
        det = a >= 0 and norm[a] in dets
        if not det and not label:
            if _introduced_unlinked(run, a, dets):
                # "A Finance Ministry official said" where no actor links the name: someone
                # new the pass cannot name -- a later "the official" is he, not the source
                # introduced before him
                last.forget(norm[k])
            continue
        if norm[k] in speaking and not (det and norm[a] != "the" and run.speech_near(k + 1, a)):
            continue  # "a leader of the region", "the leader": no source speaking
        if det and norm[a] == "the" and not label:
            # "the official": a reference to the last anonymous source of that head noun,
            # else to the last one
            meant = last.meant(norm[k])
            if meant and not words:
                run.cands[meant].refs.append((t.starts[a], t.ends[k], "reference",
                                              "anaphor"))
            continue
        if not words and not label and norm[k] in ("minister", "envoy", "officer"):
            continue
        last.told(norm[k], _source(run, k, a, det, label, possessor, words, hit_at))


class _LastSources:
    """The last anonymous source, and the last by head noun: "the spokesman" is the last
    spokesperson introduced ("A State Department spokesman said …. A Japanese official …
    "…," the spokesman said"), not whichever source came last."""

    def __init__(self) -> None:
        self.last: str | None = None
        self.by_head: dict[str, str] = {}

    def meant(self, noun: str) -> str | None:
        """The source "the ``noun``" refers to."""
        return self.by_head.get(_head(noun), self.last)

    def told(self, noun: str, aid: str) -> None:
        """``aid``, a source described by ``noun``, the last one."""
        self.last = aid
        self.by_head[_head(noun)] = aid

    def forget(self, noun: str) -> None:
        """Someone new the pass cannot name comes after the sources told (by ``noun``)."""
        self.last = None
        self.by_head.pop(_head(noun), None)


def _walk_back(run: ActorRun, k: int, hit_at: dict[int, TokenHit], mods: frozenset[str] | set[str]
               ) -> tuple[int, TokenHit | None, list[int]]:
    """From the source noun at ``k``, back over modifiers and actor hits (the first one, the
    possessor) to where a determiner would be: that token, the possessor, the words passed."""
    norm = run.t.norm
    a = k - 1
    possessor: TokenHit | None = None
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
    return a, possessor, words


def _source(run: ActorRun, k: int, a: int, det: bool, label: bool, possessor: TokenHit | None,
            words: list[int], hit_at: dict[int, TokenHit]) -> str:
    """The person actor of the source described by ``words`` and the noun at ``k`` (``a``: its
    determiner when ``det``; ``label``: a transcript's speaker label), affiliated, counted a
    speaker when it speaks; its id."""
    t, norm = run.t, run.t.norm
    start = min(words) if words else k
    desc = t.span_text(start, k + 1)
    # "a spokesman for Unison", "an official of the ministry": whom the source speaks for
    patron = patron_hit(run, k + 1, hit_at) if det else None
    aff = _affiliation(run, possessor, patron, words)
    name = " ".join(desc.split())
    if name.isupper():
        name = name.lower()
    core = [norm[x] for x in sorted(words) if norm[x] not in
            ("senior", "top", "high", "-", "ranking", "level", ".", "another")]
    tail = [f"for_{patron.actor}"] if patron is not None and possessor is None else []
    aid = run.fresh_id("anon_" + "_".join([*core, norm[k], *tail]))
    c = run.cand(aid, name=name, kind="person", origin="extracted")
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
    elif run.speech_near(k + 1, a if det else start) or (
            patron is not None and run.speech_in_clause(patron.j)):
        c.speaker += 1
        if patron is not None and patron.actor and run.kind_of(patron.actor) != "person":
            # the organisation a spokesman speaks for is a speaker too (a patron always
            # has an actor: see patron_hit)
            run.cand(patron.actor).speaker += 1
    return aid


def _affiliation(run: ActorRun, possessor: TokenHit | None, patron: TokenHit | None,
                 words: list[int]) -> str | None:
    """Whom a source speaks for: the possessor's state (or the possessor), the actor it is
    "for" or "of", the United States for an "administration" official."""
    if possessor is not None and possessor.actor:
        return run.state_of(possessor.actor) or possessor.actor
    if patron is not None:
        return patron.actor
    if "administration" in {run.t.norm[x] for x in words} and any_actor(run, "usa"):
        return "usa"
    return None


def _head(noun: str) -> str:
    """A source's head noun, the spokesman, spokeswoman and spokesperson as one."""
    return "spokes" if noun.startswith("spokes") else noun


def _introduced_unlinked(run: ActorRun, a: int, dets: frozenset[str] | set[str]) -> bool:
    """Whether the tokens up to ``a`` end with an indefinite determiner and one to four
    capitalised words the walk could not link ("a Finance Ministry", "one Harbour Bank")."""
    t = run.t
    b = a
    while b >= 0 and a - b < 4 and t.cap(b) and not t.line_start[b]:
        b -= 1
    return a - b >= 1 and b >= 0 and t.norm[b] in dets and t.norm[b] != "the"


def patron_hit(run: ActorRun, k: int, hit_at: dict[int, TokenHit]) -> TokenHit | None:
    """The actor after "for/of [the] [Mr]" at token ``k`` ("a spokesman for Unison")."""
    t = run.t
    if k >= t.n or t.norm[k] not in ("for", "of"):
        return None
    q = k + 1
    if q < t.n and t.norm[q] == "the":
        q += 1
    m = run.match_title(q) if q < t.n else None
    if m is not None and m[1]["rank"] == "honorific":
        q = m[0]
    h = hit_at.get(q)
    return h if h is not None and h.i == q and h.actor else None


def any_actor(run: ActorRun, aid: str) -> bool:
    """Whether the text names the actor ``aid``."""
    return any(h.actor == aid for h in run.hits)
