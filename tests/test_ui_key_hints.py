"""Key hints of dialogs and lists keep their parts whole on a line where they fit, and never
end a line on the " · " between two (user test at 40x15, session 19: the bookmarks list said
"enter: go there · x: delete ·", then "escape: close" on the next line)."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.content import Content

from briefing.model import Problem
from briefing.ui.dialogs import AddActorScreen, ConfirmScreen, PromptScreen
from briefing.ui.footer import KeyHint
from briefing.ui.joined import SEPARATOR, wrap_joined
from briefing.ui.problems import ProblemsScreen


@pytest.mark.parametrize("width", range(1, 60))
def test_wrapped_parts_never_end_or_start_a_line_on_the_separator(width: int) -> None:
    parts = ["enter: go there", "x: delete", "escape: close"]
    joined = wrap_joined([Content(p) for p in parts], width)
    assert [p for line in joined.plain.split("\n") for p in line.split(SEPARATOR)] == parts
    for line in (line.plain.rstrip() for line in joined.wrap(width)):
        assert not line.endswith("·") and not line.startswith("·")
        assert len(line) <= width or SEPARATOR not in line  # a part alone may be longer


def test_a_part_wrapped_over_lines_is_followed_on_its_last_line() -> None:
    """The hint is wrapped by words as the widget shows it: "list" after "escape: go back
    to the" has room for the next part on its line (one part a line was a line wasted)."""
    joined = wrap_joined([Content("escape: go back to the list"), Content("q: quit")], 22)
    assert [line.plain.rstrip() for line in joined.wrap(22)] == \
        ["escape: go back to the", "list · q: quit"]
    assert wrap_joined([Content("a"), Content("b")], 0).plain == "a · b"  # 0: one line


def _shown(hint: KeyHint) -> list[str]:
    return [hint.render_line(y).text.rstrip() for y in range(hint.size.height)]


@pytest.mark.parametrize("make", [
    lambda: PromptScreen("Bookmark this place", hint="enter: add · escape: cancel"),
    lambda: ConfirmScreen("Drop Arland from this document?"),
    lambda: AddActorScreen([("person", "person"), ("state", "state")], "Mara Voss"),
    lambda: ProblemsScreen([Problem("/tmp/a.txt", "empty file")]),
])
async def test_hints_of_dialogs_fit_a_narrow_terminal(make) -> None:
    app = App()
    async with app.run_test(size=(40, 15)) as pilot:
        await app.push_screen(make())
        for _ in range(3):
            await pilot.pause()
        hints = list(app.screen.query(KeyHint))
        assert hints
        for hint in hints:
            lines = [line.strip() for line in _shown(hint) if line.strip()]
            def bare(text: str) -> str:
                return text.replace(" ", "").replace("·", "")
            assert lines and bare("".join(lines)) == bare("".join(hint.parts))  # all shown
            for line in lines:
                assert not line.endswith("·") and not line.startswith("·"), lines
