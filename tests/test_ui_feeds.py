"""``R`` in the reader: the feeds of config.yaml are fetched in the background and the new
articles join the document list, the panels and the search index without a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from _web_server import serve
from conftest import settle
from test_web import HTML, TALKS, page, rss

from briefing.ui.app import BriefingApp
from briefing.userdata.settings import config_path

pytest.importorskip("trafilatura")


async def _wait(pilot, condition, rounds: int = 300) -> None:
    for _ in range(rounds):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition not reached")


@pytest.mark.asyncio
async def test_refreshed_feed_articles_join_the_open_corpus() -> None:
    from briefing.web.fetch import default_folder

    library = default_folder()  # the library in the data directory, opened as the corpus
    library.mkdir(parents=True)
    (library / "old.txt").write_text("Earlier talks\n\nThe envoys met last month.\n")
    routes: dict = {}
    with serve(routes) as (base, _):
        routes["/talks"] = (200, {"Content-Type": HTML},
                            page("Hostage talks in Doha", TALKS).encode())
        routes["/feed.rss"] = (200, {"Content-Type": "application/rss+xml"},
                               rss(base, [("Hostage talks", "/talks", "urn:talks")]))
        config_path().parent.mkdir(parents=True, exist_ok=True)
        config_path().write_text(f"feeds:\n  - {base}/feed.rss\n")
        app = BriefingApp([str(library)])
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert len(screen.session.briefings) == 1
            await pilot.press("R")
            await _wait(pilot, lambda: len(screen.session.briefings) == 2)
            await _wait(pilot, lambda: screen.session.index is not None and
                        bool(screen.session.index.search("hostages").hits))
            titles = {b.document.title for b in screen.session.briefings}
            assert "Hostage talks in Doha" in titles
            assert any("1 new article" in str(n.message) for n in app._notifications)
            await pilot.press("R")  # again: the article is already there, nothing doubles
            await _wait(pilot, lambda: any("0 new" in str(n.message)
                                           for n in app._notifications))
            assert len(screen.session.briefings) == 2


@pytest.mark.asyncio
async def test_no_feeds_says_how_to_add_them(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks\n\nThe envoys met.\n")
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("R")
        await pilot.pause()
        assert any("feeds:" in str(n.message) for n in app._notifications)


@pytest.mark.asyncio
async def test_failed_feeds_are_listed_whole_in_the_problems(tmp_path: Path) -> None:
    """The toast cut a failure's reason ("no network (of…"); each failure is now a problem,
    whole, and the toast says how many failed and where to read why."""
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/feed.rss"
    with serve({}) as (base, _):
        missing = f"{base}/nothing.rss"
        config_path().parent.mkdir(parents=True, exist_ok=True)
        config_path().write_text(f"feeds:\n  - {missing}\n  - {dead}\n")
        folder = tmp_path / "c"
        folder.mkdir()
        (folder / "a.txt").write_text("Talks\n\nThe envoys met.\n")
        app = BriefingApp([str(folder)])
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            screen = app.screen
            await pilot.press("R")
            await _wait(pilot, lambda: any("2 feeds failed (! says why)" in str(n.message)
                                           for n in app._notifications))
            said = {p.path: p.message for p in screen.session.problems}
            assert "HTTP 404" in said[missing]
            assert "refused the connection (nothing answers on that port)" in said[dead]
