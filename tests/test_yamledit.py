"""The structural YAML editor: the result loads as the new data, or the edit is refused.

Random sidecar-like files assembled from pieces (block and flow style, quoted keys, comments,
markers, CRLF, no final newline) get random curation operations: every outcome is either the
exact intended data or :class:`EditError`; never another exception, never a wrong file.
"""

from __future__ import annotations

import random

import pytest
from _yaml_edits import edited_or_refused

from briefing.common.yamlsafe import YamlProblem, load_yaml
from briefing.userdata.sidecar import CurationError, apply_operation
from briefing.userdata.yamledit import EditError, edit

PIECES = [
    "# c\n", "title: T\n", "title: 'q'  # x\n", "actors:\n", "actors: {}\n",
    "actors: {drop: [a]}\n", "  drop: [a, b]  # d\n", "  drop:\n    - a\n", "  drop:\n  - a\n",
    "  rename:\n    a: B\n", "  rename: {a: B}\n", "  \"rename\":\n    'a': \"B\"\n",
    "  merge:\n    - [a, b]\n", "  merge:\n    - - a\n      - b\n",
    "  add:\n    - id: x\n      name: X\n      aliases: [X]\n",
    "  add:\n  - {id: x, name: X, kind: other, aliases: [X]}\n", "  add: []\n", "  rename:\n",
    "  drop: ~\n", "...\n", "---\n", "  # inner\n", "\n", "note: |\n  line\n", "url: http://x\n",
    "  set: {a: {tier: mentioned}}\n",
]
OPERATIONS = [("drop", {"actor_id": "iran"}), ("rename", {"actor_id": "a", "name": "New: A #1"}),
              ("rename", {"actor_id": "zz", "name": "yes"}), ("merge", {"keep": "a", "other": "c"}),
              ("add", {"name": "X two", "actor_id": "x"}), ("add", {"name": "Fresh Group"})]


def test_random_files_and_operations_give_the_data_or_a_refusal() -> None:
    rng = random.Random(12)
    done = refused = 0
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 7)))
        if rng.random() < 0.2:
            text = text.rstrip("\n")
        if rng.random() < 0.1:
            text = text.replace("\n", "\r\n")
        try:
            data = (load_yaml(text) if text.strip() else {}) or {}
        except YamlProblem:
            continue
        if not isinstance(data, dict) or not isinstance(data.get("actors") or {}, dict):
            continue
        op, args = rng.choice(OPERATIONS)
        try:
            actors = apply_operation(data.get("actors") or {}, op, **args)
        except CurationError:
            continue
        if edited_or_refused(text, {**data, "actors": actors}, (text, op)):
            done += 1
        else:
            refused += 1
    assert done > 500 and refused < done // 20


@pytest.mark.parametrize(("text", "value", "line"), [
    ("a: 1  # one\nb: 2\n", {"a": 3, "b": 2}, "a: 3  # one"),
    ("a: 'x'\n", {"a": "y"}, "a: 'y'"),
    ('a: "x"\n', {"a": "y z"}, 'a: "y z"'),
    ("a: [1, 2]  # n\n", {"a": [1, 2, 3]}, "a: [1, 2, 3]  # n"),
    ("a:\n  - 1  # n\n", {"a": [1, "no"]}, "  - 'no'"),
    ("a:\n  b: 1\n", {"a": {"b": 1, "c": "0o17"}}, "  c: '0o17'"),
    ("a:  # mine\nb: 2\n", {"a": {"c": {"d": [1]}}, "b": 2}, "a:  # mine"),
    ("t: \"N\u00e9go \U0001f389\"  # \u00e9\r\na: 1  # x\r\n", {"t": "N\u00e9go \U0001f389", "a": 2},
     "a: 2  # x"),  # positions count characters, not bytes; CRLF kept
])
def test_one_value_changes_in_place(text: str, value: dict, line: str) -> None:
    result = edit(text, value)
    assert line in result.splitlines() and load_yaml(result) == value


def test_a_file_with_an_error_is_refused() -> None:
    with pytest.raises(EditError, match=r"it has an error \(line \d\)"):
        edit("a: 1\nb: [\n", {"a": 2})


@pytest.mark.parametrize(("text", "value", "expected"), [
    # a block entry losing keys stays block style
    ("n:\n  n1:\n    a: 1  # one\n    b: 2\n", {"n": {"n1": {"a": 1}}}, "n:\n  n1:\n    a: 1  # one\n"),
    ("n:\n  - a\n  - b\n", {"n": ["a"]}, "n:\n  - a\n"),
    # a flow one stays flow
    ("n:\n  n1: {a: 1, b: 2}\n", {"n": {"n1": {"a": 1}}}, "n:\n  n1: {a: 1}\n"),
    # a block collection become empty or a scalar goes onto its key's line
    ("n:\n  n1:\n    a: 1\n  n2: 3\n", {"n": {"n1": {}, "n2": 3}}, "n:\n  n1: {}\n  n2: 3\n"),
    ("n:\n  n1:\n    - a\n", {"n": {"n1": "x"}}, "n:\n  n1: x\n"),
    # a comment closing an inner block stays with it; one at the new key's column stays after
    ("n:\n  n1: 1\n  # end of n\n\n# top\n", {"n": {"n1": 1}, "m": 2},
     "n:\n  n1: 1\n  # end of n\nm: 2\n\n# top\n"),
    ("n:\n  - a\n    # about a\nm: 1\n", {"n": ["a", "b"], "m": 1},
     "n:\n  - a\n    # about a\n  - b\nm: 1\n"),
    ("n:\n  n1: 1\n  # end", {"n": {"n1": 1}, "m": 2}, "n:\n  n1: 1\n  # end\nm: 2"),
    # items leaving a block list take their own lines; the others keep their comments
    ("n:\n  - x  # one\n  - y\n  - z  # three\n", {"n": ["x", "z"]},
     "n:\n  - x  # one\n  - z  # three\n"),
    ("n:\n  - id: x\n    k: 1\n  # y next\n  - id: y\n", {"n": [{"id": "y"}]},
     "n:\n  # y next\n  - id: y\n"),
    # an inner and an outer entry added at one place: the inner one first (was refused)
    ("n:\n  n1: 1\n", {"n": {"n1": 1, "n2": 2}, "m": 3}, "n:\n  n1: 1\n  n2: 2\nm: 3\n"),
    ("n:\n  n1: 1\n  n2: 2\n", {"n": {"n1": 1}, "m": 3}, "n:\n  n1: 1\nm: 3\n"),
])
def test_edits_keep_block_style_and_closing_comments(text: str, value: dict,
                                                      expected: str) -> None:
    result = edit(text, value)
    assert result == expected
    assert load_yaml(result) == value


def test_a_block_scalar_s_last_line_break_stays_when_its_entry_goes() -> None:
    """Session 20: clearing a thread's note written as ``note: >-`` (the last entry) wrote
    ``negotiations: {}`` with no final newline; removing one joined the next line."""
    import yaml

    text = "negotiations:\n  n1:\n    note: >-\n      a long\n      # not a comment\n      note\n"
    assert edit(text, {"negotiations": {}}) == "negotiations: {}\n"
    text = "a:\n  n: |\n    x\n    y\n  m: 1\nb: 2\n"
    out = edit(text, {"a": {"m": 1}, "b": 2})
    assert out == "a:\n  m: 1\nb: 2\n" and yaml.safe_load(out) == {"a": {"m": 1}, "b": 2}
