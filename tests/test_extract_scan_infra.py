"""The matching infrastructure's fast paths give what the plain ones gave.

The KB gazetteer is walked as a token trie (``actors.scan._trie``); a plain dict is looked up
length by length.  Both must find the same hits.  The tokens' sentence index is filled by
slices, the lexicon keys of a sentence by ``map``: both are checked against the definitions.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Mapping

from briefing.corpus import document_from_text
from briefing.extract import wordtable
from briefing.extract.actors import scan as actor_scan
from briefing.extract.negotiations.scan import unit_keys
from briefing.knowledge import TOKEN_RE

ENTRY = tuple[str, str, bool, str, str | None, str | None]


class _ReadOnly(Mapping[tuple[str, ...], tuple[ENTRY, ...]]):
    """A gazetteer that is not a dict, as the KB's is (so ``scan`` walks its trie)."""

    def __init__(self, data: dict[tuple[str, ...], tuple[ENTRY, ...]]) -> None:
        self._data = data

    def __getitem__(self, key: tuple[str, ...]) -> tuple[ENTRY, ...]:
        return self._data[key]

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


NAMES = ["United States", "United States of America", "United Nations",
         "United Nations Security Council", "Security Council", "Nations League", "America",
         "Free Syrian Army", "Syrian", "Army", "EU", "Gulf Cooperation Council", "Gulf"]


def _gazetteer() -> dict[tuple[str, ...], tuple[ENTRY, ...]]:
    gaz: dict[tuple[str, ...], tuple[ENTRY, ...]] = {}
    for k, name in enumerate(NAMES):
        key = tuple(t.lower() for t in re.findall(r"\w+|[^\w\s]", name))
        gaz[key] = ((f"a{k}", "NAME", name.isupper(), name, None, None),)
    return gaz


def _first(gaz: Mapping[tuple[str, ...], object]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for key in gaz:
        lengths.setdefault(key[0], set()).add(len(key))
    return {w: tuple(sorted(v, reverse=True)) for w, v in lengths.items()}


TEXT = ("The United States of America and the United Nations Security Council met.\n"
        "United Nations officials, the Free Syrian Army and Syrian Army units, the EU and "
        "the Gulf Cooperation Council spoke; the Nations League and united states did not.\n\n"
        "The Gulf states and America. United")


def _hits(gaz: Mapping[tuple[str, ...], tuple[ENTRY, ...]], first: dict[str, tuple[int, ...]],
          taken: bytearray | None = None) -> list[tuple[int, int, str]]:
    doc, _ = document_from_text("fixture.txt", TEXT)
    tokens = actor_scan.Tokens(doc)
    return [(h.i, h.j, h.entries[0][0])
            for h in actor_scan.scan(tokens, gaz, first, None if taken is None else taken)]


def test_trie_scan_finds_what_the_length_by_length_scan_finds() -> None:
    gaz = _gazetteer()
    read_only = _ReadOnly(gaz)
    plain = _hits(gaz, _first(gaz))
    assert actor_scan._trie(read_only) is not None and actor_scan._trie(gaz) is None
    assert _hits(read_only, _first(gaz)) == plain
    names = {NAMES[int(aid[1:])] for _i, _j, aid in plain}
    # the longest name wins, "united states" in lower case is no name (case rule)
    assert "United States of America" in names and "United States" not in names
    assert "United Nations Security Council" in names and "Security Council" not in names
    # lengths ``first`` does not list are not tried, with or without the trie
    short_first = {w: tuple(n for n in lengths if n <= 2) for w, lengths in _first(gaz).items()}
    assert _hits(read_only, short_first) == _hits(gaz, short_first)
    # taken tokens are skipped the same way
    taken = bytearray(200)
    taken[3] = 1
    assert _hits(read_only, _first(gaz), taken) == _hits(gaz, _first(gaz), taken)


def test_names_needing_a_capital_are_not_tried_at_lower_case_words() -> None:
    """The trie skips, at a word without a capital, the names every entry of which needs
    one; a name that may open in lower case (an exact form so written, a particle) is still
    found there, as the length-by-length walk finds it."""
    text = ("Is it the IS or is it de Klerk, De Klerk, eBay and Ebay? van Dam met US and us."
            "\n\nto TO To")
    names = [("IS", True), ("de Klerk", False), ("eBay", True), ("van Dam", False),
             ("US", True), ("TO", True), ("Is", False)]
    gaz: dict[tuple[str, ...], tuple[ENTRY, ...]] = {}
    for k, (name, exact) in enumerate(names):
        key = tuple(t.lower() for t in re.findall(r"\w+|[^\w\s]", name))
        gaz[key] = gaz.get(key, ()) + ((f"n{k}", "NAME", exact, name, None, None),)
    doc, _ = document_from_text("fixture.txt", text)
    tokens = actor_scan.Tokens(doc)
    first = _first(gaz)
    found = [(tokens.span_text(h.i, h.j), [e[3] for e in h.entries])
             for h in actor_scan.scan(tokens, _ReadOnly(gaz), first)]
    assert found == [(tokens.span_text(h.i, h.j), [e[3] for e in h.entries])
                     for h in actor_scan.scan(tokens, gaz, first)]
    spans = [span for span, _forms in found]
    assert "de Klerk" in spans and "De Klerk" in spans and "van Dam" in spans
    assert "eBay" in spans and "Ebay" not in spans  # exact forms keep their case
    assert spans.count("US") == 1 and "us" not in spans and "to" not in spans
    assert ("Is", ["Is"]) in found and ("is", ["Is"]) not in found


def test_trie_is_built_once_per_gazetteer() -> None:
    read_only = _ReadOnly(_gazetteer())
    assert actor_scan._trie(read_only) is actor_scan._trie(read_only)
    other = _ReadOnly(_gazetteer())
    assert actor_scan._trie(other) is not actor_scan._trie(read_only)


def test_sentence_index_of_tokens() -> None:
    doc, _ = document_from_text("fixture.txt", "Talks began. They stalled!\n\nA new round. Done")
    tokens = actor_scan.Tokens(doc)
    spans = tokens.sent_spans
    for k in range(tokens.n):
        # a token belongs to the last span starting at or before it (the first span: before)
        owner = max([x for x, (s, _e) in enumerate(spans) if s <= tokens.starts[k]], default=0)
        assert tokens.sent[k] == owner
    assert list(tokens.sent_tok) == [
        next((k for k in range(tokens.n) if tokens.starts[k] >= s), tokens.n)
        for s, _e in spans]


def test_unit_keys_are_the_three_and_four_letter_starts() -> None:
    low = "the ceasefire talks, an accord: negotiations (ok) resumed in geneva"
    for lo, hi in [(0, len(low)), (4, 20), (5, 9), (10, 11), (30, 44)]:
        words = re.findall(r"[a-z]{3,}", low[lo:hi])
        assert unit_keys(low, lo, hi) == {w[:4] for w in words} | {w[:3] for w in words}


def test_unit_keys_match_the_definition_on_drawn_text() -> None:
    """The 4-letter starts come from a pattern's group: drawn lowercase text of letters,
    digits, accented letters, apostrophes and spaces, cut at drawn bounds, gives the keys
    the words of ``[a-z]{3,}`` give."""
    rng = random.Random(15)
    alphabet = "abcdefghijklmnopqrstuvwxyz" * 3 + "  ,.'’-0123éèß\n"
    for _ in range(3000):
        low = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        lo = rng.randint(0, len(low))
        hi = rng.randint(lo, len(low))
        words = re.findall(r"[a-z]{3,}", low[lo:hi])
        assert unit_keys(low, lo, hi) == {w[:4] for w in words} | {w[:3] for w in words}



def test_token_offsets_norms_and_capitals_are_the_definitions() -> None:
    """Tokens are cut by a split and summed lengths, in C: each is the KB tokeniser's match,
    with its offsets, lowercase form (curly marks folded) and capital."""
    texts = ["  Talks began. They’re stalled!\n\n", "", "x", "   ", "Kyiv–Moscow\u2011talks 3.5 % É"]
    for text in texts:
        doc, _ = document_from_text("fixture.txt", text)
        tokens = actor_scan.Tokens(doc)
        matches = list(TOKEN_RE.finditer(doc.text))
        assert tokens.raw == [m.group(0) for m in matches]
        assert tokens.starts == [m.start() for m in matches]
        assert tokens.ends == [m.end() for m in matches]
        assert tokens.norm == [m.group(0).lower().translate(wordtable._FOLD) for m in matches]
        assert tokens.caps == [m.group(0)[:1].isupper() for m in matches]


def _capitals_by_definition(sample: str) -> bool:
    # capitals: word characters that are no digit, no "_" and no ASCII lower-case letter
    upper = sum(1 for c in sample if re.fullmatch(r"\w", c) and not re.fullmatch(r"[\d_a-z]", c))
    lower = sum(1 for c in sample if "a" <= c <= "z")
    return upper > 0 and upper > 0.7 * (upper + lower)


def test_capitals_only_text_is_counted_as_defined() -> None:
    samples = ["SHULTZ TO MEET GROMYKO", "Shultz to meet Gromyko", "ÉTATS-UNIS ET RUSSIE",
               "états-unis et russie", "US-EU 2024", "", "123 ___", "ÆØÅ abc", "ΣΥΡΙΑ talks"]
    for sample in samples:
        assert actor_scan._mostly_capitals(sample) == _capitals_by_definition(sample), sample


def test_word_table_folds_the_marks_it_finds_by_search_as_a_lookup_per_token_would() -> None:
    """The folded marks are found by one search of the text, not a lookup per token: the same
    lowercase forms as folding every token that is a mark, in text that is not ASCII (in ASCII
    text a backtick stays as written); a second reader of the same text gets the same table."""
    rng = random.Random(16)
    alphabet = "ab Cd’‘`‐‑-'.,\nÉé1"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        table = wordtable.word_table(text)
        marks = frozenset("‐‑’‘`")
        fold = not text.isascii()
        assert table.norm == [tok.translate(wordtable._FOLD) if fold and tok in marks
                              else tok.lower() for tok in TOKEN_RE.findall(text)], text
        assert wordtable.word_table(text) is table
    doc, _ = document_from_text("fixture.txt", "It’s `quoted` here.")
    assert actor_scan.Tokens(doc).norm is wordtable.word_table(doc.text).norm
