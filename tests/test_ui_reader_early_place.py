"""A place set before the reader is laid out is where the reader opens (issue: reopening on a
slow machine showed the top, the saved place lost)."""

from __future__ import annotations

from textual.app import App, ComposeResult

from briefing.analysis.document import analyse_document
from briefing.corpus import document_from_text
from briefing.model import Briefing
from briefing.ui.reader import Reader
from briefing.userdata.theme_spec import THEME_VARIABLE_DEFAULTS


def _briefing() -> Briefing:
    paragraphs = [f"Paragraph {n} of an invented report about a river dispute, with enough "
                  "words to wrap over a few rows of a narrow reader." for n in range(60)]
    text = "Invented report\n\n" + "\n\n".join(paragraphs) + "\n"
    document, _problems = document_from_text("/tmp/invented.txt", text)
    briefing, _more = analyse_document(document)
    return briefing


class Swap(App[None]):
    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **THEME_VARIABLE_DEFAULTS}

    def compose(self) -> ComposeResult:
        yield Reader()


async def test_a_place_set_before_the_next_layout_is_kept() -> None:
    """From a short document (no scrollbar) to a long one at its place, in one go: the place
    is set before Textual's next layout has seen that the long one scrolls."""
    short_doc, _p = document_from_text("/tmp/short.txt", "Short\n\nOne line.\n")
    short, _q = analyse_document(short_doc)
    long = _briefing()
    offset = long.document.paragraphs[40].start
    app = Swap()
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(Reader)
        reader.show(short)
        for _ in range(3):
            await pilot.pause()
        reader.show(long)
        reader.scroll_to_offset(offset)
        assert reader.current_offset() == offset
        for _ in range(5):
            await pilot.pause()
        assert reader.current_offset() == offset
        assert reader.visible_text()[0].startswith("Paragraph 40 ")
