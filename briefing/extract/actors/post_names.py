"""A name right after its holder's post: "the club's general manager Jo Roe", "new coach Jo
Roe", "Ruritanian ambassador to Athens Jo Roe", "Undersecretary of State Affairs Jo Roe".

The finder of unknown people (:mod:`.unknown_people`) opens a name with a given name from its
lexicon; wire and BBC copy name many people whose given names no lexicon holds ("general
manager Arrigo Roe", "patriarch Gianfilo Roe").  A post noun just before two capitalised words
(no further capitalised word after them) says they are its holder's name, whatever the given
name.  Counted over the released gold sets but blind14 (session 15): of 323 places where this
pattern stands (with the post's "to / in / of Place", and capitalised posts), gold names
someone at 322, and the extractor missed 8 of them, each for a given name no lexicon holds; the
one place with no person ("Chief Trade Policy and Planning Adviser") is a title running on
with "and": a name followed by "and" / "of" / "&" and a capitalised word is left out.  The
caller checks the words against the knowledge base (a state, a body, a title word) as for any
new name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# the posts (lower case; capitalised as a title: "Ambassador", "Undersecretary")
_POSTS = frozenset({
    "ambassador", "envoy", "head", "chief", "chairman", "chairwoman", "director", "president",
    "manager", "spokesman", "spokeswoman", "spokesperson", "secretary", "leader", "governor",
    "officer", "minister", "official", "representative", "delegate", "negotiator", "treasurer",
    "commissioner", "mediator", "analyst", "economist", "executive", "adviser", "advisor",
    "coach", "patriarch", "striker", "editor", "founder", "counterpart", "counter-part",
    "undersecretary", "chef"})
_PLACE_LINKS = frozenset({"to", "in", "at", "of"})
# two capitalised words (a particle between them) with no capitalised word, nor "and" / "of" /
# "&" and one, after them.  (The pattern opens with a capital, checking the word's start after
# it, so that the regex engine skips in C every position that is no capital; the post before
# the name is checked in Python on the few matches: an alternation of posts opening the
# pattern would be tried at most positions of the text.)
_NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]++(?:-[A-Z][a-z]++)?"
_PARTICLE = r"(?:(?:van|von|de|da|del|di|du|dos|le|la|al|el|bin)[ \t]+)?"
_PAIR = re.compile(
    r"[A-Z](?<![\w’'.-][A-Z])(?:(?<=M)(?:c|ac)[A-Z]|(?<=O)['’][A-Z]|)[a-z]++"
    r"(?:-[A-Z][a-z]++)?[ \t]+" + _PARTICLE + _NAME_WORD + r"(?![\w’'-])(?!['’](?![sS]\b))"
    r"(?![ \t]+[A-Z])(?![ \t]+(?:and|of|&)[ \t]+[A-Z])")


def _is_post(word: str) -> bool:
    return word in _POSTS or (word[:1].isupper() and word[:1].lower() + word[1:] in _POSTS)


def _is_place_word(word: str) -> bool:
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower()


def _after_post(text: str, start: int) -> bool:
    """Whether a post ends right before ``start``: "coach ", "ambassador to Athens ",
    "Undersecretary of State Affairs " (spaces or tabs only, no line break)."""
    lo = max(0, start - 60)
    window = text[lo:start]
    if not window or window[-1] not in " \t":
        return False
    words = window[window.rfind("\n") + 1:].split()
    if len(words) < 6 and lo:
        words = words[1:]  # the window's first word may be cut
    if words and _is_post(words[-1]):
        return True
    for n in (1, 2):  # "to Athens", "of State Affairs"
        if len(words) >= n + 2 and words[-n - 1] in _PLACE_LINKS and _is_post(words[-n - 2]) \
                and all(_is_place_word(w) for w in words[-n:]):
            return True
    return False


def post_names(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the names right after a post (see the module docstring)."""
    for m in _PAIR.finditer(text):
        if _after_post(text, m.start()):
            yield m.start(), m.end()
