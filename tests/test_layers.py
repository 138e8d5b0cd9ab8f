"""The package's shape: no import cycles among briefing's modules, and the pure layers never
import Textual (nor the UI), so the CLI and the workers start without it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PURE = ("analysis", "answers", "common", "corpus", "extract", "knowledge", "search", "userdata",
        "web")
# Top-level modules below the UI (cli.py imports the UI on demand, for the reader only).
PURE_MODULES = ("argtypes", "model", "paths", "versions")
KNOWN_LATE_CYCLES: list[list[str]] = []


def _modules(root: Path, package: str) -> dict[str, Path]:
    found = {}
    for path in (root / package).rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_type_checking(node: ast.stmt) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imported(tree: ast.Module, module: str, is_package: bool, modules: dict[str, Path],
              late: bool) -> set[str]:
    """The package's modules ``tree`` imports: at module level (``late``: in functions too),
    never under ``if TYPE_CHECKING:``.  ``from a.b import c`` names ``a.b.c`` if that is a
    module, else ``a.b``."""
    out: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if _is_type_checking(node):
                continue
            if isinstance(node, ast.Import):
                out.update(a.name for a in node.names if a.name in modules)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    package = module.split(".") if is_package else module.split(".")[:-1]
                    package = package[:len(package) - node.level + 1]
                    base = ".".join([*package, base] if base else package)
                for alias in node.names:
                    name = f"{base}.{alias.name}"
                    out.add(name if name in modules else base)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not late:
                continue
            for field in ("body", "orelse", "finalbody", "handlers"):
                children = getattr(node, field, None)
                if isinstance(children, list):
                    visit([c for c in children if isinstance(c, ast.stmt)] +
                          [s for h in children if isinstance(h, ast.ExceptHandler)
                           for s in h.body])

    visit(tree.body)
    return {m for m in out if m in modules}


def import_graph(root: Path, package: str = "briefing", late: bool = False
                 ) -> dict[str, set[str]]:
    """Module -> the modules importing it runs (its imports, and their parent packages,
    whose ``__init__`` runs first)."""
    modules = _modules(root, package)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        direct = _imported(ast.parse(path.read_text(encoding="utf-8")), name,
                           path.name == "__init__.py", modules, late)
        edges = set(direct)
        for dep in direct:
            parts = dep.split(".")
            # a parent package that is one's own is already being imported: no edge
            edges.update(p for p in (".".join(parts[:i]) for i in range(1, len(parts)))
                         if not name.startswith(p + "."))
        edges.discard(name)
        edges.discard(package)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return sorted(found)


def test_no_import_cycle_at_module_level() -> None:
    assert cycles(import_graph(ROOT)) == []


def test_no_import_cycle_even_through_imports_in_functions() -> None:
    # An import inside a function only postpones a cycle; the layers should not have one.
    found = [c for c in cycles(import_graph(ROOT, late=True)) if c not in KNOWN_LATE_CYCLES]
    assert found == []


def test_the_cycle_check_finds_a_cycle(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from pkg.sub import b\n")
    (package / "a.py").write_text("from pkg.sub.b import thing\n")
    (package / "sub" / "b.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import pkg.c\n"
        "def f():\n    from pkg import c\n"
        "try:\n    from pkg import a\nexcept ImportError:\n    a = None\n")
    (package / "c.py").write_text("import pkg.sub.b\n")
    assert cycles(import_graph(tmp_path, "pkg")) == [["pkg.a", "pkg.sub", "pkg.sub.b"]]
    assert cycles(import_graph(tmp_path, "pkg", late=True)) == [
        ["pkg.a", "pkg.c", "pkg.sub", "pkg.sub.b"]]


def _pure_modules() -> list[str]:
    return sorted(m for m in _modules(ROOT, "briefing")
                  if m.split(".")[1:2] and m.split(".")[1] in PURE + PURE_MODULES)


@pytest.mark.parametrize("layer", PURE + PURE_MODULES)
def test_pure_layer_never_names_textual_or_the_ui(layer: str) -> None:
    offenders = []
    folder = ROOT / "briefing" / layer
    files = sorted(folder.rglob("*.py")) if folder.is_dir() else [folder.with_suffix(".py")]
    assert files and all(f.is_file() for f in files), layer
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names
                          if n.split(".")[0] == "textual" or n.startswith("briefing.ui")]
    assert offenders == []


def test_importing_every_pure_module_leaves_textual_out() -> None:
    code = ("import importlib, sys\n"
            f"for name in {_pure_modules()!r}:\n"
            "    importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'"
            " or m.startswith('briefing.ui')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"
