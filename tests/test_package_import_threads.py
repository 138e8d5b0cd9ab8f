"""No two threads first importing two modules of briefing at once can deadlock on import locks.

Python holds a module's import lock while the module's code runs, and a thread that imports a
module another thread is still running waits for it.  Two threads deadlock when each runs a
module that waits for the other's (Python then raises ``_DeadlockError`` in one of them: "extraction
failed (_DeadlockError)" in the reader, session 14).  That needs a cycle of such waits: a package
whose ``__init__`` imports its modules while they import names through the package (``from
briefing.search import filters``).  The reader imports the corpus, search and session layers
lazily, from its loading, analysis and search threads, so any cycle there can bite.

Two checks: every module-level import of the package, read statically, forms no cycle of waits;
and for each lazily imported package, a child process forces the bad interleaving (the package's
own code runs only after another thread has begun one of its modules) and neither import fails.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _waits(statements: list[ast.stmt], found: set[str]) -> None:
    """The modules whose import locks running ``statements`` can wait for (briefing's only)."""
    for node in statements:
        if isinstance(node, ast.If):
            if "TYPE_CHECKING" not in ast.unparse(node.test):  # never run
                _waits(node.body + node.orelse, found)
        elif isinstance(node, ast.Try):
            _waits(node.body + node.orelse + node.finalbody, found)
            for handler in node.handlers:
                _waits(handler.body, found)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] == "briefing":
                # ``from P import x`` waits for P while P runs, then for P.x when it is a module
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names
                             if _is_module(f"{node.module}.{alias.name}"))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names
                         if alias.name.split(".")[0] == "briefing")


def _import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted((ROOT / "briefing").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found: set[str] = set()
        _waits(ast.parse(path.read_text(encoding="utf-8")).body, found)
        graph[name] = found - {name}
    return {name: {dep for dep in deps if dep in graph} for name, deps in graph.items()}


def _a_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of the graph (the modules in order), or ``[]``."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        state[node] = 2
        path.pop()
        return []

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return []


def test_no_cycle_of_module_level_imports_in_briefing() -> None:
    graph = _import_graph()
    assert {"briefing.search", "briefing.corpus", "briefing.session"} <= set(graph)
    assert _a_cycle(graph) == [], " -> ".join(_a_cycle(graph))


def test_the_cycle_finder_finds_a_package_importing_its_module_through_itself() -> None:
    # the shape briefing.search had: the package imports ``cache``, which reads ``listing``
    # through the package
    graph = {"p": {"p.cache"}, "p.cache": {"p", "p.listing"}, "p.listing": set()}
    assert _a_cycle(graph) == ["p", "p.cache", "p"]
    assert _a_cycle({"p": set(), "p.cache": {"p", "p.listing"}, "p.listing": set()}) == []


RACE = r'''
import importlib, importlib.machinery, sys, threading, time

PACKAGE, FIRST, SECOND = sys.argv[1:4]
started = threading.Event()

class SlowPackage(importlib.machinery.PathFinder):
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname != PACKAGE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        real = spec.loader.exec_module
        def exec_module(module):
            started.set()      # the package is in sys.modules, its code not yet run
            time.sleep(1.5)    # the other thread begins its module meanwhile
            real(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, SlowPackage)
errors = []

def run(name):
    try:
        importlib.import_module(name)
    except BaseException as exc:
        errors.append(f"{name}: {exc.__class__.__name__}: {exc}")

first = threading.Thread(target=run, args=(FIRST,))
first.start()
started.wait(10)
second = threading.Thread(target=run, args=(SECOND,))
second.start()
first.join(60)
second.join(60)
print("ERRORS", errors)
package = importlib.import_module(PACKAGE)
for name in package.__all__:
    assert getattr(package, name) is not None, name
print("OK", len(package.__all__))
'''

# (package, the module a first thread imports, the module a second thread imports meanwhile):
# the reader's threads' first imports (the session's index thread reads the search cache while
# the search screen opens ``textfirst`` or the index; the loading thread the corpus files while
# the analysis reads the loader; the UI the session while its loading module is asked for; the
# UI a tracker helper while the analysis thread imports the pipeline: session 14's
# "extraction failed (_DeadlockError)").
RACES = [
    ("briefing.extract", "briefing.extract.thread_curation", "briefing.extract.pipeline"),
    ("briefing.search", "briefing.search.listing", "briefing.search.index"),
    ("briefing.search", "briefing.search.textfirst", "briefing.search.cache"),
    ("briefing.corpus", "briefing.corpus.files", "briefing.analysis.runner"),
    ("briefing.session", "briefing.session.loading", "briefing.session.core"),
]


@pytest.mark.parametrize(("package", "first", "second"), RACES)
def test_two_threads_first_importing_two_modules_of_a_package_do_not_deadlock(
        package: str, first: str, second: str) -> None:
    done = subprocess.run([sys.executable, "-c", RACE, package, first, second], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ERRORS []" in done.stdout and "OK" in done.stdout, done.stdout + done.stderr[-2000:]


@pytest.mark.parametrize("package", ["briefing.extract", "briefing.search", "briefing.corpus",
                                     "briefing.session"])
def test_the_package_imports_none_of_its_modules_until_a_name_is_asked_for(package: str) -> None:
    code = ("import importlib, sys\n"
            f"package = importlib.import_module({package!r})\n"
            f"print(sorted(m for m in sys.modules if m.startswith({package + '.'!r})))\n"
            "for name in package.__all__:\n"
            "    getattr(package, name)\n"
            "try:\n    package.nothing_here\n"
            "except AttributeError as exc:\n    print('AttributeError', exc)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "[]", f"AttributeError module {package!r} has no attribute 'nothing_here'"]


def test_the_extraction_package_hands_out_the_pipeline_s_own_names() -> None:
    done = subprocess.run([sys.executable, "-c",
                           "from briefing.extract import EXTRACTOR_VERSION, analyse\n"
                           "from briefing.extract import pipeline\n"
                           "assert analyse is pipeline.analyse\n"
                           "assert EXTRACTOR_VERSION == pipeline.EXTRACTOR_VERSION\n"
                           "print('OK', callable(analyse))\n"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["OK True"]
