"""A child process for the fault tests: writes one kind of user file in a loop until killed.

``python _write_worker.py KIND FOLDER [COUNT] [TAG]``; ``BRIEFING_HOME`` comes from the parent.
It prints ``ready`` after its first completed write, so the parent kills it mid-loop; with a
COUNT it stops after that many writes (the two-instance tests).  Its fsync is slowed down.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from pathlib import Path

_fsync = os.fsync


def _slow_fsync(fd: int) -> None:
    """A slow disk: the moment between the temporary's write and its rename grows, so a kill
    at a random time often lands in the middle of a write (what the test is about)."""
    time.sleep(0.02)
    _fsync(fd)


os.fsync = _slow_fsync


def main() -> None:
    kind, folder = sys.argv[1], Path(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else None
    tag = sys.argv[4] if len(sys.argv) > 4 else "w"
    steps = range(count) if count is not None else itertools.count()
    for i in steps:
        if kind == "settings":
            from briefing.userdata.settings import save_setting

            problem = save_setting("theme", f"theme-{tag}-{i}", folder / "config.yaml")
            assert problem is None, problem
        elif kind == "settings-other":
            from briefing.userdata.settings import save_setting

            problem = save_setting("default_corpus", [f"/{tag}/{i}"], folder / "config.yaml")
            assert problem is None, problem
        elif kind == "sidecar":
            from briefing.userdata.sidecar import curate

            curate(str(folder / "deal.txt"), "rename", actor_id="usa", name=f"US {tag} {i}")
        elif kind == "sidecar-add":
            from briefing.userdata.sidecar import curate

            curate(str(folder / "deal.txt"), "add", name=f"Group {tag} {i}")
        elif kind == "state":
            from briefing.userdata.state import ReaderState

            state = ReaderState(folder / "state.json").load()
            state.add_bookmark("d" * 64, "deal.txt", i, f"{tag} {i}")
            state.set_position("e" * 64, i)
            problem = state.save()
            assert problem is None, problem
        elif kind == "memo":
            from briefing.cli import main as cli

            assert cli(["export", str(folder / "deal.txt"), "-o", str(folder / "memo.md")]) == 0
        elif kind == "large":
            from briefing.common.storage import atomic_write

            atomic_write(folder / "large.bin", bytes([i % 251]) * (4 << 20))
        else:
            raise SystemExit(f"unknown kind {kind}")
        if i == 0:
            print("ready", flush=True)


if __name__ == "__main__":
    main()
