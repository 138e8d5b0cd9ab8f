"""The reader's word wrapping and line map (pure code, no Textual app)."""

from __future__ import annotations

import pytest

from briefing.corpus import document_from_text
from briefing.ui import wrap
from briefing.ui.wrap import build_lines, cell_width, wrap_span

TEXT = ("The envoys met in Geneva on Monday and agreed to meet again; "
        "a spokesman said the talks were constructive but difficult.")


@pytest.mark.parametrize("width", [1, 5, 12, 20, 40, 200])
def test_wrap_keeps_every_word_in_order_within_width(width: int) -> None:
    lines = wrap_span(TEXT, 0, len(TEXT), width)
    assert all(cell_width(TEXT[s:e]) <= width for s, e in lines)
    assert "".join(TEXT[s:e] for s, e in lines).replace(" ", "") == TEXT.replace(" ", "")
    if width >= 12:  # wider than the longest word: words are never cut
        assert " ".join(TEXT[s:e] for s, e in lines).split() == TEXT.split()
    # Offsets are increasing and never start or end on a space.
    assert all(s < e for s, e in lines)
    assert all(a[1] <= b[0] for a, b in zip(lines, lines[1:], strict=False))
    assert all(not TEXT[s].isspace() and not TEXT[e - 1].isspace() for s, e in lines)


def test_long_word_is_cut_and_nothing_is_lost() -> None:
    text = "x" * 25 + " tail"
    lines = wrap_span(text, 0, len(text), 10)
    assert [text[s:e] for s, e in lines] == ["x" * 10, "x" * 10, "xxxxx tail"]


def test_wide_characters_count_two_cells() -> None:
    text = "和平谈判 在日内瓦 恢复了 双方 同意 停火"
    lines = wrap_span(text, 0, len(text), 9)
    assert all(cell_width(text[s:e]) <= 9 for s, e in lines)
    assert "".join(text[s:e] for s, e in lines).replace(" ", "") == text.replace(" ", "")


def test_newlines_inside_a_paragraph_wrap_like_spaces() -> None:
    text = "one two\nthree four\nfive"
    lines = wrap_span(text, 0, len(text), 9)
    assert [text[s:e] for s, e in lines] == ["one two", "three", "four\nfive"]


def _doc():
    text = ("Talks resume\n\nThe lede paragraph says the talks resume.\n\nBackground\n\n"
            "The first background paragraph.\n\nThe second background paragraph.\n")
    doc, _ = document_from_text("t.txt", text)
    return doc


def test_build_lines_has_title_meta_headings_and_paragraphs() -> None:
    doc = _doc()
    lm = build_lines(doc, 30, meta="Source · 2024")
    kinds = [k for k, _, _ in lm.lines]
    assert kinds[0] == wrap.TITLE and wrap.META in kinds and wrap.HEADING in kinds
    heading = next((s, e) for k, s, e in lm.lines if k == wrap.HEADING)
    assert doc.text[heading[0]:heading[1]] == "Background"
    texts = [doc.text[s:e] for k, s, e in lm.lines if k == wrap.TEXT]
    assert " ".join(texts).split() == " ".join(
        doc.text[p.start:p.end] for p in doc.paragraphs).split()


def test_row_and_offset_round_trip() -> None:
    doc = _doc()
    lm = build_lines(doc, 12)
    for row in lm.text_rows:
        assert lm.row_for_offset(lm.offset_for_row(row)) == row
    second = doc.paragraphs[-1]
    row = lm.row_for_offset(second.start)
    assert lm.lines[row][1] == second.start


def test_paragraph_filter_keeps_only_chosen_paragraphs() -> None:
    doc = _doc()
    keep = {doc.paragraphs[0].start}
    lm = build_lines(doc, 40, keep, notice="filtered")
    shown = [s for k, s, _ in lm.lines if k == wrap.TEXT]
    assert all(doc.paragraphs[0].start <= s < doc.paragraphs[0].end for s in shown)
    assert wrap.HEADING not in [k for k, _, _ in lm.lines]  # its section has nothing left
    assert wrap.NOTICE in [k for k, _, _ in lm.lines]


def test_a_big_document_wraps_completely() -> None:
    para = " ".join(["negotiation"] * 120)
    text = "Big\n\n" + "\n\n".join([para] * 2000) + "\n"
    doc, _ = document_from_text("big.txt", text)
    lm = build_lines(doc, 80)
    rows = [(s, e) for k, s, e in lm.lines if k == wrap.TEXT]
    assert len(rows) >= 2000 * (len(para) // 80)
    assert all(e - s <= 80 for s, e in rows)


def test_no_break_space_keeps_words_together() -> None:
    text = "aaaa bbbb\u00a0cccc dd"
    lines = wrap_span(text, 0, len(text), 11)
    assert [text[s:e] for s, e in lines] == ["aaaa", "bbbb\u00a0cccc", "dd"]


def test_a_wrapped_byline_never_ends_in_a_separator() -> None:
    from types import SimpleNamespace

    from briefing.ui.reader import meta_line

    doc = _doc()
    briefing = SimpleNamespace(document=SimpleNamespace(
        source="BBC News", published=None, dateline=None, word_count=313,
        path="/c/v01-straw-praises-kashmir-moves.txt"))
    meta = meta_line(briefing)  # type: ignore[arg-type]
    assert meta.count("·") == 2  # no date: no empty part
    for width in (24, 30, 50, 80):
        lm = build_lines(doc, width, meta=meta)
        shown = [lm.virtual[i] for i, (k, _s, _e) in enumerate(lm.lines) if k == wrap.META]
        assert shown and not any(line.rstrip().endswith("·") for line in shown), shown
        name = "v01-straw-praises-kashmir-moves.txt"
        if width >= len(name):
            assert any(line.endswith(name) for line in shown)
        else:  # cut on one line with "…", not folded mid-word onto the next
            assert shown[-1].startswith("v01-straw") and shown[-1].endswith("moves.txt")
            assert "…" in shown[-1] and len(shown[-1]) <= width


def test_a_long_url_takes_one_line_cut_in_the_middle() -> None:
    """A White House transcript's URL took 5 of the 22 lines at 80 columns and the whole
    first screen at 40: it is one line, its start (the site) and its end (the page) kept."""
    doc, _ = document_from_text("t.txt", "Talks resume\n\nThe envoys met.\n")
    url = ("https://example.gov/briefing-room/press-briefings/2021/02/05/"
           "press-briefing-by-press-secretary-and-a-guest-february-5-2021/")
    for width in (20, 38, 78):
        lm = build_lines(doc, width, link=url)
        links = [row for row, line in enumerate(lm.lines) if line[0] == wrap.LINK]
        assert len(links) == 1
        shown = lm.virtual[links[0]]
        assert cell_width(shown) <= width and "…" in shown
        assert shown.startswith("https://ex") and shown.endswith("2021/")
    short = "https://example.gov/a"
    lm = build_lines(doc, 40, link=short)
    assert [lm.virtual[r] for r, line in enumerate(lm.lines) if line[0] == wrap.LINK] == [short]


def test_an_empty_file_says_so_instead_of_a_blank_page() -> None:
    empty, _ = document_from_text("empty.txt", "")
    lm = build_lines(empty, 40)
    assert "This file is empty: nothing to read." in lm.virtual.values()
    blank, _ = document_from_text("blank.txt", "\n\n   \n")
    assert "This file is empty: nothing to read." in build_lines(blank, 40).virtual.values()
    doc, _ = document_from_text("t.txt", "Talks resume\n\nThe envoys met.\n")
    assert not any("empty" in v for v in build_lines(doc, 40).virtual.values())


NAME = "v22-outcomes-of-the-freedonia-and-sylvania-expert-groups-on-th.txt"  # invented


def test_a_long_file_name_is_cut_at_a_word_with_an_ellipsis_on_one_line() -> None:
    # At 40 columns it was folded mid-word: "…-sylvania-and" / "-expert-groups…".
    lm = build_lines(_doc(), 38, meta=f"Source\u00a0Desk · 287\u00a0words · {NAME}")
    meta = [lm.virtual[i] for i, (k, _, _) in enumerate(lm.lines) if k == wrap.META]
    assert meta[0] == "Source\u00a0Desk · 287\u00a0words"
    assert meta[1:] == ["v22-outcomes-of-the…groups-on-th.txt"]
    assert all(cell_width(line) <= 38 for line in meta)


@pytest.mark.parametrize("width", [60, 38, 30, 20, 12])
def test_cut_names_keep_whole_words_start_and_end(width: int) -> None:
    short = wrap.shorten_at_boundaries(NAME, width)
    assert cell_width(short) <= width and short.count("…") == 1
    head, tail = short.split("…")
    assert NAME.startswith(head) and NAME.endswith(tail) and tail.endswith("txt")
    if width >= 20:  # room for whole words: each side ends where a word does
        assert NAME[len(head)] in "-." and NAME[len(NAME) - len(tail) - 1] in "-."
    assert wrap.shorten_at_boundaries("short.txt", 12) == "short.txt"
