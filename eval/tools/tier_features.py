"""The features of the learned tier experiment (``tier_train.py``): what the extractor knows of
each actor whose tier the role pass decides (party or mentioned), as a vector.

The rules' own verdict, the salience pass's, its kind, its seat in the primary thread and in
the others, whether it or a person acting for it is quoted, how often and where the text names
it (title, lede, share and rank of the document's naming, inside quotations), whether the
sentences naming it speak of the negotiation or of the fighting, whether a verb of speaking or
of the table follows its name, the source and size of the document.  ``FEATURES`` names the
entries.

:func:`capture` wraps :func:`briefing.extract.actors.roles.revise_tiers` while the extractor
runs (the product is not changed): each call records the vectors of the document's actors,
computed from the role pass's own reading of the sentences.  Session 20 (parties20) tried a
logistic regression and small trees over these in the product; leave-one-set-out they tied the
rules (see ``tier_train.py``), so they were not landed.
"""


from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from briefing.extract.actors import roles, talk_sentences
from briefing.extract.actors.forums import is_forum
from briefing.model import Actor, Negotiation, Quote

FEATURES: tuple[str, ...] = (
    "rule_party",  # the hand-written rules seat it
    "salience_party",  # the salience pass (before any thread was known) seated it
    "person", "state", "organization", "igo", "armed_group", "government", "group",
    "side",  # a side of the primary negotiation
    "mediator",  # a mediator of the primary negotiation
    "of_table",  # a part or a principal of a side or a mediator of the primary
    "other_thread",  # a side or mediator of another thread
    "other_only",  # ... and of no seat at the primary table
    "quoted",  # a quotation is its own
    "voice_quoted",  # a person acting for it (or a part of it) is quoted
    "log_named",  # log(1 + its name mentions as an actor)
    "once",  # named once
    "share",  # its name mentions over the most any actor has
    "first_pos",  # where it is first named, as a share of the text
    "in_title",  # named in the title
    "in_lede",  # named in the first sentence after the title
    "acting_share",  # share of its mentions that name it as an actor (not a modifier, place)
    "negotiating",  # a sentence naming it speaks of the negotiation
    "conflict",  # a sentence naming it speaks of armed conflict or a truce's table
    "at_war",  # the text is about an armed conflict
    "press_briefing",  # the text is a press briefing (questions and answers)
    "no_primary",  # the text has no primary negotiation with sides
    "many_sides",  # the primary has more than two sides
    "reporter",  # a news organisation, journalist or commentator
    "former",  # out of office on the text's date
    "from_kb",  # found by the knowledge base, not by the text alone
    "forum",  # a committee, commission or team
    "affiliated",  # a person acting for someone the text names
    "whitehouse", "reuters", "bbc",  # the document's source
    "log_size",  # log of the text's length in thousands of characters
    "log_seated",  # log(1 + the actors the rules seat in the document)
    "rank",  # 1 / its rank by name mentions among the document's actors
    "acts_verb",  # a name mention is followed by a verb of speaking or of the table
    "in_quotes",  # share of its name mentions inside quotations
    "beside_table",  # sentences naming it that also name a side or mediator (log)
    "principals",  # persons acting for it that the rules seat (log)
    "home_seated",  # a person whose state or organisation the rules seat
)


@dataclass(frozen=True)
class Context:
    """What the role pass knew of the document, handed to this pass."""

    text: str
    threads: tuple[Negotiation, ...]
    quotes: tuple[Quote, ...]
    title_end: int = 0
    lede: tuple[int, int] = (0, 0)
    at_war: bool = False
    press_briefing: bool = False
    reporters: frozenset[str] = frozenset()
    former: frozenset[str] = frozenset()
    protected: frozenset[str] = frozenset()
    source: str = ""
    sentences: tuple[tuple[int, int], ...] = ()
    verbs: frozenset[str] = frozenset()


_KIND = {"person": 2, "state": 3, "organization": 4, "igo": 5, "armed_group": 6,
         "government": 7}


def features(before: Sequence[Actor], after: Sequence[Actor], ctx: Context,
             negotiating: dict[str, bool], conflict: dict[str, bool]) -> dict[str, list[float]]:
    """The feature vector (``FEATURES``) of each actor of ``after`` (the rules' tiers) whose
    tier is party or mentioned; ``before``: the same actors with the salience pass's tiers;
    ``negotiating`` / ``conflict``: per actor id, what the role pass read of its sentences."""
    by_id = {a.id: a for a in after}
    salience = {a.id: a.tier for a in before}
    root = partial(roles.outermost, by_id)

    primary = next((t for t in ctx.threads if t.primary), None)
    sides = set(primary.parties) if primary else set()
    mediators = set(primary.mediators) if primary else set()
    table = sides | mediators
    elsewhere = {p for t in ctx.threads if not t.primary for p in (*t.parties, *t.mediators)}
    quoted: dict[str, int] = {}
    for q in ctx.quotes:
        if q.speaker:
            quoted[q.speaker] = quoted.get(q.speaker, 0) + 1
    voices: set[str] = set()
    for a in after:
        if a.id in quoted:
            for home in (root(a.affiliation), root(a.part_of)):
                if home:
                    voices.add(home)
    named = {a.id: talk_sentences.named_spans(a) for a in after}
    most = max((len(v) for v in named.values()), default=0) or 1
    size = max(len(ctx.text), 1)
    lo, hi = ctx.lede
    doc = [1.0 if ctx.at_war else 0.0, 1.0 if ctx.press_briefing else 0.0,
           0.0 if primary and primary.parties else 1.0,
           1.0 if primary and len(primary.parties) > 2 else 0.0]
    source = ctx.source.lower()
    src = [1.0 if "white house" in source else 0.0, 1.0 if "reuters" in source else 0.0,
           1.0 if "bbc" in source else 0.0, math.log1p(len(ctx.text) / 1000),
           math.log1p(sum(1 for a in after if a.tier == "party"))]
    ranked = sorted((len(v) for v in named.values()), reverse=True)
    starts = [s for s, _e in ctx.sentences]

    def sentence_of(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    table_sentences = {sentence_of(s) for a in after for s, _e in named[a.id]
                       if root(a.id) in table or (a.kind == "person"
                                                  and root(a.affiliation) in table)}
    quote_spans = sorted((q.start, q.end) for q in ctx.quotes)
    principals: dict[str, int] = {}
    for a in after:
        home = root(a.affiliation)
        if a.kind == "person" and a.tier == "party" and home:
            principals[home] = principals.get(home, 0) + 1
    out: dict[str, list[float]] = {}
    for a in after:
        if a.tier not in ("party", "mentioned") or a.id in ctx.protected:
            continue
        x = [0.0] * len(FEATURES)
        x[0] = 1.0 if a.tier == "party" else 0.0
        x[1] = 1.0 if salience.get(a.id) == "party" else 0.0
        x[_KIND.get(a.kind, 8)] = 1.0
        x[9] = 1.0 if a.id in sides else 0.0
        x[10] = 1.0 if a.id in mediators else 0.0
        x[11] = 1.0 if a.id not in table and (root(a.part_of) in table
                                              or root(a.affiliation) in table) else 0.0
        x[12] = 1.0 if a.id in elsewhere else 0.0
        x[13] = 1.0 if a.id in elsewhere and a.id not in table else 0.0
        x[14] = 1.0 if a.id in quoted else 0.0
        x[15] = 1.0 if a.id in voices else 0.0
        spans = named[a.id]
        x[16] = math.log1p(len(spans))
        x[17] = 1.0 if len(spans) == 1 else 0.0
        x[18] = len(spans) / most
        x[19] = min(s for s, _e in spans) / size if spans else 1.0
        x[20] = 1.0 if any(m.start < ctx.title_end for m in a.mentions) else 0.0
        x[21] = 1.0 if any(lo <= s < hi for s, _e in spans) else 0.0
        x[22] = sum(1 for m in a.mentions if m.role in ("actor", "heading")) / len(a.mentions) \
            if a.mentions else 0.0
        x[23] = 1.0 if negotiating.get(a.id) else 0.0
        x[24] = 1.0 if conflict.get(a.id) else 0.0
        x[25:29] = doc
        x[29] = 1.0 if a.id in ctx.reporters else 0.0
        x[30] = 1.0 if a.id in ctx.former else 0.0
        x[31] = 1.0 if a.origin == "kb" else 0.0
        x[32] = 1.0 if is_forum(a) else 0.0
        x[33] = 1.0 if a.affiliation else 0.0
        x[34:39] = src
        x[39] = 1.0 / (1 + ranked.index(len(spans))) if spans else 0.0
        x[40] = 1.0 if any(_acts_verb(ctx.text, e, ctx.verbs) for _s, e in spans) else 0.0
        x[41] = sum(1 for s, _e in spans if _inside(quote_spans, s)) / len(spans) \
            if spans else 0.0
        x[42] = math.log1p(len({sentence_of(s) for s, _e in spans} & table_sentences
                               - ({sentence_of(s) for s, _e in spans} if a.id in table
                                  else set())))
        x[43] = math.log1p(principals.get(a.id, 0))
        employer = by_id.get(root(a.affiliation) or "")
        x[44] = 1.0 if a.kind == "person" and employer is not None \
            and employer.tier == "party" else 0.0
        out[a.id] = x
    return out


_VERB_AFTER = re.compile(r"\s+(?:(?:has|had|also|again|later|will|would|is|was)\s+){0,2}([a-z]+)")


def _acts_verb(text: str, end: int, verbs: frozenset[str]) -> bool:
    """Whether a verb of speaking or of the table follows the name ending at ``end``."""
    m = _VERB_AFTER.match(text, end)
    return m is not None and m.group(1) in verbs


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of ``spans`` (sorted by start)."""
    k = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


class capture:  # noqa: N801 - used as ``with capture(...) as recorded``
    """While open, every call of the role pass records the feature vectors of its actors in
    ``recorded`` (cleared per call): ``{actor id: vector}``.  ``source`` (a callable) names the
    document's source for the source features."""

    def __init__(self, source: Callable[[], str] = lambda: "") -> None:
        self.source = source
        self.recorded: dict[str, list[float]] = {}
        self._original = roles.revise_tiers

    def __enter__(self) -> dict[str, list[float]]:
        original = self._original

        def wrapped(actors: tuple[Actor, ...], threads: tuple[Negotiation, ...],
                    quotes: tuple[Quote, ...], reading: roles.Reading) -> tuple[Actor, ...]:
            after = original(actors, threads, quotes, reading)
            self.recorded.clear()
            self.recorded.update(_vectors(actors, after, threads, quotes, reading,
                                          self.source()))
            return after

        roles.revise_tiers = wrapped
        return self.recorded

    def __exit__(self, *_exc: object) -> None:
        roles.revise_tiers = self._original


def _vectors(before: Sequence[Actor], after: Sequence[Actor],
             threads: tuple[Negotiation, ...], quotes: tuple[Quote, ...],
             reading: roles.Reading, source: str) -> dict[str, list[float]]:
    """The vectors of one document's actors, from the role pass's ``reading``."""
    text, sentences, title_end = reading.text, list(reading.sentences), reading.title_end
    protected = reading.protected
    said = reading.sentences_read()
    war = roles.about_war(said, sentences, reading.war_words)
    lede = next(((lo, hi) for lo, hi in sentences if lo >= title_end), (0, 0))
    ctx = Context(text, threads, quotes, title_end, lede, war, roles.press_briefing(text),
                  reading.reporters, reading.former, protected, source,
                  tuple(sentences), reading.verbs)
    judged = [a for a in after if a.tier in ("party", "mentioned") and a.id not in protected]
    negotiating = {a.id: said.negotiating(a) for a in judged}
    conflict = {a.id: said.in_conflict(a) for a in judged}
    return features(before, after, ctx, negotiating, conflict)
