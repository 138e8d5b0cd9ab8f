"""Is this text typed in lower case?  The one place that answers, for every stage.

A wire story is sometimes typed in lower case, wholly or in its opening: "caracas, march 11 -
venezuela will supply ecuador with crude, minister arturo roe said".  Two signs tell it, of two
strengths, and each reader asks for the one it needs:

* :func:`dateline_in_lower_case` -- the body opens in lower case: a month in lower case before
  the day, then the dash and a lower-case word ("Quito, march 11 - ecuador ..."), which no text
  in ordinary case writes.  Text only, cheap.  Enough for the time expressions
  (:mod:`briefing.extract.time.lower_case`), which then read "march 11" as "March 11": a month
  is a month whatever else is typed in lower case.
* :func:`names_in_lower_case` -- the story writes the names of states in lower case ("venezuela",
  "cuba"; not their capitals: "Male"), two of them at least ("turkey" alone may be the bird), and
  more of them than it capitalises: ordinary prose never does.  Needs the knowledge base's state
  names.  The actor finder then reads the story as one in capitals
  (:meth:`briefing.extract.actors.scan.Tokens.read_as_capitals`), a bigger change (no name is
  known by its case any more), so it asks for this stronger sign.

Why two functions in one module, not one answer: the signs disagree on real stories, and each
stage keeps the one it was tuned on.  Over the Reuters corpus the dateline sign flags 37 stories
and the names sign 8, 6 of them both: most of the dateline-only stories type their first
paragraph in lower case and the rest in ordinary case (casing their months is right; reading
all their names as capitals would be wrong), and the two names-only stories have a capitalised
dateline ("HAVANA, Oct 19 - iranian foreign minister ...").  The module sits in
``briefing.extract`` (not in the actors' package) so that the time layer may import it without
the actor finder's modules; it imports only the time words and the knowledge base's types.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import not_
from typing import Protocol

from briefing.extract.time.words import MONTH_ABBR, MONTH_NAMES
from briefing.knowledge import NAME, KnowledgeBase

LOWER_MONTHS = MONTH_NAMES.lower()
LOWER_ABBR = MONTH_ABBR.lower()
_LOWER_DATELINE = re.compile(rf"^[A-Z][A-Za-z .]*,\s+(?:{LOWER_MONTHS}|(?:{LOWER_ABBR})\.?)\s+"
                             r"\d{1,2}\s+[-–]\s+[a-z]", re.MULTILINE)
DATELINE_HEAD = 400  # a wire story's dateline opens its body, after the headline
_SAMPLE = 200  # tokens read: a story's opening shows how it is typed (its first sentences)


class Words(Protocol):
    """A text's tokens as parallel lists (a :class:`~briefing.extract.wordtable.WordTable`, the
    actor finder's ``Tokens``): as written, lower case, and whether each begins with a capital."""

    raw: list[str]
    norm: list[str]
    caps: list[bool]


def dateline_in_lower_case(text: str) -> bool:
    """Whether the text's dateline is typed in lower case ("Quito, march 11 - ecuador ...")."""
    # (the cheap test first: a dateline's dash)
    return text.find(" - ", 0, DATELINE_HEAD) >= 0 and _LOWER_DATELINE.search(
        text, 0, DATELINE_HEAD) is not None


@lru_cache(maxsize=4)
def _state_names(kb: KnowledgeBase) -> frozenset[str]:
    """The one-word names of the KB's states, lower case, of four letters or more."""
    return frozenset(key[0] for key, entries in kb.gazetteer.items()
                     if len(key) == 1 and len(key[0]) >= 4 and key[0].isalpha()
                     and any(e[1] == NAME and not e[2] and e[3].lower() == key[0]
                             and (kb.get(e[0]) or {}).get("kind") == "state" for e in entries))


def names_in_lower_case(words: Words, kb: KnowledgeBase) -> bool:
    """Whether the story's opening writes more states' names in lower case than capitalised,
    two names at least (sets intersected in C: no Python step per word)."""
    names = _state_names(kb)
    norm: Sequence[str] = words.norm[:_SAMPLE]
    lower = names.intersection(compress(norm, map(not_, words.caps[:_SAMPLE])))
    if len(lower) < 2:
        return False  # (most texts: none)
    # capitalised as in prose ("Ecuador"), not in a capitals headline ("ECUADOR")
    title = names.intersection(compress(norm, map(str.istitle, words.raw[:_SAMPLE])))
    return len(lower) > len(title)
