"""Actor extraction, the gazetteer pass: KB names, aliases, abbreviations (exact case),
demonyms, dated names, capitals (only as metonyms: "Moscow said"), short forms (only once the
full name occurs -- or, for an organ of an international organisation, the organisation's:
"the EC's executive Commission"; 19 more name mentions matched on the released sets, session
24) and surnames, with the noise that names nobody dropped."""

from __future__ import annotations

from typing import Any, cast

from briefing.extract.actors.base import MONTHS, WEEKDAYS, ActorRun
from briefing.extract.actors.capitals import caps_line, governed, metonym
from briefing.extract.actors.chambers import the_house, the_senate
from briefing.extract.actors.clubs import bare_named, off_sport, short_ok
from briefing.extract.actors.communities import loose_adjective
from briefing.extract.actors.demonym_readings import a_language, negated
from briefing.extract.actors.firms import opens_firm
from briefing.extract.actors.people import compatible_with
from briefing.extract.actors.scan import TokenHit, mark, scan
from briefing.extract.actors.surnames import (
    clause_word,
    extend_first_name,
    family_leader,
    link_surname,
)
from briefing.extract.actors.unknown_people import given_names
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
    date_ok,
    tokenize,
)

_FTYPE_RANK = {NAME: 0, FORMER: 0, ABBREV: 1, DEMONYM: 2, DEMONYM_PL: 2, SHORT: 3,
               SURNAME: 4, CAPITAL: 5}


_MONTHS = MONTHS | frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                             "oct", "nov", "dec"})


_DAY_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                        "ten", "eleven", "twelve", "first", "second", "third", "fourth", "fifth"})


# Acronyms that are ordinary words when a whole line is in capitals.
_CAPS_WORDS = frozenset({"is", "it", "in", "on", "at", "as", "an", "or", "so", "no", "am", "be",
                         "we", "he", "me", "do", "to", "of", "by", "up", "if", "its", "was",
                         "all", "are", "can", "may", "new", "who", "aid", "end", "war", "pay"})


def organ_of_named(run: ActorRun, ent: dict[str, Any], full: dict[str, int]) -> bool:
    """Whether ``ent`` is an organ of an international organisation the text names in full:
    its short form ("the Commission", "the Secretariat") then names it even when its own full
    name never occurs ("the EC's executive Commission", "EC executive Commission proposals")."""
    parent = ent.get("part_of")
    if not parent or parent not in full:
        return False
    home = run.kb.get(parent)
    return home is not None and home.get("kind") == "igo"


# ------------------------------------------------------------------ 1. gazetteer
def gazetteer(run: ActorRun) -> None:
    """Match the KB gazetteer over the tokens, resolve each match to one actor and keep the
    hits that name someone (see the module docstring)."""
    hits = scan(run.t, run.kb.gazetteer, run.kb.first)
    # which actors have an unambiguous full name in the text (to resolve the rest)
    full: dict[str, int] = {}
    for h in hits:
        ids = {e[0] for e in h.entries}
        if len(ids) == 1 and h.entries[0][1] in (NAME, ABBREV, FORMER):
            full[h.entries[0][0]] = full.get(h.entries[0][0], 0) + 1
    full.update((aid, 1) for aid in bare_named(run, hits))  # "Blackburn ...": "Rovers" too
    # people whose surname is titled somewhere ("Mrs May", "President Chun")
    run.titled_ids = {e[0] for h in hits if h.j - h.i == 1
                      and any(x[1] == SURNAME for x in h.entries) and run.titled(h.i)
                      for e in h.entries if e[1] == SURNAME}
    run.prev_hit = None
    other_first_names(run, hits)
    for h in hits:
        if h.actor is None:
            resolve(run, h, full)
        run.prev_hit = h
    drop_surname_states(run, hits)
    drop_noise(run, hits)
    # an excluded phrase ("Northern Ireland") claims its tokens but names nobody
    mark(run.taken, [h for h in hits if h.rule == "exclude"])
    run.hits = [h for h in hits if h.actor]
    mark(run.taken, run.hits)
    north_south(run)
    party_adjectives(run)
    the_house(run)
    the_senate(run)


# the US actors that make a text about American politics, and the British ones whose "House"
# would be the Commons
# The adjectives of the two US parties ("the Democratic opposition", "Republican lawmakers",
# "the Democrat budget plan", "a Democratic-led Congress"): mentions of the party, as a
# demonym is of its state.  Before another capitalised word they open some other name
# ("Liberal Democratic Party", "Democratic Republic of ...", "Republican Guard") unless that
# word is an office or a chamber of the US party system.
_PARTY_ADJECTIVES = {"democratic": "us_democratic_party", "democrat": "us_democratic_party",
                     "republican": "us_republican_party"}
_PARTY_NEXT = frozenset({"president", "senator", "sen", "senators", "leader", "leaders",
                         "house", "senate", "party", "caucus", "congressman", "congresswoman",
                         "rep", "governor", "nominee", "candidate", "administration",
                         "administrations", "presidents", "majority", "minority", "whip"})


def party_adjectives(run: ActorRun) -> None:
    """"Democratic"/"Republican" as adjectives name the US party, in a text about the United
    States (see ``_PARTY_ADJECTIVES``)."""
    t = run.t
    ks = run.positions(_PARTY_ADJECTIVES)
    if not ks or t.upper_doc or not any(h.actor in ("usa", "us_congress", "us_senate", "us_house",
                                                     "us_democratic_party", "us_republican_party")
                                         for h in run.hits):
        return
    for k in ks:
        if run.taken[k] or not t.caps[k] or t.raw[k].isupper() or t.line_start[k] \
                or k == 0 or t.caps[k - 1] and t.norm[k - 1] not in ("the", "a", "an") \
                or run.taken[k - 1]:
            continue  # ("Social Democratic", "Free Democratic": after another name)
        nxt = k + 1
        if nxt < t.n and t.caps[nxt] and t.norm[nxt] not in _PARTY_NEXT:
            continue  # "Democratic Republic", "Republican Guard"
        if nxt < t.n and t.raw[nxt] == "-" and t.glued(nxt) and nxt + 1 < t.n \
                and t.caps[nxt + 1]:
            continue  # "Democratic-Farmer-Labor": another name
        run.claim(k, _PARTY_ADJECTIVES[t.norm[k]], DEMONYM, "adjective")


def north_south(run: ActorRun) -> None:
    """"the North", "the South": the two halves of a divided country, once the text names
    both ("North Korea" and "South Korea")."""
    halves: dict[str, dict[str, str]] = {}
    for aid in {h.actor for h in run.hits if h.actor}:
        ent = run.kb.get(aid)
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
    t = run.t
    for k in run.positions(("north", "south")):
        if not t.caps[k] or t.raw[k].isupper() or run.taken[k] or k == 0 \
                or t.norm[k - 1] != "the":
            continue
        if k + 1 < t.n and (t.caps[k + 1] or t.raw[k + 1] == "-") \
                and not t.line_start[k + 1]:
            continue  # "the North Atlantic", "the South-East"
        run.claim(k, sides[t.norm[k]], NAME, "metonym")


def resolve(run: ActorRun, h: TokenHit, full: dict[str, int]) -> None:
    """Choose the actor of the match ``h`` among its entries (``full``: actors named in full
    in the text), or leave it unresolved when the form names nobody here."""
    t = run.t
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
        ent = run.kb.get(aid)
        if ent is None:
            continue
        dated = e[4] is not None or e[5] is not None
        exists = ent.get("exists") or (None, None)
        valid = date_ok(run.pub, exists[0], exists[1])
        # a historic state valid at the date beats the one that outlived it: "Moscow" in 1987
        # is the Soviet Union's capital, not Russia's
        score = [0 if valid else 1,
                 0 if aid in full else 1,
                 0 if valid and run.pub and exists[1] is not None else 1,
                 _FTYPE_RANK.get(ftype, 9),
                 1 if dated and not date_ok(run.pub, e[4], e[5]) else 0,
                 1 if dated and ent["kind"] == "state" else 0]
        if ent["kind"] == "person":
            score.append(0 if run.kb.role_at(aid, run.pub) else 1)
        else:
            score.append(off_sport(run, ent) if ftype == SHORT else 0)
        if best is None or score < best[0]:
            best = (score, e)
    if best is None:
        return
    e = best[1]
    h.entries = entries
    aid, ftype = e[0], e[1]
    ent = cast("dict[str, Any]", run.kb.get(aid))  # ``best`` holds only entries the KB knows
    if ftype == SHORT and not short_ok(run, ent, e[3], h, aid in full or organ_of_named(run, ent,
                                                                                     full)):
        return
    if ftype == SURNAME:
        leader = family_leader(run, h, full)
        if leader is not None:
            aid = leader  # "Assad" alone: the family's head of state (see family_leader)
        elif (ent.get("common_surname") or ent.get("shared_surname")) and aid not in full \
                and aid not in run.titled_ids and not lone_surname(run, h, aid):
            # "May" the month, "The Hague": a colliding surname needs the full name or a
            # title + surname somewhere in the document
            return
        elif len({x[0] for x in h.entries if x[1] == SURNAME}) > 1 and aid not in full:
            # two KB people share the surname and neither is named in full: keep only
            # when exactly one of them holds a role at the document's date
            active = [x[0] for x in h.entries if x[1] == SURNAME
                      and run.kb.role_at(x[0], run.pub)]
            if len(active) != 1:
                return
            aid = active[0]
        elif aid not in full and not run.titled(h.i) and (
                not (pub_role(run, aid) or former_leader(run, aid) and alone(run, h))
                or t.norm[h.i] in run.w("name_stop")) and not (
                aid in run.titled_ids and not temporal(run, h)) \
                and not lone_surname(run, h, aid):
            return  # "May", "Brown" alone: only with a title, the full name or in office
        if t.norm[h.i] in _MONTHS and temporal(run, h):
            return  # "in May", "May 4": the month
        if aid not in full and opens_firm(run, h):
            return  # "Todd Shipyards Corp ... Todd said": the firm's short name
        if aid not in full and given_of_another(run, h):
            return  # "Abdelaziz Al-Wattari": another person's given name
        extend_first_name(run, h, aid)
    if ftype == CAPITAL and not (governed(run, h) if ent.get("capital_disputed")
                                 else metonym(run, h)):
        return  # a disputed capital ("Jerusalem has been a sacred city"): only "... government"
    if (ftype in (DEMONYM, DEMONYM_PL) or ent["kind"] == "population") and (
            negated(run, h) or ftype != DEMONYM_PL and a_language(run, h)):
        return  # "non-Ruritanians", "(Speaks Ruritanian.)": no actor (see demonym_readings)
    if ent["kind"] == "population" and h.j - h.i == 1 and (
            given_of_another(run, h) or loose_adjective(run, h, ent["name"])):
        return  # "Christian Jasperneite": a given name; "the Muslim world": a modifier
    if ftype in (DEMONYM, DEMONYM_PL) and aid in run.w("people_demonym_states"):
        # "the Palestinians", "Palestinian prisoners": the people (a KB fact per state)
        aid = population(run, aid, plural_name(run, aid))
        ftype = NAME
    elif ftype == DEMONYM_PL and not (h.i > 0 and t.norm[h.i - 1] == "the"):
        # "millions of Syrians": the people, not the state
        state = aid
        aid = population(run, state, t.span_text(h.i, h.j))
        ftype = NAME
    if ftype == DEMONYM and h.i > 0 and t.norm[h.i - 1] in ("a", "an") and (
            h.j >= t.n or t.norm[h.j] in ("who", "whose", ",", ".", "and", "was", "is")):
        return  # "an Israeli who has served": a person, not the state
    h.actor, h.ftype = aid, ftype


def drop_surname_states(run: ActorRun, hits: list[TokenHit]) -> None:
    """"Steve Holland", "Michael Jordan": a one-word state name right after a capitalised
    word that is no actor, title or sentence start is a person's surname."""
    t = run.t
    covered = {k for h in hits if h.actor for k in range(h.i, h.j)}
    firsts = set(t.sent_tok)
    stop = run.w("name_stop")
    for h in hits:
        if not h.actor or h.j - h.i != 1 or h.ftype not in (NAME, SHORT):
            continue
        if run.kind_of(h.actor) != "state":
            continue
        p = h.i - 1
        if p < 0 or p in covered or p in firsts or not t.cap(p) or t.raw[p].isupper():
            continue
        if t.norm[p] in stop or run.kb.titles.get((t.norm[p],)) is not None \
                or t.line_start[h.i] or t.glued(h.i):
            continue
        h.actor = None


def temporal(run: ActorRun, h: TokenHit) -> bool:
    """A month-like word used as a date: "in May", "since May", "May 4", "May 2017"."""
    t = run.t
    prev = t.norm[h.i - 1] if h.i > 0 else ""
    nxt = t.raw[h.j] if h.j < t.n else ""
    return prev in ("in", "on", "since", "until", "by", "last", "next", "early", "late",
                    "mid", "of", "from", "to", "through", "this", "before", "after") \
        or nxt[:1].isdigit() or nxt.lower() in _DAY_WORDS


def drop_noise(run: ActorRun, hits: list[TokenHit]) -> None:
    """Matches that name nobody: a dateline ("BAHRAIN, March 19 -" is where the story was
    filed, whatever the KB kind), a ticker symbol ("<CPC>"), and an acronym that is an
    ordinary word in an all-caps line ("IT IS DISAPPOINTED" is no Islamic State)."""
    t = run.t
    months = run.w("months") or _MONTHS
    for h in hits:
        if not h.actor:
            continue
        if h.i > 0 and t.raw[h.i - 1] == "<" and h.j < t.n and t.raw[h.j] == ">" \
                and all(t.raw[x].isupper() or not t.raw[x].isalpha() for x in range(h.i, h.j)):
            h.actor, h.rule = None, "exclude"  # a ticker, not "<Bank of Montreal>"
            continue
        if h.j - h.i == 1 and t.norm[h.i] in _CAPS_WORDS and t.raw[h.i].isupper() \
                and caps_line(run, h.i):
            h.actor, h.rule = None, "exclude"
            continue
        if t.raw[h.i].isupper() and dateline(run, h, months):
            h.actor, h.rule = None, "exclude"
            continue
        if agency_of_dateline(run, h):
            h.actor, h.rule = None, "exclude"
            continue
        if round_name(run, h) or headline_word(run, h):
            h.actor, h.rule = None, "exclude"


def headline_word(run: ActorRun, h: TokenHit) -> bool:
    """A one-word organisation name in a capitals headline that the body never writes
    capitalised is a common word there ("ARGENTINE OBSERVER CRITICAL OF DEBT STANCE")."""
    t = run.t
    if h.j - h.i != 1 or h.ftype != NAME or not t.raw[h.i].isupper() or t.upper_doc \
            or h.i not in t.heading_toks or h.actor is None \
            or run.kind_of(h.actor) != "organization" or not caps_line(run, h.i) \
            or any(e[0] == h.actor and e[3].isupper() for e in h.entries):
        return False  # ("GM", "TWA": an acronym is written so everywhere)
    return not any(x not in t.heading_toks and t.caps[x] and not t.raw[x].isupper()
                   for x in run.positions((t.norm[h.i],)))


def round_name(run: ActorRun, h: TokenHit) -> bool:
    """"the Uruguay Round", "the Uruguay trade round", "the Tokyo round": a round of talks is
    named after the place it was launched, which is no party to it."""
    t = run.t
    k = h.j
    if h.actor is None or run.kind_of(h.actor) != "state" and h.ftype != CAPITAL:
        return False  # "the GATT round" is GATT's
    if k < t.n and t.norm[k] == "trade":
        k += 1
    return k < t.n and t.norm[k] == "round" and not t.line_start[k]


def agency_of_dateline(run: ActorRun, h: TokenHit) -> bool:
    """"HILLPORT, Oct. 9 (Wire Agency) -": the bracketed agency that filed a wire story is
    its source, no actor of the story."""
    t = run.t
    return h.i > 0 and h.j < t.n and t.raw[h.i - 1] == "(" and t.raw[h.j] == ")" \
        and 0 <= run.dateline_end - t.ends[h.j - 1] <= 8


def dateline(run: ActorRun, h: TokenHit, months: frozenset[str]) -> bool:
    """"SEOUL, March 17 -", "MANAMA, BAHRAIN, March 19 -": capitals at the start of a
    body line, then a comma and a month with a day."""
    t = run.t
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


def _title_word(run: ActorRun, word: str) -> bool:
    """A word of a known title, singular or plural ("Advisor", "Presidents"): never a given
    name."""
    words = _TITLE_WORDS.get(run.kb.digest)
    if words is None:
        words = _TITLE_WORDS[run.kb.digest] = frozenset(
            w for key in run.kb.titles for w in key if w.isalpha() and len(w) > 2)
    return word in words or (word.endswith("s") and word[:-1] in words)


_TITLE_WORDS: dict[str, frozenset[str]] = {}


def other_first_names(run: ActorRun, hits: list[TokenHit]) -> None:
    """"Feroz Abbasi" is not the KB's Shahid Khaqan Abbasi: a KB surname after a capitalised
    first name the KB person does not have makes a person of its own (discovered)."""
    t = run.t
    covered = {k for h in hits for k in range(h.i, h.j)}
    stop = run.w("name_stop")
    for h in hits:
        if h.j - h.i != 1 or not all(e[1] == SURNAME for e in h.entries):
            continue
        p = h.i - 1
        if p < 0 or p in covered or not t.caps[p] or t.raw[p].isupper() \
                or t.norm[p] in stop or t.line_start[h.i] or t.glued(h.i) \
                or run.kb.title_first.get(t.norm[p]) or t.sent[p] != t.sent[h.i]:
            continue
        if _title_word(run, t.norm[p]) or clause_word(t, p, given_names(run.kb)):
            continue  # "National Security Advisor Sullivan"; "Did Putin agree?": no first name
        if any(compatible_with(run, e[0], p, h.i) for e in h.entries):
            continue
        if t.norm[h.i] in _MONTHS and temporal(run, h):
            continue  # "Pay May 1", "Pay May One": a date
        a = p
        firsts = set(t.sent_tok)
        while a - 1 >= 0 and a - 1 not in covered and t.caps[a - 1] \
                and a - 1 not in firsts and not _title_word(run, t.norm[a - 1]) \
                and t.norm[a - 1] not in stop and t.sent[a - 1] == t.sent[h.i] \
                and not run.kb.title_first.get(t.norm[a - 1]) and h.j - a < 4:
            a -= 1
        if h.j + 1 < t.n and t.raw[h.j] == "-" and t.glued(h.j) and t.glued(h.j + 1) \
                and t.raw[h.j + 1].isalpha() and t.raw[h.j + 1].islower():
            h.j += 2  # "Lho Shin-yong": the KB surname is half of a hyphenated given name
        name = t.span_text(a, h.j)
        pid = run.fresh_id(name)
        c = run.cand(pid, name=name, kind="person", origin="extracted")
        c.discovered = True
        h.i, h.actor, h.ftype, h.rule = a, pid, NAME, "first name + surname"
        h.possessive = t.possessive_after(h.j) > 0
        h.entries = ((pid, NAME, False, name, None, None),)
        covered.update(range(a, h.j))
        link_surname(run, pid, name, run.w("particles"))


def pub_role(run: ActorRun, person_id: str) -> bool:
    """A person holding a KB role at the document's date (never when it is unknown: a bare
    surname then needs the full name or a title in the text)."""
    ent = run.kb.get(person_id)
    if not run.pub or not ent or not ent.get("roles"):
        return False
    return run.kb.role_at(person_id, run.pub) is not None


def lone_surname(run: ActorRun, h: TokenHit, person_id: str) -> bool:
    """A bare surname that names the KB person without a title or the full name: the KB has one
    person of that surname (or one holding a role at the document's date), who holds a role at
    that date (any role when the date is unknown), and the surname stands as an actor -- the
    subject of a speech or meeting verb or the object of a meeting ("Kerry met Lavrov in
    Geneva").  Never when it is elsewhere a first name or followed by another name."""
    t = run.t
    if h.possessive or h.j - h.i != 1 or t.norm[h.i] in run.w("name_stop") \
            or t.norm[h.i] in _MONTHS or not t.raw[h.i][:1].isupper() or t.raw[h.i].isupper():
        return False
    if h.i > 0 and h.i not in t.sent_tok and t.cap(h.i - 1) and not t.line_start[h.i]:
        return False  # "Kerry Smith": the surname of someone the KB does not know
    if "&" in (t.raw[h.i - 1] if h.i > 0 else "", t.raw[h.j] if h.j < t.n else ""):
        return False  # "Johnson & Johnson": a firm
    ent = run.kb.get(person_id)
    if not ent or not ent.get("roles"):
        return False
    others = {x[0] for x in h.entries if x[1] == SURNAME and x[0] != person_id}
    if run.pub:
        if run.kb.role_at(person_id, run.pub) is None or any(
                run.kb.role_at(o, run.pub) for o in others):
            return False
    elif others:
        return False
    nxt = t.norm[h.j] if h.j < t.n else ""
    prev = t.norm[h.i - 1] if h.i > 0 else ""
    verbs = run.w("speech_verbs") | run.w("table_verbs")
    if not (nxt in verbs and h.j not in t.sent_tok
            or prev in run.w("table_verbs") and h.i not in t.sent_tok):
        return False
    return alone(run, h) and not given_of_another(run, h)


def former_leader(run: ActorRun, person_id: str) -> bool:
    """A person who led a state before the document's date (a president, a prime minister, a
    king; not a vice or deputy) of a state the text names: a former leader is known by the
    surname alone ("under Obama", "the Biden administration").  Surnames shared with others or
    with common words or first names carry ``shared_surname`` / ``common_surname`` in the KB and
    still need more."""
    ent = run.kb.get(person_id)
    if not run.pub or not ent:
        return False
    for role in ent.get("roles", ()):
        title = (role.get("title") or "").lower()
        if not role.get("from") or role["from"] > run.pub or title.startswith(
                ("vice", "deputy")):
            continue
        info = run.kb.titles.get(tuple(tokenize(title)))
        if info is not None and info.get("rank") == "principal" and _named(run, role.get("of")):
            return True
    return False


def _named(run: ActorRun, state: str | None) -> bool:
    """Whether the text names ``state`` (its name, an alias or a demonym, as written)."""
    ent = run.kb.get(state) if state else None
    if ent is None:
        return False
    text = run.t.text
    return any(form in text for form in (ent["name"], *ent.get("aliases", ()),
                                         *ent.get("demonyms", ())) if len(form) > 1)


# what follows a leader's surname in the name of their government or time ("the Roe
# Administration", "the Roe Presidency"): no sign that the surname is a first name
_LEADER_AFTER = frozenset({"administration", "presidency"})


def alone(run: ActorRun, h: TokenHit) -> bool:
    """Whether the surname ``h`` is nowhere in the text a first name or a firm's word: never
    followed by a capitalised word ("Barak Ravid", "Wilson Co"; then "Barak" alone is the
    reporter called on by first name) but for a leader's administration ("the Roe
    Administration")."""
    t = run.t
    return not any(k + 1 < t.n and t.cap(k + 1) and k + 1 not in t.sent_tok
                   and not t.line_start[k + 1] and t.norm[k + 1] not in _LEADER_AFTER
                   for k in run.positions((t.norm[h.i],)))




def given_of_another(run: ActorRun, h: TokenHit) -> bool:
    """Whether a KB surname standing without its given name is followed, in the same
    sentence, by a capitalised word the KB does not know -- the rest of another person's
    name ("Abdelaziz Al-Wattari", "Major Tomlin" for a KB Major): not the KB person."""
    t = run.t
    j = h.j
    if h.possessive or j >= t.n or not t.cap(j) or t.line_start[j] or j in t.sent_tok \
            or t.starts[j] - t.ends[j - 1] != 1 or h.i in t.heading_toks:
        return False
    raw, norm = t.raw[j], t.norm[j]
    if not raw.isalpha() or raw.isupper() or norm in run.w("name_stop") or norm in _MONTHS \
            or norm in WEEKDAYS or run.kb.title_first.get(norm) or run.kb.agent_first.get(norm):
        return False
    return not run.kb.gazetteer.get((norm,))


def plural_name(run: ActorRun, state: str) -> str:
    """The plural demonym of a state ("Palestinians"), else its first demonym or the id."""
    ent = run.kb.get(state) or {}
    dems = ent.get("demonyms", ())
    return next((d for d in dems if d.endswith("s") and d[:-1] in dems),
                dems[0] if dems else state)


def population(run: ActorRun, state: str, surface: str) -> str:
    """The id of the people of ``state`` (a population actor named ``surface``)."""
    pid = f"{state}_people"
    c = run.cand(pid, name=surface, kind="population", origin="extracted")
    c.discovered = True
    return pid
