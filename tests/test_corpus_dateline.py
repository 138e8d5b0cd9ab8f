"""Datelines give a document its place (and date, and agency); invented stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.model import Briefing, Document
from briefing.ui.reader import meta_line


def _doc(text: str, published: str | None = None, source: str | None = None) -> Document:
    doc, _ = document_from_text("story.txt", text,
                                meta=Metadata(published=published, source=source))
    return doc


@pytest.mark.parametrize(("opening", "published", "place", "date", "agency"), [
    ("PRETORIA, March 24 - Talks on the border resumed.", "1987-03-25", "Pretoria",
     "1987-03-24", None),
    ("WASHINGTON (Reuters) - The envoy left for Cairo.", "2023-10-02", "Washington", None,
     "Reuters"),
    ("GAZA CITY, Oct. 9, 2023 — The crossing stayed shut.", None, "Gaza City", "2023-10-09",
     None),
    ("SAN JOSE, Calif., May 2 - Union leaders met managers.", "1987-05-04", "San Jose, Calif.",
     "1987-05-02", None),
    ("WASHINGTON, D.C., Dec 30 -- The talks ended.", "1987-01-02", "Washington, D.C.",
     "1986-12-30", None),
    # filed the day after the publication date (and across a new year): not a year earlier
    ("LONDON, March 2 - The coffee talks went on.", "1987-03-01", "London", "1987-03-02",
     None),
    ("TOKYO, Jan 2 - Markets reopened.", "1987-12-31", "Tokyo", "1988-01-02", None),
    # a dateline whose year the text does not give and no publication date: the date is open
    ("LONDON, March 19 - Delegates met.", None, "London", None, None),
])
def test_datelines(opening: str, published: str | None, place: str, date: str | None,
                   agency: str | None) -> None:
    doc = _doc(f"Headline words here\n\n{opening} More follows here.\n\nA second paragraph.\n",
               published)
    dl = doc.dateline
    assert dl is not None
    assert (dl.place, dl.date, dl.agency) == (place, date, agency)
    assert doc.text[dl.start:dl.end] == dl.text and opening.startswith(dl.text)
    # metadata wins; an undated story takes the dateline's full date, the agency its source
    assert doc.published == (published or date)
    assert doc.source == agency


def test_a_byline_may_come_first_and_metadata_wins() -> None:
    doc = _doc("Headline words here\n\nBy Ann Writer\n\nOSLO, June 3 - The sides met.\n",
               "2020-06-04", "Daily Wire")
    assert doc.dateline is not None and doc.dateline.place == "Oslo"
    assert doc.source == "Daily Wire" and doc.published == "2020-06-04"


@pytest.mark.parametrize("text", [
    "Headline words here\n\nThe talks in OSLO - the capital - resumed.\n",
    "Headline words here\n\nNATO said on Monday - again - that it would help.\n",
    "Headline words here\n\nOne.\n\nTwo.\n\nThree.\n\nPARIS, May 2 - too late to be one.\n",
])
def test_not_datelines(text: str) -> None:
    assert _doc(text).dateline is None


def test_the_reader_shows_the_place() -> None:
    doc = _doc("Headline words here\n\nPRETORIA, March 24 - Talks on the border resumed.\n",
               "1987-03-25", "Wire")
    line = meta_line(Briefing(document=doc)).replace("\u00a0", " ")
    assert line.startswith("Wire · 1987-03-25 · Pretoria, 1987-03-24 · ")
    same_day = _doc("Headline words here\n\nPRETORIA, March 24 - Talks resumed.\n",
                    "1987-03-24", "Wire")
    assert " · Pretoria · " in meta_line(Briefing(document=same_day)).replace("\u00a0", " ")


def test_extract_json_of_a_transcript_and_a_wire_story(tmp_path: Path) -> None:
    import io
    import json
    from contextlib import redirect_stdout
    from importlib import resources

    import jsonschema
    from test_corpus_turns import BRIEFING

    from briefing.cli import main

    (tmp_path / "briefing.txt").write_text(BRIEFING, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(
        "Envoy heads to Cairo\n\nWASHINGTON, March 3 (Wire) - The envoy left for Cairo.\n",
        encoding="utf-8")
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["extract", str(tmp_path), "--format", "json"]) == 0
    out = json.loads(buf.getvalue())
    jsonschema.validate(out, json.loads(
        resources.files("briefing").joinpath("schema.json").read_text()))
    docs = {Path(d["path"]).name: d for d in out["documents"]}
    text = BRIEFING
    turns = [t for s in docs["briefing.txt"]["sections"] for t in s["turns"]]
    assert text[turns[0]["label_start"]:turns[0]["label_end"]] == "MS. HOLT"
    assert [s["label"][:3] for s in docs["briefing.txt"]["sections"]] == ["Ms.", "Mr.", "Q: ",
                                                                          "Q: "]
    wire = docs["wire.txt"]
    assert wire["dateline"]["place"] == "Washington" and wire["source"] == "Wire"
    assert wire["dateline"]["text"] == "WASHINGTON, March 3 (Wire) -"


def test_turns_and_dateline_survive_the_analysis_cache(tmp_path: Path) -> None:
    import os

    from test_corpus_turns import BRIEFING

    from briefing.analysis.cache import AnalysisCache
    from briefing.analysis.lazy import CachedDocument
    from briefing.analysis.runner import analyse_corpus

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "briefing.txt").write_text(BRIEFING, encoding="utf-8")
    (folder / "wire.txt").write_text(
        "Envoy heads to Cairo\n\nWASHINGTON, March 3, 2021 (Wire) - The envoy left.\n",
        encoding="utf-8")
    for path in folder.iterdir():
        os.utime(path, (1_500_000_000, 1_500_000_000))
    db = tmp_path / "db.sqlite"
    with AnalysisCache(db) as cache:
        cold = {Path(b.document.path).name: b for b in
                analyse_corpus([str(folder)], cache=cache).briefings}
    with AnalysisCache(db) as cache:
        warm = {Path(b.document.path).name: b for b in
                analyse_corpus([str(folder)], cache=cache).briefings}
        assert cache.hits == 2
    for name in ("briefing.txt", "wire.txt"):
        assert isinstance(warm[name].document, CachedDocument)
        assert warm[name].document.dateline == cold[name].document.dateline
        assert warm[name].document.sections == cold[name].document.sections
    assert warm["wire.txt"].document.published == "2021-03-03"
    assert [t.speaker for t in warm["briefing.txt"].document.turns][:2] == ["Ms. Holt",
                                                                             "Mr. Reyes"]


def test_a_date_line_is_a_dateline_without_a_place() -> None:
    doc = _doc("Talks end in Oslo\n\nWednesday, January 9, 2008\n\nThe talks ended today.\n")
    assert doc.dateline is not None
    assert (doc.dateline.place, doc.dateline.date) == (None, "2008-01-09")
    assert doc.published == "2008-01-09"
    # inside a sentence it is no dateline
    assert _doc("Talks\n\nOn Wednesday, January 9, 2008 the talks ended.\n").dateline is None
