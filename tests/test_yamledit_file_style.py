"""New entries take the file's own style (session 21 review: a sidecar written in block style
by hand got ``n1: {status: stalled}``, ``aliases: [Ana Berg]`` and ``- [vorland, ostmark]``
from the reader's corrections).  A file holding no flow collection gets block lines all the
way down; a file that uses flow collections keeps getting them where its neighbours are flow
or plain; comments stay.  The names are invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefing.common.yamlsafe import load_yaml
from briefing.userdata.sidecar import curate
from briefing.userdata.yamledit import edit

BLOCK = "title: Talks in Geneva   # my title\n# my corrections below\nactors:\n  rename:\n" \
        "    vorland: Republic of Vorland\n"


@pytest.mark.parametrize(("new", "expected"), [
    ({"negotiations": {"n1": {"status": "stalled"}}},
     "negotiations:\n  n1:\n    status: stalled\n"),
    ({"actors": {"rename": {"vorland": "Republic of Vorland"}, "merge": [["vorland", "ostmark"]]}},
     "  merge:\n    - - vorland\n      - ostmark\n"),
    ({"actors": {"rename": {"vorland": "Republic of Vorland"},
                 "add": [{"id": "ana_berg", "name": "Ana Berg", "aliases": ["Ana Berg"]}]}},
     "  add:\n    - id: ana_berg\n      name: Ana Berg\n      aliases:\n        - Ana Berg\n"),
])
def test_a_block_file_gets_block_lines(new: dict[str, Any], expected: str) -> None:
    data = {**load_yaml(BLOCK), **new}
    out = edit(BLOCK, data)
    assert out.startswith(BLOCK) and out.endswith(expected), out
    assert "{" not in out and "[" not in out
    assert load_yaml(out) == data


def test_a_file_using_flow_keeps_flow_for_new_plain_entries() -> None:
    text = "actors:\n  drop: [a, b]  # d\n"
    out = edit(text, {"actors": {"drop": ["a", "b"]}, "negotiations": {"n1": {"status": "agreed"}}})
    assert out == text + "negotiations:\n  n1: {status: agreed}\n"


def test_a_new_list_item_follows_its_block_siblings() -> None:
    text = "actors:\n  merge:\n    - - a  # mine\n      - b\n"
    out = edit(text, {"actors": {"merge": [["a", "b"], ["c", "d"]]}})
    assert out == text + "    - - c\n      - d\n"


def test_the_reader_s_corrections_keep_a_hand_written_block_sidecar_block(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks in Geneva\n\nVorland and Ostmark met in Geneva.\n")
    sidecar = tmp_path / "a.yaml"
    sidecar.write_text(BLOCK)
    curate(str(tmp_path / "a.txt"), "add", name="Ana Berg", kind="person")
    curate(str(tmp_path / "a.txt"), "merge", keep="vorland", other="ostmark")
    curate(str(tmp_path / "a.txt"), "status", thread_id="n1", value="stalled")
    text = sidecar.read_text()
    assert text.startswith(BLOCK)  # the comments and what was there, byte for byte
    assert "{" not in text and "[" not in text, text
    assert load_yaml(text)["negotiations"] == {"n1": {"status": "stalled"}}


def test_a_new_sidecar_is_block_style_all_the_way_down(tmp_path: Path) -> None:
    """(Found in tmux: a sidecar made by ``+`` held ``aliases: [Vorland]`` under block lines.)"""
    (tmp_path / "a.txt").write_text("Talks in Geneva\n\nVorland and Ostmark met in Geneva.\n")
    curate(str(tmp_path / "a.txt"), "add", name="Vorland", kind="state")
    assert (tmp_path / "a.yaml").read_text() == (
        "actors:\n  add:\n    - id: vorland\n      name: Vorland\n      kind: state\n"
        "      aliases:\n        - Vorland\n")
    assert edit("# mine\n", {"negotiations": {"n1": {"status": "agreed"}}}) == \
        "# mine\nnegotiations:\n  n1:\n    status: agreed\n"
