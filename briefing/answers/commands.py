"""``briefing history [QUERY] [PATH...] [--json]`` and ``briefing quotes [QUERY] [PATH...]
[--json]``: negotiation histories and quotes by speaker, across the documents.

The first word is the query unless it names an existing file or folder (then every word is a
path); ``--`` before it forces a query (``briefing history -- russia``).  Kept apart from
``briefing/cli.py`` so the CLI module stays small.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from briefing.common.textsafe import display_safe, quoted_sentence

if TYPE_CHECKING:
    from briefing.model import Problem


def _parser(name: str, description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"briefing {name}",
        usage=f"briefing {name} [-h] [--json] [--limit N] [QUERY] [PATH ...]",
        description=description,
        epilog="The first word is the query unless it is an existing file or folder; put it "
               "after '--' to force a query.")
    p.add_argument("words", nargs="*", metavar="[QUERY] [PATH ...]")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument("--limit", type=int, default=0, metavar="N",
                   help="show at most N (default: all)")
    return p


def split_words(argv: list[str], p: argparse.ArgumentParser
                ) -> tuple[argparse.Namespace, str, list[str]]:
    """(options, query, paths): see the module docstring."""
    forced: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, forced = argv[:cut], argv[cut + 1:]
    args = p.parse_intermixed_args(argv)
    words = list(args.words)
    if forced:
        return args, forced[0], words + forced[1:]
    if words and not os.path.lexists(words[0]):
        if _looks_like_a_path(words[0]):  # a mistyped folder, not a query about parties
            from briefing.common.textsafe import display_safe

            p.error(f"no such file or folder: {display_safe(words[0], 200)} (a query with a "
                    "'/' goes after '--')")
        return args, words[0], words[1:]
    return args, "", words


def _looks_like_a_path(word: str) -> bool:
    """``../corpora/artciles``, ``~/news``, ``./x``: a path, not words about a negotiation."""
    return os.sep in word or word.startswith(("~", "."))


def _digests(paths: list[str], report: Callable[[Sequence[Problem]], None]) -> list[Any]:
    """The digest of each document under ``paths`` (identical documents once): analysed
    through the analysis cache, then read from the digest store where the cache vouches the
    analysis is current (:mod:`briefing.answers.digest`), so a warm run decodes nothing."""
    from briefing.analysis.runner import analyse_corpus
    from briefing.answers.dedupe import unique_briefings
    from briefing.answers.digest import corpus_digests, user_caches

    with user_caches() as (cache, store):
        result = analyse_corpus(paths, cache=cache if cache is not None else False,
                                workers=None)
        report(result.problems)
        briefings, _twins = unique_briefings(result.briefings)
        return corpus_digests(briefings, cache, store)


def _dump(payload: dict[str, Any]) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _answer(argv: list[str], p: argparse.ArgumentParser,
            check_paths: Callable[[Sequence[str]], list[str]],
            report: Callable[[Sequence[Problem]], None],
            answer: Callable[[list[Any], str], list[Any]], field: str,
            lines: Callable[[Any], list[str]], none: str) -> int:
    """The shared run of ``history`` and ``quotes``: paths, the documents' digests (identical
    documents once), the answer, then JSON (``{field: [...]}``) or text; exit 1 when nothing
    is found."""
    args, query, paths = split_words(argv, p)
    paths = check_paths(paths)
    found = answer(_digests(paths, report), query)
    if args.limit > 0:
        found = found[:args.limit]
    if args.json:
        _dump({"query": query, field: [item.to_dict() for item in found]})
    else:
        for item in found:
            sys.stdout.write("\n".join(lines(item)) + "\n")
        if not found:
            sys.stdout.write(none + "\n")
    return 0 if found else 1


def run_history(argv: list[str], check_paths: Callable[[Sequence[str]], list[str]],
                report: Callable[[Sequence[Problem]], None]) -> int:
    p = _parser("history", "Negotiation histories: threads of the same talks (parties, topic "
                           "and time agree) across documents, each step dated with its status, "
                           "round and evidence; the QUERY keeps those whose parties, topic, "
                           "labels or places have every word.")
    from briefing.answers.digest import histories
    from briefing.answers.history import filter_histories

    return _answer(argv, p, check_paths, report,
                   lambda digests, query: filter_histories(histories(digests), query),
                   "histories", history_lines, "no history")


def history_lines(history: Any) -> list[str]:
    count = history.document_count
    head = (f"{history.id}  {display_safe(history.title, 200)}  "
            f"({count} doc{'s' if count != 1 else ''}, now {history.status.replace('_', ' ')})")
    out = [head]
    if history.mediator_names:
        out.append("  mediators: " + ", ".join(display_safe(m, 60)
                                                for m in history.mediator_names))
    for step in history.steps:
        bits = [step.date or "undated", step.status.replace("_", " ")]
        latest = max(step.rounds, key=lambda r: r.date or "", default=None)
        if latest is not None and (latest.place or latest.date):
            where = " ".join(x for x in (latest.place, latest.date) if x)
            outcome = f" {latest.outcome.replace('_', ' ')}" if latest.outcome else ""
            bits.append(f"round: {display_safe(where, 60)}{outcome}")
        out.append(f"  {'  '.join(bits)}  {display_safe(step.path, 300)}")
        if step.evidence is not None:
            out.append(f"      “{display_safe(quoted_sentence(step.evidence.text), 160)}”")
    return out


def run_quotes(argv: list[str], check_paths: Callable[[Sequence[str]], list[str]],
               report: Callable[[Sequence[Problem]], None]) -> int:
    p = _parser("quotes", "Quotes across documents, by speaker: '@name' keeps one speaker's "
                          "(any of their names); other words keep quotes containing them.")
    from briefing.answers.quotes import filter_quotes, sort_quotes
    from briefing.search.checks import EMPTY_ACTOR, names_nothing

    _args, query, _paths = split_words(list(argv), p)
    if any(names_nothing(word[1:]) for word in query.split() if word.startswith("@")):
        print(f"briefing quotes: {EMPTY_ACTOR}", file=sys.stderr)
        return 2
    return _answer(argv, p, check_paths, report,
                   lambda digests, query: filter_quotes(
                       sort_quotes([q for d in digests for q in d.quotes]), query),
                   "quotes", quote_lines, "no quote")


def quote_lines(quote: Any) -> list[str]:
    kind = " (reported)" if quote.reported else ""
    return [f"{quote.date or 'undated'}  {display_safe(quote.speaker_name, 60)}{kind}  "
            f"{display_safe(quote.path, 300)}:{quote.start}-{quote.end}",
            f"    “{display_safe(' '.join(quote.text.split()), 400)}”"]
