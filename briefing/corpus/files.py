"""Finding and reading the user's files without ever hanging, crashing or following a trap.

Files are opened non-blocking and checked with ``fstat`` on the descriptor, so a FIFO, a device
or a link to ``/dev/zero`` is refused at once; reads are capped, so a sparse multi-GB file costs
nothing; directory symlinks are not followed (no loops); hidden files are skipped.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# The bounded reader lives in briefing.common.fileread (standard library only), so that settings,
# themes, state and caches read through it without importing this package.
from briefing.common.fileread import (
    MAX_DOCUMENT_BYTES,
    FileMissing,
    FileProblem,
    RawFile,
    describe_error,
    open_regular,
    read_file,
)
from briefing.common.filetypes import (  # noqa: F401 - MARKDOWN_SUFFIXES is re-exported
    DOCUMENT_SUFFIXES,
    MARKDOWN_SUFFIXES,
    MAX_FOLDER_DEPTH,
    is_page_assets,
)
from briefing.common.textsafe import display_safe
from briefing.paths import user_sidecar_for

LINK_OUTSIDE = "symbolic link to a file outside the folder"
TEXT_SUFFIXES = DOCUMENT_SUFFIXES  # the name other modules know
MAX_DEPTH = MAX_FOLDER_DEPTH


@dataclass(frozen=True, slots=True)
class Found:
    path: str
    error: str | None = None  # why it cannot be used (dangling link, loop, permission…)


def discover(paths: list[str], max_depth: int = MAX_DEPTH) -> Iterator[Found]:
    """Document files under ``paths`` (files or folders), sorted, hidden ones skipped.

    A file named explicitly is used whatever its suffix; in folders only ``.txt``/``.md`` and
    saved pages (``.html``) count, and a saved page's ``X_files`` folder of assets is skipped.
    """
    for given in paths:
        path = Path(given)
        try:
            st = path.lstat()
        except OSError as exc:
            yield Found(str(path), describe_error(exc))
            continue
        if stat.S_ISLNK(st.st_mode):
            try:
                st = path.stat()
            except OSError as exc:
                yield Found(str(path), f"broken or looping symbolic link: {describe_error(exc)}")
                continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, 0, max_depth, os.path.realpath(path))
        else:
            yield Found(str(path))


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _walk(folder: Path, depth: int, max_depth: int, root: str) -> Iterator[Found]:
    if depth > max_depth:
        yield Found(str(folder), f"folder nested more than {max_depth} levels deep; skipped")
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Found(str(folder), f"cannot list folder: {describe_error(exc)}")
        return
    subfolders = []
    names = {entry.name for entry in entries}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            if not is_page_assets(entry.name, names):
                subfolders.append(entry)
            continue
        if os.path.splitext(entry.name)[1].lower() not in TEXT_SUFFIXES:
            continue
        if entry.is_symlink():
            try:
                os.stat(entry.path)
            except OSError as exc:
                yield Found(entry.path, f"broken or looping symbolic link: {describe_error(exc)}")
                continue
            # A link out of the folder (to /etc/passwd, ~/.ssh, a device) is not read as part
            # of it; the same rule as for sidecars (link_leaves_folder).
            if link_leaves_folder(entry.path, root):
                yield Found(entry.path, f"{LINK_OUTSIDE}; skipped "
                                        "(open that file directly to read it)")
                continue
        yield Found(entry.path)
    for entry in subfolders:
        yield from _walk(Path(entry.path), depth + 1, max_depth, root)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def link_leaves_folder(path: str, folder: str) -> bool:
    """Whether ``path``, with every symbolic link on the way resolved, lies outside ``folder``.

    The one rule for files briefing finds by itself (an article in a folder, a sidecar beside
    an article): a link out of the folder is not read, so a downloaded corpus cannot pull in
    the user's own files (``~/.ssh/…``) as articles or as metadata -- nor, through curation,
    copy them into the corpus.  A file the user names on the command line is read wherever it
    is."""
    return not _inside(os.path.realpath(path), os.path.realpath(folder))


def find_sidecar(path: str) -> tuple[str | None, str | None]:
    """``(sidecar, refused)``: ``<stem>.yaml`` (or ``.yml``) beside ``path`` if present, or,
    when it is a link out of the article's folder (:func:`link_leaves_folder`), as ``refused``.

    For the bundled seed, the user's copy in the data directory comes first (briefing's own
    file, so the folder rule does not apply to it)."""
    user = user_sidecar_for(path)
    if user is not None and os.path.lexists(user):
        return user, None
    base = Path(path)
    for suffix in (".yaml", ".yml"):
        candidate = base.with_suffix(suffix)
        # os.path's tests, not Path's: these answer False for any error, Path's raise
        # PermissionError (a folder made unreadable while the reader runs).
        # lexists: a link leading nowhere is the sidecar too (reported when it cannot be
        # read: ignoring it silently lost the user's title and corrections with no word).
        if candidate != base and os.path.lexists(candidate):
            # Only a link can lead out of the article's folder (a file beside the article is
            # in it): the two ``realpath`` calls are for links only (a warm start of 22,000
            # documents with sidecars spent about a third of its time on them).
            if os.path.islink(candidate) and link_leaves_folder(
                    str(candidate), os.path.dirname(os.path.abspath(path))):
                return None, str(candidate)
            return str(candidate), None
    return None, None


def sidecar_overlaps(path: str, sidecar: str) -> list[str]:
    """What is ambiguous about ``sidecar``, the sidecar found for ``path``, in words: other
    documents with the same stem read it too (``a.txt`` and ``a.md``: a title or a curation
    meant for one applies to both), or a ``.yml`` lies beside the ``.yaml`` (never read).
    Only a sidecar beside the document (the seed's user copy is briefing's own); a few
    ``lexists`` calls, made only for documents that have a sidecar."""
    base, side = Path(path), Path(sidecar)
    if side.parent != base.parent:
        return []
    said: list[str] = []
    twins = sorted(base.with_suffix(s).name for s in DOCUMENT_SUFFIXES
                   if base.with_suffix(s) != base and os.path.lexists(base.with_suffix(s)))
    if twins:
        # The same words from each twin's side (names sorted, this one among them), so the
        # sidecar's one problem is said once where the problems are gathered, not per twin.
        readers = [display_safe(t, 100) for t in sorted([base.name, *twins])]
        said.append(f"the sidecar of {', '.join(readers[:-1])} and {readers[-1]}: its "
                    f"metadata and corrections apply to {'both' if len(readers) == 2 else 'all'}"
                    " (rename one to keep them apart)")
    other = side.with_suffix(".yml" if side.suffix == ".yaml" else ".yaml")
    if side.suffix == ".yaml" and os.path.lexists(other):
        said.append(f"{display_safe(other.name, 100)} beside it is never read ({side.name} "
                    "is the sidecar)")
    return said


def dangling_link(path: str) -> str | None:
    """``path`` as a symbolic link that leads to no file, in words naming its target (for a
    message: "a symbolic link to notes/a.yaml, which is not there"); ``None`` otherwise."""
    if not os.path.islink(path) or os.path.exists(path):
        return None
    try:
        target = os.readlink(path)
    except OSError:
        return "a symbolic link that leads to no file"
    return f"a symbolic link to {display_safe(target, 200)}, which is not there"


def sidecar_for(path: str) -> str | None:
    """The sidecar briefing reads for ``path`` (see :func:`find_sidecar`), if any."""
    return find_sidecar(path)[0]


__all__ = ["MARKDOWN_SUFFIXES", "MAX_DEPTH", "MAX_DOCUMENT_BYTES", "TEXT_SUFFIXES", "FileMissing",
           "FileProblem", "Found", "LINK_OUTSIDE", "RawFile", "dangling_link", "discover", "find_sidecar",
           "link_leaves_folder", "open_regular", "read_file", "sha256_hex", "sidecar_for",
           "sidecar_overlaps"]
