"""Negotiation threads, status, agenda, rounds and the timeline (issue 4).

The text is read sentence by sentence (the title counts as one, weighted double; the lede counts
one and a half).  For each sentence:

* **modality** — *historical* when it carries a date well before publication ("a February
  cease-fire collapsed"; "from a week ago" and "since" compare with the past and do not count)
  or a word such as "previous"; a sentence opening with "They"/"It" inherits it from the one
  before; *hypothetical* when "if", "whether", "what happens" precede a cue.  Cues in such
  sentences weigh 0.3.
* **status cues** — the weighted lexicon of :mod:`neg_lexicon`; a negator just before a cue
  turns it into what its negation means ("not agreed" → ongoing).

Threads: the primary one has the sides most often coordinated or said to negotiate in
negotiation sentences (persons count for the state they act for); "brokered by", "mediated by",
"with the help of", "X-brokered", "X will facilitate the talks" mark mediators.  A historical deal
that collapsed or failed is a separate, non-primary thread, and so is a negotiation "between"
two other sides.  The primary status is the label with the highest score; its evidence is the
sentences that gave it.  Issues come from an issue lexicon in negotiation sentences; their status
from the nearest status cue in the sentence (goal clauses make an *objective*).  Rounds from
"talks/met … in PLACE".  The timeline is every dated time expression, labelled by its clause
(the dateline dates the report; the same day said again of another event is its own item).

Rules for texts unlike the dev set: "the A-B war/talks" and "appealed to A and B" make both sides
(whoever works to end their war is a mediator); "A and B-facilitated" makes both mediators, and
an actor listed only with mediators is one; the author of a statement that welcomes others'
truce is no side; cue sentences with only "they/all/both sides" take their sides from the
sentence or title before that names two states; the organisation of a quoted speaker gets a
little weight once a thread exists.  Status: a draft being reviewed or refined is
near_agreement; appeals and offers with no meeting held are exploratory.  Issues: each item of
an enumerated agenda list is an issue; one item per topic in a thread, labelled by
:mod:`neg_labels` (a complete phrase); an item with no cue of its own is open unless the deal is
agreed (a deal that is only near agrees nothing yet); preconditions and demands make contested; "stalled talks on X" is a secondary stalled
thread owning X.  In a press briefing, question-and-answer segments about other sides are left
out of the primary's status and agenda.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations import sides as neg_sides
from briefing.extract.negotiations.enumerations import enumerated
from briefing.extract.negotiations.labels import issue_label, item_label
from briefing.extract.negotiations.scan import Lexicon, Matches, lowercase, unit_keys
from briefing.extract.quotes.actor_index import ActorIndex, Hit
from briefing.extract.time.timeline import build_timeline
from briefing.knowledge import default_kb
from briefing.model import (
    Actor,
    Document,
    Issue,
    Negotiation,
    Quote,
    Round,
    Span,
    TimeExpression,
    TimelineEvent,
)

HISTORICAL_FACTOR = 0.3
HYPOTHETICAL_FACTOR = 0.3
TITLE_WEIGHT = 2.0
LEDE_WEIGHT = 1.5
HISTORICAL_DAYS = 5  # a day-precision date this far before publication is the past
MAX_STATUS_EVIDENCE = 6
ONGOING_DISCOUNT = 0.5
MIN_ANONYMOUS_SCORE = 2.0
QUOTE_SIDE_WEIGHT = 0.5  # a thread with no identified side needs one clear status cue

_STATUS_LIST = sorted(lex.STATUS_CUES, key=lambda c: -c[1])
_STATUS = Lexicon.of([(str(i), p) for i, (_l, _w, p) in enumerate(_STATUS_LIST)])
_ISSUES = Lexicon.of(lex.ISSUES)
_ISSUE_CUES = Lexicon.of(lex.ISSUE_STATUS_CUES)
# Sentence flags: negotiation words, historical and hypothetical markers, issue context, open
# questions (all run the same way, once per sentence).
_FLAGS = Lexicon.of([("neg", lex.NEGOTIATION_WORDS.pattern), ("hist", lex.HISTORICAL_WORDS.pattern),
                      ("hyp", lex.HYPOTHETICAL.pattern), ("ctx", lex.ISSUE_CONTEXT.pattern),
                      ("oq", lex.OPEN_QUESTION.pattern)])


_ISSUE_PRIORITY = {"contested": 0, "open": 1, "provisionally_agreed": 2, "agreed": 3,
                   "objective": 4, "objective_weak": 5}
# "since their joint September 27 meeting" compares with the past: the sentence is current
_FROM_SINCE = re.compile(r"\b(?:from|since|compared (?:with|to))\s+(?:(?:the|their|its|our|his|"
                         r"her)\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
_FROM_SINCE_NEXT = re.compile(r"\b(?:from|since|compared (?:with|to))\s+$", re.IGNORECASE)
_INHERIT = re.compile(r"^\s*(?:They|It|He|She|The two|Those talks|The talks|That|This)\b")
_PREP_BEFORE = re.compile(r"\b(?:in|at|into|across|inside|near|to|toward|towards|from|"
                          r"through|throughout|over)\s+(?:the\s+|northern\s+|southern\s+|"
                          r"eastern\s+|western\s+|north\s+|south\s+|east\s+|west\s+)?$",
                          re.IGNORECASE)
_COORD_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|–|-|/)\s*(?:the\s+)?$")
_NEG_VERB_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:are|is|were|was|have|has|had)?\s*(?:nearing|near|agreed|accepted|"
    r"signed|reached|sealed|negotiat\w*|met|meet|held talks|talked|discussed|will continue|"
    r"are close|were close|struck|concluded|welcome)\b", re.IGNORECASE)
_MED_AFTER = re.compile(r"(?:" + lex.MEDIATOR_AFTER.pattern + r")(?:the\s+)?"
                        r"(?:[\w.’'-]+,?\s+(?:and\s+)?){0,4}$", re.IGNORECASE)
_MED_BEFORE = lex.MEDIATOR_BEFORE
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN_AFTER = re.compile(r"\s+between\b", re.IGNORECASE)
_THIRD_PARTY_TALKS = re.compile(r"\b(?:facilitat|mediat|broker|host)\w*\s+(?:the\s+)?(?:peace\s+)?"
                                r"(?:talks|negotiations|discussions|dialogue)\s+between\b",
                                re.IGNORECASE)
# "the Iraq-Iran war", "Armenia–Azerbaijan talks": both named states are sides.
_PAIR_GAP = re.compile(r"^\s*(?:-|–|/)\s*$")
_PAIR_NOUN = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:war|conflict|peace|talks|negotiations|dialogue|"
                        r"dispute|truce|cease-?fire|summit|deal|accord|"
                        r"hostilities|fighting)\b", re.IGNORECASE)
_PEACE_WORDS = re.compile(r"\b(?:peace|war|fighting|bloodshed|hostilities|truce|cease-?fire|talks|"
                          r"negotiat\w*|violence|conflict)\b", re.IGNORECASE)
_WAR_NOUN = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:war|conflict|dispute|hostilities|fighting)\b",
                       re.IGNORECASE)
# A third party's peace effort: its subject mediates between the pair.
_THIRD_PARTY_EFFORT = re.compile(r"\b(?:efforts?|appeal\w*|mediat\w*|peace\s+(?:calls?|"
                                 r"initiatives?|plan)|good offices)\b", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\b(?:talks|negotiations?|negotiating|mediation|dialogue|contacts)\s+"
                          r"with\s+(?:the\s+)?$", re.IGNORECASE)
# "appealed to the brothers in A and B", "urged A and B": both are sides.
_APPEAL_BEFORE = re.compile(r"\bappeal(?:ed|s|ing)?\s+to\s+(?:(?:the|both|our|their|[a-z]+)\s+){0,3}"
                            r"(?:in\s+|of\s+)?$", re.IGNORECASE)
# The issuing government of a statement that welcomes others' truce is no side at the table.
_WELCOMES_AFTER = re.compile(r"^\s*(?:(?:strongly|warmly|also|fully)\s+)?(?:welcom(?:es|ed|e)|"
                             r"commend(?:s|ed)?|applaud(?:s|ed)?|congratulat(?:es|ed)|"
                             r"hail(?:s|ed)?)\s+(?:[\w’'-]+\s+){0,6}?(?:truce|cease-?fire|"
                             r"agreement|deal|accord|extension|cessation|arrangement|pause)\b",
                             re.IGNORECASE)
_INVOLVED = re.compile(r"\b(?:work(?:ing)?\s+with|in\s+support\s+of|facilitat\w*|mediat\w*|"
                       r"broker\w*|help(?:ed)?\s+(?:to\s+)?(?:secure|reach|negotiate))\b",
                       re.IGNORECASE)
# Cue sentences whose subject is only a pronoun or a collective: the sides are named elsewhere.
_COLLECTIVE = re.compile(r"\b(?:they|all|both\s+sides|the\s+(?:two\s+)?(?:sides|parties)|"
                         r"the\s+two\s+(?:countries|leaders|governments)|each\s+side)\b",
                         re.IGNORECASE)
# A meeting or talks actually under way (no table: an offer or appeal is exploratory).
_TABLE = re.compile(r"\b(?:talks|negotiations|negotiating|negotiators?|met|meeting|meetings|"
                    r"round|summit|consultations|discussions|delegations?|spoke\s+(?:\w+\s+)?with|"
                    r"calls?\s+with|mediat\w*|facilitat\w*)\b", re.IGNORECASE)
_NO_TABLE_BEFORE = re.compile(r"\b(?:offer\w*|propos\w*|call\w*\s+for|ready\s+for|willing\w*|"
                              r"open\s+to|invit\w*|suggest\w*|seek\w*|urg\w*)\s+(?:\w+\s+){0,5}$",
                              re.IGNORECASE)
# "stalled talks on trade": a secondary, stalled thread about those issues.
_STALLED_TALKS = re.compile(r"\b(?:stalled|suspended|frozen|deadlocked|broken-off|stalemated)\s+"
                            r"(?:talks|negotiations|dialogues?|discussions)\s+(?:on|over|about)\s+",
                            re.IGNORECASE)
_NEXT_STEPS = re.compile(r"\b(?:steps|next phase|series of|roadmap|eventually|in the future)\b",
                         re.IGNORECASE)
_LIST_STOP = re.compile(r"[—–:;()]|\s-\s|\.\s|\.$|\b(?:were|was|are|is|have|has|will)\b")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
_TOPIC_STOP = re.compile(r"[.;:!?]|\s(?:and|but)\s+(?:to|the|a)\s")
# "principal concerns—a, b, and c": an enumerated agenda, one issue per item.
_LIST_HEAD = re.compile(r"\b(?:concerns|issues|priorities|agenda|topics|areas|points|questions|"
                        r"demands|elements|components|pillars)\s*(?:[—–:]|,?\s+(?:including|such as|"
                        r"namely)\s+)", re.IGNORECASE)
# the head of a title or an institution's name after a capitalised agenda word ("Trade
# Commissioner", "Coffee Trade Association"): the word is part of the name
_TITLE_HEAD = re.compile(r"\s+(?:[A-Z]\w+\s+){0,2}(?:Minister|Ministry|Commissioner|Secretary|"
                         r"Representative|Organi[sz]ation|Association|Federation|Council|"
                         r"Committee|Department|Office|Union|Agency|Board|Chamber|Commission|"
                         r"Adviser|Envoy|Talks\s+Office)\b")
# an institution named by its field: "the trade body", "the energy agency"
_BODY_AFTER = re.compile(r"\s+(?:body|bodies|bloc|organi[sz]ations?|agency|agencies|ministry|"
                         r"ministers?|commissioner|representative|watchdog|regulator)\b",
                         re.IGNORECASE)
# an office named by its portfolio: "undersecretary for external debt", "minister of trade"
_TITLE_FOR = re.compile(r"\b(?:under-?secretary|secretary|minister|ministry|commissioner|"
                        r"director|envoy|representative|department|office|czar|tsar)\s+(?:of|for)"
                        r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"[,;:—–()]|\s-\s")
_NOT_PLACE = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "This", "That", "It"])


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    text: str
    para: int
    weight: float
    is_title: bool = False
    negotiation: bool = False
    past_time: bool = False
    historical: bool = False
    times: list[TimeExpression] = field(default_factory=list)
    flags: frozenset[str] = frozenset()
    question: bool = False  # an interrogative sentence, or a reporter's "Q" in a transcript
    asked: bool = False  # a question, or any sentence of a transcript's question turn
    hyp_at: int | None = None  # offset in the text of the first hypothetical marker
    cues: list[tuple[str, float, int, int]] = field(default_factory=list)  # label, w, s, e


@dataclass(slots=True)
class _Thread:
    parties: list[str]
    mediators: list[str]
    label: str
    primary: bool
    status: str = "ongoing"
    evidence: list[_Unit] = field(default_factory=list)
    note: str | None = None
    issues: list[Issue] = field(default_factory=list)


# sentences a second known pair needs to make a thread of its own
_MIN_PAIR_UNITS = 2


def coordinated_with_other(i: int, hits: list[tuple[Hit, str]], text: str) -> bool:
    """Whether hit ``i`` is coordinated with a neighbouring hit of another party."""
    h, pid = hits[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(hits) and hits[j][1] != pid:
            a, b = (hits[j][0], h) if j < i else (h, hits[j][0])
            if _COORD_GAP.match(text[a.end:b.start]):
                return True
    return False


def _parse(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class _Tracker:
    def __init__(self, document: Document, actors: tuple[Actor, ...],
                 quotes: tuple[Quote, ...], times: tuple[TimeExpression, ...]) -> None:
        self.doc = document
        self.text = document.text
        self.index = ActorIndex(actors)
        self.quotes = quotes
        self.times = [t for t in times if t.kind == "date"]
        self.ref = _parse(document.published)
        # a transcript's questions: every sentence of a reporter's turn asks, none asserts
        asked = [t for t in document.turns if t.question]
        self._asked_starts = [t.start for t in asked]
        self._asked_ends = [t.end for t in asked]
        self.units = self._units()
        self.claimed: list[tuple[int, int]] = []  # spans owned by secondary threads
        self._involved_cache: bool | None = None
        self.title_end = document.title_span[1] if document.title_span else 0

    # -- units and modality ------------------------------------------------------------------
    def _asked(self, pos: int) -> bool:
        """Whether ``pos`` is inside a question turn of a transcript ("Q ...")."""
        i = bisect.bisect_right(self._asked_starts, pos) - 1
        return i >= 0 and pos < self._asked_ends[i]

    def _units(self) -> list[_Unit]:
        units: list[_Unit] = []
        doc = self.doc
        if doc.title_span:
            s, e = doc.title_span
            units.append(_Unit(s, e, self.text[s:e], -1, TITLE_WEIGHT, is_title=True))
        for p_index, para in enumerate(doc.paragraphs):
            weight = LEDE_WEIGHT if p_index == 0 else 1.0
            for sent in para.sentences:
                units.append(_Unit(sent.start, sent.end, self.text[sent.start:sent.end],
                                   p_index, weight))
        low = lowercase(self.text)
        spans = [(u.start, u.end, unit_keys(low, u.start, u.end)) for u in units]
        status = Matches(_STATUS, low, spans)
        self.issue_matches = Matches(_ISSUES, low, spans)
        self.issue_cue_matches = Matches(_ISSUE_CUES, low, spans)
        flags = Matches(_FLAGS, low, spans)
        times = sorted(self.times, key=lambda t: t.start)
        ti = 0
        prev: _Unit | None = None
        for u in units:
            if u.is_title:
                u.times = [t for t in times if u.start <= t.start < u.end]
            else:
                while ti < len(times) and times[ti].start < u.start:
                    ti += 1
                j = ti
                while j < len(times) and times[j].start < u.end:
                    u.times.append(times[j])
                    j += 1
            found = flags.within(u.start, u.end, exclusive=False)
            u.flags = frozenset(tag for _s, _e, tag in found)
            u.hyp_at = next((s for s, _e, tag in found if tag == "hyp"), None)
            u.negotiation = "neg" in u.flags
            u.question = u.text.rstrip().endswith("?") or u.text.startswith("Q ")
            # every sentence of a reporter's turn asks: it asserts no status or side; its
            # dates still count ("You said that, since October 7th, …")
            u.asked = u.question or self._asked(u.start)
            u.past_time = any(self._is_past(t) for t in u.times)
            if not u.times and prev is not None and _INHERIT.match(u.text):
                u.past_time = prev.past_time or prev.historical
            u.historical = u.past_time or "hist" in u.flags
            # status cues count in negotiation sentences and in the one right after one in the
            # same paragraph ("The official said the two sides are close …")
            in_context = u.negotiation or u.is_title or (
                prev is not None and prev.negotiation and prev.para == u.para)
            if in_context:
                self._score(u, [(a, b, int(tag))
                                for a, b, tag in status.within(u.start, u.end)])
            if not u.is_title:
                prev = u
        return units

    def _is_past(self, t: TimeExpression) -> bool:
        if self.ref is None or not t.value:
            return False
        if _FROM_SINCE.search(self.text[max(0, t.start - 20):t.start]):
            return False
        if t.precision == "day":
            day = _parse(t.value)
            return day is not None and (self.ref - day).days > HISTORICAL_DAYS + t.tolerance_days
        if t.precision == "month":
            return t.value < f"{self.ref.year:04d}-{self.ref.month:02d}"
        return t.value < f"{self.ref.year:04d}"

    def _score(self, u: _Unit, cues: list[tuple[int, int, int]]) -> None:
        for start, end, index in cues:
            label, weight, _pattern = _STATUS_LIST[index]
            s, e = start - u.start, end - u.start
            w = weight * u.weight
            before = u.text[max(0, s - 25):s]
            if lex.NEGATION.search(before) and "not" not in u.text[s:e].lower():
                label2 = lex.NEGATED.get(label)
                if label2 is None:
                    continue
                w *= 0.5
            else:
                label2 = label
            if u.historical:
                w *= HISTORICAL_FACTOR
            elif (u.hyp_at is not None and u.hyp_at < start) or u.asked:
                w *= HYPOTHETICAL_FACTOR  # a question asserts no status either
            u.cues.append((label2, w, start, end))

    # -- parties -----------------------------------------------------------------------------
    def _hits(self, u: _Unit) -> list[tuple[Hit, str]]:
        out: list[tuple[Hit, str]] = []
        hits = self.index.within(u.start, u.end)
        # "Russian" inside "Russian warplanes": the outer actor counts
        outer = [h for h in hits if h.role != "location" and not any(
            o is not h and o.start <= h.start and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start) for o in hits)]
        # "brokered peace between A and B, C and D, E and F": other cases, not sides
        listed = enumerated(self.text, u.start, outer)
        for h in outer:
            if id(h) in listed:
                continue
            if _PREP_BEFORE.search(self.text[max(u.start, h.start - 20):h.start]):
                continue
            party = self.index.party_of(h.actor)
            if party:
                out.append((h, party))
        return out

    def sides(self, units: list[_Unit]) -> tuple[dict[str, float], dict[str, float]]:
        # two passes: once the mediators are known, an actor listed only with mediators ("a joint
        # statement from the United States, Egypt, and Qatar") is one of them, and being
        # coordinated with a mediator is no evidence of sitting at the table
        cache: dict[int, list[tuple[Hit, str]]] = {}
        self._authors: set[str] = set()
        self._strong: set[str] = set()  # seated by a coordination, "between", a verb of talks
        self._thanks: dict[int, int | None] = {}  # per unit: where thanks for mediation start
        pair_party: dict[str, float] = defaultdict(float)
        pair_med: dict[str, float] = defaultdict(float)
        for u in units:
            self._pairs(u, pair_party, pair_med)
        _p, first = self._side_pass(units, frozenset(), cache, first=True)
        known = frozenset(pid for pid in set(first) | set(pair_med)
                          if first.get(pid, 0.0) + pair_med.get(pid, 0.0) >= 1.0)
        party, mediator = self._side_pass(units, known, cache)
        for pid, w in pair_party.items():
            party[pid] += w
        # who is quoted on the dispute speaks for a side ("PCS leader Mark Serwotka … he
        # said"): a little weight for the speaker's organisation or state, once per quote
        # (only once some side is at the table: quotes alone make no negotiation)
        for q in self.quotes if party else ():
            speaker = self.index.by_id.get(q.speaker or "")
            pid = self.index.party_of(speaker) if speaker is not None else None
            if pid and pid not in known:
                party[pid] += QUOTE_SIDE_WEIGHT
        for pid, w in pair_med.items():
            mediator[pid] += w
        self._captors_and_described(units, party)
        publisher = neg_sides.publisher_state(self.doc.source, default_kb())
        if publisher:
            self._authors.add(publisher)
        # the author named in the title, or the government publishing the text, is no side
        # unless the text seats it at the table
        for pid in self._authors - self._strong:
            if pid in party and pid not in mediator:
                party[pid] = min(party[pid], 0.1)
        return party, mediator

    def _captors_and_described(self, units: list[_Unit], party: dict[str, float]) -> None:
        """Whoever holds the hostages is a side; "between A and militants" seats the text's
        one armed group (:mod:`neg_sides`)."""
        groups = {a.id for a in self.index.actors if a.kind == "armed_group" and a.mentions}
        for u in units:
            low = u.text.lower()
            between = u.negotiation and len(groups) == 1 and "between" in low
            if u.question or not (between or " by " in low):
                continue  # cheap test first: most sentences have neither
            for h in self.index.within(u.start, u.end):
                pid = self.index.party_of(h.actor)
                if not pid or h.role == "location":
                    continue
                if neg_sides.is_captor(self.text, u.start, h.start):
                    party[pid] += 1.0 * u.weight
                    self._strong.add(pid)
                if between and neg_sides.described_side_after(
                        self.text, h.end, u.end) and _BETWEEN.search(
                        self.text[max(u.start, h.start - 20):h.start]):
                    (group,) = groups
                    party[group] += 2.0 * u.weight
                    self._strong.add(group)

    def _side_pass(self, units: list[_Unit], known: frozenset[str],
                   cache: dict[int, list[tuple[Hit, str]]], first: bool = False
                   ) -> tuple[dict[str, float], dict[str, float]]:
        """One reading of the sides; the ``first`` only finds the mediators."""
        party: dict[str, float] = defaultdict(float)
        mediator: dict[str, float] = defaultdict(float)
        observers: set[str] = set()
        for k, u in enumerate(units):
            # thanks for helping to end the fighting name mediators in any sentence
            if k not in self._thanks:
                at = None if u.question else neg_sides.thanked_for_mediation(u.text)
                self._thanks[k] = None if at is None else u.start + at
            thanks_at = self._thanks[k]
            # "for once again hosting the talks": thanks are never a thing of the past
            if not (u.negotiation or thanks_at is not None) or (
                    u.historical and thanks_at is None):
                continue
            hits = cache.get(k)
            if hits is None:
                hits = cache[k] = self._hits(u)
            other_pair = _THIRD_PARTY_TALKS.search(u.text)
            if other_pair:  # "X will facilitate negotiations between A and B": A–B's thread
                hits = [(h, p) for h, p in hits if h.start < u.start + other_pair.start()]
            for i, (h, pid) in enumerate(hits):
                before = self.text[max(u.start, h.start - 60):h.start]
                after = self.text[h.end:min(u.end, h.end + 60)]
                if neg_sides.is_forum(h.actor if h.actor.id == pid else
                                      self.index.by_id.get(pid)):
                    continue  # a committee is where the sides meet
                if u.is_title and h.actor.kind == "person" and neg_sides.is_author(self.text, h.start, h.end, self.title_end):
                    self._authors.add(pid)
                    continue
                thanked = thanks_at is not None and h.start > thanks_at
                if thanked or neg_sides.is_witness(self.text, u.start, h.start):
                    mediator[pid] += u.weight
                    if not thanked:
                        for other in self._coordinated_after(u, h):
                            mediator[other] += u.weight
                    continue
                med_after = _MED_BEFORE.search(after)
                if _MED_AFTER.search(before) or med_after:
                    if med_after and _BETWEEN_AFTER.match(after, med_after.end()):
                        continue  # "facilitating negotiations between A and B": A–B's thread
                    mediator[pid] += u.weight
                    if med_after:
                        # "EU and U.S.-facilitated talks", "A and B will act as the mediators":
                        # every coordinated actor mediates
                        for other in self._coordinated_before(u, h):
                            mediator[other] += u.weight
                    continue
                if not u.question and _WELCOMES_AFTER.match(after) \
                        and not coordinated_with_other(i, hits, self.text):
                    # "The United States welcomes the truce": the author, not a side; a mediator
                    # when the statement also has it working with or supporting the process
                    if self._involved():
                        mediator[pid] += u.weight
                    else:
                        observers.add(pid)
                    continue
                if first:
                    continue
                score = 0.5
                coordinated = False
                partners: set[str] = set()
                for j in (i - 1, i + 1):
                    if 0 <= j < len(hits) and hits[j][1] != pid:
                        a, b = (hits[j][0], h) if j < i else (h, hits[j][0])
                        gap = self.text[a.end:b.start]
                        if _COORD_GAP.match(gap) or neg_sides.PRINCIPAL_GAP.match(gap):
                            partners.add(hits[j][1])
                if partners and pid not in known and partners <= known and len(
                        self._list_members(u, h)) >= 3:
                    mediator[pid] += u.weight  # listed with the mediators only
                    continue
                coordinated = bool(partners - known)
                if coordinated:
                    score += 1.5
                    self._strong.add(pid)
                elif lex.THEME_NOUN_AFTER.match(after):
                    continue
                if _BETWEEN.search(before[-20:]) or (
                        i > 0 and _BETWEEN.search(self.text[max(u.start, hits[i - 1][0].start - 20):
                                                            hits[i - 1][0].start])
                        and _COORD_GAP.match(self.text[hits[i - 1][0].end:h.start])):
                    score += 2.0
                    self._strong.add(pid)
                if _NEG_VERB_AFTER.match(after):
                    score += 1.0
                    self._strong.add(pid)
                if _WITH_BEFORE.search(before):
                    score += 1.0  # "mediation with Hamas", "negotiations with the rebels"
                    self._strong.add(pid)
                if neg_sides.joined(self.text, u.start, h.start) or \
                        neg_sides.applies(self.text, h.end, u.end):
                    score += 2.0  # the body an applicant asks to join negotiates its entry
                    self._strong.add(pid)
                # a reporter's question names who is asked about, not who is at the table
                party[pid] += score * u.weight * (HYPOTHETICAL_FACTOR if u.asked else 1.0)
        for pid in observers:
            if pid in party:
                party[pid] = min(party[pid], 0.1)
        return party, mediator

    def _involved(self) -> bool:
        """Whether the statement has its author working with or supporting the process."""
        if self._involved_cache is None:
            self._involved_cache = any(_INVOLVED.search(u.text) for u in self.units)
        return self._involved_cache

    def _list_members(self, u: _Unit, h: Hit) -> set[str]:
        """The parties of the coordinated list ("from A, B, and C") that ``h`` belongs to,
        prepositional members included."""
        hits = [x for x in self.index.within(u.start, u.end) if x.role != "location"
                and self.index.party_of(x.actor)]
        hits = [x for x in hits if not any(o is not x and o.start <= x.start and x.end <= o.end
                                           for o in hits)]
        if h not in hits:
            return set()
        i = hits.index(h)
        lo = hi = i
        while lo > 0 and _COORD_GAP.match(self.text[hits[lo - 1].end:hits[lo].start]):
            lo -= 1
        while hi + 1 < len(hits) and _COORD_GAP.match(self.text[hits[hi].end:hits[hi + 1].start]):
            hi += 1
        return {self.index.party_of(x.actor) or "" for x in hits[lo:hi + 1]}

    def _coordinated_before(self, u: _Unit, h: Hit) -> list[str]:
        """Parties coordinated before ``h`` ("A, B and C" ending at ``h``), any preposition."""
        out: list[str] = []
        hits = [x for x in self.index.within(u.start, h.start) if x.end <= h.start
                and x.role != "location"]
        right = h
        for x in reversed(hits):
            if x.end > right.start:
                continue
            if not _COORD_GAP.match(self.text[x.end:right.start]):
                break
            pid = self.index.party_of(x.actor)
            if pid:
                out.append(pid)
            right = x
        return out

    def _coordinated_after(self, u: _Unit, h: Hit) -> list[str]:
        """Parties coordinated after ``h`` ("A and the Prime Minister of B")."""
        out: list[str] = []
        left = h
        for x in self.index.within(h.end, u.end):
            if x.role == "location" or x.start < left.end:
                continue
            gap = self.text[left.end:x.start]
            if not (_COORD_GAP.match(gap) or neg_sides.PRINCIPAL_GAP.match(gap)):
                break
            pid = self.index.party_of(x.actor)
            if pid:
                out.append(pid)
            left = x
        return out

    def _pairs(self, u: _Unit, party: dict[str, float], mediator: dict[str, float]) -> None:
        """"the A-B war", "appealed to A and B": both are sides; whoever appeals or works to end
        their war in the same sentence is a mediator."""
        if u.asked:
            return  # a question asserts nobody's war or talks
        hits = [h for h in self.index.within(u.start, u.end) if h.role != "location"]
        for a, b in zip(hits, hits[1:], strict=False):
            pa, pb = self.index.party_of(a.actor), self.index.party_of(b.actor)
            if not pa or not pb or pa == pb or b.start < a.end:
                continue
            gap = self.text[a.end:b.start]
            pair = _PAIR_GAP.match(gap) and _PAIR_NOUN.match(self.text, b.end, u.end)
            appeal = _COORD_GAP.match(gap) and _APPEAL_BEFORE.search(
                self.text, max(u.start, a.start - 60), a.start) and _PEACE_WORDS.search(u.text)
            if not (pair or appeal):
                continue
            w = u.weight * (HISTORICAL_FACTOR if u.historical else 1.0)
            # "the A-B war" names the belligerents, weaker evidence of a table than "A-B talks"
            war = bool(pair) and _WAR_NOUN.match(self.text, b.end, u.end) is not None
            party[pa] += (0.5 if war else 2.0) * w
            party[pb] += (0.5 if war else 2.0) * w
            if not _THIRD_PARTY_EFFORT.search(u.text):
                continue
            for x in hits:
                if x.start >= a.start:
                    break
                px = self.index.party_of(x.actor)
                if px and px not in (pa, pb) and not _PREP_BEFORE.search(
                        self.text[max(u.start, x.start - 20):x.start]):
                    mediator[px] += w
                    break

    # -- secondary threads -------------------------------------------------------------------
    def secondary(self, primary: list[str]) -> list[_Thread]:
        threads: list[_Thread] = []
        seen_nouns: set[str] = set()
        for u in self.units:
            if not u.historical:
                continue
            bad = [c for c in u.cues if c[0] in lex.NEGATIVE]
            noun = lex.DEAL_NOUN.search(u.text)
            if not bad or noun is None or noun.group(0).lower() in ("talks", "negotiations"):
                continue
            # the deal noun nearest before the failure cue is the one that failed
            cue = bad[0]
            nouns = [m for m in lex.DEAL_NOUN.finditer(u.text) if u.start + m.start() < cue[2]]
            if nouns:
                noun = nouns[-1]
            key = noun.group(0).lower().replace("-", "").replace(" ", "")
            n_start, n_end = u.start + noun.start(), u.start + noun.end()
            self.claimed.append((n_start, n_end))
            self.claimed.append((cue[2], cue[3]))
            if key in seen_nouns:
                continue
            seen_nouns.add(key)
            when = next((t for t in u.times if self._is_past(t)), None)
            label = f"earlier {noun.group(0)}" + (f" ({when.text})" if when else "")
            status = "collapsed" if any(c[0] == "collapsed" for c in bad) else "stalled"
            threads.append(_Thread(list(primary), [], label, False, status, [u],
                                   note="historical: not the negotiation under way"))
        threads.extend(self._stalled_threads(primary))
        # negotiations "between" two other sides
        for u in self.units:
            if not u.negotiation or u.historical:
                continue
            m = re.search(r"\b(?:negotiations|talks|peace process|dialogue)\s+between\s+",
                          u.text, re.IGNORECASE)
            if not m:
                continue
            hits = [(h, p) for h, p in self._hits(u) if h.start >= u.start + m.end()][:2]
            pair = list(dict.fromkeys(p for _, p in hits))
            if len(pair) < 2 or set(pair) <= set(primary):
                continue
            mediators = [p for h, p in self._hits(u) if h.start < u.start + m.start()
                         and p not in pair][:2]
            status = self.best_status([u])[0] or "ongoing"
            names = "–".join(self._name(p) for p in pair)
            threads.append(_Thread(pair, mediators, f"{names} {m.group(0).split()[0].lower()}",
                                   False, status, [u]))
        threads.extend(self._known_pair_threads(primary, threads))
        return threads

    def _known_pair_threads(self, primary: list[str], threads: list[_Thread]) -> list[_Thread]:
        """A second known pair (the KB's mediations) named in the text's negotiation sentences
        is a thread of its own ("the hostage talks with Hamas" in a briefing on a truce in
        another war): its sentences -- those naming a side the primary lacks -- give its
        status and agenda, and leave the primary's."""
        kb = default_kb()
        present = {a.id for a in self.index.actors}
        out: list[_Thread] = []
        taken = {frozenset(t.parties) for t in threads}
        for sides, meds in kb.mediations_at(self.doc.published):
            pair = frozenset(sides)
            if not pair <= present \
                    or pair <= set(primary) or pair in taken:
                continue
            own = pair - set(primary)
            units = [u for u in self.units if u.negotiation and not u.is_title
                     and any(p in own for _, p in self._hits(u))]
            if len(units) < _MIN_PAIR_UNITS:
                continue
            taken.add(pair)
            status = self.best_status(units)[0] or "ongoing"
            issues = self.issues(units, status)
            self.claimed.extend((u.start, u.end) for u in units)
            names = "–".join(self._name(p) for p in sides)
            out.append(_Thread(list(sides), [m for m in meds if m in present],
                               f"{names} talks", False, status, units[:3], issues=issues))
        return out

    def _stalled_threads(self, primary: list[str]) -> list[_Thread]:
        """"a resumption of stalled talks on trade and humanitarian issues": a secondary thread,
        stalled, whose agenda is what follows "on"; its cue and issues leave the primary."""
        out: list[_Thread] = []
        for u in self.units:
            if u.is_title:
                continue
            m = _STALLED_TALKS.search(u.text)
            if m is None:
                continue
            lo = u.start + m.end()
            stop = _TOPIC_STOP.search(self.text, lo, u.end)
            hi = stop.start() if stop else u.end
            found = [x for x in self.issue_matches.within(lo, hi) if not self._in_name(x[0], x[1])]
            issues = [Issue(key, issue_label(self.text, a, b, hi, key), "open",
                            (self.doc.span(u.start, u.end),)) for a, b, key in found]
            self.claimed.append((u.start + m.start(), hi))
            label = "stalled " + self.text[u.start + m.start():hi].split(" ", 1)[1][:60]
            out.append(_Thread(list(primary), [], label.strip(), False, "stalled", [u],
                               issues=issues))
            break  # one such thread: later mentions repeat it
        return out

    def _in_name(self, s: int, e: int) -> bool:
        """An agenda word inside a name or a title ("World Trade Organisation", "Trade
        Commissioner X", "the Coffee Trade Association") is no agenda item."""
        if any(h.start <= s and e <= h.end for h in self.index.within(max(0, s - 80), e)
               if not h.is_reference):
            return True
        if _TITLE_FOR.search(self.text, max(0, s - 50), s) or _BODY_AFTER.match(self.text, e):
            return True  # "undersecretary for external debt", "the trade body": who, not what
        return self.text[s:s + 1].isupper() and _TITLE_HEAD.match(self.text, e) is not None

    def _claimed(self, s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in self.claimed)

    def _name(self, actor_id: str) -> str:
        actor = self.index.by_id.get(actor_id)
        if actor is not None:
            return actor.name
        # a side known only through its people ("Secretary Blinken" for "usa"): its KB name,
        # never the internal id
        entry = default_kb().get(actor_id)
        return str(entry.get("name") or actor_id) if entry else actor_id.replace("_", " ")

    # -- status --------------------------------------------------------------------------------
    def best_status(self, units: list[_Unit]) -> tuple[str | None, list[_Unit], dict[str, float]]:
        scores: dict[str, float] = defaultdict(float)
        by_unit: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
        for k, u in enumerate(units):
            for label, w, s, e in u.cues:
                if self._claimed(s, e):
                    continue
                scores[label] += w
                by_unit[label][k] += w
        if not scores:
            return None, [], {}
        # "talks", "met" are everywhere: a specific cue needs only half their weight to win
        best = max(scores, key=lambda lab: (scores[lab] * (ONGOING_DISCOUNT if lab == "ongoing"
                                                           else 1.0), lab != "ongoing"))
        contrib = by_unit[best]
        top = max(contrib.values())
        chosen = sorted((k for k, w in contrib.items() if w >= 0.25 * top),
                        key=lambda k: -contrib[k])[:MAX_STATUS_EVIDENCE]
        return best, [units[k] for k in sorted(chosen)], dict(scores)

    def trend(self, units: list[_Unit]) -> str:
        now_pos = now_neg = past_pos = past_neg = 0.0
        for u in units:
            for label, w, _s, _e in u.cues:
                if label in lex.POSITIVE or label == "ongoing" and w >= 0.9:
                    if u.historical:
                        past_pos += w
                    else:
                        now_pos += w
                elif label in lex.NEGATIVE:
                    if u.historical:
                        past_neg += w
                    else:
                        now_neg += w
        if now_pos > now_neg and past_neg > past_pos:
            return "improving"
        if now_neg > now_pos and past_pos > past_neg:
            return "worsening"
        if now_pos > 2 * now_neg and now_pos > 0:
            return "improving"
        if now_neg > 2 * now_pos and now_neg > 0:
            return "worsening"
        return "flat"

    # -- issues --------------------------------------------------------------------------------
    def issues(self, units: list[_Unit], thread_status: str) -> list[Issue]:
        # an agreed deal agrees its items; a deal that is only near does not make every item
        # provisionally agreed: an item without a cue of its own is open
        default = "agreed" if thread_status in ("agreed", "implementing") else "open"
        found: dict[str, dict] = {}
        order: list[str] = []
        for u in units:
            if u.is_title:
                continue
            if not (u.negotiation or "ctx" in u.flags):
                continue
            matches = [h for h in self.issue_matches.within(u.start, u.end)
                       if not self._claimed(h[0], h[1]) and not self._in_name(h[0], h[1])]
            if not matches:
                continue
            cues = self.issue_cue_matches.within(u.start, u.end, exclusive=False)
            items = self._list_items(u) if u.negotiation else []
            if items:
                # "principal concerns—a, b, and c—were addressed": one issue per item, each with
                # the status the sentence gives the whole list
                list_status = min((c[2] for c in cues if c[2] not in ("objective_weak", "open")),
                                  key=lambda lab: _ISSUE_PRIORITY[lab], default=None)
                in_list = [m for m in matches if any(a <= m[0] < b for a, b in items)]
                for a, b in items:
                    keyed = [m for m in in_list if a <= m[0] < b]
                    key = keyed[0][2] if keyed else next(
                        (k for k, pattern in lex.LIST_ITEM_KEYS if pattern.search(self.text, a, b)),
                        "other")
                    slot = (key, self.text[a:b].lower()) if key == "other" else (key, "")
                    if slot in found:
                        continue
                    found[slot] = {"key": key, "status": list_status, "evidence": [u],
                                   "label": item_label(self.text, a, b, key)}
                    order.append(slot)
                matches = [m for m in matches if m not in in_list]
            for s, e, key in sorted(matches):
                status = self._issue_status(cues, s, e, u)
                if status == "objective_weak":
                    # "agreed to ensure …" or a commitment in an agreed deal; else a purpose
                    # (in an agreed deal, unless the sentence plans next steps: "steps to reach a
                    # durable cessation of hostilities" is still an objective)
                    agreed = lex.COMMITMENT_BEFORE.search(self.text, max(u.start, s - 60), s) or (
                        thread_status in ("agreed", "implementing")
                        and not _NEXT_STEPS.search(self.text, u.start, s))
                    status = "agreed" if agreed else "objective"
                # an objective ("steps to reach a durable cessation of hostilities") is another
                # issue than the same key agreed or disputed (the truce already in force)
                label = issue_label(self.text, s, e, u.end, key)
                slot = (key, label.lower() if key == "other" else "")
                entry = found.get(slot)
                if entry is None:
                    entry = found[slot] = {"key": key, "status": status, "evidence": [],
                                           "label": label}
                    order.append(slot)
                elif entry["status"] is None and status is not None:
                    entry["status"] = status
                if u not in entry["evidence"] and len(entry["evidence"]) < 3:
                    entry["evidence"].append(u)
        out = []
        for slot in order:
            entry = found[slot]
            ev = tuple(self.doc.span(u.start, u.end) for u in entry["evidence"])
            out.append(Issue(entry["key"], entry["label"], entry["status"] or default, ev))
        return out

    def _list_items(self, u: _Unit) -> list[tuple[int, int]]:
        """The items of an enumerated agenda in ``u`` ("concerns—a, b, and c—"), as spans."""
        head = _LIST_HEAD.search(u.text)
        if head is None:
            return []
        lo = u.start + head.end()
        rest = self.text[lo:u.end]
        stop = _LIST_STOP.search(rest)
        body = rest[:stop.start()] if stop else rest
        items: list[tuple[int, int]] = []
        pos = 0
        for part in _LIST_SPLIT.split(body):
            at = body.find(part, pos)
            pos = at + len(part)
            words = part.split()
            if 1 <= len(words) <= 6 and part.strip():
                start = lo + at + (len(part) - len(part.lstrip()))
                items.append((start, lo + at + len(part.rstrip())))
        return items if len(items) >= 3 else []

    def _issue_status(self, cues: list[tuple[int, int, str]], s: int, e: int,
                      u: _Unit) -> str | None:
        inside = [c for c in cues if s <= c[0] and c[1] <= e]
        if inside:  # "air force would be grounded": the cue inside the trigger
            return min(inside)[2]
        # a cue may end inside the trigger ("to improve relations")
        before = [c for c in cues if c[0] < s and c[1] <= e and s - c[1] <= 120]
        if before:
            nearest = max(c[1] for c in before)
            labels = [c[2] for c in before if c[1] == nearest]
            label = min(labels, key=lambda lab: _ISSUE_PRIORITY[lab])
            if label == "objective_weak" and any(
                    c[2] == "objective" and c[1] >= nearest - 12 for c in before):
                return "objective"  # "in an effort to halt": the stated purpose
            return label
        after = [c for c in cues if c[0] >= e and c[0] - e <= 60]
        if after:
            return min(after, key=lambda c: c[0])[2]
        return None

    # -- rounds ----------------------------------------------------------------------------------
    def rounds(self, units: list[_Unit]) -> list[tuple[Round, Span | None]]:
        """Rounds by place, each with the phrase to cite on the timeline (None: dated by a
        time expression, which is on the timeline already)."""
        found: dict[str, tuple[Round, Span | None]] = {}
        for k, u in enumerate(units):
            if not u.negotiation or u.is_title:
                continue
            for m in lex.ROUND_PLACE.finditer(u.text):
                place = m.group("place") or m.group("place2")
                if not place or place.split()[0] in _NOT_PLACE:
                    continue
                p_start = u.start + (m.start("place") if m.group("place") else m.start("place2"))
                if any(h.actor.kind in ("person", "state") for h in
                       self.index.within(p_start, p_start + len(place))):
                    continue  # a person is no place; "talks … in Syria" names the theme
                clause_lo, clause_hi, prev_lo = self._clause(u, p_start)
                date, precision = self._round_date(u, clause_lo, clause_hi, prev_lo)
                clause_text = self.text[clause_lo:clause_hi]
                outcome = self._outcome(clause_text)
                if outcome is None and k + 1 < len(units) and _INHERIT.match(units[k + 1].text):
                    outcome = self._outcome(units[k + 1].text)
                ev = self.doc.span(u.start + m.start(), u.start + m.end())
                rnd = Round(place, date, outcome, (self.doc.span(u.start, u.end),))
                # a round dated by its own time expression is on the timeline already
                own = precision == "expression"
                old = found.get(place)
                if old is None:
                    found[place] = (rnd, None if own else ev)
                else:
                    merged = Round(place, old[0].date or date, old[0].outcome or outcome,
                                   old[0].evidence + rnd.evidence)
                    keep = old[1] if old[0].outcome or not outcome else (None if own else ev)
                    found[place] = (merged, keep)
        return list(found.values())

    def _clause(self, u: _Unit, pos: int) -> tuple[int, int, int]:
        cuts = [u.start] + [u.start + m.end() for m in _CLAUSE_SPLIT.finditer(u.text)] + [u.end]
        lo = max(c for c in cuts if c <= pos)
        hi = min(c for c in cuts if c > pos)
        earlier = [c for c in cuts if c < lo]
        return lo, hi, (earlier[-1] if earlier else lo)

    def _round_date(self, u: _Unit, lo: int, hi: int, prev_lo: int
                    ) -> tuple[str | None, str | None]:
        def usable(t: TimeExpression) -> bool:
            # "from a week ago" compares; "since their September 27 meeting" dates the meeting
            return t.value is not None and not _FROM_SINCE_NEXT.search(
                self.text[max(0, t.start - 20):t.start])
        inside = [t for t in u.times if lo <= t.start < hi and usable(t)]
        if not inside and re.match(r"\s*when\b", self.text[lo:hi]):
            # "… from a week ago, when they met in Geneva": the time of the clause before
            inside = [t for t in u.times if prev_lo <= t.start < lo and t.value]
        if inside:
            return inside[0].value, "expression"
        if not u.historical and self.ref is not None:
            return self.ref.isoformat(), "day"
        return None, None

    @staticmethod
    def _outcome(text: str) -> str | None:
        for outcome, pattern in lex.ROUND_OUTCOME:
            if pattern.search(text):
                return outcome
        return None

    # -- open questions ------------------------------------------------------------------------
    def open_questions(self, units: list[_Unit]) -> list[Span]:
        out: list[Span] = []
        for u in units:
            t = u.text.strip()
            if u.is_title or t.startswith("Q "):
                continue
            question = t.endswith("?") and (u.negotiation or "ctx" in u.flags)
            if question or "oq" in u.flags:
                out.append(self.doc.span(u.start, u.end))
        return out

    # -- timeline ------------------------------------------------------------------------------
    def timeline(self, rounds: list[tuple[Round, Span | None]]) -> list[TimelineEvent]:
        return build_timeline(self.doc, tuple(self.times), self.quotes, self.index, rounds)

    # -- everything ------------------------------------------------------------------------------
    def run(self) -> tuple[tuple[Negotiation, ...], tuple[TimelineEvent, ...]]:
        neg_units = [u for u in self.units if u.negotiation]
        if not neg_units:
            return (), tuple(self.timeline([]))
        party_scores, med_scores = self.sides(self.units)
        ranked = sorted(party_scores.items(), key=lambda kv: -kv[1])
        parties: list[str] = []
        # the strongest side sets the bar (a mediator named more often does not)
        ranked = [kv for kv in ranked if med_scores.get(kv[0], 0.0) < 1.0]
        if ranked:
            top = ranked[0][1]
            for pid, score in ranked:
                if len(parties) >= 4 or score < 0.4 * top:
                    break
                if med_scores.get(pid, 0.0) >= 1.0:
                    continue  # named as a mediator: not a side at the table
                parties.append(pid)
        mediators = [pid for pid, w in sorted(med_scores.items(), key=lambda kv: -kv[1])
                     if w >= 1.0 and pid not in parties]
        if parties:
            present = {a.id for a in self.index.actors}
            named: dict[str, int] = defaultdict(int)
            for u in neg_units:
                for p in {p for _, p in self._hits(u)}:
                    named[p] += 1
            parties, mediators = neg_sides.known_mediations(
                parties, mediators, present, default_kb(), self.doc.published, named)
        if not parties:
            parties = self._sides_named_before(neg_units, parties, mediators)
        others = self.secondary(parties)
        on_topic = self._on_topic(parties, mediators)
        status, evidence, scores = self.best_status(on_topic)
        if status == "ongoing" and not self._at_table():
            # appeals, efforts and offers with no meeting held: exploratory
            status = "exploratory"
        specific = max((w for lab, w in scores.items() if lab != "ongoing"), default=0.0)
        if not parties and not mediators and specific < MIN_ANONYMOUS_SCORE:
            # "agreement" in a business brief with nobody at a table: no thread to track
            return (), tuple(self.timeline([]))
        status = status or "ongoing"
        issues = self.issues(on_topic, status)
        rounds = self.rounds(self.units)
        label = self._thread_label(parties, mediators)
        primary = Negotiation(
            id="n1", label=label, primary=True, parties=tuple(parties),
            mediators=tuple(mediators), status=status,
            status_evidence=tuple(self.doc.span(u.start, u.end) for u in evidence),
            trend=self.trend(self.units), issues=tuple(issues),
            rounds=tuple(r for r, _ in rounds),
            open_questions=tuple(self.open_questions(self.units)))
        threads = [primary]
        for i, th in enumerate(others, start=2):
            threads.append(Negotiation(
                id=f"n{i}", label=th.label, primary=False, parties=tuple(th.parties),
                mediators=tuple(th.mediators), status=th.status,
                status_evidence=tuple(self.doc.span(u.start, u.end) for u in th.evidence),
                trend=None, note=th.note, issues=tuple(th.issues)))
        return tuple(threads), tuple(self.timeline(rounds))

    def _on_topic(self, parties: list[str], mediators: list[str]) -> list[_Unit]:
        """The units of the primary thread.  In a press briefing (reporters' questions, each
        with its answers) a question-and-answer segment that names other sides and none of the
        primary's is another topic: its cues and agenda are not the primary's."""
        starts = [k for k, u in enumerate(self.units) if u.text.startswith("Q ")]
        if len(starts) < 3 or not parties:
            return self.units
        keep = set(parties) | set(mediators)
        out: list[_Unit] = []
        bounds = [0] + starts + [len(self.units)]
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            segment = self.units[lo:hi]
            named = {pid for u in segment for _h, pid in self._hits(u)}
            if named and not named & keep:
                continue
            out.extend(segment)
        return out

    def _sides_named_before(self, neg_units: list[_Unit], parties: list[str],
                            mediators: list[str]) -> list[str]:
        """"In these calls, they took stock of …": cue sentences whose subject is a pronoun or
        a collective take their sides from the nearest sentence before (or the title) that
        names two or more states or people (a person counts for their state)."""
        cue = next((u for u in neg_units if not u.historical and _COLLECTIVE.search(u.text)),
                   None)
        if cue is None:
            return parties
        before = [u for u in self.units if u.start < cue.start and not u.is_title]
        title = [u for u in self.units if u.is_title]
        for u in list(reversed(before)) + title:
            named: list[str] = []
            for h in self.index.within(u.start, u.end):
                if h.role == "location":
                    continue
                pid = self.index.party_of(h.actor)
                target = self.index.by_id.get(pid or "")
                if pid and pid not in mediators and pid not in named and (
                        target is None or target.kind == "state"):
                    named.append(pid)
            if len(named) >= 2:
                return list(dict.fromkeys(parties + named))[:4]
        return parties

    def _at_table(self) -> bool:
        """Whether the text has talks or a meeting held (not only offered or proposed)."""
        low_units = [u for u in self.units if not u.question]
        for u in low_units:
            for m in _TABLE.finditer(u.text):
                if _NO_TABLE_BEFORE.search(u.text[max(0, m.start() - 60):m.start()]):
                    continue
                if u.hyp_at is not None and u.hyp_at < u.start + m.start():
                    continue
                return True
        return False

    def _thread_label(self, parties: list[str], mediators: list[str]) -> str:
        nouns: dict[str, int] = defaultdict(int)
        for u in self.units:
            if u.negotiation and not u.historical:
                for m in lex.DEAL_NOUN.finditer(u.text):
                    nouns[m.group(0).lower()] += 1
        noun = max(nouns, key=lambda n: nouns[n]) if nouns else "negotiations"
        sides = "–".join(self._name(p) for p in parties) or "Unidentified parties"
        label = f"{sides} {noun}"
        if mediators:
            label += " (mediated by " + ", ".join(self._name(m) for m in mediators) + ")"
        return label


def find_negotiations(
    document: Document, actors: tuple[Actor, ...], quotes: tuple[Quote, ...],
    times: tuple[TimeExpression, ...],
) -> tuple[tuple[Negotiation, ...], tuple[TimelineEvent, ...]]:
    """Negotiation threads (the primary one first) and the dated events of ``document``."""
    return _Tracker(document, actors, quotes, times).run()
