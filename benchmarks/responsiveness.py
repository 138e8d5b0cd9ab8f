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
own CPU time in its thread.  ``--spy OUT`` samples the reader's threads with py-spy (if
installed) while the keys are typed, only the thread holding the interpreter lock at each
sample, and prints per key which threads held it (OUT keeps py-spy's chrometrace).
``--profile OUT`` writes a cProfile of the UI thread (in its CPU time) while the keys are typed.

The user's cache is used unless ``BRIEFING_HOME`` is set (``--warm-up`` loads once first, so the
timed run is warm).  Figures only; no pass/fail.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import resource
import shutil
import statistics
import subprocess
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


def _own_cpu() -> float:
    """CPU seconds so far of this process alone (every thread)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _schedstats() -> dict[int, tuple[int, int]]:
    """Each thread of this process: (ns on a CPU, ns runnable but waiting for a CPU), from
    ``/proc/self/task/*/schedstat`` (Linux; empty elsewhere).  A thread's wall time is its time
    on a CPU, its time waiting for one (the machine's load), and the rest: asleep by its own
    doing (waiting for the interpreter lock, for the search's result, in ``select``)."""
    out: dict[int, tuple[int, int]] = {}
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/schedstat", "rb") as fh:
                run, wait = fh.read().split()[:2]
        except (OSError, ValueError):
            continue
        out[int(tid)] = (int(run), int(wait))
    return out


def _threads_report(keys: list[tuple[str, float, float, float]],
                    sched: list[tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]],
                    names: dict[int, str]) -> None:
    """Per key, where the UI thread's wall went and which other threads ran meanwhile."""
    if not sched:
        print("  (no /proc/self/task/*/schedstat: no per-thread breakdown)")
        return
    ui_tid = threading.main_thread().native_id or 0
    print("per key, the UI thread's wall: on a CPU / runnable, waiting for a CPU (load) / asleep"
          " (the interpreter lock, the result, select); other threads of the reader on a CPU"
          " meanwhile (ms)")
    totals: Counter = Counter()
    for (ch, t0, t1, _cpu), (before, after) in zip(keys, sched, strict=False):
        ran = {tid: (after[tid][0] - before.get(tid, (0, 0))[0],
                     after[tid][1] - before.get(tid, (0, 0))[1]) for tid in after}
        wall = (t1 - t0) * 1e3
        on, queued = (x / 1e6 for x in ran.get(ui_tid, (0, 0)))
        others = Counter()
        for tid, (run, _wait) in ran.items():
            if tid != ui_tid and run > 0:
                others[names.get(tid, f"thread {tid}")] += run / 1e6
        totals.update(others)
        totals["UI on a CPU"] += on
        totals["UI runnable"] += queued
        totals["UI asleep"] += max(0.0, wall - on - queued)
        print(f"  {ch!r:5} {wall:7.1f}  UI {on:5.1f} / {queued:6.1f} / {max(0.0, wall - on - queued):6.1f}"
              "  " + ", ".join(f"{n} {ms:.1f}" for n, ms in others.most_common(4)))
    print("  all keys (ms): " + ", ".join(f"{n} {ms:.0f}" for n, ms in totals.most_common(10)))


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


def _timed_ui() -> dict[str, list[tuple[float, float, float]]]:
    """(start, end, CPU seconds) of each screen update the compositor renders (full or
    partial) and of each session event the main screen applies (loading batches...)."""
    from textual._compositor import Compositor

    from briefing.ui.main import MainScreen

    done: dict[str, list[tuple[float, float, float]]] = {"full": [], "partial": [], "events": []}

    def wrap(owner: type, name: str, kind: str) -> None:
        original = getattr(owner, name)

        def timed(*args: object, **kwargs: object) -> object:
            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                done[kind].append((t0, time.perf_counter(), time.thread_time() - c0))

        setattr(owner, name, timed)

    wrap(Compositor, "render_full_update", "full")
    wrap(Compositor, "render_partial_update", "partial")
    from briefing.session import Session

    wrap(Session, "apply", "events")
    # Widgets of the main screen repainted under a screen on top (the search): each makes
    # the top screen render its tinted background again.
    from textual.widget import Widget

    refresh = Widget.refresh
    done["behind"] = []

    def noted(self: Widget, *args: object, **kwargs: object) -> object:
        if kwargs.get("layout") and typing_now:
            layout_names[type(self).__name__] += 1
        try:
            screen = self.screen
            if isinstance(screen, MainScreen) and screen is not self.app.screen:
                done["behind"].append((time.perf_counter(), 0.0, 0.0))
                behind_names[type(self).__name__] += 1
        except Exception:  # noqa: BLE001 - not mounted
            pass
        return refresh(self, *args, **kwargs)

    Widget.refresh = noted  # type: ignore[method-assign]
    return done


behind_names: Counter = Counter()
layout_names: Counter = Counter()  # widgets asking for a layout while the keys are typed
typing_now: list[int] = []  # non-empty while the keys are typed


def _key_detail(keys: list[tuple[str, float, float, float]],
                passes: list[tuple[int, float, float, float, int]],
                searches: list[tuple[float, float, float]],
                ui: dict[str, list[tuple[float, float, float]]]) -> None:
    print("per key: latency; the UI thread's CPU ms; the search's CPU ms in its thread; screen"
          " updates (full/partial: count, CPU ms) and session events (count, CPU ms) on the UI"
          " thread; collector passes overlapping it (generation: wall/CPU ms, objects"
          " collected), shown from 1 ms")
    for ch, t0, t1, ui_cpu in keys:
        gcs = [f"gc{g}:{(b - a) * 1000:.0f}/{cpu * 1000:.0f}({n})"
               for g, a, b, cpu, n in passes if b > t0 and a < t1 and b - a >= 0.001]
        cpu = sum(c for a, b, c in searches if b > t0 and a < t1)
        parts = []
        for kind in ("full", "partial", "events"):
            done = [c for a, b, c in ui[kind] if b > t0 and a < t1]
            parts.append(f"{kind} {len(done)}/{sum(done) * 1000:.0f}")
        parts.append(f"behind {sum(1 for a, _b, _c in ui['behind'] if t0 <= a <= t1)}")
        print(f"  {ch!r:5} {(t1 - t0) * 1000:7.1f} ms  UI CPU {ui_cpu * 1000:5.1f}  search CPU "
              f"{cpu * 1000:5.1f}  " + " ".join(parts) + "  " + " ".join(gcs))
    print("  main-screen widgets refreshed under the search screen (whole run): "
          + ", ".join(f"{n} {c}" for n, c in behind_names.most_common(8)))
    print("  widgets asking for a layout while the keys were typed: "
          + ", ".join(f"{n} {c}" for n, c in layout_names.most_common(8)))


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


def _spy_start(out: str) -> list[subprocess.Popen[bytes]]:
    """Samplers of what runs while the keys are typed: py-spy on this process (only the
    thread holding the GIL at each sample) and, where ``perf`` may, every CPU (who holds the
    cores: this process's threads, its workers, other processes).  Stopped by SIGINT."""
    started = []
    spy = shutil.which("py-spy") or os.path.join(os.path.dirname(sys.executable), "py-spy")
    if os.path.exists(spy):
        started.append(subprocess.Popen(
            [spy, "record", "--pid", str(os.getpid()), "--rate", "500", "--gil", "--threads",
             "--nonblocking", "--format", "raw", "-o", out + ".gil.txt"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    else:
        print("--spy: py-spy not found (pip install py-spy)")
    if shutil.which("perf"):
        started.append(subprocess.Popen(
            ["perf", "record", "-a", "-F", "1000", "-k", "CLOCK_MONOTONIC", "-o",
             out + ".perf.data"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    return started


def _spy_stop(samplers: list[subprocess.Popen[bytes]]) -> None:
    import signal

    for p in samplers:
        p.send_signal(signal.SIGINT)
    for p in samplers:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()


def _descendants() -> set[int]:
    """Process ids under this one (the analysis workers, the text index's child)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    me, found = os.getpid(), set()
    for pid in parents:
        up, hops = parents.get(pid), 0
        while up and up != me and hops < 8:
            up, hops = parents.get(up), hops + 1
        if up == me:
            found.add(pid)
    return found


def _spy_report(out: str, keys: list[tuple[str, float, float, float]], names: dict[int, str],
                children: set[int]) -> None:
    """Per key: who was on the CPUs (perf) while it waited; overall: which of this process's
    threads held the GIL, and in what (py-spy)."""
    me = os.getpid()
    try:
        lines = subprocess.run(["perf", "script", "-i", out + ".perf.data", "-F",
                                "pid,tid,time"], capture_output=True, text=True,
                               check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError) as exc:
        lines = []
        print(f"--spy: no perf samples ({exc})")
    samples = []
    for line in lines:
        parts = line.replace("/", " ").split()
        if len(parts) >= 3:
            pid, tid, when = int(parts[0]), int(parts[1]), float(parts[2].rstrip(":"))
            who = (names.get(tid, "reader:other") if pid == me else "workers"
                   if pid in children else "idle" if pid == 0 else "others")
            samples.append((when, who))
    if samples:
        print("who was on the 2 CPUs while each key waited (perf, 1 kHz per CPU; ms of CPU):")
        total: Counter = Counter()
        for ch, t0, t1, _cpu in keys:
            on = Counter(who for when, who in samples if t0 <= when <= t1)
            total.update(on)
            print(f"  {ch!r:5} {(t1 - t0) * 1000:7.1f} ms  "
                  + " ".join(f"{n}={c}" for n, c in on.most_common()))
        print("  all keys: " + " ".join(f"{n}={c}" for n, c in total.most_common()))
    try:
        with open(out + ".gil.txt") as fh:
            stacks = [line.rsplit(" ", 1) for line in fh if line.strip()]
    except OSError as exc:
        print(f"--spy: no py-spy samples ({exc})")
        return
    threads: Counter = Counter()
    where: Counter = Counter()
    for stack, count in stacks:
        frames = stack.split(";")
        thread = frames[0].split(": ", 1)[-1] if frames[0].startswith("thread") else "?"
        ours = [f.split(" (")[0] for f in frames if "/briefing/" in f]
        inner = frames[-1].split(" (")[0]
        threads[thread] += int(count)
        where[f"{thread}: " + (ours[-1] + " > " if ours and ours[-1] != inner else "")
              + inner] += int(count)
    print("GIL holders during the typing (py-spy samples at 500 Hz, 2 ms each): "
          + " ".join(f"{n}={c}" for n, c in threads.most_common()))
    for w, c in where.most_common(30):
        print(f"  {c:>5}  {w}")


async def _run(paths: list[str], seconds: float, type_at: float | None,
               stalls: bool = False, text_only: bool = False, detail: bool = False,
               spy: str | None = None, profile: str | None = None) -> None:
    from briefing.ui.app import BriefingApp

    app = BriefingApp(paths)
    ticks: list[tuple[float, float]] = []  # (time since start, lateness)
    started = time.perf_counter()
    loaded_at: list[float] = []
    every_text: list[float] = []  # words searchable in every document (perhaps text only)
    every_actor: list[float] = []  # ...and the actors too
    key_latency: list[float] = []
    text_cpu: list[float] = []  # CPU seconds (reader + workers) when every document's text is in
    own_cpu: list[float] = []  # ... of it, the reader's own process
    cpu0 = _cpu_seconds()
    own0 = _own_cpu()
    stall_stacks: Counter = Counter()
    passes: list[tuple[int, float, float, float, int]] = []
    pauses = _gc_pauses(passes if detail else None)
    searches = _timed_searches() if detail else []
    ui = _timed_ui() if detail else {}
    keys: list[tuple[str, float, float, float]] = []
    sched: list[tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]] = []
    thread_names: dict[int, str] = {}

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
                    own_cpu.append(_own_cpu() - own0)
                if not every_actor and not getattr(index, "actors_pending", False):
                    every_actor.append(now - started)

        app.set_interval(TICK, tick)
        if stalls:
            _watch(last, stall_stacks)

        async def type_query() -> None:
            from briefing.ui.search import SearchScreen

            await pilot.press("slash")
            await pilot.pause(0.3)
            for _ in range(100):  # on a loaded machine the screen may take longer to come
                if isinstance(app.screen, SearchScreen):
                    break
                await pilot.pause(0.05)
            search = app.screen
            shown: list[int] = []  # generations whose results reached the screen
            original = search._show

            def show(generation: int, *args: object) -> None:
                shown.append(generation)
                original(generation, *args)

            search._show = show
            spying = _spy_start(spy) if spy else []
            if spying:
                await asyncio.sleep(1.0)  # the samplers attach
            typing_now.append(1)
            profiler = None
            if profile:
                import cProfile

                # The UI thread only (a profiler is per thread), in its own CPU time.
                profiler = cProfile.Profile(time.thread_time)
                profiler.enable()
            for ch in QUERY:
                target = search._generation + 1
                before = _schedstats() if detail else {}
                t0, c0 = time.perf_counter(), time.thread_time()
                # Straight to the driver: ``pilot.press`` also waits for idle, which is not
                # what a user's keystroke waits for.
                app._driver.send_message(events.Key("space" if ch == " " else ch, ch))
                while time.perf_counter() - t0 < 5.0 and not (shown and shown[-1] >= target):
                    if search.index_getter() is None:
                        break  # "indexing…": nothing to wait for
                    await asyncio.sleep(0.001)
                key_latency.append(time.perf_counter() - t0)
                keys.append((ch, t0, time.perf_counter(), time.thread_time() - c0))
                if before:
                    sched.append((before, _schedstats()))
            typing_now.clear()
            thread_names.update({t.native_id or 0: t.name for t in threading.enumerate()})
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(profile or "")
            if spying:
                _spy_stop(spying)
                names = {t.native_id or 0: t.name for t in threading.enumerate()}
                names[threading.main_thread().native_id or 0] = "reader:ui"
                names = {k: v if v.startswith("reader:") else "reader:" + v
                         for k, v in names.items()}
                _spy_report(spy or "", keys, names, _descendants())
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
          f"{text_cpu[0] if text_cpu else -1:.1f} s (reader and every process under it; the "
          f"reader's own {own_cpu[0] if own_cpu else -1:.1f} s)")
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
        _key_detail(keys, passes, searches, ui)
        _threads_report(keys, sched, thread_names)
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
    parser.add_argument("--spy", metavar="OUT",
                        help="sample the threads holding the GIL with py-spy while typing")
    parser.add_argument("--profile", metavar="OUT",
                        help="cProfile the UI thread (its CPU time) while typing; stats to OUT")
    parser.add_argument("--nice", type=int, default=None, metavar="N",
                        help="the analysis workers' CPU priority for this run (an A/B of "
                             "briefing.session.loading.BACKGROUND_NICE)")
    args = parser.parse_args(argv)
    if args.nice is not None:
        from briefing.session import loading

        loading.BACKGROUND_NICE = args.nice
        print(f"analysis workers at nice {args.nice}")
    if args.warm_up:
        from briefing.analysis.runner import iter_analyse

        for _ in iter_analyse(args.paths or None):
            pass
    asyncio.run(_run(args.paths, args.seconds, args.type_at, args.stalls, args.text_only,
                     args.detail, args.spy, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
