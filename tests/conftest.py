"""Shared test fixtures: keep it small (other areas may ask for additions).

Every test runs with ``BRIEFING_HOME`` pointing into its own ``tmp_path`` so no real user
config, state or cache is read or written, with blinking cursors frozen so UI snapshots are
deterministic, and with toasts that never time out, so a test reads what the reader said
however long a loaded machine took to reach the assertion.
"""

from __future__ import annotations

import contextlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def briefing_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty private home for settings, state and caches."""
    home = tmp_path / "briefing-home"
    home.mkdir()
    monkeypatch.setenv("BRIEFING_HOME", str(home))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    return home


@pytest.fixture
def never_hang() -> Iterator[None]:
    """A test that hangs (a FIFO read, an endless device) fails after 60 s instead."""
    import signal

    def timeout(signum: int, frame: object) -> None:
        raise TimeoutError("hung: a read that should have been refused blocked")

    old = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
        _dev_zero_intact()


def _dev_zero_intact() -> None:
    """These tests link files to /dev/zero, and run as root here: a write that followed such a
    link once replaced the machine's /dev/zero.  Put it back (as root) and fail loudly."""
    import os
    import stat

    try:
        mode = os.lstat("/dev/zero").st_mode
    except FileNotFoundError:
        mode = 0
    if stat.S_ISCHR(mode) or not hasattr(os, "geteuid"):
        return
    if os.geteuid() == 0:
        with contextlib.suppress(OSError):
            os.remove("/dev/zero")
        os.mknod("/dev/zero", 0o666 | stat.S_IFCHR, os.makedev(1, 5))
        os.chmod("/dev/zero", 0o666)
    pytest.fail("a write went through a link and replaced /dev/zero (restored)")


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blinking cursors make screenshots depend on timing."""
    try:
        from textual.widgets import Input
    except ImportError:  # pragma: no cover - textual is a dependency
        return
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None, raising=False)


@pytest.fixture(autouse=True)
def _no_toast_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A notification leaves ``app._notifications`` (and its toast the screen) once its
    ``timeout`` has passed in wall-clock time: the start-up warning (8 s) was gone when a
    test under ``-n 2`` on a loaded machine counted it (session 21), and a "nothing to go to"
    (2 s) could go the same way.  Frozen here, each stays until the test ends; the timeout
    the reader asked for is still the notification's ``timeout``."""
    try:
        from textual.notifications import Notification
    except ImportError:  # pragma: no cover - textual is a dependency
        return
    monkeypatch.setattr(Notification, "time_left", property(lambda self: 3600.0))


@pytest.fixture
def hostile_dir() -> Path:
    """A folder with the hostile article (markup, escapes, bidi) and its hostile sidecar."""
    return FIXTURES / "hostile"


def _words(prefix: str, n: int) -> str:
    return " ".join(f"{prefix}{i}" for i in range(n)) + "."


def eval_tool(name: str) -> ModuleType:
    """``eval/tools/<name>.py`` loaded as the module ``name`` (eval/ is no package); registered
    in ``sys.modules``, where a dataclass of the tool looks its module up."""
    spec = importlib.util.spec_from_file_location(
        name, Path(__file__).resolve().parents[1] / "eval" / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def article_in_folder(tmp_path: Path, stem: str, text: str, sidecar: str) -> Path:
    """``tmp_path/news/<stem>.txt`` holding ``text``, with ``sidecar`` as its ``.yaml``."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.yaml").write_text(sidecar, encoding="utf-8")
    return folder / f"{stem}.txt"


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """Three invented plain-text articles, each with a lede and two sub-headings."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, title in (("a", "Alpha talks resume"), ("b", "Bravo ceasefire holds"),
                        ("c", "Charlie envoy arrives")):
        body = [title, "", "Lede " + _words(f"{name}lede", 60), "", "Background", "",
                _words(f"{name}bg", 80), "", _words(f"{name}bgx", 70), "", "Next Steps", "",
                _words(f"{name}next", 90)]
        (folder / f"{name}.txt").write_text("\n".join(body) + "\n", encoding="utf-8")
    return folder


async def searches_done(pilot, timeout: float = 10.0) -> None:
    """Until no search screen in the app's stack has a search waiting, running, or its result
    not yet shown (the search screen's thread is not a Textual worker)."""
    import time

    from briefing.ui.search import SearchScreen

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(
            isinstance(s, SearchScreen) and s.searching for s in pilot.app.screen_stack):
        await pilot.pause(0.005)


async def until(pilot, predicate, timeout: float = 30.0) -> bool:
    """Let the app run until ``predicate()`` holds (``False``: it did not in ``timeout``
    seconds).  A test asserting a state waits on that state, not on a number of passes,
    which a loaded machine did not always finish in (session 18)."""
    import time

    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        await pilot.pause(0.01)
    await pilot.pause()
    return True


async def settle(pilot, rounds: int = 5) -> None:
    """Let the app run its pending messages and finish its workers and searches (``rounds``
    passes)."""
    import contextlib

    from textual.worker import WorkerCancelled

    for _ in range(rounds):
        await pilot.pause()
        with contextlib.suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await searches_done(pilot)
    await pilot.pause()


async def main_screen(pilot, rounds: int = 5):
    """:func:`settle`, then the app's screen, which must be the main screen."""
    from briefing.ui.main import MainScreen

    await settle(pilot, rounds)
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    return screen


@pytest.fixture
def dated_corpus(tmp_path: Path) -> Path:
    """Four invented articles with sidecars (title, date, source), for the document table."""
    folder = tmp_path / "dated"
    folder.mkdir()
    articles = (
        ("one", "Envoys resume border talks", "2016-09-04", "Tidings Daily",
         "Negotiators from Arland and Borvia resumed talks on the border on Sunday."),
        ("two", "IRAQ SAYS IT REPELS IRANIAN ATTACK", "1987-03-19", "Wire Service",
         "The army said it repelled an attack near the river."),
        ("three", "Syria ceasefire holds for a second day", "2016-09-14", "Tidings Daily",
         "A ceasefire in Syria held for a second day, monitors said."),
        ("four", "Harvest festival draws crowds", "", "",
         "Crowds came to the harvest festival in the valley."),
    )
    for name, title, date, source, body in articles:
        (folder / f"{name}.txt").write_text(body + "\n", encoding="utf-8")
        meta = [f"title: {title!r}"]
        if date:
            meta.append(f"published: {date}")
        if source:
            meta.append(f"source: {source}")
        (folder / f"{name}.yaml").write_text("\n".join(meta) + "\n", encoding="utf-8")
    return folder


async def table_filled(pilot, timeout: float = 10.0) -> None:
    """Wait until the open document table has every status (its worker starts a little after
    the table opens)."""
    import time

    screen = pilot.app.screen
    deadline = time.monotonic() + timeout
    while any(r.status == "…" for r in getattr(screen, "rows", ())) and \
            time.monotonic() < deadline:
        await pilot.pause(0.05)
    await settle(pilot)
