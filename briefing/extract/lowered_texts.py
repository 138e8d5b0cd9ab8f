"""The lowercase forms of the texts the stages test for words, made once (for the gates and
the stages that ask the same sentences again and again), and the word keys of the sentences the
tracker has keyed (:func:`register_keys`).

Split from :mod:`briefing.extract.gate`, which re-exports the public names.
"""

from __future__ import annotations

import re

# The lowercase form of the texts asked about most (a document's, by every stage), made once
# per text: (text, str.lower(text), whether offsets and gates hold in it: as long as the text
# and free of the three characters IGNORECASE matches to an ASCII letter where str.lower does
# not: "İ", "ı", "ſ" (gate._FOLDS_TO_ASCII)).  A few entries: the pipeline analyses one document
# at a time; the entry keeps its text, so its id is not reused while it is cached.
_LOWER_CACHE: dict[int, tuple[str, str, bool]] = {}
_SHARED_MIN = 400  # shorter texts (a sentence, a window) are lowered where they are asked


def _plain_lowering(text: str, low: str) -> bool:
    """Whether ``low`` (``text.lower()``) keeps ``text``'s offsets and its gates: as long as
    ``text``, which holds none of the three characters above (spelt out: a generator costs
    more)."""
    return len(low) == len(text) and (text.isascii() or not (
        "\u0130" in text or "\u0131" in text or "\u017f" in text))


def _lowered(text: str) -> tuple[str, bool]:
    got = _LOWER_CACHE.get(id(text))
    if got is None or got[0] is not text:
        low = text.lower()
        if len(_LOWER_CACHE) >= 4:
            _LOWER_CACHE.clear()
        got = _LOWER_CACHE[id(text)] = (text, low, _plain_lowering(text, low))
    return got[1], got[2]


# The short texts gates lowered whole (sentences, names, windows), keyed by the text: each
# maps to its lowercase form and whether it holds a letter IGNORECASE folds to ASCII where
# str.lower does not.  The stages ask about a document's sentences in turns (every sentence
# for one rule, then every sentence for the next), so one last text kept was lowered again
# at nearly every ask (3,974 lowerings of 1,353 texts a pass of articles/); a few hundred
# texts cover a document.  Cleared when full; entries are made whole before they are stored
# (threads read a consistent entry, and at worst lower a text twice).
_SHORT_CACHE: dict[str, tuple[str, bool]] = {}
_SHORT_CACHE_SIZE = 512


def _short_lowered(text: str) -> tuple[str, bool]:
    got = _SHORT_CACHE.get(text)
    if got is None:
        folds = not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text)
        if len(_SHORT_CACHE) >= _SHORT_CACHE_SIZE:
            _SHORT_CACHE.clear()
        got = _SHORT_CACHE[text] = (text.lower(), folds)
    return got


# The word keys (3- and 4-letter starts of the runs of a-z) of a document's sentences, lowered,
# keyed by the sentence: the tracker makes them for its lexicons and registers them here
# (:func:`register_keys`), so that a gate asked about such a sentence tests the needs that open
# a word by set lookups first (:mod:`briefing.extract.anchored`).  The keys are a function of
# the text alone: an entry made for another document's sentence is as true.
_TEXT_KEYS: dict[str, set[str]] = {}
_TEXT_KEYS_SIZE = 2048


def register_keys(text: str, keys: set[str]) -> None:
    """Keep ``keys``, the word keys of ``text.lower()`` (see above), for the gates."""
    if len(_TEXT_KEYS) >= _TEXT_KEYS_SIZE:
        _TEXT_KEYS.clear()
    _TEXT_KEYS[text] = keys


# Text whose every character beyond ASCII is punctuation ("’", "“", "—", "…"): neither a word
# character nor a space, and uncased; nor does it hold the ASCII controls that Unicode counts as
# spaces (\x1c-\x1f).  In such text a pattern compiled with ``re.ASCII`` matches exactly as its
# Unicode self -- \w, \d, \s, \b and case folding differ only on characters the text lacks --
# and faster: its classes are table lookups instead of calls into the Unicode database.
_PUNCTUATION = "".join(
    ch for ch in "‘’‚‛“”„‟‐‑‒–—―…•«»‹›′″†‡§¶°"
    if re.fullmatch(r"[^\w\s]", ch) and ch.lower() == ch == ch.upper() == ch.casefold())
_NOT_ASCII_ALIKE = re.compile(
    r"[^\x00-\x1b\x20-\x7f" + "".join(f"\\u{ord(ch):04x}" for ch in _PUNCTUATION) + "]")

_COMMON_MARKS = tuple(ch for ch in "’“”—–‘…" if ch in _PUNCTUATION)


def ascii_alike(text: str) -> bool:
    """Whether a pattern's ``re.ASCII`` twin finds in ``text`` exactly what it finds (see
    above): ASCII text, or text whose other characters are punctuation only."""
    if text.isascii():  # (an O(1) flag of the string) then only the four controls can refuse it
        return not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)
    if len(text) >= _SHARED_MIN:
        # a long text (a document) without its commonest marks is often ASCII: a few
        # substring replacements in C cost a fraction of the class tried at every character
        # (~50 instructions a character)
        for mark in _COMMON_MARKS:
            if mark in text:
                text = text.replace(mark, "")
        if text.isascii():
            return not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)
    return _NOT_ASCII_ALIKE.search(text) is None


def ascii_short(text: str) -> bool:
    """:func:`ascii_alike` for ASCII text, and False for any other (no regex over it: a short
    text, asked once, whose answer is not kept)."""
    return text.isascii() and not (
        "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)


# ascii_alike of the long texts asked most (a document's text and its lowercase form, by every
# gate and lexicon scan), answered once per text: a few entries, each keeping its text (as
# _LOWER_CACHE), so that a text's id is not reused while it is cached
_ASCII_CACHE: dict[int, tuple[str, bool]] = {}


def ascii_alike_of(text: str) -> bool:
    """:func:`ascii_alike` ``text``, made once for a long text however many patterns ask (a
    slice of such a text is as ASCII-alike as the text); for a short one,
    :func:`ascii_short`."""
    if len(text) < _SHARED_MIN:  # (ascii_short, inlined: asked at every gated search)
        return text.isascii() and not (
            "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)
    got = _ASCII_CACHE.get(id(text))
    if got is None or got[0] is not text:
        if len(_ASCII_CACHE) >= 4:
            _ASCII_CACHE.clear()
        got = _ASCII_CACHE[id(text)] = (text, ascii_alike(text))
    return got[1]


def lower_short(text: str) -> str:
    """``text.lower()`` of a short text (a sentence) from the cache the gates keep: the stages
    ask about each sentence in turns, and most of them test its lowercase form for words."""
    return _short_lowered(text)[0]


def lower_of(text: str) -> str:
    """``text.lower()``, made once for a long text however many stages ask (a cache of the
    last few texts); short texts are lowered at once."""
    return _lowered(text)[0] if len(text) >= _SHARED_MIN else text.lower()


def lower_for_twins(text: str) -> tuple[str, bool]:
    """:func:`lower_of` ``text``, and whether the case-sensitive twins of case-insensitive
    patterns (:func:`case_twin`) match in it exactly where their patterns match in ``text``:
    the lowercase form is as long and ``text`` holds none of the three letters above."""
    if len(text) >= _SHARED_MIN:
        return _lowered(text)
    low = text.lower()
    return low, _plain_lowering(text, low)
