"""People the knowledge base does not know, found by their given names.

The actor finder knows people from the knowledge base and from titles ("Minister Jane Roe").
Wire stories and transcripts name many others bare: "South Africa's director-general of
finance Chris Stals", "IG-Metall official Ernst Eisenmann", "our next question goes to Alex
Marquardt with CNN".  Rules, each tested on invented sentences in
``tests/test_actor_unknown_people.py``:

* **a full name**: a capitalised given name (the lexicon's ``given_names`` and the first names
  of the KB's people), an optional initial, and one or two capitalised words make a person,
  unless a word is already an actor's mention, the last word is a place, a month or a title,
  or the name heads an institution ("the Robert Roe Foundation", "John Doe Street");
* **the surname after it**: once named in full, the bare surname ("Stals said") and "Mr. Stals"
  are mentions of the same person;
* **a given name alone in a transcript**: "as related to Alex's question" names the one person
  of the text with that given name; an address ("Go ahead, Nadia.", "Sam?": a lone given name
  between a line start, stop or comma and a stop) with no such person is a new person known
  only by that name, and so is one standing alone inside a sentence (:mod:`.lone_names`:
  "we spoke to Rachel and Jon"), in any text;
* **a moderator's hand-over in a transcript** (:mod:`.handovers`): "our next question goes to
  Seung Min with AP", "... will go to Jo Roe.", a line "AJ with Bloomberg." before the
  question names a person (any given name) working for the outlet; the same words alone later
  ("Go ahead, Seung Min.") are that person;
* **a post after the name**: "Jo Roe, Acme's chief operating officer," or "Jo Roe, analyst at
  Acme," (not "X, the spokesman said": an attribution) names a person acting for the post's
  body, whatever the given name;
* **a post before the name** (:mod:`.post_names`: "general manager Arrigo Roe"), **a sport
  text** (:mod:`.sport_people`: "Arsenal's Djibril Roe"): a person, whatever the given name;
* **a middle initial**: "Patt A. Gibbs" names a person whatever the given name (initials
  alone do not: "A.E. Staley", a firm; "N.Z. Dlrs");
* **a list of full names**: once one name of a list of three or more ("Jo Roe, Al Bo, and Di
  Cu") is a person, the others are people too;
* **a signatory**: a name alone on a line of a signature block ("Signed at ... on ...", then
  "Jane Roe" over her title), whatever the given name (:func:`.new_people.signature_lines`);
* **whom they act for**: an actor named just before, joined by lower-case title words
  ("South Africa's director-general of finance", "IG-Metall official"), or after "with"
  ("Alex Marquardt with CNN"), is the person's affiliation; the title words are the title.

The claimed spans and the person actor are built by :mod:`.new_people`, which the finder of
unnamed speakers (:mod:`briefing.extract.quotes.discover`) shares.  New people start
*mentioned*; the role pass (:mod:`briefing.extract.actors.roles`) seats the
quoted and those who act for a side.  The rules of a post, a middle initial and a list live
in :mod:`.post_people`; the pieces of a name they share with this module in
:mod:`.person_names`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterator
from dataclasses import replace
from functools import lru_cache

from briefing.extract.actors import lone_names, new_people
from briefing.extract.actors.base import in_text_order, slug
from briefing.extract.actors.handles import handle_mentions
from briefing.extract.actors.handovers import hand_overs
from briefing.extract.actors.new_people import (
    Claimed,
    free_id,
    literal_matches,
    lone_given,
    opens_longer_name,
)
from briefing.extract.actors.person_names import (
    AFFILIATE_KINDS,
    INSTITUTION,
    INSTITUTION_AFTER,
    NAME_WORD,
    NOT_SURNAME,
    PARTICLE,
    Person,
    known_word,
    new_name_ok,
    note_person,
    surname_of,
)
from briefing.extract.actors.post_names import post_names
from briefing.extract.actors.post_people import (
    apposed_posts,
    initialled,
    name_lists,
    post_appositions,
)
from briefing.extract.actors.sport_people import sport_names
from briefing.knowledge import KnowledgeBase
from briefing.model import Actor, Document, Mention

# Given [Initial.] Word [Word]: the given name is checked against the lexicon afterwards.
# (The word boundary is checked after the capital, "[A-Z](?<!\w[A-Z])" rather than "\b[A-Z]":
# a pattern that opens with a class lets the regex engine skip, in C, every position that is
# no capital, where one that opens with an assertion tries each; same matches, half the time.)
# a name's end: no word character or hyphen after it, and an apostrophe only as a possessive
# ("Jo Roe's offer": the name is "Jo Roe", the "'s" stays outside its span)
_NAME_END = r"(?![\w-])(?!['’](?![sS]\b))"
_FULL = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]++)[ \t]+(?:[A-Z]\.[ \t]+)?(" + PARTICLE + NAME_WORD
                   + r"(?:[ \t]+" + NAME_WORD + r")?)" + _NAME_END)
# what ends an address: a stop, a comma, a dash, the line's end
# lower-case title words between an actor and a name: "'s director-general of finance"
_TITLE_GAP = re.compile(r"^(?:['’]s)?\s+((?:[a-z][\w-]*\s+){0,5})$")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_WITH_AFTER = re.compile(r"^,?\s+(?:with|of|from)\s+(?:the\s+)?$")


@lru_cache(maxsize=4)
def given_names(kb: KnowledgeBase) -> frozenset[str]:
    """The given names a new person may open with: the lexicon's and the first names of the
    KB's people, lower case (cached per KB)."""
    names = set(kb.words("given_names")) | kb.words("given_names_census")
    for actor_id in kb.entities:
        ent = kb.get(actor_id)
        if not ent or ent.get("kind") != "person":
            continue
        words = str(ent.get("name") or "").split()
        if len(words) >= 2 and words[0].isalpha() and words[0][:1].isupper():
            names.add(words[0].lower())
    # a given name the KB also holds as a place or a body ("Jordan", "Georgia") is not one
    return frozenset(n for n in names if not any(
        (kb.get(e[0]) or {}).get("kind") not in (None, "person")
        for e in kb.gazetteer.get((n,), ())))


def _affiliation(text: str, start: int, end: int, actors: tuple[Actor, ...],
                 lo: int, hi: int) -> tuple[str | None, str | None]:
    """Whom a person named at ``start``..``end`` acts for, and their title (see the module
    docstring); ``lo``..``hi`` is the sentence."""
    best: tuple[int, str, str | None] | None = None
    for a in actors:
        if a.kind not in AFFILIATE_KINDS:
            continue
        for m in a.mentions:
            if lo <= m.start and m.end <= start:
                gap = _TITLE_GAP.match(text[m.end:start])
                if gap and (best is None or m.end > best[0]):
                    words = gap.group(1).strip()
                    best = (m.end, a.id, words or None)
            elif end <= m.start < hi and _WITH_AFTER.match(text[end:m.start]) and best is None:
                best = (-1, a.id, None)
    return (best[1], best[2]) if best else (None, None)


def discover_people(document: Document, actors: tuple[Actor, ...],
                    kb: KnowledgeBase) -> tuple[Actor, ...]:
    """``actors`` plus the people the knowledge base does not know (see the module docstring);
    an address in a transcript may add a mention to a person already found."""
    text = document.text
    given = given_names(kb)
    claimed = Claimed(actors)
    sentences = [(s.start, s.end) for s in document.sentences] or [(0, len(text))]
    sent_starts = [s for s, _e in sentences]

    def sentence(pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(sent_starts, pos) - 1
        return sentences[k] if k >= 0 else (0, len(text))

    people: dict[str, Person] = {}
    for m in _full_names(text, given, kb.title_first, claimed):
        first, rest = m.group(1), m.group(2)
        if m.start() and text[m.start() - 1] in ".’'-":
            continue  # the tail of a compound ("Al-Sisi", "O'Neil")
        words = rest.split()
        if words[-1].lower() in INSTITUTION:
            if len(words) == 1:
                continue  # "Abraham Accords", "Walter Street": named after a person
            words = words[:-1]
        if any(w.lower() in NOT_SURNAME or w.lower() in given for w in words[-1:]) \
                or any(known_word(w, kb) for w in words) \
                or INSTITUTION_AFTER.match(text, m.end()) \
                or text[max(0, m.start() - 4):m.start()].lower() == "the ":
            continue
        end = m.start(2) + len(" ".join(words)) if len(words) < len(rest.split()) else m.end()
        if claimed.overlaps(m.start(), end):
            continue
        name = f"{first} {' '.join(words)}"
        pid = slug(name)
        if pid in people:
            people[pid].mentions.append((m.start(), end))
            continue
        person = Person(first, name, surname_of(words), [(m.start(), end)])
        lo, hi = sentence(m.start())
        person.affiliation, person.title = _affiliation(text, m.start(), end, actors, lo, hi)
        people[pid] = person
    post_appositions(text, people, claimed, kb)
    named = [span for p in people.values() for span in p.mentions]
    for start, end in (*post_names(text), *sport_names(text, kb)):  # whatever the given name
        if new_name_ok(text, start, end, claimed, kb) \
                and not any(a < end and start < b for a, b in named) \
                and (held := note_person(text, start, end, people)) is not None:
            held.affiliation, held.title = _affiliation(text, start, end, actors, *sentence(start))
    apposed_posts(text, people, claimed, kb, given, actors)
    name_lists(text, actors, people, claimed, kb, given)
    initialled(text, people, claimed, kb)
    _signatories(text, people, claimed, kb)
    if document.turns:
        _handed_over(text, people, claimed, actors)
    _surnames(text, people, claimed, new_people.sentence_case_title_end(document))
    actors = _addresses(document, actors, people, claimed, given, kb.title_first,
                        lone_names.familiar_given(kb, given))
    taken = {a.id for a in actors}
    new = [new_people.person(free_id(p.name, taken, suffix="person"), p.name, p.mentions,
                             text, tier="mentioned", rule="given_name",
                             affiliation=p.affiliation, title=p.title)
           for p in people.values()]
    return handle_mentions((*actors, *new), text)  # "@realJoRoe": once every person is known


def _full_names(text: str, given: frozenset[str], titles: Container[str],
                claimed: Claimed) -> Iterator[re.Match[str]]:
    """The matches of ``_FULL`` whose first word is a given name.  A capitalised word that is
    no given name hides a name right after it only when it is a sentence's first word ("But
    Gianni Roe said"), an office's last ("Undersecretary of State Michael Roe"), a title
    ("Analyst Jane Roe") or an actor's mention of its own (a party, a state: "fellow Tory Jane
    Roe-Smith", "Ruritanian Jane Roe"); a place's or a firm's first word ("San Jose", "Crazy
    Eddie") does not: the search goes on after the whole match."""
    pos = 0
    while (m := _FULL.search(text, pos)) is not None:
        first = m.group(1)
        if first.lower() in given:
            yield m
            pos = m.end()
            continue
        before = text[max(0, m.start() - 4):m.start()]
        opens = not before.strip() or before.rstrip()[-1:] in ".!?\"“”:" \
            or before.endswith(("of ", "the "))
        pos = m.end(1) if opens or first.lower() in titles \
            or claimed.overlaps(m.start(1), m.end(1)) else m.end()


def _signatories(text: str, people: dict[str, Person], claimed: Claimed,
                 kb: KnowledgeBase) -> None:
    """The names alone on a line of a signature block ("Signed at ... on ...", then "Jane
    Roe" over her title) are people, whatever their given names."""
    for start, end in new_people.signature_lines(text):
        words = text[start:end].split()
        if claimed.overlaps(start, end) or words[-1].lower() in INSTITUTION \
                or any(known_word(w, kb) for w in words):
            continue
        name = " ".join(words)
        pid = slug(name)
        if pid in people:
            continue
        people[pid] = Person(words[0], name, surname_of(words), [(start, end)])


def _handed_over(text: str, people: dict[str, Person], claimed: Claimed,
                 actors: tuple[Actor, ...]) -> None:
    """A transcript's hand-over to a reporter ("our next question goes to Seung Min with AP",
    "we'll go to Aamer with the AP", "our next question will go to Jo Roe.", a line "AJ with
    Bloomberg." before the question): the words before "with" and an outlet name a person,
    whatever their given name, and the same words standing alone later ("Go ahead, Seung
    Min.", "Aamer, can you ...") are that person."""
    found: dict[str, str | None] = {}
    for start, end, outlet_start, needs_outlet in hand_overs(text):
        name = text[start:end]
        if claimed.overlaps(start, end) or slug(name) in people \
                or any(w.lower() in NOT_SURNAME for w in name.split()):
            continue
        outlet = next((a.id for a in actors if a.kind != "person" and any(
            x.start == outlet_start for x in a.mentions)), None)
        if needs_outlet and not any(a.id == outlet and a.kind != "state" for a in actors):
            continue  # a calling line names an outlet the text knows ("Most of America.": no)
        found.setdefault(name, outlet)
    for name, outlet in found.items():
        spans = [(a, b) for a, b, _name in literal_matches(text, [name], _AT_HANDED_END)
                 if not claimed.overlaps(a, b)]
        if spans:
            people[slug(name)] = Person(name.split()[0], name, surname_of(name.split()), spans,
                                         affiliation=outlet)


_AT_NAME_END = re.compile(_NAME_END)
_AND_I = re.compile(r"[ \t]+and[ \t]+I\b(?![.’'])")
_AT_HANDED_END = re.compile(r"(?![\w’'-])(?!\s+[A-Z])")


def _surnames(text: str, people: dict[str, Person], claimed: Claimed,
              title_end: int = 0) -> None:
    """The bare surname (or "Mr. Surname") after a person's first full mention, and in a
    sentence-case headline before it ("Roe set for new contract", then "Jo Roe signed ..."):
    a story's subject is in its headline, named in full only in the body."""
    if not people:
        return
    by_surname: dict[str, list[Person]] = {}
    for p in people.values():
        by_surname.setdefault(p.surname, []).append(p)
    for s, e, surname in literal_matches(text, sorted(by_surname, key=len, reverse=True),
                                          _AT_NAME_END):
        owners = by_surname[surname]
        if len(owners) != 1:
            continue  # two people of one surname: the bare surname names neither for sure
        p = owners[0]
        if s <= min(a for a, _b in p.mentions) and e > title_end \
                or any(a <= s < b for a, b in p.mentions) or claimed.overlaps(s, e):
            continue
        p.mentions.append((s, e))


def _addresses(document: Document, actors: tuple[Actor, ...], people: dict[str, Person],
               claimed: Claimed, given: frozenset[str], titles: Container[str] = (),
               familiar: Container[str] = ()) -> tuple[Actor, ...]:
    """A lone given name addressed in a transcript ("Go ahead, Nadia."): a mention of the one
    person with that given name, or a new person known by it.  In prose, a lone given name
    after the one person of that given name was named in full ("Jo Roe ... Jo said") is theirs
    (never a new person), unless a capitalised word opens a longer name before it ("Uncle
    Jo"); one no person owns, alone inside a sentence, is a new person (:mod:`.lone_names`)."""
    prose = not document.turns
    text = document.text
    taken = [span for p in people.values() for span in p.mentions]
    found = [(m.group(1), m.start(1), m.end(1)) for m in lone_given(text, given)
             if not claimed.overlaps(m.start(1), m.end(1))
             and not any(a <= m.start(1) < b for a, b in taken)
             and m.group(1).lower() not in lone_names.CALENDAR]
    if not found:
        return actors
    wanted = {word.lower() for word, _s, _e in found}
    by_given: dict[str, list[str]] = {}
    for a in actors:
        if a.kind != "person":
            continue
        words = a.name.split()
        firsts = {words[0].lower()} if len(words) >= 2 else set()
        # "Jane Roe" where only "Roe" is the actor's mention: Jane is their given name too
        firsts.update(g.group(1).lower() for m in a.mentions
                      if (g := _GIVEN_BEFORE.search(text, max(0, m.start - 20), m.start)))
        for first in firsts & wanted:
            by_given.setdefault(first, []).append(a.id)
    for pid, p in people.items():
        by_given.setdefault(p.given.lower(), []).append(pid)
    added: dict[str, list[tuple[int, int]]] = {}
    first_seen = {a.id: min((m.start for m in a.mentions), default=len(text)) for a in actors}
    heading = document.title_span[1] if document.title_span else 0
    surnames = {a.name.split()[-1].lower() for a in actors if a.kind == "person"} \
        | {p.surname.lower() for p in people.values()}  # "Tom Kay ... Kay told": his
    thing, alone = lone_names.as_thing, lone_names.spoken_of
    first_seen.update((pid, min((a for a, _b in p.mentions), default=len(text)))
                      for pid, p in people.items())
    for word, start, end in found:
        owners = by_given.get(word.lower(), [])
        # "Jill and I": the speaker's own, known to the reader by that name; so later
        if not owners and not opens_longer_name(text, start) and (  # "Jill and I"; "to Jill"
                f"~{word}" in added and not thing(text, start) or prose and _AND_I.match(text, end)
                or start >= heading and alone(text, start, end, familiar, titles, surnames)):
            added.setdefault(f"~{word}", []).append((start, end))
        elif prose and (len(owners) != 1 or start <= first_seen.get(owners[0], len(text))
                        or word.lower() in titles or opens_longer_name(text, start)):
            continue
        elif len(owners) == 1:  # "as related to Alex's question": the one Alex named here
            added.setdefault(owners[0], []).append((start, end))
        elif lone_names.is_address(text, start, end):
            added.setdefault(f"~{word}", []).append((start, end))
    for word, start, end in found:  # its uses before the one that made the person
        if (spans := added.get(f"~{word}")) and start < spans[0][0] \
                and not opens_longer_name(text, start) and not thing(text, start):
            spans.insert(0, (start, end))
    out = list(actors)
    for key, spans in added.items():
        if key.startswith("~"):
            name = key[1:]
            people.setdefault(slug(name), Person(name, name, name)).mentions.extend(spans)
        elif key in people:
            people[key].mentions.extend(spans)
        else:
            k = next(i for i, a in enumerate(out) if a.id == key)
            extra = tuple(Mention(s, e, text[s:e], "actor", "given_name") for s, e in spans)
            out[k] = replace(out[k], mentions=in_text_order(out[k].mentions, extra))
    return tuple(out)
