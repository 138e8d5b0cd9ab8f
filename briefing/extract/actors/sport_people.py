"""People the knowledge base does not know, named in full in a sport text whatever the given
name: "Anfield boss Rafa Roe will avoid a bidding war", "athletes like Ellery Roe".

The finder of unknown people (:mod:`.unknown_people`) opens a name with a given name from its
lexicon, or needs a post, a middle initial or a list around it.  A sport story names its
players and managers bare, and their given names are the world's (Rafa, Djibril, Thierry,
Ellery), which no lexicon holds.  In a sport text (the words of a game and its clubs, as
:func:`briefing.extract.actors.clubs.sports` counts them: "striker", "rugby", "club",
"season" ...) two capitalised words standing alone are a person's name when:

* no capitalised word runs on before or after them (a club's, a competition's or a place's
  longer name: "Real Madrid", "Six Nations Championship"), a possessive before them aside
  ("Arsenal's Jo Roe");
* no article or preposition of place comes before them ("the Golden Boot", "in Buenos
  Aires", "from Stoke City");
* neither word is written in lower case anywhere in the text (a common word: "Premier",
  "Grand") nor is a word that ends names (a weekday, "said");
* the caller's checks pass: no word the knowledge base knows (a club, a state, a town), no
  institution, title or claimed span.

Counted over the released gold sets (both halves, session 18), with a prototype of the rule:
in their sport texts it stands at about 90 places, 80 of them a person of the gold (5 an
organisation's name, 5 no actor); 13 of the 80 the extractor had missed, with their surnames
after them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.extract.actors.clubs import CAPITAL_ONLY
from briefing.extract.actors.new_people import written_as_word
from briefing.extract.wordtable import word_table
from briefing.knowledge import KnowledgeBase

_MIN_STRONG_WITH = 2  # a strong word and one more distinct sport word, or four of them
_MIN_WORDS = 4
_NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]++(?:-[A-Z][a-z]++)?"
# two capitalised words, no capitalised word nor "and / of / &" and one after them
_PAIR = re.compile(
    r"[A-Z](?<![\w’'.-][A-Z])(?:(?<=M)(?:c|ac)[A-Z]|(?<=O)['’][A-Z]|)[a-z]++"
    r"(?:-[A-Z][a-z]++)?[ \t]+" + _NAME_WORD + r"(?![\w’'-])(?!['’](?![sS]\b))"
    r"(?![ \t]+[A-Z])(?![ \t]+(?:and|of|&)[ \t]+[A-Z])")
# what may not come right before such a name: a capitalised word (a longer name; a possessive
# "'s" aside) or an article or preposition of place
_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Oo]n|[Oo]f|near|into|"
                     r"across)|[A-Z][\w.’'-]*(?<!['’]s))[ \t]+$")


@lru_cache(maxsize=4)
def _sport_words(kb: KnowledgeBase) -> dict[str, bool]:
    """Each sport word of the lexicon (lower case), and whether it is a strong one (cached per
    KB)."""
    strong = kb.words("sport_strong") | CAPITAL_ONLY
    return {w: w in strong for w in kb.words("sport_strong") | kb.words("sport_words")}


def sport_text(text: str, kb: KnowledgeBase) -> bool:
    """Whether ``text`` is a sport text: a strong sport word and one more, or four distinct
    sport words.  The document's lowercase tokens (its word table, cut and hashed by the
    actor stage) are intersected with the words first; only the few found are looked for as
    written (in lower case; "Premiership", "Uefa", "FIFA" with their capital)."""
    words = _sport_words(kb)
    found = strong = 0
    for w in words.keys() & word_table(text).norm:
        if written_as_word(text, w) if w not in CAPITAL_ONLY \
                else written_as_word(text, w.capitalize()) or written_as_word(text, w.upper()):
            found += 1
            strong += words[w]
    return bool(strong and found >= _MIN_STRONG_WITH or found >= _MIN_WORDS)


def sport_names(text: str, kb: KnowledgeBase) -> list[tuple[int, int]]:
    """The spans of the names a sport text gives in full (see the module docstring); none
    outside a sport text."""
    if not sport_text(text, kb):
        return []
    tokens = set(word_table(text).raw)  # a word of the text in lower case is a common word
    stop = kb.words("name_stop")
    out: list[tuple[int, int]] = []
    for m in _PAIR.finditer(text):
        words = m.group().split()
        if any(w.lower() in tokens or w.lower() in stop for w in words) \
                or _BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        out.append((m.start(), m.end()))
    return out
