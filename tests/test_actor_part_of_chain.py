"""A body's part_of follows the knowledge base's chain to the nearest body the text names
(issue 11, parties): "the Ruritanian Senate" (part of the Assembly, part of Ruritania) in a text
that names Ruritania but not the Assembly is Ruritania's part, so it folds into the state at the
table instead of pointing at an actor the text never names.  Invented names."""

from __future__ import annotations

from _actor_fixtures import extract, fixture_kb

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian]}
"""
ORGS = """
- {id: ru_assembly, name: Ruritanian Assembly, kind: government, part_of: ruritania}
- {id: ru_senate, name: Ruritanian Senate, kind: government, part_of: ru_assembly}
"""


def test_a_body_named_without_its_parent_belongs_to_the_state_named() -> None:
    kb = fixture_kb(COUNTRIES, ORGS, "[]")
    actors = extract(kb, "The Ruritanian Senate voted against the trade deal. Ruritania said "
                         "the talks would go on.")
    assert actors["ru_senate"].part_of == "ruritania"


def test_a_body_named_with_its_parent_keeps_the_parent() -> None:
    kb = fixture_kb(COUNTRIES, ORGS, "[]")
    actors = extract(kb, "The Ruritanian Senate voted against the trade deal, and the "
                         "Ruritanian Assembly will vote next. Ruritania said the talks would "
                         "go on.")
    assert actors["ru_senate"].part_of == "ru_assembly"
