"""Speakers the actor pass did not find: people named as the subject of a speech verb.

A quote's speaker must be an actor.  Wire and BBC stories quote many people the knowledge base
cannot know (an analyst, a fund manager, a union official, an envoy), introduced in a handful of
fixed shapes::

    "…," said Richard Moffat, investment director of Standard Life.
    Oxfam's Barbara Stocking said …
    Director-general of finance Chris Stals said …
    Assad Omar, Afghanistan's envoy to the United Nations, said …

A name of two or three capitalised words right before a speech verb (after an optional
apposition) or right after an inverted one becomes a person when something says it is one: a
role noun just before it or in its apposition ("envoy", "director", "spokesman"), a possessor
just before it ("Oxfam's"), or its last word used alone elsewhere ("Stals said").  Words that
make a name an organisation ("Investments", "Bank", "Party") or a place rule it out, and so does
any overlap with an actor already found.  The person's name mentions are every occurrence of
the full name and of the surname alone; a possessor that is an actor is the affiliation.
The claimed spans, the whole-word search and the person actor itself are those of the other
finder of unknown people (:mod:`briefing.extract.actors.new_people`).
"""

from __future__ import annotations

import re

from briefing.extract.actors.new_people import Claimed, free_id, person, word_spans
from briefing.extract.gate import starts_of_words
from briefing.extract.person_nouns import PERSON_NOUNS
from briefing.extract.quotes.headings import BULLET, LABEL_WHO, TOPIC
from briefing.extract.time.word_trie import literal_alternation
from briefing.model import Actor, Document

# "Moffat", "Peter-Thilo", "O'Brien", "O'Hoy", "D'Amato", not "Oxfam's"
_WORD = r"(?:[A-Z][’'](?=[A-Z]))?[A-Z][a-z][\w-]*(?:[’'][A-Z][\w-]*)?"
_NAME = rf"{_WORD}(?:\s+(?:[A-Z]\.\s+)?{_WORD}){{1,2}}"
_OF_BEFORE = re.compile(r"\bof\s+$")
_FAMILY_AFTER = re.compile(rf"\s+{_WORD}\b(?!\s+[A-Z])")  # not "Merrill Lynch Capital Markets"
# "Rafael " before "Benitez"; initials ("G.I. ", "K. L. ") too, but not after an article:
# "the U.S. Treasury" is no one's initials
_GIVEN_BEFORE = re.compile(rf"(?:\b(?:{_WORD}\s+){{1,2}}|(?<![\w.])(?<!the )(?<!The )"
                           r"(?:[A-Z]\.\s?){1,3}\s+)\Z")
# the verbs that introduce a speaker named right before or right after them (none begins
# another: at most one is written at a position)
_VERB_WORDS = ("said", "says", "told", "added", "replied", "stated", "warned", "argued",
               "explained", "insisted", "noted", "stressed", "declared", "commented",
               "acknowledged", "predicted", "cautioned")
_VERB = literal_alternation(list(_VERB_WORDS))
_POSTNOMINAL = r"(?:\s+(?:QC|KC|MP|MEP|MSP|Jr\.?|Sr\.?))?"  # "Guy Roe QC warned"
# (an apposition between commas or dashes: "Jo Roe - the firm's largest investor - said")
# Speed (the same matches, group for group): searched from a window's start, the engine tries
# the pattern at every position, and each letter of the word before a capital began a whole
# try of the name and its apposition.  The lead's first form is tried only where its run of
# word characters begins, the second where its lowercase letters do: a match whose lead began
# later in such a run would have one, the same but for a longer lead, a position earlier, so
# the leftmost match never starts there.  The name's words are possessive: what follows a
# word (a space, a comma, a dash, the end) is never a letter, digit, "_" or "-", so giving
# back any of them never led to a match.
_WORD_ONCE = r"(?:[A-Z][’'](?=[A-Z]))?[A-Z][a-z][\w-]*+(?:[’'][A-Z][\w-]*+)?"
_NAME_ONCE = rf"{_WORD_ONCE}(?:\s+(?:[A-Z]\.\s+)?{_WORD_ONCE}){{1,2}}"
_BEFORE = re.compile(rf"(?P<lead>(?<![\w’'-])[\w’'-]+[’']s\s+|(?<![a-z])[a-z][\w-]*\s+)?"
                     rf"(?P<name>{_NAME_ONCE}){_POSTNOMINAL}"
                     r"(?P<appos>,\s+[^,\"“”;:.]{3,90},|\s+[-–—]\s+[^,\"“”;:.]{3,90}\s+[-–—]|"
                     # "Bronwyn Roe of Landell Mills Commodities Studies said"
                     r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|of|and|&)){0,5})?"
                     r"\s+(?:also\s+|later\s+|then\s+)?$")
_AFTER = re.compile(rf"\s+(?P<name>{_NAME})(?P<appos>,\s+[^,\"“”;:.]{{3,90}})?"
                    r"(?=[,.;]|\s+(?:of|from|at|in|who|on)\b|\s*$)")
# "said HVB analyst Jo Roe": a description ending in a role noun (checked) before the name
_AFTER_DESC = re.compile(rf"\s+(?P<desc>(?:[\w.&’'-]+\s+){{0,3}}[a-z][\w-]+)\s+(?P<name>{_NAME})"
                         r"(?P<appos>,\s+[^,\"“”;:.]{3,90})?(?=[,.;]|\s+(?:of|from|at|in|who|on)\b|\s*$)")
# '"…," Toshack said' / '"…," said Benitez.': one word as the subject of a speech verb
_ONE_BEFORE = re.compile(r"(?:[,.!?”\"]\s*|\band\s+)(?P<name>[A-Z][a-z][\w-]+)\s+"
                         r"(?:also\s+|later\s+)?\Z")
# '"…," Roe, chairman of the defence panel, said': the word and a lower-case apposition
_ONE_APPOSED = re.compile(r"[,.!?”\"]\s*(?P<name>[A-Z][a-z][\w-]+),\s+[a-z][^,\"“”;:.]{2,90},\s+"
                          r"(?:also\s+|later\s+)?\Z")
_ONE_AFTER = re.compile(r"\s+(?P<name>[A-Z][a-z][\w-]+)(?=[,.;]|\s*$)", re.MULTILINE)
# "Secretary of the Interior Jo Roe: “…" / "- Newsmax’s Jo Roe: “…": a line naming who speaks
_LABEL_LINE = re.compile(r"^(?:[-•*–]\s+)?" + LABEL_WHO.format(n=11) + r":[ \t]*[“\"]",
                         re.MULTILINE)
_COLON_MARK = re.compile(r":[ \t]*[“\"]")  # where a label line ends
# "Border Czar Jo Roe on Morning Report" over '- On the border: “…”': a heading naming who
# speaks in the quote bullets under it (after it, optionally, the programme or the occasion).
# Found from the bullets, then the line above them
_QUOTE_BULLET = re.compile(r"\n[ \t]*" + BULLET + TOPIC + r"[“\"]")
_BULLETS = ("\n- ", "\n• ", "\n* ", "\n– ")  # (a text with none has no quote bullets)
_HEADING_LINE = re.compile(
    r"(?P<who>[A-Z][\w.’'&-]*(?:[ \t]+(?:[A-Z][\w.’'&-]*|of|the|and|for|to|de|da|del|di|du|"
    r"al|el|bin|ben|von|van|der|la|le|&)){1,9})(?:[ \t]+(?:on|in|at|with|to)\b[^\n“”\"]{0,80})?"
    r"[ \t]*")
HEADING_GAP = 2  # blank lines between a heading and its first bullet
# "Burgum", "K.T.", "Léa" (a label spells a name with its accents)
_LABEL_WORD = re.compile(rf"{_WORD}|(?:[A-Z]\.){{1,3}}|[A-Z][^\W\d_A-Z][\w’'-]*")
# capitalised offices that title a name in such a label (besides PERSON_NOUNS and _TITLES)
_OFFICE = frozenset("""
Sen Rep Gov Speaker CEO Former Attorney Mayor Host Anchor Historian Scholar Commissioner
Administrator Founder Author Pastor Congressman Congresswoman Senator Representative Czar
Columnist Journalist Reporter Commentator Fellow Writer
""".split())  # noqa: SIM905 - a word list reads better as text
LABEL_LIST = 3  # label lines that make a list of who said what
# ", a senior member of the Quorn hunt,": someone belonging to a body (a state or a firm so
# described is an actor already, or has a word of _NOT_PERSON in its name)
_MEMBER_OF = re.compile(r"[,\s–—-]+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:member|partner|veteran|"
                        r"founder|co-founder)\s+of\b")
# "He said:", '"…," she added': a gendered pronoun as the subject right before a speech verb
_HE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he)\s+(?:also\s+|later\s+|then\s+)?\Z")
# "Jo Roe is senior benefit officer at …" / "The firm's director is Jo Roe, best known …": a
# name as the subject or the complement (after a role noun: "the plan is Project Falcon" names
# no one) of "is" / "was", in the sentences before such a pronoun; not a verb's auxiliary ("Jo
# Roe was organising the wall" introduces no one)
_COPULA = re.compile(rf"(?<![\w.’'-])(?P<first>{_NAME_ONCE})\s+(?:is|was)\s+(?![a-z]+(?:ing|ed)\b)[a-z]|"
                     rf"(?P<role>[a-z][\w-]*)\s+(?:is|was)\s+(?P<last>{_NAME_ONCE})(?=[,.;]|\s+[a-z(]|\Z)")
COPULA_WINDOW = 240  # characters before a pronoun's verb where its antecedent is introduced
WINDOW = 140  # characters before a verb where its subject's name may start
LEAD_CHARS = 60  # how far back a description before a name and a comma may start
# "Jo Roe of the Longevity Centre", "Jo Roe at Acme": someone belonging to a body
_OF_ORG = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]")
# Words that make a capitalised run an organisation, a place or a document, not a person.
_NOT_PERSON = frozenset("""
Bank Banks Group Investments Investment Capital Securities Party Union Council Ministry Office
House Agency Association Company Corporation Corp Inc Ltd Fund Funds Organisation Organization
Committee Commission Board Department News Times Post Journal Exchange Institute University
Airlines Airways Systems Motors International Federation League Front Army Forces Government
Court Assembly Parliament Congress Senate Chamber Trust Partners Holdings Industries Energy
Oil Petroleum Insurance Management Services Foundation Centre Center Coalition Alliance Movement
Guard Police Command Authority Review Street Square Palace Hall Station Radio Television TV
Report Agreement Treaty Accord Plan Act Bill Daily Weekly Monthly Summit Conference Talks
North South East West Northern Southern Eastern Western Central United National Federal
Republic Kingdom States Islands Gulf Sea Ocean Middle Europe European African Asian American
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
The This That These Those But And Or So Yet If When While After Before Meanwhile However
As Like With For From Since Then Now Here There Today Yesterday Also Still Even Just Well Yes
No Thank Thanks Look Again Where What Who Why How Our Your My Let Please Okay Sure Once
He She It They We I You His Her Their Its Our Mr Mrs Ms Miss Dr Sir Lord Lady
President Minister Secretary Prime Foreign Chancellor Senator Governor General Ambassador
Spokesman Spokeswoman Chairman Chief Director Envoy Officials Official Sources
""".split())  # noqa: SIM905 - a word list reads better as text


def _untitled(name: str, start: int, lead: str) -> tuple[str, int, str]:
    """"Rt Rev Scott Joynt" -> "Scott Joynt": leading titles go to the lead."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and (words[k].rstrip(".") in _TITLES
                                  or PERSON_NOUNS.fullmatch(words[k])):
        k += 1
    if k == 0:
        return name, start, lead
    cut = name.index(words[k], sum(len(w) for w in words[:k]))
    return name[cut:], start + cut, lead + name[:cut]


_TITLES = frozenset("""
Professor Prof Rev Rt Revd Reverend Dr Sir Lord Lady Dame Bishop Archbishop Cardinal Judge Justice
Captain Capt Colonel Col Major Maj General Gen Lieutenant Lt Sergeant Sgt Constable Inspector
Superintendent Det Detective Chief Mr Mrs Ms Miss Dame Baroness Baron Sheikh Imam Rabbi Father
Democrat Republican
""".split())  # (a party member's label before a name: "fellow Democrat Jo Roe")  # noqa: SIM905 - a word list reads better as text


class _Discovery:
    def __init__(self, document: Document, actors: tuple[Actor, ...]) -> None:
        self.text = document.text
        self.actors = actors
        self.claimed = Claimed(actors)
        self.ids = {a.id for a in actors}
        self.by_span = {(m.start, m.end): a for a in actors for m in a.mentions}
        self.full_names: dict[str, str | None] = {}

    def run(self) -> tuple[Actor, ...]:
        found: dict[str, tuple[str, str | None]] = {}  # name -> (name, affiliation)
        text = self.text
        for verb in _verbs(text):
            for name, _start in self._introduced_before(verb):
                found.setdefault(name, (name, None))
            if not self._name_near(verb):
                continue  # "he said", "said that": most verbs name nobody
            for name, start, lead, appos in self._named_at(verb):
                name, start, lead = _untitled(name, start, lead)
                words = name.split()
                if "'s" in name or "’s" in name:
                    continue
                if len(words) < 2 and _OF_ORG.match(appos):
                    continue  # "Chief Inspector of Mines Redi Roe told": an office, no name
                if any(w.strip(".") in _NOT_PERSON for w in words) \
                        or self.claimed.overlaps(start, start + len(name)):
                    continue
                if not self._a_person(name, lead, appos):
                    continue
                if name not in found:
                    found[name] = (name, self._possessor(start, lead))
            for word, start in self._surname_at(verb):
                full = self._full_name(word)
                if full is not None and not self.claimed.overlaps(start, start + len(word)):
                    found.setdefault(full, (full, None))
        for name, start, lead in self._labelled():
            if name not in found and not self.claimed.overlaps(start, start + len(name)):
                found[name] = (name, self._possessor(start, lead))
        return tuple(self._actor(name, aff) for name, aff in found.values())

    def _labelled(self) -> list[tuple[str, int, str]]:
        """(name, start, lead) of the people named by the labels of a list of what others
        said ("Secretary of the Interior Jo Roe: “…”", "Newsmax’s Jo Roe: “…”") or by the
        headings over quote bullets ("Border Czar Jo Roe on Morning Report"): the label's
        last two name-shaped words, when a title or a possessor comes before them, or --
        a bare name, or one after titles no list knows ("House Majority Whip") -- when the
        text has at least ``LABEL_LIST`` such lines (a list of who said what, not a
        heading)."""
        return self._labelled_by(self._label_lines()) + self._labelled_by(self._headings())

    def _label_lines(self) -> list[re.Match[str]]:
        """The label lines: tried only at the start of a line holding a colon right before an
        opening mark (a label may hold many words: trying it at every line's start costs)."""
        text = self.text
        out: list[re.Match[str]] = []
        for colon in _COLON_MARK.finditer(text):
            lo = text.rfind("\n", 0, colon.start()) + 1
            if out and out[-1].start() == lo:
                continue
            m = _LABEL_LINE.match(text, lo)
            if m is not None and m.end() == colon.end():
                out.append(m)
        return out

    def _headings(self) -> list[re.Match[str]]:
        """The heading lines right above a quote bullet (blank lines between them aside)."""
        text = self.text
        out: list[re.Match[str]] = []
        if not any(b in text for b in _BULLETS):
            return out
        for bullet in _QUOTE_BULLET.finditer(text):
            hi = bullet.start()
            for _ in range(HEADING_GAP + 1):
                lo = text.rfind("\n", 0, hi) + 1
                if text[lo:hi].strip() or lo == 0:
                    break
                hi = lo - 1
            heading = _HEADING_LINE.fullmatch(text, lo, hi)
            if heading is not None and (not out or out[-1].start() != heading.start()):
                out.append(heading)
        return out

    def _labelled_by(self, lines: list[re.Match[str]]) -> list[tuple[str, int, str]]:
        """(name, start, lead) of the people named by one shape of label lines."""
        out = []
        for m in lines:
            words = m["who"].split()
            if len(words) < 2 or "&" in words or not all(
                    _LABEL_WORD.fullmatch(w) for w in words[-2:]):
                continue
            name = " ".join(words[-2:])
            if any(w.strip(".") in _NOT_PERSON or w in _TITLES for w in words[-2:]):
                continue
            lead = m["who"][:m["who"].rindex(words[-2])]
            titled = lead.rstrip().endswith(("'s", "’s")) or any(
                w.strip(".,") in _TITLES or w.strip(".,").capitalize() in _OFFICE
                or PERSON_NOUNS.fullmatch(w.rstrip(",")) for w in lead.split())
            # (in a list of who said what, a label's last two name-shaped words are its
            # speaker whatever titles the lead holds: "House Majority Whip Jo Roe")
            if titled or len(lines) >= LABEL_LIST:
                start = m.start("who") + len(lead)
                out.append((name, start, lead))
                out.extend(self._pair_first(m))
        return out

    @staticmethod
    def _pair_first(m: re.Match[str]) -> list[tuple[str, int, str]]:
        """The first of two people a label names ("Reporters Jo Roe and Ari Melnik:"): the
        two name-shaped words before its last "and" (whose words the quote is, finder's
        ``first_of_pair``)."""
        who = m["who"]
        k = who.rfind(" and ")
        words = who[:k].split() if k > 0 else []
        if len(words) < 2 or not all(_LABEL_WORD.fullmatch(w) for w in words[-2:]) or any(
                w.strip(".") in _NOT_PERSON or w in _TITLES for w in words[-2:]):
            return []
        lead = who[:who.rindex(words[-2], 0, k)]
        return [(" ".join(words[-2:]), m.start("who") + len(lead), lead)]

    def _name_near(self, verb: re.Match[str]) -> bool:
        """A cheap test: a capitalised word or a comma just before the verb (after "also",
        "later", "then"), or a capitalised word just after it."""
        text = self.text
        after = text[verb.end():verb.end() + 2].lstrip()
        if after[:1].isupper():
            return True
        before = text[max(0, verb.start() - 24):verb.start()].split()
        while before and before[-1] in ("also", "later", "then"):
            before.pop()
        return bool(before) and (before[-1][:1].isupper() or before[-1].endswith(",")
                                 or before[-1] in ("-", "–", "—"))

    def _introduced_before(self, verb: re.Match[str]) -> list[tuple[str, int]]:
        """(name, start) of the person a gendered pronoun right before ``verb`` stands for when
        the text introduced them by "is" / "was" just before, and never as a speaker ("Jo Roe
        is senior benefit officer at the plant. He said: …"): the copula's name closest to the
        pronoun, in its own paragraph, that no actor holds.  "he" or "she" says it is a
        person, and no other sentence names them as a speech verb's subject."""
        text = self.text
        lo = max(0, verb.start() - 12)
        if not _HE_BEFORE.search(text, lo, verb.start()):
            return []
        lo = max(0, verb.start() - COPULA_WINDOW)
        par = text.rfind("\n", lo, verb.start())
        lo = par + 1 if par >= 0 else lo
        found = None
        for m in _COPULA.finditer(text, lo, verb.start()):
            # ('"Wolf Brother is a fine book," he said': a name in a quoted sentence is the
            # speaker's; marks are not counted: a story may leave each quoted sentence open)
            opens = max(text.rfind(". ", lo, m.start()), text.rfind("\n", lo, m.start()), lo)
            if not any(mark in text[opens:m.start()] for mark in '"“”'):
                found = m
        if found is None:
            return []
        group = "first" if found["first"] else "last"
        if group == "last" and not PERSON_NOUNS.fullmatch(found["role"]):
            return []
        name, start, _lead = _untitled(found[group], found.start(group), "")
        words = name.split()
        if len(words) < 2 or any(w.strip(".") in _NOT_PERSON for w in words) \
                or self.claimed.overlaps(start, start + len(name)):
            return []
        return [(name, start)]

    def _surname_at(self, verb: re.Match[str]) -> list[tuple[str, int]]:
        """A single capitalised word as the subject of ``verb``: '"…," Toshack said',
        '"…," said Benitez.', '"…," Toshack, the club's manager, said'."""
        out = []
        before = self.text[max(0, verb.start() - 40):verb.start()].rstrip()
        b = _ONE_BEFORE.search(self.text, max(0, verb.start() - 40), verb.start()) \
            if before[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].isupper() else None
        if b is None and before.endswith(","):
            b = _ONE_APPOSED.search(self.text, max(0, verb.start() - WINDOW), verb.start())
        if b:
            out.append((b["name"], b.start("name")))
        a = _ONE_AFTER.match(self.text, verb.end())
        if a:
            out.append((a["name"], a.start("name")))
        return [(w, at) for w, at in out if w not in _NOT_PERSON and w not in _TITLES]

    def _full_name(self, surname: str) -> str | None:
        """The full name ending with ``surname`` used elsewhere in the text ("Liverpool boss
        Rafael Benitez"), not part of an actor found, titles aside."""
        if surname not in self.full_names:
            self.full_names[surname] = self._find_full_name(surname)
        return self.full_names[surname]

    def _find_full_name(self, surname: str) -> str | None:
        for at, end in word_spans(self.text, surname):
            given = _GIVEN_BEFORE.search(self.text, max(0, at - 60), at)
            if given is not None and not _OF_BEFORE.search(self.text, max(0, given.start() - 4),
                                                          given.start()):
                name, start, _lead = _untitled(self.text[given.start():end], given.start(), "")
            else:
                # "Inspector of Mines Redzuan Sumun … Redzuan said": a given name used alone,
                # the family name after it
                family = _FAMILY_AFTER.match(self.text, end)
                if family is None:
                    continue
                name, start = self.text[at:family.end()], at
            words = name.split()
            if len(words) >= 2 and not any(w in _NOT_PERSON or w in _TITLES for w in words) \
                    and not self.claimed.overlaps(start, start + len(name)):
                return name
        return None

    def _named_at(self, verb: re.Match[str]) -> list[tuple[str, int, str, str]]:
        """(name, its start, the word or possessor before it, its apposition) of the speaker
        named before ``verb`` and after it."""
        out = []
        lo = max(0, verb.start() - WINDOW)
        window = self.text[lo:verb.start()]
        if "\n" in window:
            lo += window.rindex("\n") + 1
            window = self.text[lo:verb.start()]
        # cheap test first: a capitalised word or an apposition's comma right before the verb
        last = window.rstrip().rsplit(None, 1)[-1:] or [""]
        m = _BEFORE.search(window) if last[0][:1].isupper() or last[0].endswith(",") \
            or last[0] in ("also", "later", "then", "-", "–", "—") else None
        if m:
            # the lead: the possessor or word just before the name, or a description closed
            # by a comma ("The new chairman of the Bar Council, Guy Roe QC warned")
            lead = m["lead"] or ""
            if not lead and window[:m.start("name")].rstrip().endswith(","):
                lead = window[max(0, m.start("name") - LEAD_CHARS):m.start("name")]
            out.append((m["name"], lo + m.start("name"), lead, m["appos"] or ""))
        a = _AFTER_DESC.match(self.text, verb.end())
        if a is None or not PERSON_NOUNS.fullmatch(a["desc"].split()[-1]):
            # ("said on Tuesday that Jo Roe": no description of the name)
            a = _AFTER.match(self.text, verb.end())
        if a and "\n" not in a.group(0):
            # "said Steve Roe of Lehman Securities": of an organisation
            of = _OF_ORG.match(self.text, a.end())
            desc = a.groupdict().get("desc") or ""
            out.append((a["name"], a.start("name"), desc,
                        a["appos"] or (of.group(0) if of else "")))
        return out

    def _a_person(self, name: str, lead: str, appos: str) -> bool:
        """A role noun before the name or in its apposition, a possessor before it, or its
        last word alone elsewhere in the text."""
        if lead.rstrip().endswith(("'s", "’s")) or any(
                w.rstrip(".") in _TITLES for w in lead.split()[-2:]):
            return True
        if PERSON_NOUNS.search(lead) or PERSON_NOUNS.search(appos) or _OF_ORG.match(appos) \
                or _MEMBER_OF.match(appos):
            return True
        surname = name.split()[-1]
        return len(word_spans(self.text, surname)) > self.text.count(name)

    def _possessor(self, start: int, lead: str) -> str | None:
        """"Oxfam's Barbara Stocking": the actor named in the possessor, if any."""
        if not lead.rstrip().endswith(("'s", "’s")):
            return None
        end = start - len(lead) + len(lead.rstrip()) - 2
        for (a, b), actor in self.by_span.items():
            if b == end and a < end:
                return actor.id
        return None

    def _actor(self, name: str, affiliation: str | None) -> Actor:
        """The person: every whole-word occurrence of the full name, then of the surname
        alone, that no actor found before holds."""
        spans: list[tuple[int, int]] = []
        for form in (name, name.split()[-1]):
            for span in word_spans(self.text, form):
                if not self.claimed.overlaps(*span) and not any(
                        a < span[1] and span[0] < b for a, b in spans):
                    spans.append(span)
        return person(free_id(name, self.ids), name, spans, self.text, tier="party",
                      rule="speaker", affiliation=affiliation)


def _verbs(text: str) -> list[re.Match[str]]:
    """The speech verbs of ``text`` written as whole words, in order: what
    ``_VERB.finditer(text)`` finds with no letter or digit on either side.

    Speed: the trie scanned over a whole text is tried at every letter its words begin with
    (most letters of a text); each word found by ``str.find`` instead (C's substring search,
    several times faster) gives the same verbs: a whole word the scan would have passed over
    inside an earlier hit has a letter of that hit before it."""
    out: list[re.Match[str]] = []
    for at in sorted(set(starts_of_words(text, _VERB_WORDS))):
        if at and text[at - 1].isalnum():
            continue
        verb = _VERB.match(text, at)
        if verb is not None and not text[verb.end():verb.end() + 1].isalnum():
            out.append(verb)
    return out


def unnamed_speakers(document: Document, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """People named as speakers in ``document`` who are not among ``actors`` (none in a text
    without quotation marks: a speaker matters for the quotes)."""
    if not any(mark in document.text for mark in '"“”'):
        return ()
    return _Discovery(document, actors).run()
