"""Wire stories typed in lower case, names too: "caracas, march 11 - venezuela will supply
ecuador with crude, minister arturo roe said" (8 of the 19,043 Reuters
stories of the corpora, none of the BBC's or the White House's).

Case tells no name there, as in a story typed in capitals; the actor finder reads such a story
as one in capitals (:meth:`.scan.Tokens.read_as_capitals`), where the knowledge base's names
are found whatever their case (words of four letters or more: "us" stays no "US") and no
capitalised run is taken for a new name.  The sign: the opening words write the names of
states (not their capitals: "Male") in lower case, two of them at least ("venezuela",
"cuba"; not "turkey" alone), more of them than it capitalises -- ordinary prose never does.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import not_

from briefing.extract.actors.scan import Tokens
from briefing.knowledge import NAME, KnowledgeBase

_SAMPLE = 200  # tokens read: a story's opening shows how it is typed (its first sentences)


@lru_cache(maxsize=4)
def _state_names(kb: KnowledgeBase) -> frozenset[str]:
    """The one-word names of the KB's states, lower case, of four letters or more."""
    return frozenset(key[0] for key, entries in kb.gazetteer.items()
                     if len(key) == 1 and len(key[0]) >= 4 and key[0].isalpha()
                     and any(e[1] == NAME and not e[2] and e[3].lower() == key[0]
                             and (kb.get(e[0]) or {}).get("kind") == "state" for e in entries))


def typed_lower(t: Tokens, kb: KnowledgeBase) -> bool:
    """Whether the story's opening writes more states' names in lower case than capitalised,
    two names at least ("turkey" alone may be the bird: a Thanksgiving pardon),
    see the module docstring (sets intersected in C: no Python step per word)."""
    names = _state_names(kb)
    norm = t.norm[:_SAMPLE]
    lower = names.intersection(compress(norm, map(not_, t.caps[:_SAMPLE])))
    if len(lower) < 2:
        return False  # (most texts: none)
    # capitalised as in prose ("Ecuador"), not in a capitals headline ("ECUADOR")
    title = names.intersection(compress(norm, map(str.istitle, t.raw[:_SAMPLE])))
    return len(lower) >= 2 and len(lower) > len(title)
