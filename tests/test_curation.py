"""The sidecar's ``actors:`` curation: add, merge, rename, set, drop, and bad entries reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.corpus import load_document
from briefing.extract.actors.finder import find_actors
from briefing.extract.curation import apply_actor_curation
from briefing.knowledge import DATA_DIR, KnowledgeBase, kb_from_yaml
from briefing.model import Actor, Document

TEXT = ("Russia and Syria agreed on a cease-fire. Bashar al-Assad said the deal would hold, "
        "and Assad's aides agreed. Kurdish groups rejected it. China was silent in Beijing.\n")

KB_FILES = {
    "countries.yaml": """
- {id: russia, name: Russia, demonyms: [Russian]}
- {id: syria, name: Syria, demonyms: [Syrian]}
- {id: china, name: China, demonyms: [Chinese]}
""",
    "people.yaml": """
- {id: bashar_al_assad, name: Bashar al-Assad, surname: Assad,
   roles: [{title: President, of: syria, from: 2000-07-17}]}
""",
}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    sources = dict(KB_FILES)
    for name in ("agents.yaml", "titles.yaml", "lexicon_actors.yaml"):
        sources[name] = (DATA_DIR / name).read_text(encoding="utf-8")
    return kb_from_yaml(sources)


def load(tmp_path: Path, sidecar: str) -> Document:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(sidecar, encoding="utf-8")
    doc, problems = load_document(str(tmp_path / "a.txt"))
    assert doc is not None, problems
    return doc


def curate(kb: KnowledgeBase, doc: Document) -> tuple[dict[str, Actor], list]:
    actors, problems = apply_actor_curation(doc, find_actors(doc, kb))
    return {a.id: a for a in actors}, problems


def test_no_curation_passes_actors_through(tmp_path: Path, kb: KnowledgeBase) -> None:
    doc = load(tmp_path, "published: 2016-09-04\n")
    found = find_actors(doc, kb)
    assert apply_actor_curation(doc, found) == (found, [])


def test_add_finds_the_names_in_the_text(tmp_path: Path, kb: KnowledgeBase) -> None:
    doc = load(tmp_path, "actors:\n  add:\n    - {id: kurds, name: Kurdish groups, "
                         "kind: armed_group, aliases: [Kurdish groups]}\n")
    actors, problems = curate(kb, doc)
    assert problems == []
    kurds = actors["kurds"]
    assert [m.text for m in kurds.mentions] == ["Kurdish groups"]
    assert kurds.origin == "user"
    assert kurds.tier == "party" and kurds.kind == "armed_group"
    # the user's mention is taken from any other actor
    assert not any("Kurdish groups" in [m.text for m in a.mentions]
                   for a in actors.values() if a.id != "kurds")


def test_merge_keeps_the_first_id(tmp_path: Path, kb: KnowledgeBase) -> None:
    doc = load(tmp_path, "actors:\n  merge: [[syria, bashar_al_assad]]\n")
    actors, problems = curate(kb, doc)
    assert problems == []
    assert "bashar_al_assad" not in actors
    merged = actors["syria"]
    assert merged.origin == "user"
    assert {"Syria", "Bashar al-Assad", "Assad"} <= {m.text for m in merged.mentions}
    # the sub-actor that was part of the state still points at an existing actor
    for a in actors.values():
        assert a.part_of is None or a.part_of in actors or a.part_of == "syria"


def test_merge_into_a_new_id(tmp_path: Path, kb: KnowledgeBase) -> None:
    doc = load(tmp_path, "actors:\n  merge:\n    - [assad, bashar_al_assad]\n")
    actors, problems = curate(kb, doc)
    assert problems == []
    assert actors["assad"].name == "Bashar al-Assad"


def test_rename_keeps_the_old_name_as_alias(tmp_path: Path, kb: KnowledgeBase) -> None:
    doc = load(tmp_path, "actors:\n  rename: {syria: \"Syrian government\"}\n")
    actors, problems = curate(kb, doc)
    assert problems == []
    assert actors["syria"].name == "Syrian government"
    assert "Syria" in actors["syria"].aliases
    assert actors["syria"].origin == "user"


def test_drop_and_set(tmp_path: Path, kb: KnowledgeBase) -> None:
    doc = load(tmp_path, "actors:\n  drop: [china]\n  set: {russia: {tier: mentioned}}\n")
    actors, problems = curate(kb, doc)
    assert problems == []
    assert "china" not in actors
    assert actors["russia"].tier == "mentioned" and actors["russia"].origin == "user"


def test_bad_entries_are_reported_with_their_line(tmp_path: Path, kb: KnowledgeBase) -> None:
    sidecar = ("title: A test\n"            # 1
               "actors:\n"                  # 2
               "  drop:\n"                  # 3
               "    - china\n"              # 4
               "    - atlantis\n"           # 5
               "  rename:\n"                # 6
               "    narnia: Nowhere\n"      # 7
               "  merge:\n"                 # 8
               "    - [russia]\n"           # 9
               "    - [gondor, mordor]\n"   # 10
               "  add:\n"                   # 11
               "    - {name: no id}\n"      # 12
               "    - {id: elves, name: Elves}\n"  # 13
               "  colour: blue\n")          # 14
    doc = load(tmp_path, sidecar)
    actors, problems = curate(kb, doc)
    assert "china" not in actors  # the good entry still applies
    by_line: dict[int | None, str] = {}
    for p in problems:
        by_line[p.line] = by_line.get(p.line, "") + p.message
    assert str(tmp_path / "a.yaml") == problems[0].path
    assert "atlantis" in by_line[5]
    assert "narnia" in by_line[7]
    assert "russia" in by_line[9] or 8 in by_line
    assert "gondor" in by_line[10]
    assert 11 in by_line or 12 in by_line  # the add entry without an id
    assert "elves" in by_line[13]  # named nowhere in the text
    assert "colour" in by_line[14]
    assert all(p.message.endswith("skipped") for p in problems)
    assert len(problems) == 7


def test_malformed_section_is_reported(tmp_path: Path, kb: KnowledgeBase) -> None:
    doc = load(tmp_path, "published: 2016-09-04\nactors:\n  drop: {china: yes}\n"
                         "  merge: russia\n")
    actors, problems = curate(kb, doc)
    assert "china" in actors
    assert len(problems) == 2
    assert all(p.line is not None and p.line >= 2 for p in problems)


# ------------------------------------------------------------------ corrections in sequence
# The reader writes each correction into its section; the sections carry no order, so the
# order they are applied in must give each sequence a user can make its meaning.

@pytest.mark.parametrize(("sidecar", "kept", "name", "aliases"), [
    # Renamed, then merged into another: the rename was reported on every load as naming no
    # actor (the merge ran first); the name given is now an alias of the kept actor.
    ("rename: {bashar_al_assad: The President}\n  merge: [[syria, bashar_al_assad]]",
     "syria", "Syria", {"The President", "Bashar al-Assad"}),
    # ... and merged into a new id: the merged actor takes the name given
    ("rename: {bashar_al_assad: The President}\n  merge: [[assad, bashar_al_assad]]",
     "assad", "The President", set()),
    # merged, then the kept actor renamed: the rename applies after the merge
    ("merge: [[syria, bashar_al_assad]]\n  rename: {syria: Syrian government}",
     "syria", "Syrian government", {"Syria", "Bashar al-Assad"}),
], ids=["rename-then-merge-away", "rename-then-merge-into-new-id", "merge-then-rename-kept"])
def test_rename_and_merge_in_sequence(tmp_path: Path, kb: KnowledgeBase, sidecar: str,
                                      kept: str, name: str, aliases: set[str]) -> None:
    actors, problems = curate(kb, load(tmp_path, f"actors:\n  {sidecar}\n"))
    assert problems == []
    assert "bashar_al_assad" not in actors
    assert actors[kept].name == name and aliases <= set(actors[kept].aliases)


def test_tier_set_then_merge_away_is_not_reported(tmp_path: Path, kb: KnowledgeBase) -> None:
    doc = load(tmp_path, "actors:\n  set: {bashar_al_assad: {tier: mentioned}, "
                         "syria: {kind: state}}\n  merge: [[syria, bashar_al_assad]]\n")
    actors, problems = curate(kb, doc)
    assert problems == []
    assert actors["syria"].tier == "party"  # the kept actor's own tier


def test_merge_chain_applies_renames_of_every_folded_actor(tmp_path: Path,
                                                           kb: KnowledgeBase) -> None:
    """Renamed, merged into another, and that one merged on: every name given survives."""
    doc = load(tmp_path, "actors:\n  rename: {bashar_al_assad: The President, "
                         "syria: Damascus}\n  merge: [[syria, bashar_al_assad], "
                         "[russia, syria]]\n")
    actors, problems = curate(kb, doc)
    assert problems == []
    assert set(actors) & {"syria", "bashar_al_assad"} == set()
    assert {"The President", "Damascus"} <= set(actors["russia"].aliases)


def test_a_rename_of_an_unknown_id_is_still_reported(tmp_path: Path, kb: KnowledgeBase) -> None:
    doc = load(tmp_path, "actors:\n  rename: {nobody: X}\n  merge: [[syria, nobody]]\n")
    _actors, problems = curate(kb, doc)
    said = sorted(p.message for p in problems)
    assert said == ["actors: merge: no actor 'nobody' in this document; skipped",
                    "actors: rename: no actor 'nobody' in this document; skipped"]


def test_a_dropped_actor_merged_by_hand_is_reported_not_silent(tmp_path: Path,
                                                                kb: KnowledgeBase) -> None:
    """The reader cannot make this pair (a dropped actor is not listed to merge); written by
    hand, the two contradict each other: the merge is kept and the drop said to match nothing."""
    actors, problems = curate(kb, load(tmp_path, "actors:\n  drop: [china]\n"
                                                 "  merge: [[russia, china]]\n"))
    assert "China" in actors["russia"].aliases
    assert [p.message for p in problems] == [
        "actors: drop: no actor 'china' in this document; skipped"]
