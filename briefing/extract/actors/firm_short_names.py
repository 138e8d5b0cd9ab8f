"""A firm's short name: the distinctive first word its full name opens with.

Business prose shortens a firm to its first word once it has named it in full: "Orbix Trust
Financial ... Orbix said", "W Berisford Plc ... Berisford's bid".  :func:`first_word_short`
adds that word to the local gazetteer for a firm :mod:`.firms` found in the text;
:func:`kb_short_names` claims it, standing alone, for a firm the knowledge base knows ("Vantor
Stahl Holdings ... Vantor's bid", "VANTOR TO SELL UNIT").  Never a generic word ("General",
"United", "Royal": :data:`GENERIC_FIRST`), never an initial ("E.F. Hutton Group" is "Hutton")
nor a foreign word for group or company ("Gruppo Rossi" is "Rossi"), and never a word the KB
holds for someone the text names.
"""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.knowledge import NAME, SHORT, SURNAME

# first words of firms' names that are ordinary adjectives or nouns, never a short name alone
GENERIC_FIRST = frozenset({
    "general", "united", "national", "international", "royal", "standard", "new", "first",
    "world", "global", "central", "federal", "state", "air", "bank", "banco", "trade",
    "financial", "credit", "union", "investment", "capital", "public", "communications",
    "service", "services", "transport", "daily", "sunday", "news", "the", "north", "south",
    "east", "west", "western", "eastern", "northern", "southern", "great", "grand", "old",
    "american", "european", "asian", "pacific", "atlantic", "continental", "allied", "home",
    "french", "china", "japan", "india"})

# the nouns among them: a discovered firm's first word ("[Royal] Trust", "[First] Granite")
# stands for it, but never one of these ("Bank of Montreal" is not every "Bank")
_NOUN_FIRST = frozenset({"bank", "banco", "air", "union", "trade", "news", "daily", "sunday",
                         "capital", "service", "services", "transport", "investment", "credit",
                         "communications", "the"})


def first_word_short(run: ActorRun, aid: str, a: int, b: int) -> None:
    """A firm named by tokens [a, b) is also its distinctive first word after initials ("W
    Berisford Plc" is "Berisford", "Fleet Financial Group" is "Fleet"), found by the local
    gazetteer, unless that word is generic or the KB's for someone the text names."""
    t = run.t
    whole = b - a
    a = _after_initials(run, a, b)
    first = t.raw[a]
    if whole > 1 and (b - a > 1 or t.norm[a - 1] in _GENERIC_OPENERS) and len(first) >= 4 and t.raw[a + 1] != "-" and first.isalpha() \
            and t.norm[a] not in _NOUN_FIRST \
            and _free_word(run, t.norm[a], {h.actor for h in run.hits if h.actor}):
        run.local.setdefault((t.norm[a],), []).append((aid, NAME, False, first, None, None))


def kb_short_names(run: ActorRun) -> None:
    """A KB firm named in full ("Vantor Stahl Holdings") is also named by its distinctive
    first word standing alone ("Vantor said", "Vantor's bid") or in a capitals headline
    ("VANTOR TO SELL UNIT"), see the module docstring."""
    t = run.t
    if t.upper_doc:
        return
    firsts: dict[str, set[str]] = {}  # first word -> actors of the text whose name opens so
    for h in run.hits:
        if h.actor is None or h.j - h.i < 2:
            continue
        ent = run.kb.get(h.actor)
        if ent is None or ent["kind"] != "organization":
            continue
        firsts.setdefault(t.norm[_after_initials(run, h.i, h.j)], set()).add(h.actor)
    for h in run.hits:  # any other actor whose name shares the word makes it ambiguous
        if h.actor and h.j - h.i >= 2 and t.norm[h.i] in firsts:
            firsts[t.norm[h.i]].add(h.actor)
    named = {h.actor for h in run.hits if h.actor}
    words = {w: next(iter(ids)) for w, ids in firsts.items() if len(ids) == 1
             and len(w) >= 4 and w.isalpha() and w not in GENERIC_FIRST
             and w not in run.w("name_stop") and _free_word(run, w, named)}
    if not words:
        return
    for k in run.positions(words):
        head = k in t.heading_toks and t.raw[k].isupper()  # "OCCIDENTAL <OXY> UNIT TO ..."
        if run.taken[k] or not t.caps[k] or not head and (t.raw[k].isupper()
                                                          or k in t.heading_toks):
            continue  # (a paragraph may open on the firm: "Vantor bought ...")
        nxt = k + 1 + t.possessive_after(k + 1)
        if nxt < t.n and not head and (t.caps[nxt] and not t.line_start[nxt] and nxt == k + 1
                                       and t.sent[nxt] == t.sent[k]
                                       or t.raw[nxt] == "-" and t.glued(nxt)):
            continue  # "Vantor Motors", "Vantor-Bolt": another name ("Vantor's Bolt unit" is
            # the firm's)
        run.claim(k, words[t.norm[k]], NAME, "short_name")


# foreign words for "group", "company", "brothers" that open a firm's name ("Gruppo Rossi",
# "Compagnie Vantor"): the distinctive word is the one after
_GENERIC_OPENERS = frozenset({"gruppo", "grupo", "groupe", "gruppe", "compagnie", "compania",
                              "societe", "société", "sociedad", "societa", "cie", "fratelli",
                              "koninklijke", "etablissements", "industrias", "industrie"})


def _after_initials(run: ActorRun, i: int, j: int) -> int:
    """The first word of a name after its initials: "E.F. Hutton Group" and "J Sainsbury Plc"
    are shortened to "Hutton" and "Sainsbury", never to an initial; "Gruppo Rossi" to
    "Rossi", past a foreign word for group or company."""
    t = run.t
    f = i
    while f < j - 1 and (t.raw[f] == "." or len(t.raw[f]) == 1 and t.raw[f].isupper()):
        f += 1
    if f < j - 1 and t.norm[f] in _GENERIC_OPENERS and t.caps[f + 1] \
            and t.raw[f + 1].isalpha():
        f += 1
    return f


def _free_word(run: ActorRun, word: str, named: set[str]) -> bool:
    """Whether the KB leaves ``word`` free to be a firm's short name: it names nothing, or is
    only the surname or short form of actors the text does not name ("Baker International ...
    Baker said" with no James Baker in the text; "United Western ... United" with no club
    named "... United")."""
    entries = run.kb.gazetteer.get((word,))
    if not entries:
        return True
    return all(e[1] in (SURNAME, SHORT) and e[0] not in named for e in entries)
