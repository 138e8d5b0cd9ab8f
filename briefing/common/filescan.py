"""The files a search index's freshness check stamps, and that scan started early.

:func:`files_to_stamp` walks the PATH arguments by the rules of ``corpus.files.discover``
(hidden entries skipped, folder symlinks not followed, document suffixes only inside folders)
and adds the sidecars.  :class:`EarlyScan` runs the walk and the ``stat`` of every file in a
thread from the moment ``briefing search`` starts, before the search engine's modules are
imported, so that the two overlap (the ``stat`` calls spend most of their time in the kernel,
without the interpreter lock).  Light on purpose: no module of ``briefing.search`` is imported
here (its package imports the whole engine).
"""

from __future__ import annotations

import os
import threading
from array import array
from collections.abc import Sequence
from pathlib import Path

from briefing.common.filetypes import (
    DOCUMENT_SUFFIXES,
    MAX_FOLDER_DEPTH,
    SIDECAR_SUFFIXES,
    is_page_assets,
)
from briefing.common.freshness import stamp_flat
from briefing.paths import bundled_seeds_prefix, user_sidecar_for

Flat = tuple[list[str], "array[int]"]  # stamp_flat's paths and stamps


def files_to_stamp(paths: Sequence[str]) -> list[str]:
    """The files ``briefing.search.listing.scan`` stamps, in the order found: the documents
    ``corpus.files.discover`` would yield and the sidecars beside them."""
    wanted = DOCUMENT_SUFFIXES | frozenset(SIDECAR_SUFFIXES)
    plain = tuple(sorted(wanted))  # lowercase: most names end so and need no other test
    files: list[str] = []
    add = files.append

    def walk(folder: str, depth: int) -> None:
        if depth > MAX_FOLDER_DEPTH:
            return
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        names: set[str] | None = None  # the siblings, read for a folder only
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                if name.endswith(plain) and not entry.is_dir(follow_symlinks=False):
                    add(entry.path)  # what the tests below find for such a name, sooner
                    continue
            except OSError:
                pass
            try:
                if entry.is_dir(follow_symlinks=False):
                    if names is None:
                        names = {e.name for e in entries}
                    if not is_page_assets(name, names):
                        walk(entry.path, depth + 1)
                    continue
            except OSError:
                pass
            dot = name.rfind(".")
            if dot > 0 and name[dot:].lower() in wanted:
                add(entry.path)

    for given in paths:
        path = str(Path(given))
        if os.path.isdir(path):
            walk(path, 0)
        elif os.path.lexists(path):
            files.append(path)
            stem = os.path.splitext(path)[0]
            files.extend(stem + suffix for suffix in SIDECAR_SUFFIXES
                         if os.path.lexists(stem + suffix))
    # The bundled seed's curated sidecars live in the data directory (a handful of files).
    seeds = bundled_seeds_prefix()
    if any(os.path.join(os.path.abspath(g), "").startswith(seeds) or
           seeds.startswith(os.path.join(os.path.abspath(g), "")) for g in paths):
        files.extend(user for user in map(user_sidecar_for, list(files))
                     if user is not None and os.path.lexists(user))
    return files


class EarlyScan:
    """:func:`files_to_stamp` and :func:`~briefing.common.freshness.stamp_flat` of ``paths``,
    started now in a thread; :meth:`result` waits for it."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths
        self._found: Flat | None = None
        self._thread = threading.Thread(target=self._run, name="early scan", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._found = stamp_flat(files_to_stamp(self.paths))
        except Exception:  # noqa: BLE001 - the caller scans again itself
            self._found = None

    def result(self) -> Flat | None:
        """The scan's paths and stamps (``None``: it failed; scan again)."""
        self._thread.join()
        return self._found


_VALUED = ("--limit", "--sort")  # the options of ``briefing search`` that take a value


def start_early(argv: Sequence[str]) -> EarlyScan | None:
    """The scan of the paths ``briefing search`` is given, started now; ``None`` when ``argv``
    names none, or one that does not exist (the command then checks and scans them itself).
    Read without the command's parser, which comes with the engine's imports: the command
    uses the scan only if it parsed the same paths (``EarlyScan.paths``)."""
    words: list[str] = []
    rest: list[str] = []
    argv = list(argv)
    if "--" in argv:
        cut = argv.index("--")
        argv, rest = argv[:cut], argv[cut + 1:]
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word.startswith("-"):
            skip = word in _VALUED
        else:
            words.append(word)
    paths = (words + rest)[1:]
    if not paths or not all(os.path.lexists(p) for p in paths):
        return None
    return EarlyScan(paths)
