"""When two problems are the same one, said once: the rule every report of problems follows.

A problem is met once per document that meets it: a sidecar shared by ``a.txt`` and ``a.md``
(``a.yaml``) is read with each of them, and its bad key is met twice, in the same words, at
the same line.  The user has one thing to fix, so every place that gathers problems (the
loader, the analysis runner, the streaming JSON writer, the command line's stderr, the reader's
session) keeps the first of each and drops the rest, by this module's rule: the same file, the
same line and the same words (:func:`problem_key`).  The severity is not part of it: two
reports of one fault at one place are one line to read, whichever said it more strongly first.

Pure: imports only the data model.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from briefing.model import Problem

ProblemT = TypeVar("ProblemT", bound=Problem)


def problem_key(problem: Problem) -> tuple[str, int | None, str]:
    """What makes two problems the same one: the file, the line and the words."""
    return problem.path, problem.line, problem.message


class ProblemsOnce:
    """Problems seen so far, for gathering them as they are met (a stream, a session):
    :meth:`first_time` says whether a problem is new, and remembers it."""

    __slots__ = ("_seen",)

    def __init__(self, seen: Iterable[Problem] = ()) -> None:
        self._seen = {problem_key(p) for p in seen}

    def first_time(self, problem: Problem) -> bool:
        key = problem_key(problem)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


def unique_problems(problems: Iterable[ProblemT]) -> list[ProblemT]:
    """``problems`` each once (see :func:`problem_key`), in the order first met."""
    once = ProblemsOnce()
    return [p for p in problems if once.first_time(p)]
