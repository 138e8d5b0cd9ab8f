"""Actor extraction, alias learning: "formerly/now/also known as", "Name (ACR)".  A text that
spells out an acronym the KB reads otherwise ("the African Development Bank (ADB)", the KB's
ADB being the Asian one) keeps its own reading for every use of the letters."""

from __future__ import annotations

from briefing.extract.actors.acronyms import THINGS, spells
from briefing.extract.actors.base import LEGAL_FORMS, ActorRun
from briefing.extract.actors.scan import TokenHit, mark, scan
from briefing.extract.actors.unknown_people import given_names
from briefing.knowledge import (
    ABBREV,
    NAME,
    tokenize,
)

_CONNECTORS = frozenset({"of", "for", "the", "and", "-", "al", "el", "de", "&", "on"})


# capitalised words opening a sentence before a name ("A Joint Team (JT)", "And Matra (MA)")
_OPENERS = frozenset({"a", "an", "and", "but", "or", "so", "called", "as", "while"})
# what a name spelling an acronym, with no organisation head, names when it ends so: a show,
# a scheme, a language, a unit ("Consumer Electronics Show (CES)", "National Insurance (NI)")
_NOT_BODIES = frozenset({"show", "management", "language", "insurance", "units", "unit", "media",
                         "service", "services", "network", "networks", "rights", "technology"})


# ------------------------------------------------------------------ 2. alias learning
_TRIGGERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("formerly", "known", "as"), "former"), (("previously", "known", "as"), "former"),
    (("once", "known", "as"), "former"), (("formerly", "called"), "former"),
    (("now", "known", "as"), "successor"), (("now", "called"), "successor"),
    (("since", "renamed"), "successor"), (("renamed",), "successor"),
    (("rebranded", "as"), "successor"), (("also", "known", "as"), "variant"),
    (("known", "as"), "variant"), (("aka",), "variant"),
    (("a", ".", "k", ".", "a", "."), "variant"),
)


def name_run(run: ActorRun, i: int, forward: bool = True, limit: int = 8) -> tuple[int, int] | None:
    """The proper-name run starting (forward) or ending (backward) at token ``i``."""
    t = run.t
    connectors = _CONNECTORS
    if forward:
        if i < t.n and t.norm[i] == "the":
            i += 1
        if i >= t.n or not t.cap(i):
            return None
        j = i
        while j < t.n and j - i < limit:
            if t.starts[i] < run.dateline_end <= t.starts[j]:
                break  # "March 25 - The Widget Makers Association": the dateline ends a run
            if t.cap(j) or (t.norm[j] in connectors and j + 1 < t.n and t.cap(j + 1)) or t.raw[j][:1].isdigit() and j > i:
                j += 1
            elif j > i and t.norm[j] == "'" and t.glued(j) and t.norm[j - 1].endswith("s") \
                    and j + 1 < t.n and t.cap(j + 1) and not t.glued(j + 1):
                j += 1  # "Transport and General Workers' Union": a plural possessive inside
            else:
                break
        return (i, j) if j > i else None
    j = i + 1
    if j <= 0 or not t.cap(i):
        return None
    a = i
    while a - 1 >= 0 and j - a < limit:
        prev = a - 1
        if t.starts[prev] < run.dateline_end <= t.starts[a]:
            break
        if t.cap(prev) and not (t.sent_tok and prev in t.sent_tok and t.norm[prev] == "the") or t.norm[prev] in connectors and prev - 1 >= 0 and t.cap(prev - 1):
            a = prev
        else:
            break
    if t.norm[a] == "the":
        a += 1
    return (a, j) if j > a else None


def hit_in(run: ActorRun, a: int, b: int) -> TokenHit | None:
    """The largest gazetteer hit inside tokens [a, b) (an actor other than a state)."""
    best = None
    for h in run.hits:
        if h.i >= a and h.j <= b and (best is None or h.j - h.i > best.j - best.i):
            best = h
    return best


def learn_aliases(run: ActorRun) -> None:
    """"X, formerly known as Y", "X (ACR)": learn aliases and discovered organisations."""
    t = run.t
    norm = t.norm
    triggers: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, status in _TRIGGERS:
        triggers.setdefault(words[0], []).append((words, status))
    learned: list[tuple[str, str, str]] = []  # (actor id, form, status)
    for k in run.positions(triggers):
        options = triggers.get(norm[k])
        if not options:
            continue
        for words, status in options:
            if tuple(norm[k:k + len(words)]) != words:
                continue
            right = name_run(run, k + len(words))
            left_end = k - 1
            while left_end >= 0 and norm[left_end] in (",", "(", "—", "–", "-"):
                left_end -= 1
            left = name_run(run, left_end, forward=False) if left_end >= 0 else None
            pair(run, left, right, status, learned)
            break
    # "Name (ACR)": a parenthesised acronym after a name; "Name, ACR, ..." likewise; BBC
    # style writes a pronounceable one in lower case after its capital ("Apec", "Nymex")
    for k in run.positions(("(", ",")):
        if k < 1 or k + 2 >= t.n or norm[k + 2] != (")" if norm[k] == "(" else ","):
            continue
        acr = t.raw[k + 1]
        mixed = norm[k] == "(" and len(acr) >= 3 and acr[0].isupper() and acr[1:].islower()
        if not (2 <= len(acr) <= 7 and (acr.isupper() or mixed) and acr.isalpha()):
            continue
        left = name_run(run, k - 1, forward=False)
        while left is not None and left[1] - left[0] > 1 and norm[left[0]] in _OPENERS:
            left = (left[0] + 1, left[1])  # "And Matra-Harris (MHS)": the name starts after
        if left is None:
            continue
        capitals = [w for w in t.raw[left[0]:left[1]] if w[:1].isalpha() and w[:1].isupper()]
        initials = "".join(w[0] for w in capitals)
        letters = acr.upper()
        if not (set(letters) <= set(initials.upper()) | set("".join(capitals).upper())):
            continue
        spelled = spelled_by(capitals, letters)
        if mixed and not spelled:
            continue  # "Lem (Poland)", "Hayes (Munster)": a place or a club, no acronym
        pair(run, left, (k + 1, k + 2), "abbrev", learned, acronym=True, spelled=spelled)
    for aid, form, status in learned:
        c = run.cands.get(aid) or run.cand(aid)
        if status == "former" and form not in c.former:
            c.former.append(form)
        key = tokenize(form)
        if key and key not in run.kb.gazetteer:
            # (an acronym matches as written: "Caspian" the sea is not "(Caspian)")
            run.local.setdefault(key, []).append((aid, NAME, form.isupper() or status == "abbrev",
                                                  form, None, None))


def spelled_by(words: list[str], letters: str) -> bool:
    """Whether the capitalised ``words`` before a parenthesised acronym spell its ``letters``:
    all of them, a tail of them ("the Widget Makers Association (WMA)"), or their first words
    ("European Atomic Energy Community (EURATOM)", a name's start made into a word)."""
    n = len(words)
    if n > 8 or not letters:
        return False
    return any(spells(words[i:], letters) for i in range(n)) \
        or any(spells(words[:j], letters) for j in range(1, n))


def pair(run: ActorRun, left: tuple[int, int] | None, right: tuple[int, int] | None, status: str,
         learned: list[tuple[str, str, str]], acronym: bool = False, spelled: bool = False
         ) -> None:
    """Learn from the name runs ``left`` and ``right`` around a trigger: the unknown side
    becomes an alias (with ``status``) of the known one, or both name a discovered
    organisation; appends (actor id, form, status) to ``learned``.  ``spelled``: the acronym
    on the right spells the name on the left, which then needs no organisation head ("the
    European Atomic Energy Community (EURATOM)", "Fuerzas Electricas de Catalunya (FECSA)")."""
    if left is None or right is None:
        return
    t = run.t
    lh = hit_in(run, *left)
    rh = hit_in(run, *right)
    lknown = lh is not None and lh.i == left[0] and lh.j == left[1]
    rknown = rh is not None and rh.i == right[0] and rh.j == right[1]
    ltext, rtext = t.span_text(*left), t.span_text(*right)
    # a known side is a hit with an actor (``hit_in`` finds only those)
    if acronym and lknown and rknown and lh is not None and rh is not None and lh.actor \
            and rh.actor and lh.actor != rh.actor and run.kind_of(lh.actor) != "state":
        # "the African Development Bank (ADB)": the text's own spelling-out wins over the KB's
        # reading of the letters (the Asian Development Bank) everywhere in this document
        redefine(run, t.raw[right[0]], rh.actor, lh.actor)
    elif lh is not None and lh.actor and lknown and not rknown and not (
            acronym and (known := run.kb.get(lh.actor)) and known["kind"] == "state"):
        learned.append((lh.actor, rtext, status))
    elif rh is not None and rknown and not lknown:
        if rh.actor and is_org_name(run, left):
            learned.append((rh.actor, ltext, "former" if status == "successor" else status))
    elif not lknown and not rknown and is_org_name(run, left) and not acronym \
            or (acronym and not lknown and (is_org_name(run, left) or spelled
                                            and t.norm[left[1] - 1] not in THINGS
                                            and t.norm[left[1] - 1] not in _NOT_BODIES)):
        kind = org_kind(run, left)
        if kind is None:
            return
        aid = run.fresh_id(ltext)
        c = run.cand(aid, name=ltext, kind=kind, origin="extracted")
        c.discovered = True
        c.alias(ltext)
        run.local.setdefault(tokenize(ltext), []).append((aid, NAME, False, ltext, None,
                                                          None))
        learned.append((aid, rtext, status))


def redefine(run: ActorRun, letters: str, old: str, new: str) -> None:
    """The acronym ``letters`` names ``new``, not the KB's ``old``, in every hit of it."""
    t = run.t
    for h in run.hits:
        if h.actor == old and h.j - h.i == 1 and t.raw[h.i] == letters:
            h.actor, h.ftype = new, ABBREV


def is_org_name(run: ActorRun, span: tuple[int, int]) -> bool:
    """Whether the name run ``span`` has an organisation head word (a one-word run only when
    it holds a hit)."""
    t = run.t
    heads = run.w("org_heads")
    if span[1] - span[0] < 2 and not hit_in(run, *span):
        return False
    return any(t.norm[k] in heads for k in range(*span)) \
        or span[1] - span[0] >= 2 and t.raw[span[1] - 1] in LEGAL_FORMS  # "Acme Widget Co"


# words that make a name run a thing (a treaty, a summit, a place), no organisation
# (universities, colleges and schools are organisations: session 21)
_THING_WORDS = frozenset({"nuclear", "missile", "missiles", "weapons", "treaty", "agreement",
                          "accord", "act", "plan", "strategy", "convention", "protocol",
                          "declaration", "day", "war", "summit", "conference", "talks", "road",
                          "square", "street", "gate", "airport", "hotel", "hospital", "prize",
                          "award"})
_ARMED_WORDS = frozenset({"front", "brigades", "militia", "army"})  # an armed group's name
_GOVERNMENT_WORDS = frozenset({"ministry", "department", "cabinet", "parliament", "senate",
                               "office"})  # a government body's name


def org_kind(run: ActorRun, span: tuple[int, int]) -> str | None:
    """The kind of organisation the name run ``span`` names, None when it names a thing (a
    treaty, a summit, a place)."""
    t = run.t
    words = set(t.norm[span[0]:span[1]])
    if words & _THING_WORDS:
        return None
    nxt = t.norm[span[1]] if span[1] < t.n else ""
    if nxt in ("treaty", "agreement", "accord", "talks", "deal", "missiles", "program"):
        return None
    last = t.norm[span[1] - 1]
    if last in run.w("armed_heads") or words & _ARMED_WORDS:
        return "armed_group"
    if words & _GOVERNMENT_WORDS:
        return "government"
    return "organization"


def scan_local(run: ActorRun, full_names_only: bool = False) -> None:
    """Find the names learnt from this text (``run.local``) in the untaken tokens, then forget
    them.  ``full_names_only``: only the forms of people named in full ("Frits van Horick":
    "van Horick", "Van Horick"), the others stay for a later scan."""
    if not run.local:
        return
    gaz = {k: tuple(v) for k, v in run.local.items()}
    if full_names_only:
        gaz = {k: v for k, v in gaz.items()
               if all(len(run.cands[e[0]].name.split()) > 1 if e[0] in run.cands else False
                      for e in v)}
        for k in gaz:
            del run.local[k]
        if not gaz:
            return
    first: dict[str, int] = {}
    for key in gaz:
        first[key[0]] = max(first.get(key[0], 0), len(key))
    new = scan(run.t, gaz, first, run.taken, rule="learned",
               candidates=run.positions(first))
    new = [h for h in new if not _given_before_of(run, h)]
    for h in new:
        h.actor, h.ftype = h.entries[0][0], h.entries[0][1]
    run.hits.extend(new)
    mark(run.taken, new)
    if not full_names_only:
        run.local.clear()


def _given_before_of(run: ActorRun, h: TokenHit) -> bool:
    """Whether a learnt one-word name of a body is a person's given name here: "Jo" of "Jo
    Roe Inc" (learnt as the firm's short name) opening "Jo Smith of Acme Bank" is Jo Smith,
    a person of Acme Bank (a given name, a capitalised word, "of", a capitalised word)."""
    t = run.t
    k = h.i
    if h.j != k + 1 or k + 3 >= t.n or t.norm[k + 2] != "of" \
            or not (t.cap(k + 1) and t.raw[k + 1].isalpha() and t.cap(k + 3)) \
            or run.taken[k + 1] or t.sent[k + 3] != t.sent[k] \
            or t.norm[k] not in given_names(run.kb):
        return False
    return any(run.kind_of(e[0]) not in (None, "person") for e in h.entries)
