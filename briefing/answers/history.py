"""Negotiation histories across a corpus: one history per negotiation, followed from article to
article.

Each article's extractor output holds negotiation *threads* (``Negotiation``) as of that article's
publication date.  A reader of a folder wants to see how one negotiation moved: threads are
grouped into one :class:`History` when their **parties, topic and time** agree, and each history's
steps are ordered by date, each step citing the document (and status evidence) it comes from.

Rules (each general; none names an article):

* **Parties**: a history is the talks of two main parties (a *pair*: "U.S. and Russia" =
  "Russia and the U.S.").  A thread of more parties joins every history whose pair it names
  (a U.S.–Russia–Ukraine summit thread belongs to the U.S.–Russia track and to the U.S.–Ukraine
  one) without keeping it alive on its own.  A one-party thread joins a history only when it
  shares that party and at least three actors at the table counting mediators (a "Hamas deal"
  mediated by Qatar, Egypt and the U.S. belongs with the Israel–Hamas talks those three
  mediate); one shared mediator is not enough (the U.S. mediates many talks).  A thread of one
  party without mediators joins nothing (a "United States" thread would otherwise gather every
  talk the U.S. is in).
* **Topic**: each thread gets a domain from its agenda keys and its words (security: cease-fire,
  hostages; arms control; economy: trade, grain, debt, quotas).  Threads of different known
  domains never merge (1987 U.S.–Soviet arms talks and grain trade stay apart); an unknown
  domain agrees with any.  A history's topic is that of its threads of one domain: a thread of
  two (a briefing on a pair's security and trade files) joins either history but does not
  bridge them.
* **Time**: a thread joins a history only if that history had a step within :data:`GAP_DAYS`
  before it; a longer silence starts a new history (the 2016 U.S.–Russia Syria talks and the
  2025 ones are different negotiations).  Undated threads group only with undated ones.
* A thread without parties cannot be matched safely: it stays a history of its own.
* A step's date is the document's publication date (the status is "as of" that article);
  without one, the latest dated round of the thread.  Dates of mixed precision sort as strings.
* Within one document and date, non-primary threads come first, so the primary (current) thread
  is the latest word of that article.

Pure layer: no Textual import.  Threads are visited in date order and compared only with the
histories of their pairs (or, for one party, of that party): the 21,901 documents of the team's
corpora (about 4,400 threads) are merged in about 2 s.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as _date
from typing import Any

from briefing.answers.actor_names import name_for
from briefing.extract.negotiations.labels import topic_name
from briefing.model import Briefing, Negotiation, Round, Span

GAP_DAYS = 200  # a negotiation silent for longer than this is over; new talks start a history
LEAD_DAYS = 30  # how long before a pair's first own thread a many-party thread may join
RECENT_STEPS = 8  # a new thread is compared with this many latest steps of a history
MIN_SHARED_PARTIES = 2
MIN_SHARED_AT_TABLE = 3  # with one shared party: parties and mediators shared, in all

# Domains of talks: agenda keys first, then words of the label and evidence sentences.
_DOMAIN_KEYS = {
    "security": ("ceasefire", "hostage_release", "prisoner_exchange", "humanitarian_aid",
                 "troop_withdrawal", "joint_strikes", "air_force_grounding",
                 "territorial_control", "security_guarantees", "border_delineation"),
    "arms": ("arms_control", "nuclear", "missiles", "disarmament"),
    "economy": ("trade", "tariffs", "quotas", "debt", "accession", "wages", "commodities",
                "prices", "investment"),
}
_DOMAIN_WORDS = {
    "security": re.compile(r"\b(?:cease-?fires?|truces?|hostages?|hostilities|fighting|"
                           r"war|armistice|troops)\b", re.IGNORECASE),
    "arms": re.compile(r"\b(?:arms|missiles?|nuclear|warheads?|disarmament|INF|"
                       r"medium-range|intermediate-range)\b", re.IGNORECASE),
    "economy": re.compile(r"\b(?:trade|tariffs?|grain|wheat|corn|maize|soybeans?|coffee|cocoa|"
                          r"sugar|oil prices?|OPEC|quotas?|debts?|loans?|creditors?|imports?|"
                          r"exports?|wages?|GATT|commodit(?:y|ies)|bushels|tonnes|purchases?)\b",
                          re.IGNORECASE),
}
_KEY_WEIGHT = 4  # the first agenda item's weight for its domain; each later one weighs less
_DOMAIN_ORDER = ("security", "arms", "economy")  # ties: the first named wins
DOMAIN_NAMES = {"security": "conflict and security", "arms": "arms control",
                "economy": "trade and economy"}


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """One thread of one document: where those talks stood according to that article."""

    path: str
    title: str
    published: str | None
    date: str | None
    negotiation_id: str
    label: str
    status: str
    trend: str | None
    primary: bool
    evidence: Span | None = None  # the first status evidence sentence, if any
    rounds: tuple[Round, ...] = ()
    parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    domain: str | None = None
    issues: tuple[str, ...] = ()  # agenda keys
    domains: tuple[str, ...] = ()  # every domain it speaks of (``domain`` is the first)

    def to_dict(self) -> dict[str, Any]:
        latest = max(self.rounds, key=lambda r: r.date or "", default=None)
        return {
            "path": self.path, "title": self.title, "date": self.date, "status": self.status,
            "thread": self.negotiation_id, "label": self.label, "primary": self.primary,
            "round": latest.to_dict() if latest is not None else None,
            "rounds": [r.to_dict() for r in self.rounds],
            "evidence": self.evidence.to_dict() if self.evidence is not None else None,
            "parties": list(self.parties), "mediators": list(self.mediators),
        }


@dataclass(frozen=True, slots=True)
class History:
    """All the steps of one negotiation across the corpus."""

    key: tuple[str, ...]  # core party ids, sorted; ("?", path, thread id) without parties
    parties: tuple[str, ...]  # the core parties, most frequent first
    names: tuple[str, ...]  # display names of ``parties`` (the actor's name, else the id)
    steps: tuple[HistoryStep, ...]
    id: str = ""
    domain: str | None = None
    mediators: tuple[str, ...] = ()
    mediator_names: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()  # the agenda keys met most, most frequent first

    @property
    def latest(self) -> HistoryStep:
        return self.steps[-1]

    @property
    def status(self) -> str:
        """The status in the most recent step."""
        return self.latest.status

    @property
    def label(self) -> str:
        return self.latest.label

    @property
    def topic(self) -> str:
        """What the talks are about: the domain and the main agenda items."""
        bits = [DOMAIN_NAMES.get(self.domain or "", "")] if self.domain else []
        # the topics' readable names, never the internal keys ("offer_price")
        bits += [topic_name(i).lower() for i in self.issues[:3]
                 if i != "other" and i != self.domain and i != "arms_control"]
        return "; ".join(b for b in bits if b)

    @property
    def title(self) -> str:
        """One line naming the history: parties, topic and the years it spans."""
        who = " · ".join(self.names) or self.label
        span = _years(self.first_date, self.last_date)
        return " — ".join(x for x in (who, self.topic, span) if x)

    @property
    def document_count(self) -> int:
        return len({s.path for s in self.steps})

    @property
    def first_date(self) -> str | None:
        return next((s.date for s in self.steps if s.date), None)

    @property
    def last_date(self) -> str | None:
        return next((s.date for s in reversed(self.steps) if s.date), None)

    @property
    def rounds(self) -> list[Round]:
        """The rounds met in its steps, once each (same place and date), in date order."""
        seen: dict[tuple[str, str], Round] = {}
        for step in self.steps:
            for rnd in step.rounds:
                key = ((rnd.place or "").lower(), rnd.date or "")
                if key not in seen or (rnd.outcome and not seen[key].outcome):
                    seen[key] = rnd
        return sorted(seen.values(), key=lambda r: (r.date is None, r.date or ""))

    def text(self) -> str:
        """What a filter typed in the list matches: names, topic, labels, places, years."""
        places = " ".join(r.place or "" for r in self.rounds)
        labels = " ".join(dict.fromkeys(s.label for s in self.steps))
        return f"{self.title} {' '.join(self.mediator_names)} {labels} {places} {self.status}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.title, "parties": list(self.names),
            "party_ids": list(self.parties), "mediators": list(self.mediator_names),
            "topic": self.topic, "status": self.status,
            "first_date": self.first_date, "last_date": self.last_date,
            "rounds": [r.to_dict() for r in self.rounds],
            "steps": [s.to_dict() for s in self.steps],
        }


def _years(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    a, b = first[:7], (last or first)[:7]
    return a if a == b else f"{a} – {b}"


def domain_of(thread: Negotiation) -> str | None:
    """The thread's main domain (security, arms, economy), or ``None`` when nothing says."""
    found = domains_of(thread)
    return found[0] if found else None


def domains_of(thread: Negotiation) -> tuple[str, ...]:
    """The domains the thread's agenda keys and words speak of, strongest first: those scoring
    at least half the best (a Black Sea deal on safe navigation *and* trade is both)."""
    score: Counter[str] = Counter()
    # the agenda's main items first: an item weighs the more the earlier the thread lists it
    # (talks on a cease-fire at sea that also touch exports are security talks)
    for rank, issue in enumerate(thread.issues):
        for name, keys in _DOMAIN_KEYS.items():
            if issue.key in keys or any(issue.key.startswith(k) for k in keys):
                score[name] += max(_KEY_WEIGHT - rank, 1)
    words = " ".join([thread.label, *(e.text for e in thread.status_evidence[:3]),
                      *(i.label for i in thread.issues)])
    for name, pattern in _DOMAIN_WORDS.items():
        score[name] += len(pattern.findall(words))
    best = max(score.values(), default=0)
    if best <= 0:
        return ()
    ranked = sorted((n for n in _DOMAIN_ORDER if score[n] * 2 >= best),
                    key=lambda n: (-score[n], _DOMAIN_ORDER.index(n)))
    return tuple(ranked)


def _step_date(briefing: Briefing, thread: Negotiation) -> str | None:
    if briefing.document.published:
        return briefing.document.published
    dated = [r.date for r in thread.rounds if r.date]
    return max(dated) if dated else None


def _day(value: str | None) -> int | None:
    """Days since year 1 of a ``YYYY[-MM[-DD]]`` date (a coarse date: its first day)."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")[:3]]
        return _date(parts[0], parts[1] if len(parts) > 1 else 1,
                     parts[2] if len(parts) > 2 else 1).toordinal()
    except (ValueError, IndexError):
        return None


def _step_order(step: HistoryStep) -> tuple[int, str, str, int, str]:
    # Undated steps last; then date, document, non-primary before primary, thread id.
    return (step.date is None, step.date or "", step.path, step.primary, step.negotiation_id)


def same_talks(a: HistoryStep, b: HistoryStep) -> bool:
    """Whether two threads are the same negotiation by parties and topic (time aside)."""
    if a.domains and b.domains and not set(a.domains) & set(b.domains):
        return False
    pa, pb = set(a.parties), set(b.parties)
    shared = len(pa & pb)
    if shared >= MIN_SHARED_PARTIES:
        return True
    if shared == 0:
        return False
    at_table = len((pa | set(a.mediators)) & (pb | set(b.mediators)))
    return at_table >= MIN_SHARED_AT_TABLE


@dataclass
class _Group:
    pair: tuple[str, ...]  # the two main parties, sorted (() for a history of one thread)
    steps: list[HistoryStep] = field(default_factory=list)
    first_day: int | None = None
    last_day: int | None = None
    dated: bool = True
    domains: Counter[str] = field(default_factory=Counter)
    # the domains of its threads of one topic: a thread of two topics (a briefing on a pair's
    # security and trade talks) joins a history of either, but widens neither's topic
    pure: Counter[str] = field(default_factory=Counter)
    anchored: bool = False  # has a thread of exactly its two parties

    def add(self, step: HistoryStep, day: int | None, own: bool | None = None) -> None:
        self.steps.append(step)
        # A thread of many parties (a summit statement touching several conflicts), or of
        # other sides that one of the pair mediates, joins the talks of the pair, but does not
        # keep them alive: only the pair's own threads (or, for a history of many-party
        # threads alone, any of them) stretch its time.
        pair_only = len(step.parties) == 2 if own is None else own
        if self.anchored and not pair_only:
            return
        if pair_only and not self.anchored:
            self.anchored = True
            self.first_day = self.last_day = None
        if day is not None:
            self.first_day = min(self.first_day or day, day)
            self.last_day = max(self.last_day or day, day)
        self.domains.update(step.domains)
        if len(step.domains) == 1:
            self.pure.update(step.domains)

    def fits(self, step: HistoryStep, day: int | None) -> bool:
        """Time and topic agree (parties are the caller's business)."""
        if (day is None) != (not self.dated):
            return False  # dated and undated threads are never the same history
        # Before the pair's own first thread, a many-party one joins only shortly before:
        # a summit statement a year earlier that names both does not begin their talks.
        before = LEAD_DAYS if self.anchored and len(step.parties) > 2 else GAP_DAYS
        if day is not None and self.first_day is not None and self.last_day is not None and (
                day < self.first_day - before or day > self.last_day + GAP_DAYS):
            return False
        if step.domains and self.domains:
            core = self.pure or self.domains
            best = max(core.values())
            main = {d for d, n in core.items() if n * 2 >= best}
            return bool(main & set(step.domains))
        return True


def document_steps(briefing: Briefing) -> tuple[list[HistoryStep], list[tuple[str, str]]]:
    """One document's threads as steps, and ``(actor id, name)`` for each party and mediator
    the document names (in the order first met): what :func:`merge_steps` needs of it.

    Also what :mod:`briefing.answers.digest` keeps per document, so a corpus's histories are
    merged without decoding every analysis."""
    document = briefing.document
    local = {a.id: a.name for a in briefing.actors}
    names: dict[str, str] = {}
    steps: list[HistoryStep] = []
    for thread in briefing.negotiations:
        parties = tuple(dict.fromkeys(p for p in thread.parties if p))
        mediators = tuple(dict.fromkeys(m for m in thread.mediators
                                        if m and m not in parties))
        for actor_id in (*parties, *mediators):
            if actor_id not in names and actor_id in local:
                names[actor_id] = local[actor_id]
        steps.append(HistoryStep(
            path=document.path, title=document.display_title, published=document.published,
            date=_step_date(briefing, thread), negotiation_id=thread.id, label=thread.label,
            status=thread.status, trend=thread.trend, primary=thread.primary,
            evidence=thread.status_evidence[0] if thread.status_evidence else None,
            rounds=thread.rounds, parties=parties, mediators=mediators,
            domain=domain_of(thread), domains=domains_of(thread),
            issues=tuple(dict.fromkeys(i.key for i in thread.issues)),
        ))
    return steps, list(names.items())


def merge_histories(briefings: Iterable[Briefing]) -> list[History]:
    """Group the negotiation threads of ``briefings`` into histories, most documented first.

    A history is the talks of two main parties (the *pair*) on one topic over one stretch of
    time.  Threads of exactly two parties are placed first, by pair; a thread of three or more
    parties then joins every history whose pair it contains (the U.S.–Russia–Ukraine thread of
    a summit belongs to the U.S.–Russia track and to the U.S.–Ukraine one), or starts one for
    its first two parties; a thread of two sides and a mediator also joins the history of a
    side and that mediator (the U.S. mediating Russia–Ukraine talks is part of the U.S.–Russia
    track); a thread of one party joins a history only through the mediators it shares with it
    (:func:`same_talks`), else it stays alone, as does a thread without parties.

    Histories are ordered by the number of documents they cite (descending), then by their latest
    date (most recent first), then by id, so the order is deterministic.
    """
    steps: list[HistoryStep] = []
    names: dict[str, str] = {}
    for briefing in briefings:
        found, named = document_steps(briefing)
        steps.extend(found)
        for actor_id, name in named:
            names.setdefault(actor_id, name)
    return merge_steps(steps, names)


def merge_steps(steps: list[HistoryStep], names: dict[str, str]) -> list[History]:
    """:func:`merge_histories` from the documents' steps (:func:`document_steps`) and the
    parties' and mediators' names (the first document's name for each id)."""
    steps = sorted(steps, key=_step_order)
    groups: list[_Group] = []
    by_pair: dict[tuple[str, ...], list[int]] = {}

    def place(step: HistoryStep, pair: tuple[str, ...], day: int | None,
              mediated: bool = False) -> bool:
        # The pair's own talks first (latest first), then histories of many-party threads;
        # through a mediator, only the pair's own talks.
        found = list(reversed(by_pair.get(pair, ())))
        for index in sorted(found, key=lambda i: not groups[i].anchored):
            if mediated and not groups[index].anchored:
                continue
            if groups[index].fits(step, day):
                groups[index].add(step, day, own=False if mediated else None)
                return True
        return False

    def start(step: HistoryStep, pair: tuple[str, ...], day: int | None) -> None:
        group = _Group(pair, dated=day is not None)
        group.add(step, day)
        if pair:
            by_pair.setdefault(pair, []).append(len(groups))
        groups.append(group)

    for step in steps:  # two parties: by pair
        if len(step.parties) == 2:
            day = _day(step.date)
            pair = tuple(sorted(step.parties))
            if not place(step, pair, day):
                start(step, pair, day)
    for step in steps:  # more: every history of a pair it holds
        if len(step.parties) > 2:
            day = _day(step.date)
            pairs = [tuple(sorted((a, b))) for i, a in enumerate(step.parties)
                     for b in step.parties[i + 1:]]
            placed = [place(step, pair, day) for pair in pairs]
            if not any(placed):
                start(step, tuple(sorted(step.parties[:2])), day)
    for step in steps:  # two sides and a mediator: also the talks of a side and its mediator
        if len(step.parties) == 2 and step.mediators:
            day = _day(step.date)
            for pair in {tuple(sorted((p, m))) for p in step.parties for m in step.mediators}:
                place(step, pair, day, mediated=True)
    by_party: dict[str, list[int]] = {}
    for index, group in enumerate(groups):
        for party in group.pair:
            by_party.setdefault(party, []).append(index)
    for step in steps:  # one party: through shared mediators, else alone
        if len(step.parties) < 2:
            day = _day(step.date)
            best = (_best_group(step, day, groups, by_party.get(step.parties[0], []))
                    if step.parties else None)
            if best is None:
                start(step, (), day)
            else:
                groups[best].add(step, day)
    histories = [_history(g.steps, g.pair, names) for g in groups]
    histories.sort(key=lambda h: h.id)
    histories.sort(key=lambda h: h.last_date or "", reverse=True)
    histories.sort(key=lambda h: h.document_count, reverse=True)
    return histories


def _best_group(step: HistoryStep, day: int | None, groups: list[_Group],
                candidates: list[int]) -> int | None:
    """The history a one-party thread belongs to by the actors at its table, if any."""
    best: tuple[float, int] | None = None
    mine = set(step.parties) | set(step.mediators)
    for index in candidates:
        group = groups[index]
        if not group.fits(step, day):
            continue
        for other in group.steps[-RECENT_STEPS:]:
            if other.parties and same_talks(step, other):
                theirs = set(other.parties) | set(other.mediators)
                score = len(mine & theirs) / len(mine | theirs)
                if best is None or (score, index) > best:
                    best = (score, index)
    return best[1] if best is not None else None


def _history(steps: list[HistoryStep], pair: tuple[str, ...], names: dict[str, str]
             ) -> History:
    steps.sort(key=_step_order)
    counts: Counter[str] = Counter(p for s in steps for p in s.parties)
    mediator_counts: Counter[str] = Counter(m for s in steps for m in s.mediators)
    first = steps[0]
    if pair:
        core = list(pair)
        key = pair
    elif first.parties:
        core = list(first.parties)
        key = tuple(sorted(core))
    else:
        core = []
        key = ("?", first.path, first.negotiation_id)
    # The pair, most frequent first; other parties at the table in most steps follow.
    core.sort(key=lambda p: -counts[p])
    core += [p for p, n in counts.most_common() if p not in core and n * 2 > len(steps)
             and len(steps) > 1]
    mediators = [m for m, n in mediator_counts.most_common() if m not in core and n * 3 >= len(
        steps)] or [m for m, _n in mediator_counts.most_common(2) if m not in core]
    domains = Counter(s.domain for s in steps if s.domain)
    issues = Counter(i for s in steps for i in s.issues)
    ident = hashlib.sha1(f"{first.path}\0{first.negotiation_id}".encode(
        "utf-8", "surrogatepass")).hexdigest()[:10]
    return History(
        key=key, parties=tuple(core), names=tuple(name_for(p, names) for p in core),
        steps=tuple(steps), id=f"h-{ident}",
        domain=domains.most_common(1)[0][0] if domains else None,
        mediators=tuple(mediators), mediator_names=tuple(name_for(m, names) for m in mediators),
        issues=tuple(i for i, _n in issues.most_common()),
    )


def history_of(histories: Iterable[History], path: str, thread_id: str | None = None
               ) -> History | None:
    """The history holding ``path``'s thread ``thread_id`` (its primary thread when ``None``,
    else its first thread in any history)."""
    fallback: History | None = None
    for history in histories:
        for step in history.steps:
            if step.path != path:
                continue
            if thread_id is not None and step.negotiation_id == thread_id:
                return history
            if thread_id is None and step.primary:
                return history
            fallback = fallback or history
    return fallback


def filter_histories(histories: Iterable[History], query: str) -> list[History]:
    """The histories whose text has every word of ``query`` (case-insensitive): within it, or
    within the search's typo budget of one of its words (1 edit for 4–6 letters, 2 from 7:
    :func:`briefing.search.typo.budget`); "ukriane" found nothing among Ukraine's talks."""
    from briefing.search.typo import budget, distances

    words = query.lower().split()
    distance = distances()[0]

    def has(word: str, text: str, vocabulary: set[str]) -> bool:
        edits = budget(word)
        return word in text or (edits > 0 and any(
            abs(len(v) - len(word)) <= edits and distance(word, v, edits) <= edits
            for v in vocabulary))

    found = []
    for history in histories:
        text = history.text().lower()
        vocabulary = set(re.findall(r"\w+", text))
        if all(has(word, text, vocabulary) for word in words):
            found.append(history)
    return found
