"""The extraction's subpackages stand in an order: ``time``, ``actors``, ``quotes``,
``negotiations``.  A module imports from its own subpackage, from an earlier one, or from the
modules of ``briefing.extract`` itself (the gates, the lead searches, the word table), never
from a later one: the actors are found before anyone is quoted, and the negotiation threads are
read from both.  A newcomer can then change a later stage without reading the earlier ones'
callers, and a shared piece lives where both can reach it.

:data:`KNOWN` lists the imports that go the other way today, each with where its piece should
go; a new one fails here (put the shared piece in an earlier place instead), and one that is
gone must leave the list, so that it stays the record of what is left to do.
"""

from __future__ import annotations

import ast

from test_layers import ROOT, _imported, _modules

ORDER = ("time", "actors", "quotes", "negotiations")
KNOWN: dict[tuple[str, str], str] = {}


def _stage(module: str) -> int | None:
    """The place of the module's subpackage in :data:`ORDER` (None: not in one)."""
    parts = module.split(".")
    return ORDER.index(parts[2]) if len(parts) > 2 and parts[2] in ORDER else None


def backward_imports() -> set[tuple[str, str]]:
    """(module, module it imports) of every import, at run time (in functions too; never a
    ``TYPE_CHECKING`` one), from a later subpackage into an earlier one's module."""
    modules = _modules(ROOT, "briefing")
    found: set[tuple[str, str]] = set()
    for name, path in modules.items():
        stage = _stage(name)
        if stage is None:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for dep in _imported(tree, name, path.name == "__init__.py", modules, late=True):
            later = _stage(dep)
            if later is not None and later > stage:
                found.add((name, dep))
    return found


def test_no_stage_imports_a_later_one() -> None:
    new = sorted(backward_imports() - set(KNOWN))
    assert new == [], "imports from a later stage (move the shared piece earlier): " + str(new)


def test_the_known_backward_imports_are_still_there() -> None:
    gone = sorted(set(KNOWN) - backward_imports())
    assert gone == [], "no longer imported: remove from KNOWN: " + str(gone)
