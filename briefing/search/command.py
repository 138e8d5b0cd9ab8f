"""``briefing search QUERY [PATH...] [--json | --vimgrep] [--limit N]``: the search engine
from the shell.

Kept apart from ``briefing/cli.py`` so that the CLI module stays small, and light: a warm run
imports only this package (no Textual, no extractor) and loads the cached index without
opening a document.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from briefing.argtypes import at_least
from briefing.common.textsafe import display_safe, write_json

if TYPE_CHECKING:
    from briefing.model import Problem


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefing search",
        usage="briefing search [-h] [--json | --vimgrep] [--limit N] [--sort relevance|date] "
              "[--] QUERY [PATH ...]",
        description="Search documents by words (typos allowed), \"exact phrases\", -exclusions "
                    "or @actor (@=ID: exactly the actor with that id); best matches first. "
                    "Filters: role:mediator|side|party|mentioned (of the @actor), "
                    "status:<status>, after:YYYY[-MM[-DD]], before:..., source:<text>.",
        epilog="Exit status: 0 when something matched, 1 when nothing did, 2 on a usage error "
               "(an unknown option; a filter without a value or with one not understood; an "
               "@ without a name). "
               "A query that starts with '-' goes after '--': briefing search -- -word PATH")
    p.add_argument("words", nargs="*", metavar="QUERY [PATH ...]",
                   help="what to look for (quote it in the shell), then files or folders "
                        "(default: the bundled seeds)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON instead of text")
    out.add_argument("--vimgrep", action="store_true",
                     help="print each hit as path:line:column:text (for editors' quickfix lists)")
    p.add_argument("--limit", type=at_least(1), default=20, metavar="N",
                   help="show at most N hits (default 20)")
    p.add_argument("--sort", choices=("relevance", "date"), default=None,
                   help="order hits by relevance (the default) or by date, newest first")
    return p


def parse(argv: list[str]) -> tuple[argparse.Namespace, str, list[str]]:
    """Options anywhere ("Q --json PATH" as well as "Q PATH --json"); after ``--`` every word is
    the query or a path, so a query may start with a dash."""
    p = parser()
    rest: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, rest = argv[:cut], argv[cut + 1:]
    args = p.parse_intermixed_args(argv)
    words = list(args.words) + rest
    if not words:
        p.error("the following argument is required: QUERY")
    return args, words[0], words[1:]


def run(argv: list[str], check_paths: Callable[[Sequence[str]], list[str]],
        report: Callable[[Sequence[Problem]], None], early: Any = None) -> int:
    """``briefing search``; ``early``: the scan of the paths started when the process did
    (:func:`briefing.common.filescan.start_early`), used if it is of the paths parsed here."""
    args, query, paths = parse(argv)
    from briefing.search.checks import EMPTY_ACTOR, query_problems

    problems = query_problems(query)
    if problems and problems != [EMPTY_ACTOR]:  # the index is not needed to say these
        _say(problems)
        return 2
    # The CLI's own check imports the corpus package (0.1 s); only a missing path needs it.
    if not all(os.path.lexists(p) for p in paths):
        paths = check_paths(paths)
    from briefing.search.coldopen import open_for_query

    answered = False

    def analyse(chosen: list[str], pool: Any) -> list[Any]:
        from briefing.search.progress import analyse_with_progress

        what = "indexing actors:" if answered else "indexing"
        briefings, problems = analyse_with_progress(chosen, sys.stderr, pool=pool, what=what)
        report(problems)
        return briefings

    index, finish = open_for_query(paths, needs_actors(query), analyse, early=early)
    result = index.search(query, args.limit, sort=args.sort)
    answered = True
    if problems:  # a bare "@": which names it could have been
        _say([EMPTY_ACTOR + _most_mentioned(result.actors)])
        if finish is not None:
            finish()
        return 2
    for note in result.notes:
        print(f"briefing: {display_safe(note, 200)} (ignored)", file=sys.stderr)
    _print(result, query, args)
    if finish is not None:
        # The answer came from the text, read before any analysis; the actors (for @name
        # searches and the reader's panels) are indexed now, so the next search is complete.
        try:
            sys.stdout.flush()
        except BrokenPipeError:  # `briefing search Q BIG | head`: the reader has gone
            _quiet_stdout()
        print("briefing: the answer above is complete; now indexing the actors for the next "
              "searches (Ctrl+C stops: the text index is kept and this resumes next time)…",
              file=sys.stderr)
        finish()
    return 0 if result.hits else 1


def _say(problems: list[str]) -> None:
    for problem in problems:
        print(f"briefing search: {display_safe(problem, 600)}", file=sys.stderr)


def _most_mentioned(actors: Sequence[Any]) -> str:
    """"; the actors mentioned most: Russia (@=russia), …" (empty without any)."""
    named = [f"{display_safe(a.name, 60)} (@={display_safe(a.id, 60)})" for a in actors[:8]]
    return f"; the actors mentioned most: {', '.join(named)}" if named else ""


def _quiet_stdout() -> None:
    """Send what is left for standard output to /dev/null (its reader has gone), so the
    indexing can finish for the next search and the exit is clean."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # not a real file: nothing to redirect
        pass


def needs_actors(query: str) -> bool:
    """Whether a query reads the actor part of the index: an ``@name``, or a filter (a
    document's statuses and roles come from its analysis)."""
    from briefing.search import filters as qfilters
    from briefing.search.query import parse as parse_query

    cut = qfilters.split(query)
    words, actor = qfilters.split_actor(cut.text)
    return (actor is not None or cut.filters.narrows or bool(cut.filters.role)
            or parse_query(words).actor is not None)


def _print(result: Any, query: str, args: argparse.Namespace) -> None:
    if args.json:
        payload: dict[str, Any] = {"query": query,
                                   "hits": [h.to_dict() for h in result.hits]}
        if result.mode == "actor":
            # The actors the name may mean, best first; "@=ID" searches exactly one of them.
            payload["actors"] = [a.to_dict() for a in result.actors]
        write_json(payload, sys.stdout)  # valid UTF-8 even for non-UTF-8 file names
    elif args.vimgrep:
        from briefing.search.vimgrep import vimgrep_lines

        lines = vimgrep_lines(result.hits)
        if lines and hasattr(sys.stdout, "buffer"):  # a path's own bytes: see vimgrep.py
            sys.stdout.flush()
            sys.stdout.buffer.write(b"\n".join(lines) + b"\n")
            sys.stdout.buffer.flush()
        elif lines:
            sys.stdout.write("\n".join(display_safe(line.decode("utf-8", "replace"), 1000)
                                       for line in lines) + "\n")
    else:
        sys.stdout.write("\n".join(_text_lines(result)) + "\n")


def _text_lines(result: Any) -> list[str]:
    out = []
    if result.mode == "actor" and result.actors:
        names = ", ".join(f"{display_safe(a.name, 60)} [{a.id}]" for a in result.actors[:5])
        out.append(f"# actor: {names}")
        if len(result.actors) > 1:
            out.append(f"# (the first is shown; for another one: @={result.actors[1].id})")
    for hit in result.hits:
        where = display_safe(hit.title, 80)
        if hit.section:
            where += " › " + display_safe(hit.section, 60)
        dated = f"{hit.date or 'undated'} · {display_safe(hit.source or 'source unknown', 40)}"
        out.append(f"{display_safe(hit.path, 300)}:{hit.start}-{hit.end}  {dated}  {where}")
        if hit.also:
            out.append(f"    (the same text: {', '.join(display_safe(p, 200) for p in hit.also)})")
        out.append(f"    {_snippet_line(hit)}")
    if not result.hits:
        from briefing.search.query import parse as parse_query

        parsed = parse_query(result.query)
        from briefing.search.checks import filters_only

        only_exclusions = parsed.empty and (parsed.excluded or parsed.excluded_phrases)
        only_filters = filters_only(result.query)
        out.append("no match (the query only leaves words out: add a word to look for)"
                   if only_exclusions else f"no match ({only_filters})" if only_filters
                   else "no match")
    return out


def _snippet_line(hit: Any) -> str:
    """The snippet (of a ``SearchHit``), with "…" where it cuts its paragraph (a reader takes
    "and the United Kingdom Calling for…" for a whole title otherwise)."""
    shown = display_safe(hit.snippet, 400)
    lead = "…" if hit.snippet_start > hit.start else ""
    cut = hit.snippet_start + len(hit.snippet) < hit.end and not shown.endswith("…")
    return lead + shown + ("…" if cut else "")
