"""People the knowledge base does not know: what the two finders of them share.

Two passes find such people, each by its own evidence: :mod:`.unknown_people` by given names
("Chris Stals", "Go ahead, Nadia."), :mod:`briefing.extract.quotes.discover` by speech verbs
('"…," said Richard Moffat').  Both then do the same things, here once:

* :class:`Claimed` -- the spans the actors found so far hold (a new name never overlaps one);
* :func:`word_spans` -- where a name or a surname stands as a whole word;
* :func:`written_as_word` -- whether a word stands written so, as a whole word;
* :func:`person` -- the person actor made of a name and its mentions (aliases are the forms
  used, in order), with an id no other actor has;
* :func:`literal_matches` -- where a document's own names (a few words) stand, by ``str.find``;
* :func:`sentence_case_title_end` -- where a headline a capital tells a name in ends;
* :func:`signature_lines` -- the lines of a signature block that are a name alone ("Signed at
  Geneva on ...", then "Jane Roe" and her title): the signatories of an agreement.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import compress

from briefing.extract.actors.base import slug
from briefing.extract.lead_search import finditer_at_leads, lead_strings
from briefing.extract.occurrences import occurrences
from briefing.extract.wordtable import word_table
from briefing.model import Actor, Document, Mention

# characters that continue a word: "O'Brien", "Al-Sisi", "snake_case"
_WORD_JOINERS = "’'-_"
# "Signed at Geneva on 4 May 2021", "Done at Oslo ...", "Signed by:", "For the Government of
# Ruritania:": a signature block follows
# (the lines "^(?:Signed|Done|Witnessed|Initialled)\b[^\n]*$|^For\s+the\s+[^\n]{3,60}:$" with
# each word first and the line's start looked back for after it: the pattern is tried only
# where str.find finds one of the words, see finditer_at_leads)
_SIGNED = re.compile(r"Signed(?<![^\n]Signed)\b[^\n]*$|Done(?<![^\n]Done)\b[^\n]*$|"
                     r"Witnessed(?<![^\n]Witnessed)\b[^\n]*$|"
                     r"Initialled(?<![^\n]Initialled)\b[^\n]*$|"
                     r"For(?<![^\n]For)\s+the\s+[^\n]{3,60}:$", re.MULTILINE)
_SIGNED_LEADS = lead_strings(_SIGNED)
# a line that is a name alone: two to four capitalised words, an initial allowed
_NAME_LINE = re.compile(r"[ \t]*((?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z]+"
                        r"(?:[-'’][A-Z]?[a-z]+)?|[A-Z]\.)){1,3})[ \t]*$")
SIGNATURE_LINES = 12  # lines after "Signed ..." that may hold the signatories' names


class Claimed:
    """The spans (mentions and references) of the actors already found, for overlap tests."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        spans = sorted((m.start, m.end) for a in actors for m in (*a.mentions, *a.references))
        self.starts = [s for s, _e in spans]
        # the furthest end among the spans starting at or before each one: a long span that
        # began well before a query still covers it
        self.reach: list[int] = []
        furthest = -1
        for _s, e in spans:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a claimed span."""
        k = bisect.bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start


def _possessive(text: str, end: int) -> bool:
    """Whether a possessive clitic follows at ``end`` ("Roe's offer", "Roe’s"): the word
    before it still stands whole."""
    return text[end:end + 1] in ("'", "’") and text[end + 1:end + 2] == "s" \
        and not text[end + 2:end + 3].isalnum()


def word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands as a whole word in ``text``, a possessive "'s" after it allowed
    ("Roe's bid") (found with str.find: names differ from document to document, and compiling
    a pattern for each costs more than the search)."""
    out = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in _WORD_JOINERS) \
                and (not (after.isalnum() or after in _WORD_JOINERS) or _possessive(text, end)):
            out.append((at, end))
        at = text.find(word, end)
    return out


def written_as_word(text: str, form: str) -> bool:
    r"""Whether ``form`` stands in ``text`` as a whole word, written so (case-sensitive): no
    letter, digit, "_" or "-" on either side -- what ``(?<![\w-])form(?![\w-])`` finds,
    without a pattern compiled for each word."""
    for at in occurrences(text, form):
        end = at + len(form)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")) \
                and (end == len(text) or not (text[end].isalnum() or text[end] in "_-")):
            return True
    return False


def person(actor_id: str, name: str, spans: Iterable[tuple[int, int]], text: str, *,
           tier: str, rule: str, affiliation: str | None = None,
           title: str | None = None) -> Actor:
    """The person ``name`` mentioned at ``spans`` (each span once, in text order); ``rule`` is
    the rule that found the mentions ("given_name", "speaker")."""
    ordered = sorted(set(spans))
    return Actor(
        id=actor_id, name=name, kind="person", tier=tier,
        aliases=tuple(dict.fromkeys(text[s:e] for s, e in ordered)),
        affiliation=affiliation, title=title,
        mentions=tuple(Mention(s, e, text[s:e], "actor", rule) for s, e in ordered),
        origin="extracted")


def free_id(base: str, taken: set[str], suffix: str = "") -> str:
    """``slug(base)``, or with ``suffix`` (else a number) when another actor has that id; the
    id returned is added to ``taken``."""
    aid = slug(base)
    if aid in taken:
        if suffix and f"{aid}_{suffix}" not in taken:
            aid = f"{aid}_{suffix}"
        else:
            n = 2
            while f"{aid}_{n}" in taken:
                n += 1
            aid = f"{aid}_{n}"
    taken.add(aid)
    return aid


def signature_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the names alone on a line in a signature block: within
    :data:`SIGNATURE_LINES` lines after "Signed at ...", "Done at ...", "Witnessed by:" or "For
    the Government of A:", up to the next line of running text."""
    out: list[tuple[int, int]] = []
    for m in finditer_at_leads(_SIGNED, _SIGNED_LEADS, text):
        at = m.end() + 1
        for _ in range(SIGNATURE_LINES):
            if at >= len(text):
                break
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            if len(line) > 80 or line.rstrip().endswith((".", "?", "!")) and len(line) > 40:
                break  # running text again
            name = _NAME_LINE.fullmatch(line)
            if name:
                out.append((at + name.start(1), at + name.end(1)))
            at = end + 1
    return sorted(set(out))


_CAP_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def opens_longer_name(text: str, start: int) -> bool:
    """Whether a capitalised word inside the sentence comes just before ``start`` ("Uncle
    Jo", "Saint Thomas"), not one that opens the sentence ("But Jo said")."""
    g = _CAP_BEFORE.search(text, max(0, start - 30), start)
    if g is None:
        return False
    before = text[max(0, g.start(1) - 3):g.start(1)].rstrip(" \t")
    return not (before == "" or before[-1] in ".!?\n\"“”'‘’:—")


# a given name standing alone (no capitalised word after it; a possessive may follow)
_LONE_GIVEN = re.compile(r"([A-Z](?<![\w’'.-][A-Z])[a-z]++)(?=(?:['’]s)?(?![\w’'-])(?!\s+[A-Z]))")


def lone_given(text: str, given: frozenset[str]) -> list[re.Match[str]]:
    """The matches of ``_LONE_GIVEN`` in ``text`` whose name is in ``given`` (lowercase), in
    order.  Such a name is a whole token, capitalised ("Jo"), so the pattern is tried only
    where the text writes one of its capitalised tokens that is a given name (the document's
    word table, cut once for the actor stage), found by ``str.find``, instead of at every
    capital letter of the text (the same matches: a test compares them; prose asks this too
    since session 16; over ``articles/`` 10.1 M instructions before, 4.4 M with every token
    intersected, less with the capitalised ones only)."""
    starts: set[int] = set()
    table = word_table(text)
    for name in given.intersection(compress(table.norm, table.caps)):
        written = name[:1].upper() + name[1:]
        size = len(written)
        for at in occurrences(text, written):
            # (not the start of a longer word, "Al" of "Also": a name that is a word of the
            # text is found as itself)
            if not "a" <= text[at + size:at + size + 1] <= "z":
                starts.add(at)
    out = []
    for at in sorted(starts):
        m = _LONE_GIVEN.match(text, at)
        if m is not None and m.group(1).lower() in given:
            out.append(m)
    return out


def sentence_case_title_end(document: Document) -> int:
    """Where the headline ends when it is written in sentence case ("Bath faced with Roe
    ultimatum"), else 0: in a capitals or title-case headline a capital tells no name."""
    span = document.title_span
    if not span:
        return 0
    words = [w for w in document.text[span[0]:span[1]].split() if len(w) >= 4 and w.isalpha()]
    capped = sum(w[0].isupper() for w in words)
    return span[1] if words and capped <= 0.6 * len(words) else 0


# the document's own names are found by str.find and these fixed patterns, as
# ``re.finditer(_WORD_START + "(?:name|other name)" + END, text)`` would find them: a pattern
# compiled per document (its names) cost ~0.2 ms each and crowded the regex module's cache
_WORD_START = r"(?<![\w’'-])"
_AT_WORD_START = re.compile(_WORD_START)


def literal_matches(text: str, words: list[str],
                     end: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each match of ``_WORD_START (?:w1|w2|...) END`` in ``text``, as
    ``finditer`` gives them: at each place the first word of ``words`` (non-empty, in the
    alternation's order) that is there and ``end`` accepts, left to right, none overlapping."""
    best: dict[int, tuple[int, str]] = {}  # start -> (rank, word)
    for rank, word in enumerate(words):
        for at in occurrences(text, word):
            if at not in best and _AT_WORD_START.match(text, at) is not None \
                    and end.match(text, at + len(word)) is not None:
                best[at] = (rank, word)  # (an earlier word at this place was tried first)
    found: list[tuple[int, int, str]] = []
    stop = 0
    for at in sorted(best):
        if at >= stop:
            word = best[at][1]
            stop = at + len(word)
            found.append((at, stop, word))
    return found
