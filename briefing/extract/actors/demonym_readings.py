"""Actor extraction: two readings of a demonym that name no actor.

A state's demonym stands for the state ("Ruritanian officials"), but not as a language --
"(Speaks Ruritanian.)", "In Ruritanian, we say ...", "an answer in Ruritanian, please" (after
"speaks", "speaking" or "in", closing its phrase) -- nor negated by a prefix: "non-Ruritanians",
"un-Ruritanian", "the first non-Ruritanian to land" name everyone else, not the state."""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import TokenHit

_SPEECH_BEFORE = frozenset({"speaks", "speak", "speaking", "in"})
# what closes a language's phrase ("in Ruritanian." / "(Speaks Ruritanian.)" / ", please")
_PHRASE_END = frozenset({".", ",", ")", ";", ":", "please", "!", "?"})
_NEGATING = frozenset({"non", "un"})


def a_language(run: ActorRun, h: TokenHit) -> bool:
    """Whether the demonym ``h`` is a language: after "speaks" / "in", closing its phrase."""
    t = run.t
    return h.i > 0 and t.norm[h.i - 1] in _SPEECH_BEFORE and not h.possessive \
        and (h.j >= t.n or t.norm[h.j] in _PHRASE_END)


def negated(run: ActorRun, h: TokenHit) -> bool:
    """Whether a prefix negates the demonym ``h``: "non-Ruritanian", "un-Ruritanian"."""
    t = run.t
    start = t.starts[h.i]
    return h.i >= 2 and t.text[start - 1:start] == "-" and t.norm[h.i - 2] in _NEGATING
