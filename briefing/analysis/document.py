"""Analysing one document: the extractor behind a guard, and whether its result may be cached.

Used in this process (:mod:`briefing.analysis.runner`) and in the worker processes
(:mod:`briefing.analysis.pool`); neither imports the other for it.
"""

from __future__ import annotations

from briefing.common.textsafe import display_safe
from briefing.corpus import DEFAULT_LIMITS, Limits, load_file
from briefing.corpus.problems import unique_problems
from briefing.model import TEXT_ONLY, Briefing, Document, Problem

__all__ = ["analyse_document", "cacheable", "reanalyse", "reported", "safe_analyse"]


def analyse_document(document: Document) -> tuple[Briefing, list[Problem]]:
    """The extractor (imported on first use: a warm start never needs it), and the
    extraction passes that failed, as problems naming the file."""
    from briefing.extract.pipeline import analyse_reporting

    briefing, failures = analyse_reporting(document)
    return briefing, [Problem(display_safe(p.path, 300), p.message, p.line, p.severity)
                      for p in failures]


def reanalyse(path: str, limits: Limits = DEFAULT_LIMITS) -> Briefing | None:
    """A fresh analysis of one file, without the cache (``None`` if it cannot be read)."""
    loaded = load_file(path, limits)
    if loaded.document is None:
        return None
    return safe_analyse(loaded.document, limits)[0]


def reported(briefing: Briefing, failures: list[Problem]) -> list[Problem]:
    """What an analysis has to report: the user's sidecar corrections that could not be applied
    (``actors: add: x: unknown kind …; skipped``, with the sidecar's name and line, kept in
    ``Briefing.problems``) and then the failed passes.  ``failures`` alone decide
    :func:`cacheable`: a bad correction is the user's to fix, not a reason to analyse again."""
    own = [Problem(display_safe(p.path, 300), p.message, p.line, p.severity)
           for p in briefing.problems if p not in failures]
    return unique_problems([*own, *failures])  # each once, as everywhere problems gather


def cacheable(document: Document, problems: list[Problem], limits: Limits) -> bool:
    """Whether an analysis may be cached: extraction failures (``problems`` from
    :func:`safe_analyse`) are retried next time; "too long to analyse" is kept."""
    return not problems or len(document.text) > limits.max_analysed_chars


def safe_analyse(document: Document,
                 limits: Limits = DEFAULT_LIMITS) -> tuple[Briefing, list[Problem]]:
    """Analyse one document; an internal error becomes a problem, not a crash (an error in
    one extraction pass costs only that pass's output, see :mod:`briefing.extract.pipeline`).

    A document longer than ``limits.max_analysed_chars`` is not analysed (it is still shown).
    """
    if len(document.text) > limits.max_analysed_chars:
        message = (f"{len(document.text):,} characters, over the "
                   f"{limits.max_analysed_chars:,}-character analysis limit "
                   f"(limits.max_analysed_chars); {TEXT_ONLY}")
        return _text_only(document, message)
    try:
        return analyse_document(document)  # a failing pass loses only its own output
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the rest
        message = f"extraction failed ({exc.__class__.__name__}); {TEXT_ONLY}"
        return _text_only(document, message)


def _text_only(document: Document, message: str) -> tuple[Briefing, list[Problem]]:
    """A briefing of the text alone that says why (``Briefing.unanalysed``: the panels show
    it instead of "no parties found"), and the problem, reported as usual."""
    problem = Problem(display_safe(document.path, 300), message)
    return Briefing(document=document, problems=(problem,)), [problem]
