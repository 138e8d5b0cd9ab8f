"""The trie form of a literal alternation finds exactly what the plain alternation finds."""

from __future__ import annotations

import random
import re

import pytest

from briefing.extract.time.word_trie import literal_alternation

WORD_LISTS = [
    ["hours", "hour", "days", "day", "weeks", "week", "weekend", "months", "month"],
    ["Jan", "January", "Jun", "June", "Sep", "Sept", "September"],  # shorter word first
    ["today", "Today", "TODAY", "tonight", "tomorrow", "to", "t"],
    ["a.b", "a+b", "(x)", "a"],  # regex metacharacters are literal
]


@pytest.mark.parametrize("words", WORD_LISTS)
def test_same_matches_as_the_plain_alternation(words: list[str]) -> None:
    plain = re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")")
    trie = literal_alternation(words)
    rng = random.Random(7)
    alphabet = sorted(set("".join(words))) + [" ", "s"]
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    text = " ".join(words + [w + "s" for w in words] + ["x" + w for w in words])
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_longer_word_after_its_prefix_is_never_taken() -> None:
    assert literal_alternation(["week", "weekend"]).match("weekend").group(0) == "week"
    assert literal_alternation(["weekend", "week"]).match("weekend").group(0) == "weekend"


def test_empty_words_are_refused() -> None:
    with pytest.raises(ValueError):
        literal_alternation(["a", ""])
