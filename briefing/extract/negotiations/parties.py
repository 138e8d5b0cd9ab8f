"""Who sits at the table: the sides and mediators of a document's negotiation.

The primary thread's sides are those most often coordinated or said to negotiate in negotiation
sentences (persons count for the state they act for); "brokered by", "mediated by", "with the
help of", "X-brokered", "X will facilitate the talks" mark mediators.  "The A-B war/talks" and
"appealed to A and B" make both sides (whoever works to end their war is a mediator); "A and
B-facilitated" makes both mediators, and an actor listed only with mediators is one; the author
of a statement that welcomes others' truce is no side; the organisation of a quoted speaker gets
a little weight once a side is at the table.  A side must act somewhere in the text
(:mod:`..actors.agency`: the subject of a verb, a side of talks, quoted, the headline's
subject): a state named only as an object beside the talks ("the ire of A"), a currency or a
modifier ("the Latverian car maker") is no side; news organisations and their correspondents
(:mod:`..actors.reporting`) never are.

A negotiation has two sides: when the scores clear one actor alone, the best other actor
named in two negotiation sentences or more, or seated by a strong cue, sits beside it (not in a
government's own release, whose counterpart the tracker's publisher rules find); failing
those, the state or body the text names most as an actor (three times or more; a nationality or
a place is no such naming) does, and failing that, a side the text describes by its role ("the
creditors", made an actor only where it acts in the negotiation).  In a text about a labour dispute, every trade union it names
is a side, for its members, and so is a body named in apposition to a union or an employers'
body ("the port union, FNV"; "the employers' organisation, SVZ").  In a
negotiation between organisations, a state the negotiation sentences name only as someone
else's nationality ("Dutch unions", "employers of other French ports") or in the headline is
no side.  An international body or group of states that endorses or backs a deal ("endorsed by
the UN Security Council, G7, and countries around the world") is neither a side nor a mediator.

The cues around a name are in :mod:`.side_cues`; pairs named together ("the A-B talks", a war
between A and B, a title's pair) in :mod:`.pairs`; rules on single roles (authors, witnesses,
captors, forums) in :mod:`.sides`.
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefing.extract.actors import reporting
from briefing.extract.actors.agency import agentive
from briefing.extract.actors.forums import is_forum
from briefing.extract.actors.workforce import RULE as WORKFORCE
from briefing.extract.gate import lower_short
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations import sides as neg_sides
from briefing.extract.negotiations.labour_table import unions_at_the_table, workforce_at_the_table
from briefing.extract.negotiations.pairs import pair_cues
from briefing.extract.negotiations.side_cues import (
    AND_TITLE_GAP,
    BETWEEN,
    BETWEEN_AFTER,
    COORD_GAP,
    ENDORSED_BY,
    ENVOY_FOR,
    ENVOY_WORDS,
    INVOLVED,
    LIST_GAP,
    MED_AFTER,
    MED_BEFORE,
    NEG_VERB_AFTER,
    OWN_LED,
    SIDES_APPOSED,
    WELCOMES_AFTER,
    WITH_BEFORE,
    coordinated_with_other,
)
from briefing.extract.negotiations.state import TrackerState
from briefing.extract.negotiations.units import HYPOTHETICAL_FACTOR, Unit
from briefing.extract.quotes.actor_index import PARTY_KINDS, Hit
from briefing.knowledge import default_kb
from briefing.model import Actor

QUOTE_SIDE_WEIGHT = 0.5  # a thread with no identified side needs one clear status cue
QUOTED_MAX = 2  # quotes of one side's voices that count
LIST_EXTRA = 0.5  # what a list's further principals of one side add, of their own score
SIDE_BAR = 0.4  # the tracker seats the sides scoring at least this share of the strongest's
SECOND_MIN = 1.0  # a second side seated by a strong cue: one such cue or more
# the other side of a one-sided table that no cue seats: a state or body named as an actor
# (not as a nationality or a place) at least this often (:meth:`_SideScorer._named_counterpart`)
COUNTERPART_MIN = 3
COUNTERPART_KINDS = PARTY_KINDS  # the kinds that can sit at a negotiating table
COUNTERPART_ROLES = frozenset({"actor", "possessor", "heading"})
# what a hit is before the scoring (:meth:`_SideScorer._role`): None, scored as a side; else
# the parties it makes mediators and whether its party only observes
_Role = tuple[tuple[str, ...], bool] | None
_NOBODY: _Role = ((), False)

def collective(actor: Actor) -> bool:
    """Whether ``actor`` is a side described only by its role ("the creditor banks",
    "producing countries", "the employers"; :mod:`..actors.collectives`; "striking seamen",
    :mod:`..actors.workforce`): no name, and every reference such a description."""
    return _described_only(actor, ("collective", WORKFORCE))


def _described_only(actor: Actor, rules: tuple[str, ...]) -> bool:
    """Whether ``actor`` has no name mention and every reference to it is a description of
    one of ``rules``."""
    return not actor.mentions and bool(actor.references) and all(
        r.rule in rules for r in actor.references)


def score_sides(st: TrackerState) -> tuple[dict[str, float], dict[str, float]]:
    """Scores of each party as a side and as a mediator of the document's negotiation."""
    return _SideScorer(st).scores(st.units)


class _SideScorer:
    """One reading of the sides of a document (:func:`score_sides`)."""

    def __init__(self, st: TrackerState) -> None:
        self.st = st
        self.text = st.text
        self.index = st.index
        self._authors: set[str] = set()
        self._strong: set[str] = set()  # seated by a coordination, "between", a verb of talks
        self._thanks: dict[int, int | None] = {}  # per unit: where thanks for mediation start
        # per unit: where "X will facilitate talks between" starts (searched once, not per pass)
        # per (unit, hit) and pattern: the searches around a hit, shared by the two readings
        self._around: dict[tuple[int, int, int, str], re.Match[str] | None] = {}
        self._involved_cache: bool | None = None
        self.kb = default_kb()
        self._verbs = self.kb.words("speech_verbs") | self.kb.words("table_verbs")
        self._acting: dict[str, bool] = {}
        # the news outlets (the publisher too), correspondents and commentators: never a side
        self._reporters = frozenset(a.id for a in st.index.actors
                                    if reporting.reports(a, self.kb, st.text, st.doc.source))
        # sides described by their role ("the creditor banks", "producers", :mod:`..actors.
        # collectives`): made actors only where they act in the negotiation, and their own
        # bodies ("the banks' steering committee") are the side, not a forum
        self._collective = frozenset(a.id for a in st.index.actors if collective(a))
        # the working side of a labour dispute described by its calling ("striking seamen",
        # :mod:`..actors.workforce`): seated beside the strongest named side, never setting
        # the bar the named sides must clear (:func:`.labour_table.workforce_at_the_table`)
        self._workforce = frozenset(a.id for a in st.index.actors
                                    if _described_only(a, (WORKFORCE,)))

    def scores(self, units: list[Unit]) -> tuple[dict[str, float], dict[str, float]]:
        """Side and mediator scores over ``units``."""
        # two passes: once the mediators are known, an actor listed only with mediators ("a joint
        # statement from the United States, Egypt, and Qatar") is one of them, and being
        # coordinated with a mediator is no evidence of sitting at the table
        cache: dict[int, list[tuple[Hit, str]]] = {}
        pair_party: dict[str, float] = defaultdict(float)
        pair_med: dict[str, float] = defaultdict(float)
        for u in units:
            pair_cues(self.st, u, pair_party, pair_med)
        # what each hit is before the scoring, found by the first reading for both
        roles: dict[int, list[_Role]] = {}
        _p, first = self._side_pass(units, frozenset(), cache, roles, first=True)
        known = frozenset(pid for pid in set(first) | set(pair_med)
                          if first.get(pid, 0.0) + pair_med.get(pid, 0.0) >= 1.0)
        party, mediator = self._side_pass(units, known, cache, roles)
        named = dict(party)  # what the negotiation sentences alone give, before pairs and quotes
        for pid, w in pair_party.items():
            party[pid] += w
        # who is quoted on the dispute speaks for a side ("PCS leader Mark Serwotka … he
        # said"): a little weight for the speaker's organisation or state per quote, up to
        # QUOTED_MAX quotes (a report quoted at length is not the more a side for it; only
        # once some side is at the table: quotes alone make no negotiation)
        quoted: dict[str, int] = defaultdict(int)
        for q in self.st.quotes if party else ():
            speaker = self.index.by_id.get(q.speaker or "")
            if speaker is not None and speaker.id in self._reporters:
                continue  # a correspondent or an analyst speaks for no side
            speaks_for = self.index.party_of(speaker) if speaker is not None else None
            if speaks_for in self._reporters:
                continue  # the publisher's own correspondent reports, negotiates nothing
            if speaks_for and speaks_for not in known and quoted[speaks_for] < QUOTED_MAX:
                quoted[speaks_for] += 1
                party[speaks_for] += QUOTE_SIDE_WEIGHT
        for pid, w in pair_med.items():
            mediator[pid] += w
        # a side the text never has act -- only an object ("the ire of A and B"), a modifier
        # ("the Latverian car maker"), a currency or a place -- is named beside the talks
        for pid in [p for p in party if p not in mediator]:
            if not self._acts(pid, units):
                del party[pid]
        self._captors_and_described(units, party)
        publisher = neg_sides.publisher_state(self.st.doc.source, default_kb())
        if publisher:
            self._authors.add(publisher)
        # the author named in the title, or the government publishing the text, is no side
        # unless the text seats it at the table
        for pid in self._authors - self._strong:
            if pid in party and pid not in mediator:
                party[pid] = min(party[pid], neg_sides.AUTHOR_CAP)
        if not publisher:
            self._second_side(party, mediator, named)
        unions_at_the_table(self.index.actors, self.text, self.kb, self._reporters, party,
                            mediator, SIDE_BAR)
        workforce_at_the_table(units, self.index, self._workforce, party, mediator, SIDE_BAR)
        self._nationality_only(units, party, mediator)
        return party, mediator

    def _nationality_only(self, units: list[Unit], party: dict[str, float],
                          mediator: dict[str, float]) -> None:
        """A state is no side of a negotiation between organisations (firms, unions, an
        employers' body) when the negotiation sentences name it only as the nationality of
        someone else ("Dutch unions", "the West German metalworkers' union") or in the
        headline: never as an actor itself, a possessor, nor through its government or its
        people.  Each other side that clears the bar is an organisation."""
        states = [pid for pid, w in party.items() if w > 0.0 and mediator.get(pid, 0.0) < 1.0
                  and (a := self.index.by_id.get(pid)) is not None and a.kind == "state"]
        if not states:
            return
        top = max((w for pid, w in party.items() if mediator.get(pid, 0.0) < 1.0), default=0.0)
        seated = [pid for pid, w in party.items()
                  if w >= SIDE_BAR * top and mediator.get(pid, 0.0) < 1.0]
        for pid in states:
            others = [self.index.by_id.get(o) for o in seated if o != pid]
            if not others or any(o is None or o.kind != "organization" for o in others):
                continue
            roles = {h.role if h.actor.id == pid else "via"
                     for u in units if u.negotiation for h, p in self.st.hits(u) if p == pid}
            if roles and roles <= {"modifier", "heading"}:
                party[pid] = 0.0

    def _second_side(self, party: dict[str, float], mediator: dict[str, float],
                     named: dict[str, float]) -> None:
        """A negotiation has two sides: when the scores clear one actor alone (the others
        under :data:`SIDE_BAR` of its score: "the Philippines" named throughout, "its creditor
        banks" twice), the best-scored other actor that a strong cue seats -- coordinated
        with a side, after "between", the subject of a verb of the table, "talks with" --
        sits beside it.  Quotes alone seat nobody ("Oxfam said"); a government's own text
        leaves the tracker's publisher rules to find its counterpart."""
        ranked = sorted(((pid, w) for pid, w in party.items() if mediator.get(pid, 0.0) < 1.0),
                        key=lambda kv: -kv[1])
        if not ranked:
            return
        bar = SIDE_BAR * ranked[0][1]
        if sum(1 for _pid, w in ranked if w >= bar) != 1:
            return
        for pid, _w in ranked[1:]:
            if (pid in self._strong or named.get(pid, 0.0) >= SECOND_MIN) \
                    and pid not in self._authors:
                party[pid] = bar
                return
        other = _named_counterpart(self, ranked[0][0], party, mediator) \
            or self._described_counterpart(ranked[0][0], mediator)
        if other is not None:
            party[other] = bar

    def _described_counterpart(self, side: str, mediator: dict[str, float]) -> str | None:
        """The other side of a one-sided table that the text never names, only describes by
        its role ("foreign creditors may convert loans", :mod:`..actors.collectives`: made an
        actor only where it acts in the negotiation): the one described most often."""
        best: tuple[int, str] | None = None
        for pid in self._collective:
            a = self.index.by_id.get(pid)
            if a is None or pid == side or mediator.get(pid, 0.0) >= 1.0 or a.part_of:
                continue
            key = (len(a.references), pid)
            if best is None or key > best:
                best = key
        return best[1] if best is not None else None

    def _acts(self, pid: str, units: list[Unit]) -> bool:
        """Whether the text has ``pid`` (or someone or something of it) act anywhere: the
        subject of a verb, a side of talks, a mediator (:mod:`..actors.agency`), quoted, or
        the headline's subject."""
        if pid in self._acting:
            return self._acting[pid]
        if pid in self._collective:
            return True  # a side described by its role is an actor only where it acts
        speakers = {self.index.party_of(who) for q in self.st.quotes
                    if (who := self.index.by_id.get(q.speaker or "")) is not None}
        found = pid in speakers
        for u in units if not found else ():
            for h in self.index.within(u.start, u.end):
                if h.role == "location" or self.index.party_of(h.actor) != pid:
                    continue
                if u.is_title and h.role != "modifier" or agentive(
                        self.text, h.start, h.end, u.start, u.end, self._verbs) \
                        or SIDES_APPOSED.search(self.text, max(u.start, h.start - 60), h.start):
                    found = True
                    break
            if found:
                break
        self._acting[pid] = found
        return found

    def _captors_and_described(self, units: list[Unit], party: dict[str, float]) -> None:
        """Whoever holds the hostages is a side; "between A and militants" seats the text's
        one armed group (:mod:`.sides`)."""
        groups = {a.id for a in self.index.actors if a.kind == "armed_group" and a.mentions}
        for u in units:
            low = lower_short(u.text)
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
                        self.text, h.end, u.end) and BETWEEN.search(
                        self.text[max(u.start, h.start - 20):h.start]):
                    (group,) = groups
                    party[group] += 2.0 * u.weight
                    self._strong.add(group)

    def _near(self, u: Unit, h: Hit, what: str) -> re.Match[str] | None:
        """A cue around hit ``h`` of unit ``u`` (searched once for both readings): "med_after"
        (", mediated by" after), "med_before" ("brokered by" before)."""
        key = (u.start, h.start, h.end, what)
        if key in self._around:
            return self._around[key]
        if what == "med_after":
            # (every alternative of MED_BEFORE opens with "^": a search is a match at 0,
            # without trying each of the 60 positions in vain)
            got = MED_BEFORE.match(self.text[h.end:min(u.end, h.end + 60)])
        else:
            got = MED_AFTER.search(self.text[max(u.start, h.start - 60):h.start])
        self._around[key] = got
        return got

    def _side_pass(self, units: list[Unit], known: frozenset[str],
                   cache: dict[int, list[tuple[Hit, str]]],
                   roles: dict[int, list[_Role]], first: bool = False
                   ) -> tuple[dict[str, float], dict[str, float]]:
        """One reading of the sides; the ``first`` only finds the mediators.  What it finds of
        each hit before the scoring (:meth:`_role`: none of it depends on the mediators known)
        it keeps in ``roles`` for the second, which replays it in the same order."""
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
                hits = cache[k] = self.st.hits(u)
            unit_roles = roles.get(k)
            if unit_roles is None:
                low = lower_short(u.text)  # cheap first: most sentences name no envoy
                envoy_words = any(w in low for w in ENVOY_WORDS)
                unit_roles = roles[k] = [self._role(u, hits, i, thanks_at, envoy_words)
                                         for i in range(len(hits))]
            # a list of one side's principals ("Secretary A, Envoy B, and Mr. C"): each party
            # counts at its best-placed member, the others at a discount (LIST_EXTRA)
            runs = [] if first else self._runs(hits)
            listed: dict[tuple[int, str], float] = {}
            for i, (h, pid) in enumerate(hits):
                role = unit_roles[i]
                if role is not None:
                    for other in role[0]:
                        mediator[other] += u.weight
                    if role[1]:
                        observers.add(pid)
                    continue
                if first:
                    continue  # the first reading finds the mediators only
                before = self.text[max(u.start, h.start - 60):h.start]
                after = self.text[h.end:min(u.end, h.end + 60)]
                score = 0.5
                coordinated = False
                partners: set[str] = set()
                for j in (i - 1, i + 1):
                    if 0 <= j < len(hits) and hits[j][1] != pid:
                        a, b = (hits[j][0], h) if j < i else (h, hits[j][0])
                        gap = self.text[a.end:b.start]
                        if COORD_GAP.match(gap) or neg_sides.PRINCIPAL_GAP.match(gap):
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
                if self._between(u, hits, i):
                    score += 2.0
                    self._strong.add(pid)
                if NEG_VERB_AFTER.match(after):
                    score += 1.0
                    self._strong.add(pid)
                if WITH_BEFORE.search(before):
                    score += 1.0  # "mediation with Hamas", "negotiations with the rebels"
                    self._strong.add(pid)
                if neg_sides.joined(self.text, u.start, h.start) or \
                        neg_sides.applies(self.text, h.end, u.end):
                    score += 2.0  # the body an applicant asks to join negotiates its entry
                    self._strong.add(pid)
                # a reporter's question names who is asked about, not who is at the table
                score *= u.weight * (HYPOTHETICAL_FACTOR if u.asked else 1.0)
                best = listed.get((runs[i], pid))
                if best is None:
                    party[pid] += score
                    listed[(runs[i], pid)] = score
                else:  # its best member in full, the others at a discount
                    party[pid] += max(0.0, score - best) + LIST_EXTRA * min(score, best)
                    listed[(runs[i], pid)] = max(best, score)
        for pid in observers:
            if pid in party:
                party[pid] = min(party[pid], 0.1)
        return party, mediator

    def _role(self, u: Unit, hits: list[tuple[Hit, str]], i: int, thanks_at: int | None,
              envoy_words: bool) -> _Role:
        """What hit ``i`` of ``u`` is before any scoring: None when it is scored as a side,
        else the parties it makes mediators (each by the unit's weight; none: the hit counts
        for nothing) and whether its party only observes (welcomes a truce it has no part
        in)."""
        h, pid = hits[i]
        before = self.text[max(u.start, h.start - 60):h.start]
        after = self.text[h.end:min(u.end, h.end + 60)]
        if pid not in self._collective and is_forum(
                h.actor if h.actor.id == pid else self.index.by_id.get(pid)):
            return _NOBODY  # a committee is where the sides meet
        if pid in self._reporters or pid in self._workforce:
            return _NOBODY  # a news organisation reports the talks
        if u.is_title and h.actor.kind == "person" and neg_sides.is_author(
                self.text, h.start, h.end, self.st.title_end):
            self._authors.add(pid)
            return _NOBODY
        if envoy_words and ENVOY_FOR.search(before):
            return _NOBODY  # "the UN Special Envoy for Yemen": the envoy's brief, not an actor
        if h.actor.kind in ("igo", "state_group") and ENDORSED_BY.search(before):
            return _NOBODY  # "a deal endorsed by the UN Security Council": backed from outside
        # thanks "for its support for the truce between A and B": A and B are the truce's
        # sides, not helpers thanked
        thanked = thanks_at is not None and h.start > thanks_at \
            and not self._between(u, hits, i)
        if thanked:
            return (pid,), False
        if neg_sides.is_witness(self.text, u.start, h.start):
            return (pid, *self._coordinated_after(u, h)), False
        med_after = self._near(u, h, "med_after")
        if med_after and OWN_LED.match(after, med_after.end()) \
                and "led" in med_after.group(0).lower():
            med_after = None  # "a State Department-led delegation": its own side
        if self._near(u, h, "med_before") or med_after:
            if med_after and BETWEEN_AFTER.match(after, med_after.end()):
                return _NOBODY  # "facilitating negotiations between A and B": A–B's thread
            if med_after:
                # "EU and U.S.-facilitated talks", "A and B will act as the mediators": every
                # coordinated actor mediates
                return (pid, *self._coordinated_before(u, h)), False
            return (pid,), False
        if not u.question and WELCOMES_AFTER.match(after) \
                and not coordinated_with_other(i, hits, self.text):
            # "The United States welcomes the truce": the author, not a side; a mediator when
            # the statement also has it working with or supporting the process
            return ((pid,), False) if self._involved() else ((), True)
        return None

    def _between(self, u: Unit, hits: list[tuple[Hit, str]], i: int) -> bool:
        """Whether hit ``i`` is one of a pair after "between" ("between A and B", "between
        President A and Prime Minister B")."""
        h = hits[i][0]
        if BETWEEN.search(self.text, max(u.start, h.start - 45), h.start):
            return True
        if i == 0:
            return False
        prev = hits[i - 1][0]
        return bool(BETWEEN.search(self.text, max(u.start, prev.start - 45), prev.start)
                    and AND_TITLE_GAP.match(self.text[prev.end:h.start]))

    def _runs(self, hits: list[tuple[Hit, str]]) -> list[int]:
        """For each hit, the number of the coordinated list ("A, B and C") it stands in."""
        runs: list[int] = []
        for i, (h, _pid) in enumerate(hits):
            gap = self.text[hits[i - 1][0].end:h.start] if i else ""
            joined = i > 0 and hits[i - 1][0].end <= h.start and bool(LIST_GAP.match(gap))
            runs.append(runs[-1] if joined else (runs[-1] + 1 if runs else 0))
        return runs

    def _involved(self) -> bool:
        """Whether the statement has its author working with or supporting the process."""
        if self._involved_cache is None:
            self._involved_cache = any(INVOLVED.search(u.text) for u in self.st.units)
        return self._involved_cache

    def _list_members(self, u: Unit, h: Hit) -> set[str]:
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
        while lo > 0 and COORD_GAP.match(self.text[hits[lo - 1].end:hits[lo].start]):
            lo -= 1
        while hi + 1 < len(hits) and COORD_GAP.match(self.text[hits[hi].end:hits[hi + 1].start]):
            hi += 1
        return {self.index.party_of(x.actor) or "" for x in hits[lo:hi + 1]}

    def _coordinated_before(self, u: Unit, h: Hit) -> list[str]:
        """Parties coordinated before ``h`` ("A, B and C" ending at ``h``), any preposition."""
        out: list[str] = []
        hits = [x for x in self.index.within(u.start, h.start) if x.end <= h.start
                and x.role != "location"]
        right = h
        for x in reversed(hits):
            if x.end > right.start:
                continue
            if not COORD_GAP.match(self.text[x.end:right.start]):
                break
            pid = self.index.party_of(x.actor)
            if pid:
                out.append(pid)
            right = x
        return out

    def _coordinated_after(self, u: Unit, h: Hit) -> list[str]:
        """Parties coordinated after ``h`` ("A and the Prime Minister of B")."""
        out: list[str] = []
        left = h
        for x in self.index.within(h.end, u.end):
            if x.role == "location" or x.start < left.end:
                continue
            gap = self.text[left.end:x.start]
            if not (COORD_GAP.match(gap) or neg_sides.PRINCIPAL_GAP.match(gap)):
                break
            pid = self.index.party_of(x.actor)
            if pid:
                out.append(pid)
            left = x
        return out


def _named_counterpart(scorer: _SideScorer, side: str, party: dict[str, float],
                       mediator: dict[str, float]) -> str | None:
    """The other side of a one-sided table that no cue seats: the state or body (no
    person, no population) the text names as an actor most often, at least
    :data:`COUNTERPART_MIN` times -- as the subject or object of the story, a possessor
    or in the headline; a nationality ("Dutch unions") or a place is no such naming --
    when it is not ``side``, nor of it, nor a mediator, reporter or author ("Japan
    pressed for a deal ... Washington ... the United States said" seats the United
    States beside Japan)."""
    own = scorer.index.by_id.get(side)
    # most named first; then the better scored; then the first named
    best: tuple[int, float, int, str] | None = None
    for a in scorer.index.actors:
        if a.id == side or a.kind not in COUNTERPART_KINDS or a.part_of \
                or a.id in scorer._reporters or a.id in scorer._authors \
                or mediator.get(a.id, 0.0) >= 1.0 \
                or own is not None and a.id in (own.part_of, own.affiliation):
            continue
        named = sum(1 for m in a.mentions if m.role in COUNTERPART_ROLES)
        key = (named, party.get(a.id, 0.0), -a.mentions[0].start if a.mentions else 0, a.id)
        if named >= COUNTERPART_MIN and (best is None or key > best):
            best = key
    return best[3] if best is not None else None
