"""Parties by role, not by presence: the tiers, revised once the threads are known.

Actor tiers are first set from salience (:mod:`.tiers`), before anyone knows who sits at
the table.  Once the negotiation threads are found, the sides and mediators of the primary
negotiation are parties, and a party is kept at the table when it is

* a side or a mediator of the primary negotiation, or a part of one;
* a principal who speaks for one (a person affiliated with it, promoted when quoted), or
  anyone quoted;
* in the conflict or near the table: named in a sentence of armed conflict (war, troops,
  strikes ...) or of a truce's table (mediation, a truce, hostages, a bilateral meeting), or named often
  (three actor mentions or more).

An organisation (a firm, a union) the salience pass left *mentioned* becomes a party when the
text names it often (three times or more) and in a sentence about the negotiation: "a deal over
state aid to A and its rival B ... A and B accuse each other".

A side or a mediator of a secondary thread (another negotiation the text reports or recalls)
is a party, however seldom it is named and whatever else would leave it *mentioned*, unless it
reports the talks, is a forum, is out of office or is a state named only to qualify others
("employers of other French ports": a thread read into a nationality): gold's parties are the protagonists of the
article's negotiations, not only of the primary.  Session 24 counted, on the released sets, 45
of the 73 such sides the rules left *mentioned* seated by gold (half A 27 of 47, half B 18 of
26); an earlier rule moved those named fewer than three times away from the table.  An
office-holder acting for such a side (and for no side of the primary) is its principal and a
party too, unless out of office, of the past or a spokesperson: gold seats 18 of the 29 the
rules left *mentioned* (half A 10 of 16, half B 8 of 13).

A state, body, group or firm (no person) becomes a party when it takes a position at the table
(:mod:`.stances`) in a sentence about the negotiation or one of the two after such a sentence: the
subject of a verb of position or its agent in the passive ("The United States, Japan and
Canada agreed at the summit", "A and B are opposed to the steps", "endorsed by A, B and C") --
whatever else would leave it *mentioned* (named once, a side of another thread), unless it is a
forum or an interviewer.

A person the salience pass left *mentioned* and for whom nothing gives an affiliation becomes a
party when the story has them speak ("Roe said", "said Jo Roe"; not a citation: "as Roe said")
and they are no reporter or commentator: the principals quoted on a dispute speak for a side.

A person the salience pass left *mentioned* becomes a party when they speak or act (a verb of
speaking or of the table, or a quotation) and a sentence naming them is about the negotiation:
"The talks will resume on Monday, said John Roe, spokesman for the dockers" -- a voice of the
negotiation (not a former office-holder, nor the voice of a state or organisation left away
from the table: a relief agency's official, an analyst's firm, a state welcoming others' talks).

A person the salience pass left *mentioned* becomes a party when a name mention makes them act
(:mod:`.agency`: the subject of a verb, the agent of a passive) in a sentence that also names a
side or a mediator of the primary, or one of their principals: "The mission, headed by X, met
the Finance Ministry", "Y was quoted as saying Ruritania will ship the oil" -- not in a press
briefing, whose answers name the day's officials in passing, nor a former office-holder or a
spokesperson.

A person the salience pass left *mentioned* becomes a party when they sign the agreement: a
name alone on a line of its signature block (:func:`.new_people.signature_lines`), unless they
act for someone away from the table.

A person the salience pass left *mentioned* becomes a party when they act for a side or a
mediator of the primary and the text names them in a sentence about the negotiation (talks, a
deal, a truce, hostages, a proposal ...; not a question): "Hamas leader X must accept the deal",
or their title makes them its envoy, negotiator or mediator.

An actor is moved to *mentioned* when it is only

* never made to act (:mod:`.agency`): a state, organisation or group that is nowhere the
  subject of a verb, the agent of a passive, a side of talks or a mediator -- only the object
  of a preposition ("support for A", "relations among A, B and C", "threats from A"), a
  modifier or a possessor -- and none of whose parts or principals at the table acts or is
  quoted; in a text about an armed conflict, one named in a sentence of the fighting stays;
* a news organisation, a journalist or a commentator (:mod:`.reporting`), with or without
  threads: they report what the sides do;
* in a news feature (a report with no dateline that no government publishes: a preview, an
  analysis) about no armed conflict: a state named once or twice, or named only to qualify
  others ("Japanese banks"), never in a sentence of armed conflict or of a truce's table -- the
  states a feature ranges over are its context ("issues ranging from A's economy to B's
  future"), where a wire report's states named once are mostly the deal's own;
* named once, in a list of those consulted that trails off ("officials from A, B, C, and
  others", "... throughout the region");
* an organisation named only as the speaker label of an interview ("Wikinews: Do you ...?"),
  the publication asking the questions;
* named only as a place ("talks in Geneva", a dateline);
* a forum where the sides meet (a committee, a commission, an observer team) that is no side
  or mediator of the primary;
* a group of states only described ("Arab partners", "G20 countries"), never named;
* a person out of office ("former President X", "his predecessor") who says nothing;
* a figure of history: a person, not quoted, named only in sentences set in the distant past
  ("eight decades ago, when King X met President Y", "the 60th anniversary of X's speech");
* a person, not quoted and no side, the text names by a given name alone ("we spoke to Rachel
  and Jon", :mod:`.lone_names`): a familiar of the speaker, not a principal (gold: mentioned,
  3 of 3 on the released sets);
* a spokesperson who is neither quoted nor a transcript's speaker (the author of a statement
  issued for a principal);
* a person who says nothing, acts for nobody at the table, is never named in a sentence about
  the negotiation nor in the title, and whose state is not in the conflict (a leader due on a
  state visit, an official named for another matter);
* a known person the text never names, only describes ("the Emir", "The Vice President"), who
  says nothing: the panel lists those the text names;
* named only in the question-and-answer segments of a press briefing that never name a side
  or a mediator of the primary (another topic of the day: a state visit, another war), or, in
  a press briefing, never named in a sentence about the negotiation;
* a person whose state or organisation was so moved and who is not quoted;
* a voice of a roundup of reactions ("Sen. X: “…”" lines, :mod:`.roundups`) who speaks for no
  side or mediator, or is out of office, and a body heard only there.

A person the title names ("Remarks by Minister X", "Readout of X's Meeting with Y", a story
headed by its subject's name) is a party, whatever would leave them *mentioned* (their state
away from the table, a press briefing's other topic, no thread at all): the text's own
principal -- unless a spokesperson (the statement speaks for another) or out of office.  Gold
seats 19 of the 23 such people the other rules left mentioned on the released sets dev-blind21
(both halves alike).

A head of state or government or a minister (by the knowledge base's rank of their title) whom
the text names three times or more is a party, whatever would leave them *mentioned*: a
principal the story keeps in view (:func:`.side_officials.in_view`) -- unless out of office or
a figure of history.  Gold seats 20 of the 31 such people the other rules left *mentioned* on
the released sets dev-blind22 (half A 10 of 14, B 9 of 16).

A spokesperson (by title) whom the story quotes or has speak ("said Jo Roe, a spokesman for
the dockers"; :func:`.voices_heard.heard_spokesperson`) is a party, with a table or without
one: the voice of a side, heard -- unless out of office, or the voice of a state or body left
away from the table.  Gold seats 13 of the 16 such people the other rules left *mentioned* on
the released sets dev-blind22 (half A 4 of 6, B 8 of 9).  One only
named as a statement's author stays *mentioned* (below).

A side the text describes only by its role ("the creditor banks", "producing countries", "the
employers"; :mod:`.collectives`, which makes one an actor only where it acts in the
negotiation) is a party, whether or not the tracker seats it.

A trade union (:mod:`.unions`) named in a text about a labour dispute (a strike, a ballot, pay,
pensions, jobs: in any sentence) is a party: a side of the dispute for its members, wherever the
story names it.

A mention inside a wire story's dateline ("NECKARWESTHEIM, West Germany, April 8 -") names the
place the story was filed from: it is a location, never evidence of a role.

With no primary thread (or one without sides) the salience pass's tiers stand, but for a
state, body or group it seated that the text names once and that says nothing (nor does anyone
of it): named in passing, there being no table to tie it to (:func:`_named_in_passing`).

Actors whose tier the user set (curation) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

from briefing.extract.actors.agency import adjective_acts, agentive
from briefing.extract.actors.forums import is_forum
from briefing.extract.actors.new_people import signature_lines
from briefing.extract.actors.role_marks import (
    SPOKESPERSON,
    in_title,
    interviewer,
    located,
    named_former,
    only_qualifies,
)
from briefing.extract.actors.roundups import roundup_voices
from briefing.extract.actors.table_rules import TableView, retiered
from briefing.extract.actors.talk_sentences import QUESTION, Sentences, named_spans
from briefing.extract.actors.voices_heard import heard_spokesperson
from briefing.extract.thread_notes import DISPLACED_NOTE
from briefing.model import Actor, Negotiation, Quote

# the end of a list of those consulted: "A, B, C, and others", "... throughout the region"
_TRAILING_LIST = re.compile(r"[^.;:]{0,80}?,?\s+(?:and|or)\s+(?:many\s+)?others\b|"
                            r"[^.;:]{0,80}?\b(?:throughout|across|around)\s+the\s+region\b",
                            re.IGNORECASE)


_LIST_BEFORE = re.compile(r",\s*(?:and\s+)?(?:the\s+)?$")


def _in_trailing_list(actor: Actor, text: str) -> bool:
    """The one mention is a member of a list after a comma that trails off into "and
    others" or "throughout the region"."""
    start, end = named_spans(actor)[0]
    return bool(_LIST_BEFORE.search(text, max(0, start - 12), start)
                and _TRAILING_LIST.match(text, end))


# words of armed conflict that a labour dispute uses too ("strikes for a 35-hour week", "civil
# servants"): alone they make no war ("air strikes" come with other words of war)
_LABOUR_TOO = frozenset({"strikes", "civil"})
_WAR_SENTENCES = 2  # sentences of armed conflict that make a text one about a conflict
_OFTEN = 3  # actor mentions that make an actor a protagonist whatever the sentences say
MIN_QUESTIONS = 3  # a press briefing: several reporters' questions


def _segments(text: str) -> list[tuple[int, int]]:
    """A press briefing's question-and-answer segments (from a reporter's "Q" to the next),
    none when the text is no press briefing."""
    starts = [m.start() for m in QUESTION.finditer(text)]
    if len(starts) < MIN_QUESTIONS:
        return []
    return list(zip(starts, [*starts[1:], len(text)], strict=False))


def _seated(segments: list[tuple[int, int]], by_id: dict[str, Actor],
            table: set[str]) -> list[int]:
    """Where a press briefing names a side or a mediator of the primary (or a person acting
    for one), sorted; the host, named in most segments, tells no topic from another."""

    def positions(aid: str) -> list[int]:
        own = [m.start for m in by_id[aid].mentions] if aid in by_id else []
        return own + [m.start for a in by_id.values() if a.affiliation == aid
                      for m in a.mentions]

    seated: list[int] = []
    for aid in table:
        at = positions(aid)
        covered = sum(1 for lo, hi in segments if any(lo <= x < hi for x in at))
        if covered <= len(segments) // 2:
            seated += at
    return sorted(seated)


def _off_topic_spans(segments: list[tuple[int, int]], seated: list[int]
                     ) -> list[tuple[int, int]]:
    """The question-and-answer segments that name no side or mediator of the primary."""
    if not seated:
        return []
    return [(lo, hi) for lo, hi in segments if not any(lo <= x < hi for x in seated)]


def _headline_principal(a: Actor, text: str, title_end: int, former: frozenset[str]) -> bool:
    """A person the title names -- who gives the remarks, the statement or the gaggle, whose
    meeting a readout reports, whom the story is about -- is a principal of the story, not one
    named in passing; not a spokesperson (the statement speaks for another), nor one out of
    office."""
    return a.kind == "person" and in_title(a, title_end) \
        and not (a.title and SPOKESPERSON.search(a.title)) \
        and a.id not in former and not named_former(a, text)


def _named_in_passing(actors: tuple[Actor, ...], quotes: tuple[Quote, ...],
                      kept: frozenset[str]) -> frozenset[str]:
    """With no table at all (no primary thread with sides), the states, bodies and groups
    the salience pass seated that the text names once, and which neither speak nor have
    anyone of theirs speak: named in passing, with no negotiation to tie them to (``kept``:
    the tiers the user set, and the trade unions, a side of a labour dispute they are named
    in).  Gold seats
    8 of the 29 such actors on the released sets dev-blind21 (halves A 4 of 13, B 4 of 16);
    with a primary thread, 60 % of those named once sit (the role rules decide there)."""
    speakers = {q.speaker for q in quotes if q.speaker}
    voiced = {a.affiliation for a in actors if a.id in speakers and a.affiliation} | {
        a.part_of for a in actors if a.id in speakers and a.part_of}
    return frozenset(a.id for a in actors if a.tier == "party" and a.kind != "person"
                     and a.id not in kept and a.id not in speakers
                     and a.id not in voiced and len(named_spans(a)) == 1)


def outermost(by_id: Mapping[str, Actor], aid: str | None) -> str | None:
    """The id ``aid`` is part of at the top of its ``part_of`` chain (``aid`` itself when
    it is part of nothing known; a chain that loops stops where it would repeat)."""
    seen: set[str] = set()
    while aid and aid in by_id and by_id[aid].part_of and aid not in seen:
        seen.add(aid)
        aid = by_id[aid].part_of
    return aid


@dataclass(frozen=True)
class Reading:
    """What the pipeline read of a document that the role pass weighs (one argument, not
    thirteen).  ``places``: spans that only name places (a wire story's dateline), whose
    mentions are locations; ``title_end``: where the document's title ends; ``verbs``: verbs
    of speaking and of the table (see :func:`.agency.agentive`); ``reporters``: the news
    organisations, journalists and commentators (:mod:`.reporting`), never at the table;
    ``unions``: the trade unions (:mod:`.unions`), a side of a labour dispute they are named
    in; ``feature``: the text is a news feature (no dateline, no government's own), whose
    passing states are context; ``former``: people out of every office on the text's date
    (the KB's ``out_of_office``); ``heads``: the people who are heads of state or government
    (:mod:`.side_officials`); ``government``: the text is a government's own; ``protected``:
    the actors whose tier the user set; ``armed``: the words of armed conflict."""

    text: str
    protected: frozenset[str] = frozenset()
    armed: frozenset[str] = frozenset()
    sentences: Sequence[tuple[int, int]] = ()
    places: Sequence[tuple[int, int]] = ()
    title_end: int = 0
    verbs: frozenset[str] = frozenset()
    reporters: frozenset[str] = frozenset()
    unions: frozenset[str] = frozenset()
    feature: bool = False
    former: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    government: bool = False
    principals: frozenset[str] = frozenset()  # heads and ministers (side_officials)

    @property
    def war_words(self) -> frozenset[str]:
        """The words of armed conflict that make a sentence one of fighting (not those a labour
        dispute uses too)."""
        return self.armed - _LABOUR_TOO

    def sentences_read(self) -> Sentences:
        """The sentences as the role pass reads them."""
        return Sentences(self.text, self.sentences, self.war_words)


def about_war(said: Sentences, sentences: Sequence[tuple[int, int]],
              war_words: frozenset[str]) -> bool:
    """Whether the text is about an armed conflict: no words of war known (then any text may
    be), or :data:`_WAR_SENTENCES` of its sentences use them."""
    if not war_words:
        return True
    count = 0
    for lo, hi in sentences:  # counted until the threshold: the answer is the same
        count += said.armed_words(lo, hi)
        if count >= _WAR_SENTENCES:
            return True
    return False


def press_briefing(text: str) -> bool:
    """Whether the text is a press briefing: several reporters' questions."""
    return bool(_segments(text))


def revise_tiers(actors: tuple[Actor, ...], threads: tuple[Negotiation, ...],
                 quotes: tuple[Quote, ...], reading: Reading) -> tuple[Actor, ...]:
    """``actors`` with the tiers their roles in ``threads`` give (see the module docstring),
    from what ``reading`` holds of the document."""
    said = reading.sentences_read()
    actors = _unions_seated(_placed_and_unreported(actors, reading), reading, said)
    headline = frozenset(a.id for a in actors if a.id not in reading.protected
                         and a.id not in reading.reporters
                         and _headline_principal(a, reading.text, reading.title_end,
                                                 reading.former))
    primary = next((t for t in threads if t.primary), None)
    if primary is None or not primary.parties:
        return _without_table(actors, quotes, reading, headline)
    view = _table_view(actors, threads, primary, quotes, reading, said, headline)
    return tuple(retiered(a, view) for a in view.actors)


def _placed_and_unreported(actors: tuple[Actor, ...], reading: Reading) -> tuple[Actor, ...]:
    """A dateline's mentions read as places, and the reporters moved away from the table."""
    protected, reporters = reading.protected, reading.reporters
    if reading.places:
        actors = tuple(located(a, reading.places) for a in actors)
    if reporters - protected:
        actors = tuple(replace(a, tier="mentioned") if a.id in reporters - protected
                       and a.tier != "mentioned" else a for a in actors)
    return actors


def _unions_seated(actors: tuple[Actor, ...], reading: Reading, said: Sentences
                   ) -> tuple[Actor, ...]:
    """A union in a sentence of a labour dispute is a side of it, whoever the tracker seats."""
    return tuple(replace(a, tier="party") if a.id in reading.unions
                 and a.id not in reading.protected and a.tier == "mentioned"
                 and said.labour(a) else a for a in actors)


def _without_table(actors: tuple[Actor, ...], quotes: tuple[Quote, ...], reading: Reading,
                   headline: frozenset[str]) -> tuple[Actor, ...]:
    """With no primary thread with sides: the title's principals and the spokespersons heard
    seated, those named in passing moved away."""
    text, protected = reading.text, reading.protected
    in_passing = _named_in_passing(actors, quotes, protected | reading.unions)
    quoted = {q.speaker for q in quotes if q.speaker}
    kept = headline | {a.id for a in actors if a.tier == "mentioned" and a.title
                       and a.id not in protected and a.id not in reading.reporters
                       and heard_spokesperson(a, text, reading.verbs, quoted)}
    return tuple(replace(a, tier="party") if a.id in kept and a.tier == "mentioned"
                 else replace(a, tier="mentioned") if a.id in in_passing else a
                 for a in actors)


def _table_view(actors: tuple[Actor, ...], threads: tuple[Negotiation, ...],
                primary: Negotiation, quotes: tuple[Quote, ...], reading: Reading,
                said: Sentences, headline: frozenset[str]) -> TableView:
    """What the per-actor rules read once ``primary``'s table is known: a roundup's voices
    moved away, and the actors the role pass moves away (:func:`_demoted`)."""
    text = reading.text
    by_id = {a.id: a for a in actors}
    root = partial(outermost, by_id)  # the actor a body or a person's affiliation is part of
    table = set(primary.parties) | set(primary.mediators)
    # the sides of the talks a joint title displaced from the primary stay at a table
    table |= {p for t in threads if not t.primary and t.note == DISPLACED_NOTE
              for p in t.parties}
    elsewhere = {p for t in threads if not t.primary for p in (*t.parties, *t.mediators)}
    # a roundup's voices away from the table react to the talks (:mod:`.roundups`)
    voices = roundup_voices(actors, text, table, root, ((q.start, q.end) for q in quotes),
                            reading.heads) - reading.protected
    if voices:
        actors = tuple(replace(a, tier="mentioned") if a.id in voices else a for a in actors)
        by_id.update((a.id, a) for a in actors if a.id in voices)
    speakers = {q.speaker for q in quotes if q.speaker}
    segments = _segments(text)
    demoted = _demoted(actors, _Seating(by_id, root, table, speakers, said, reading), segments)
    table_at = sorted(m.start for x in actors if root(x.id) in table or (
        x.kind == "person" and root(x.affiliation) in table) for m in x.mentions)
    signatures = set(signature_lines(text)) if any(
        a.kind == "person" and a.tier == "mentioned" for a in actors) else set()
    return TableView(
        text=text, said=said, actors=actors, by_id=by_id, root=root, table=table,
        elsewhere=elsewhere, speakers=speakers, demoted=demoted, voices=voices,
        headline=headline, signatures=signatures, table_at=table_at,
        briefing=bool(segments), verbs=reading.verbs, title_end=reading.title_end,
        government=reading.government, protected=reading.protected,
        reporters=reading.reporters, unions=reading.unions, former=reading.former,
        heads=reading.heads, principals=reading.principals)


@dataclass(frozen=True)
class _Seating:
    """What :func:`_demoted` and :func:`_acts` read: the actors by id, ``root`` (the actor an
    id is part of), the primary's ``table``, those quoted, the sentences and the reading."""

    by_id: dict[str, Actor]
    root: Callable[[str | None], str | None]
    table: set[str]
    speakers: set[str]
    said: Sentences
    reading: Reading


def _demoted(actors: tuple[Actor, ...], s: _Seating, segments: list[tuple[int, int]]
             ) -> set[str]:
    """The seated actors the role pass moves away: named only in a press briefing's other
    topics, or a state, body or group that is named in passing, in a feature's peace, aside in
    a press briefing, an interviewer, a forum, or never made to act."""
    table, root, speakers = s.table, s.root, s.speakers
    seated_people = {a.affiliation for a in actors if a.kind == "person" and a.tier == "party"
                     and a.id in speakers and a.affiliation}
    seated = _seated(segments, s.by_id, table) if segments else []
    off_topic = _off_topic_spans(segments, seated)
    demoted: set[str] = set()
    for a in actors:
        named = named_spans(a)
        if off_topic and a.tier == "party" and a.id not in table \
                and a.id not in s.reading.protected and a.id not in speakers and named \
                and root(a.affiliation) not in table \
                and all(any(lo <= x < hi for lo, hi in off_topic) for x, _e in named):
            demoted.add(a.id)  # only in another topic of a press briefing
    # in a text about an armed conflict one named in a sentence of the fighting is part of it,
    # whether or not the text has it act
    war: list[bool] = []  # computed once, on first need

    def at_war() -> bool:
        if not war:
            war.append(about_war(s.said, s.reading.sentences, s.reading.war_words))
        return war[0]
    for a in actors:
        if a.tier != "party" or a.id in s.reading.protected or a.id in table \
                or a.kind == "person" or a.id in seated_people:
            continue  # seated_people: its principal is quoted
        if _unseated_body(a, actors, s, bool(segments), seated, at_war):
            demoted.add(a.id)
    return demoted


def _unseated_body(a: Actor, actors: tuple[Actor, ...], s: _Seating, briefing: bool,
                   seated: list[int], at_war: Callable[[], bool]) -> bool:
    """Whether a seated state, body or group (no side or mediator) leaves the table: a group
    only described, named only as a place, named in passing, in a feature's peace, aside in a
    press briefing, an interviewer, a forum, or never made to act outside the fighting."""
    text, said = s.reading.text, s.said
    n = len(named_spans(a))
    if a.kind == "state_group" and not a.mentions:
        return True  # "Arab partners", "G20 countries": a description of others
    if n == 0:
        return bool(a.mentions)  # named only as a place ("talks in Geneva", a dateline)
    passing = n == 1 and _in_trailing_list(a, text)
    # "peaceful" (a state named once or twice, or only to qualify others, in a text about
    # no armed conflict) only in a news feature: there gold seats 2 of the 15 it moves on
    # the released sets; in wire reports and a government's own texts 44 of 70 (sides14)
    peaceful = s.reading.feature and (n < _OFTEN or only_qualifies(a)) and not at_war() \
        and not said.in_conflict(a)
    # a press briefing ranges over the day's topics: who is never named in a sentence
    # about the negotiation that names its sides or mediators is another topic's
    aside = briefing and not said.negotiating(a, beside=seated or None)
    return passing or peaceful or aside or interviewer(a, text) or is_forum(a) \
        or not (at_war() and said.in_fighting(a)) and not _acts(a, actors, s)


def _acts(a: Actor, actors: tuple[Actor, ...], s: _Seating) -> bool:
    """Whether the text has ``a`` (or a part of it, or a principal of it at the table) act:
    the subject of a verb, a side of talks, a mediator (:mod:`.agency`)."""
    text, root, speakers = s.reading.text, s.root, s.speakers
    if a.id in speakers or any(m.start < s.reading.title_end and m.role not in (
            "modifier", "possessor", "location") for m in a.mentions):
        return True  # quoted, or the headline's own subject ("Japanese banks": no)
    for x in actors:
        if x is a or root(x.part_of) == a.id or (
                x.kind == "person" and x.tier == "party" and root(x.affiliation) == a.id):
            if x is not a and x.id in speakers:
                return True
            adjectives = {(m.start, m.end) for m in x.mentions if m.role == "modifier"}
            for start, end in named_spans(x) if x is a or x.mentions else ():
                if text.startswith(":", end):
                    return True  # a transcript's speaker label: the speaker
                if (start, end) in adjectives and not adjective_acts(text, end):
                    continue  # "a Latverian sugar producer, which leads the protest"
                lo, hi = s.said.span(start, end)
                if agentive(text, start, end, lo, hi, s.reading.verbs):
                    return True
    return False
