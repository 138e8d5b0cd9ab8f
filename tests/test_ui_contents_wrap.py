"""Every wrapped entry of the contents is shown whole (its last word and "…" too) when the
list's scrollbar appears at the first frame: the labels are measured at the width they are
drawn in.  (Before, a topic label that fitted in two lines without the scrollbar lost its
third line at 80x24.)  The transcript is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_screen

from briefing.ui.app import BriefingApp

WORDS = ["truce", "envoy", "border", "lists", "monitors", "north", "river", "exchange", "talks"]


def _transcript() -> str:
    lines = ["Press Briefing by the Envoy", "", "MS. HOLT: Good afternoon. One thing at the top.",
             ""]
    for n in range(30):
        words = " ".join(WORDS[(n + i) % len(WORDS)] for i in range(3 + n % 7))
        lines += [f"Q Envoy, is the {words} question{n:02} ready now?", "",
                  f"MR. REYES: It is, and the {words} follow.", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("size", [(80, 24), (84, 24), (90, 30)])
async def test_wrapped_topics_are_shown_whole(tmp_path: Path, size: tuple[int, int]) -> None:
    (tmp_path / "briefing.txt").write_text(_transcript(), encoding="utf-8")
    app = BriefingApp([str(tmp_path / "briefing.txt")])
    async with app.run_test(size=size) as pilot:
        screen = await main_screen(pilot)
        contents = screen.contents
        assert contents.option_count > 20
        lines = [contents.render_line(y).text.strip() for y in range(contents.size.height)]
        entries: list[str] = []
        for line in lines:
            if line.startswith(("Q:", "Ms.", "Mr.")):
                entries.append(line)
            elif entries:
                entries[-1] += " " + line
        assert len(entries) > 5, lines
        for entry in entries[:-1]:  # (the last one may go on below the screen)
            assert entry.rstrip("▁▂▃▄▅▆▇█ ").endswith(("…", "?", ".")), (entry, lines)
