"""Who a speaker's noun phrase stands for: names, descriptions, pronouns, titles alone.

:class:`Speakers` resolves the noun phrase of an attribution ("a senior State Department
official who …", "he", "the president", "Oxfam's Jo Roe", "the coalition") to an actor, using
the position index of every actor's mentions and references.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping

from briefing.extract.person_nouns import PERSON_NOUNS
from briefing.extract.quotes.actor_index import ActorIndex, Hit
from briefing.extract.quotes.bodies import (
    FIRM_KINDS,
    PRONOUN_WINDOW,
    Bodies,
)
from briefing.extract.quotes.descriptions import (
    definite_holder,
    introduced_unnamed,
    last_person,
    title_holder,
)
from briefing.extract.quotes.named_speakers import (
    SPOKEN_FOR,
    anonymous_source,
    named_in_region,
    office_spokesperson,
    paper_owner_in,
    subject_pronoun,
)
from briefing.extract.quotes.officials import (
    ELLIPTIC_ONE,
    ONLOOKER_PHRASE,
    described_body,
    one_of_them,
    source_body,
)
from briefing.extract.quotes.phrases import (
    DEFINITE,
    DEMONYM_PERSON,
    DISCOURSE_MARKER,
    DOCUMENT_SUBJECT,
    FIRM_DESCRIPTION,
    HIS_PAPER,
    NAMED_PAPER,
    PARTY_MEMBER,
    POSSESSED_PAPER,
    SPOKES_DESC,
    THE_BODY,
    THE_FIRM,
    UNNAMED_NOUN,
    UNNAMED_SUBJECT,
)
from briefing.extract.quotes.vocative import addressed
from briefing.extract.quotes.words import (
    FEMALE_TITLES,
    GOVERNMENT_SUBJECT,
    MALE_TITLES,
    NOT_SUBJECT_WORD,
    PAST_VERB,
    PRONOUN_ANY,
    SPEECH_VERB,
    SUBJECT_LEAD,
)
from briefing.model import Actor

# "The coalition said": a definite description of a group speaks for the group last named.
GROUP_NOUNS = re.compile(r"\b[Tt]he\s+(?:\w+\s+)?(?:coalition|group|committee|movement|"
                         r"alliance|militants|rebels|organi[sz]ation|faction|bloc)\b")
GROUP_KINDS = frozenset({"armed_group", "organization", "igo", "state_group"})
_LEADING_VERB = re.compile(r"[\s\"“”’']*(?:" + SPEECH_VERB.pattern + r")\s+", re.IGNORECASE)
DESCRIPTION_WORDS = 8  # a definite description's head noun comes within its first words
# "Roe also admits Poe will have the final say": a name right after a verb in the present
# tense opens the verb's object clause, not the sentence's subject ("boss", "is", "was" are
# no such verb)
PRESENT_VERB_BEFORE = re.compile(r"(?<![\w’'-])[a-z]{2,}[^s\W]s\s+\Z")
# "The musical's director is Jo Roe": the name a role is said to be is its clause's subject
ROLE_IS = re.compile(PERSON_NOUNS.pattern + r"\s+(?:is|was)\s+\Z", re.IGNORECASE)
# an "it"/"they" in an attribution's noun phrase (compiled once: in_region reads every
# attribution)
_IT_THEY = re.compile(r"\b(?:it|It|they|They)\b")
# A wire story's dateline before its lede: "WASHINGTON, March 27 - ", "TAUPO, New Zealand,
# March 24 - ", "LA PAZ, March 23 - "
DATELINE = re.compile(r"[\s*]*[A-Z][A-Z.’' -]*(?:,\s*[A-Z][\w.’' -]*)?,\s+[A-Z][a-z]{2,8}\.?\s+"
                      r"\d{1,2}\s+[-–—]+\s+")
# The "of" inside a capitalised office or body before a name ("Secretary of State", "Bank of
# Japan", "Minister of Finance")
OFFICE_OF = re.compile(r"\b(?P<office>[A-Z][a-z]+)\s+of\s+(?:the\s+)?(?=[A-Z])")
# the comma between a name and its apposition, right before the apposition
APPOSED_AFTER = re.compile(r",\s*\Z")
# what may follow the last word of a sentence: its stop, closing marks, spaces
_SENTENCE_CLOSE = re.compile(r"[\s.!?”\"’')\]]*")
# Where a compound sentence starts a new clause with its own subject.
CLAUSE_JOIN = re.compile(r"(?:,\s+(?:but|while|whereas|and|although|though)|;)\s+")

# A participial or "asked" clause opening the sentence, up to its comma before the subject
# ("Asked whether he …, ", "Speaking at a news conference in Paris, ")
OPENING_CLAUSE = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?:Asked|Pressed|Questioned|Interviewed|Speaking|Responding|Referring|"
    r"Commenting|Writing|Explaining|Addressing|Answering|Describing|Reacting|Replying|Noting|"
    r"Looking|Turning)\b[^\"“”;:]*?,\s+(?=\S)")
# "I said", "and I also told them": the speaker's "I" as the subject right before the verb
FIRST_PERSON_SUBJECT = re.compile(r"(?<![\w’'])I\s+(?:\w+ly\s+|just\s+|also\s+|then\s+)?\Z")


class Speakers:
    """Resolves noun phrases, pronouns and descriptions to actor ids."""

    def __init__(self, text: str, index: ActorIndex, sent_starts: list[int],
                 quoted: list[tuple[int, int]], genders: Mapping[str, str] | None = None) -> None:
        self.text = text
        self.index = index
        self.last_speaker: Actor | None = None  # the person who spoke the last quote
        self.last_speaker_at = -10_000
        # set when the last quote's speaker was described, never named ("a company official
        # said", "a spokesman said"): ``last_speaker`` is then whom the description was
        # resolved to (a body, or None), and a "he" or "she" after it stands for the same
        # unnamed person, not for someone named before
        self.last_unnamed = False
        # set when an attribution's subject was such a description (the finder resets it for
        # each quotation)
        self.unnamed_subject = False
        self.sent_starts = sent_starts
        # a person's gender as the knowledge base records it (a fact), else as a courtesy
        # title in the text says
        self._genders: dict[str, str | None] = dict(genders or {})
        # a transcript's question turns (start, end): a reporter's pronoun stands for someone
        # the question itself names, never for the subject of an earlier answer
        self.question_turns: list[tuple[int, int]] = []
        # a transcript's speaker labels ("MR. ROE:"): whoever speaks a turn says "I", so a
        # label is never what a "he" or "she" stands for
        self.labels: frozenset[int] = frozenset()
        # where a reporter's question opens by naming the official it is put to ("Karine,
        # the Vatican said …", "President Roe, something the report said …"): a vocative,
        # never the subject of the sentence's verb
        self.vocatives: frozenset[int] = frozenset()
        # who speaks the text at each point: (start, end, actor id) of a transcript's turns,
        # or the whole text for remarks or a statement in its author's voice.  A speaker
        # calls themselves "I": a "he" or "she" in their words is someone else
        self.voices: list[tuple[int, int, str]] = []
        # set when an attribution's subject was "he" or "she": someone said the words, even
        # when who is not known (the finder resets it for each quotation)
        self.pronoun_subject = False
        self._subject_at = -1  # where subject_person_before found its person
        self.bodies = Bodies(text, index, sent_starts, quoted)  # what a body's description is

    # -- pronouns ----------------------------------------------------------------------------
    def gender(self, actor: Actor) -> str | None:
        """"m"/"f" when a courtesy title or a gendered title says so ("Mr Prescott"), else None."""
        if actor.id in self._genders:
            return self._genders[actor.id]
        found: str | None = None
        for m in actor.mentions:
            before = self.text[max(0, m.start - 12):m.start]
            if MALE_TITLES.search(before):
                found = "m"
                break
            if FEMALE_TITLES.search(before):
                found = "f"
                break
        if found is None and actor.title:
            title = actor.title + " "
            found = "m" if MALE_TITLES.search(title) else "f" if FEMALE_TITLES.search(title) \
                else None
        self._genders[actor.id] = found
        return found

    def subject_position(self, hit: Hit) -> bool:
        """Whether ``hit`` is the subject of its clause: it opens its sentence (after titles and
        modifiers: "PCS leader Mark Serwotka warned"), opens a clause after a comma, or follows
        a speech verb (", said BBC correspondent Jane Roe"), or is the one a role is said to be ("The
        firm's director is Jane Roe")."""
        i = bisect.bisect_right(self.sent_starts, hit.start) - 1
        s_start = self.sent_starts[i] if i >= 0 else 0
        lo = max(s_start, hit.start - 120)
        prefix = self.text[lo:hit.start]
        vocative = addressed(self.text, hit.end, prefix)
        if vocative or (vocative is None and self._closes_sentence(hit, i)):
            return False  # "Thanks, John.", "John, I …": the one addressed
        comma = max(prefix.rfind(","), prefix.rfind(";"), prefix.rfind(":"))
        candidates = [prefix]
        if comma >= 0 and not self._closes_sentence(hit, i):
            # (a name after a comma that ends its sentence -- "…, adviser to the IMF's
            # managing director, Jo Roe." -- is an apposition with no verb of its own)
            candidates.append(prefix[comma + 1:])
        if prefix.endswith((" is ", " was ")) and ROLE_IS.search(prefix, max(0, len(prefix) - 40)) \
                and not (PAST_VERB.search(prefix) or SPEECH_VERB.search(prefix)):
            return True
        dateline = DATELINE.match(prefix) if lo == s_start else None
        if dateline is not None:
            # "WASHINGTON, March 27 - Senate leader Jo Roe said": a wire story's dateline is
            # no part of its lede's clause
            candidates.append(prefix[dateline.end():])
        for part in candidates:
            verb = _LEADING_VERB.match(part)
            if verb:
                part = part[verb.end():]
            # "…, of course Netanyahu gave a speech": a sentence adverb is no preposition
            part = DISCOURSE_MARKER.sub(" ", part)
            # "Deputy Secretary of State Jo Roe said", "Bank of Japan Governor Jo Roe": an
            # office's "of" is no preposition before the subject
            part = OFFICE_OF.sub(r"\g<office> ", part)
            if not SUBJECT_LEAD.match(part):
                continue
            if NOT_SUBJECT_WORD.search(part.lower() + " ") or PAST_VERB.search(part) \
                    or SPEECH_VERB.search(part) or (part.rstrip()[-1:] == "s" and (
                        PRESENT_VERB_BEFORE.search(part, max(0, len(part) - 30)))):
                continue  # "But he said Mr Blair had …": Blair is no subject
            return True
        return False

    def _closes_sentence(self, hit: Hit, i: int) -> bool:
        """Whether nothing but closing punctuation follows ``hit`` in its sentence (the
        ``i``-th)."""
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return _SENTENCE_CLOSE.fullmatch(self.text, hit.end, max(hit.end, end)) is not None

    def subject_person_before(self, pos: int, pronoun: str, voice: str | None = None,
                              fits: Callable[[Actor], bool] | None = None) -> Actor | None:
        """The closest person before ``pos`` named (or described) as the subject of a clause,
        of the pronoun's gender when that is known (any gender for no pronoun: "the coach");
        names inside quotes do not count, nor ``voice``, the person speaking (who would say
        "I"), nor a person ``fits`` rejects."""
        want = {"she": "f", "he": "m"}.get(pronoun.lower())
        floor = max(0, pos - PRONOUN_WINDOW, self._question_start(pos))
        for hit in self.index.hits_before(pos, floor, persons=True):
            if hit.end > pos or self.bodies.in_quote(hit.start) or self.bodies.possessive(hit) \
                    or hit.start in self.labels or hit.actor.id == voice:
                continue
            if hit.is_reference and PRONOUN_ANY.fullmatch(self.text[hit.start:hit.end]):
                continue
            if hit.is_reference and self._apposed(hit):
                continue  # "said Jo Roe, an analyst with …": the name before stands for him
            gender = self.gender(hit.actor) if want else None
            if (gender is not None and gender != want) or (fits and not fits(hit.actor)):
                continue
            if self.subject_position(hit):
                self._subject_at = hit.start
                return hit.actor
        return None

    def _apposed(self, hit: Hit) -> bool:
        """Whether the description ``hit`` is set off by a comma right after a person's name
        ("Jo Roe, an analyst with …"): an apposition, the named person again."""
        comma = APPOSED_AFTER.search(self.text, max(0, hit.start - 4), hit.start)
        return comma is not None and any(
            h.end == comma.start() and h.actor.kind == "person" and not h.is_reference
            for h in self.index.within(max(0, comma.start() - 80), comma.start()))

    def _unnamed_subject_before(self, pos: int, after: int = 0) -> int | None:
        """Where the closest description of a person no actor stands for ("the doctor",
        "my granddaughter", "The Human Rights Watch director") is the subject of a verb
        before ``pos`` (within the pronoun's window), names inside quotes aside; None when
        there is none, or it is an actor's reference or a title whose holder is known.
        ``after``: only a description after that point matters to the caller."""
        floor = max(0, after, pos - PRONOUN_WINDOW, self._question_start(pos))
        found = None
        # (the cheap scan first: each such noun, the last first, is tried as the head of a
        # subject around it -- the subject pattern run over the whole window is slow)
        for noun in reversed(list(UNNAMED_NOUN.finditer(self.text, floor, pos))):
            for m in UNNAMED_SUBJECT.finditer(self.text, max(floor, noun.start() - 70),
                                              min(pos, noun.end() + 40)):
                if m.end("np") == noun.end():
                    found = m
            if found is not None:
                break
        if found is None or self.bodies.in_quote(found.start()):
            return None
        if any(h.actor.kind == "person" for h in self.index.within(found.start("np"),
                                                                     found.end("np"))):
            return None  # "the official", "the President Ana Lopes": an actor's
        if title_holder(self.index, found.group("np"), set()) is not None:
            return None  # "the president": the person holding the office
        return found.start("np")

    def _question_start(self, pos: int) -> int:
        """The start of the question turn holding ``pos`` (0 outside one)."""
        i = bisect.bisect_right(self.question_turns, (pos, len(self.text) + 1)) - 1
        if i >= 0 and self.question_turns[i][0] <= pos < self.question_turns[i][1]:
            return self.question_turns[i][0]
        return 0

    def surname_in(self, lo: int, hi: int) -> Actor | None:
        """A capitalised word of ``text[lo:hi]`` that is one word of exactly one person's name
        ("Lho said" when only "Lho Shin-yong" was found as a mention)."""
        words = re.findall(r"\b[A-Z][\w’'-]{2,}\b", self.text[lo:hi])
        for word in words:
            owners = {a.id: a for a in self.index.actors if a.kind == "person"
                      and word in re.split(r"[\s-]+", a.name)}
            if len(owners) == 1:
                return next(iter(owners.values()))
        return None

    def paper_owner(self, lo: int, hi: int) -> Actor | None:
        """Whose paper ``text[lo:hi]`` ends with, right before the marks ("repeated Jo Roe's
        statement last week that "…""): the possessor, whose words the quote is."""
        if "'" not in self.text[lo:hi] and "’" not in self.text[lo:hi]:
            return None  # no possessor
        return next((h.actor for h in self.index.within(lo, hi) if self.bodies.possessive(h)
                     and h.actor.kind in SPOKEN_FOR and POSSESSED_PAPER.match(self.text, h.end, hi)),
                    None)

    def in_region(self, lo: int, hi: int, subject_first: bool) -> Actor | None:
        """The speaker named in ``text[lo:hi]`` (the noun phrase of an attribution).

        ``subject_first``: the region is a clause ending at the speech verb, so a non-person
        speaker is its first actor (the subject); otherwise the nearest to ``lo``.  The
        readings are tried in turn, the first that applies deciding (some decide "nobody"):
        an opening clause skipped, a party member, an anonymous source, a possessor whose
        spokesperson or paper speaks, "I", an office's spokesperson, "his paper", a body's
        spokesperson, a person named, a pronoun that is the subject, then the descriptions
        of :meth:`_described_in_region`.
        """
        if hi <= lo:
            return None
        opener = OPENING_CLAUSE.match(self.text, lo, hi) if subject_first else None
        if opener is not None:
            # "Asked whether he wanted lower rates, he said", "Explaining why it asked the WTO
            # for a panel, the US Trade Representative's Office said": the subject comes after
            # the opening clause, whatever that clause names
            return self.in_region(opener.end(), hi, subject_first)
        if PARTY_MEMBER.fullmatch(self.text, lo, hi):
            # (whatever the actor pass made of the description itself)
            return self.subject_person_before(lo, "", self.voice_at(lo)) \
                or self.index.last_person_before(lo)
        # (a transcript's speaker label opening the sentence -- "THE PRESIDENT: After …, he
        # said" -- is no part of the attribution)
        hits = [h for h in self.index.within(lo, hi) if h.end <= hi
                and h.start not in self.vocatives and h.start not in self.labels]
        if anonymous_source(self.bodies, lo, hi, hits):
            # (a source of a body the description names -- "a Senate source" -- speaks for
            # it; any other is an onlooker, nobody's voice)
            self.unnamed_subject = True
            return source_body(self.bodies, lo, hi)
        owner = paper_owner_in(self.bodies, lo, hi, subject_first, hits)
        if owner is not None:
            return owner
        if subject_first and FIRST_PERSON_SUBJECT.search(self.text, lo, hi):
            # "I tell the Republicans, I said, "…"": whoever speaks the text (a turn's speaker,
            # the author of remarks), never an actor named earlier in the clause
            voice = self.voice_at(lo)
            return self.index.by_id.get(voice) if voice else None
        holder = office_spokesperson(self.bodies, lo, hi)
        if holder is not None:
            return holder
        his = HIS_PAPER.fullmatch(self.text, lo, hi)
        if his is not None:  # "His petition said": the person "his" stands for
            self.pronoun_subject = True
            return self._pronoun(lo + his.start("p"), "she" if his["p"].lower() == "her"
                                 else "he", lo)
        named = named_in_region(self.bodies, lo, hi, subject_first, hits)
        if named is not None:
            return named
        region = self.text[lo:hi]
        pron = subject_pronoun(region, subject_first)
        if pron is not None:
            # "he said": the closest person before named as a clause's subject, of the same
            # gender when known (not simply the last speaker: another person may have been
            # introduced in between)
            self.pronoun_subject = True
            return self._pronoun(lo + pron.start(), pron.group("p"), lo)
        return self._described_in_region(lo, hi, subject_first, hits, region)

    def _described_in_region(self, lo: int, hi: int, subject_first: bool, hits: list[Hit],
                             region: str) -> Actor | None:
        """The rest of :meth:`in_region`, for a region that names no person as its subject
        and opens with no pronoun that speaks: a demonym standing for a person, a
        spokesperson's or a definite description ("the top U.S. diplomat said"), a state,
        body or firm named in it, or one named before that a noun, "it" or "they" points
        back to ("the council said", "the company said").  ``hits``: the region's actor
        mentions; ``region``: ``text[lo:hi]``."""
        others = [h for h in hits if h.actor.kind != "person" and not self.bodies.prepositional(h, lo)
                  and not self.bodies.possessive(h)]
        demonym = DEMONYM_PERSON.fullmatch(self.text, lo, hi)
        if demonym is not None and len(others) == 1 and others[0].actor.kind == "state" \
                and (others[0].start, others[0].end) == demonym.span("dem"):
            # (only the demonym itself, as the state's mention, stands in the phrase; any
            # person: a nationality is no office a known title could clash with; none
            # when the text introduced "a New Zealander" unnamed)
            if introduced_unnamed(self.text, max(0, lo - PRONOUN_WINDOW), lo, demonym["dem"]):
                return None
            return self.subject_person_before(lo, "", self.voice_at(lo)) \
                or last_person(self, lo, set())
        spokes = SPOKES_DESC.match(region) if not others else None
        if spokes is not None:
            spoken_for = self.bodies.spokes_body(lo, spokes["noun"], spokes["det"].lower() == "the")
            if spoken_for is not None:
                self.unnamed_subject = True
                return spoken_for
        if DEFINITE.match(region) and PERSON_NOUNS.search(" ".join(region.split()[:DESCRIPTION_WORDS])):
            # "the president replied", "the top U.S. diplomat said" (only a definite
            # description refers back; "a Cosla spokesman" is someone new)
            held = definite_holder(self, lo, hi, others)
            self.unnamed_subject = held is None or held.kind != "person"
            return held
        if PERSON_NOUNS.search(region) and (not others or ONLOOKER_PHRASE.fullmatch(region)):
            self.unnamed_subject = True
            return None
        gov = GOVERNMENT_SUBJECT.search(region) if subject_first and others else None
        if gov is not None and not any(h.start <= lo + gov.start() < h.end for h in others):
            # "… in what the administration called": the government nearest the verb, not the
            # actor the clause opened with (not "the Cabinet Office", a body named)
            found = self.bodies.ministers_of(others, lo + gov.start())
            if found is not None:
                return found
        firm = FIRM_DESCRIPTION.match(region)
        if firm and others and all(h.actor.kind == "state" for h in others):
            # "The German exchange said": a nationality describes a firm named before, which
            # speaks (not the state)
            named = self.bodies.last_non_person(lo, FIRM_KINDS)
            if named is not None:
                return named
        if others:
            # the subject comes first in its clause: the last clause of a compound sentence
            # ("The EU …, but Turkey … had insisted …, calling it a "…"")
            cut = max((lo + m.end() for m in CLAUSE_JOIN.finditer(region)), default=lo)
            last_clause = [h for h in others if h.start >= cut]
            return (last_clause or others)[0].actor
        issuer = NAMED_PAPER.match(region)
        if issuer is not None:  # "the Foreign Ministry statement said": the ministry named before
            named = self.bodies.last_named_body(lo, issuer["issuer"])
            if named is not None:
                return named
        paper = DOCUMENT_SUBJECT.match(region)
        if paper:  # "The report said": whoever the text said issued the report
            return self.bodies.author_of(paper.group("noun"), lo)
        it = _IT_THEY.search(region)
        if it and subject_first and len(region[it.end():].split()) > 3:
            it = None  # "called it a …": not the subject of the speech verb
        if it:
            return self.bodies.it_speaker(lo + it.start())
        body = THE_BODY.match(region)
        if body:  # "the council said": the body last named as a council
            named = self.bodies.last_named_body(lo + body.start("noun"), body["noun"])
            if named is not None:
                return named
        firm = THE_FIRM.match(region)
        if firm:  # "the company said in a statement": the firm last named
            named = self.bodies.last_non_person(lo + firm.start(), FIRM_KINDS, PRONOUN_WINDOW)
            if named is not None:
                return named
        group = GROUP_NOUNS.search(region)
        if group:  # "the coalition said": the group last named
            # (named at the head of a wire story, perhaps a long quote ago: it is still the
            # only group in view)
            return self.bodies.last_non_person(lo + group.start(), GROUP_KINDS, PRONOUN_WINDOW)
        if subject_first and GOVERNMENT_SUBJECT.search(region):
            return self.bodies.government()  # "ministers believe …"
        if ELLIPTIC_ONE.fullmatch(region):  # '"…," said one': one of a group named before
            self.unnamed_subject = True
            return one_of_them(self.bodies, lo)
        if not PERSON_NOUNS.search(region):
            # "the partnership said" after "An investor partnership …": that firm; "Lho said",
            # "said Carney at Merrill": a surname the actor pass did not link
            return self.bodies.described_as(region, lo) or self.surname_in(lo, hi)
        return None

    def voice_at(self, pos: int) -> str | None:
        """The id of the person whose words the text is at ``pos`` (see ``voices``)."""
        i = bisect.bisect_right(self.voices, (pos, len(self.text) + 1, "")) - 1
        if i >= 0 and self.voices[i][0] <= pos < self.voices[i][1]:
            return self.voices[i][2]
        return None

    def pronoun_at(self, at: int, pronoun: str, lo: int) -> Actor | None:
        """The person the "he" or "she" (or "him", "her") at ``at`` stands for."""
        return self._pronoun(at, pronoun, lo)

    def _pronoun(self, at: int, pronoun: str, lo: int) -> Actor | None:
        """The person a "he" or "she" at ``at``, the subject of a speech verb, stands for:
        the closest person named as a clause's subject before it, else the last speaker
        quoted, else the last person named -- never the one whose words these are
        ("THE PRESIDENT: … And he said, "No."" is someone the President talks about)."""
        voice = self.voice_at(at)
        subject = self.subject_person_before(at, pronoun, voice, self.bodies.not_quoting(lo))
        unnamed = self._unnamed_subject_before(at, self._subject_at if subject else 0)
        if unnamed is not None and (subject is None or unnamed > self._subject_at):
            # "the doctor said … And he said, "…"": the pronoun stands for someone described,
            # never named -- not for a person named further back (a spokesman: his body)
            return described_body(self.bodies, unnamed)
        want = "f" if pronoun.lower() == "she" else "m"

        def fits(person: Actor | None) -> Actor | None:
            # not the speaker, and not a woman for "he" (nor a man for "she")
            if person is None or person.id == voice or self.gender(person) not in (None, want):
                return None
            return person

        if subject is not None:
            # ("Tory MP Nigel Roe said he was "amazed" … "…," he said": whoever was quoted
            # after the subject found is the nearer antecedent; "…," a company official said.
            # "…," he said: the official, unnamed, whoever the description stood for)
            if self._subject_at < self.last_speaker_at <= at and (
                    self.last_unnamed or fits(self.last_speaker)):
                return self.last_speaker
            return subject
        if self.last_unnamed and lo - self.last_speaker_at < 1200:
            return self.last_speaker
        if self.last_speaker is not None and lo - self.last_speaker_at < 1200:
            return fits(self.last_speaker)
        person = self.index.last_person_before(at)
        return fits(person)

    def possessive(self, hit: Hit) -> bool:
        """Whether ``hit`` is a possessor ("Syria's main opposition group")."""
        return self.bodies.possessive(hit)
