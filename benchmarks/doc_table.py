"""The document table at 22,000 rows: opening it, each filter keystroke, each sort, each move.

    python benchmarks/doc_table.py [--rows N]
    python benchmarks/doc_table.py --folder PATH   # the real reader on a corpus (user cache)

Runs a headless app (``App.run_test``, 120x40) holding :class:`DocumentsScreen` over N invented
rows (default 22,000, the size of ../shared/corpora) and times, in wall milliseconds: the
screen's first paint, each key of a typed filter until the table shows its rows, each
``ctrl+s`` (sort by the next column) and ``ctrl+r`` (reverse), and cursor moves.  The rows are
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

from textual.app import App  # noqa: E402

from briefing.ui.documents import DocRow, DocumentsScreen  # noqa: E402

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


async def main(n: int) -> None:
    data = rows(n)

    class Bench(App[None]):
        pass

    app = Bench()
    async with app.run_test(size=(120, 40)) as pilot:
        started = time.perf_counter()
        screen = DocumentsScreen(data, current=n // 2)
        await app.push_screen(screen)
        await pilot.pause()
        opened = time.perf_counter() - started
        keys, sorts, moves = [], [], []
        for char in "syria talks":
            t = time.perf_counter()
            await pilot.press("space" if char == " " else char)
            await pilot.pause()
            keys.append(time.perf_counter() - t)
        shown = len(screen.table.view)
        for _ in range(8):
            t = time.perf_counter()
            await pilot.press("ctrl+s")
            await pilot.pause()
            sorts.append(time.perf_counter() - t)
        for _ in range(4):
            t = time.perf_counter()
            await pilot.press("ctrl+r")
            await pilot.pause()
            sorts.append(time.perf_counter() - t)
        for key in ("down",) * 10 + ("pagedown",) * 5:
            t = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            moves.append(time.perf_counter() - t)
        while screen.filter_text:
            await pilot.press("backspace")
        t = time.perf_counter()
        await pilot.press("ctrl+s")
        await pilot.pause()
        full_sort = time.perf_counter() - t
    print(f"document table, {n:,} rows, 120x40 headless")
    print(f"  open (first paint)        {opened * 1000:7.1f} ms")
    print(f"  filter keystroke          {_ms(keys)}   ('syria talks': {shown:,} rows)")
    print(f"  sort / reverse (filtered) {_ms(sorts)}")
    print(f"  sort, all rows            {full_sort * 1000:7.1f} ms")
    print(f"  cursor move               {_ms(moves)}")
    print("  (a press in a headless app costs ~60 ms of Pilot overhead: compare to it)")


async def on_folder(folder: str) -> None:
    from briefing.ui.app import BriefingApp

    app = BriefingApp([folder])
    async with app.run_test(size=(120, 40)) as pilot:
        started = time.perf_counter()
        screen = app.screen
        while getattr(screen, "is_loading", True):
            await pilot.pause(0.5)
        loaded = time.perf_counter() - started
        n = len(screen.briefings)
        t = time.perf_counter()
        await pilot.press("d")
        await pilot.pause()
        opened = time.perf_counter() - t
        table = app.screen
        t = time.perf_counter()
        while any(r.status == "…" for r in table.rows):
            await pilot.pause(0.2)
        statuses = time.perf_counter() - t
        keys = []
        for char in "ceasefire":
            t = time.perf_counter()
            await pilot.press(char)
            await pilot.pause()
            keys.append(time.perf_counter() - t)
        shown = len(table.table.view)
        t = time.perf_counter()
        await pilot.press("ctrl+s")
        await pilot.pause()
        sort = time.perf_counter() - t
    print(f"document table on a folder: {n:,} documents loaded in {loaded:.1f} s (120x40)")
    print(f"  d (rows made, first paint)  {opened * 1000:7.1f} ms")
    print(f"  statuses filled by worker   {statuses:7.1f} s")
    print(f"  filter keystroke            {_ms(keys)}   ({shown:,} rows match)")
    print(f"  sort by date                {sort * 1000:7.1f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=22_000)
    parser.add_argument("--folder", help="a corpus folder: time the real reader's table on it")
    args = parser.parse_args()
    asyncio.run(on_folder(args.folder) if args.folder else main(args.rows))
