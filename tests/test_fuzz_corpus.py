"""Property tests: arbitrary bytes and text never break decoding, cleaning, layout or extraction.

Examples per test are bounded (``max_examples``) so the suite stays fast in CI; hypothesis keeps
its database of failing examples, so a found bug is replayed first next time.
"""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.common.textsafe import clean_text, display_safe
from briefing.common.yamlsafe import YamlProblem, load_yaml
from briefing.corpus import document_from_text
from briefing.corpus.decode import BinaryFile, decode_bytes
from briefing.corpus.layout import lay_out, split_sentences
from briefing.corpus.metadata import read_sidecar, split_front_matter
from briefing.model import Document

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text that looks like articles often enough to reach headings, titles and abbreviations.
_PIECES = st.sampled_from([
    "\n", "\n\n", "\r\n", "\r", " ", "\t", ". ", "? ", "! ", "...", "U.S. ", "Mr. ", "Dr. ",
    "\"", "“", "”", "’", "# ", "## ", "- ", "1. ", "---\n", "```\n", "title: x\n",
    "Talks Resume", "The envoys met in Geneva.", "Kerry said", "Russia", "Syria", "a", "B",
    "\x1b[31m", "\x00", "\x9b", "\u202e", "\u2028", "\ufeff", "é", "…",
])
ARTICLE_TEXT = st.one_of(st.text(max_size=400),
                         st.lists(_PIECES, max_size=80).map("".join))

_DANGEROUS = {*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0),
              *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C,
              0x2028, 0x2029, 0xFEFF}


def check_document(doc: Document) -> None:
    """Every offset inside the text; sections, paragraphs, sentences ordered and disjoint."""
    n = len(doc.text)
    if doc.title_span is not None:
        assert 0 <= doc.title_span[0] <= doc.title_span[1] <= n
    last_end = 0
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= n
        assert section.start >= last_end
        if section.heading_span is not None:
            start, end = section.heading_span
            assert doc.text[start:end] == section.heading
        cursor = section.start
        for para in section.paragraphs:
            assert cursor <= para.start < para.end <= section.end
            assert doc.text[para.start:para.end].strip() == doc.text[para.start:para.end]
            inner = para.start
            for sentence in para.sentences:
                assert inner <= sentence.start < sentence.end <= para.end
                inner = sentence.end
            cursor = para.end
        last_end = section.end


@FAST
@given(st.binary(max_size=2000))
def test_decode_never_raises_anything_but_binaryfile(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except BinaryFile:
        return
    assert isinstance(decoded.text, str)


@FAST
@given(st.binary(max_size=600).map(lambda b: b"\xef\xbb\xbf" + b) | st.binary(max_size=600))
def test_bytes_all_the_way_to_a_document(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except BinaryFile:
        return
    for name in ("f.txt", "f.md"):
        doc, problems = document_from_text(name, decoded.text)
        check_document(doc)
        assert all(p.path == name for p in problems)


@FAST
@given(st.text(max_size=500))
def test_clean_text_keeps_length_and_removes_every_dangerous_character(text: str) -> None:
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert not any(ord(c) in _DANGEROUS for c in cleaned)
    assert clean_text(cleaned) == cleaned  # idempotent


@FAST
@given(st.one_of(st.text(max_size=300), st.integers(), st.none(), st.binary(max_size=50)),
       st.integers(min_value=2, max_value=400))
def test_display_safe_is_a_bounded_single_line(value: object, limit: int) -> None:
    shown = display_safe(value, limit)
    assert len(shown) <= limit
    assert "\n" not in shown and "\t" not in shown
    assert not any(ord(c) in _DANGEROUS for c in shown)


@FAST
@given(ARTICLE_TEXT, st.booleans())
def test_document_from_text_never_raises_and_offsets_hold(text: str, markdown: bool) -> None:
    doc, _problems = document_from_text("a.md" if markdown else "a.txt", text)
    assert len(doc.text) == len(text.replace("\r\n", "\n"))
    check_document(doc)


@FAST
@given(ARTICLE_TEXT, st.integers(min_value=20, max_value=200))
def test_sentences_cover_each_paragraph(text: str, max_chars: int) -> None:
    text = clean_text(text.replace("\r\n", "\n"))
    layout = lay_out(text, max_sentence_chars=max_chars)
    for section in layout.sections:
        for para in section.paragraphs:
            covered = "".join(text[s.start:s.end] for s in para.sentences)
            assert "".join(covered.split()) == "".join(text[para.start:para.end].split())
            assert all(s.end - s.start <= max_chars for s in para.sentences)


@FAST
@given(st.text(max_size=300), st.integers(min_value=0, max_value=300),
       st.integers(min_value=0, max_value=300))
def test_split_sentences_stays_inside_its_range(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for sentence in split_sentences(text, start, end):
        assert start <= sentence.start < sentence.end <= end


@FAST
@given(st.one_of(st.text(max_size=300),
                 st.lists(st.sampled_from(["a: ", "- ", "&x ", "*x ", "[", "]", "{", "}", "\n",
                                           "  ", "\t", "title", ": ", "'", '"', "!!", "? ",
                                           "NO", "1:30", "---\n", "<<: "]),
                          max_size=60).map("".join)))
def test_yaml_loader_only_ever_raises_yamlproblem(source: str) -> None:
    try:
        load_yaml(source)
    except YamlProblem as exc:
        assert exc.line is None or exc.line >= 1
    meta = read_sidecar(source.encode("utf-8", "surrogatepass"), "s.yaml", 1 << 20)
    assert all(p.path == "s.yaml" for p in meta.problems)


@FAST
@given(ARTICLE_TEXT)
def test_front_matter_split_is_inside_the_text(text: str) -> None:
    source, body = split_front_matter(text)
    assert 0 <= body <= len(text)
    assert (source is None) == (body == 0)


def _spans(obj: object, seen: set[int] | None = None):
    """Every (start, end, text) triple in a briefing's extracted objects."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        if isinstance(obj, Document):
            return
        names = {f.name for f in dataclasses.fields(obj)}
        if {"start", "end", "text"} <= names:
            yield obj
        for name in names:
            yield from _spans(getattr(obj, name))
    elif isinstance(obj, (tuple, list)):
        for item in obj:
            yield from _spans(item)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.one_of(ARTICLE_TEXT, st.lists(st.sampled_from([
    "Russia", "the United States", "Syria", "Assad", "U.S. Secretary of State John Kerry",
    "Russian Foreign Minister Sergei Lavrov", " said ", "“We are close,” ", "\"No deal\"",
    " on Sunday", " in Geneva", " cease-fire", " talks", ". ", "\n\n", "Obama", "the U.N.",
]), max_size=40).map("".join)))
def test_extraction_never_raises_and_every_span_is_its_slice(text: str) -> None:
    from briefing.extract import analyse

    doc, _ = document_from_text("a.txt", text)
    briefing = analyse(doc)
    for span in _spans(briefing):
        assert 0 <= span.start <= span.end <= len(doc.text)
        assert doc.text[span.start:span.end] == span.text
