"""Wire stories typed in lower case, names too: "caracas, march 11 - venezuela will supply
ecuador with crude, minister arturo roe said" (10 of the 19,043 Reuters
stories of the corpora, none of the BBC's or the White House's).

Case tells no name there, as in a story typed in capitals; the actor finder reads such a story
as one in capitals (:meth:`.scan.Tokens.read_as_capitals`), where the knowledge base's names
are found whatever their case (words of four letters or more: "us" stays no "US") and no
capitalised run is taken for a new name.  The sign: the opening words write the names of
states (not their capitals: "Male") in lower case, two of them at least ("venezuela",
"cuba"; not "turkey" alone), more often than capitalised -- ordinary prose never does.
"""

from __future__ import annotations

from briefing.extract.actors.scan import Tokens
from briefing.knowledge import NAME, KnowledgeBase

_SAMPLE = 500  # tokens read: a story's opening shows how it is typed


def typed_lower(t: Tokens, kb: KnowledgeBase) -> bool:
    """Whether the story's opening writes states' names in lower case more often than not,
    two names at least ("turkey" alone may be the bird: a Thanksgiving pardon), see the module
    docstring."""
    lower, upper, seen = 0, 0, set()
    gaz = kb.gazetteer
    for w in t.raw[:_SAMPLE]:
        if len(w) < 4 or not w.isalpha():
            continue
        entries = gaz.get((w.lower(),))
        if entries and any(e[1] == NAME and not e[2] and e[3].lower() == w.lower()
                           and (kb.get(e[0]) or {}).get("kind") == "state" for e in entries):
            if w.islower():
                lower += 1
                seen.add(w)
            elif w[0].isupper():
                upper += 1
    return len(seen) >= 2 and lower > upper
