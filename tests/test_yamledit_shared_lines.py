"""The structural YAML editor on items that share a line (session 20): the first item of a
list inside a list (``- - a``) and the first key of a mapping inside a list (``- id: a``) stand
on their outer ``- `` line.  Moving or removing them used to be done by editing values in place
(a comment then stayed beside the value that took its place) or refused; turning such an item
into a mapping wrote its keys at the outer dash's column and was refused.  Each result is
loaded again with ``yaml.safe_load`` and compared with the intended data."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from briefing.userdata.yamledit import EditError, edit

NESTED = "items:\n  - - a  # on a\n    - b  # on b\n  - - c\n    - d\nother: 1\n"


def loads_as(text: str, new: dict) -> str:
    out = edit(text, new)
    assert yaml.safe_load(out) == new, out
    return out


def test_inner_items_sharing_the_outer_dash_line_move_with_their_comments() -> None:
    out = loads_as(NESTED, {"items": [["b", "a"], ["c", "d"]], "other": 1})
    assert out == "items:\n  - - b  # on b\n    - a  # on a\n  - - c\n    - d\nother: 1\n"


def test_the_first_inner_item_removed_pulls_the_next_one_up_with_its_comment() -> None:
    out = loads_as(NESTED, {"items": [["b"], ["c", "d"]], "other": 1})
    assert out == "items:\n  - - b  # on b\n  - - c\n    - d\nother: 1\n"


def test_comment_lines_above_the_item_pulled_up_go_above_the_dash_line() -> None:
    text = "x:\n  - - a  # on a\n    # above b\n    - b  # on b\n    - c\n"
    assert loads_as(text, {"x": [["b", "c", "a"]]}) == \
        "x:\n  # above b\n  - - b  # on b\n    - c\n    - a  # on a\n"


def test_three_levels_deep() -> None:
    text = "x:\n  - - - a  # on a\n      - b\n    - c\n"
    assert loads_as(text, {"x": [[["b", "a"], "c"]]}) == \
        "x:\n  - - - b\n      - a  # on a\n    - c\n"
    assert loads_as(text, {"x": [["c", ["a", "b"]]]}) == \
        "x:\n  - - c\n    - - a  # on a\n      - b\n"


def test_the_first_key_of_a_mapping_item_removed_keeps_the_comments_above_the_next() -> None:
    text = "x:\n  - a: 1  # on a\n    # about b\n    b: 2\n    c: 3\n  - d: 4\n"
    assert loads_as(text, {"x": [{"b": 2, "c": 3}, {"d": 4}]}) == \
        "x:\n  # about b\n  - b: 2\n    c: 3\n  - d: 4\n"


def test_a_block_item_becomes_a_mapping_inside_its_list() -> None:
    """Refused before: the keys were written at the outer dash's column."""
    out = loads_as(NESTED, {"items": [{"id": "a", "tags": ["b", {"k": 1}]}, ["c", "d"]],
                            "other": 1})
    assert out.startswith("items:\n  - id: a\n    tags:\n")
    out = loads_as("items:\n  - - a\n    - b\n", {"items": [{"a": ["b", {"c": 1}]}]})
    # (a file all in block style: the new mapping in block style too, session 21)
    assert out == "items:\n  - a:\n      - b\n      - c: 1\n"


def test_an_item_changed_inside_and_moved_keeps_its_lines_and_comments() -> None:
    text = "items:\n- k:\n  - v6\n  - v7  # on v7\n  - v8\n  n: v9  # on v9\n- x\nother: 1\n"
    assert loads_as(text, {"items": ["x", {"k": ["v6", "v8", "v7"], "n": "v9"}], "other": 1}) \
        == "items:\n- x\n- k:\n  - v6\n  - v8\n  - v7  # on v7\n  n: v9  # on v9\nother: 1\n"


def test_a_rewritten_collection_does_not_hand_its_last_comment_to_new_content() -> None:
    text = "x:\n  - id: a\n    tags:\n      - p\n      - q  # on q\n  - b\n"
    out = loads_as(text, {"x": [{"id": "a", "tags": {"p": 1}}, "b"]})
    assert "# on q" not in out


def test_a_refusal_says_the_line_where_the_change_starts() -> None:
    with pytest.raises(EditError) as caught:
        edit("title: t\na: &x\n  - 1\n  - 2\nb: *x\n", {"title": "t", "a": [1, 2], "b": [2, 1]})
    assert caught.value.line == 3
    assert "make the change by hand" in str(caught.value)


def test_a_refused_sidecar_edit_names_the_file_and_line(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.userdata.sidecar import CurationError, curate

    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    doc = tmp_path / "talks.md"
    doc.write_text("# Talks\n\nThe envoys of Vorland met in Geneva.\n", encoding="utf-8")
    sidecar = doc.with_suffix(".yaml")
    text = "title: Talks\nlist: &x\n  - p\nactors:\n  drop: *x\n"
    sidecar.write_text(text, encoding="utf-8")
    with pytest.raises(CurationError) as caught:
        curate(str(doc), "drop", actor_id="vorland")
    assert str(caught.value).startswith("talks.yaml (line ")
    assert sidecar.read_text(encoding="utf-8") == text


def _leaf(rng: random.Random, counter: list[int]) -> str:
    counter[0] += 1
    return f"v{counter[0]}"


def _value(rng: random.Random, counter: list[int], depth: int) -> object:
    r = rng.random()
    if depth > 2 or r < 0.35:
        return _leaf(rng, counter)
    if r < 0.7:
        return [_value(rng, counter, depth + 1) for _ in range(rng.randint(1, 3))]
    return {f"k{counter[0]}_{i}": _value(rng, counter, depth + 1)
            for i in range(rng.randint(1, 3))}


def _mutate(rng: random.Random, counter: list[int], value: object, depth: int = 0) -> object:
    if isinstance(value, list):
        out = [_mutate(rng, counter, x, depth + 1) for x in value if rng.random() > 0.25]
        if rng.random() < 0.5:
            rng.shuffle(out)
        if rng.random() < 0.15:
            out.append(_value(rng, counter, depth + 1))
        return out or [_leaf(rng, counter)]
    if isinstance(value, dict):
        kept = {k: _mutate(rng, counter, x, depth + 1) for k, x in value.items()
                if rng.random() > 0.25}
        return kept or {"z": _leaf(rng, counter)}
    return _value(rng, counter, depth + 1) if rng.random() < 0.1 else value


def test_random_nested_lists_are_edited_never_wrong_and_kept_comments_stay_put() -> None:
    """Nested lists and mappings as PyYAML writes them (``- - a``, ``- k: v``), a comment on
    most leaves; items kept, moved, changed and gone at every depth.  Each edit loads as the
    new data (refused: 133 of 1,500 before session 20, now none) and a comment kept stands
    beside its own value when that value is still there."""
    import re

    rng, counter, refused = random.Random(5), [0], 0
    for _ in range(300):
        old = {"items": [_value(rng, counter, 1) for _ in range(rng.randint(1, 4))], "other": 1}
        lines = []
        for line in yaml.safe_dump(old, sort_keys=False).splitlines():
            leaves = re.findall(r"\bv\d+\b", line)
            lines.append(line + (f"  # on {leaves[-1]}" if leaves and rng.random() < 0.7
                                 else ""))
        text = "\n".join(lines) + "\n"
        new = {"items": _mutate(rng, counter, old["items"]), "other": 1}
        try:
            out = loads_as(text, new)
        except EditError:
            refused += 1
            continue
        alive = set(re.findall(r"\bv\d+\b", yaml.safe_dump(new)))
        for line in out.splitlines():  # (a value replaced where it stood keeps its comment)
            tag = line.split("# on ")[1] if "# on " in line else ""
            if tag in alive:
                assert re.search(rf"\b{tag}\b", line.split("#")[0]), (text, new, out)
    assert refused <= 3, refused
