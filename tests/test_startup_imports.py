"""What the reader imports before its first frame: only what the first screen needs.

Each case runs in a fresh interpreter (modules imported by other tests would hide an import).
The reader itself is replaced by a probe that records the modules loaded when it would start.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys
import briefing.ui.app as ui_app
from briefing import cli

def probe(paths=()):
    print(json.dumps(sorted(sys.modules)))
    return 0

ui_app.run = probe
raise SystemExit(cli.main(sys.argv[1:]))
"""

# Loaded by the loading worker after the first frame, never before it.
DEFERRED = ("briefing.corpus", "briefing.extract", "briefing.search", "briefing.answers",
            "briefing.analysis", "briefing.knowledge", "briefing.model", "yaml", "rapidfuzz",
            "sqlite3")


def _modules_at_start(*argv: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True,
                         check=True, timeout=120)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _deferred_loaded(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in DEFERRED or
                  any(m == d or m.startswith(d + ".") for d in DEFERRED))


def test_the_reader_on_a_folder_starts_without_the_corpus_layer(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# A\n\nText.\n", encoding="utf-8")
    modules = _modules_at_start(str(tmp_path))
    assert "briefing.ui.app" in modules  # the probe ran where the reader would start
    assert _deferred_loaded(modules) == []


def test_the_reader_on_the_seeds_starts_without_the_corpus_layer() -> None:
    modules = _modules_at_start()
    assert _deferred_loaded(modules) == []


def test_a_missing_path_is_still_a_usage_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    dangling = tmp_path / "link"
    dangling.symlink_to(tmp_path / "gone")  # a dangling symlink is a path the user gave
    out = subprocess.run([sys.executable, "-c", PROBE, str(missing)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2 and "no such file or folder" in out.stderr
    assert "briefing.ui.app" in _modules_at_start(str(dangling))


def test_the_reader_on_paths_builds_no_argument_parser(tmp_path: Path) -> None:
    """Only paths (or none): argparse is not even imported before the first frame."""
    (tmp_path / "a.md").write_text("# A\n\nText.\n", encoding="utf-8")
    assert "argparse" not in _modules_at_start()
    assert "argparse" not in _modules_at_start(str(tmp_path), str(tmp_path / "a.md"))


def test_options_and_dashed_paths_still_go_through_the_parser(tmp_path: Path) -> None:
    dashed = tmp_path / "-notes"
    dashed.mkdir()
    # "--" then a path that starts with a dash: parsed, and the reader opens that folder.
    out = subprocess.run([sys.executable, "-c", PROBE + "\n", "--", str(dashed)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "argparse" in json.loads(out.stdout.splitlines()[-1])
    out = subprocess.run([sys.executable, "-c", PROBE, "--bogus"], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2 and "unrecognized arguments: --bogus" in out.stderr
    out = subprocess.run([sys.executable, "-c", PROBE, "--version"], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.startswith("briefing ")


# The main screen's parts the first frame does not use: imported right after it (session 7).
AFTER_FIRST_FRAME = ("briefing.session", "briefing.ui.reader", "briefing.ui.wrap",
                     "briefing.ui.panels", "briefing.ui.lists", "briefing.ui.navigation",
                     "briefing.ui.places", "briefing.ui.jumps", "briefing.ui.doc_rows",
                     "briefing.ui.actions", "briefing.ui.session_view")


def test_the_main_screens_later_parts_are_not_imported_at_start() -> None:
    modules = _modules_at_start()
    assert "briefing.ui.main" in modules  # the probe ran after the screen's module loaded
    loaded = sorted(m for m in modules
                    if any(m == d or m.startswith(d + ".") for d in AFTER_FIRST_FRAME))
    assert loaded == []
