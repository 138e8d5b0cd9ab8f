"""The user's corrections (an actor's `rename`, `merge`, `drop`, `add`; a thread's `status`, `note`): the jobs.

:func:`curate` writes the sidecar (structurally, atomically) and analyses the document again;
:func:`curate_index` brings the search index's actors for that document up to date without
indexing the corpus again.  Both run off the owner's thread and only publish events.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.session.events import Curated, IndexCurated, ProblemsFound, SessionEvent
from briefing.session.jobs import Cancelled

if TYPE_CHECKING:
    from briefing.corpus.limits import Limits
    from briefing.session.apply import CuratedIndexUpdate
    from briefing.userdata.sidecar import CurationResult

DONE = {"rename": "renamed", "merge": "merged", "drop": "dropped", "add": "added",
        "status": "status set", "note": "note written"}
INDEX_WAIT = 600.0  # seconds an index still being built is waited for


def curate(path: str, sidecar: str | None, op: str, args: dict[str, str], limits: Limits,
           publish: Callable[[SessionEvent], None]) -> None:
    """Apply ``op`` to the sidecar of ``path`` and publish the document analysed again."""
    from briefing.userdata.sidecar import CurationError
    from briefing.userdata.sidecar import curate as edit_sidecar

    try:
        result = edit_sidecar(path, op, sidecar=sidecar, **args)
    except CurationError as exc:
        publish(Curated(path, None, [], str(exc)))
        return
    except (OSError, UnicodeDecodeError, KeyError, TypeError) as exc:
        from briefing.common.storage import describe

        publish(Curated(path, None, [], f"the sidecar was not changed: {describe(exc)}"))
        return
    from briefing.analysis.document import reported
    from briefing.analysis.runner import safe_analyse
    from briefing.corpus import load_document

    document, problems = load_document(path, limits)
    if document is None:
        publish(Curated(path, None, problems, "the document could not be read again"))
        return
    briefing, more = safe_analyse(document, limits)
    beside = result.sidecar.parent == Path(path).parent
    if beside:
        where = result.sidecar.name
    else:  # the seed's: in the data dir
        from briefing.common.storage import shown_path

        where = shown_path(result.sidecar)
    done = "note removed" if op == "note" and not str(args.get("value", "")).strip() else DONE.get(op, op)
    publish(Curated(path, briefing, problems + reported(briefing, more),
                    what=f"{done}; saved in {where}", warning=_lost_said(result)))


def _lost_said(result: CurationResult) -> str:
    """What to tell of the comments the edit took away with what it removed ("" if none)."""
    lost = list(result.lost_comments)
    if not lost:
        return ""
    from briefing.common.storage import shown_path
    from briefing.userdata.yaml_comments import said

    them = "them" if len(lost) > 1 else "it"
    kept = f"; the previous version, with {them}, is {shown_path(result.backup)}" \
        if result.backup is not None else ""
    many = f"{len(lost)} comments" if len(lost) > 1 else "a comment"
    return f"{result.sidecar.name}: {many} inside what was removed went with it ({said(lost)}){kept}"


def curate_index(update: CuratedIndexUpdate, cancelled: Cancelled) -> None:
    """Update the index's actors for one curated document, publish it and save it; an index
    still being built is waited for (bounded).  A failure is published as a problem: the
    index keeps the old actors until the next full build."""
    try:
        from briefing.search.cache import apply_curation

        publish = update.publish
        apply_curation(update.current,
                       lambda before, after: publish(IndexCurated(before, after)),
                       update.path, update.old, update.new, update.briefings, update.paths,
                       update.cache_dir, wait=INDEX_WAIT, cancelled=cancelled)
    except Exception as exc:  # noqa: BLE001 - the search layer is optional for the reader
        from briefing.common.textsafe import display_safe
        from briefing.model import Problem

        update.publish(ProblemsFound([Problem(
            "(search index)", f"curated actors not indexed: {exc.__class__.__name__}: "
                              f"{display_safe(exc, 200)}")]))
