"""How a person's later mentions find them: the surname (and its forms: "al-Assad" and
"Assad", "de la Madrid") linked to the person a full name made, the first name written before a
known person's surname ("Bashar Assad" for the knowledge base's "Bashar al-Assad"), and East
Asian names, whose family name comes first."""

from __future__ import annotations

from briefing.extract.actors.base import NAME_SUFFIXES, ActorRun
from briefing.extract.actors.new_people import written_as_word
from briefing.extract.actors.scan import TokenHit, Tokens
from briefing.knowledge import NAME, SURNAME, tokenize


def surname_first(parts: list[str], family_names: frozenset[str]) -> bool:
    """Is the first word of a person's name the family name?  East Asian names: a hyphenated
    given name last ("Lho Shin-yong", "Kim Il-sung"), or a known family name before two short
    given syllables ("Chun Doo Hwan", "Moon Jae In")."""
    if len(parts) == 2 and "-" in parts[1] and parts[1].split("-")[-1].islower():
        return True
    return len(parts) == 3 and parts[0].lower() in family_names \
        and all(len(p) <= 5 and p.isalpha() for p in parts[1:])


def link_surname(run: ActorRun, pid: str, name: str, particles: frozenset[str]) -> None:
    """Let the text's later mentions of ``name`` and of its surname find the person ``pid``."""
    key = tokenize(name)
    if key and key not in run.kb.gazetteer:
        run.local.setdefault(key, []).append((pid, NAME, False, name, None, None))
    parts = name.split()
    while len(parts) > 1 and parts[-1].rstrip(".").lower() in NAME_SUFFIXES:
        parts.pop()  # "Abdullah II", "Joseph R. Biden Jr."
    if len(parts) == 1 and parts[0].lower().startswith(("al-", "el-")) and len(name) > 5:
        parts = [parts[0][:2], parts[0][3:]]
    if len(parts) < 2:
        return
    last = parts[-1]
    if surname_first(parts, run.w("east_asian_surnames")):
        last = parts[0]  # "Lho Shin-yong", "Chun Doo Hwan": the family name comes first
    forms = {last}
    low = last.lower()
    for p in ("al-", "el-"):
        if low.startswith(p) and len(last) > 4:
            forms.add(last[3:])
    if len(parts) >= 3 and parts[-2].lower() in particles:
        forms.add(" ".join(parts[-2:]))
    for form in forms:
        key = tokenize(form)
        # a surname the KB knows only as other people's ("Gerhard Stoltenberg" in 1987, not
        # the KB's Jens) is this person's too: a KB hit kept for another holds its token
        # first, and the gazetteer dropped the bare surname when nobody of the KB was named
        if key and all(e[1] == SURNAME for e in run.kb.gazetteer.get(key, ())):
            run.local.setdefault(key, []).append((pid, SURNAME, False, form, None, None))


def extend_first_name(run: ActorRun, h: TokenHit, person_id: str) -> None:
    """"Bashar Assad" for KB "Bashar al-Assad": take a first name before the surname."""
    t = run.t
    ent = run.kb.get(person_id)
    if not ent or h.i == 0 or not t.cap(h.i - 1):
        return
    firsts = {n.split()[0].lower() for n in (ent["name"], *ent["aliases"]) if " " in n}
    if t.norm[h.i - 1] in firsts and not run.taken[h.i - 1]:
        h.i -= 1


# Capitalised words that open a clause and are never a given name: auxiliaries and modals that
# open a question ("Did Roe agree?"), words that open a clause before a name ("Unlike Roe",
# "Thanks Roe") -- the closed list of a capitalised first word that is not a name's
_NOT_FIRST_NAMES = frozenset({
    "did", "does", "do", "should", "could", "must", "shall", "might", "would", "are",
    "were", "have", "unlike", "thanks", "thank", "asked", "like", "why", "how", "what",
    "whom", "let", "despite", "during", "without", "against", "from", "into", "under",
    "until", "upon", "via", "towards", "toward", "both", "either", "neither", "only", "even",
    "nor", "yet", "so", "not", "no", "all", "each", "every", "this", "these", "those",
    "its", "our", "their", "my", "we", "they", "he", "she", "it", "you", "i", "dear"})
_OPENERS = frozenset('"“”‘’\'—–-:(')  # what may stand right before a clause's first word


def clause_word(t: Tokens, p: int, given: frozenset[str]) -> bool:
    """Is the capitalised word at token ``p``, just before a surname, a clause's word rather
    than a first name ("Did Roe agree?", "Putting Roe in charge", "Unlike Roe")?  A word of
    the closed list anywhere; at a clause's opening (a sentence's first word, or after a quote
    mark, a dash, a colon) also a word no given name is that ends in "-ing" or "-ed" or that the
    text writes in lower case elsewhere."""
    w = t.norm[p]
    if w in _NOT_FIRST_NAMES:
        return True
    if w in given or not (p in t.sent_tok or t.line_start[p]
                          or p > 0 and t.raw[p - 1] in _OPENERS):
        return False
    if len(w) > 4 and w.endswith(("ing", "ed")):
        return True
    return written_as_word(t.text, w)


def family_leader(run: ActorRun, h: TokenHit, full: dict[str, int]) -> str | None:
    """The one bearer of a shared surname who leads or led, up to a year before the document's
    date, a state or a body as its head ("Assad" alone in 2012 or just after the regime's fall
    is the president, not his wife or brother), when the text names none of the bearers in full
    or with a title and no capitalised word stands before it ("MJ Lee"); else ``None``.  A surname that is also a common word or first name needs
    more (``common_surname``)."""
    pub = run.pub
    ids = {e[0] for e in h.entries if e[1] == SURNAME}
    if not pub or len(ids) < 2 or ids & (set(full) | run.titled_ids):
        return None
    t = run.t
    if h.i > 0 and h.i not in t.sent_tok and t.raw[h.i - 1][:1].isupper():
        return None  # "MJ Lee": another person's given name before the surname
    year_before = f"{int(pub[:4]) - 1:04d}{pub[4:]}"
    leaders = []
    for pid in ids:
        ent = run.kb.get(pid) or {}
        if ent.get("common_surname"):
            return None
        for role in ent.get("roles", ()):
            title = (role.get("title") or "").lower()
            start, end = role.get("from"), role.get("to")
            info = run.kb.titles.get(tuple(tokenize(title)))
            if info is None or info.get("rank") != "principal" \
                    or title.startswith(("vice", "deputy")):
                continue
            if start and start <= pub and (not end or end >= year_before):
                leaders.append(pid)
                break
    return leaders[0] if len(leaders) == 1 else None
