"""A search hit's snippet says where it cuts its paragraph or title: "…and the Kingdom of
Elbonia Calling for…", never a bare "and the Kingdom…" that reads as the whole title; in
the reader's search screen and in ``briefing search``'s text output (the JSON keeps the
snippet as it is, with its offsets). Invented documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.runner import analyse_corpus
from briefing.cli import main
from briefing.search import SearchIndex
from briefing.ui.search import hit_row

TITLE = ("Joint Statement from the Leaders of Freedonia, Sylvania, Ruritania, Graustark, "
         "Molvania and the Kingdom of Elbonia Calling for the Release of the Hostages "
         "Held in Hillport")
TEXT = (TITLE + "\n\n" + "The envoys met on Monday. " * 30
        + "They discussed the hostages held in Hillport at length. "
        + "More words follow here. " * 20 + "\n\nHillport hostages.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path / "c"


def test_the_search_screen_marks_cut_snippets(folder: Path) -> None:
    briefings = analyse_corpus([str(folder)], cache=False).briefings
    hits = SearchIndex.build(briefings).search("hillport hostages").hits
    rows = {h.kind + str(h.start): hit_row(h, 200).plain.split("\n") for h in hits}
    title = next(r for k, r in rows.items() if k.startswith("title"))
    assert title[0].startswith("…") and "Elbonia" in title[0]
    long = next(r for k, r in rows.items() if k.startswith("paragraph") and "envoys" in r[1])
    assert long[1].startswith("    …") and long[1].endswith("…")
    short = next(r for k, r in rows.items() if k.startswith("paragraph") and "envoys" not in r[1])
    assert short[1] == "    Hillport hostages."  # the whole paragraph: nothing cut


def test_briefing_search_marks_cut_snippets(folder: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "hillport hostages", str(folder)]) == 0
    snippets = [line[4:] for line in capsys.readouterr().out.splitlines()
                if line.startswith("    ")]
    assert any(s.startswith("…") and "Elbonia" in s for s in snippets)
    assert any(s.startswith("…") and s.endswith("…") and "envoys" in s for s in snippets)
    assert "Hillport hostages." in snippets
