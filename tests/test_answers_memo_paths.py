"""A memo's sources give each path as written, in a code span: escaped for Markdown inside
one (``\\[b\\]``), a backslash a Markdown reader shows, the path was not the file's any more
(user test, session 19).  The article is invented."""

from __future__ import annotations

from pathlib import Path

from briefing.analysis.runner import analyse_corpus
from briefing.answers.memo import merged_memo


def test_a_path_with_markup_characters_is_given_as_written(tmp_path: Path) -> None:
    folder = tmp_path / "odd [b]*names*_"
    folder.mkdir()
    (folder / "talks [@click=app.quit].txt").write_text(
        "Arland and Borvia resume talks\n\nArland and Borvia resumed talks in Geneva on "
        "Monday, officials said.\n", encoding="utf-8")
    briefings = analyse_corpus([str(folder)], cache=False).briefings
    memo = merged_memo(briefings)
    path = str(folder / "talks [@click=app.quit].txt")
    assert f"`{path}`" in memo, memo
