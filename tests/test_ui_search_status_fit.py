"""The search status fitted to a narrow box: parts that do not share a line are on lines of
their own, never a line ending on the " · " between them (user test at 40x15, session 18:
"59 matches, best 40 shown ·" then "newest first" on the next line)."""

from __future__ import annotations

import pytest

from briefing.ui.joined import SEPARATOR
from briefing.ui.search_status import Part, fit_status

SORTED = Part(("newest first (ctrl+s: by relevance)", "newest first"))


@pytest.mark.parametrize("width", range(12, 60))
def test_no_line_ends_or_starts_on_a_separator(width: int) -> None:
    parts = [Part(("59 matches, best 40 shown",)), SORTED,
             Part(("searched 300 of 600 documents so far",), "italic")]
    for lines in (1, 2, 3):
        fitted = fit_status(parts, width, lines)
        wrapped = [line.plain for line in fitted.wrap(width)]
        assert len(wrapped) <= lines, wrapped
        for line in wrapped:
            assert line.strip() and line.strip()[0] != "·" and line.strip()[-1] != "·", wrapped
            assert len(line.rstrip()) <= width, wrapped


def test_parts_that_fit_share_a_line() -> None:
    fitted = fit_status([Part(("2 matches",)), SORTED], 33, 2)
    assert fitted.plain == "2 matches" + SEPARATOR + "newest first"  # shorter, on one line
    fitted = fit_status([Part(("59 matches, best 40 shown",)), SORTED], 33, 2)
    assert fitted.plain.split("\n") == ["59 matches, best 40 shown", "newest first"]


def test_the_longest_form_is_one_line() -> None:
    fitted = fit_status([Part(("59 matches, best 40 shown",)), SORTED], 0, 0)
    assert fitted.plain == "59 matches, best 40 shown · newest first (ctrl+s: by relevance)"


@pytest.mark.parametrize("width", [32, 36, 40, 60, 76, 108])
def test_the_empty_box_hint_is_whole_parts(width: int) -> None:
    """Nothing typed: the filters and the keys, each part whole or left out (at 40x15 the one
    long part was cut: "before: source: · ctrl+s…")."""
    from briefing.ui.search import EMPTY_PARTS

    fitted = fit_status(EMPTY_PARTS, width, 2)
    assert "…" not in fitted.plain.replace("before:…", "").replace("source:…", "")
    assert "filters:" in fitted.plain and "ctrl+s" in fitted.plain
    for line in fitted.wrap(width):
        assert not line.plain.rstrip().endswith("·") and len(line.plain.rstrip()) <= width
