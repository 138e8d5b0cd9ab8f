"""Actor extraction, people named with a title: [DEMONYM|STATE] TITLE Name ("Russian Foreign
Minister Sergei Lavrov") confirms KB people and their title, or discovers people the KB lacks
with their affiliation; role nouns and appositions ("Name, the foreign minister,") likewise;
then their surnames are linked ("Lavrov").  What each title gives its person (title, rank,
affiliation, which namesake) is :mod:`~briefing.extract.actors.person_titles`."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress
from typing import Any

from briefing.extract.actors.aliases import name_run
from briefing.extract.actors.base import ActorRun, Cand
from briefing.extract.actors.person_titles import confirm, confirm_after, pick_by_title, title_clash
from briefing.extract.actors.scan import TokenHit, Tokens, mark
from briefing.extract.actors.surnames import link_surname
from briefing.knowledge import (
    NAME,
    tokenize,
)

# Lower-case words after a hyphen that make a compound, not a given name ("Putin-backed").
_NOT_GIVEN = frozenset({"backed", "led", "era", "style", "linked", "based", "controlled",
                        "type", "like", "run", "owned", "brokered", "mediated", "born",
                        "aligned", "allied", "inspired", "supported", "sponsored", "elect"})

# The one-letter prefix an apostrophe joins to a family name ("O'Leary", "O’Dwyer"), as
# unknown_people's name pattern has it.
_APOSTROPHE_PREFIXES = frozenset({"O"})
_APOSTROPHES = frozenset({"'", "’"})


# ------------------------------------------------------------------ 4. titles and people
def false_start(t: Tokens, end: int) -> bool:
    """A word cut off in speech ("Prime Minister Netanya- — Netanyahu"): a hyphen glued to the
    name's end with nothing glued after it."""
    return end < t.n and t.raw[end] == "-" and t.glued(end) \
        and not (end + 1 < t.n and t.glued(end + 1))


def discover_person(run: ActorRun, start: int, end: int, rule: str) -> tuple[Cand, TokenHit]:
    """A person the KB does not know, named by tokens ``start:end``: a new candidate and its
    name hit, marked taken so that no later rule reads those tokens again.  ``rule`` says which
    cue found it (a title, a role noun, an apposition)."""
    name = run.t.span_text(start, end)
    pid = run.fresh_id(name)
    cand = run.cand(pid, name=name, kind="person", origin="extracted")
    cand.discovered = True
    hit = TokenHit(start, end, ((pid, NAME, False, name, None, None),), rule=rule)
    hit.actor, hit.ftype = pid, NAME
    run.hits.append(hit)
    mark(run.taken, [hit])
    return cand, hit


def titles(run: ActorRun) -> None:
    """[DEMONYM|STATE] TITLE Name: confirm KB people and their titles, or discover people the
    KB lacks (see the module docstring).  Each KB title, left to right, is read with the name
    after it (:func:`_titled_name`); the scan goes on after what that reading took."""
    t = run.t
    person_hit = {h.i: h for h in run.hits if h.actor and run.kind_of(h.actor) == "person"}
    title_first = run.kb.title_first
    pos = 0
    end_at = {h.j: h for h in run.hits if h.actor}
    run.end_at = end_at
    for k in list(compress(range(t.n), map(title_first.__contains__, t.norm))):  # in C
        if k < pos:
            continue
        m = run.match_title(k)
        if m is None:
            continue
        pos = _titled_name(run, k, m[0], m[1], person_hit, end_at)
    run.end_at = None
    run.title_ctx = None


@dataclass(frozen=True, slots=True)
class _Title:
    """A title as its person is given it: tokens [start, end) (an office written before it
    and an office complement after it included) and its KB entry."""

    start: int
    end: int
    info: dict[str, Any]


def _titled_name(run: ActorRun, k: int, tend: int, info: dict[str, Any],
                 person_hit: dict[int, TokenHit], end_at: dict[int, TokenHit]) -> int:
    """Read the KB title at tokens [k, tend) (``info``: its entry) with the name after it: a
    KB person named there is confirmed with the title, a KB person's surname inside the name
    extended to it, else a person the KB lacks discovered.  Returns the token the scan goes
    on from.  ``person_hit``: the person hits by start token, ``end_at``: the actor hits by
    end token (both updated with a person discovered)."""
    t = run.t
    j = tend  # the name after the title
    if j < t.n and t.norm[j] == ",":
        return tend
    # "Head of the Foreign Relations Department of the Presidential Administration of
    # Azerbaijan Hikmat Hajiyev": an office complement, then "of STATE", then the name
    title_end, hint = tend, None
    if j < t.n and t.norm[j] == "of" and t.caps[k]:
        comp = title_complement(run, j, person_hit)
        if comp is not None:
            title_end, j, hint = comp
    stop = run.w("name_stop")
    particles = run.w("particles")
    if j == tend and j in person_hit or j != tend or person_name(
            run, j, stop, particles) is not None:
        # "National Security Council Secretary Jane Roe": the office is in the title
        office = office_prefix(run, k, end_at)
    else:
        office = None
    title = _Title(office.i if office is not None else k, title_end, info)
    run.title_ctx = (hint, office.actor if office is not None else None)
    if j in person_hit:
        h = person_hit[j]
        pick_by_title(run, h, k, tend)
        if not title_clash(run, h, info, k, tend):
            confirm(run, h.actor, title.start, title.end, info, h.j)
            run.title_ctx = None
            return h.j
        # "Lord Justice May" is not the KB's Prime Minister May: drop the surname match
        del person_hit[j]
        _drop_hit(run, h)
    name_end = person_name(run, j, stop, particles)
    if name_end is None or (t.upper_doc and not run.kb.lookup(t.span_text(j, name_end))):
        return tend
    if _known_inside(run, j, name_end, title):
        return name_end
    _discover_titled(run, j, name_end, title, person_hit, end_at)
    return name_end


def _drop_hit(run: ActorRun, h: TokenHit) -> None:
    """Drop the hit ``h`` and free its tokens for another reading."""
    run.hits.remove(h)
    for x in range(h.i, h.j):
        run.taken[x] = 0


def _known_inside(run: ActorRun, j: int, name_end: int, title: _Title) -> bool:
    """Whether a hit lies inside the name at tokens [j, name_end): a KB person's surname or
    alias is extended to the whole name and given the title (True).  A KB person the name's
    first words rule out ("Sir George Young" is not the KB's Andrew Young) is dropped, and
    the name left to be discovered (False)."""
    inner = [h for h in run.hits if h.i >= j and h.j <= name_end]
    if not inner:
        return False
    h = inner[-1]
    if not compatible(run, h, j):
        _drop_hit(run, h)  # a person of their own
        return False
    if h.actor and run.kind_of(h.actor) == "person":
        if not any(run.taken[j:h.i]):
            h.i = j
            mark(run.taken, [h])
        confirm(run, h.actor, title.start, title.end, title.info, h.j)
    run.title_ctx = None
    return True


def _discover_titled(run: ActorRun, j: int, name_end: int, title: _Title,
                     person_hit: dict[int, TokenHit], end_at: dict[int, TokenHit]) -> None:
    """Discover the person the KB lacks named at tokens [j, name_end) after ``title``, with
    the title and the surname linked -- unless a rule took a token of the name, the name is
    cut off in speech, or it is one word a body's name starts with."""
    t = run.t
    # "Mr. X" at a sentence start is still a person: no sentence-start test here
    if any(run.taken[j:name_end]) or false_start(t, name_end) or (
            name_end - j == 1 and t.norm[j] in run.w("org_heads")):
        # ("the Ruritanian General Authority for ...": an adjective and a body's head
        # noun, no General named Authority)
        return
    name = t.span_text(j, name_end)
    c, h = discover_person(run, j, name_end, "title+name")
    h.possessive = t.possessive_after(name_end) > 0
    person_hit[j] = h
    end_at[h.j] = h
    confirm(run, c.id, title.start, title.end, title.info, name_end)
    run.title_ctx = None
    link_surname(run, c.id, name, run.w("particles"))


def office_prefix(run: ActorRun, k: int, end_at: dict[int, TokenHit]) -> TokenHit | None:
    """A government office written right before a title ("NSC Spokesperson", "State
    Department spokesman"): part of the title.  Before a capitalised title it is the formal
    title's own word, no actor mention, and its hit is dropped; before a lower-case one
    ("State Department spokesman Jane Roe") the wire names the office the person speaks for,
    a mention of it."""
    t = run.t
    h = end_at.get(k)
    if h is None or not h.actor or h.possessive or run.kind_of(h.actor) != "government" \
            or t.sent[h.i] != t.sent[k] or not all(t.caps[x] for x in range(h.i, h.j)
                                                   if t.norm[x] not in ("of", "the")):
        return None
    if "\n" in t.text[t.ends[h.j - 1]:t.starts[k]]:
        return None
    if h in run.hits and not t.raw[k].islower():
        run.hits.remove(h)
    end_at.pop(k, None)
    return h


def title_complement(run: ActorRun, j: int, person_hit: dict[int, TokenHit]
                     ) -> tuple[int, int, str] | None:
    """From "of" at ``j``: capitalised office words ending "of [the] STATE", right before
    a person's name.  Returns (end of the title, start of the name, the state)."""
    t = run.t
    norm = t.norm
    stop = run.w("name_stop")
    particles = run.w("particles")
    start_at = {h.i: h for h in run.hits if h.actor}
    x = j
    last_state: tuple[int, int, str] | None = None
    while x < t.n and x - j < 16:
        h = start_at.get(x)
        if h is not None and h.actor and run.kind_of(h.actor) == "state" and x >= 1 and (
                norm[x - 1] == "of" or norm[x - 1] == "the" and norm[x - 2] == "of"):
            of_at = x - 1 if norm[x - 1] == "of" else x - 2
            if h.j in person_hit or (h.j < t.n and t.caps[h.j] and person_name(
                    run, h.j, stop, particles) is not None):
                last_state = (of_at, h.j, h.actor)
                break
            x = h.j
            continue
        if t.caps[x] or norm[x] in ("of", "the", "for", "and", "-"):
            x += 1
            continue
        break
    if last_state is None or last_state[0] <= j:
        return None
    of_at, name_start, state = last_state
    # the office words are no actors of their own
    for h in [h for h in run.hits if j <= h.i and h.j <= of_at]:
        run.hits.remove(h)
    for y in range(j, of_at):
        run.taken[y] = 1
    return of_at, name_start, state


def role_nouns(run: ActorRun) -> None:
    """"BBC labour affairs correspondent Stephen Cape", "his North Korean counterpart Li
    Gun-mo": a lower-case job noun after a possessor (an actor, or his/her) and before a
    two-word capitalised name gives a person, affiliated with the possessor."""
    t = run.t
    norm = t.norm
    stop = run.w("name_stop")
    particles = run.w("particles")
    end_at = {h.j: h for h in run.hits if h.actor}
    for k in run.positions(run.w("role_nouns")):
        j = k + 1
        if t.caps[k] or j >= t.n or not t.caps[j] or run.taken[j]:
            continue
        name_end = person_name(run, j, stop, particles)
        if name_end is None or name_end - j < 2 or any(run.taken[j:name_end]):
            continue
        # back over lower-case modifiers ("labour affairs") to the possessor
        a = k
        while a - 1 >= 0 and k - a < 3 and t.raw[a - 1].isalpha() \
                and t.raw[a - 1].islower() and norm[a - 1] not in stop \
                and norm[a - 1] not in ("his", "her", "their", "its"):
            a -= 1
        owner = end_at.get(a)
        if owner is None and not (a > 0 and norm[a - 1] in ("his", "her", "their", "its")):
            continue
        if owner is not None and run.kind_of(owner.actor) == "person":
            continue
        c, h = discover_person(run, j, name_end, "role+name")
        h.possessive = t.possessive_after(name_end) > 0
        if norm[k] != "counterpart":  # a counterpart's office is the other person's
            c.title = " ".join(t.span_text(a, k + 1).split())
            c.offices.append(c.title)
        # a counterpart sits across the table from a principal
        c.rank = c.rank or ("minister" if norm[k] == "counterpart" else
                            "official" if owner is not None else "")
        if owner is not None:
            kind = run.kind_of(owner.actor)
            aff = owner.actor if kind in ("igo", "organization") else \
                (run.state_of(owner.actor) or owner.actor)
            c.affiliation, c.text_affiliation = aff, True
        if run.speech_near(name_end, a):
            c.speaker += 1
        link_surname(run, c.id, t.span_text(j, name_end), particles)


def compatible(run: ActorRun, h: TokenHit, j: int) -> bool:
    """May the name tokens [j, h.i) before a KB person's hit belong to that person?"""
    if h.i <= j or not h.actor or run.kind_of(h.actor) != "person":
        return True
    return compatible_with(run, h.actor, j, h.i)


def compatible_with(run: ActorRun, person_id: str, j: int, i: int) -> bool:
    """Whether the capitalised tokens [j, i) are all words of a name of ``person_id``."""
    ent = run.kb.get(person_id)
    if ent is None:
        return True
    known: set[str] = set()
    for name in (ent["name"], *ent.get("aliases", ())):
        known.update(tokenize(name))
    return all(run.t.norm[x] in known for x in range(j, i) if run.t.caps[x])


def appositions(run: ActorRun) -> None:
    """"Staffan de Mistura, the U.N. envoy for Syria, said": a name, a comma, then
    [the|a] [POSSESSOR] TITLE.  Confirms the title of a known person or discovers one."""
    t = run.t
    norm = t.norm
    stop = run.w("name_stop")
    particles = run.w("particles")
    start_at = {h.i: h for h in run.hits if h.actor}
    end_at = {h.j: h for h in run.hits if h.actor}
    for c in run.positions((",",)):
        q = c + 1
        if q < t.n and norm[q] in ("the", "a", "an"):
            q += 1
        possessor = start_at.get(q)
        if possessor is not None and run.kind_of(possessor.actor) != "person":
            q = possessor.j + (t.possessive_after(possessor.j) if possessor.possessive
                               else 0)
        while q < t.n and norm[q] in run.w("prefixes"):
            q += 1
        m = run.match_title(q) if q < t.n else None
        if m is None or m[1]["rank"] == "honorific":
            continue
        tend, info = m
        if tend < t.n and norm[tend] not in (",", ".", "of", "for", "to", "in", "and", ";",
                                             ")", "at", "on", "—", "–", "who"):
            continue  # "New York, the envoy said": a new clause, not an apposition
        # the name before the comma: a person hit, or a capitalised run the KB lacks
        h = end_at.get(c)
        if h is not None and run.kind_of(h.actor) == "person":
            confirm_after(run, h.actor, c + 1, tend, info, possessor)
            continue
        if h is not None or c < 2 or not t.caps[c - 1] or run.taken[c - 1]:
            continue
        a = c - 1
        while a - 1 >= 0 and c - a < 4 and not run.taken[a - 1] and (
                t.caps[a - 1] or (norm[a - 1] in particles and t.caps[a])) \
                and norm[a - 1] not in stop and not t.line_start[a]:
            a -= 1
        if c - a < 2 or a in t.sent_tok and norm[a] in stop or norm[a] in stop \
                or any(run.taken[a:c]) or a in t.heading_toks:
            continue
        if person_name(run, a, stop, particles) != c:
            continue
        cand, hit = discover_person(run, a, c, "apposition")
        confirm_after(run, cand.id, c + 1, tend, info, possessor)
        link_surname(run, cand.id, t.span_text(a, c), particles)


def person_name(run: ActorRun, j: int, stop: frozenset[str],
                particles: frozenset[str]) -> int | None:
    """The end of a person's name starting at token ``j`` (capitalised words and
    ``particles``), or None when none starts there."""
    t = run.t
    k = j
    words = 0
    if j >= t.n or t.norm[j] == "i" or run.kb.title_first.get(t.norm[j]) and \
            run.match_title(j) is not None:
        return None  # "Mr. President", "Madam Prime Minister": a title, not a name
    if t.line_start[j] and j > 0 and not t.line_start[j - 1] or \
            j > 0 and t.sent[j] != t.sent[j - 1]:
        return None  # a title ending a headline line is not followed by its name
    in_heading = j in t.heading_toks
    limit = 3 if in_heading else 5
    while k < t.n and words < limit:
        raw, norm = t.raw[k], t.norm[k]
        if in_heading and words and norm.endswith("ing"):
            break  # a title-case headline: "... Watson Welcoming ..."
        if t.cap(k) and norm not in stop and not (k > j and t.line_start[k]):
            # an initial "J." keeps its dot
            if len(raw) == 1 and k + 1 < t.n and t.norm[k + 1] == "." and t.glued(k + 1):
                k += 2
            else:
                k += 1
            words += 1
            continue
        if words and norm in particles and k + 1 < t.n:
            # "al-Assad", "de Mistura", "bin Salman"
            nxt = k + 1
            if t.norm[nxt] == "-" and t.glued(nxt):
                nxt += 1
            if nxt < t.n and t.cap(nxt):
                k = nxt
                continue
        if words and norm == "-" and t.glued(k) and k + 1 < t.n and t.cap(k + 1) \
                and t.glued(k + 1):
            k += 1  # "Jean-Pierre"
            continue
        if words and t.raw[k] in _APOSTROPHES and t.raw[k - 1] in _APOSTROPHE_PREFIXES and t.glued(k) \
                and k + 1 < t.n and t.cap(k + 1) and t.glued(k + 1):
            k += 1  # "O'Leary": the prefix and the name are one word
            continue
        if words and norm == "-" and t.glued(k) and k + 1 < t.n and t.glued(k + 1) \
                and t.raw[k + 1].isalpha() and t.raw[k + 1].islower() \
                and t.norm[k + 1] not in _NOT_GIVEN and t.caps[k - 1]:
            k += 2  # "Shin-yong", "Il-sung": a romanised given name
            words += 1
            continue
        break
    if words == 0:
        return None
    if k < t.n and t.norm[k] in run.w("org_heads"):
        return None  # "General Border Committee", "General Assembly": an organisation
    if org_run_end(run, j):
        return None  # "General Workers' Union": inside an organisation's name
    if t.norm[k - 1] in ("corp", "inc", "ltd", "co", "plc", "llc", "motors", "electric"):
        return None  # "Supermarkets General Corp": a company
    if in_heading and not t.upper_doc and all(t.raw[x].isupper() for x in range(j, k)
                                              if t.raw[x].isalpha()):
        # a capitals headline runs the name into the next words ("OPEC PRESIDENT LUKMAN
        # EXPECTS SHORT, CALM MEETING"): the name is the words the body writes capitalised
        end = j
        while end < k and any(x not in t.heading_toks and not t.raw[x].isupper()
                              and t.caps[x] for x in run.positions((t.norm[end],))):
            end += 1
        return end if end > j else None
    # the run must not swallow a known non-person actor ("President Obama Russia")
    return k


def org_run_end(run: ActorRun, j: int) -> bool:
    """Does the capitalised run from token ``j`` (with "and"/"of"/"for" and plural
    possessives inside) end in an organisation head noun?"""
    span = name_run(run, j)
    if span is None:
        return False
    a, b = span
    # "President Obama and Congress" is two actors: the run stops at a coordination
    b = next((x for x in range(a, b) if run.t.norm[x] in ("and", "&")), b)
    while b > a and run.t.norm[b - 1] in ("of", "for", "the", "and", "-", "&", "on"):
        b -= 1
    return b - a >= 2 and run.t.norm[b - 1] in run.w("org_heads")
