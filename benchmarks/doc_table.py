"""The document table at 22,000 rows: opening it, each filter keystroke, each sort, each move.

    python benchmarks/doc_table.py [--rows N]
    python benchmarks/doc_table.py --folder PATH   # the real reader on a corpus (user cache)

Runs a headless app (``App.run_test``, 120x40) holding :class:`DocumentsScreen` over N invented
rows (default 22,000, the size of ../shared/corpora) and times, in wall milliseconds, from the
key until the table draws again: the screen's first rows, each key of a typed filter (sent to
the focused box as a terminal would), each ``ctrl+s`` (sort by the next column) and ``ctrl+r``
(reverse), and cursor moves.  The rows are
made here (dates, sources, titles of invented words), so it needs no corpus.  With ``--folder``
the real reader opens the corpus, waits until it has loaded, and times ``d`` (rows made from the
loaded documents, statuses read in a worker), a typed filter and a sort; it prints timings and
counts only, never document text.  Figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from textual import events  # noqa: E402
from textual.app import App  # noqa: E402

from briefing.ui.documents import DocRow, DocTable, DocumentsScreen  # noqa: E402

WORDS = ("talks", "ceasefire", "syria", "iran", "minister", "envoy", "deal", "border", "oil",
         "prices", "accord", "rebels", "summit", "truce", "sanctions", "vote", "trade", "aid")
SOURCES = ("Reuters", "BBC News", "Wikinews", "The White House", "")
STATUSES = ("ongoing", "stalled", "agreed", "collapsed", "exploratory", "near agreement", "")


def rows(n: int) -> list[DocRow]:
    rng = random.Random(7)
    out = []
    for i in range(n):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12))).upper()
        date = f"{rng.randint(1987, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(DocRow(i, date if rng.random() > 0.2 else "", rng.choice(SOURCES), title,
                          rng.choice(STATUSES)))
    return out


def _ms(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    return (f"median {statistics.median(ms):7.1f}  max {ms[-1]:7.1f}  (n={len(ms)})")


class _Drawn:
    """When the table last drew a line (the screen reacting), for timing keys without
    Pilot's wait for idleness (which also waits out the status worker)."""

    def __init__(self) -> None:
        self.at = 0.0
        original = DocTable.render_line

        def render_line(table: DocTable, y: int):  # type: ignore[no-untyped-def]
            self.at = time.perf_counter()
            return original(table, y)

        DocTable.render_line = render_line  # type: ignore[method-assign]

    async def after(self, pilot, key: str, typed: bool = True) -> float:  # type: ignore[no-untyped-def]
        """Seconds from pressing ``key`` until the table drew again.  A letter goes straight
        to the focused widget, as a terminal would send it (``Pilot.press`` first waits for
        the app to be idle, which a running worker delays by seconds)."""
        self.at = 0.0
        t = time.perf_counter()
        focused = pilot.app.screen.focused
        if typed and len(key) == 1 and focused is not None:
            focused.post_message(events.Key(key, key))
        else:
            await pilot.press(key)
        while not self.at and time.perf_counter() - t < 10:
            await asyncio.sleep(0.002)
        return (self.at or time.perf_counter()) - t


async def main(n: int) -> None:
    data = rows(n)
    drawn = _Drawn()

    class Bench(App[None]):
        pass

    app = Bench()
    async with app.run_test(size=(120, 40)) as pilot:
        drawn.at = 0.0
        started = time.perf_counter()
        screen = DocumentsScreen(data, current=n // 2)
        await app.push_screen(screen)
        while not drawn.at:
            await asyncio.sleep(0.002)
        opened = drawn.at - started
        keys = [await drawn.after(pilot, c) for c in "syria talks"]
        shown = len(screen.table.view)
        sorts = [await drawn.after(pilot, k, typed=False) for k in ["ctrl+s"] * 8 + ["ctrl+r"] * 4]
        moves = [await drawn.after(pilot, k, typed=False) for k in ["down"] * 10 + ["pagedown"] * 5]
        while screen.filter_text:
            await pilot.press("backspace")
        full_sort = await drawn.after(pilot, "ctrl+s", typed=False)
    print(f"document table, {n:,} invented rows, 120x40 headless; times until the table redraws")
    print(f"  open (first rows drawn)   {opened * 1000:7.1f} ms")
    print(f"  filter keystroke          {_ms(keys)}   ('syria talks': {shown:,} rows)")
    print(f"  sort / reverse (filtered) {_ms(sorts)}")
    print(f"  sort, all rows            {full_sort * 1000:7.1f} ms")
    print(f"  cursor move               {_ms(moves)}")


async def on_folder(folder: str) -> None:
    from briefing.ui.app import BriefingApp

    drawn = _Drawn()
    app = BriefingApp([folder])
    async with app.run_test(size=(120, 40)) as pilot:
        started = time.perf_counter()
        screen = app.screen
        while getattr(screen, "is_loading", True):
            await pilot.pause(0.5)
        loaded = time.perf_counter() - started
        await app.workers.wait_for_complete()  # the search index too: time the table alone
        indexed = time.perf_counter() - started
        n = len(screen.session.briefings)
        t = time.perf_counter()
        screen.doc_rows.rows(screen.session.briefings)
        made = time.perf_counter() - t
        opened = await drawn.after(pilot, "d", typed=False)
        table = app.screen
        filling = [await drawn.after(pilot, c) for c in "cease"]  # while statuses are read
        t = time.perf_counter()
        while any(r.status == "…" for r in table.rows):
            await pilot.pause(0.2)
        statuses = time.perf_counter() - t
        keys = [await drawn.after(pilot, c) for c in "fire"]
        shown = len(table.table.view)
        sort = await drawn.after(pilot, "ctrl+s")
    print(f"document table on a folder: {n:,} documents loaded in {loaded:.1f} s, workers "
          f"(search index) done at {indexed:.1f} s (120x40); times until the table redraws")
    print(f"  rows made (once per corpus)    {made * 1000:7.1f} ms")
    print(f"  d (first rows drawn)           {opened * 1000:7.1f} ms")
    print(f"  keystroke while statuses fill  {_ms(filling)}")
    print(f"  statuses filled by the worker  {statuses:7.1f} s after")
    print(f"  keystroke                      {_ms(keys)}   ({shown:,} rows match)")
    print(f"  sort by date                   {sort * 1000:7.1f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=22_000)
    parser.add_argument("--folder", help="a corpus folder: time the real reader's table on it")
    args = parser.parse_args()
    asyncio.run(on_folder(args.folder) if args.folder else main(args.rows))
