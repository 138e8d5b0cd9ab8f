"""The codebase stays in rooms one can live in: no module over 600 lines, no class over 450.

A limit met once is easy to lose one rule at a time; this test names the file that grew.
"""

from __future__ import annotations

import ast
from pathlib import Path

import briefing

PACKAGE = Path(briefing.__file__).parent
MODULE_LINES = 600
CLASS_LINES = 450


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_modules_to_measure() -> None:
    # a wrong PACKAGE would make the limits below pass vacuously
    assert len(_sources()) > 100


def test_no_module_over_the_limit() -> None:
    too_long = {str(p.relative_to(PACKAGE)): n for p in _sources()
                if (n := p.read_text(encoding="utf-8").count("\n")) > MODULE_LINES}
    assert not too_long, f"modules over {MODULE_LINES} lines: {too_long}"


def test_no_class_over_the_limit() -> None:
    too_long: dict[str, int] = {}
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > CLASS_LINES:
                    too_long[f"{path.relative_to(PACKAGE)}:{node.name}"] = length
    assert not too_long, f"classes over {CLASS_LINES} lines: {too_long}"
