"""The reader widget's API: show, highlights, scroll to an offset, the paragraph filter, resizing."""

from __future__ import annotations

from pathlib import Path

from _reader_app import main_screen_loaded

from briefing.ui.app import BriefingApp
from briefing.ui.reader import Reader


def _row_with(reader: Reader, needle: str) -> int:
    return next(i for i, t in enumerate(reader.visible_text()) if needle in t)


async def test_show_draws_title_meta_headings_and_text(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_loaded(pilot)
        reader = screen.reader
        shown = reader.visible_text()
        assert shown[0] == "Alpha talks resume"
        assert "words" in shown[1] and "a.txt" in " ".join(shown[1:3])
        assert any(line.startswith("Lede alede0") for line in shown)
        reader.scroll_to_offset(screen.briefing.document.sections[1].start)
        await pilot.pause()
        assert reader.visible_text()[0] == "Background"


async def test_scroll_to_offset_and_current_offset(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_loaded(pilot)
        reader = screen.reader
        text = screen.briefing.document.text
        offset = text.index("anext40")
        reader.scroll_to_offset(offset)
        await pilot.pause()
        row = reader._lines.row_for_offset(offset)  # noqa: SLF001
        assert round(reader.scroll_y) == min(row, reader.max_scroll_y)
        if row <= reader.max_scroll_y:
            assert "anext40" in reader.visible_text()[0]
        top = reader.current_offset()
        assert top <= offset
        reader.scroll_to_offset(text.index("abg10"), top=False)
        await pilot.pause()
        assert 0 < _row_with(reader, "abg10") < 22


async def test_highlights_style_exactly_their_spans(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_loaded(pilot)
        reader = screen.reader
        text = screen.briefing.document.text
        start = text.index("alede3 ")
        span = (start, start + len("alede3"))
        row = _row_with(reader, "alede3")

        def styled_words(kind_bg) -> list[str]:
            strip = reader.render_line(row)
            return [seg.text for seg in strip if seg.style and seg.style.bgcolor == kind_bg]

        plain_bg = reader.render_line(row)._segments[1].style.bgcolor
        reader.set_highlights("search", [span])
        await pilot.pause()
        segs = list(reader.render_line(row))
        hit = [s for s in segs if s.text == "alede3"]
        assert hit and hit[0].style.bgcolor != plain_bg
        assert "".join(s.text for s in segs).strip().startswith("Lede alede0")  # text intact
        reader.set_highlights("mention", [span])
        reader.set_highlights("search", [])
        await pilot.pause()
        mention = [s for s in reader.render_line(row) if s.text == "alede3"]
        assert mention and mention[0].style.bgcolor not in (plain_bg, hit[0].style.bgcolor)
        reader.set_highlights("mention", [])
        await pilot.pause()
        assert not [s for s in reader.render_line(row) if s.text == "alede3"]
        assert styled_words(hit[0].style.bgcolor) == []


async def test_paragraph_filter_shows_only_chosen_paragraphs(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_loaded(pilot)
        reader = screen.reader
        doc = screen.briefing.document
        keep = doc.sections[2].paragraphs[0].start
        reader.set_paragraph_filter({keep})
        await pilot.pause()
        shown = "\n".join(reader.visible_text())
        assert "anext0" in shown and "Next Steps" in shown
        assert "alede0" not in shown and "Background" not in shown
        assert "Filtered: 1 of 4 paragraphs" in shown
        await pilot.press("escape")  # back out: the filter goes first
        assert reader.paragraph_filter is None
        assert "alede0" in "\n".join(reader.visible_text())


async def test_resizing_keeps_the_reading_position(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_loaded(pilot)
        reader = screen.reader
        text = screen.briefing.document.text
        target = text.index("abgx30")
        reader.scroll_to_offset(target)
        await pilot.pause()
        for size in ((40, 12), (200, 60), (40, 15), (120, 40), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert any("abgx30" in line for line in reader.visible_text()), size
            row = reader._lines.row_for_offset(target)  # noqa: SLF001
            # At the top, unless the document is too short to scroll that far.
            assert round(reader.scroll_y) == min(row, reader.max_scroll_y), size


async def test_other_highlight_kinds_are_drawn_and_cleared(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_loaded(pilot)
        reader = screen.reader
        start = screen.briefing.document.text.index("alede5 ")
        row = _row_with(reader, "alede5")
        reader.set_highlights("quote", [(start, start + 6)])
        await pilot.pause()
        marked = [s for s in reader.render_line(row) if s.text == "alede5"]
        assert marked and marked[0].style.underline
        reader.set_highlights("quote", [])
        await pilot.pause()
        assert not [s for s in reader.render_line(row) if s.text == "alede5"]
