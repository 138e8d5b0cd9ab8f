"""Below 70 columns the PARTIES panel stands in the reader's place: ``enter`` on a quote (``Q``)
jumps the reader to it and must give the reader back, as ``enter`` on the tracker's evidence
does (qa17's user test at 40x15: the reader jumped, but the quotes list stayed over it)."""

from __future__ import annotations

from _corpus_files import write_docs
from _reader_app import run_palette_command
from conftest import main_screen
from test_answers_quotes import DOCS as QUOTE_DOCS

from briefing.ui.app import BriefingApp


async def test_a_quote_chosen_in_narrow_mode_shows_the_reader(tmp_path) -> None:
    app = BriefingApp([str(write_docs(tmp_path, QUOTE_DOCS))])
    async with app.run_test(size=(40, 15)) as pilot:
        screen = await main_screen(pilot, rounds=6)
        await run_palette_command(pilot, "quotes kovac")
        panel = screen.panel("parties")
        assert panel.mode == "quotes"
        assert screen.arrangement.narrow and screen.arrangement.panel_open
        panel.option_list.focus()
        panel.option_list.highlighted = next(
            i for i in range(panel.option_list.option_count)
            if not panel.option_list.get_option_at_index(i).disabled)
        await pilot.pause()
        await pilot.press("enter")
        await main_screen(pilot)
        await pilot.pause()
        assert not screen.arrangement.panel_open
        assert screen.reader.region.width > 0
