"""Everyone quoted in a loaded corpus, for the reader's palette and the parties panel: from the
answers digests, reported speech included, without materialising the analyses."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from _corpus_files import write_docs
from textual.widgets import Static

import briefing.answers.digest as digest_mod
from briefing.analysis.runner import analyse_corpus
from briefing.answers.speakers import CorpusQuotes, ranked_speakers
from briefing.ui.app import BriefingApp

# Invented people; Zoric is only ever reported, never quoted.
DOCS = {
    "one": ("2031-04-02",
            "Chile and Peru agree truce\n\n"
            "\"The guns will fall silent,\" said Foreign Minister Anna Kovac of Chile on "
            "Tuesday.\n\n"
            "Defence Minister Mirko Zoric said the truce would hold through the winter months.\n"),
    "two": ("2031-05-09",
            "Peru rejects monitors\n\n"
            "\"We will not accept foreign monitors,\" said Anna Kovac.\n\n"
            "\"It is a good day,\" said Kovac.\n"),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    write_docs(folder, DOCS)
    old = time.time() - 3600  # recorded by the analysis cache (not "just written")
    for path in folder.iterdir():
        os.utime(path, (old, old))
    return folder


def test_speakers_include_reported_speech_most_quoted_first(corpus):
    briefings = analyse_corpus([str(corpus)]).briefings
    speakers = CorpusQuotes().compute(briefings)
    names = [name for _id, name in speakers]
    assert names[:1] == ["Anna Kovac"] and "Mirko Zoric" in names
    assert ranked_speakers([]) == []


def test_warm_speakers_come_from_the_digests_without_decoding(corpus, monkeypatch):
    first = CorpusQuotes()
    expected = first.compute(analyse_corpus([str(corpus)]).briefings)
    briefings = analyse_corpus([str(corpus)]).briefings  # a new run: lazily decoded entries

    def refuse(briefing: object) -> digest_mod.Digest:
        raise AssertionError("computed: the stored digest was not used")

    monkeypatch.setattr(digest_mod, "digest_of", refuse)
    quotes = CorpusQuotes()
    assert quotes.compute(briefings) == expected
    assert not any(getattr(b, "is_decoded", True) for b in briefings)
    zoric = next(i for i, name in expected if name == "Mirko Zoric")
    (said,) = quotes.of(briefings, zoric) or []
    assert said.reported and said.text == "the truce would hold through the winter months"
    assert quotes.of(briefings + briefings[:1], zoric) is None  # another corpus: not computed


async def test_the_palette_lists_a_person_only_reported_and_the_panel_shows_it(corpus):
    app = BriefingApp([str(corpus)])
    async with app.run_test(size=(120, 36)) as pilot:
        from conftest import main_screen

        screen = await main_screen(pilot, rounds=6)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"quotes zoric")
        await app.screen.workers.wait_for_complete()
        for _ in range(4):
            await pilot.pause(0.05)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        panel = screen.panel("parties")
        assert panel.mode == "quotes"
        header = str(panel.query_one("#parties-header", Static).render())
        assert header.startswith("QUOTES · Mirko Zoric · 1")


def test_histories_from_loaded_digests_are_the_merged_ones(corpus, monkeypatch):
    from briefing.answers.digest import histories, loaded_digests
    from briefing.answers.history import merge_histories

    briefings = analyse_corpus([str(corpus)]).briefings
    fresh = [h.to_dict() for h in merge_histories(briefings)]
    assert fresh
    assert [h.to_dict() for h in histories(loaded_digests(briefings))] == fresh  # computed
    again = analyse_corpus([str(corpus)]).briefings

    def refuse(briefing: object) -> digest_mod.Digest:
        raise AssertionError("computed: the stored digest was not used")

    monkeypatch.setattr(digest_mod, "digest_of", refuse)
    assert [h.to_dict() for h in histories(loaded_digests(again))] == fresh  # stored


async def test_the_trackers_corpus_histories_of_a_big_corpus_come_from_digests(corpus,
                                                                              monkeypatch):
    import briefing.ui.tracker as tracker_mod
    from briefing.answers.history import merge_histories

    monkeypatch.setattr(tracker_mod, "SYNC_LIMIT", 0)  # "big": merged in a thread
    used = []
    real = digest_mod.loaded_digests
    monkeypatch.setattr(digest_mod, "loaded_digests", lambda b: used.append(1) or real(b))
    app = BriefingApp([str(corpus)])
    async with app.run_test(size=(120, 36)) as pilot:
        from conftest import main_screen

        screen = await main_screen(pilot, rounds=6)
        await pilot.press("t", "a")
        panel = screen.panel("tracker")
        for _ in range(100):
            await pilot.pause(0.05)
            if panel._corpus_result is not None:
                break
        merged = panel._corpus_result
        assert used and merged is not None
        assert [h.to_dict() for h in merged] == [
            h.to_dict() for h in merge_histories(screen.session.briefings)]
