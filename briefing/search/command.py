"""``briefing search QUERY [PATH...] [--json] [--limit N]``: the search engine from the shell.

Kept apart from ``briefing/cli.py`` so that the CLI module stays small, and light: a warm run
imports only this package (no Textual, no extractor) and loads the cached index without
opening a document.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

# briefing.textsafe, not briefing.corpus.sanitize: the corpus package costs 0.1 s to import.
from briefing.textsafe import display_safe, write_json


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefing search",
        description="Search documents by words (typos allowed), \"exact phrases\", -exclusions "
                    "or @actor (@=ID: exactly the actor with that id); best matches first.")
    p.add_argument("query", metavar="QUERY", help="what to look for (quote it in the shell)")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (default: the bundled seeds)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument("--limit", type=int, default=20, metavar="N",
                   help="show at most N hits (default 20)")
    return p


def run(argv: list[str], check_paths: Callable[[Sequence[str]], list[str]],
        report: Callable[[Sequence[object]], None]) -> int:
    args = parser().parse_intermixed_args(argv)  # "Q --json PATH" as well as "Q PATH --json"
    # The CLI's own check imports the corpus package (0.1 s); only a missing path needs it.
    paths = list(args.paths)
    if not all(os.path.lexists(p) for p in paths):
        paths = check_paths(args.paths)
    from briefing.search.cache import open_index

    def analyse(chosen: list[str]) -> list[Any]:
        from briefing.analysis import analyse_corpus

        print("briefing: indexing (the next search will be fast)…", file=sys.stderr)
        result = analyse_corpus(chosen, workers=None)
        report(result.problems)
        return result.briefings

    index = open_index(paths, analyse=analyse)
    result = index.search(args.query, max(0, args.limit))
    if args.json:
        payload: dict[str, Any] = {"query": args.query,
                                   "hits": [h.to_dict() for h in result.hits]}
        if result.mode == "actor":
            # The actors the name may mean, best first; "@=ID" searches exactly one of them.
            payload["actors"] = [a.to_dict() for a in result.actors]
        write_json(payload, sys.stdout)  # valid UTF-8 even for non-UTF-8 file names
        return 0
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
        out.append(f"{display_safe(hit.path, 300)}:{hit.start}-{hit.end}  {where}")
        out.append(f"    {display_safe(hit.snippet, 400)}")
    if not result.hits:
        out.append("no match")
    sys.stdout.write("\n".join(out) + "\n")
    return 0
