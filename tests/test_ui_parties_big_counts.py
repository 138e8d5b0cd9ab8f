"""A mention count of four digits or more keeps the parties row's columns: "ST 12095 Ukraine"
pushed the name right of where its detail lines hang ("       mediator").  Invented."""

from __future__ import annotations

from test_ui_parties import PanelApp, make_briefing, prompts

from briefing.model import Actor, Mention
from briefing.ui.parties import PartiesPanel


async def test_a_five_digit_count_keeps_the_name_column() -> None:
    many = tuple(Mention(i, i + 1, "x") for i in range(12095))
    big = Actor("arland", "Arland", "state", "party", title="a very long title of office",
                mentions=many)
    briefing = make_briefing(extra=(big,))
    app = PanelApp(briefing, width=40)
    async with app.run_test(size=(60, 30)):
        row = next(p for p in prompts(app.query_one(PartiesPanel)) if "Arland" in p)
        first, detail = row.splitlines()[:2]
        assert first.index("Arland") == 7 == len(detail) - len(detail.lstrip()), row
        assert "12k" in first, row
