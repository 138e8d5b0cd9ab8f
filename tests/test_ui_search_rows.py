"""A search result row is one ``Content`` built from its spans (not ~9 made by ``stylize`` and
``+``): the same text and the same spans, in the same order, as the row built piece by piece
(kept here as the reference), for every kind of hit.  Whether a hit shows as one on the title
is said by each case, and checked through the row: the reference builds the row it is told."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from test_search_fixtures import make_briefings
from textual.content import Content

from briefing.analysis.runner import analyse_corpus
from briefing.search import SearchIndex
from briefing.ui.search import HIGHLIGHT, MAX_ROWS, hit_row
from briefing.ui.text import line_text, safe_str
from briefing.ui.wrap import build_lines


def reference_row(hit: Any, width: int = 200, on_title: bool = False) -> Content:
    """Two lines for one hit: "title › section" (date · source), then the snippet with the
    matches marked; a hit ``on_title`` (the title the reader shows) shows it once, marked."""
    where = safe_str(getattr(hit, "title", "") or "(untitled)", 200)
    section = getattr(hit, "section", None)
    head = _reference_marked(hit, width, indent=0).stylize("bold") if on_title else \
        Content(where).stylize("bold")
    if section and not on_title:
        head = head + Content("  ›  " + safe_str(section, 80)).stylize("dim")
    date, source = getattr(hit, "date", None), getattr(hit, "source", None)
    if date or source:  # when and by whom: "2024-03-04 · Reuters"
        head = head + Content("  " + " · ".join(
            safe_str(x, 40) for x in (date, source) if x)).stylize("italic")
    also = getattr(hit, "also", ()) or ()
    if also:
        head = head + Content(f"  (+{len(also)} identical)").stylize("dim")
    body = Content("    the document's title").stylize("dim italic") if on_title else \
        _reference_marked(hit, width)
    return Content("\n").join([head, body])


def _reference_marked(hit: Any, width: int, indent: int = 4) -> Content:
    """The hit's snippet with its matches highlighted, and "…" where it cuts the paragraph
    (or title): "…and the United Kingdom Calling for…" is not read as the whole title."""
    whole = line_text(getattr(hit, "snippet", "") or "")
    snippet = whole[:width]
    first = getattr(hit, "snippet_start", 0)
    lead = "…" if first > getattr(hit, "start", 0) else ""
    cut = len(whole) > width or first + len(whole) < getattr(hit, "end", 0)
    body = Content(" " * indent + lead + snippet.rstrip() + ("…" if cut else ""))
    indent += len(lead)
    spans = hit.snippet_spans() if hasattr(hit, "snippet_spans") else []
    for start, end in spans:
        if start < len(snippet) and end > start:
            body = body.stylize(HIGHLIGHT, start + indent, min(end, len(snippet)) + indent)
    return body



@dataclass
class FakeHit:
    title: str = "Envoys meet"
    section: str | None = None
    date: str | None = None
    source: str | None = None
    kind: str = "paragraph"
    snippet: str = ""
    snippet_start: int = 0
    start: int = 0
    end: int = 0
    also: tuple[Any, ...] = ()
    marks: list[tuple[int, int]] = field(default_factory=list)

    def snippet_spans(self) -> list[tuple[int, int]]:
        return self.marks


LONG_TITLE = "Envoys of the two governments agree to extend the truce by thirty days"
INVENTED = [  # each hit, and whether it shows as one on the title
    (FakeHit(snippet="Talks resumed in Geneva on Friday.", end=34, marks=[(17, 23)]), False),
    (FakeHit(section="Background", date="2016-09-04", source="Wire", also=(1, 2),
             snippet="…the envoys said the ceasefire would hold", snippet_start=40, start=0,
             end=200, marks=[(0, 3), (20, 29), (38, 60)]), False),
    (FakeHit(title="Ceasefire holds", kind="title", snippet="Ceasefire holds", end=15,
             marks=[(0, 9)], source="Daily"), True),
    # a sidecar's title over the text's first line: the line reads as a paragraph
    (FakeHit(title="Sidecar title", kind="title", snippet="CEASEFIRE HOLDS", end=15,
             marks=[(0, 9)]), False),
    # a long title's snippet is a piece of it: the same piece of the title, or another's
    (FakeHit(title=LONG_TITLE, kind="title", snippet=LONG_TITLE[20:50], snippet_start=20,
             end=len(LONG_TITLE), marks=[(0, 5)]), True),
    (FakeHit(title=LONG_TITLE.upper(), kind="title", snippet=LONG_TITLE[20:50],
             snippet_start=20, end=len(LONG_TITLE), marks=[(0, 5)]), False),
    (FakeHit(title="", snippet="x" * 300 + "   ", end=303, marks=[(190, 250), (299, 301)]),
     False),
    (FakeHit(title="Hostile \x1b]2;pwned\x07 [b]x[/b]", section="\u202eevil",
             snippet="A \x1b[31mred\x1b[0m word [@click=app.quit]here[/]", end=50,
             marks=[(2, 10)]), False),
    (FakeHit(snippet="  trailing   ", end=13, marks=[(8, 13)]), False),
]


def _same(new: Content, old: Content) -> None:
    assert new.plain == old.plain
    assert list(new.spans) == list(old.spans)
    assert new.render_segments() == old.render_segments()


@pytest.mark.parametrize(("hit", "on_title"), INVENTED)
def test_invented_hits_render_as_before(hit: FakeHit, on_title: bool) -> None:
    for width in (200, 20):
        _same(hit_row(hit, width), reference_row(hit, width, on_title))
    assert hit_row(hit).plain.endswith("the document's title") == on_title


def test_real_hits_render_as_before() -> None:
    index = SearchIndex.build(make_briefings())
    seen = 0
    for query in ("lavrov", "negotiatons geneva", "ceasefire", "talks", "rebels regroup"):
        for hit in index.search(query, limit=MAX_ROWS).hits:
            # (no sidecar title in these: a hit on the title line is on the title shown)
            _same(hit_row(hit), reference_row(hit, on_title=hit.kind == "title"))
            seen += 1
    assert seen >= 5


def test_a_hit_on_a_first_line_under_another_title_shows_the_readers_title() -> None:
    """A sidecar's title that differs from the text's first line is the reader's title (the
    line is shown under it as text): the hit names that title, then the line, marked."""
    hit = FakeHit(title="Envoys agree to extend the truce", kind="title", source="Wire",
                  snippet="TRUCE EXTENDED BY 30 DAYS", end=25, marks=[(0, 5)])
    head, body = hit_row(hit).plain.split("\n")
    assert head.startswith("Envoys agree to extend the truce")
    assert body.strip() == "TRUCE EXTENDED BY 30 DAYS"
    assert "the document's title" not in hit_row(hit).plain
    same = FakeHit(title="Truce extended", kind="title", snippet="Truce extended", end=14)
    assert hit_row(same).plain.split("\n") == ["Truce extended", "    the document's title"]


def test_a_real_hit_on_a_headline_under_a_sidecar_title_names_the_sidecars(tmp_path) -> None:
    (tmp_path / "wire.txt").write_text(
        "TRUCE EXTENDED BY THIRTY DAYS\n\nThe envoys of Varnia and Lindor agreed on Friday to "
        "extend the truce, officials said.\n", encoding="utf-8")
    (tmp_path / "wire.yaml").write_text('title: "Envoys agree to extend the truce"\n',
                                        encoding="utf-8")
    briefings = analyse_corpus([str(tmp_path)], cache=False).briefings
    reader_title = build_lines(briefings[0].document, 80).virtual[0]
    assert reader_title == "Envoys agree to extend the truce"
    index = SearchIndex.build(briefings)
    hit = next(h for h in index.search("thirty").hits if h.kind == "title")
    head, body = hit_row(hit).plain.split("\n")
    assert head.startswith(reader_title)
    assert body.strip() == "TRUCE EXTENDED BY THIRTY DAYS"
