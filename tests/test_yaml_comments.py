"""The comments of a YAML text, and those an edit took away (session 20: they went silently)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.userdata.yaml_comments import comments, lost_comments, said


def test_a_hash_inside_a_scalar_is_no_comment() -> None:
    text = ('# head\nurl: http://x.org/#top  # the anchor\nq: "a # b"\nplain: a#b\n'
            "note: |\n  # not a comment\n  text\n# tail\n")
    assert comments(text) == [(1, "# head"), (2, "# the anchor"), (8, "# tail")]


def test_lost_comments_counts_each_one_as_often_as_it_went() -> None:
    old = "a: 1  # same\nb: 2  # same\nc: 3  # only c\n#\n"
    assert lost_comments(old, "a: 1  # same\n") == [(2, "# same"), (3, "# only c")]
    assert lost_comments(old, old) == []
    assert comments("a: [") == []  # does not scan: nothing to say


def test_said_is_short_and_safe() -> None:
    lost = [(3, "# one\x1b]0;x\x07"), (5, "# " + "w" * 80), (9, "# three")]
    text = said(lost)
    assert text.startswith('line 3 "# one') and "\x1b" not in text
    assert "…" in text and text.endswith(" and 1 more")


def test_curation_result_lists_the_comments_of_a_removed_entry(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.userdata.sidecar import curate

    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    doc = tmp_path / "talks.md"
    doc.write_text("# Talks\n\nThe envoys of Vorland met in Geneva.\n", encoding="utf-8")
    sidecar = doc.with_suffix(".yaml")
    sidecar.write_text("title: Talks  # mine\nnegotiations:\n  n1:\n    # asked twice\n"
                       "    note: met  # by phone\n  n2:\n    status: stalled  # kept\n",
                       encoding="utf-8")
    result = curate(str(doc), "note", thread_id="n1", value="")
    assert result.lost_comments == ((4, "# asked twice"), (5, "# by phone"))
    assert result.backup is not None and "# asked twice" in result.backup.read_text()
    assert sidecar.read_text(encoding="utf-8") == \
        "title: Talks  # mine\nnegotiations:\n  n2:\n    status: stalled  # kept\n"
    assert curate(str(doc), "status", thread_id="n2", value="ongoing").lost_comments == ()
