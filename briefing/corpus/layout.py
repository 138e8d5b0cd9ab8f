"""Layout: the title, sections, paragraphs and sentences of a document, as offsets.

Plain text: a headline first line followed by a blank line is the title; paragraphs are lines
(or blank-line separated blocks when the text is hard-wrapped); a short line without terminal
punctuation between two paragraphs is a sub-heading; a line ending in a dash (broken off) or a
clock time ("1:19 P.M. EDT") is not.  Transcripts (:mod:`briefing.corpus.turns`): a speaker's
label opens a turn and a paragraph, nothing said in a turn is a heading, and a transcript
without headings is divided into topic sections.  Markdown: ``#`` headings, blank-line
separated blocks, list items.  Offsets index the full document text (front matter included),
so they match the file as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.corpus.turns import Label, assign_turns, find_labels, is_end_line, topic_sections
from briefing.model import Paragraph, Section, Sentence

MAX_HEADING_WORDS = 8
MAX_HEADING_CHARS = 80
MAX_TITLE_CHARS = 250
MIN_TURN_HEADING_WORDS = 3  # a sub-heading between an interview's turns

# A line ending in one of these is not a heading: a sentence, or a line broken off mid-word
# or mid-sentence ("With that —", "MS. X: Go ahe- —").
_TERMINAL = tuple(".,;:!?\"'”’)»…—–")
# a transcript's preamble line that says how or where the words were given
_DELIVERY_NOTE = re.compile(r"(?:As|Via|By|Aboard|On\s+Board|From|In|At|Through)\s+\S")
_ATX = re.compile(r"^(#{1,6})[ \t]+(.*)$")

_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    text: str  # the stripped line

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass(frozen=True, slots=True)
class DocumentLayout:
    """A document's title (and where it is) and its sections, as offsets into its text."""

    title: str | None
    title_span: tuple[int, int] | None
    sections: tuple[Section, ...]


def iter_lines(text: str, start: int = 0) -> Iterator[Line]:
    pos = start
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        raw = text[pos:nl]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield Line(pos + lead, pos + lead + len(stripped), stripped)
        else:
            yield Line(pos, pos, "")
        if nl >= n:
            break
        pos = nl + 1


# --------------------------------------------------------------------------- sentences
# Abbreviations after which a period does not end a sentence.
_ABBREV = frozenset("""
mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov pres amb ambassador atty
st jr sr no nos vol vols fig figs gov't dept est approx inc ltd co corp bros vs etc al cf
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
rev hon messrs mt ft op pp ed eds univ assn ave blvd
""".split())  # noqa: SIM905 - a word list reads better as text
# Dotted abbreviations ("U.S.", "U.N.", "a.m.") end a sentence only before a typical starter.
_STARTERS = frozenset("""
the a an it he she they we i you his her their its our this that these those there here in on
at but and or so yet if when while after before as since although though however meanwhile
still also now then thus mr mrs ms dr one some many most no not officials according
""".split())  # noqa: SIM905 - a word list reads better as text
# A run of end punctuation and closing quotes, then an upper-case or digit start, or the end of
# the paragraph.  The lookbehind after the first character refuses to start inside a run (so a
# 1 MB line of dots stays linear); it comes after a plain character class so the regex engine
# can skip quickly to candidate positions.  Possessive quantifiers: nothing ever backtracks.
_BOUNDARY = re.compile(
    r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'”’)\]]*+"
    r"(?:(?=\s++[\"'“‘(\[]?[A-Z0-9])|(?=\s*+$))")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’-]*)$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([A-Za-z0-9][\w'’-]*)")
_SPACE = re.compile(r"\s*+")
# How far back to look for the word before a period: an abbreviation is short, and a bounded
# window keeps the scan linear in the paragraph's length.
_LOOKBACK = 64
# A "sentence" longer than this (a 1 MB line without punctuation, a table flattened into one
# line) is cut at a space, so later stages never work on unbounded sentences.
MAX_SENTENCE_CHARS = 4000
# ``max_sentence_chars=NO_SENTENCES``: paragraphs are not split into sentences (what the
# search index's text needs is the title, headings and paragraphs; splitting is ~15 % of
# reading a file, see ``search.textfirst.chunk_text``).
NO_SENTENCES = 0


def split_sentences(text: str, start: int, end: int,
                    max_chars: int = MAX_SENTENCE_CHARS) -> tuple[Sentence, ...]:
    """Sentences of ``text[start:end]``, abbreviation-aware ("U.S. Secretary" stays whole).

    Linear in the paragraph's length; sentences longer than ``max_chars`` are cut at a space.
    """
    sentences: list[Sentence] = []
    sent_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end()
        if cut >= end:
            break
        if match.end() - match.start() == 1 and text[match.start()] == ".":
            window = text[max(start, match.start() - _LOOKBACK):match.start()].rsplit(None, 1)
            before = _WORD_BEFORE.search(window[-1]) if window else None
            word = before.group(1) if before else ""
            lower = word.lower().rstrip(".")
            if lower in _ABBREV or (len(word) == 1 and word.isupper()):
                continue  # "Mr. Lavrov", "John F. Kennedy"
            if "." in word:  # dotted abbreviation: U.S., U.N., a.m.
                nxt = _NEXT_WORD.match(text, cut, end)
                next_word = nxt.group(1) if nxt else ""
                if next_word.lower() not in _STARTERS:
                    continue
        _add_sentence(sentences, text, sent_start, cut, max_chars)
        sent_start = _space_end(text, cut, end)
    if sent_start < end:
        _add_sentence(sentences, text, sent_start, end, max_chars)
    return tuple(sentences)


def _space_end(text: str, pos: int, end: int) -> int:
    """Where the run of spaces at ``pos`` ends (``_SPACE`` matches the empty string too)."""
    match = _SPACE.match(text, pos, end)
    return match.end() if match else pos


def _add_sentence(sentences: list[Sentence], text: str, start: int, end: int,
                  max_chars: int) -> None:
    """Append ``text[start:end]``, cut into pieces of at most ``max_chars`` at spaces."""
    while end - start > max_chars > 0:
        limit = start + max_chars
        cut = max(text.rfind(" ", start + max_chars // 2, limit),
                  text.rfind("\n", start + max_chars // 2, limit))
        if cut <= start:
            cut = limit  # one enormous word: a hard cut
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        sentences.append(Sentence(start, piece_end if piece_end > start else cut))
        start = _space_end(text, cut, end)
    if end > start:
        sentences.append(Sentence(start, end))


# --------------------------------------------------------------------------- blocks
# "1:19 P.M. EDT": the time a transcript begins, not a heading
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?")


def _heading_candidate(line: Line) -> bool:
    text = line.text
    if not text or len(text) > MAX_HEADING_CHARS or text.endswith(_TERMINAL) \
            or _CLOCK.fullmatch(text):
        return False
    if len(text.split()) > MAX_HEADING_WORDS:
        return False
    first = text[0]
    return first.isupper() or first.isdigit()


def _is_title(lines: list[Line], i: int, sidecar_title: str | None) -> bool:
    line = lines[i]
    if sidecar_title and " ".join(sidecar_title.split()).casefold() == line.text.casefold():
        return True
    followed_by_blank = i + 1 < len(lines) and lines[i + 1].blank
    if not followed_by_blank or len(line.text) > MAX_TITLE_CHARS:
        return False
    return not line.text.endswith((".", ",", ";", ":")) or line.text.endswith("...")


def _paragraph(text: str, start: int, end: int,
               max_chars: int = MAX_SENTENCE_CHARS) -> Paragraph:
    if max_chars == NO_SENTENCES:
        return Paragraph(start, end, ())
    return Paragraph(start, end, split_sentences(text, start, end, max_chars))


def _atx(line_text: str) -> tuple[int, str, int] | None:
    """``(level, heading text, offset in the line)`` for a Markdown ``#`` heading line.

    The optional closing ``#`` run (preceded by a space, as CommonMark requires) is dropped
    with plain string operations: a regex with a lazy body and a trailing ``[ #]*$`` is
    quadratic on a long line of ``# # # …``.
    """
    match = _ATX.match(line_text)
    if not match:
        return None
    offset = match.start(2)
    inner = match.group(2).rstrip(" \t")
    bare = inner.rstrip("#")
    if not bare:
        inner = ""
    elif bare != inner and bare[-1] in " \t":
        inner = bare.rstrip(" \t")
    return len(match.group(1)), inner, offset


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _hard_wrapped(block: list[Line]) -> bool:
    """Lines of one paragraph wrapped at a fixed width (most lines end mid-sentence)."""
    if len(block) < 2:
        return False
    open_ends = sum(1 for line in block[:-1] if not line.text.endswith(_TERMINAL))
    return open_ends * 2 >= len(block) - 1


def _turn_blocks(blocks: list[list[Line]], labels: dict[int, Label]) -> list[list[Line]]:
    """Blocks split before every speaker label and "END" line: each opens a paragraph."""
    out: list[list[Line]] = []
    for block in blocks:
        current: list[Line] = []
        for line in block:
            if current and (line.start in labels or is_end_line(line.text)):
                out.append(current)
                current = []
            current.append(line)
        out.append(current)
    return out


def _plain_units(lines: list[Line],
                 labels: dict[int, Label] | None = None) -> list[tuple[str, int, int]]:
    """("para"|"cand", start, end) units of plain text, in order.

    In a transcript (``labels``), a speaker's line is a paragraph, and so is every line after
    the first label: what is said in a turn is never a heading.
    """
    units: list[tuple[str, int, int]] = []
    blocks = _blocks(lines)
    if labels:
        first_label = min(labels)
        alone = {b[0].start for b in blocks if len(b) == 1}  # lines between blank lines
        blocks = _turn_blocks(blocks, labels)
        for k, block in enumerate(blocks):
            if block[0].start >= first_label:
                if _heading_between_turns(blocks, k, labels, alone):
                    units.append(("cand", block[0].start, block[0].end))
                    continue
                if _hard_wrapped(block):  # a turn's label and its wrapped lines
                    units.append(("para", block[0].start, block[-1].end))
                else:
                    units.extend(("para", x.start, x.end) for x in block)
                continue
            # "Via Teleconference", "As Prepared for Delivery", "Aboard the Ship" (and the
            # lines under it): a note of the preamble on how or where the words were given
            # heads nothing
            note = any(_DELIVERY_NOTE.match(line.text) for line in block)
            units.extend(("para", a, b) if note else (kind, a, b)
                         for kind, a, b in _block_units(block))
        return units
    for block in blocks:
        units.extend(_block_units(block))
    return units


def _heading_between_turns(blocks: list[list[Line]], k: int, labels: dict[int, Label],
                           alone: set[int]) -> bool:
    """An interview's sub-heading: a short line on its own, not a speaker's, after a turn
    that ended its sentence and before a new speaker's label; one or two words ("Go ahead",
    "Thank you") are more often a stray utterance of the turn."""
    line = blocks[k][0]
    return len(blocks[k]) == 1 and len(line.text.split()) >= MIN_TURN_HEADING_WORDS and line.start in alone and line.start not in labels \
        and 0 < k < len(blocks) - 1 and blocks[k + 1][0].start in labels \
        and blocks[k - 1][-1].text.endswith(_TERMINAL) and _heading_candidate(line) \
        and not is_end_line(line.text)


def _block_units(block: list[Line]) -> list[tuple[str, int, int]]:
    """The units of one blank-line separated block of plain text."""
    units: list[tuple[str, int, int]] = []
    if len(block) >= 2 and _heading_candidate(block[0]) \
            and len(block[0].text) < 0.6 * max(len(line.text) for line in block[1:]):
        # "Heading\nparagraph…" without a blank line between: the short first line is
        # not part of a hard-wrapped paragraph.
        units.append(("cand", block[0].start, block[0].end))
        block = block[1:]
    if _hard_wrapped(block):
        units.append(("para", block[0].start, block[-1].end))
        return units
    for line in block:
        units.append(("cand" if _heading_candidate(line) else "para", line.start, line.end))
    return units


def _section(heading: tuple[str, int, int] | None, paragraphs: list[Paragraph],
             level: int = 1) -> Section | None:
    """The section of ``heading`` (text, start, end; ``None`` for the lede) over
    ``paragraphs``: it starts at the heading (else at its first paragraph) and ends with its
    last paragraph (else with the heading).  ``None`` when there is neither."""
    if heading is None and not paragraphs:
        return None
    if paragraphs:
        start, end = (heading[1] if heading else paragraphs[0].start), paragraphs[-1].end
    else:
        assert heading is not None  # checked above: a heading or paragraphs
        start, end = heading[1], heading[2]
    return Section(heading[0] if heading else None,
                   (heading[1], heading[2]) if heading else None,
                   start, end, tuple(paragraphs), level)


def _sections_from_units(text: str, units: list[tuple[str, int, int]],
                         max_chars: int = MAX_SENTENCE_CHARS) -> list[Section]:
    """Group units into sections; a candidate heading needs a paragraph before and after it."""
    sections: list[Section] = []
    heading: tuple[str, int, int] | None = None
    paragraphs: list[Paragraph] = []

    def close() -> None:
        section = _section(heading, paragraphs)
        if section is not None:
            sections.append(section)

    for i, (kind, start, end) in enumerate(units):
        is_heading = (
            kind == "cand"
            and i > 0 and units[i - 1][0] == "para"
            and i + 1 < len(units) and units[i + 1][0] == "para"
        )
        if is_heading:
            close()
            heading = (text[start:end], start, end)
            paragraphs = []
        else:
            paragraphs.append(_paragraph(text, start, end, max_chars))
    close()
    return sections


def _markdown_sections(text: str, lines: list[Line],
                       max_chars: int = MAX_SENTENCE_CHARS) -> list[Section]:
    sections: list[Section] = []
    heading: tuple[str, int, int, int] | None = None
    paragraphs: list[Paragraph] = []
    block: list[Line] = []
    in_fence = False

    def flush_block() -> None:
        if not block:
            return
        if any(_LIST_ITEM.match(line.text) for line in block):
            item: list[Line] = []
            for line in block:
                if _LIST_ITEM.match(line.text) and item:
                    paragraphs.append(_paragraph(text, item[0].start, item[-1].end, max_chars))
                    item = []
                item.append(line)
            if item:
                paragraphs.append(_paragraph(text, item[0].start, item[-1].end, max_chars))
        else:
            paragraphs.append(_paragraph(text, block[0].start, block[-1].end, max_chars))
        block.clear()

    def close() -> None:
        flush_block()
        section = _section(heading[:3] if heading else None, paragraphs,
                           heading[3] if heading else 1)
        if section is not None:
            sections.append(section)

    for line in lines:
        if _FENCE.match(line.text):
            in_fence = not in_fence
            block.append(line)
            continue
        if in_fence:
            if not line.blank:
                block.append(line)
            continue
        atx = _atx(line.text) if not line.blank else None
        if atx and atx[1]:
            close()
            level, inner, offset = atx
            heading = (inner, line.start + offset, line.start + offset + len(inner), level)
            paragraphs = []
        elif line.blank:
            flush_block()
        else:
            block.append(line)
    close()
    return sections


def lay_out(text: str, body_start: int = 0, markdown: bool = False,
            sidecar_title: str | None = None,
            max_sentence_chars: int = MAX_SENTENCE_CHARS) -> DocumentLayout:
    """The layout of ``text`` from ``body_start`` (after any front matter)."""
    lines = list(iter_lines(text, body_start))
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    title: str | None = sidecar_title
    title_span: tuple[int, int] | None = None
    if first is not None:
        line = lines[first]
        atx = _atx(line.text) if markdown else None
        if markdown and atx and atx[0] == 1 and atx[1]:
            _level, inner, offset = atx
            title_span = (line.start + offset, line.start + offset + len(inner))
            lines = lines[first + 1:]
        elif not markdown and _is_title(lines, first, sidecar_title):
            title_span = (line.start, line.end)
            lines = lines[first + 1:]
        if title_span and not title:
            title = text[title_span[0]:title_span[1]]
    if markdown:
        sections = _markdown_sections(text, lines, max_sentence_chars)
    else:
        labels = find_labels(text, [line.start for line in lines if not line.blank])
        sections = _sections_from_units(text, _plain_units(lines, labels), max_sentence_chars)
        if labels:
            # headings come only before the first turn: the turns' own section, if it has no
            # heading of the speakers' words, is divided by topic
            sections = [piece for section in assign_turns(sections, labels, text)
                        for piece in topic_sections(section, labels, text)]
    return DocumentLayout(title, title_span, tuple(sections))
