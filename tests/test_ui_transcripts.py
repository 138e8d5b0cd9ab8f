"""Transcripts in the reader and in search: the contents list their topics (never speaker lines
as headings), ``enter`` jumps to one, and a search hit names the turn's speaker.  The
transcript is invented for these tests (see ``test_corpus_turns``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settle
from test_corpus_turns import BRIEFING

from briefing.corpus import document_from_text
from briefing.model import Briefing
from briefing.search import SearchIndex
from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen
from briefing.ui.status import StatusBar

TOPICS = [
    "Ms. Holt: I have two things at the top before the envoy…",
    "Mr. Reyes: Good afternoon, everybody, and thanks for…",
    "Q: Envoy, is the truce holding in the north, and…",
    "Q: On the prisoner exchange, when will the lists…",
]


@pytest.fixture
def transcript_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "briefing.txt").write_text(BRIEFING, encoding="utf-8")
    return folder


@pytest.mark.parametrize("size", [(80, 24), (40, 15)])
async def test_contents_of_a_transcript_are_its_topics(transcript_corpus: Path,
                                                       size: tuple[int, int]) -> None:
    app = BriefingApp([str(transcript_corpus)])
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("c")
        await pilot.pause()
        contents = screen.contents
        assert contents.has_focus
        entries = [contents.get_option_at_index(i).prompt.plain
                   for i in range(contents.option_count)]
        assert entries == TOPICS
        # the speakers' labels are marked in the reader (bold, the heading colour)
        marked = [BRIEFING[s:e] for s, e in screen.reader.highlights("speaker")]
        assert marked[:4] == ["MS. HOLT", "MR. REYES", "MS. HOLT", "Q"]
        assert len(marked) == len(screen.briefing.document.turns)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert screen.section == 2
        visible = " ".join(screen.reader.visible_text())
        assert "Q Envoy, is the truce holding" in visible
        # "]" steps to the next topic, and the status line names it
        if size[0] < 70:
            await pilot.press("escape")
        await pilot.press("right_square_bracket")
        assert screen.section == 3
        status = screen.query_one(StatusBar).where
        assert "§4/4" in status and "Q: On the prisoner" in status


def test_a_search_hit_names_the_speaker() -> None:
    doc, _ = document_from_text("briefing.txt", BRIEFING)
    index = SearchIndex.build([Briefing(document=doc)])
    hits = index.search("monitors arrive").hits
    assert hits and hits[0].section == "Mr. Reyes"
    assert doc.text[hits[0].start:hits[0].end].startswith("MR. REYES: It is holding.")
    question = index.search("prisoner exchange").hits[0]
    assert question.section == "Question"


async def test_a_failing_pass_keeps_the_other_panels(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from test_extract_robustness import TALKS

    from briefing.extract.quotes import finder as quotes

    def boom(*_args: object) -> object:
        raise KeyError("simulated bug")

    monkeypatch.setattr(quotes, "find_quotes", boom)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "grain.txt").write_text(TALKS, encoding="utf-8")
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, MainScreen)
        briefing = screen.briefing
        assert briefing is not None and briefing.quotes == ()
        assert {"russia", "ukraine"} <= {a.id for a in briefing.actors}
        assert briefing.negotiations  # the tracker still has its thread
        messages = [str(p) for p in screen.session.problems]
        assert any(m.endswith("grain.txt: quotes: extraction failed (KeyError); quotes not "
                              "shown, the rest is") for m in messages), messages
        assert not any("Traceback" in m or "simulated" in m for m in messages)


def test_a_topic_under_a_heading_keeps_its_label() -> None:
    """A line above the first speaker read as a heading ("Via Teleconference", "As Prepared
    for Delivery" in White House remarks) does not hide the topic: the contents show both."""
    from briefing.model import Section
    from briefing.ui.panels import section_label

    both = Section("Via Teleconference", (10, 28), 10, 400,
                   label="The Envoy: Thank you very much, Ana. The convoy…")
    assert section_label(both, 1) == ("Via Teleconference · The Envoy: Thank you very much, "
                                      "Ana. The convoy…")
    assert section_label(Section("Background", (0, 10), 0, 90), 1) == "Background"
    assert section_label(Section(None, None, 0, 90, label="Q: Is the truce…"), 2) == \
        "Q: Is the truce…"
    assert section_label(Section(None, None, 0, 90), 0) == "Opening"
