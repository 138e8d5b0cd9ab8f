"""What a title said with a person's name gives the person (read by :mod:`people` for each
titled name, role noun and apposition it finds): the title itself and its rank, the
affiliation a possessor ("Russian Foreign Minister ...", "Acme's chairman") or an "of STATE"
after the name names; and, of the people the KB knows by one surname, the one the title fits
(or none: a surname match whose title fits none of the person's roles)."""

from __future__ import annotations

import re
from typing import Any

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import TokenHit
from briefing.knowledge import SURNAME, tokenize


def pick_by_title(run: ActorRun, h: TokenHit, tstart: int, tend: int) -> None:
    """"President Biden" with Jill Biden named too: of the people sharing the surname, the
    one whose role fits the title (at the date, else ever) is meant."""
    if h.ftype != SURNAME:
        return
    people = list(dict.fromkeys(e[0] for e in h.entries if e[1] == SURNAME))
    if len(people) < 2:
        return
    words = {w for w in run.t.norm[tstart:tend] if w.isalpha()}

    def fit(pid: str) -> tuple[int, int]:
        ent = run.kb.get(pid) or {}
        now = run.kb.role_at(pid, run.pub)
        now_words = set(tokenize(now["title"] or "")) if now else set()
        ever: set[str] = set()
        for role in ent.get("roles", ()):
            ever.update(tokenize(role["title"] or ""))
        return (len(words & now_words), len(words & ever))

    best = max(people, key=fit)
    if fit(best) > fit(h.actor or "") if h.actor in people else fit(best) > (0, 0):
        h.actor = best


_GENERIC_TITLES = frozenset({"leader", "minister", "secretary", "official", "chief"})


def title_clash(run: ActorRun, h: TokenHit, info: dict[str, Any], tstart: int,
                tend: int) -> bool:
    """A surname-only KB match whose title in the text fits none of the person's roles."""
    if h.ftype != SURNAME or info["rank"] == "honorific" or not h.actor:
        return False
    ent = run.kb.get(h.actor)
    if not ent or not ent.get("roles"):
        return False
    words = {w for w in run.t.norm[tstart:tend] if w.isalpha()} - _GENERIC_TITLES
    if not words:
        return False
    role_words: set[str] = set()
    for role in ent["roles"]:
        role_words.update(tokenize(role["title"] or ""))
    return not (words & role_words)


# a political party's name ("Conservative Party", "Liberal Democrats"): its leader, in the
# news of a state's negotiation, speaks in that state's politics
_POLITICAL = re.compile(r"\b(?:Party|Democrats)\b")


def _own_body(run: ActorRun, actor_id: str | None) -> bool:
    """Whether a titled person before or after whom ``actor_id`` is named ("Acme President Jo
    Roe", "Jo Roe, Acme's chairman") acts for that organisation itself -- a firm, a union, a
    bank -- rather than for its country; a political party's leader keeps the state."""
    if run.kind_of(actor_id) != "organization":
        return False
    c = run.cands.get(actor_id or "")
    ent = run.kb.get(actor_id or "")
    name = c.name if c is not None else (ent.get("name", "") if ent else "")
    return not _POLITICAL.search(name)


def confirm_after(run: ActorRun, pid: str | None, tstart: int, tend: int, info: dict[str, Any],
                  possessor: TokenHit | None) -> None:
    """Title and affiliation from an apposition after the name."""
    if pid is None:
        return
    c = run.cand(pid)
    t = run.t
    title_start = tstart
    while title_start < tend and not run.kb.titles.get(tuple(t.norm[title_start:tend])):
        title_start += 1
    title = " ".join(t.span_text(title_start, tend).split())
    c.offices.append(title)
    if c.title is None:
        c.title = title[:1].upper() + title[1:] if title.islower() else title
    c.rank = c.rank or info["rank"]
    aff = None
    if possessor is not None and possessor.actor != pid:
        kind = run.kind_of(possessor.actor)
        aff = possessor.actor if kind == "igo" or _own_body(run, possessor.actor) \
            else run.state_of(possessor.actor)
        aff = aff or possessor.actor
    elif info.get("of"):
        aff = info["of"]
    if aff and not c.text_affiliation:
        c.affiliation = aff
        c.text_affiliation = True


def confirm(run: ActorRun, pid: str | None, tstart: int, tend: int, info: dict[str, Any],
            name_end: int) -> None:
    """Give the person ``pid`` the title at tokens [tstart, tend) and the affiliation it
    names (``info``: its KB entry)."""
    if pid is None:
        return
    t = run.t
    c = run.cand(pid)
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
    prefixes = run.w("prefixes")
    while p >= 0 and t.norm[p] in prefixes:
        p -= 1
    if p >= 0 and t.norm[p] == "s" and p >= 1 and t.norm[p - 1] in ("'",):
        p -= 2
    end_at = run.end_at
    if end_at is not None:
        before = end_at.get(p + 1)
    else:
        before = next((h for h in run.hits if h.j == p + 1 and h.actor), None)
    if before is not None and (t.sent[before.i] != t.sent[tstart]
                               or "\n" in t.text[t.ends[before.j - 1]:t.starts[tstart]]):
        before = None  # the end of a headline is no possessor of the next line's title
    if before is not None and before.actor != pid:
        aff = before.actor if run.kind_of(before.actor) == "igo" \
            or _own_body(run, before.actor) else run.state_of(before.actor)
        aff = aff or before.actor
    # or "of STATE" after the name: "President Biden of the United States" (it beats
    # a default from an office in the title: "National Security Council Secretary X of
    # Armenia" is Armenian)
    hint, office = run.title_ctx or (None, None)
    if name_end < t.n and t.norm[name_end] == "of":
        q = name_end + 1
        if q < t.n and t.norm[q] == "the":
            q += 1
        after = next((h for h in run.hits if h.i == q and h.actor), None)
        if after is not None and (aff is None or run.kind_of(after.actor) == "state"):
            aff = run.state_of(after.actor) or after.actor
    if hint:
        aff = hint
    if aff is None and office:
        aff = run.state_of(office)
    if aff is None and info.get("of"):
        aff = info["of"]
    if aff and aff != pid:
        c.affiliation = aff
        c.text_affiliation = True
    # a title right before a person makes the person a speaker-candidate principal
    if run.speech_near(name_end, tstart):
        c.speaker += 1
