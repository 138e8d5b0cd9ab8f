"""Actor extraction, people named with a relative clause instead of a title.

"Maynard Glitman, who heads the American team, told reporters ..." names a person the
knowledge base does not know and gives no title before the name; the relative clause after it
("who heads", "who leads", "who is") says that a person is meant, and an actor right after the
verb ("the American team") is whom they act for.  "the Soviet team headed by Lem Masterkov"
likewise: a team, a delegation or a mission "headed|led|chaired by" a name.  The name must be
a capitalised run of two to four words that is nobody's yet (not a state, not an organisation).
"Name Name, negotiating for the employers, said", "..., Name Name, said" (a name set off by
commas before a verb of speech) and "Name Name, a defense analyst, said" (a lower-case
description between the name and the verb) name a person too.
"""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.people import org_run_end, person_name
from briefing.extract.actors.scan import TokenHit, mark
from briefing.extract.actors.surnames import link_surname
from briefing.knowledge import NAME

# verbs of office or identity after "who": a person holds an office, leads a team, is someone
_FOR_SIDE = frozenset({"negotiating", "speaking", "acting", "bargaining"})
_SAID = frozenset({"said", "says", "told", "added", "stated", "declared", "warned"})
_LED_BY = frozenset({"headed", "led", "chaired"})
_BODIES = frozenset({"team", "delegation", "mission", "panel", "group", "committee", "side"})
_OFFICE_VERBS = frozenset({"heads", "headed", "leads", "led", "chairs", "chaired", "is", "was",
                           "represents", "represented", "runs", "ran", "directs", "directed",
                           "manages", "negotiates", "negotiated", "serves", "served"})


def relative_appositions(run: ActorRun) -> None:
    """People named with a relative clause or an apposition instead of a title (see the module
    docstring)."""
    t = run.t
    norm = t.norm
    stop = run.w("name_stop")
    particles = run.w("particles")
    for b in run.positions(("by",)):
        # "the Soviet team headed by Lem Masterkov"
        if b < 2 or norm[b - 1] not in _LED_BY or not any(
                norm[x] in _BODIES for x in range(max(0, b - 9), b - 1)):
            continue
        e = b + 1
        while e < t.n and e - b <= 3 and t.caps[e] and not run.taken[e] \
                and norm[e] not in stop:
            e += 1
        if e - (b + 1) >= 2 and (e >= t.n or not t.caps[e]):
            body = next((h for h in run.hits if h.actor and max(0, b - 10) <= h.i < b
                         and run.kind_of(h.actor) != "person"), None)
            _person(run, b + 1, e, particles, body, lead=True)
    for c in run.positions((",",)):
        if c + 2 >= t.n or c < 2 or not t.caps[c - 1] or run.taken[c - 1]:
            continue  # cheap first: a free capitalised word must end before the comma
        relative = norm[c + 1] == "who" and norm[c + 2] in _OFFICE_VERBS
        for_side = norm[c + 1] in _FOR_SIDE and norm[c + 2] in ("for", "on")
        # ", Name Name, said": the run between two commas, a verb of speech after
        said = norm[c + 1] in _SAID and _comma_before_run(run, c)
        # "Name Name, a defense analyst and author, said": a description, then speech
        described = not (relative or for_side or said) and _described_speaker(run, c)
        if not (relative or for_side or said or described):
            continue
        if c < 2 or not t.caps[c - 1] or run.taken[c - 1]:
            continue
        a = c - 1
        while a - 1 >= 0 and c - a < 5 and not run.taken[a - 1] and (
                t.caps[a - 1] or (norm[a - 1] in particles and t.caps[a])
                or (norm[a - 1] == "-" and a >= 2 and t.caps[a - 2] and t.glued(a))) \
                and norm[a - 1] not in stop and not t.line_start[a]:
            a -= 1  # "Hans-Peter Stihl": a hyphenated given name stays whole
        if c - a < 2 or norm[a] in stop or any(run.taken[a:c]) \
                or a in t.heading_toks:
            continue
        # a name opening its paragraph is fine here (no title to end a headline line)
        if norm[c - 1] in run.w("org_heads") or org_run_end(run, a):
            continue
        if not t.line_start[a] and person_name(run, a, stop, particles) != c:
            continue
        # whom they act for: an actor right after "who heads the ..."
        after = next((h for h in run.hits if h.actor and c + 3 <= h.i <= c + 4
                      and run.kind_of(h.actor) != "person"), None) \
            if not said else _first_actor(run, max(0, a - 10), a - 1)
        _person(run, a, c, particles, after, lead=norm[c + 2] in ("heads", "headed", "leads",
                                                                  "led", "chairs", "chaired"),
                commentator=described)


def _first_actor(run: ActorRun, lo: int, hi: int) -> TokenHit | None:
    """The first state or organisation named in tokens ``lo``..``hi`` ("European Union
    ambassador to the WTO, Name Name, said": whom the title before the name serves)."""
    found = [h for h in run.hits if h.actor and lo <= h.i < hi
             and run.kind_of(h.actor) not in ("person", None)]
    return min(found, key=lambda h: h.i) if found else None


def _described_speaker(run: ActorRun, c: int) -> bool:
    """After the comma at ``c``: a lower-case description, a comma, a verb of speech
    ("..., author of a book on the war, said")."""
    t = run.t
    if not t.raw[c + 1][:1].islower():
        return False
    for k in range(c + 2, min(t.n - 1, c + 16)):
        if t.norm[k] in (".", ";", ":", '"', "“", "”"):
            return False
        if t.norm[k] == ",":
            return t.norm[k + 1] in _SAID
    return False


def _comma_before_run(run: ActorRun, c: int) -> bool:
    """A comma two to three capitalised words before the comma at ``c``."""
    t = run.t
    for width in (2, 3):
        a = c - width
        if a >= 1 and t.norm[a - 1] == "," and all(t.caps[x] for x in range(a, c)):
            return True
    return False


def _person(run: ActorRun, a: int, c: int, particles: frozenset[str], acts_for: TokenHit | None,
            lead: bool = False, commentator: bool = False) -> None:
    """A discovered person named by tokens ``a``..``c`` (``lead``: who heads a team or a
    delegation negotiates for its side, like an envoy; ``commentator``: described, not
    titled -- an analyst or an author speaks for no side)."""
    t = run.t
    name = t.span_text(a, c)
    pid = run.fresh_id(name)
    cand = run.cand(pid, name=name, kind="person", origin="extracted")
    cand.discovered = True
    if lead:
        cand.rank = cand.rank or "envoy"
    elif commentator:
        cand.rank = cand.rank or "commentator"
    if acts_for is not None and acts_for.actor:
        state = run.state_of(acts_for.actor)
        cand.affiliation = state or acts_for.actor
        cand.text_affiliation = True
    hit = TokenHit(a, c, ((pid, NAME, False, name, None, None),), rule="relative")
    hit.actor, hit.ftype = pid, NAME
    run.hits.append(hit)
    mark(run.taken, [hit])
    link_surname(run, pid, name, particles)
