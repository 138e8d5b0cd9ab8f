"""UI responsiveness while a folder loads: event-loop stalls and search keystroke latency.

    python benchmarks/responsiveness.py [FOLDER...] [--seconds N] [--warm-up] [--type-at S]
                                        [--stalls]

Runs the reader headless (``App.run_test``, 100x30) on FOLDER (default: the bundled seeds) with a
timer on the UI loop every 10 ms; a late tick means the loop (or the GIL) was held and a key
pressed then would have waited.  Prints, per phase (loading, the 3 s after loading ended, idle),
the ticks' lateness: median, p95, max, and the number of stalls over 50 ms and 100 ms.  Then it
opens search (``/``) and types a query letter by letter, timing each key from the press until
the search screen shows that key's results (the status line changes), and prints those latencies.
``--type-at S`` types during loading instead, S seconds after start.  ``--text-only`` stops
once the text of every document is searchable (a cold start's first target), without waiting
for the analysis.  ``--detail`` prints each key's latency with what overlapped it: the
garbage collector's passes (generation, wall and CPU ms, objects collected) and the search's
own CPU time in its thread.

The user's cache is used unless ``BRIEFING_HOME`` is set (``--warm-up`` loads once first, so the
timed run is warm).  Figures only; no pass/fail.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import resource
import statistics
import sys
import threading
import time
from collections import Counter

from textual import events

TICK = 0.010
QUERY = "negotiatons geneva"  # a typo on purpose: the typo path is the slow one


def _cpu_seconds() -> float:
    """CPU seconds so far of this process and of every live process under it (the analysis
    workers, the text index's child and its workers), read from /proc, plus what the reaped
    ones used (a process's reaped children count in its own ``cutime``)."""
    tick = os.sysconf("SC_CLK_TCK")
    own = resource.getrusage(resource.RUSAGE_SELF)
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = own.ru_utime + own.ru_stime + reaped.ru_utime + reaped.ru_stime
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        # fields[1] is the ppid (field 4 of stat); 11-14 utime, stime, cutime, cstime
        parents[int(entry)] = int(fields[1])
        used[int(entry)] = sum(int(f) for f in fields[11:15]) / tick
    me = os.getpid()
    for pid, seconds in used.items():
        up, hops = parents.get(pid), 0
        while up and up != me and hops < 8:
            up, hops = parents.get(up), hops + 1
        if up == me:
            total += seconds
    return total


def _summary(name: str, lateness: list[float]) -> str:
    if not lateness:
        return f"{name:<22} (no ticks)"
    ms = sorted(x * 1000 for x in lateness)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    over50 = sum(1 for x in ms if x > 50)
    over100 = sum(1 for x in ms if x > 100)
    return (f"{name:<22} ticks {len(ms):>5}  median {statistics.median(ms):6.1f} ms  "
            f"p95 {p95:6.1f} ms  max {ms[-1]:7.1f} ms  >50ms {over50:>3}  >100ms {over100:>3}")


def _gc_pauses(passes: list[tuple[int, float, float, float, int]] | None = None
               ) -> list[tuple[int, float]]:
    """(generation, seconds) of every garbage-collector pass from now on; ``passes`` (when
    given) also gets (generation, start, end, CPU seconds, objects collected) of each."""
    pauses: list[tuple[int, float]] = []
    began = [0.0, 0.0]

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            began[0], began[1] = time.perf_counter(), time.thread_time()
        else:
            end = time.perf_counter()
            pauses.append((info.get("generation", -1), end - began[0]))
            if passes is not None:
                passes.append((info.get("generation", -1), began[0], end,
                               time.thread_time() - began[1], info.get("collected", 0)))

    gc.callbacks.append(note)
    return pauses


def _timed_searches() -> list[tuple[float, float, float]]:
    """(start, end, CPU seconds of its thread) of every ``SearchIndex.search`` from now on."""
    from briefing.search.index import SearchIndex

    done: list[tuple[float, float, float]] = []
    search = SearchIndex.search

    def timed(self: SearchIndex, *args: object, **kwargs: object) -> object:
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            return search(self, *args, **kwargs)  # type: ignore[arg-type]
        finally:
            done.append((t0, time.perf_counter(), time.thread_time() - c0))

    SearchIndex.search = timed  # type: ignore[method-assign,assignment]
    return done


def _key_detail(keys: list[tuple[str, float, float]],
                passes: list[tuple[int, float, float, float, int]],
                searches: list[tuple[float, float, float]]) -> None:
    print("per key: latency; collector passes overlapping it (generation: wall/CPU ms, objects"
          " collected), shown from 1 ms; the search's CPU ms in its thread")
    for ch, t0, t1 in keys:
        gcs = [f"gc{g}:{(b - a) * 1000:.0f}/{cpu * 1000:.0f}({n})"
               for g, a, b, cpu, n in passes if b > t0 and a < t1 and b - a >= 0.001]
        cpu = sum(c for a, b, c in searches if b > t0 and a < t1)
        print(f"  {ch!r:5} {(t1 - t0) * 1000:7.1f} ms  search CPU {cpu * 1000:5.1f} ms  "
              + " ".join(gcs))


def _watch(last: list[float], out: Counter) -> None:
    """A watchdog thread: when the UI loop is late, note where the main thread is."""
    main_id = threading.main_thread().ident

    def stack(frame: object) -> str:
        where = []
        while frame is not None and len(where) < 5:
            code = frame.f_code
            where.append(f"{code.co_filename.rsplit('/', 2)[-1]}:{frame.f_lineno} {code.co_name}")
            frame = frame.f_back
        return " < ".join(where)

    def watch() -> None:
        me = threading.get_ident()
        while True:
            before = time.perf_counter()
            time.sleep(0.02)
            woke = time.perf_counter()
            if woke - last[0] > 0.08:
                # The watchdog itself waited for the GIL when it woke late: whoever held it
                # is still in (or just past) the statement that held it.
                for ident, frame in sys._current_frames().items():
                    if ident in (me, main_id):
                        continue
                    late = "held " if woke - before > 0.06 else ""
                    out[late + stack(frame)] += 1

    threading.Thread(target=watch, daemon=True).start()


async def _run(paths: list[str], seconds: float, type_at: float | None,
               stalls: bool = False, text_only: bool = False, detail: bool = False) -> None:
    from briefing.ui.app import BriefingApp

    app = BriefingApp(paths)
    ticks: list[tuple[float, float]] = []  # (time since start, lateness)
    started = time.perf_counter()
    loaded_at: list[float] = []
    every_text: list[float] = []  # words searchable in every document (perhaps text only)
    every_actor: list[float] = []  # ...and the actors too
    key_latency: list[float] = []
    text_cpu: list[float] = []  # CPU seconds (reader + workers) when every document's text is in
    cpu0 = _cpu_seconds()
    stall_stacks: Counter = Counter()
    passes: list[tuple[int, float, float, float, int]] = []
    pauses = _gc_pauses(passes if detail else None)
    searches = _timed_searches() if detail else []
    keys: list[tuple[str, float, float]] = []

    async with app.run_test(size=(100, 30)) as pilot:
        session = app.screen.session  # the main screen's (corpus, loading, index)
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            ticks.append((now - started, max(0.0, now - last[0] - TICK)))
            last[0] = now
            if not loaded_at and not session.is_loading:
                loaded_at.append(now - started)
            index = session.index
            if index is not None and session.index_covers is None:
                if not every_text:
                    every_text.append(now - started)
                    text_cpu.append(_cpu_seconds() - cpu0)
                if not every_actor and not getattr(index, "actors_pending", False):
                    every_actor.append(now - started)

        app.set_interval(TICK, tick)
        if stalls:
            _watch(last, stall_stacks)

        async def type_query() -> None:
            await pilot.press("slash")
            await pilot.pause(0.3)
            search = app.screen
            shown: list[int] = []  # generations whose results reached the screen
            original = search._show

            def show(generation: int, *args: object) -> None:
                shown.append(generation)
                original(generation, *args)

            search._show = show
            for ch in QUERY:
                target = search._generation + 1
                t0 = time.perf_counter()
                # Straight to the driver: ``pilot.press`` also waits for idle, which is not
                # what a user's keystroke waits for.
                app._driver.send_message(events.Key("space" if ch == " " else ch, ch))
                while time.perf_counter() - t0 < 5.0 and not (shown and shown[-1] >= target):
                    if search.index_getter() is None:
                        break  # "indexing…": nothing to wait for
                    await asyncio.sleep(0.001)
                key_latency.append(time.perf_counter() - t0)
                keys.append((ch, t0, time.perf_counter()))
            await pilot.press("escape")

        if type_at is not None:
            await asyncio.sleep(type_at)
            await type_query()
        deadline = started + 600
        while not (every_text if text_only else loaded_at and every_actor) \
                and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(3.0)
        after = time.perf_counter() - started
        await asyncio.sleep(max(0.0, seconds))
        if type_at is None:
            await type_query()

    end_load = loaded_at[0] if loaded_at else float("inf")
    print(f"paths: {' '.join(paths) or '(bundled seeds)'}")
    print(f"load average {os.getloadavg()[0]:.1f} (1 min) at the end")
    print(f"loading ended after {end_load:.2f} s")
    print(f"text search over every document after {every_text[0] if every_text else -1:.2f} s, "
          f"actors too after {every_actor[0] if every_actor else -1:.2f} s (target, cold: text "
          f"within 15 s); CPU by then: "
          f"{text_cpu[0] if text_cpu else -1:.1f} s (reader and every process under it)")
    print(_summary("loading", [x for t, x in ticks if t <= end_load]))
    print(_summary("3 s after loading", [x for t, x in ticks if end_load < t <= after]))
    print(_summary("idle", [x for t, x in ticks if after < t]))
    if key_latency:
        ms = sorted(x * 1000 for x in key_latency)
        print(f"search keystrokes ({'during loading' if type_at is not None else 'after'}, "
              f"{len(ms)} keys of {QUERY!r}): median {statistics.median(ms):.1f} ms, "
              f"p95 {ms[min(len(ms) - 1, int(len(ms) * 0.95))]:.1f} ms, max {ms[-1]:.1f} ms "
              "(target: p95 within 50 ms)")
    if detail:
        _key_detail(keys, passes, searches)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    long = [p for p in pauses if p[1] > 0.02]
    print(f"garbage-collector passes {len(pauses)}, over 20 ms: {len(long)}"
          + (f", longest {max(p[1] for p in long) * 1000:.0f} ms (generation "
             f"{max(long, key=lambda p: p[1])[0]})" if long else ""))
    if stalls:
        print("where the UI thread was during stalls (20 ms samples):")
        for where, n in stall_stacks.most_common(12):
            print(f"  {n:>4}  {where}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--seconds", type=float, default=2.0, help="idle time measured")
    parser.add_argument("--warm-up", action="store_true", help="load once first (fills cache)")
    parser.add_argument("--type-at", type=float, default=None)
    parser.add_argument("--text-only", action="store_true",
                        help="stop once the text of every document is searchable (cold: the"
                             " analysis is not waited for)")
    parser.add_argument("--stalls", action="store_true",
                        help="sample the UI thread's stack during stalls and print the top ones")
    parser.add_argument("--detail", action="store_true",
                        help="each key's latency with the collector passes and search CPU"
                             " that overlapped it")
    args = parser.parse_args(argv)
    if args.warm_up:
        from briefing.analysis.runner import iter_analyse

        for _ in iter_analyse(args.paths or None):
            pass
    asyncio.run(_run(args.paths, args.seconds, args.type_at, args.stalls, args.text_only,
                     args.detail))
    return 0


if __name__ == "__main__":
    sys.exit(main())
