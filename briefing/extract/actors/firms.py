"""Actor extraction, firms and unions the KB lacks, from the business press's patterns.

* a legal-form suffix after a capitalised name: "Acme Widget Co", "Vulcan Stahl AG", "Bolt
  Ltd", also in the wire's lower case ("Acme Widget corp"; the name without the suffix is an
  alias too);
* a business noun right before a capitalised name: "aircraft maker Zephyr", "its rival Orbix",
  "oil firm Petrolux", "the delivery company, Parcelo," (an apposition set off by commas);
* a capitalised name right before a business noun, after a determiner or a possessive pronoun:
  "the Metallo union", "its Clearix unit"; "a Zephyr plant" is not one (plant is no business
  noun), nor "the Tokyo exchange" (a place's bourse);
* what only a firm has: "X's shares", "X chief executive", a possessor's plant, board, bosses,
  owners or stake ("Vantor's plant").

A business noun that is a verb too ("agreed to exchange X", "will fund X") makes no firm, and
neither does a single word the knowledge base knows (a capital, a person's name).

Each name becomes an organisation; its other mentions in the text are found by the local
gazetteer (``scan_local``), and a multi-word firm's distinctive first word ("Orbix" of "Orbix
Trust Financial") is a short name of it once the full name occurs.

The same holds for the firms the knowledge base knows: once "Vantor Stahl Holdings" is named,
a later "Vantor" or "Vantor's" standing alone is the firm (business prose shortens a firm to its
first word), unless that word is a generic one ("General", "United", "Royal") or starts another
name of the text.  Those short names are :mod:`.firm_short_names`'.  A union's numbered local
("UAW local 594") is a body of its own (:func:`union_locals`).
"""

from __future__ import annotations

from briefing.extract.actors.base import LEGAL_FORM_KEYS, LEGAL_FORMS, ActorRun
from briefing.extract.actors.firm_short_names import GENERIC_FIRST, first_word_short
from briefing.extract.actors.scan import TokenHit, mark
from briefing.extract.actors.unions import union_name
from briefing.extract.actors.unknown_people import given_names
from briefing.extract.determiners import ARTICLES, BODY_POSSESSIVES
from briefing.knowledge import DEMONYM, NAME, tokenize

# What only a firm has: "X's shares", "X chief executive", "X shareholders"; a possessor's
# plant, board, bosses, owners or stake ("MG Rover's plant", "Acme's board").
_OWNED_NOUNS = frozenset({"shares", "shareholders", "chief", "plant", "plants", "factory",
                          "factories", "board", "bosses", "owners", "stake", "workforce",
                          "subsidiary"})
# nouns that follow a place as readily as a firm ("the Frankfurt exchange"): only before a name
_PLACE_NOUNS = frozenset({"exchange", "bourse"})
# nouns that are verbs too ("agreed to exchange X", "will fund X"): before a name only as nouns
_VERB_TOO = frozenset({"exchange", "fund", "brand", "broker"})
_VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "should", "may", "might",
                          "must", "not", "never", "did", "does", "do", "he", "she", "they", "we",
                          "it", "i", "you", "also"})
# a determiner or a possessive pronoun before "NAME noun" ("the Metallo union", "its Orbix unit")
_DETERMINERS = ARTICLES | BODY_POSSESSIVES
_CHIEF_OF = frozenset({"executive", "operating", "financial"})
# generic words that close a firm's full name and drop from its short name
_GENERIC_TAIL = frozenset({"group", "holdings", "holding", "industries", "international",
                           "corporation", "company", "co", "corp", "inc", "plc", "ltd", "and"})

def firms(run: ActorRun) -> None:
    """Firms and unions named by a legal-form suffix or a business noun (see the module
    docstring)."""
    t = run.t
    if t.upper_doc:
        return
    nouns = run.w("firm_nouns")
    found: list[tuple[int, int, bool]] = []  # (start, end, the last token is a suffix)
    found_and_co: set[tuple[int, int]] = set()  # "X and Co": X is the firm's short name
    over_of: list[tuple[int, int]] = []  # names run over "of" a place: "X Co of Y Inc"
    # a known firm right before the words of a legal form: "Acme Brothers [Asia Ltd]" is a
    # longer name of Acme Brothers (a unit), never a firm called "Asia Ltd"
    firm_end = {h.j: h for h in run.hits if h.actor and h.j > h.i
                and run.kind_of(h.actor) == "organization"}
    for k in run.positions(LEGAL_FORM_KEYS):
        if k > 0 and t.raw[k] in LEGAL_FORMS and not (k + 1 < t.n and t.raw[k + 1] == "-"
                                                    and t.glued(k + 1)):
            if t.raw[k] == "Co" and k > 1 and t.norm[k - 1] in ("and", "&") \
                    and _ok(run, k - 2):
                # "Wells Fargo and Co", "Acme & Co": the partners' names before "and Co"
                a = _run_back(run, k - 1)
                if a < k - 1:
                    found.append((a, k + 1, True))
                    found_and_co.add((a, k - 1))
                continue
            a = _run_back(run, k)
            a = _acronym_opens(run, a, k)
            a = _demonym_opens(run, a, k)
            a = _state_inside(run, a, k)
            across = _of_place_inside(run, a, k)
            if across != a:
                a = across
                over_of.append((a, k + 1))
            if 1 < a < k and t.norm[a - 1] == "and" and t.norm[a] in _AND_TRADES \
                    and _ok(run, a - 2):
                a = _run_back(run, a - 1)  # "Texas Oil and Gas Corp": one firm
            known = firm_end.get(a)
            if known is not None and not run.taken[k] and t.sent[known.i] == t.sent[k]:
                known.j = k + 1
                for x in range(a, k + 1):
                    run.taken[x] = 1
            elif a < k:
                found.append((a, k + 1, True))
    for k in run.positions(nouns):
        if t.caps[k]:
            continue
        q = k + 1
        comma = q < t.n and t.raw[q] == ","
        if comma:
            q += 1
        b = _run_fwd(run, q)
        verb = t.norm[k] in _VERB_TOO and k > 0 and t.norm[k - 1] in _VERB_BEFORE
        if comma and role_of(run, k):
            b = q  # "the head of the debt division, Jo Roe,": the head's name, not the unit's
        if b > q and not verb and (not comma or b >= t.n or t.raw[b] in (",", ".")):
            found.append((q, b, False))
        a = _run_back(run, k)
        if 0 < a < k and t.norm[a - 1] in _DETERMINERS and k - a <= 3 \
                and t.norm[k] not in _PLACE_NOUNS:
            found.append((a, k, False))
    for k in run.positions(_OWNED_NOUNS):
        # "Fiat's shares", "Fiat chief executive Sergio Roe": what has shares or a chief
        # executive is a firm
        if t.norm[k] == "chief" and (k + 1 >= t.n or t.norm[k + 1] not in _CHIEF_OF):
            continue
        j = k
        if j >= 2 and t.norm[j - 1] == "s" and t.raw[j - 2] in ("'", "’") and t.glued(j - 2):
            j -= 2
        if j == k and t.norm[k] != "chief":
            continue  # "Class B shares": a kind of share, not whose
        a = _run_back(run, j)
        if a < j and not (j == k and a in t.sent_tok) \
                and not (a > 0 and t.norm[a - 1] in ("of", "and", "for")) \
                and not any(t.raw[x].isupper() and len(t.raw[x]) > 4 for x in range(a, j)):
            # (not "Fellow shareholders", "[Royal Bank of] Scotland", nor a headline's words)
            found.append((a, j, False))
    found.extend(_wire_marks(run))
    _ticker_hits(run)
    # "Sealy Mattress Co of Michigan Inc" is one name, not "Sealy Mattress Co" and another
    found = [f for f in found if not any(x[0] <= f[0] and f[1] <= x[1] and f[:2] != x
                                         for x in over_of)]
    for a, b, suffix in found:
        _firm(run, a, b, suffix, (a, b - 2) in found_and_co)


_FIRM_WORDS = frozenset({"group", "unit", "firm", "company", "concern", "subsidiary"})


# trades a firm's name joins to another by "and" ("Oil and Gas", "Light and Power",
# "Savings and Loan"): the words before "and" belong to the same name
_AND_TRADES = frozenset({"gas", "electric", "power", "light", "loan", "savings", "wire",
                         "chemical", "chemicals", "mining", "exploration", "trust",
                         "telephone", "telegraph", "steel", "rubber", "gamble", "refining",
                         "development", "investment", "finance", "supply", "manufacturing"})


def _acronym_opens(run: ActorRun, a: int, k: int) -> int:
    """"CPC International Inc": a known acronym (of a party, an agency) right before the rest
    of a firm's name is the firm's first word, not a mention of the known body -- its hit is
    dropped and the name starts there.  ``a``..``k``: the name found so far."""
    t = run.t
    x = a - 1
    if a >= k or x < 0 or not run.taken[x] or not t.glued(a) and t.starts[a] - t.ends[x] != 1:
        return a
    raw = t.raw[x]
    if not (2 <= len(raw) <= 5 and raw.isalpha() and raw.isupper()) or x in t.heading_toks:
        return a
    hit = next((h for h in run.hits if h.i == x and h.j == a), None)
    if hit is None or run.kind_of(hit.actor) == "organization":
        return a
    run.hits.remove(hit)
    run.taken[x] = 0
    # its other hits alone ("CPC said") are the firm's too: freed for the firm's short name
    for h in [h for h in run.hits if h.actor == hit.actor and h.j - h.i == 1
              and t.raw[h.i] == raw]:
        run.hits.remove(h)
        run.taken[h.i] = 0
    return x


def _demonym_opens(run: ActorRun, a: int, k: int) -> int:
    """"American Widget International Inc", "Canadian Acme Mines Ltd": a demonym right before
    the capitalised words of a firm's name, in the same sentence and on the same line, is the
    name's first word (a firm named for its country), not a mention of the state -- its hit is
    dropped and the name starts there.  ``a``..``k``: the name found so far."""
    t = run.t
    x = a - 1
    if a >= k or x < 0 or not run.taken[x] or t.starts[a] - t.ends[x] != 1 \
            or t.sent[x] != t.sent[a] or x in t.heading_toks:
        return a
    hit = next((h for h in run.hits if h.j == a and h.actor), None)
    if hit is None or hit.ftype != DEMONYM or hit.possessive:
        return a
    # the same demonym before the same next word elsewhere ("American Widget said") is the
    # firm's short name: those hits are freed too, for the local gazetteer
    words, nxt = t.norm[hit.i:hit.j], t.norm[a]
    for h in [h for h in run.hits if h.actor == hit.actor and h.ftype == DEMONYM
              and h.j < t.n and t.norm[h.j] == nxt and t.norm[h.i:h.j] == words
              and not h.possessive and t.starts[h.j] - t.ends[h.j - 1] == 1]:
        run.hits.remove(h)
        for y in range(h.i, h.j):
            run.taken[y] = 0
    return hit.i


def _state_inside(run: ActorRun, a: int, k: int) -> int:
    """"Cargill U.K. Ltd", "Vantor Canada Ltd": a state's name between a firm's first word and
    its legal form is part of the firm's name (a national unit), not a mention of the state --
    its hit is dropped and the name starts at the word before it."""
    t = run.t
    if a != k or k < 2 or not run.taken[k - 1]:
        return a
    hit = next((h for h in run.hits if h.j == k and h.actor), None)
    if hit is None or run.kind_of(hit.actor) != "state" or hit.i < 1 or hit.possessive:
        return a
    first = _run_back(run, hit.i)
    if first == hit.i or t.sent[first] != t.sent[k]:
        return a
    run.hits.remove(hit)
    for x in range(hit.i, hit.j):
        run.taken[x] = 0
    return first


def _of_place_inside(run: ActorRun, a: int, k: int) -> int:
    """"General Motors of Canada Ltd", "Bank of Tokyo Ltd", "Industrial Bank of Japan Ltd": a
    name before a legal form that runs over "of" and a place (or over a known state body's
    name) is one firm's name -- the known names inside it (the place, a firm it is a unit of,
    the central bank) are no mentions of their own.  ``a``..``k``: the name found so far (free
    capitalised words before the legal form at ``k``).  Not a person's "Jo Roe of Acme Corp":
    the words before "of" end with a body's noun ("Bank", "Association", a legal form) or are
    a known firm's name, and hold no given name."""
    t = run.t
    inner = []
    p = a
    if p == k:  # the legal form right after a known state's or state body's name
        hit = next((h for h in run.hits if h.j == k and h.actor and h.i < k), None)
        if hit is None or hit.possessive or run.kind_of(hit.actor) not in _PLACE_KINDS:
            return a
        p = hit.i
        inner.append(hit)
    if p < 2 or t.sent[p - 1] != t.sent[k]:
        return a
    free_end = p  # the free words of the name end here (a person's name would be among them)
    if t.norm[p - 1] == "of":
        q = free_end = p - 1
        first = _run_back(run, q)
        if first == q:  # "General Motors of Canada": a known firm's name before "of"
            hit = next((h for h in run.hits if h.j == q and h.actor and h.i < q
                        and run.kind_of(h.actor) == "organization"), None)
            if hit is None:
                return a
            first = free_end = hit.i
            inner.append(hit)
        elif t.norm[q - 1] not in _OF_HEADS and t.norm[q - 1] not in LEGAL_FORM_KEYS \
                and t.norm[q - 1] not in run.w("firm_nouns"):
            return a  # "Jo Roe of Acme Corp", "Analyst Jo Roe of Acme Corp": a person's name
    elif inner:  # "Industrial [Bank of Japan] Ltd"
        first = _run_back(run, p)
        if first == p:
            return a
    else:
        return a
    given = given_names(run.kb)
    if t.sent[first] != t.sent[k] or any(t.norm[x] in given for x in range(first, free_end)):
        return a
    for h in inner:
        run.hits.remove(h)
        for x in range(h.i, h.j):
            run.taken[x] = 0
    return first


# the kinds of known names a firm's name may hold before its legal form ("of Canada Ltd",
# "Bank of Japan Ltd")
_PLACE_KINDS = frozenset({"state", "government"})
# the last word of a body's name before "of" ("Bank of Tokyo", "National Association of
# Securities Dealers"), besides the legal forms and the lexicon's firm nouns
_OF_HEADS = frozenset({"association", "trust", "insurance", "corporation", "society",
                       "federation", "industries", "holdings", "bancorp", "motors", "mines",
                       "railway", "railways", "airways", "authority", "board", "institute",
                       "foundation", "partners", "securities", "bankers", "dealers", "banks"})


def _ticker_hits(run: ActorRun) -> None:
    """A stock ticker in angle brackets ("<CPC.N>") names no actor: its tokens are taken,
    without a hit."""
    t = run.t
    for k in run.positions(("<",)):
        close = next((x for x in range(k + 1, min(t.n, k + 6)) if t.raw[x] == ">"), -1)
        if close < 0 or not all(w.isupper() or not w.isalpha() for w in t.raw[k + 1:close]):
            continue
        for h in [h for h in run.hits if k < h.i and h.j <= close]:
            run.hits.remove(h)
        for x in range(k + 1, close):
            run.taken[x] = 1


def _wire_marks(run: ActorRun) -> list[tuple[int, int, bool]]:
    """Names Reuters marks as companies: a name right before its stock ticker ("Piedmont
    Aviation <PIE>"), and a private company's name in angle brackets ("<Bank of Montreal>")."""
    t = run.t
    out: list[tuple[int, int, bool]] = []
    for k in run.positions(("<",)):
        close = next((x for x in range(k + 1, min(t.n, k + 14)) if t.raw[x] == ">"), -1)
        if close < 0 or t.sent[close] != t.sent[k] or k in t.heading_toks:
            continue  # (a capitals headline's "ACME <ACM>" names it as the body will not)
        inner = t.raw[k + 1:close]
        if all(w.isupper() or not w.isalpha() for w in inner):
            a = _run_back(run, k)  # a ticker: the name before it
            while a < k - 1 and t.norm[a] in _FIRM_WORDS:
                a += 1  # "the U.S. Group CPC International Inc <CPC.N>": a common noun
            if a < k:
                out.append((a, k, False))
        elif t.caps[k + 1] and all(w[:1].isupper() or not w.isalpha()
                                   or w.lower() in _NAME_PARTICLES
                                   for w in inner):
            b = close
            while b > k + 1 and not t.raw[b - 1].isalnum():
                b -= 1  # "<Acme Co L.P.>": no trailing stop
            out.append((k + 1, b, t.raw[b - 1] in LEGAL_FORMS))
    return out


# lower-case words inside a firm's name in angle brackets ("<Banco do Brasil SA>")
_NAME_PARTICLES = frozenset({"and", "of", "de", "du", "des", "und", "do", "da", "dos", "das",
                             "del", "della", "di", "la", "le", "el", "y", "e", "et", "van",
                             "von", "der", "den", "für"})


def _ok(run: ActorRun, x: int) -> bool:
    """A capitalised, free token that may be part of a firm's name."""
    t = run.t
    return t.caps[x] and not run.taken[x] \
        and not (t.line_start[x] and (x in t.heading_toks or t.raw[x].isupper())) \
        and t.norm[x] not in run.w("name_stop")


def _run_back(run: ActorRun, k: int) -> int:
    """Start of the capitalised name (up to four words, hyphens inside) ending before k."""
    t = run.t
    a = k
    while a > 0 and k - a < 6:
        x = a - 1
        if _ok(run, x) or t.raw[x] in ("-", "&") and t.glued(x) and x > 0 and _ok(run, x - 1):
            a = x
        elif x >= 2 and t.norm[x] == "s" and t.raw[x - 1] in ("'", "’") \
                and t.glued(x - 1) and t.glued(x) and _ok(run, x - 2) \
                and (a < k or t.raw[k] in LEGAL_FORMS) and t.raw[x - 2] not in LEGAL_FORMS \
                and not (x >= 3 and _ok(run, x - 3)):
            # "Shaw's Supermarkets Inc", "Macy's Inc": a one-word possessive opening the name
            # (not "Union Pacific's Champlin Petroleum Co", an owner and its unit)
            a = x - 2
            break
        else:
            break
    return a if a < k and t.caps[a] else k


# a person's post whose "of" governs what follows ("the head of the debt division")
ROLE_OF = frozenset({"head", "chief", "chairman", "chairwoman", "director", "president",
                     "manager", "spokesman", "spokeswoman", "spokesperson", "secretary",
                     "leader", "governor", "officer", "representative", "deputy", "member",
                     "minister", "ambassador", "envoy", "official", "treasurer"})


def role_of(run: ActorRun, k: int) -> bool:
    """Whether the noun at token ``k`` ends a phrase "ROLE of ..." ("the head of ECGD's debt
    division", "the chairman of the state oil company"): a person's post, so a name set off
    after it by a comma is the person's."""
    t = run.t
    x = k - 1
    while x > 0 and k - x < 8 and t.norm[x] not in (",", ".", ";", "said", "and"):
        if t.norm[x] == "of" and t.norm[x - 1] in ROLE_OF:
            return True
        x -= 1
    return False


def _run_fwd(run: ActorRun, q: int) -> int:
    """End of the capitalised name (hyphens inside) starting at q, or q."""
    t = run.t
    b = q
    while b < t.n and b - q < 6:
        if _ok(run, b) or t.raw[b] in ("-", "&") and b > q and t.glued(b) and b + 1 < t.n \
                and _ok(run, b + 1):
            b += 1
        else:
            break
    if b > q and b < t.n and t.raw[b] in ("'", "’") and t.glued(b) \
            and t.possessive_after(b) == 0:
        return q  # part of a longer word
    return b


def _firm(run: ActorRun, a: int, b: int, suffix: bool, and_co: bool = False) -> None:
    """Make tokens [a, b) a discovered organisation, unless taken or a title.  ``and_co``:
    the name ends "and Co", whose partners' names alone are a short name of it."""
    t = run.t
    if any(run.taken[a:b]) or run.kb.title_first.get(t.norm[a]) and not (
            suffix and b - a > 2 and t.norm[a] in GENERIC_FIRST):
        return  # ("General Acquisition Co": a legal form makes an ordinary first word no title)
    if b - a == 1 and (len(t.raw[a]) < 3 or run.kb.gazetteer.get((t.norm[a],))):
        return  # (a known name alone, "its London rival", is a place's or a known actor's)
    if all(t.norm[x] in LEGAL_FORM_KEYS or t.norm[x] in _GENERIC_TAIL or not t.raw[x].isalnum()
           for x in range(a, b)):
        return  # "Heck's [Inc]", "[Co Ltd]": a legal form alone names no firm
    before = next((h for h in run.hits if h.j == a and h.actor
                   and run.kind_of(h.actor) == "organization"), None)
    if before is not None and t.sent[before.i] == t.sent[a]:
        # "Merrill Lynch [Capital Markets]", "KLM Royal Dutch [Airways]": the words after a
        # known firm's name lengthen it (a unit or the full name), they make no new firm
        before.j = b
        for x in range(a, b):
            run.taken[x] = 1
        return
    name = t.span_text(a, b)
    key = tokenize(name)
    if key in run.local:
        return
    aid = run.fresh_id(name)
    c = run.cand(aid, name=name, kind="organization", origin="extracted")
    c.discovered = True
    local = run.local
    local.setdefault(key, []).append((aid, NAME, False, name, None, None))
    bare = t.span_text(a, b - (3 if and_co else 1)) if suffix else ""
    if bare and b - 1 > a:
        local.setdefault(tokenize(bare), []).append((aid, NAME, False, bare, None, None))
    # "Morgan Grenfell Group Plc" is "Morgan Grenfell" after it: the generic words before the
    # legal form go too (at least two words must stay, so that "Acme Group" is not "Acme")
    core = b - 1 if suffix else b
    while core - a > 2 and t.norm[core - 1] in _GENERIC_TAIL:
        core -= 1
    if a < core < b - (1 if suffix else 0) and core - a >= 2:
        short = t.span_text(a, core)
        local.setdefault(tokenize(short), []).append((aid, NAME, False, short, None, None))
    first_word_short(run, aid, a, b)
    first = t.raw[a]
    if b - a > 1 and 2 <= len(first) <= 5 and first.isalpha() and first.isupper():
        # "CPC International Inc" is "CPC" alone too (a known body's acronym opening it was
        # freed for the firm by _acronym_opens)
        local.setdefault((t.norm[a],), []).append((aid, NAME, True, first, None, None))


def union_locals(run: ActorRun) -> None:
    """"UAW local 594", "the Steelworkers' Locals 72 and 75": a union's numbered local is a
    body of its own, part of the union; its mention is the words "local 594" after the
    union's name (which stays the union's)."""
    t = run.t
    for h in list(run.hits):
        k = h.j
        if h.actor is None or k + 1 >= t.n or t.norm[k] not in ("local", "locals") \
                or not t.raw[k + 1].isdigit() or not _is_union(run, h.actor):
            continue
        end = k + 2
        if end + 1 < t.n and t.norm[end] == "and" and t.raw[end + 1].isdigit():
            end += 2
        if any(run.taken[k:end]):
            continue
        name = f"{t.span_text(h.i, h.j)} {t.span_text(k, end)}"
        aid = run.fresh_id(name)
        c = run.cand(aid, name=name, kind="organization", origin="extracted")
        c.discovered = True
        c.part_of = h.actor
        hit = TokenHit(k, end, ((aid, NAME, False, name, None, None),), rule="union_local")
        hit.actor, hit.ftype = aid, NAME
        run.hits.append(hit)
        mark(run.taken, [hit])


def _is_union(run: ActorRun, actor_id: str) -> bool:
    """A trade union: the KB's (``sector: union``) or one the text names as such."""
    ent = run.kb.get(actor_id)
    if ent is not None:
        return ent.get("sector") == "union"
    c = run.cands.get(actor_id)
    return c is not None and c.kind == "organization" and union_name(c.name)


_CLOSES_FIRM = LEGAL_FORM_KEYS | {"corporation"}  # legal forms in lower case, and in full


def opens_firm(run: ActorRun, h: TokenHit) -> bool:
    """Whether the word of the surname ``h`` opens, somewhere in the text, a firm's name that a
    legal form closes ("Todd Shipyards Corp"): the text's bare word is then the firm's."""
    t = run.t
    for k in run.positions((t.norm[h.i],)):
        j = k + 1
        while j < t.n and j - k <= 4 and t.cap(j) and not t.line_start[j]:
            if t.norm[j] in _CLOSES_FIRM:
                return True
            j += 1
        if j < t.n and t.norm[j] in ("corp", "inc", "ltd") and j - k <= 4:
            return True  # the wire's lower case: "Baker International corp"
    return False
