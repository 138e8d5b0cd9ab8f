"""Actor extraction, demotions: mentions that name an actor without making it a party.

Three general rules, each a function over the run (:class:`~.base.ActorRun`):

- *Enumerations of other cases.*  "she has mediated between A and B, C and D, E and F", "states
  such as A and B": a state named only inside such an enumeration (and
  nowhere else as a side) is context, not a party at this article's table.
- *Spokespeople who only report.*  A spokesman, spokesperson or press secretary who only says,
  announces or tells reporters speaks *for* someone; unless they meet, negotiate or sign they are
  `mentioned` (their affiliation keeps its own tier).
- *A demonym before a private individual.*  "a Russian trader", "an Israeli tourist": the
  adjective describes one private person, never the state.
"""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun, Cand
from briefing.extract.actors.scan import TokenHit
from briefing.knowledge import DEMONYM

# Gaps between two coordinated names of a list ("A and B", "A, B", "A, and B", "A or B").
_LIST_GAPS = (("and",), (",",), (",", "and"), ("or",), (",", "or"))
_PAIR_GAP = ("and",)
_PAIR_SEP = ((",",), (",", "and"), (";",), (";", "and"))


# ------------------------------------------------------------------ demonym + private person
def private_demonyms(run: ActorRun) -> None:
    """Drop demonym hits that pre-modify a noun for one private individual ("a Russian
    trader"): the state is not named."""
    t = run.t
    nouns = run.w("private_person_nouns")
    after = run.w("private_noun_compounds")
    if not nouns:
        return
    # an indefinite singular only: "the American worker" is the nation's, "a Russian trader"
    # one person
    dets = ("a", "an", "one", "another")
    keep = []
    for h in run.hits:
        if h.ftype == DEMONYM and h.j < t.n and t.norm[h.j] in nouns \
                and h.i > 0 and t.norm[h.i - 1] in dets \
                and not (h.j + 1 < t.n and t.norm[h.j + 1] in after) \
                and run.kind_of(h.actor or "") in ("state", "state_group"):
            continue
        keep.append(h)
    run.hits[:] = keep


# ------------------------------------------------------------------ enumerations
def _state_runs(run: ActorRun) -> list[tuple[list[TokenHit], list[tuple[str, ...]]]]:
    """Maximal chains of state-name hits joined only by list gaps, in text order, each as
    ``[hits, gaps]``."""
    t = run.t
    hits = sorted((h for h in run.hits if h.actor and h.role != "location"
                   and run.kind_of(h.actor) == "state"), key=lambda h: h.i)
    runs: list[tuple[list[TokenHit], list[tuple[str, ...]]]] = []
    for h in hits:
        if runs:
            last = runs[-1][0][-1]
            # (the gap's words only between hits of one sentence: the hits of a document are
            # far apart, and a tuple of every word between them was built for each pair)
            gap = tuple(w for w in t.norm[last.j:h.i] if w != "the") \
                if t.sent[last.i] == t.sent[h.i] else ()
            if gap and (gap in _LIST_GAPS or gap in _PAIR_SEP):
                runs[-1][0].append(h)
                runs[-1][1].append(gap)
                continue
        runs.append(([h], []))
    return runs


def enumerated_state_hits(run: ActorRun) -> set[int]:
    """``id()`` of every state hit that sits inside an enumeration of several pairs, or of
    examples after "such as"/"including"/"like".

    A plain list of three or more states is *not* an enumeration: "working with the
    governments of A, B and C", "support from A and B, and C, D" name the sides."""
    t = run.t
    cues = run.w("enumeration_cues")
    out: set[int] = set()
    for hits, gaps in _state_runs(run):
        first = hits[0]
        p = first.i - 1
        while p >= 0 and t.norm[p] == "the":
            p -= 1
        prev = t.norm[p] if p >= 0 else ""
        prev2 = " ".join(t.norm[p - 1:p + 1]) if p >= 1 else prev
        # "between A and B, C and D": pairs joined by "and", separated by commas
        pairs = prev == "between" and len(hits) >= 4 and all(
            (g == _PAIR_GAP) if k % 2 == 0 else (g in _PAIR_SEP)
            for k, g in enumerate(gaps))
        # "including A and B's agreement": the list is the possessor of a noun, not examples
        introduced = len(hits) >= 2 and (prev in cues or prev2 in cues) \
            and not any(h.possessive for h in hits)
        if pairs or introduced:
            out.update(id(h) for h in hits)
    return out


def demote_enumerated(run: ActorRun, enum: set[int]) -> None:
    """A party named only inside enumerations is `mentioned`."""
    inside: dict[str, int] = {}
    outside: set[str] = set()
    for h in run.hits:
        if not h.actor or h.role in ("location", "affiliation"):
            continue
        if id(h) in enum:
            inside[h.actor] = inside.get(h.actor, 0) + 1
        else:
            outside.add(h.actor)
    for other in run.cands.values():
        # a ministry or an official of the state named elsewhere: the state is a side
        if other.part_of and (other.mentions or other.refs):
            outside.add(other.part_of)
    for aid in inside:
        c = run.cands.get(aid)
        if c is None or aid in outside or c.refs or c.tier != "party":
            continue
        c.tier = "mentioned"


# ------------------------------------------------------------------ spokespeople
def is_spokesperson(run: ActorRun, c: Cand) -> bool:
    """Whether the text or the KB (the role held at the publication date) titles ``c`` a
    spokesperson or press secretary."""
    words = run.w("spokesperson_titles")
    titles = [c.title or "", *c.offices]
    role = run.kb.role_at(c.id, run.pub) if run.pub and run.kb.get(c.id) else None
    if role is not None:
        titles.append(role["title"] or "")
    for title in titles:
        low = title.lower()
        if any(w in low.split() for w in words) or "press secretary" in low:
            return True
    return False


def demote_spokespeople(run: ActorRun) -> set[str]:
    """A spokesperson who only reports is `mentioned` unless named at the table; returns
    the ids demoted (their organisation may still be a party through them)."""
    t = run.t
    demoted: set[str] = set()
    table = run.w("table_verbs")
    aux = ("has", "had", "have", "also", "later", "then", "will", "would", "was", "is")
    for c in run.cands.values():
        if c.kind != "person" or c.tier != "party" or c.transcript \
                or not is_spokesperson(run, c):
            continue
        at_table = False
        for h in run.hits:
            if h.actor != c.id:
                continue
            k = h.j
            while k < t.n and t.norm[k] in aux and k - h.j < 2:
                k += 1
            if k < t.n and t.norm[k] in table:
                at_table = True  # "Roe met …", "Roe has signed …"
            elif h.i >= 2 and t.norm[h.i - 1] == "with" and t.norm[h.i - 2] in table:
                at_table = True  # "… met with Roe"
            if at_table:
                break
        if not at_table:
            c.tier = "mentioned"
            demoted.add(c.id)
    return demoted
