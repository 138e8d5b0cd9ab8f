"""People named, whatever their given name, by a post beside them ("Ruritania's ambassador in
Athens, Jo Roe, said"; "Jo Roe, Acme's chief operating officer,"; wire copy's "L.C. Roe Jr.,
vice president of the airline,"), by a middle initial ("Patt A. Gibbs"), or by standing in a
list of full names with a person ("Jo Roe, Al Bo, and Di Cu"): rules of
:func:`.unknown_people.discover_people`, moved out of it as it neared the 600-line limit
(session 21); each one adds to the people found so far.
"""

from __future__ import annotations

import re

from briefing.extract.actors.base import slug
from briefing.extract.actors.new_people import Claimed
from briefing.extract.actors.person_names import (
    AFFILIATE_KINDS,
    COMPANY_WORDS,
    INSTITUTION,
    INSTITUTION_AFTER,
    NAME_WORD,
    NOT_SURNAME,
    OPENING_NAME_WORD,
    PARTICLE,
    Person,
    known_word,
    new_name_ok,
    note_person,
    surname_of,
)
from briefing.extract.lead_search import finditer_at_leads, finditer_in_lines, lead_strings
from briefing.knowledge import KnowledgeBase
from briefing.model import Actor

# "Ruritania's ambassador in Athens, Jo Roe, said", "the head of the port authority, Jo Roe,
# told": a post (lower case) up to seven words back in the clause, a comma, two or three
# capitalised words, then a comma or a verb -- the post's holder, whatever the given name
_POST_APPOSITION = re.compile(
    r"\b(?:ambassador|envoy|head|chief|chairman|chairwoman|director|president|manager|"
    r"spokesman|spokeswoman|spokesperson|secretary|leaders?|governor|officer|minister|"
    r"official|representative|delegate|negotiator|treasurer|commissioner|mediator)"
    r"(?:[ \t]+[\w’'-]+){0,7}?,[ \t]+(" + NAME_WORD + r"[ \t]+" + PARTICLE + NAME_WORD
    + r"(?:[ \t]+" + NAME_WORD + r")?)(?=,(?![ \t]+(?:and|or)\b)|[ \t]+(?:said|says|told|"
    r"was|is|has|had|who|added)\b)")
_POST_LEADS = lead_strings(_POST_APPOSITION)  # the posts: the pattern is tried only at them
# "Jo Roe, Acme's chief operating officer,", "Jo Roe, the bank's spokesman, said", "Jo Roe,
# analyst at Acme,": two or three capitalised words, a comma, up to three words (capitalised, a
# possessive, or the/a), then a post in lower case -- the post's holder
_POST_TAIL = (r",[ \t]+(?:(?:the|a|an|its|[A-Z][\w&.-]*(?:['’]s)?)[ \t]+){0,3}"
              r"(?:ambassador|envoy|head|chief|chairman|chairwoman|director|president|manager|"
              r"spokesman|spokeswoman|spokesperson|secretary|governor|officer|minister|official|"
              r"representative|delegate|negotiator|treasurer|commissioner|mediator|analyst|"
              r"economist|executive|vice[ -]president|deputy|adviser|advisor)\b")
_APPOSED_POST = re.compile(
    r"(" + OPENING_NAME_WORD + r"[ \t]+" + PARTICLE + NAME_WORD + r"(?:[ \t]+"
    + NAME_WORD + r")?)" + _POST_TAIL)
# wire copy's initials for a given name, with the same post after them: "L.C. Roe Jr., vice
# president of the airline," ("A.E. Staley", "N.Z. Dlrs" have no post: firms, currencies).
# (written to open with the first initial's stop, a literal the regex engine looks for in C,
# rather than with the capital before it: capitals are many times more frequent than such
# stops; the name starts one character before the match)
_INITIALS_POST = re.compile(
    r"\.(?<=[A-Z]\.)(?<![\w.][A-Z]\.)((?:[ \t]?[A-Z]\.){1,2}[ \t]+" + NAME_WORD
    + r"(?:[ \t]+(?:Jr|Sr)\b\.?)?)" + _POST_TAIL)
# a name with a middle initial, whatever the given name: "Patt A. Gibbs" (initials alone open
# firms' and currencies' names as often: "A.E. Staley", "N.Z. Dlrs")
_INITIALLED = re.compile(
    r"(" + OPENING_NAME_WORD + r"[ \t]+[A-Z]\.[ \t]+" + PARTICLE + NAME_WORD
    + r")(?![\w’'-])")
# where the two scans above can match (each holds its place; neither crosses a line): the lines
# searched (see lead_search.finditer_in_lines), a post's comma and a middle initial's stop
_POST_COMMA = re.compile(r",(?=" + _POST_TAIL[1:] + r")")
_INITIAL_STOP = re.compile(r"\.(?<=[ \t][A-Z]\.)[ \t]")
# the post of an attribution, not of an apposition: "X, the spokesman said"
_SAID_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|stated|noted)\b")
# a list of full names: "Jo Roe, Al Bo, and Di Cu" -- once one of them is a person, the others
# written the same way are people too, whatever their given names
_NAME_ITEM = NAME_WORD + r"[ \t]+" + PARTICLE + NAME_WORD + r"(?:[ \t]+" + NAME_WORD + r")?"
_NAME_LIST = re.compile(r"(" + OPENING_NAME_WORD + _NAME_ITEM[len(NAME_WORD):]
                        + r"(?:(?:,[ \t]+" + _NAME_ITEM
                        + r")+(?:,?[ \t]+and[ \t]+" + _NAME_ITEM + r")?|,?[ \t]+and[ \t]+"
                        + _NAME_ITEM + r"))(?![\w’'-])")
# a list's comma before a full name: every list of three names or more holds one (a line
# without one holds none, and "Jo Roe and Al Bo" alone is passed over: its lines are not searched)
_LIST_COMMA = re.compile(r",(?<=[a-z],)[ \t]+[A-Z][\w'’-]*[ \t]+[A-Zabdelv]")
_LIST_SPLIT = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")


def post_appositions(text: str, people: dict[str, Person], claimed: Claimed,
                      kb: KnowledgeBase) -> None:
    """A name set off by commas right after a post ("Ruritania's ambassador in Athens, Jo
    Roe, said"): a person, whatever the given name (see ``_POST_APPOSITION``)."""
    for m in finditer_at_leads(_POST_APPOSITION, _POST_LEADS, text):
        start, end = m.start(1), m.end(1)
        words = m.group(1).split()
        if claimed.overlaps(start, end) or any(
                w.lower() in INSTITUTION or w.lower() in COMPANY_WORDS
                or w.lower() in NOT_SURNAME or known_word(w, kb) for w in words):
            continue
        pid = slug(m.group(1))
        if pid not in people:
            people[pid] = Person(words[0], m.group(1), surname_of(words), [(start, end)])


def initialled(text: str, people: dict[str, Person], claimed: Claimed,
                kb: KnowledgeBase) -> None:
    """A name with a middle initial ("Patt A. Gibbs"): a person, whatever the given name (see
    ``_INITIALLED``)."""
    found = [span for p in people.values() for span in p.mentions]
    for m in finditer_in_lines(_INITIALLED, _INITIAL_STOP, text):
        start, end = m.start(1), m.end(1)
        words = text[start:end].split()
        if not new_name_ok(text, start, end, claimed, kb) \
                or INSTITUTION_AFTER.match(text, end) \
                or any(a < end and start < b for a, b in found):
            continue  # (an institution, a title, a known word; a person found by the given name)
        name = " ".join(words)
        pid = slug(name)
        if pid not in people:
            people[pid] = Person(words[0], name, surname_of(words), [(start, end)])


def _not_given(text: str, start: int, end: int, claimed: Claimed, kb: KnowledgeBase) -> bool:
    """Whether the word at ``start``..``end`` before a name is no part of it: claimed, known,
    a title's first word or a word no surname is."""
    w = text[start:end].lower()
    return claimed.overlaps(start, end) or w in NOT_SURNAME or known_word(w, kb) \
        or bool(kb.title_first.get(w))


def apposed_posts(text: str, people: dict[str, Person], claimed: Claimed,
                   kb: KnowledgeBase, given: frozenset[str], actors: tuple[Actor, ...]) -> None:
    """A name followed by a comma and a post ("Jo Roe, Acme's chief operating officer"): a
    person, whatever the given name (see ``_APPOSED_POST``)."""
    found = [(m.start(1), m.end(1), m.end(), False)
             for m in finditer_in_lines(_APPOSED_POST, _POST_COMMA, text)]
    found += [(m.start() - 1, m.end(1), m.end(), True) for m in _INITIALS_POST.finditer(text)]
    for start, end, post_end, initialled in found:
        if _SAID_AFTER.match(text, post_end):
            continue  # "Special Drawing Rights, the spokesman said": an attribution
        words = text[start:end].split()
        if len(words) == 3 and words[1][:1].isupper() and words[0].lower() not in given \
                and not initialled:
            start = text.index(" ", start) + 1  # "[But] Jo Roe, ...": a word before the name
        if not new_name_ok(text, start, end, claimed, kb) \
                or start and text[max(0, start - 4):start].lower() == "the ":
            continue
        person = note_person(text, start, end, people)
        if person is not None:
            person.affiliation, person.title = _post_of(text, end, actors)


_SEGMENT_END = re.compile(r"[,.;:\n()]")
_OF_WORDS = frozenset({"at", "of", "for", "with", "in", "from"})


def _post_of(text: str, name_end: int, actors: tuple[Actor, ...],
             ) -> tuple[str | None, str | None]:
    """Whom the post after a name acts for -- the possessor inside it ("Acme's chief operating
    officer") or the body after it ("analyst at Acme") -- and the post's own words ("chief
    operating officer"), up to the next comma or stop (see ``_APPOSED_POST``)."""
    lo = name_end + 1  # after the comma
    stop = _SEGMENT_END.search(text, lo)
    hi = stop.start() if stop else len(text)
    title: list[str] = []
    for w in text[lo:hi].split():
        if w in _OF_WORDS:
            break
        if w.islower() and w not in ("the", "a", "an", "its"):
            title.append(w)
    aff = next((a.id for a in actors if a.kind in AFFILIATE_KINDS
                for m in a.mentions if lo <= m.start < hi), None)
    return aff, " ".join(title) or None


def name_lists(text: str, actors: tuple[Actor, ...], people: dict[str, Person],
                claimed: Claimed, kb: KnowledgeBase, given: frozenset[str]) -> None:
    """The other full names of a list one of whose names is a person ("Jo Roe, Al Bo, and
    Di Cu"): people too (see ``_NAME_LIST``)."""
    persons = {(m.start, m.end) for a in actors if a.kind == "person" for m in a.mentions}
    persons.update(span for p in people.values() for span in p.mentions)
    for m in finditer_in_lines(_NAME_LIST, _LIST_COMMA, text):
        items: list[tuple[int, int]] = []
        pos = m.start(1)
        for sep in _LIST_SPLIT.finditer(text, m.start(1), m.end(1)):
            items.append((pos, sep.start()))
            pos = sep.end()
        items.append((pos, m.end(1)))
        if len(items) < 3 or not any(span in persons for span in items):
            continue  # "Jo Roe and Al Bo": a show, a firm or a place as readily as a person
        for n, (start, end) in enumerate(items):
            while text.count(" ", start, end) >= 2 and (_not_given(
                    text, start, text.index(" ", start), claimed, kb)
                    or n == 0 and text[start:text.index(" ", start)].lower() not in given):
                # "[Members] Jo Roe": the first item may open on a word before the list
                start = text.index(" ", start) + 1
            if (start, end) in persons or not new_name_ok(text, start, end, claimed, kb):
                continue
            note_person(text, start, end, people)
