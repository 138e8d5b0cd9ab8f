"""``briefing extract --format json`` written as the documents are analysed, not at the end.

The whole payload (``{"schema", "documents", "problems"}``) used to be built in memory and then
dumped: on the shared corpora (21,901 documents) that held every document's output at once,
3.1 GB of RSS.  Here each document is turned into JSON and written as soon as it is analysed,
and then dropped, so memory does not grow with the number of documents; only the problems
(a few lines each) are kept for the list at the end.

The bytes are the same as ``json_text(payload, indent=1)`` (tested): a document's JSON at
``indent=1`` sits two levels deep in the payload, so each of its lines is prefixed by two
spaces; JSON strings never hold a raw newline, so the prefix never lands inside one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from briefing.common.textsafe import json_text, write_utf8
from briefing.corpus.problems import ProblemsOnce
from briefing.model import Briefing, Problem

SCHEMA = "briefing/1"


def _nested(value: object, prefix: str) -> str:
    """``value`` as indent-1 JSON, every line but the first shifted right by ``prefix``."""
    return json_text(value, 1).replace("\n", "\n" + prefix)


def write_extract_json(items: Iterable[tuple[Briefing | None, list[Problem]]], out: TextIO,
                       on_problem: Callable[[Problem], None] | None = None
                       ) -> tuple[int, list[Problem]]:
    """Write the extract payload for ``items`` (``iter_analyse``'s pairs) to ``out``, one
    document at a time; ``on_problem`` is told each problem as it is met (stderr).

    Returns how many documents were written and the problems (each once, in the order met),
    which end the payload."""
    write_utf8('{\n "schema": ' + json_text(SCHEMA) + ',\n "documents": [', out)
    count = 0
    problems: list[Problem] = []  # each once: a sidecar shared by a.txt and a.md
    once = ProblemsOnce()
    for briefing, found in items:
        for problem in found:
            if once.first_time(problem):
                problems.append(problem)
                if on_problem is not None:
                    on_problem(problem)
        if briefing is None:
            continue
        lead = ",\n  " if count else "\n  "
        write_utf8(lead + _nested(briefing.to_dict(), "  "), out)
        count += 1
        briefing = None  # let it go before the next document is analysed
    listed = [p.to_dict() for p in problems]
    write_utf8(("\n ]" if count else "]") + ',\n "problems": ' + _nested(listed, " ") + "\n}\n",
               out)
    return count, problems
