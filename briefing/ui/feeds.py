"""``R`` in the reader: the feeds of config.yaml are fetched in a worker thread; the new articles
that fall inside the open corpus are analysed there too and join the document list, the
panels and the search index without a restart.  Articles saved elsewhere (the library folder
when another corpus is open) are named in a notification."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from textual.message import Message


class FeedsFetched(Message):
    """The outcome of a refresh, with the new articles' briefings (inside the corpus)."""

    def __init__(self, briefings: list[Any], problems: list[Any], note: str,
                 failed: bool) -> None:
        super().__init__()
        self.briefings = briefings
        self.problems = problems
        self.note = note
        self.failed = failed


def inside(path: Path, roots: Sequence[str]) -> bool:
    real = os.path.realpath(path)
    for root in roots:
        top = os.path.realpath(root)
        if real == top or real.startswith(top.rstrip(os.sep) + os.sep):
            return True
    return False


def refresh(feeds: Sequence[str], roots: Sequence[str], folder: Path | None = None,
            state: Path | None = None) -> FeedsFetched:
    """Fetch ``feeds`` into ``folder`` (default: the library) and analyse what is new under
    ``roots``; runs in a worker thread and writes nothing to the terminal."""
    from briefing.analysis.runner import iter_analyse
    from briefing.common.textsafe import display_safe
    from briefing.paths import data_dir
    from briefing.web.fetch import STATE_FILE, Fetcher, default_folder

    folder = folder or default_folder()
    outcome = Fetcher(folder, io.StringIO(), state or data_dir() / STATE_FILE).run(list(feeds))
    joining = [str(p) for p in outcome.saved if inside(p, roots)]
    briefings: list[Any] = []
    problems: list[Any] = []
    for briefing, more in iter_analyse(joining) if joining else ():
        if briefing is not None:
            briefings.append(briefing)
        problems.extend(more)
    parts = [f"{len(outcome.saved)} new article(s)"]
    if outcome.saved and not joining:
        parts.append(f"saved in {display_safe(folder, 120)} (not part of this corpus)")
    if outcome.failed:
        from briefing.model import Problem

        # Each failure whole in the problems view (a toast cut "no network (offline?)" to
        # "no network (of…"); the toast says how many and where to read them.
        problems.extend(Problem(display_safe(url, 300), f"feed not fetched: {reason}")
                        for url, reason in outcome.failed)
        n = len(outcome.failed)
        parts.append(f"{n} feed{'s' if n != 1 else ''} failed (! says why)")
    return FeedsFetched(briefings, problems, "Feeds: " + "; ".join(parts), bool(outcome.failed))


def start_refresh(screen: Any) -> None:
    """Start a refresh for the main screen (the action of ``R``)."""
    from briefing.ui.text import notify_safe
    from briefing.userdata.settings import load_settings

    settings, _ = load_settings()
    if not settings.feeds:
        notify_safe(screen, "No feeds to refresh: add a feeds: list to config.yaml "
                            "(briefing config --path says where it is).", severity="warning")
        return
    notify_safe(screen, f"Fetching {len(settings.feeds)} feed(s)…")
    roots = list(screen.session.paths)
    feeds = list(settings.feeds)

    def work() -> None:
        try:
            screen.post_message(refresh(feeds, roots))
        except Exception as exc:  # noqa: BLE001 - a refresh must never take the reader down
            screen.post_message(FeedsFetched([], [], f"Feeds: refresh failed "
                                                     f"({exc.__class__.__name__})", True))

    screen.run_worker(work, thread=True, group="feeds", exclusive=True,
                      description="refresh feeds")
