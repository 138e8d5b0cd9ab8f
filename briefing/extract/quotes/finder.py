"""Quotations and their speakers (issue 4).

Three kinds, one pass per paragraph:

* **direct** — a quoted sentence with its attribution before or after it
  (`Reagan said: "…"`, `"…," Obama said Sunday`, `"…," said a senior official who …`);
* **continuation** — a quote with no attribution of its own right after another quote: the same
  speaker;
* **mixed** — a quoted fragment inside reported speech (`Putin said the two sides are "gradually
  heading in the right direction"`).

Quote marks may be ASCII or curly and may be mixed in one pair (`"We’re not there yet,”`). The
span is the inside of the marks. A short quoted term with no speaker, or one introduced by
"called", "so-called", "known as" …, is a scare quote or a name, not a quotation.

The speaker is an actor id: a person named in the attribution, else a description or pronoun
resolved to the person it refers to, else the state/organisation speaking ("a U.S. statement
said"). The quote's date is the day of its attribution ("said Sunday", "on Thursday") or the
publication date.

Attribution rules that matter on unseen texts: "he/she said" goes to the closest person before
it named as the subject of a clause (of the pronoun's gender when a title tells it: "Mr",
"Baroness"), not simply to the last speaker; names inside quotes and after prepositions or
verbs do not count.  "A spokesman for X" is X speaking.  Speech acts such as "proposed (in a
letter)", "urged", "wrote", "believe" frame mixed quotes; "called it a "…"" with a named
subject is a quote, without one a term.  A bare surname in the attribution finds the person
whose name holds it, when the mention itself was missed.

Transcripts: a turn is not a quotation, but quotation marks inside one are; when the speaker
cites their own words ("I told them: "…"", "As we said, "…"") they are the turn's speaker's
(the actor its label names or, for "THE PRESIDENT:", the office holder the actor extraction
found), and a quote never continues another speaker's turn.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from briefing.extract.quotes.actor_index import ActorIndex, Hit
from briefing.extract.quotes.words import (
    ACCORDING_TO,
    AFTER_APPOSED,
    AFTER_INVERTED,
    AFTER_NORMAL,
    FEMALE_TITLES,
    GOVERNMENT_SUBJECT,
    MALE_TITLES,
    NOT_SUBJECT_WORD,
    NP_STOP,
    PAST_VERB,
    PERSON_NOUNS,
    PRONOUN_ANY,
    SPEECH_VERB,
    SPEECH_VERBS,
    SPOKESMAN_FOR,
    SUBJECT_LEAD,
    TERM_BEFORE,
)
from briefing.model import Actor, Document, Quote, Span, TimeExpression

_MARKS = re.compile("[\"“”„«»]")
_OPENERS = frozenset("“„«")
_CLOSERS = frozenset("”»")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|to|from|with|into|on|of|for|by|near|across|against|toward|towards|than|"
    r"inside|over|about|between|under|through|via|like)\s+(?:the\s+)?$", re.IGNORECASE)
# "The coalition said": a definite description of a group speaks for the group last named.
GROUP_NOUNS = re.compile(r"\b[Tt]he\s+(?:\w+\s+)?(?:coalition|group|committee|movement|"
                         r"alliance|militants|rebels|organi[sz]ation|faction|bloc)\b")
GROUP_KINDS = frozenset({"armed_group", "organization", "igo", "state_group"})
DEFINITE = re.compile(r"^\s*(?:(?:and|but|so)\s+)?(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]hat)\b")
TITLE_ALONE = re.compile(r"\b[Tt]he\s+(?P<t>President|Prime Minister|Secretary of State|"
                         r"Secretary|Foreign Minister|Chancellor|King|Premier)\b(?!\s+of\b|\s+[A-Z])")
# "called it a "…"": a quoted fragment after these verbs is the subject's words when the clause
# names who called it so; with no subject it is a term
SUBJECT_TERM_VERB = re.compile(r"\b(?:call(?:ed|s)?|described|describes|label(?:l)?ed|branded)\b",
                               re.IGNORECASE)
_LEADING_VERB = re.compile(r"[\s\"“”’']*(?:" + SPEECH_VERB.pattern + r")\s+", re.IGNORECASE)
PRONOUN_WINDOW = 1500  # how far back a pronoun looks for the person it stands for
MAX_SCARE_WORDS = 4  # an unattributed quote this short is a scare quote or a term
# A sentence that ends with its attribution: ", Mr Abbas added." / ", said the envoy."
_FINAL_NORMAL = re.compile(rf",\s+(?P<who>[^,;:\"“”]{{2,60}}?)\s+(?:{SPEECH_VERBS})"
                           r"\s*[.!]?[\"”’']?\s*$", re.IGNORECASE)
_FINAL_INVERTED = re.compile(rf",\s+(?:{SPEECH_VERBS})\s+(?P<who>[^,;:\"“”]{{2,60}}?)"
                             r"\s*[.!]?[\"”’']?\s*$", re.IGNORECASE)
CONTINUATION_GAP = 400  # characters between a quote and the previous one it continues


@dataclass(slots=True)
class _Raw:
    open_at: int  # offset of the opening mark
    start: int  # inside
    end: int
    close_at: int  # offset after the closing mark (== end when unclosed)


def _is_opening(text: str, i: int, lo: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "([{—–-/:;,":
        return not nxt.isspace()
    return False


def _pair_marks(text: str, lo: int, hi: int) -> list[_Raw]:
    """Quote spans inside one paragraph ``text[lo:hi]``."""
    out: list[_Raw] = []
    open_at: int | None = None
    for m in _MARKS.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if open_at is None:
            if ch in _OPENERS or (ch not in _CLOSERS and _is_opening(text, i, lo)):
                open_at = i
            continue
        if ch in _OPENERS or (ch == '"' and _is_opening(text, i, lo) and i > open_at + 1
                              and text[i - 1].isspace()
                              and text[open_at + 1:i].rstrip()[-1:] in ".?!"):
            # an unclosed quote followed by a new one ("… 26 weeks. "We are …"): the first
            # ends where the second begins
            end = i
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            out.append(_Raw(open_at, open_at + 1, end, end))
            open_at = i
            continue
        if ch in _OPENERS:
            continue
        out.append(_Raw(open_at, open_at + 1, i, i + 1))
        open_at = None
    if open_at is not None and hi - open_at > 2:
        # a quote that runs to the end of its paragraph (newswire style for long quotes)
        out.append(_Raw(open_at, open_at + 1, hi, hi))
    return [r for r in out if r.end > r.start and text[r.start:r.end].strip()]


class _Speakers:
    """Resolves noun phrases, pronouns and descriptions to actor ids."""

    def __init__(self, text: str, index: ActorIndex, sent_starts: list[int],
                 quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self.index = index
        self.last_speaker: Actor | None = None  # the person who spoke the last quote
        self.last_speaker_at = -10_000
        self.sent_starts = sent_starts
        self.quoted = quoted  # the insides of every quote: names there are not speakers
        self.quoted_starts = [a for a, _b in quoted]
        self._genders: dict[str, str | None] = {}

    # -- pronouns ----------------------------------------------------------------------------
    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

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
        a speech verb (", said BBC correspondent Jane Roe")."""
        i = bisect.bisect_right(self.sent_starts, hit.start) - 1
        s_start = self.sent_starts[i] if i >= 0 else 0
        lo = max(s_start, hit.start - 120)
        prefix = self.text[lo:hit.start]
        comma = max(prefix.rfind(","), prefix.rfind(";"), prefix.rfind(":"))
        candidates = [prefix] + ([prefix[comma + 1:]] if comma >= 0 else [])
        for part in candidates:
            verb = _LEADING_VERB.match(part)
            if verb:
                part = part[verb.end():]
            if not SUBJECT_LEAD.match(part):
                continue
            if NOT_SUBJECT_WORD.search(part.lower() + " ") or PAST_VERB.search(part) \
                    or SPEECH_VERB.search(part):
                continue  # "But he said Mr Blair had …": Blair is no subject
            return True
        return False

    def subject_person_before(self, pos: int, pronoun: str) -> Actor | None:
        """The closest person before ``pos`` named (or described) as the subject of a clause,
        of the pronoun's gender when that is known; names inside quotes do not count."""
        want = "f" if pronoun.lower() == "she" else "m"
        floor = max(0, pos - PRONOUN_WINDOW)
        i = bisect.bisect_left(self.index.person_starts, pos) - 1
        while i >= 0:
            hit = self.index.person_hits[i]
            i -= 1
            if hit.start < floor:
                break
            if hit.end > pos or self._in_quote(hit.start) or self._possessive(hit):
                continue
            if hit.is_reference and PRONOUN_ANY.fullmatch(self.text[hit.start:hit.end]):
                continue
            gender = self.gender(hit.actor)
            if gender is not None and gender != want:
                continue
            if self.subject_position(hit):
                return hit.actor
        return None

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

    def government(self) -> Actor | None:
        """The government actor of the document, for "ministers believe …"."""
        govs = [a for a in self.index.actors if a.kind == "government"
                and "government" in (a.id + " " + a.name).lower()]
        if not govs:
            return None
        return max(govs, key=lambda a: len(a.mentions) + len(a.references))

    def _prepositional(self, hit: Hit, lo: int) -> bool:
        before = self.text[max(lo, hit.start - 16):hit.start]
        return bool(_PREPOSITION_BEFORE.search(before)) or hit.role == "location"

    def in_region(self, lo: int, hi: int, subject_first: bool) -> Actor | None:
        """The speaker named in ``text[lo:hi]`` (the noun phrase of an attribution).

        ``subject_first``: the region is a clause ending at the speech verb, so a non-person
        speaker is its first actor (the subject); otherwise the nearest to ``lo``.
        """
        if hi <= lo:
            return None
        hits = [h for h in self.index.within(lo, hi) if h.end <= hi]
        for h in hits:
            # "a spokesman for Unison": the organisation speaks (a person after "for" does not)
            if h.actor.kind != "person" and SPOKESMAN_FOR.search(
                    self.text[max(lo, h.start - 40):h.start]):
                return h.actor
        refs = [h for h in hits if h.is_reference and h.actor.kind == "person"
                and not PRONOUN_ANY.fullmatch(self.text[h.start:h.end])]
        if refs:  # "a senior State Department official who …": the description wins
            return max(refs, key=lambda h: (h.end - h.start, h.end)).actor
        persons = [h for h in hits if h.actor.kind == "person" and not h.is_reference
                   and not self._prepositional(h, lo) and not self._possessive(h)]
        if persons:
            return (persons[-1] if subject_first else persons[0]).actor
        region = self.text[lo:hi]
        pron = re.search(r"\b(?P<p>he|she|He|She)\b", region)
        if pron and (not subject_first or not region[pron.end():].strip(" ,").strip()
                     or len(region[pron.end():].split()) <= 2):
            # "he said": the closest person before named as a clause's subject, of the same
            # gender when known (not simply the last speaker: another person may have been
            # introduced in between)
            at = lo + pron.start()
            subject = self.subject_person_before(at, pron.group("p"))
            if subject is not None:
                return subject
            if self.last_speaker is not None and lo - self.last_speaker_at < 1200:
                return self.last_speaker
            person = self.index.last_person_before(at)
            titled = self._titled_before(at)
            if titled is not None and (person is None or titled[0] > self._last_hit_at(at)):
                return titled[1]
            return person
        others = [h for h in hits if h.actor.kind != "person" and not self._prepositional(h, lo)
                  and not self._possessive(h)]
        if PERSON_NOUNS.search(region) and DEFINITE.match(region):
            # "the top U.S. diplomat said": the person last named who stands for that state
            # (only a definite description refers back; "a Cosla spokesman" is someone new)
            states = {self.index.party_of(h.actor) for h in others} - {None}
            return self._last_person(lo, states)
        if PERSON_NOUNS.search(region) and not others:
            return None
        if others:
            return others[0].actor  # the subject comes first in its clause
        it = re.search(r"\b(?:it|It|they|They)\b", region)
        if it and subject_first and len(region[it.end():].split()) > 3:
            it = None  # "called it a …": not the subject of the speech verb
        if it:
            return self._last_non_person(lo + it.start())
        group = GROUP_NOUNS.search(region)
        if group:  # "the coalition said": the group last named
            return self._last_non_person(lo + group.start(), GROUP_KINDS)
        if subject_first and GOVERNMENT_SUBJECT.search(region):
            return self.government()  # "ministers believe …"
        if subject_first and not PERSON_NOUNS.search(region):
            return self.surname_in(lo, hi)
        return None

    def _last_hit_at(self, pos: int) -> int:
        i = bisect.bisect_left(self.index.person_starts, pos) - 1
        return self.index.person_hits[i].start if i >= 0 else -1

    def _titled_before(self, pos: int) -> tuple[int, Actor] | None:
        """"The President had one word … He said": a title alone names the person holding it."""
        window_lo = max(0, pos - 400)
        found = None
        for m in TITLE_ALONE.finditer(self.text, window_lo, pos):
            found = m
        if found is None:
            return None
        title = found.group("t").lower()
        holders = [a for a in self.index.actors if a.kind == "person" and a.title
                   and title in a.title.lower()]
        if not holders:
            return None
        best = max(holders, key=lambda a: len(a.mentions) + len(a.references))
        return found.start(), best

    def _possessive(self, hit: Hit) -> bool:
        """"Syria's main opposition group said": Syria is not the speaker."""
        return self.text.startswith(("'s ", "’s ", "' ", "’ "), hit.end)

    def _last_person(self, pos: int, parties: set[str | None]) -> Actor | None:
        floor = max(0, pos - 1500)
        i = bisect.bisect_left(self.index.person_starts, pos) - 1
        while i >= 0:
            hit = self.index.person_hits[i]
            if hit.start < floor:
                break
            if not parties or self.index.party_of(hit.actor) in parties:
                return hit.actor
            i -= 1
        return None

    def _last_non_person(self, pos: int, kinds: frozenset[str] | None = None) -> Actor | None:
        i = bisect.bisect_left(self.index.starts, pos) - 1
        floor = max(0, pos - 600)
        while i >= 0:
            hit = self.index.hits[i]
            if hit.start < floor:
                break
            if hit.actor.kind != "person" and hit.end <= pos and not self._prepositional(hit, 0) \
                    and (kinds is None or hit.actor.kind in kinds):
                return hit.actor
            i -= 1
        return None


class _QuoteFinder:
    def __init__(self, document: Document, actors: tuple[Actor, ...],
                 times: tuple[TimeExpression, ...]) -> None:
        self.doc = document
        self.text = document.text
        sentences = document.sentences
        self.sent_starts = [s.start for s in sentences]
        self.sent_ends = [s.end for s in sentences]
        self.raws = [(p_index, raw) for p_index, para in enumerate(document.paragraphs)
                     for raw in _pair_marks(self.text, para.start, para.end)]
        self.speakers = _Speakers(self.text, ActorIndex(actors), self.sent_starts,
                                  [(r.start, r.end) for _p, r in self.raws])
        self.times = [t for t in times if t.kind == "date" and t.precision == "day" and t.value]
        self.time_starts = [t.start for t in self.times]
        self.last_quote_end = 0  # where the last quote (kept or not) ended
        self.turns = document.turns
        self.turn_starts = [t.start for t in self.turns]
        self.turn_speakers = turn_speakers(document, self.speakers.index)

    def turn_of(self, pos: int) -> int | None:
        """The index of the transcript turn containing ``pos``."""
        i = bisect.bisect_right(self.turn_starts, pos) - 1
        return i if i >= 0 and pos < self.turns[i].end else None

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sent_starts[i], self.sent_ends[i]

    # -- attribution -------------------------------------------------------------------------
    def after(self, raw: _Raw, sent_end: int) -> tuple[Actor | None, Span | None, bool]:
        """Attribution after the closing mark; (speaker, cue, found)."""
        limit = min(len(self.text), max(sent_end, raw.close_at) + 1, raw.close_at + 160)
        rest = self.text[raw.close_at:limit]
        newline = rest.find("\n")
        if newline >= 0:
            rest = rest[:newline]
        closing = self.text[raw.start:raw.end].rstrip()[-1:]
        if closing not in ",.?!…—-" and not rest.lstrip().startswith((",", "—", "–")):
            return None, None, False  # the quote runs on inside its sentence
        m = AFTER_INVERTED.match(rest)
        if m:
            lo = raw.close_at + m.end()
            stop = NP_STOP.search(self.text, lo + 1, raw.close_at + len(rest))
            hi = stop.start() if stop else raw.close_at + len(rest)
            verb = SPEECH_VERB.search(rest)
            cue = self.cue(raw.close_at, verb)
            return self.speakers.in_region(lo, hi, subject_first=False), cue, True
        m = AFTER_NORMAL.match(rest)
        if m and not _MARKS.search(m["np"]):
            lo, hi = raw.close_at + m.start("np"), raw.close_at + m.end("np")
            verb = SPEECH_VERB.search(rest, m.end("np"))
            if closing in ".?!" and m["np"].lstrip()[:1].isupper() and verb is not None:
                # '… a year." And Gordon Brown said the figures …' is a new sentence, unless
                # it is only the attribution ('"…." Obama said Sunday.')
                tail = re.match(r"[^.!?\n]*", rest[verb.end():]).group(0)
                if len(tail.split()) > 4:
                    return None, None, False
            return (self.speakers.in_region(lo, hi, subject_first=True),
                    self.cue(raw.close_at, verb), True)
        m = AFTER_APPOSED.match(rest)
        if m:
            lo, hi = raw.close_at + m.start("np"), raw.close_at + m.end("np")
            verb = SPEECH_VERB.search(rest, m.end("np"))
            return (self.speakers.in_region(lo, hi, subject_first=True),
                    self.cue(raw.close_at, verb), True)
        return None, None, False

    def cue(self, base: int, verb: re.Match[str] | None) -> Span | None:
        if verb is None:
            return None
        return self.doc.span(base + verb.start(), base + verb.end())

    def before(self, raw: _Raw, sent_start: int) -> tuple[Actor | None, bool]:
        """Attribution before the opening mark in the same sentence; (speaker, found)."""
        left = self.text[sent_start:raw.open_at]
        if not left.strip() and sent_start > 0:
            # 'He said. "Budgets have to add up."' / 'He told reporters:' just before
            p_start, p_end = self.sentence_of(sent_start - 1)
            previous = self.text[p_start:p_end].rstrip()
            if (previous.endswith((":", ".")) and len(previous.split()) <= 8
                    and SPEECH_VERB.search(previous) and p_end <= raw.open_at
                    and p_start >= self.last_quote_end and not _MARKS.search(previous)):
                verb = list(SPEECH_VERB.finditer(self.text, p_start, p_end))[-1]
                return self.speakers.in_region(p_start, verb.start(), subject_first=True), True
        verbs = list(SPEECH_VERB.finditer(left))
        acc = list(ACCORDING_TO.finditer(left))
        if acc and (not verbs or acc[-1].start() > verbs[-1].start()):
            lo = sent_start + acc[-1].end()
            stop = NP_STOP.search(self.text, lo + 1, raw.open_at)
            return self.speakers.in_region(lo, stop.start() if stop else raw.open_at,
                                           subject_first=False), True
        if not verbs:
            return None, False
        verb = verbs[-1]
        hi = sent_start + verb.start()
        speaker = self.speakers.in_region(sent_start, hi, subject_first=True)
        return speaker, True

    def verb_after_in_sentence(self, raw: _Raw, sent_start: int, sent_end: int
                               ) -> tuple[Actor | None, bool]:
        """`It also "strongly" condemned …`: the quote sits before its own verb."""
        rest = self.text[raw.close_at:min(sent_end, raw.close_at + 40)]
        m = re.match(r"^\s*(?:\w+\s+)?(?P<v>" + SPEECH_VERB.pattern + ")", rest,
                     re.IGNORECASE)
        if not m:
            return None, False
        return self.speakers.in_region(sent_start, raw.open_at, subject_first=True), True

    def sentence_final_speaker(self, raw: _Raw, sent_end: int) -> Actor | None:
        """The speaker of a closing ", <speaker> said." / ", said <speaker>." clause."""
        tail = self.text[raw.close_at:sent_end]
        m = _FINAL_NORMAL.search(tail) or _FINAL_INVERTED.search(tail)
        if m is None:
            return None
        base = raw.close_at
        return self.speakers.in_region(base + m.start("who"), base + m.end("who"),
                                       subject_first=True)

    def date_for(self, lo: int, hi: int, quote: _Raw) -> str | None:
        i = bisect.bisect_left(self.time_starts, lo)
        best: TimeExpression | None = None
        while i < len(self.times) and self.times[i].start < hi:
            t = self.times[i]
            if not (quote.start <= t.start < quote.end):
                before = self.text[max(lo, t.start - 25):t.start]
                if SPEECH_VERB.search(before) or re.search(r"\bon\s*$", before) \
                        or t.text.lower().startswith("on "):
                    best = t
                    break
            i += 1
        if best is not None:
            return best.value
        return self.doc.published

    def _subject_of_term(self, term: re.Match[str], base: int, s_start: int) -> bool:
        """"Haddad called it a "…"": a call/describe verb with an actor as its subject quotes
        that actor; "so-called", "known as" or a subjectless "called" make a term."""
        verb = SUBJECT_TERM_VERB.match(term.group(0))
        if verb is None:
            return False
        hi = base + term.start()
        return any(h.end <= hi and not self.speakers._prepositional(h, s_start)
                   for h in self.speakers.index.within(s_start, hi))

    def _for_principal(self, quote: Quote) -> Quote:
        """"A spokesman for Mr Blair said": an anonymous spokesperson speaks for the person
        they speak for, so the quote is that person's (for an organisation it stays the
        spokesperson's, who is affiliated with it)."""
        who = self.speakers.index.by_id.get(quote.speaker or "")
        if who is None or not who.id.startswith("anon_") or not who.affiliation:
            return quote
        principal = self.speakers.index.by_id.get(who.affiliation)
        if principal is None or principal.kind != "person":
            return quote
        return dataclasses.replace(quote, speaker=principal.id)

    # -- main ----------------------------------------------------------------------------------
    def run(self) -> tuple[Quote, ...]:
        out: list[Quote] = []
        last: Quote | None = None
        last_para = -10
        last_turn: int | None = None
        for p_index, raw in self.raws:
            turn = self.turn_of(raw.open_at) if self.turns else None
            if turn != last_turn:
                last = None  # a new speaker's turn continues nobody's quote
                last_turn = turn
            quote = self.one(raw, last, p_index - last_para)
            self.last_quote_end = raw.close_at
            if quote is None:
                continue
            if quote.speaker is None and turn is not None and self.turn_speakers[turn] and \
                    own_words(self.text[self.sentence_of(raw.open_at)[0]:raw.open_at]):
                # in a transcript turn, the speaker citing their own words ("I told them:
                # "…"") -- not "papers have written "…"", not marks no verb introduces
                quote = dataclasses.replace(quote, speaker=self.turn_speakers[turn])
            quote = self._for_principal(quote)
            out.append(quote)
            last, last_para = quote, p_index
            who = self.speakers.index.by_id.get(quote.speaker or "")
            if who is not None and who.kind == "person":
                self.speakers.last_speaker, self.speakers.last_speaker_at = who, raw.end
        return tuple(out)

    def one(self, raw: _Raw, last: Quote | None, para_gap: int) -> Quote | None:
        text = self.text
        inner = text[raw.start:raw.end]
        words = inner.split()
        s_start, _ = self.sentence_of(raw.open_at)
        _, s_end = self.sentence_of(max(raw.start, raw.end - 1))
        term = TERM_BEFORE.search(text[max(s_start, raw.open_at - 30):raw.open_at])
        if term and not self._subject_of_term(term, max(s_start, raw.open_at - 30), s_start):
            return None
        speaker, cue, found = self.after(raw, s_end)
        kind = "direct"
        if not found:
            speaker, found = self.before(raw, s_start)
            left = text[s_start:raw.open_at].rstrip()
            if found and not (left.endswith(":") or left.endswith(",")
                              or SPEECH_VERB.fullmatch(left.split()[-1] if left else "")):
                kind = "mixed"
        elif text[s_start:raw.open_at].strip():
            kind = "mixed"
        if not found:
            speaker, found = self.verb_after_in_sentence(raw, s_start, s_end)
            kind = "mixed"
        if not found or speaker is None:
            # `was a "vital step" in renewing the process, Mr Straw said.`: the sentence ends
            # with its attribution, further on than the words right after the marks
            late = self.sentence_final_speaker(raw, s_end)
            if late is not None:
                speaker, found, kind = late, True, "mixed"
        if not found:
            near = last is not None and raw.open_at - last.end <= CONTINUATION_GAP \
                and para_gap <= 1
            if near and len(words) > MAX_SCARE_WORDS and last is not None:
                return Quote(raw.start, raw.end, inner, last.speaker, last.date, "continuation")
            if len(words) <= MAX_SCARE_WORDS or (len(words) <= 8 and all(
                    w[:1].isupper() for w in words if w.isalpha() and len(w) > 3)):
                return None  # a scare quote, a term or a title
            return Quote(raw.start, raw.end, inner, None, self.doc.published, "direct")
        if speaker is None and len(words) <= MAX_SCARE_WORDS:
            return None  # a short fragment nobody is said to have said: a scare quote
        date = self.date_for(s_start, s_end, raw)
        return Quote(raw.start, raw.end, inner, speaker.id if speaker else None, date, kind,
                     cue)


_REPORTING = re.compile(rf"\b(?:{SPEECH_VERBS}|written|reported|reports|quoted)\b",
                        re.IGNORECASE)
_AUXILIARY = frozenset({"have", "has", "had", "will", "would", "did", "do", "does", "also", "just",
                        "already", "then"})
_FIRST_PERSON = frozenset({"i", "we", "i've", "we've", "i’ve", "we’ve", "i'd", "we'd", "i’d",
                           "we’d"})


def own_words(left: str) -> bool:
    """Whether quotation marks after ``left`` (their sentence up to the opening mark) quote
    the speaker of the turn: a reporting verb whose subject is "I" or "we" ("We told them
    that "…"", "As I said, "…"").  Not "outlets have written "…"", and not marks with no
    reporting verb ("sometimes I see, "…"" quotes what others say)."""
    verbs = list(_REPORTING.finditer(left))
    if not verbs:
        return False
    words = left[:verbs[-1].start()].split()
    while words and words[-1].lower() in _AUXILIARY:
        words.pop()
    return bool(words) and words[-1].lower().strip(",") in _FIRST_PERSON


def turn_speakers(document: Document, index: ActorIndex) -> list[str | None]:
    """The actor id of each transcript turn's speaker: the actor named or described by the
    turn's label ("MR. KIRBY", "THE PRESIDENT" -- the actor extraction resolved the office
    to its holder at the document's date, "SENIOR ADMINISTRATION OFFICIAL"), else ``None``
    (a reporter's "Q", an unknown "A").  A turn continuing after a heading (no label) is
    the previous turn's speaker."""
    out: list[str | None] = []
    last: str | None = None
    for turn in document.turns:
        if turn.label_span is None:
            out.append(last if not turn.question else None)
            continue
        lo, hi = turn.label_span
        found = [h for h in index.within(lo, hi) if h.end <= hi] if not turn.question else []
        people = [h for h in found if h.actor.kind == "person"]
        pick = (people or found)[:1]
        last = pick[0].actor.id if pick else None
        out.append(last)
    return out


def find_quotes(document: Document, actors: tuple[Actor, ...],
                times: tuple[TimeExpression, ...]) -> tuple[Quote, ...]:
    """Direct, continuation and mixed quotes in ``document`` with speaker ids and dates."""
    return _QuoteFinder(document, actors, times).run()
