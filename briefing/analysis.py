"""Corpus-wide analysis: load every document and run the extractor on it.

This is what the CLI and the reader's background workers call.  An extractor failure on one
document is reported as a problem for that file and the others carry on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing.corpus import Limits, bundled_seeds, iter_load
from briefing.extract import analyse
from briefing.model import Briefing, Document, Problem


@dataclass
class CorpusAnalysis:
    briefings: list[Briefing] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def safe_analyse(document: Document) -> tuple[Briefing, list[Problem]]:
    """Analyse one document; an internal error becomes a problem, not a crash."""
    try:
        return analyse(document), []
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the rest
        message = f"extraction failed ({exc.__class__.__name__}); showing the text only"
        return Briefing(document=document), [Problem(document.path, message)]


def iter_analyse(paths: list[str] | None = None,
                 limits: Limits = Limits()) -> Iterator[tuple[Briefing | None, list[Problem]]]:
    for document, problems in iter_load(list(paths) if paths else [bundled_seeds()], limits):
        if document is None:
            yield None, problems
            continue
        briefing, more = safe_analyse(document)
        yield briefing, problems + more


def analyse_corpus(paths: list[str] | None = None, limits: Limits = Limits()) -> CorpusAnalysis:
    result = CorpusAnalysis()
    for briefing, problems in iter_analyse(paths, limits):
        if briefing is not None:
            result.briefings.append(briefing)
        result.problems.extend(problems)
    return result
