"""Sports clubs by their bare name: "Leeds", "Bath", "Everton", "Arsenal".

A club's bare name (the KB's ``bare`` forms, ``clubs.yaml``) is also a town, a given name or a
common word, so the gazetteer counts it as the club only once the club is named in full
("Leeds United" ... "Leeds") or in a sport text: a text whose words are those of a game and
its clubs ("striker", "rugby", "club", "season", "transfer" ...). "Leeds" in a story about a
firm's Leeds plant stays the town; "Leeds have offered the striker a new contract" is the club.

A bare name two clubs share ("Leicester": the City footballers and the Tigers' rugby union
side) goes to the club of the text's sport (:func:`sports`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from briefing.extract.actors.base import MONTHS, WEEKDAYS, ActorRun
from briefing.extract.actors.scan import TokenHit
from briefing.knowledge import SHORT

# the sport words that count only with a capital ("Premiership": Blair's premiership is
# politics); the others only in lower case ("the Paris Club", "the Arab League" are no game)
CAPITAL_ONLY = frozenset({"premiership", "uefa", "fifa"})
_MIN_STRONG_WITH = 2  # a strong word and one more sport word (distinct words) ...
_MIN_WORDS = 4  # ... or four distinct sport words


def sports(run: ActorRun) -> frozenset[str]:
    """The sports ``run``'s text is about (``football``, ``rugby_union``, ``rugby_league``),
    or none when it is no sport text (computed once per document)."""
    if run.sports is not None:
        return run.sports
    t = run.t
    strong_words = run.w("sport_strong")
    found: set[str] = set()
    strong = 0
    for k in run.positions(strong_words | run.w("sport_words")):
        w = t.norm[k]
        if w in found or t.caps[k] != (w in CAPITAL_ONLY):
            continue  # "the Paris Club", "the Arab League" name no game
        found.add(w)
        strong += w in strong_words
    out: frozenset[str] = frozenset()
    if strong and len(found) >= _MIN_STRONG_WITH or len(found) >= _MIN_WORDS:
        codes = set()
        for k in run.positions(("rugby", "super")):
            nxt = t.norm[k + 1] if k + 1 < t.n else ""
            if t.norm[k] == "rugby":  # "rugby league"; "rugby union", "Rugby Football Union"
                codes.add("rugby_league" if nxt == "league" else "rugby_union")
            elif nxt == "league" and t.caps[k]:  # "Super League": rugby league's
                codes.add("rugby_league")
        out = frozenset(codes or {"football"})
    run.sports = out
    return out


def bare_club(run: ActorRun, ent: dict[str, Any], form: str) -> bool:
    """Whether ``form``, a short form of ``ent`` whose full name the text lacks, names the
    club here: a bare name of a club in a sport text."""
    return form in ent.get("bare", ()) and bool(sports(run))


def off_sport(run: ActorRun, ent: dict[str, Any]) -> int:
    """1 when ``ent`` is a club of a sport the text is not about (to choose between clubs
    that share a bare name), else 0."""
    sport = ent.get("sport")
    if sport is None:
        return 0
    return 0 if sport in sports(run) else 1


_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})
# nouns after a bare name that make it the town's ("the Leicester band"); "the Leeds
# chairman", "the Everton striker" are the club's
_TOWN_NOUNS = frozenset({"band", "bands", "singer", "singers", "group", "firm", "firms",
                         "company", "companies", "plant", "factory", "council", "mp", "mps",
                         "city", "area", "university", "hospital", "court", "airport",
                         "station", "based", "born", "resident", "residents", "police",
                         "man", "woman", "boy", "girl", "family", "shop", "store", "office"})
_DAYS = WEEKDAYS | MONTHS  # a capital before the name that opens a date ("On Monday X")
_LIST_WORDS = frozenset({",", "and"})
_LIST_REACH = 12  # tokens walked back over a list of places ("in Ayr, Perth and Bath")


def club_form_ok(run: ActorRun, i: int, j: int) -> bool:
    """Whether tokens [i, j), a club's short or bare form, stand alone as the club: not inside
    a longer name ("Shareholders United", "Chelsea Clinton") and not a place after "in" (or in
    a list of places after it: "tracks in Ayr, Perth and Bath")."""
    t = run.t
    if j < t.n and t.caps[j] and t.raw[j].isalpha() and not t.line_start[j]:
        return False
    nxt = j + 1 if j + 1 < t.n and t.raw[j] == "-" else j
    if nxt < t.n and t.norm[nxt] in _TOWN_NOUNS:
        return False  # "the Leicester band", "a Leeds-based firm": the town's
    k = i - 1
    if k >= 0 and t.caps[k] and t.raw[k].isalpha() and not t.line_start[i] \
            and t.sent_tok[t.sent[k]] != k and t.norm[k] not in _DAYS:
        return False  # a capitalised word before it that opens no sentence ("On Monday X")
    stop = max(-1, i - _LIST_REACH)
    while k > stop and (t.raw[k] in _LIST_WORDS or t.caps[k] and t.raw[k].isalpha()):
        k -= 1
    return not (k > stop and t.norm[k] in _PLACE_PREPOSITIONS)


def bare_named(run: ActorRun, hits: Iterable[TokenHit]) -> set[str]:
    """The clubs a sport text names by a bare name standing alone ("Blackburn have ..."): as if
    named in full, their short forms then count too ("Rovers boss"). A bare name two clubs
    share counts for the one of the text's sport only."""
    if not sports(run):
        return set()
    out: set[str] = set()
    for h in hits:
        aids = set()
        for e in h.entries:
            ent = run.kb.get(e[0])
            if e[1] != SHORT or ent is None or e[3] not in ent.get("bare", ()):
                break
            if not off_sport(run, ent):
                aids.add(e[0])
        else:
            if len(aids) == 1 and club_form_ok(run, h.i, h.j):
                out |= aids
    return out


def short_ok(run: ActorRun, ent: dict[str, Any], form: str, h: TokenHit, in_full: bool) -> bool:
    """Whether a KB short form names its actor here: once named in full (or a club's bare
    name in a sport text), and a club's form standing alone (:func:`club_form_ok`)."""
    if not in_full and not bare_club(run, ent, form):
        return False
    return not ent.get("sport") or club_form_ok(run, h.i, h.j)
