"""The ``briefing`` command: the reader with no subcommand, scriptable subcommands otherwise.

Textual is imported only when the reader starts, so ``--help``, ``--version`` and the
subcommands start fast.  Problems with the user's data go to stderr as one line each (file and
line) and never change the exit status; a path that does not exist is a usage error (status 2).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from briefing import __version__

# Not typing's: importing typing costs ~9 ms, before ``briefing search`` starts its scan of
# the files (type checkers take any ``TYPE_CHECKING`` name as true).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from briefing.analysis.runner import CorpusAnalysis
    from briefing.model import Problem

SUBCOMMANDS: dict[str, str] = {
    "extract": "print what is extracted from documents (JSON or YAML)",
    "export": "write a briefing memo (Markdown) for documents",
    "themes": "list the available themes",
    "config": "show the settings file and the settings in use",
    "search": "search documents by words, \"phrases\", -exclusions or @actor",
    "fetch": "fetch web articles and RSS/Atom feeds into a folder of briefings",
    "history": "negotiation histories across documents (one per negotiation)",
    "quotes": "quotes across documents, by speaker",
}

EPILOG = """\
subcommands:
  extract [PATH...]          print what is extracted (--format json|yaml)
  export [PATH...]           write a briefing memo (--format md, -o FILE; --merge: one
                             page for all the documents, --words N)
  themes                     list the themes (built-in and yours)
  config [--path]            show the settings in use, or where the file lives
  search QUERY [PATH...]     search by words (typos ok), "phrase", -word, @actor
                             (--json, --vimgrep, --limit N; exit 1 when nothing matches)
                             filters: role:mediator|side|party|mentioned, status:S,
                             after:YYYY[-MM[-DD]], before:..., source:TEXT; --sort date
  history [QUERY] [PATH...]  one history per negotiation: dated steps, rounds, evidence
  quotes [QUERY] [PATH...]   quotes by speaker (@kerry), with dates and documents
  fetch [URL...] [--into DIR]  web articles and RSS/Atom feeds become briefings
                             (no URL: the feeds: of config.yaml; needs briefing[web])

With no PATH the bundled seed corpus is used.  Run 'briefing SUBCOMMAND --help' for details.
Keys in the reader: press ? for help.
"""


class UsageError(Exception):
    """A mistake on the command line: one line on stderr, exit status 2."""


class CommandFailed(Exception):
    """The command could not do its work (a file not written): one line on stderr, exit
    status 1, as ``briefing fetch`` when a download fails (2 is for usage errors only)."""


def _check_paths(paths: Sequence[str]) -> list[str]:
    if not paths:  # the bundled seeds
        return []
    # os.path.lexists, as briefing.corpus.path_exists (a dangling symlink still "exists" as a
    # path the user gave), without importing the corpus package: its import (YAML, the layout
    # and dateline rules, the data model) would precede the reader's first frame.
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        from briefing.common.textsafe import display_safe

        raise UsageError(f"no such file or folder: {display_safe(missing[0], 200)}")
    return list(paths)


def _report(problems: Sequence[Problem]) -> None:
    if not problems:  # nothing to import for (``briefing search``'s start is timed)
        return
    from briefing.common.textsafe import output_line
    from briefing.corpus.problems import unique_problems

    # Each once: a sidecar read by a.txt and a.md is one problem, met with each of them.
    for problem in unique_problems(problems):
        print(f"briefing: {output_line(problem)}", file=sys.stderr)  # outside text: cleaned


def _say_if_nothing(result: object, paths: Sequence[str]) -> None:
    """Nothing read and nothing wrong: the folder holds no document briefing reads (a folder
    of PDFs); said, instead of an empty answer with no word."""
    if getattr(result, "briefings", None) or getattr(result, "problems", None):
        return
    from briefing.common.filetypes import DOCUMENT_SUFFIXES
    from briefing.common.textsafe import output_line

    where = ", ".join(paths) if paths else "the bundled seeds"
    kinds = ", ".join(sorted(DOCUMENT_SUFFIXES))
    print(f"briefing: {output_line(where)}: no documents (briefing reads {kinds} files)",
          file=sys.stderr)


def _analysed(paths: list[str]) -> CorpusAnalysis:
    """The documents under ``paths`` analysed (worker processes for a cold big folder), their
    problems reported, and said when there is nothing to read."""
    from briefing.analysis.runner import analyse_corpus

    result = analyse_corpus(paths, workers=None)
    _report(result.problems)
    _say_if_nothing(result, paths)
    return result


def _reader_parser() -> argparse.ArgumentParser:
    import argparse

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
    import argparse

    parser = argparse.ArgumentParser(prog="briefing extract",
                                     description="Print what briefing extracts from documents.")
    _add_paths(parser)
    parser.add_argument("--format", choices=("json", "yaml"), default="json")
    return parser


def cmd_extract(argv: list[str]) -> int:
    args = _extract_parser().parse_args(argv)
    paths = _check_paths(args.paths)
    if args.format == "json":
        _extract_json(paths)
    else:
        result = _analysed(paths)
        payload = {
            "schema": "briefing/1",
            "documents": [b.to_dict() for b in result.briefings],
            "problems": [p.to_dict() for p in result.problems],
        }
        import yaml

        from briefing.common.textsafe import write_utf8

        write_utf8(yaml.safe_dump(payload, allow_unicode=True, sort_keys=False, width=100),
                   sys.stdout)
    return 0


def _extract_json(paths: list[str]) -> None:
    """The JSON written document by document as they are analysed (memory does not grow with
    the folder: briefing/analysis/stream_json.py), each problem on stderr when it is met."""
    from types import SimpleNamespace

    from briefing.analysis.pool import default_workers
    from briefing.analysis.runner import iter_analyse
    from briefing.analysis.stream_json import write_extract_json
    from briefing.common.textsafe import output_line

    def say(problem: object) -> None:  # told each problem once (briefing.corpus.problems)
        print(f"briefing: {output_line(problem)}", file=sys.stderr)

    count, problems = write_extract_json(
        iter_analyse(paths, workers=default_workers()), sys.stdout, say)
    _say_if_nothing(SimpleNamespace(briefings=count, problems=problems), paths)


# ------------------------------------------------------------------------------ export
def _export_parser() -> argparse.ArgumentParser:
    import argparse

    from briefing.argtypes import at_least

    parser = argparse.ArgumentParser(prog="briefing export",
                                     description="Write a briefing memo: parties, status with "
                                                 "evidence, agenda, timeline, key quotes and "
                                                 "sources.",
                                     epilog="Exit status: 0 when the memo was written, 1 when "
                                            "FILE could not be (nothing is written then), 2 "
                                            "on a usage error.")
    _add_paths(parser)
    parser.add_argument("--format", choices=("md",), default="md")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the memo to FILE, atomically (default: standard output); "
                             "FILE's folder must exist: a missing one is not created")
    parser.add_argument("--merge", action="store_true",
                        help="one memo for all the documents (their main negotiation: latest "
                             "status, sides, mediators, agenda, key terms, rounds, sources)")
    parser.add_argument("--words", type=at_least(100), default=500, metavar="N",
                        help="with --merge: about how many words (default 500, one page)")
    return parser


def _cannot_write(output: str, why: object) -> CommandFailed:
    from briefing.common.textsafe import display_safe

    return CommandFailed(f"cannot write {display_safe(output, 300)}: {display_safe(why, 300)}")


def _check_output(output: str) -> None:
    """Refuse ``-o FILE`` before any document is read when FILE cannot be written where it
    is: a folder, or a folder on the way that does not exist (never created: a mistyped
    ``-o ~/memso/x.md`` would otherwise leave a new folder the user does not look in)."""
    from pathlib import Path

    from briefing.common.storage import shown_path, write_target

    target = write_target(Path(output))
    folder = target.parent
    if os.path.isdir(target):
        raise _cannot_write(output, "it is a folder (name a file to write the memo to)")
    if not os.path.isdir(folder):
        raise _cannot_write(output, f"{shown_path(folder)} is a file, not a folder"
                            if os.path.lexists(folder) else f"no such folder: {folder}")


def cmd_export(argv: list[str]) -> int:
    args = _export_parser().parse_args(argv)
    from briefing.answers.export import memo_markdown

    if args.output:
        _check_output(args.output)
    result = _analysed(_check_paths(args.paths))
    if args.merge:
        from briefing.answers.memo import merged_memo

        memo = merged_memo(result.briefings, args.words)
    else:
        memo = memo_markdown(result.briefings)  # every piece of outside text in it is cleaned
    if args.output:
        from pathlib import Path

        from briefing.common.storage import atomic_write

        try:  # (the folder may have gone while the documents were read: still not made)
            atomic_write(Path(args.output), memo.encode("utf-8"), make_folders=False)
        except OSError as exc:
            raise _cannot_write(args.output, exc.strerror or exc) from exc
    else:
        from briefing.common.textsafe import write_utf8

        write_utf8(memo, sys.stdout)  # Markdown in UTF-8, whatever the locale
    return 0


# ------------------------------------------------------------------------------ themes, config
def cmd_themes(argv: list[str]) -> int:
    import argparse

    argparse.ArgumentParser(prog="briefing themes",
                            description="List the themes: built-in ones and those in "
                                        "<config dir>/themes/.").parse_args(argv)
    from briefing.common.textsafe import output_line
    from briefing.userdata.settings import load_settings
    from briefing.userdata.themes import load_themes

    specs, problems = load_themes()
    _report(problems)
    settings, _ = load_settings()
    from briefing.ui.keycheck import in_use

    theme = in_use(settings, [spec.name for spec in specs]).theme  # an unknown one: the default
    for spec in sorted(specs, key=lambda s: (not s.builtin, s.name)):
        mark = "*" if spec.name == theme else " "
        origin = "built-in" if spec.builtin else spec.path
        mode = "dark" if spec.dark else "light"
        print(output_line(f"{mark} {spec.name:<24} {mode:<5}  {spec.description}  ({origin})"))
    return 0


def _print_path(path: str) -> None:
    """A path for scripts (``$(briefing config --path)``): its bytes as they are, so a name
    that is not UTF-8 still names the file -- unless it holds a control character (a C0/C1 byte
    or DEL), which a terminal would act on: then the display form (textsafe.output_line)."""
    from briefing.common.textsafe import output_line, path_bytes

    raw = path_bytes(path)
    if raw is None or not hasattr(sys.stdout, "buffer"):
        print(output_line(path))
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(raw + b"\n")
    sys.stdout.buffer.flush()


def cmd_config(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="briefing config",
                                     description="Show the settings in use.")
    parser.add_argument("--path", action="store_true", help="print only the settings file path")
    args = parser.parse_args(argv)
    from briefing.common.textsafe import output_line
    from briefing.userdata.settings import config_path, effective, load_settings, missing_corpus

    if args.path:
        _print_path(str(config_path()))
        return 0
    settings, problems = load_settings()
    from briefing.ui.keycheck import check_settings, in_use
    from briefing.userdata.themes import load_themes

    specs, _theme_problems = load_themes()  # `briefing themes` reports those
    names = [spec.name for spec in specs]
    _report(list(problems) + check_settings(settings, names)
            + missing_corpus(settings.default_corpus, settings.path))
    settings = in_use(settings, names)
    import yaml

    print(output_line(f"# {config_path()}" + ("" if config_path().exists()
                                               else " (not created yet)")))
    yaml.safe_dump(effective(settings), sys.stdout, allow_unicode=True, sort_keys=False)
    return 0


# ------------------------------------------------------------------------------ search
def cmd_search(argv: list[str]) -> int:
    # The files' stat calls start now, in a thread, while the search engine is imported.
    from briefing.common.filescan import start_early

    early = start_early(argv)
    from briefing.search.command import run

    return run(argv, _check_paths, _report, early)


def cmd_fetch(argv: list[str]) -> int:
    from briefing.web.fetch import run

    return run(argv, UsageError)


def cmd_history(argv: list[str]) -> int:
    from briefing.answers.commands import run_history

    return run_history(argv, _check_paths, _report)


def cmd_quotes(argv: list[str]) -> int:
    from briefing.answers.commands import run_quotes

    return run_quotes(argv, _check_paths, _report)


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "extract": cmd_extract,
    "export": cmd_export,
    "themes": cmd_themes,
    "config": cmd_config,
    "search": cmd_search,
    "fetch": cmd_fetch,
    "history": cmd_history,
    "quotes": cmd_quotes,
}


# ------------------------------------------------------------------------------ reader
def run_reader(argv: list[str]) -> int:
    # Only paths (the usual case, and none at all): no parser to build, argparse not even
    # imported -- it comes before the reader's first frame.  Anything that looks like an
    # option (--help, --version, --, a typo) goes to argparse as before.
    if any(arg.startswith("-") for arg in argv):
        argv = _reader_parser().parse_args(argv).paths
    paths = _check_paths(argv)
    from briefing.ui.app import run

    return run(paths)


def _mistyped_command(word: str) -> str | None:
    """The subcommand ``word`` was probably meant to be, when it is no path and no option."""
    if word.startswith("-") or os.sep in word or "." in word or os.path.lexists(word):
        return None
    import difflib

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def _never_fail_on_encoding() -> None:
    """Plain-text output in a locale that lacks a character (a Latin-1 terminal and "›") shows
    a replacement instead of ending the command with a traceback; the document formats (JSON,
    YAML, the memo) are written as UTF-8 bytes anyway (textsafe.write_utf8)."""
    import io

    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and (
                stream.encoding.lower().replace("-", "") != "utf8"
                or stream.errors == "surrogateescape"):  # (C locale: raw undecodable bytes)
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _never_fail_on_encoding()
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]](argv[1:])
        if argv and (meant := _mistyped_command(argv[0])):
            raise UsageError(f"unknown command {argv[0]!r}; did you mean {meant}? "
                             f"(to open a file or folder of that name, write ./{argv[0]})")
        return run_reader(argv)
    except (UsageError, CommandFailed) as exc:
        from briefing.common.textsafe import output_line

        print(f"briefing: error: {output_line(exc)}", file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `briefing extract | head`
        return 0
    except OSError as exc:
        import contextlib
        import errno

        # Write errors of a full or failing disk: the only OSErrors that reach here from
        # writing the output (reading documents reports its problems file by file).
        if exc.errno not in {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}:
            raise
        # `briefing export > file` on a full disk: a sentence and status 1, as for -o FILE,
        # not a traceback; what is still buffered for stdout is dropped (its flush at exit
        # would fail the same way and print "Exception ignored").
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(f"briefing: error: cannot write the output: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
