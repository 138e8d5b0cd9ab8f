"""The pieces the finders of people the knowledge base does not know share
(:mod:`.unknown_people`, :mod:`.post_people`): the patterns of a name's words, the words that
end a name or are no surname, a person being found (:class:`Person`) and the noting of its
mentions.  Moved out of :mod:`.unknown_people` as it neared the 600-line limit (session 21);
the patterns and rules are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.extract.actors.base import MONTHS, WEEKDAYS, slug
from briefing.extract.actors.new_people import Claimed
from briefing.knowledge import KnowledgeBase, tokenize

# ("[a-z]++" gives no letter back: what follows a name's letters is never a lowercase letter,
# so a greedy run would only retry the rest after each letter in vain; same matches, tested)
NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]++(?:[-'’][A-Z][a-z]++)?"
PARTICLE = r"(?:(?:van|von|de|da|del|der|di|du|dos|das|le|la|al|el|bin|ben)[ \t]+)?"
# ``(?<![\w’'.-])`` + NAME_WORD, written to open with its capital (see _FULL's note): the same
# matches, the prefix's alternatives tried in the same order ("Mc", "Mac", "O'", none)
OPENING_NAME_WORD = (r"[A-Z](?<![\w’'.-][A-Z])(?:(?<=M)(?:c|ac)[A-Z]|(?<=O)['’][A-Z]|)[a-z]++"
                      r"(?:[-'’][A-Z][a-z]++)?")
# words that end a name's run: an institution or a place named after a person
INSTITUTION = frozenset({
    "foundation", "institute", "university", "college", "school", "center", "centre", "fund",
    "company", "corporation", "corp", "inc", "group", "trust", "prize", "award", "street",
    "avenue", "road", "square", "airport", "hospital", "museum", "library", "bridge", "park",
    "act", "plan", "doctrine", "administration", "building", "hall", "stadium", "house",
    "station", "port", "harbor", "harbour", "bay", "island", "islands", "river", "lake",
    "mountain", "county", "city", "state", "province", "district", "valley", "cup", "program",
    "programme", "project", "report", "commission", "committee", "council", "room", "press",
    "briefing", "accord", "accords", "agreement", "treaty", "medal", "law", "rule",
    "institution", "memorial", "highway", "expressway", "base", "camp"})
INSTITUTION_AFTER = re.compile(r"\s+(?:[A-Z]\w+\s+){0,3}(?i:" + "|".join(sorted(INSTITUTION))
                                + r")\b")
NOT_SURNAME = MONTHS | WEEKDAYS | frozenset({
    "president", "minister", "secretary", "general", "ambassador", "senator", "governor",
    "mayor", "king", "queen", "prince", "princess", "pope", "saint", "day", "year", "week",
    "said", "says", "the", "and", "of", "for", "in", "on", "at", "thank", "thanks", "okay",
    "yes", "yeah", "please", "go"})
AFFILIATE_KINDS = frozenset({"state", "igo", "organization", "government", "armed_group",
                              "armed_forces", "state_group"})


@dataclass
class Person:
    given: str
    name: str
    surname: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    affiliation: str | None = None
    title: str | None = None


# a generational suffix closes a name without being its surname ("Jo Roe Jr." is "Roe")
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname_of(words: list[str]) -> str:
    """The surname of a name's words: the last one, a generational suffix ("Jr.") aside."""
    if len(words) > 1 and words[-1].rstrip(".").lower() in _GENERATIONS:
        return words[-2]
    return words[-1]


def known_word(word: str, kb: KnowledgeBase) -> bool:
    """A word the KB knows as anything but a person's surname (a state, a body, a demonym)."""
    return any(e[1] != "surname" for e in kb.gazetteer.get(tokenize(word), ()))


COMPANY_WORDS = frozenset({"inc", "corp", "co", "ltd", "plc", "group", "holdings", "bank",
                            "company", "corporation", "international", "party", "union"})


def new_name_ok(text: str, start: int, end: int, claimed: Claimed, kb: KnowledgeBase) -> bool:
    """Whether the words at ``start``..``end`` may name a new person: no claimed span, no
    institution, firm, title or known word among them."""
    words = text[start:end].split()
    return not claimed.overlaps(start, end) and not any(
        w.lower() in INSTITUTION or w.lower() in COMPANY_WORDS or w.lower() in NOT_SURNAME
        or known_word(w, kb) or kb.title_first.get(w.lower()) for w in words)


def note_person(text: str, start: int, end: int, people: dict[str, Person]) -> Person | None:
    """``text[start:end]`` as a person's mention: a new person (returned) or one more mention
    of the person already found under that name (``None``)."""
    name = text[start:end]
    pid = slug(name)
    person = people.get(pid)
    if person is None:
        words = name.split()
        person = people[pid] = Person(words[0], name, surname_of(words), [(start, end)])
        return person
    if (start, end) not in person.mentions:
        person.mentions.append((start, end))
    return None
