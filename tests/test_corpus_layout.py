"""Layout: titles, sections and sub-headings, paragraphs, sentences, and the offsets contract."""

from __future__ import annotations

import pytest

from briefing.corpus import document_from_text, load_corpus
from briefing.corpus.layout import MAX_SENTENCE_CHARS, split_sentences
from briefing.model import Document

PLAIN = """Talks Resume in Vienna

Negotiators from both sides met on Monday in Vienna. They agreed to meet again.
The mediator said progress was slow.

Sticking Points
The sides disagree on the border. Neither would give ground.

Next Steps
A new round is planned for March.
"""


def _doc(text: str, path: str = "a.txt") -> Document:
    doc, _problems = document_from_text(path, text)
    return doc


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, 0, len(text))]


def test_seed_keeps_its_shape() -> None:
    (doc,) = load_corpus().documents
    assert [s.heading for s in doc.sections] == [None, "Violent Crackdown", "Nusra Front"]
    assert len(doc.paragraphs) == 11
    assert len(doc.sentences) == 22
    assert doc.published == "2016-09-04" and doc.source == "Bloomberg News"


def test_plain_title_and_sub_headings() -> None:
    doc = _doc(PLAIN)
    assert doc.title == "Talks Resume in Vienna"
    assert doc.text[slice(*doc.title_span)] == doc.title
    assert [s.heading for s in doc.sections] == [None, "Sticking Points", "Next Steps"]
    for section in doc.sections[1:]:
        assert doc.text[slice(*section.heading_span)] == section.heading
    assert [len(s.paragraphs) for s in doc.sections] == [2, 1, 1]


def test_short_line_is_not_a_heading_without_paragraphs_around_it() -> None:
    # The last line is short and unpunctuated but nothing follows it: a paragraph.
    doc = _doc("Title Here\n\nA first paragraph here.\nThe End Of It\n")
    assert [s.heading for s in doc.sections] == [None]
    assert len(doc.paragraphs) == 2


def test_first_line_ending_with_a_period_is_not_a_title() -> None:
    doc = _doc("This is a sentence.\n\nAnother one.\n")
    assert doc.title is None and doc.title_span is None
    assert len(doc.paragraphs) == 2


def test_sidecar_title_matching_the_first_line_takes_it_out_of_the_body() -> None:
    from briefing.corpus.metadata import Metadata

    doc, _ = document_from_text("a.txt", "Deal Near.\nBody text here.\n",
                                meta=Metadata(title="Deal near."))
    assert doc.title == "Deal near."
    assert doc.title_span == (0, 10)
    assert doc.text[doc.paragraphs[0].start:doc.paragraphs[0].end] == "Body text here."


def test_hard_wrapped_lines_form_one_paragraph() -> None:
    text = ("Headline\n\nThe talks, which began in\nGeneva on Monday, continued\n"
            "late into the night.\n\nA second paragraph.\n")
    doc = _doc(text)
    first = doc.paragraphs[0]
    assert doc.text[first.start:first.end].startswith("The talks")
    assert doc.text[first.start:first.end].endswith("night.")
    assert len(doc.paragraphs) == 2


def test_markdown_headings_levels_and_title() -> None:
    text = ("# The Title #\n\nLede paragraph.\n\n## Background ##\n\nOne.\n\n"
            "### C# and F# ###\n\nTwo.\n\n- item one\n- item two\n")
    doc = _doc(text, "a.md")
    assert doc.title == "The Title"
    assert [(s.heading, s.level) for s in doc.sections] == [
        (None, 1), ("Background", 2), ("C# and F#", 3)]
    for section in doc.sections[1:]:
        assert doc.text[slice(*section.heading_span)] == section.heading
    # list items are separate paragraphs
    last = doc.sections[-1].paragraphs
    assert [doc.text[p.start:p.end] for p in last] == ["Two.", "- item one", "- item two"]


def test_markdown_fenced_code_is_not_a_heading() -> None:
    doc = _doc("Intro.\n\n```\n# not a heading\n```\n\nAfter.\n", "a.md")
    assert [s.heading for s in doc.sections] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S. Secretary of State John Kerry met Lavrov. They talked.",
     ["U.S. Secretary of State John Kerry met Lavrov.", "They talked."]),
    ("Mr. Lavrov arrived. Dr. Smith left.", ["Mr. Lavrov arrived.", "Dr. Smith left."]),
    ("John F. Kennedy spoke. Then he left.", ["John F. Kennedy spoke.", "Then he left."]),
    ("The vote is in the U.S. The count goes on.",
     ["The vote is in the U.S.", "The count goes on."]),
    ('"We are not there yet," he said. "Soon."', ['"We are not there yet," he said.',
                                                  '"Soon."']),
    ("Really?! Yes. 2016 was hard.", ["Really?!", "Yes.", "2016 was hard."]),
    ("Wait... What happened?", ["Wait...", "What happened?"]),
    ("no capital after. so one sentence.", ["no capital after. so one sentence."]),
])
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_sentences_tile_the_paragraph_without_overlap() -> None:
    doc = _doc(PLAIN)
    for p in doc.paragraphs:
        assert p.sentences[0].start == p.start and p.sentences[-1].end == p.end
        for a, b in zip(p.sentences, p.sentences[1:], strict=False):
            assert a.end <= b.start
            assert doc.text[a.end:b.start].strip() == ""


def test_enormous_sentence_is_cut_at_spaces() -> None:
    text = "word " * (MAX_SENTENCE_CHARS // 2)  # 2.5x the cap, no punctuation at all
    sentences = split_sentences(text, 0, len(text.rstrip()))
    assert len(sentences) >= 2
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in sentences)


def test_one_enormous_word_is_hard_cut() -> None:
    text = "x" * (MAX_SENTENCE_CHARS * 3)
    sentences = split_sentences(text, 0, len(text))
    assert "".join(text[s.start:s.end] for s in sentences) == text


def test_offsets_round_trip_after_crlf_and_cleaning() -> None:
    raw = "Head\r\n\r\nOne \x1b[31mred\x1b[0m line.\r\nTwo\u202e line.\r\n"
    doc = _doc(raw)
    assert len(doc.text) == len(raw.replace("\r\n", "\n"))
    assert "\x1b" not in doc.text and "\u202e" not in doc.text
    for p in doc.paragraphs:
        assert doc.text[p.start:p.end] == doc.text[p.start:p.end].strip()
    assert [doc.text[p.start:p.end][:3] for p in doc.paragraphs] == ["One", "Two"]


def test_cr_only_line_endings_become_lines() -> None:
    doc = _doc("Old Mac Title\r\rFirst paragraph.\rSecond paragraph.\r")
    assert doc.title == "Old Mac Title"
    assert len(doc.paragraphs) == 2
    assert "\r" not in doc.text


def test_front_matter_offsets_index_the_whole_file() -> None:
    text = "---\ntitle: Front Title\npublished: 2020-01-02\n---\n# Heading One\n\nBody.\n"
    doc = _doc(text, "a.md")
    assert doc.title == "Front Title"  # front matter wins over the # line
    assert doc.published == "2020-01-02"
    body = doc.paragraphs[-1]
    assert doc.text[body.start:body.end] == "Body."
    assert doc.text is not None and body.start > text.index("---\n#")


def test_empty_and_whitespace_only_documents() -> None:
    for text in ("", "   \n\t\n  ", "\n\n\n"):
        doc, problems = document_from_text("e.txt", text)
        assert doc.sections == () and doc.title is None
        assert any("empty" in p.message for p in problems)
        assert doc.display_title == "e.txt"
