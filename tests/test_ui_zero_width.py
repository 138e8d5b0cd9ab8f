"""Zero-width characters (a word joiner after the hyphen of "Prime-Minister", zero-width
spaces in pasted web text) were drawn raw in the reader, its title and the search rows.
They are dropped on the way to the screen only: the document text keeps them, so an
extracted item's span, a search hit and a place in the reader point where they did."""

from __future__ import annotations

from pathlib import Path

from _reader_app import reader_on
from test_ui_search_rows import FakeHit

from briefing.ui.search import hit_row
from briefing.ui.text import safe_str, shown_spans

WJ, ZWSP = "\u2060", "\u200b"
TITLE = f"Talks with the Prime-{WJ}Minister of Borduria"
BODY = (f"The Prime-{WJ}Minister of Borduria met the envoy{ZWSP} Nora Vik in Oslo.\n\n"
        "The two sides agreed to meet again.\n")


def _drawn(screen) -> str:
    reader = screen.reader
    return "\n".join(reader.render_line(y).text for y in range(reader.size.height))


async def test_the_reader_draws_no_zero_width_character(tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(f"{TITLE}\n\n{BODY}", encoding="utf-8")
    async with reader_on(tmp_path, size=(80, 24)) as (_app, pilot, screen):
        assert screen.briefing is not None
        text = screen.briefing.document.text
        assert WJ in text and ZWSP in text  # the text (and its offsets) as read
        drawn = _drawn(screen)
        assert drawn.count("Prime-Minister") == 2 and "Nora Vik" in drawn
        assert WJ not in drawn and ZWSP not in drawn
        # a highlight on a span past the dropped characters still covers its words
        start = text.index("Nora Vik")
        screen.reader.set_highlights("search", [(start, start + len("Nora Vik"))])
        await pilot.pause()
        assert "Nora Vik" in _drawn(screen)


def test_labels_and_search_rows_drop_them_and_keep_the_marks_in_place() -> None:
    assert safe_str(TITLE) == "Talks with the Prime-Minister of Borduria"
    snippet = f"the envoy{ZWSP} Nora{WJ} Vik agreed"
    start = snippet.index("Nora")
    hit = FakeHit(title=TITLE, snippet=snippet, end=len(snippet),
                  marks=[(start, start + len(f"Nora{WJ} Vik"))])
    row = hit_row(hit)
    assert WJ not in row.plain and ZWSP not in row.plain
    assert "Prime-Minister" in row.plain
    marked = [row.plain[s.start:s.end] for s in row.spans if s.end - s.start == len("Nora Vik")]
    assert "Nora Vik" in marked
    assert shown_spans("ab\u200bcd", [(3, 5)]) == ("abcd", [(2, 4)])
