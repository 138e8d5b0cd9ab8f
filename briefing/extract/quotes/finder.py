"""Quotations and their speakers.

Three kinds, one pass per paragraph:

* **direct** — a quoted sentence with its attribution before or after it
  (`Reagan said: "…"`, `"…," Obama said Sunday`, `"…," said a senior official who …`);
* **continuation** — a quote with no attribution of its own right after another quote in the
  same paragraph or opening the next one: the same speaker (never across a speaker's label
  or a transcript turn);
* **mixed** — a quoted fragment inside reported speech (`Putin said the two sides are "gradually
  heading in the right direction"`).

Quote marks are paired by :mod:`~briefing.extract.quotes.marks`.  The span is the inside of the
marks; an attribution after them is read by :mod:`~briefing.extract.quotes.after_marks`.  A
short quoted term with no speaker, one introduced by "called", "so-called", "known as" …, or
(outside a dialogue) a fragment of up to three words quoted twice, is a scare quote or a name,
not a quotation.

The speaker is an actor id, resolved by :class:`~briefing.extract.quotes.resolve.Speakers` from
the attribution's noun phrase: a person named there, else a description, title or pronoun
resolved to the person it refers to, else the state/organisation speaking.  People quoted whom
the actor pass missed are added before this pass (:mod:`~briefing.extract.quotes.discover`).
The quote's date is the day of its attribution ("said Sunday", "on Thursday") or the
publication date.

Where no attribution names anyone:

* in a transcript turn (:mod:`~briefing.extract.quotes.transcript`), a reporter's "you said
  "…"" quotes the official questioned, and the speaker citing their own words ("I told them:
  "…"") is the turn's speaker; a quote never continues another speaker's turn;
* in a statement or remarks in its author's voice ("Statement from President X"), "As I said,
  "…"" is the author's;
* the bullets of an interview's highlights ("- On the ceasefire: "…"") are its principal's
  (the person its title names); a pull quote names its speaker after a dash ("— Peres, on …");
* a bullet under a heading that names someone (a round-up of the Sunday shows) is that person's
  (:mod:`~briefing.extract.quotes.headings`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from briefing.extract.quotes.actor_index import index_of
from briefing.extract.quotes.after_marks import (
    FINAL_INVERTED,
    FINAL_NORMAL,
    attributed_before,
    attribution_after,
    quoted_one,
    sentence_final_speaker,
    verb_after_in_sentence,
)
from briefing.extract.quotes.clauses import meant_by, relative_speaker
from briefing.extract.quotes.headline import headline_quotes
from briefing.extract.quotes.marks import MARKS, Raw, pair_marks
from briefing.extract.quotes.principal import for_principal
from briefing.extract.quotes.resolve import Speakers
from briefing.extract.quotes.transcript import addressees, addresses, own_words, turn_speakers
from briefing.extract.quotes.unattributed import MAX_SCARE_WORDS, line_speaker, unattributed
from briefing.extract.quotes.words import (
    ACCORDING_TO,
    NP_STOP,
    SPEECH_VERB,
    SPEECH_VERBS,
    TERM_BEFORE,
)
from briefing.model import Actor, Document, Quote, Span, TimeExpression

# "called it a "…"": a quoted fragment after these verbs is the subject's words when the clause
# names who called it so; with no subject it is a term
SUBJECT_TERM_VERB = re.compile(r"\b(?:call(?:ed|s)?|described|describes|label(?:l)?ed|branded)\b",
                               re.IGNORECASE)
# "he called it": a pronoun as the subject right before the verb
PRONOUN_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+$")
# A document in its author's own voice: "Statement from President X on …", "Remarks by …"
AUTHORED = re.compile(r"(?:Statement|Remarks|Op-Ed|Letter|Message|Address)\b[^\n]{0,40}?"
                      r"\b(?:from|by|of)\s+[A-Z]")
PASSIVE_BEFORE = re.compile(r"\b(?:been|being|was|were|is|are|be)\s+(?:\w+ly\s+)?$",
                            re.IGNORECASE)
AGENT_AFTER = re.compile(r"\bby\s+")
QUOTING = re.compile(r"\bquoting\s+(?:(?:the|its|their)\s+)?")
# 'The paper quoted Jo Roe as stressing that …', 'Kyodo quoted him as telling reporters', 'Roe
# was quoted (by Kyodo) as warning': the one quoted speaks, whatever the verb after "as"
QUOTED_AS = re.compile(r"\bquoted\s+(?:(?P<who>[^,;:\"“”]{1,80}?)\s+)?as\s+[a-z]+ing\b")
# Whose words a speaker cites by naming them rather than with a speech verb: "In the words of
# Jo Roe, …:", "I'm going to quote Jo here –", "to quote her", "in her own words", "again,
# I'm going to use his words –", "The President's answer was:"
CITED = re.compile(
    r"\b(?:[Ii]n\s+the\s+words\s+of|(?<!\band\sI\s)(?:[Tt]o\s+)?quote)\s+(?P<who>[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*){0,3}|him|her)\b"
    r"|\b(?:[Ii]n|use)\s+(?P<pron>his|her)\s+(?:own\s+)?words\b"
    r"|[’']s\s+(?:own\s+)?(?P<noun>answer|response|reply|words)\s+(?:was|were|is|are)\s*[:,]?\s*$")
TERM_WORDS = 3  # a fragment this short quoted twice is the text's term for something
# a conjunction right before a speech verb, after a quote or a comma: the verb has no subject
# of its own ('…," and said', ', and later told')
COORDINATED_BEFORE = re.compile(r"[,\"”]\s*(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?\Z")
# 'X says, "…"' / 'he told them: "…"': a speech verb right before the opening mark
INTRODUCED = re.compile(rf"\b(?:{SPEECH_VERBS})\s*[,:]\s*$", re.IGNORECASE)
# Verbs that report what someone said (not "hopes", "believes": a firm's hopes are no words)
REPORTING_VERB = re.compile(
    r"\b(?:said|says|told|tells|added|adds|stated|declared|explained|insisted|argued|stressed|"
    r"warned|noted|wrote|writes|admitted|conceded|acknowledged|maintained|claimed|commented|"
    r"predicted|replied|recalled|complained|emphasi[sz]ed|reiterated|announced)\b")
# What may come before a vocative at the head of a question: "Q", a greeting, a title
VOCATIVE_LEAD = re.compile(r"\s*(?:Q\.?\s+)?(?:(?:and|so|okay|ok|hi|hey|yes|well|thanks|thank you|"
                           r"sir|mr\.?|ms\.?|mrs\.?|madam|president|vice president|secretary|"
                           r"admiral|general|ambassador|senator|prime minister)[\s,.]+)*",
                           re.IGNORECASE)
# '"…," he went on to say, "…"': between the two halves of one interrupted sentence, only its
# attribution (a closing mark, a clause with no sentence end, a comma or colon, an opening mark)
SPLIT_GAP = re.compile(r"[\"”’']\s*,?\s*(?P<mid>[^.?!;\"“”\n]{2,90}?)\s*[,:]\s*$")


class _QuoteFinder:
    def __init__(self, document: Document, actors: tuple[Actor, ...],
                 times: tuple[TimeExpression, ...],
                 genders: Mapping[str, str] | None = None) -> None:
        self.doc = document
        self.text = document.text
        sentences = document.sentences
        self.sent_starts = [s.start for s in sentences]
        self.sent_ends = [s.end for s in sentences]
        self.raws = [(p_index, raw) for p_index, para in enumerate(document.paragraphs)
                     for raw in pair_marks(self.text, para.start, para.end)]
        self.speakers = Speakers(self.text, index_of(actors), self.sent_starts,
                                  [(r.start, r.end) for _p, r in self.raws], genders)
        self.times = [t for t in times if t.kind == "date" and t.precision == "day" and t.value]
        self.time_starts = [t.start for t in self.times]
        self.insides = Counter(self.text[r.start:r.end].strip(" ,.").lower()
                               for _p, r in self.raws)
        self.last_quote_end = 0  # where the last quote (kept or not) ended
        self.last_raw: Raw | None = None  # the marks of the last quote kept
        self.turn_voice: str | None = None  # who speaks the answer turn of the current marks
        self.turns = document.turns
        self.turn_starts = [t.start for t in self.turns]
        self.speakers.question_turns = [(t.start, t.end) for t in self.turns if t.question]
        self.speakers.labels = frozenset(h.start for t in self.turns if t.label_span
                                         for h in self.speakers.index.within(*t.label_span))
        self.turn_speakers = turn_speakers(document, self.speakers.index)
        self.addressees = addressees(document, self.turn_speakers)
        self.speakers.vocatives = frozenset(self._vocatives())
        self.authored = bool(document.title and AUTHORED.match(document.title))
        # whose words the text is, where it says: each turn its speaker's, remarks or a
        # statement with no turns its author's
        self.speakers.voices = [(t.start, t.end, who) for t, who
                                in zip(self.turns, self.turn_speakers, strict=True) if who]
        author = self.principal() if self.authored and not self.turns else None
        if author is not None:
            self.speakers.voices = [(0, len(self.text), author.id)]

    def _vocatives(self) -> list[int]:
        """Starts of the names that open a question by addressing the official it is put to
        ("Q Karine, the Vatican said …"): a mention of the turn's addressee at the head of a
        sentence, after at most a greeting or a title, followed by a comma."""
        out = []
        for k, turn in enumerate(self.turns):
            asked = self.addressees[k]
            if not turn.question or asked is None:
                continue
            for h in self.speakers.index.within(turn.start, turn.end):
                if h.actor.id != asked or not self.text.startswith(",", h.end):
                    continue
                s_start, _ = self.sentence_of(h.start)
                if VOCATIVE_LEAD.fullmatch(self.text, max(s_start, turn.start), h.start):
                    out.append(h.start)
        return out

    def quoted_again(self, inner: str) -> bool:
        """Whether the same words are quoted more than once in the document (a term)."""
        return self.insides[inner.strip(" ,.").lower()] > 1

    def principal(self) -> Actor | None:
        """The person a document is about: named in its title, else the most mentioned."""
        people = [a for a in self.speakers.index.actors if a.kind == "person"]
        if self.doc.title_span:
            lo, hi = self.doc.title_span
            named = [h.actor for h in self.speakers.index.within(lo, hi)
                     if h.actor.kind == "person"]
            if named:
                return named[0]
        return max(people, key=lambda a: len(a.mentions), default=None)

    def turn_fallback(self, raw: Raw, turn: int | None) -> str | None:
        """In a transcript turn, who speaks quoted words no attribution names: the official a
        reporter quotes ("you said "…""), or the turn's speaker citing their own words ("I
        told them: "…"", not "papers have written "…"" nor marks no verb introduces)."""
        left = self.text[self.sentence_of(raw.open_at)[0]:raw.open_at]
        if turn is None:
            # a statement or remarks by someone ("Statement from President X"): "As I said,
            # "…"" cites its author
            author = self.principal() if self.authored else None
            return author.id if author is not None and own_words(left) else None
        asked = self.addressees[turn]
        if asked is not None and addresses(left):
            return asked
        if self.turn_speakers[turn] and own_words(left):
            return self.turn_speakers[turn]
        return None

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
    def before(self, raw: Raw, sent_start: int) -> tuple[Actor | None, bool]:
        """Attribution before the opening mark in the same sentence; (speaker, found)."""
        left = self.text[sent_start:raw.open_at]
        if not left.strip() and sent_start > 0:
            # 'He said. "Budgets have to add up."' / 'He told reporters:' just before
            p_start, p_end = self.sentence_of(sent_start - 1)
            previous = self.text[p_start:p_end].rstrip()
            if (previous.endswith((":", ".")) and len(previous.split()) <= 8
                    and SPEECH_VERB.search(previous) and p_end <= raw.open_at
                    and p_start >= self.last_quote_end and not MARKS.search(previous)):
                verb = list(SPEECH_VERB.finditer(self.text, p_start, p_end))[-1]
                return self.speakers.in_region(p_start, verb.start(), subject_first=True), True
        verbs = list(SPEECH_VERB.finditer(left))
        cited = self.cited(left, sent_start, verbs)
        if cited is not None:
            return cited, True
        quoted = list(QUOTED_AS.finditer(left))
        if quoted and not any(v.start() >= quoted[-1].end() for v in verbs):
            # "The statement quoted Roe as stressing that the bank was "…"": Roe's words
            q = quoted[-1]
            if q["who"] is None or PASSIVE_BEFORE.search(left, max(0, q.start() - 16),
                                                         q.start()):
                # "Roe was quoted by Kyodo (in the Gazette) as saying": the passive's subject
                return self.speakers.in_region(sent_start, sent_start + q.start(),
                                               subject_first=True), True
            return quoted_one(self.doc, self.speakers, sent_start + q.start("who"),
                              sent_start + q.end("who")), True
        acc = list(ACCORDING_TO.finditer(left))
        if acc and (not verbs or acc[-1].start() > verbs[-1].start()):
            lo = sent_start + acc[-1].end()
            stop = NP_STOP.search(self.text, lo + 1, raw.open_at)
            return self.speakers.in_region(lo, stop.start() if stop else raw.open_at,
                                           subject_first=False), True
        owner = self.speakers.paper_owner(sent_start + (verbs[-1].end() if verbs else 0),
                                          raw.open_at)
        if owner is not None:
            # "Kay repeated Jo Roe's statement last week that "…"": the words are the paper's
            # owner's, not those of the one who repeats them
            return owner, True
        if not verbs:
            return None, False
        verb = verbs[-1]
        hi = sent_start + verb.start()
        if not verb.group(0).endswith("ing") and \
                PASSIVE_BEFORE.search(self.text, max(sent_start, hi - 16), hi):
            # "X has been praised by police for "…"": the agent after "by" speaks, not X
            # ("…, according to KCNA, has been told to prepare a "…"": the source cited)
            # ("According to Yonhap, quoting KCNA, the army has been told to …": KCNA's words)
            quoting = list(QUOTING.finditer(left))
            agent = AGENT_AFTER.search(self.text, sent_start + verb.end(), raw.open_at) \
                or (sent_start + quoting[-1].end() if quoting else None) \
                or (sent_start + acc[-1].end() if acc else None)
            if agent is None:
                return None, True
            at = agent if isinstance(agent, int) else agent.end()
            stop = NP_STOP.search(self.text, at + 1, raw.open_at)
            return self.speakers.in_region(at, stop.start() if stop else raw.open_at,
                                           subject_first=False), True
        if len(verbs) > 1 and COORDINATED_BEFORE.search(left, 0, verb.start()):
            # 'Roe described Doe as "…," and said he detected "…"': a second verb with no
            # subject of its own shares the first one's, not the last person named before it
            # (the first finite one: "Speaking to reporters, Roe said …, but added" -- a
            # participle opening the sentence has no subject before it)
            first = next((v for v in verbs[:-1] if not v.group(0).lower().endswith("ing")),
                         verbs[0])
            hi = sent_start + first.start()
        speaker = self.speakers.in_region(sent_start, hi, subject_first=True)
        return speaker, True

    def cited(self, left: str, sent_start: int, verbs: list[re.Match[str]]) -> Actor | None:
        """The person a speaker cites right before the marks, naming them instead of using a
        speech verb ("In the words of Jo Roe, …: "…"", "I'm going to quote Jo here – to
        "…"", "in her own words, "…"", "The President's answer was: "…""), when no speech
        verb comes after the citation."""
        cites = list(CITED.finditer(left))
        if not cites:
            return None
        m = cites[-1]
        if any(v.start() >= m.end() for v in verbs):
            return None  # "in the words of Jo Roe, Ana Lopes said "…"": the verb's subject
        index = self.speakers.index
        if m["noun"] is not None:
            # "The President's answer was": the possessor ("'s" right after its mention)
            at = sent_start + m.start()
            owners = [h.actor for h in index.within(sent_start, at) if h.end == at]
            return owners[-1] if owners else None
        pron = m["pron"] or (m["who"] if m["who"] in ("him", "her") else None)
        if pron is not None:
            self.speakers.pronoun_subject = True
            at = sent_start + (m.start("pron") if m["pron"] else m.start("who"))
            return self.speakers.pronoun_at(at, "he" if pron in ("his", "him") else "she",
                                            sent_start)
        lo, hi = sent_start + m.start("who"), sent_start + m.end("who")
        people = [h.actor for h in index.within(lo, hi) if h.end <= hi]
        return people[0] if people else None

    def date_for(self, lo: int, hi: int, quote: Raw) -> str | None:
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
        if PRONOUN_SUBJECT.search(self.text, max(s_start, hi - 12), hi):
            return True  # "he called it a "decisive moment"": his words, whoever he is
        return any(h.end <= hi and not self.speakers.bodies.prepositional(h, s_start)
                   for h in self.speakers.index.within(s_start, hi))

    def split_half(self, raw: Raw, last: Quote | None) -> bool:
        """Whether ``raw`` is the second half of the last quote's sentence, interrupted by
        that quote's own attribution ('"The control of the Golan," he went on to say, "is
        …"', '"A literate population," insisted Mr Sener, "will …"'): the same speaker says
        both halves.  Not when the first half had its attribution before it ('when Roe says,
        "…," Doe says, "Yes."': the clause between names the next speaker)."""
        prev = self.last_raw
        if last is None or prev is None or prev.end != last.end \
                or not self.text[prev.start:prev.end].rstrip().endswith(","):
            return False
        gap = SPLIT_GAP.fullmatch(self.text, prev.end, raw.open_at)
        if gap is None or not SPEECH_VERB.search(gap["mid"]):
            return False
        s_start, _ = self.sentence_of(prev.open_at)
        return not self.text[s_start:prev.open_at].strip()

    def reported_before(self, raw: Raw, s_start: int) -> tuple[Actor | None, bool]:
        """The speaker of reported speech in the sentence right before a quotation that opens
        its own sentence and names no one ('However, sales rose, Wimpey said. "…"'; 'Jo Roe
        said the leaflet was no surprise.' then a paragraph '"…"'): news style quotes the
        person whose words it has just reported.  Only from the sentence next to the marks,
        in the same paragraph or at the end of the one before, and only one with no quotation
        of its own (a quote before continues its own speaker).  (speaker, found): found with
        no speaker when someone unnamed was reported ("the captain argued"): the quotation
        then continues nobody's."""
        if self.text[s_start:raw.open_at].strip() or s_start == 0 \
                or self.text[raw.start:raw.end].rstrip().endswith(","):
            return None, False  # (a quote ending in a comma goes on to its own attribution)
        p_start, p_end = self.sentence_of(s_start - 1)
        between = self.text[p_end:s_start]
        if p_end > s_start or between.count("\n") > 2 or MARKS.search(self.text, p_start, p_end) \
                or p_start < self.last_quote_end:
            return None, False
        if self.turns and self.turn_of(p_start) != self.turn_of(raw.open_at):
            return None, False
        final = FINAL_NORMAL.search(self.text, p_start, p_end) \
            or FINAL_INVERTED.search(self.text, p_start, p_end)
        if final is not None:  # '…, Wimpey said.', '…, he argued.': the closing clause's
            return self.speakers.in_region(final.start("who"), final.end("who"),
                                           subject_first=True), True
        verb = REPORTING_VERB.search(self.text, p_start, p_end)
        if verb is None or PASSIVE_BEFORE.search(self.text, max(p_start, verb.start() - 16),
                                                 verb.start()):
            return None, False
        return self.speakers.in_region(p_start, verb.start(), subject_first=True), True

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
            self.turn_voice = self.turn_speakers[turn] \
                if turn is not None and not self.turns[turn].question else None
            quote = self.one(raw, last, p_index - last_para, self.turn_fallback(raw, turn))
            self.last_quote_end = raw.close_at
            if quote is None:
                continue
            # (the speaker before an anonymous spokesperson gives way to whom they speak for:
            # a "he" after it is that spokesperson)
            who = self.speakers.index.by_id.get(quote.speaker or "")
            quote = for_principal(quote, self.speakers, self.sentence_of)
            out.append(quote)
            last, last_para, self.last_raw = quote, p_index, raw
            speakers = self.speakers
            if who is not None and who.kind == "person":
                speakers.last_speaker, speakers.last_speaker_at = who, raw.end
                speakers.last_unnamed = False
            elif speakers.unnamed_subject and not speakers.pronoun_subject:
                # "…," a company official said: someone unnamed spoke it
                speakers.last_speaker, speakers.last_speaker_at = who, raw.end
                speakers.last_unnamed = True
        titled = headline_quotes(self.doc, out, self.speakers.index)
        return tuple(sorted(titled + out, key=lambda q: q.start)) if titled else tuple(out)

    def one(self, raw: Raw, last: Quote | None, para_gap: int,
            fallback: str | None = None) -> Quote | None:
        """The quote of ``raw`` with its speaker, or None for a scare quote or a term.
        ``fallback``: who speaks it when no attribution names anyone (see turn_fallback)."""
        text = self.text
        inner = text[raw.start:raw.end]
        self.speakers.pronoun_subject = False
        self.speakers.unnamed_subject = False
        if self.split_half(raw, last) and last is not None:
            return Quote(raw.start, raw.end, inner, last.speaker, last.date, "continuation")
        s_start, _ = self.sentence_of(raw.open_at)
        _, s_end = self.sentence_of(max(raw.start, raw.end - 1))
        term = TERM_BEFORE.search(text[max(s_start, raw.open_at - 30):raw.open_at])
        if term and not self._subject_of_term(term, max(s_start, raw.open_at - 30), s_start):
            return None
        meant = self._meant(raw, s_start, s_end)
        if meant is not None:
            return meant
        introduced = self._introduced(raw, s_start)
        found = self._attribution(raw, last, s_start, s_end, introduced is not None, fallback)
        if isinstance(found, Quote):
            return found  # the last quote's words go on
        if not found.found:
            return unattributed(text, raw, last, para_gap, s_start, found.reported,
                                self.turn_voice, self.doc.published)
        return self._kept(raw, found, introduced is not None, s_start, s_end)

    def _meant(self, raw: Raw, s_start: int, s_end: int) -> Quote | None:
        """The quote a clause's speaker means or a relative clause gives (:mod:`.clauses`)."""
        text = self.text
        meant, who = meant_by(self.speakers, text, s_start, raw.open_at)
        if meant or (who := relative_speaker(self.speakers, text, s_start, raw.open_at)):
            said = not meant and text[s_start:raw.open_at].rstrip().endswith((":", ","))
            return Quote(raw.start, raw.end, text[raw.start:raw.end], who.id if who else None,
                         self.date_for(s_start, s_end, raw), "direct" if said else "mixed")
        return None

    def _introduced(self, raw: Raw, s_start: int) -> re.Match[str] | None:
        """'when Putin says, "…," Biden says, "Yes."': a speech verb and a comma right before
        the marks introduce them, whatever follows them."""
        text = self.text
        lo = max(s_start, raw.open_at - 60)
        # (its match ends in "," or ":" and spaces: a window whose last other character is
        # neither holds none, and the case-blind verbs are not tried along it)
        return INTRODUCED.search(text, lo, raw.open_at) \
            if text[lo:raw.open_at].rstrip().endswith((",", ":")) else None

    def _attribution(self, raw: Raw, last: Quote | None, s_start: int, s_end: int,
                     introduced: bool, fallback: str | None) -> Quote | _Attribution:
        """Who the sentence, the line, the turn or a report gives ``raw``'s words to; or the
        ``last`` quote continued past its speaker's name."""
        found = self._in_sentence(raw, last, s_start, s_end, introduced)
        if isinstance(found, Quote):
            return found
        speaker, cue = found.speaker, found.cue
        if not found.found:
            speaker, named = line_speaker(self.text, self.speakers.index, raw, self.principal)
            found = _Attribution(speaker, cue, named, "direct")
        if fallback is not None and (not found.found or speaker is None):
            return _Attribution(self.speakers.index.by_id.get(fallback), cue, True, "mixed")
        if not found.found:
            reporter, reported = self.reported_before(raw, s_start)
            return _Attribution(reporter, cue, reporter is not None, "direct", reported)
        return found

    def _in_sentence(self, raw: Raw, last: Quote | None, s_start: int, s_end: int,
                     introduced: bool) -> Quote | _Attribution:
        """Who the sentence of ``raw`` gives its words to: before the marks when a speech verb
        introduces them, after them, before them, a verb further on, the sentence's end."""
        text = self.text
        speaker, cue, found = None, None, False
        if introduced:
            speaker, found = self.before(raw, s_start)
        kind = "direct"
        if speaker is None:
            speaker, cue, found = attribution_after(self.doc, self.speakers, raw, s_end)
            if found and text[s_start:raw.open_at].strip():
                kind = "mixed"
        if not found and last is not None and len(text[raw.start:raw.end].split()) \
                > MAX_SCARE_WORDS and attributed_before(text, last, self.last_raw, raw):
            # ('"…," said Jo Roe of Acme Co. "…"': her words go on; '"In play" is a term' no)
            return Quote(raw.start, raw.end, text[raw.start:raw.end], last.speaker, last.date,
                         "continuation")
        if not found:
            speaker, found = self.before(raw, s_start)
            left = text[s_start:raw.open_at].rstrip()
            if found and not (left.endswith(":") or left.endswith(",")
                              or SPEECH_VERB.fullmatch(left.split()[-1] if left else "")):
                kind = "mixed"
        if not found:
            speaker, found = verb_after_in_sentence(self.doc, self.speakers, raw, s_start,
                                                       s_end)
            kind = "mixed"
        if not found or speaker is None:
            # `was a "vital step" in renewing the process, Mr Straw said.`: the sentence ends
            # with its attribution, further on than the words right after the marks
            late = sentence_final_speaker(self.doc, self.speakers, raw, s_end)
            if late is not None:
                speaker, found, kind = late, True, "mixed"
        return _Attribution(speaker, cue, found, kind)

    def _kept(self, raw: Raw, found: _Attribution, introduced: bool, s_start: int,
              s_end: int) -> Quote | None:
        """The attributed quote, or None for a short fragment nobody is said to have said or
        a term quoted again."""
        inner = self.text[raw.start:raw.end]
        words = inner.split()
        if found.speaker is None and len(words) <= MAX_SCARE_WORDS and not introduced \
                and not self.speakers.pronoun_subject:
            # a short fragment nobody is said to have said: a scare quote ('says, "I want
            # to talk,"' and 'he said he wants to "…"' are someone's words, whoever says them)
            return None
        if found.kind == "mixed" and len(words) <= TERM_WORDS and not self.turns \
                and self.quoted_again(inner):
            # (in a dialogue, words quoted again are someone's words echoed)
            return None  # 'take up the "exit bonds"' … 'details of the "exit bonds"': a term
        date = self.date_for(s_start, s_end, raw)
        return Quote(raw.start, raw.end, inner, found.speaker.id if found.speaker else None,
                     date, found.kind, found.cue)


@dataclass(frozen=True)
class _Attribution:
    """Who a quote's words are given to (``speaker``; ``found``: whether anything attributes
    them), the ``cue`` of an attribution after the marks, the quote's ``kind``, and whether a
    report before the marks was read (``reported``: then no continuation)."""

    speaker: Actor | None
    cue: Span | None
    found: bool
    kind: str
    reported: bool = False


def find_quotes(document: Document, actors: tuple[Actor, ...],
                times: tuple[TimeExpression, ...],
                genders: Mapping[str, str] | None = None) -> tuple[Quote, ...]:
    """Direct, continuation and mixed quotes in ``document`` with speaker ids and dates.
    ``genders``: "m"/"f" of the actors the knowledge base knows (for "he" and "she")."""
    return _QuoteFinder(document, actors, times, genders).run()
