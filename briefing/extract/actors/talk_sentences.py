"""The sentences of a text and what each says of an actor: the negotiation, armed conflict, a
deed beside a side, a position at the table (:class:`Sentences`, asked by :mod:`.roles` once
per actor, its answers cached).

Moved out of :mod:`.roles` (596 lines, at the 600-line limit; session 21 review): the rules
that read one sentence around a mention live here, the tiers they decide stay in ``roles``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from briefing.extract.actors import stances
from briefing.extract.actors.agency import agentive
from briefing.extract.actors.unions import labour_text
from briefing.extract.gate import gated
from briefing.model import Actor

_CONTEXT_BEFORE = 2  # sentences before a position that may say what the talks are
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]+")  # "Bloc Member States": a longer name
# "^Q[ .:]" (MULTILINE) opening with its literal, the line's start looked back for after it:
# the engine skips to a "Q" in C instead of trying "^" at every position of a transcript
QUESTION = re.compile(r"Q(?<![^\n]Q)[ .:]")
# "as Minister X said", "like Admiral Roe mentioned": a citation before a name, not a deed
CITED = re.compile(r"\b(?i:as|like)\s+(?:(?:[A-Z][\w.]*|the)\s+){0,3}$")

_WORD = re.compile(r"[a-z][a-z]*")  # (led by a class, not a repeat: the engine skips to it)
# words of the negotiating table: a state named beside them may be a side or a mediator the
# thread did not seat ("letters to the leaders of A and B on the hostage talks")
_TABLE = re.compile(r"\b(?:mediat\w*|broker\w*|ceasefire|cease-fire|truce|hostages?|peace|"
                    r"pull-aside|bilateral meeting)\b", re.IGNORECASE)
# words of a negotiation: a principal named beside them acts in it
_NEGOTIATING = gated(re.compile(r"\b(?:talks|negotiat\w*|deal|agreements?|accords?|settlements?|"
                          r"cease-?fire|truce|hostages?|mediat\w*|broker\w*|proposals?|summit|"
                          r"peace|dispute|pact|offer\w*|bid|takeover|merger)\b", re.IGNORECASE))


def named_spans(actor: Actor) -> list[tuple[int, int]]:
    """Where the actor is named as an actor (names, else descriptions: "Kurdish groups")."""
    spans = [(m.start, m.end) for m in actor.mentions if m.role not in ("location", "affiliation")]
    return spans or [(m.start, m.end) for m in actor.references if m.role == "description"]


class Sentences:
    """The text's sentences and what each says (negotiation, armed conflict), asked once per
    actor: an index by start offset, answers cached."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]],
                 armed: frozenset[str]) -> None:
        self.text = text
        self.spans = list(sentences)
        self.starts = [s for s, _e in self.spans]
        self.armed = armed
        self._negotiating: dict[tuple[str, bool], bool] = {}
        self._conflict: dict[str, bool] = {}
        self._armed: dict[tuple[int, int], bool] = {}

    def armed_words(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` has a word of armed conflict (asked per sentence for many
        actors and for the whole text: each sentence is read once)."""
        key = (lo, hi)
        found = self._armed.get(key)
        if found is None:
            found = self._armed[key] = not self.armed.isdisjoint(
                _WORD.findall(self.text[lo:hi].lower()))
        return found

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding ``start`` (a window around it when there are no sentences)."""
        k = bisect.bisect_right(self.starts, start) - 1
        lo, hi = self.spans[k] if k >= 0 else (max(0, start - 200), end + 200)
        return lo, max(hi, end)

    def of(self, start: int, end: int) -> str:
        lo, hi = self.span(start, end)
        return self.text[lo:hi]

    def negotiating(self, actor: Actor, beside: list[int] | None = None) -> bool:
        """Whether a sentence naming ``actor`` speaks of the negotiation (and asks nothing);
        with ``beside`` (sorted offsets), one that also names someone there."""
        key = (actor.id, beside is not None)
        found = self._negotiating.get(key)
        if found is None:
            found = False
            for start, end in named_spans(actor):
                lo, hi = self.span(start, end)
                sentence = self.text[lo:hi].strip()
                if sentence.endswith("?") or QUESTION.match(sentence) \
                        or not _NEGOTIATING.search(sentence):
                    continue
                if beside is not None:
                    k = bisect.bisect_left(beside, lo)
                    if k >= len(beside) or beside[k] >= hi:
                        continue
                found = True
                break
            self._negotiating[key] = found
        return found

    def acts_beside(self, actor: Actor, table_at: list[int], verbs: frozenset[str]) -> bool:
        """Whether a name mention of ``actor`` makes it act (:func:`.agency.agentive`) in a
        sentence (no question) that also names a side or a mediator (``table_at``: sorted
        offsets of their mentions and of their principals')."""
        for m in actor.mentions:
            if m.role != "actor" or CITED.search(self.text, max(0, m.start - 40), m.start):
                continue  # "as Minister X said": a citation, not a deed
            lo, hi = self.span(m.start, m.end)
            k = bisect.bisect_left(table_at, lo)
            if not any(x != m.start for x in table_at[k:bisect.bisect_left(table_at, hi)]):
                continue
            sentence = self.text[lo:hi].strip()
            if sentence.endswith("?") or QUESTION.match(sentence):
                continue
            if agentive(self.text, m.start, m.end, lo, hi, verbs):
                return True
        return False

    def takes_position(self, actor: Actor) -> bool:
        """Whether a name mention of ``actor`` takes a position at the table
        (:func:`.stances.takes_position`) in a sentence (no question) about the negotiation,
        or just after one."""
        for m in actor.mentions:
            if m.role != "actor":
                continue
            k = bisect.bisect_right(self.starts, m.start) - 1
            if k < 0:
                continue
            lo, hi = self.spans[k]
            sentence = self.text[lo:hi].strip()
            if sentence.endswith("?") or QUESTION.match(sentence):
                continue
            strict = not _NEGOTIATING.search(sentence)
            if strict and not any(_NEGOTIATING.search(self.text, *self.spans[j])
                                  for j in range(max(0, k - _CONTEXT_BEFORE), k)):
                continue
            if stances.takes_position(self.text, m.start, m.end, lo, max(hi, m.end), strict):
                return True
        return False

    def in_fighting(self, actor: Actor) -> bool:
        """Whether a sentence naming ``actor`` speaks of the fighting itself (armed words, not
        the words of a truce's table)."""
        # an organisation's name inside a longer one ("the Bloc Observer Team", "Bloc Member
        # States") names that other body, not the organisation in the fighting
        own = actor.kind not in ("organization", "igo")
        return any(self.armed_words(*self.span(s, e))
                   for s, e in named_spans(actor) if own or not _NAME_GOES_ON.match(self.text, e))

    def labour(self, actor: Actor) -> bool:
        """Whether ``actor`` is named in a text about a labour dispute (:mod:`.unions`): a
        union is there for its members wherever the story names it ("said John Roe, spokesman
        for the Steelworkers' local", "the TUC is discussing the issue"), not only in the
        sentence that has the strike or the pay talks."""
        return labour_text(self.text) and bool(named_spans(actor))  # (searched once a text)

    def in_conflict(self, actor: Actor) -> bool:
        """Whether a sentence naming ``actor`` speaks of armed conflict."""
        found = self._conflict.get(actor.id)
        if found is None:
            found = any(self.armed_words(lo, hi) or _TABLE.search(self.text[lo:hi])
                        for lo, hi in (self.span(s, e) for s, e in named_spans(actor)))
            self._conflict[actor.id] = found
        return found

