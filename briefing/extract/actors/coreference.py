"""Actor extraction, offices and coreference: "the President" in a government's own text is
its head of state; people and generic groups named twice in different ways become one actor;
a person in a list of people who share an affiliation takes it."""

from __future__ import annotations

import bisect

from briefing.extract.actors.base import ActorRun, Cand
from briefing.extract.actors.people import compatible_with
from briefing.extract.actors.scan import TokenHit
from briefing.knowledge import (
    NAME,
    SURNAME,
)

# ------------------------------------------------------------------ 6a. offices
_OFFICES = ("president", "prime minister", "chancellor", "king", "queen", "emir",
            "secretary of state", "vice president", "crown prince")


def offices(run: ActorRun) -> None:
    """"the President" (capitalised, no name after it): the holder of that office, at the
    document's date, for the state the text names most that has one."""
    t = run.t
    norm = t.norm
    found: dict[str, list[tuple[int, int]]] = {}
    for k in run.positions(("the",)):
        a = k + 1
        m = run.match_title(a) if a < t.n and t.caps[a] else None
        if m is None:
            continue
        end, info = m
        title = " ".join(norm[a:end])
        if title not in _OFFICES or not all(t.caps[x] for x in range(a, end)
                                            if norm[x] != "of"):
            continue
        if end < t.n and (t.caps[end] and not t.line_start[end] or norm[end] == "of"):
            continue  # "the President Biden", "the President of France": not this rule
        if any(run.taken[a:end]):
            continue
        found.setdefault(title, []).append((k, end))
    if not found:
        return
    counts: dict[str, int] = {}
    for h in run.hits:
        if h.actor and run.kind_of(h.actor) == "state":
            counts[h.actor] = counts.get(h.actor, 0) + 1
    # the document's own voice first: the state whose government publishes it ("The
    # White House": "THE PRESIDENT:" in its transcripts is its president, however often
    # the text names Egypt), then the state its (anonymous) officials speak for, since a
    # capitalised "the President" is how a government's own texts name its head
    voice = [c.affiliation for c in run.cands.values()
             if c.kind == "person" and c.id.startswith("anon_") and c.affiliation]
    publisher = publishing_state(run)
    if publisher:
        voice.insert(0, publisher)
    order = list(dict.fromkeys([*voice, *sorted(counts, key=lambda s: -counts[s])]))
    for title, spans in found.items():
        # a person the text itself names with this title ("President Biden ... The
        # President thanked ...") comes first
        named = [c for c in run.cands.values() if c.kind == "person" and c.title
                 and c.title.lower() == title and any(h.actor == c.id for h in run.hits)]
        voiced = next((p for p in (run.kb.holder(v, title, run.pub) for v in voice) if p),
                      None)
        if voiced is None and len(named) == 1:
            pid: str | None = named[0].id
            c = named[0]
            for a, b in spans:
                c.refs.append((t.starts[a], t.ends[b - 1], "description", "office"))
                if run.speech_near(b, a):
                    c.speaker += 1
                for x in range(a, b):
                    run.taken[x] = 1
            continue
        for state in order:
            pid = run.kb.holder(state, title, run.pub)
            if pid is None:
                continue
            c = run.cand(pid)
            c.rank = c.rank or "principal"
            if c.title is None:
                c.title = " ".join(t.span_text(spans[0][0] + 1, spans[0][1]).split())
            for a, b in spans:
                c.refs.append((t.starts[a], t.ends[b - 1], "description", "office"))
                c.first = min(c.first, t.starts[a])
                if run.speech_near(b, a):
                    c.speaker += 1
                for x in range(a, b):
                    run.taken[x] = 1
            break


def publishing_state(run: ActorRun) -> str | None:
    """The state whose government body publishes the document (its ``source``), if the
    knowledge base knows the source as such ("The White House" → usa; not for media).
    Without one, a transcript's: the state of the first office holder its title names
    ("Remarks by President Biden and President Zelenskyy" → usa)."""
    for entry in run.kb.lookup(run.doc.source) if run.doc.source else ():
        ent = run.kb.get(entry[0])
        if ent is not None and ent["kind"] == "state":
            state: str = ent["id"]
            return state
        if ent is not None and ent["kind"] == "government":
            country: str | None = ent.get("country") or ent.get("part_of")
            return country
    t = run.t
    if not run.doc.turns or not t.title_end:
        return None
    for h in sorted(run.hits, key=lambda h: h.i):
        if t.starts[h.i] >= t.title_end:
            break
        role = run.kb.role_at(h.actor, run.pub) if h.actor else None
        if role and role.get("of") and run.kind_of(h.actor) == "person":
            holder_of: str = role["of"]
            return holder_of
    return None


# ------------------------------------------------------------------ 6b. coreference merges
def merge_people(run: ActorRun) -> None:
    """"President Trump" and "Donald J. Trump": a one-word discovered name joins the one
    person (KB or discovered) whose surname it is."""
    people = [c for c in run.cands.values() if c.kind == "person" and c.mentions == []]
    question_names(run, people)
    # a bare surname of a KB person goes to a discovered person of that surname when the
    # KB person is not named in full ("Judge Lavrov ... Lavrov said")
    by_last: dict[str, list[str]] = {}
    for c in people:
        if c.discovered and not c.id.startswith("anon_") \
                and c.name.split()[0].rstrip(".").lower() not in ("mrs", "madame", "mme"):
            # (a wife named "Mrs. Roe" is never her husband's bare "Roe")
            by_last.setdefault(c.name.split()[-1].lower(), []).append(c.id)
    confirmed = {h.actor for h in run.hits
                 if h.ftype != SURNAME or run.titled(h.i, strong=True)}
    for h in run.hits:
        if h.ftype == SURNAME and h.actor not in confirmed and h.j - h.i == 1:
            owners = by_last.get(run.t.norm[h.i], [])
            if len(owners) == 1:
                h.actor, h.ftype = owners[0], NAME
    # "Sheikh Mohammed, the Qatari prime minister": a discovered name with an office and a
    # state is the KB's holder of that office at the date, when the name fits
    for c in list(people):
        if not c.discovered or c.id.startswith("anon_") or not (c.title or c.offices) \
                or not c.affiliation or c.id not in run.cands:
            continue
        # an honorific ("Dr.", "Sir") is recorded as an office but sets no title: only
        # real titles are looked up
        titles = dict.fromkeys(o for o in (c.title, *c.offices) if o)
        holder = next((p for p in (run.kb.holder(c.affiliation, o, run.pub)
                                   for o in titles) if p), None)
        if holder is None or holder == c.id:
            continue
        if not compatible_with(run, holder, *name_span(run, c)):
            continue
        target = run.cand(holder)
        for h in run.hits:
            if h.actor == c.id:
                h.actor = holder
        target.title = target.title or c.title
        target.rank = target.rank or c.rank
        target.speaker += c.speaker
        target.affiliation = target.affiliation or c.affiliation
        del run.cands[c.id]
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
            ent = run.kb.get(c.id)
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
        for h in run.hits:
            if h.actor == single.id:
                h.actor = target.id
        if target.title is None:
            target.title, target.rank = single.title, single.rank
        if not target.affiliation and single.affiliation:
            target.affiliation = single.affiliation
            target.text_affiliation = single.text_affiliation
        target.speaker += single.speaker
        del run.cands[single.id]


def list_affiliations(run: ActorRun) -> None:
    """"Secretary Rubio, Special Envoy Witkoff, Mr. Kushner, and Secretary Driscoll": a
    person without an affiliation in a list of people who share one takes it."""
    t = run.t
    people = sorted((h for h in run.hits if h.actor and run.kind_of(h.actor) == "person"
                     and not h.actor.startswith("anon_")), key=lambda h: h.i)

    def aff(h: TokenHit) -> str | None:
        c = run.cands.get(h.actor or "")
        return (c.affiliation if c else None) or run.affiliation_of(h.actor or "")

    def linked(a: TokenHit, b: TokenHit) -> bool:
        if t.sent[a.i] != t.sent[b.i]:
            return False
        gap = a.j
        seen_sep = False
        while gap < b.i:
            m = run.match_title(gap)
            if m is not None and m[0] <= b.i:
                gap = m[0]
                continue
            if t.norm[gap] in (",", "and", ".") or t.norm[gap] in run.w("prefixes"):
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
        if len(found) == 1 and h.actor:  # every hit of ``people`` has an actor
            c = run.cand(h.actor)
            c.affiliation = found.pop()
            c.text_affiliation = True


def name_span(run: ActorRun, c: Cand) -> tuple[int, int]:
    """Token range of a candidate's first name hit (for name-compatibility checks)."""
    h = next((h for h in run.hits if h.actor == c.id), None)
    return (h.i, h.j) if h is not None else (0, 0)


def question_names(run: ActorRun, people: list[Cand]) -> None:
    """Transcripts: "Q John, is it ...": the first name of the one person with it."""
    t = run.t
    firsts: dict[str, list[Cand]] = {}
    for c in people:
        parts = c.name.split()
        if len(parts) > 1 and not c.id.startswith("anon_"):
            firsts.setdefault(parts[0].lower(), []).append(c)
    for k in run.positions(("q",)):
        j = k + 1
        if t.raw[k] != "Q" or not t.line_start[k] or j + 1 >= t.n or not t.caps[j] \
                or t.norm[j + 1] != "," or run.taken[j]:
            continue
        owners = firsts.get(t.norm[j], [])
        if len(owners) != 1:
            continue
        h = TokenHit(j, j + 1, ((owners[0].id, NAME, False, t.raw[j], None, None),),
                     rule="first name")
        h.actor, h.ftype = owners[0].id, NAME
        run.hits.append(h)
        run.taken[j] = 1


def merge_generics(run: ActorRun) -> None:
    """Descriptions that name a named group: "the Syrian rebel coalition known as the High
    Negotiations Committee", "the HNC, a coalition of opposition groups,"; and a bare
    "rebels" when the text has one state's opposition."""
    t = run.t
    generic = {aid: c for aid, c in run.cands.items()
               if c.discovered and not c.mentions and c.kind == "armed_group"
               and not aid.startswith("anon_") and c.refs}
    if not generic:
        return
    starts = t.starts
    hit_at = {h.i: h for h in run.hits if h.actor}
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
                    if h and h.actor and run.kind_of(h.actor) in ("armed_group", "organization"):
                        targets.setdefault(aid, h.actor)
                    break
            # "NAME, a coalition of X groups,"
            start_tok = bisect.bisect_left(starts, s)
            for k in range(start_tok - 1, max(-1, start_tok - 8), -1):
                if t.norm[k] in (".", ";", "?", "!"):
                    break
                if t.norm[k] == "," and k >= 1:
                    h = next((x for x in run.hits if x.j == k and x.actor), None)
                    if h and h.actor and run.kind_of(h.actor) in ("armed_group", "organization") \
                            and k + 1 < t.n and t.norm[k + 1] in ("a", "an", "the"):
                        targets.setdefault(aid, h.actor)
                    break
    bare = run.cands.get("opposition")
    owned = [aid for aid in generic if aid.endswith("_opposition") and aid != "opposition"]
    if bare is not None and "opposition" in generic and len(owned) == 1 \
            and "opposition" not in targets:
        targets["opposition"] = owned[0]
    for aid, target in targets.items():
        while target in targets and targets[target] != aid:
            target = targets[target]
        src, dst = run.cands.pop(aid, None), run.cands.get(target)
        if src is None or dst is None:
            continue
        dst.refs.extend(src.refs)
        for a in src.aliases:
            dst.alias(a)
        dst.first = min(dst.first, src.first)
