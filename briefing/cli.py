"""The ``briefing`` command: the reader with no subcommand, scriptable subcommands otherwise.

Textual is imported only when the reader starts, so ``--help``, ``--version`` and the
subcommands start fast.  Problems with the user's data go to stderr as one line each (file and
line) and never change the exit status; a path that does not exist is a usage error (status 2).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence

from briefing import __version__

SUBCOMMANDS: dict[str, str] = {
    "extract": "print what is extracted from documents (JSON or YAML)",
    "export": "write a briefing memo (Markdown) for documents",
    "themes": "list the available themes",
    "config": "show the settings file and the settings in use",
    "search": "search documents by words, \"phrases\", -exclusions or @actor",
    "fetch": "fetch web articles and RSS/Atom feeds into a folder of briefings",
}

EPILOG = """\
subcommands:
  extract [PATH...]          print what is extracted (--format json|yaml)
  export [PATH...]           write a briefing memo (--format md, -o FILE)
  themes                     list the themes (built-in and yours)
  config [--path]            show the settings in use, or where the file lives
  search QUERY [PATH...]     search by words (typos ok), "phrase", -word, @actor
                             (--json, --vimgrep, --limit N; exit 1 when nothing matches)
  fetch [URL...] [--into DIR]  web articles and RSS/Atom feeds become briefings
                             (no URL: the feeds: of config.yaml; needs briefing[web])

With no PATH the bundled seed corpus is used.  Run 'briefing SUBCOMMAND --help' for details.
Keys in the reader: press ? for help.
"""


class UsageError(Exception):
    """A mistake on the command line: one line on stderr, exit status 2."""


def _check_paths(paths: Sequence[str]) -> list[str]:
    if not paths:  # the bundled seeds: skip importing the corpus layer before the first frame
        return []
    from briefing.corpus import path_exists

    missing = [p for p in paths if not path_exists(p)]
    if missing:
        from briefing.corpus.sanitize import display_safe

        raise UsageError(f"no such file or folder: {display_safe(missing[0], 200)}")
    return list(paths)


def _report(problems: Sequence[object]) -> None:
    for problem in problems:
        print(f"briefing: {problem}", file=sys.stderr)


def _reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="A terminal reader for negotiations and conflicts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files (.txt, .md) or folders to open (default: the bundled seeds)")
    return parser


def _add_paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or folders (default: the bundled seeds)")


# ------------------------------------------------------------------------------ extract
def _extract_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing extract",
                                     description="Print what briefing extracts from documents.")
    _add_paths(parser)
    parser.add_argument("--format", choices=("json", "yaml"), default="json")
    return parser


def cmd_extract(argv: list[str]) -> int:
    args = _extract_parser().parse_args(argv)
    paths = _check_paths(args.paths)
    from briefing.analysis import analyse_corpus

    result = analyse_corpus(paths, workers=None)  # worker processes for a cold big folder
    _report(result.problems)
    payload = {
        "schema": "briefing/1",
        "documents": [b.to_dict() for b in result.briefings],
        "problems": [p.to_dict() for p in result.problems],
    }
    if args.format == "json":
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        import yaml

        yaml.safe_dump(payload, sys.stdout, allow_unicode=True, sort_keys=False, width=100)
    return 0


# ------------------------------------------------------------------------------ export
def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing export",
                                     description="Write a briefing memo: parties, status with "
                                                 "evidence, agenda, timeline, key quotes and "
                                                 "sources.")
    _add_paths(parser)
    parser.add_argument("--format", choices=("md",), default="md")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the memo to FILE (default: standard output)")
    return parser


def cmd_export(argv: list[str]) -> int:
    args = _export_parser().parse_args(argv)
    paths = _check_paths(args.paths)
    from briefing.analysis import analyse_corpus
    from briefing.export import memo_markdown

    result = analyse_corpus(paths, workers=None)  # worker processes for a cold big folder
    _report(result.problems)
    memo = memo_markdown(result.briefings)
    if args.output:
        import os
        import tempfile

        target = os.path.abspath(args.output)
        folder = os.path.dirname(target) or "."
        tmp = None
        try:
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".briefing-memo-", suffix=".md")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(memo)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # like any new file, not mkstemp's 0600
            os.replace(tmp, target)
            tmp = None
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
        finally:
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)
    else:
        sys.stdout.write(memo)
    return 0


# ------------------------------------------------------------------------------ themes, config
def cmd_themes(argv: list[str]) -> int:
    argparse.ArgumentParser(prog="briefing themes",
                            description="List the themes: built-in ones and those in "
                                        "<config dir>/themes/.").parse_args(argv)
    from briefing.settings import load_settings
    from briefing.themes import load_themes

    specs, problems = load_themes()
    _report(problems)
    settings, _ = load_settings()
    from briefing.ui.keycheck import in_use

    theme = in_use(settings, [spec.name for spec in specs]).theme  # an unknown one: the default
    for spec in sorted(specs, key=lambda s: (not s.builtin, s.name)):
        mark = "*" if spec.name == theme else " "
        origin = "built-in" if spec.builtin else spec.path
        mode = "dark" if spec.dark else "light"
        print(f"{mark} {spec.name:<24} {mode:<5}  {spec.description}  ({origin})")
    return 0


def cmd_config(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="briefing config",
                                     description="Show the settings in use.")
    parser.add_argument("--path", action="store_true", help="print only the settings file path")
    args = parser.parse_args(argv)
    from briefing.settings import config_path, effective, load_settings

    if args.path:
        print(config_path())
        return 0
    settings, problems = load_settings()
    from briefing.themes import load_themes
    from briefing.ui.keycheck import check_settings, in_use

    specs, _theme_problems = load_themes()  # `briefing themes` reports those
    names = [spec.name for spec in specs]
    _report(list(problems) + check_settings(settings, names))
    settings = in_use(settings, names)
    import yaml

    print(f"# {config_path()}" + ("" if config_path().exists() else " (not created yet)"))
    yaml.safe_dump(effective(settings), sys.stdout, allow_unicode=True, sort_keys=False)
    return 0


# ------------------------------------------------------------------------------ search
def cmd_search(argv: list[str]) -> int:
    from briefing.search.command import run

    return run(argv, _check_paths, _report)


def cmd_fetch(argv: list[str]) -> int:
    from briefing.web.fetch import run

    return run(argv, UsageError)


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "extract": cmd_extract,
    "export": cmd_export,
    "themes": cmd_themes,
    "config": cmd_config,
    "search": cmd_search,
    "fetch": cmd_fetch,
}


# ------------------------------------------------------------------------------ reader
def run_reader(argv: list[str]) -> int:
    args = _reader_parser().parse_args(argv)
    paths = _check_paths(args.paths)
    from briefing.ui.app import run

    return run(paths)


def _mistyped_command(word: str) -> str | None:
    """The subcommand ``word`` was probably meant to be, when it is no path and no option."""
    if word.startswith("-") or os.sep in word or "." in word or os.path.lexists(word):
        return None
    import difflib

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]](argv[1:])
        if argv and (meant := _mistyped_command(argv[0])):
            raise UsageError(f"unknown command {argv[0]!r}; did you mean {meant}? "
                             f"(to open a file or folder of that name, write ./{argv[0]})")
        return run_reader(argv)
    except UsageError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `briefing extract | head`
        return 0
