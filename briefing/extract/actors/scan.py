"""Tokens of a document and case-aware gazetteer matching for the actor extractor.

The document is cut into the same tokens as the KB's names (:func:`briefing.knowledge.tokenize`):
runs of word characters and single punctuation marks.  Matching walks the tokens once, left to
right, looking up each token's possible name lengths in ``first`` and trying the longest first,
so it costs about one dict lookup per token.  A match must respect the entry's case rule:
acronyms exactly ("US" is not "us", "IS" is not "is"); other names need the capitals the KB
form has ("Nusra Front", not "nusra front"), so "turkey" or "chad" in running text are no
states; a particle inside a name may be written in either case ("Willy de Clercq" for the
KB's "Willy De Clercq").  A possessive "'s" after a name stays outside the span and marks the match.

A read-only gazetteer (the KB's) is also walked as a token trie, built once per gazetteer: from
a start token it follows only the names the text continues, so a word that starts long names
("united", "national") costs one dict lookup per matching token instead of one tuple key per
possible length.  Plain dicts (the names learnt from one document, which change between scans)
are looked up length by length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from itertools import compress
from typing import TypeVar

from briefing.extract.wordtable import word_table
from briefing.knowledge import TOKEN_RE
from briefing.model import Document

_C = TypeVar("_C")
try:
    from mypy_extensions import mypyc_attr
except ImportError:  # a plain install: the decorator only speaks to mypyc, a no-op at run time
    def mypyc_attr(*_attrs: str, **_kwattrs: object) -> Callable[[_C], _C]:
        return lambda cls: cls

_APOS = ("'", "’", "‘")
_COMPACT = str.maketrans({"‐": "-", "‑": "-", "’": "'", "‘": "'", "`": "'", " ": None})

# A gazetteer entry: actor id, form type (NAME, SURNAME, ...), exact case, the form, and the
# dates (ISO, or None) between which the form names the actor.
Entry = tuple[str, str, bool, str, str | None, str | None]


class _LineStart:
    """``line_start[i]``: does token ``i`` begin a line?  Computed on demand (rarely asked)."""

    __slots__ = ("_t",)

    def __init__(self, tokens: Tokens) -> None:
        self._t = tokens

    def __getitem__(self, i: int) -> bool:
        t = self._t
        return i == 0 or "\n" in t.text[t.ends[i - 1]:t.starts[i]]


# word characters that are neither ASCII, digits nor "_": with A-Z, the letters that count as
# capitals ("É", but also "é": only a-z count as lower case)
_OTHER_LETTER = re.compile(r"[^\x00-\x7f\W\d]")
_NOT_AZ = bytes(c for c in range(256) if not 65 <= c <= 90)  # bytes.translate deletes these
_NOT_az = bytes(c for c in range(256) if not 97 <= c <= 122)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def _mostly_capitals(sample: str) -> bool:
    """Whether more than 70 % of the letters are capitals (a capitals-only wire story).

    Letters are counted in C, without a string per letter: the ASCII ones by deleting all other
    bytes (``bytes.translate``), the few others by a regex.
    """
    ascii_part = sample.encode("ascii", "ignore")
    upper = len(ascii_part.translate(None, _NOT_AZ))
    lower = len(ascii_part.translate(None, _NOT_az))
    if not sample.isascii():
        upper += len(_OTHER_LETTER.findall(sample))
    return upper > 0 and upper > 0.7 * (upper + lower)


# the optional compiled build (setup.py, mypyc) cannot make a subclass of list native
@mypyc_attr(native_class=False)
class SentenceStarts(list[int]):
    """The first token of each sentence, in order, where ``k in starts`` is a set lookup.

    The rules ask "does a sentence start at token k?" for many tokens; on a plain list each
    question walked every sentence (the largest single cost of alias learning).
    """

    def __init__(self, firsts: list[int]) -> None:
        super().__init__(firsts)
        self._set = frozenset(firsts)

    def __contains__(self, k: object) -> bool:
        return k in self._set


class Tokens:
    """Parallel lists over the document's tokens, plus sentence and heading membership."""

    __slots__ = ("text", "starts", "ends", "raw", "norm", "n", "sent", "sent_tok",
                 "sent_spans", "upper_doc", "title_end", "heading_toks", "line_start", "caps")

    def __init__(self, document: Document) -> None:
        text = document.text
        self.text = text
        # the split, the lowercase forms and the capitals are the document's word table's,
        # made once for every stage that reads the words
        table = word_table(text)
        self.starts = starts = table.starts
        self.ends = table.ends
        self.raw = table.raw
        self.norm = table.norm
        self.n = n = table.n
        self.caps = table.caps
        spans = [(s.start, s.end) for s in document.sentences] or [(0, len(text))]
        if document.title_span:
            spans.append(document.title_span)
        for sec in document.sections:
            if sec.heading_span:
                spans.append(sec.heading_span)
        spans.sort()
        self.sent_spans = spans
        # sentence index of each token: the tokens before each span's start belong to the
        # span before (slices filled in C, the first token of a span found by bisection)
        sent = [0] * n
        sent_tok: list[int] = []
        k = 0
        for idx, (s, _e) in enumerate(spans):
            stop = max(k, bisect.bisect_left(starts, s))
            if stop > k:
                sent[k:stop] = [idx - 1 if idx else 0] * (stop - k)
                k = stop
            sent_tok.append(k)
        sent[k:] = [max(0, len(spans) - 1)] * (n - k)
        self.sent = sent
        self.sent_tok = SentenceStarts(sent_tok)
        self.upper_doc = _mostly_capitals(text[:4000])
        self.title_end = document.title_span[1] if document.title_span else -1
        heading: set[int] = set()
        marked = [sec.heading_span for sec in document.sections if sec.heading_span]
        if document.title_span:
            marked.append(document.title_span)
        for a_off, b_off in marked:
            a = bisect.bisect_left(starts, a_off)
            b = bisect.bisect_left(starts, b_off)
            heading.update(range(a, b))
        self.heading_toks = heading
        self.line_start = _LineStart(self)

    def read_as_capitals(self) -> None:
        """Read a story typed in lower case as one in capitals
        (:func:`briefing.extract.lower_case_text.names_in_lower_case`): every
        word a possible name, none proved one by its case; a word of three letters or fewer
        keeps its case, so "us" is no "US", "it" no "IT" (new lists: the word table is shared
        with the other stages)."""
        self.raw = [r.upper() if len(r) > 3 else r for r in self.raw]
        self.caps = [r[:1].isupper() for r in self.raw]
        self.upper_doc = True

    def glued(self, i: int) -> bool:
        """True when token ``i`` touches the token before it (no space between)."""
        return i > 0 and self.starts[i] == self.ends[i - 1]

    def cap(self, i: int) -> bool:
        return 0 <= i < self.n and self.caps[i]

    def possessive_after(self, j: int) -> int:
        """Tokens taken by a possessive clitic right after token ``j - 1`` ('s or s'), else 0."""
        if j < self.n and self.raw[j] in _APOS and self.glued(j):
            if j + 1 < self.n and self.norm[j + 1] == "s" and self.glued(j + 1):
                return 2
            if self.norm[j - 1].endswith("s"):
                return 1  # "Israelis'"
        return 0

    def sentence_of(self, i: int) -> int:
        return self.sent[i] if 0 <= i < self.n else -1

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.starts[i]:self.ends[j - 1]]


class TokenHit:
    """A gazetteer (or pattern) match over tokens ``[i, j)``."""

    __slots__ = ("i", "j", "entries", "actor", "ftype", "possessive", "rule", "role")

    def __init__(self, i: int, j: int, entries: tuple[Entry, ...],
                 rule: str = "gazetteer") -> None:
        self.i, self.j = i, j
        self.entries = entries
        self.actor: str | None = None
        self.ftype = ""
        self.possessive = False
        self.rule = rule
        self.role = "actor"

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"TokenHit({self.i},{self.j},{self.actor},{self.ftype})"


_FORM_CACHE: dict[str, tuple[str, tuple[str, ...]]] = {}


def _form_shape(form: str) -> tuple[str, tuple[str, ...]]:
    shape = _FORM_CACHE.get(form)
    if shape is None:
        toks = tuple(TOKEN_RE.findall(form))
        shape = ("".join(toks).translate(_COMPACT), toks)
        _FORM_CACHE[form] = shape
    return shape


# particles inside a name, written in either case ("Willy De Clercq", "Willy de Clercq")
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "dos",
                        "das", "la", "le", "ter", "ten", "al", "el"})


# a body's head noun, which wire copy writes in lower case after the name's capitalised words
# ("the Paris club", "the Cairns group", "the Socialist party")
_LOWER_HEADS = frozenset({"club", "group", "party", "bank", "exchange", "board", "council",
                          "union", "church", "association", "federation", "committee",
                          "commission", "league", "alliance", "front", "movement", "pact",
                          "community", "congress", "assembly", "institute", "agency", "fund"})


def case_ok(entry: Entry, raw: list[str]) -> bool:
    """Does the surface (raw tokens) satisfy the entry's case rule?"""
    compact, ftoks = _form_shape(entry[3])
    if entry[2]:  # exact
        return "".join(raw).translate(_COMPACT) == compact
    if len(ftoks) != len(raw):
        return False
    last = len(ftoks) - 1
    for x, (f, r) in enumerate(zip(ftoks, raw, strict=True)):
        if f[:1].isupper() and not r[:1].isupper() and (x == last or f.lower() not in _PARTICLES) \
                and not (x == last and x and raw[0][:1].isupper() and r in _LOWER_HEADS):
            return False  # a name's particle may be lower case ("Willy de Clercq")
    return True


class _Node:
    """A token trie node: the names continuing with each next token, and whether the tokens
    walked so far are a whole name; for a whole name, its entries and whether every one of
    them needs a capital first letter, read from the gazetteer when first needed (a read-only
    gazetteer: they never change; the KB's unpacks its entries lazily, so the trie does too)."""

    __slots__ = ("children", "whole", "entries", "cap_first")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.whole = False
        self.entries: tuple[Entry, ...] | None = None
        self.cap_first = False


def _needs_capital(entry: Entry) -> bool:
    """Whether :func:`case_ok` fails for ``entry`` whenever the first token does not begin
    with a capital: an exact form whose first character is one, or a form whose first word
    has one and is no particle that may be written in lower case (a one-word name's is)."""
    compact, ftoks = _form_shape(entry[3])
    if entry[2]:
        return compact[:1].isupper()
    return bool(ftoks) and ftoks[0][:1].isupper() and (
        len(ftoks) == 1 or ftoks[0].lower() not in _PARTICLES)


def _node_entries(node: _Node, gazetteer: Mapping[tuple[str, ...], tuple[Entry, ...]],
                  key: list[str]) -> tuple[Entry, ...]:
    """The entries of the whole name ``key`` that ``node`` ends (cached on the node)."""
    entries = node.entries
    if entries is None:
        entries = node.entries = gazetteer.get(tuple(key)) or ()
        node.cap_first = bool(entries) and all(map(_needs_capital, entries))
    return entries


_TRIES: dict[int, tuple[Mapping[tuple[str, ...], tuple[Entry, ...]], dict[str, _Node]]] = {}


def _trie(gazetteer: Mapping[tuple[str, ...], tuple[Entry, ...]]) -> dict[str, _Node] | None:
    """The token trie of a read-only gazetteer (built once), None for a plain dict."""
    if isinstance(gazetteer, dict):
        return None  # a document's learnt names: they change between scans
    cached = _TRIES.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    root: dict[str, _Node] = {}
    for key in gazetteer:
        level = root
        node: _Node | None = None
        for tok in key:
            node = level.get(tok)
            if node is None:
                node = level[tok] = _Node()
            level = node.children
        if node is not None:
            node.whole = True
    if len(_TRIES) >= 8:  # a few knowledge bases per process at most (tests build several)
        _TRIES.clear()
    _TRIES[id(gazetteer)] = (gazetteer, root)  # the reference keeps the id from being reused
    return root


def scan(tokens: Tokens, gazetteer: Mapping[tuple[str, ...], tuple[Entry, ...]],
         first: Mapping[str, int | tuple[int, ...]], taken: bytearray | None = None,
         rule: str = "gazetteer", candidates: list[int] | None = None) -> list[TokenHit]:
    """Longest, left-to-right, non-overlapping gazetteer matches over untaken tokens.

    ``candidates`` (sorted token indices) limits where a match may start."""
    norm, n = tokens.norm, tokens.n
    trie = _trie(gazetteer)
    # candidate starts in one pass, in C (compress over the membership of each token)
    starts = candidates if candidates is not None else \
        list(compress(range(n), map(first.__contains__, norm)))
    if trie is not None:
        return _scan_trie(tokens, gazetteer, trie, first, taken, rule, starts)
    hits: list[TokenHit] = []
    pos = 0
    for i in starts:
        if i < pos or (taken is not None and taken[i]):
            continue
        found = first[norm[i]]  # every start is a word of ``first`` (so are the candidates)
        lengths: Iterable[int] = range(found, 0, -1) if isinstance(found, int) else found
        for length in lengths:
            j = i + length
            if j > n:
                continue
            entries = gazetteer.get(tuple(norm[i:j]))
            if not entries:
                continue
            hit = _hit_at(tokens, entries, i, j, taken, rule)
            if hit is not None:
                hits.append(hit)
                pos = j
                break
    return hits


def _dotted_letters_go_on(tokens: Tokens, j: int) -> bool:
    """Whether dotted letters ending at token ``j`` ("U.S", "U.S.") go on past it, glued:
    ".C." -- one capital letter between stops."""
    raw, n = tokens.raw, tokens.n
    if raw[j - 1] != "." and j < n and raw[j] == "." and tokens.glued(j):
        j += 1
    return j + 1 < n and tokens.glued(j) and len(raw[j]) == 1 and raw[j].isupper() \
        and raw[j + 1] == "." and tokens.glued(j + 1)


def _hit_at(tokens: Tokens, entries: tuple[Entry, ...], i: int, j: int,
            taken: bytearray | None, rule: str) -> TokenHit | None:
    """The hit of the name on tokens ``i:j`` with these gazetteer ``entries``, or None: no
    token already taken, no blank line inside, and the entries whose case the text allows
    (both walks of :func:`scan` end here)."""
    if taken is not None and any(taken[i:j]):
        return None
    if j - i > 1 and _BLANK_LINE.search(tokens.text, tokens.starts[i], tokens.ends[j - 1]):
        return None  # a name never runs across a blank line ("Kingdom\n\nof Cambodia")
    raw = tokens.raw
    if j - i > 2 and raw[i + 1] == "." and _dotted_letters_go_on(tokens, j):
        return None  # "U.S.C." (the U.S. Code) is not "U.S."
    ok = tuple(e for e in entries if case_ok(e, raw[i:j]))
    if ok and j - i == 1 and raw[i].isupper() and _acronym_in_prose(tokens, i):
        # "AMR" in running text is an acronym, not the name "Amr" written in capitals
        ok = tuple(e for e in ok if e[3].isupper())
    if not ok:
        return None
    hit = TokenHit(i, j, ok, rule)
    hit.possessive = tokens.possessive_after(j) > 0
    return hit


def _scan_trie(tokens: Tokens, gazetteer: Mapping[tuple[str, ...], tuple[Entry, ...]],
               trie: dict[str, _Node], first: Mapping[str, int | tuple[int, ...]],
               taken: bytearray | None, rule: str, starts: list[int]) -> list[TokenHit]:
    """:func:`scan` over a read-only gazetteer: from each start the trie is followed as far
    as the text continues a name, and the names so found (longest first, those ``first``
    allows) are tried with the entries their nodes keep.  A name every entry of which needs a
    capital first letter is not tried at a token without one ("to", "said", "a": the KB's
    acronyms and names written so, most starts of a text): :func:`case_ok` would refuse
    them all.  The same hits as the length-by-length walk."""
    hits: list[TokenHit] = []
    norm, n, caps = tokens.norm, tokens.n, tokens.caps
    pos = 0
    for i in starts:
        if i < pos or (taken is not None and taken[i]):
            continue
        found = first[norm[i]]  # every start is a word of ``first`` (so are the candidates)
        # the whole names the tokens from ``i`` spell, shortest first
        names: list[tuple[int, _Node]] = []
        node = trie.get(norm[i])
        j = i + 1
        while node is not None:
            if node.whole:
                names.append((j, node))
            if j >= n:
                break
            node = node.children.get(norm[j])
            j += 1
        capital = caps[i]
        for j, node in reversed(names):
            if not (j - i <= found if isinstance(found, int) else j - i in found):
                continue  # a length ``first`` does not allow here
            entries = node.entries
            if entries is None:
                entries = _node_entries(node, gazetteer, norm[i:j])
            if not entries or (node.cap_first and not capital):
                continue
            hit = _hit_at(tokens, entries, i, j, taken, rule)
            if hit is not None:
                hits.append(hit)
                pos = j
                break
    return hits


_HONORIFICS = frozenset({"mr", "ms", "mrs", "dr", "miss", "madam", "president", "secretary",
                         "ambassador", "general", "admiral", "senator"})


def _acronym_in_prose(tokens: Tokens, i: int) -> bool:
    """A short all-capitals word in a mixed-case line, not a transcript's speaker label
    ("MR. KIRBY:") nor a capitals headline ("SHULTZ TO MEET ...")."""
    word = tokens.raw[i]
    if not (2 <= len(word) <= 5 and word.isalpha() and word.isupper()) \
            or not tokens.text[tokens.starts[i]].isupper():
        return False  # (a story typed in lower case, read as capitals: "peru" is no acronym)
    if i + 1 < tokens.n and tokens.norm[i + 1] == ":":
        return False
    p = i - 1
    if p >= 0 and tokens.norm[p] == ".":
        p -= 1
    if p >= 0 and tokens.norm[p] in _HONORIFICS:
        return False
    text = tokens.text
    lo = text.rfind("\n", 0, tokens.starts[i]) + 1
    hi = text.find("\n", tokens.ends[i])
    line = text[lo:hi if hi >= 0 else len(text)]
    return any(c.islower() for c in line)


acronym_in_prose = _acronym_in_prose  # for the pass of unknown acronyms (actor_acronyms)


def mark(taken: bytearray, hits: Iterable[TokenHit]) -> None:
    for h in hits:
        for k in range(h.i, h.j):
            taken[k] = 1
