"""Curation written into sidecars: comments and order kept, backups made, bad files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.common.yamlsafe import load_yaml
from briefing.userdata.sidecar import CurationError, curate

SIDECAR = """\
# My notes on this article -- keep them!
title: "U.S., Russia near deal"   # my headline
published: 2016-09-04
source: Bloomberg News
actors:
  # fixes after the first read
  rename:
    syrian_opposition: "Syrian opposition"   # too vague otherwise
  drop: [china]  # only a place here
  merge:
    - [assad, bashar_al_assad]
    # more merges to come
url: https://example.org/a
"""


@pytest.fixture()
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    doc = tmp_path / "corpus" / "article.txt"
    doc.parent.mkdir()
    doc.write_text("Some text.\n")
    (tmp_path / "corpus" / "article.yaml").write_text(SIDECAR)
    return doc


def _comments(text: str) -> list[str]:
    return [line[line.index("#"):] for line in text.splitlines() if "#" in line]


def test_rename_keeps_every_comment_and_key_order(article: Path) -> None:
    result = curate(str(article), "rename", actor_id="syrian_opposition",
                    name="Syrian opposition (moderate)")
    text = result.sidecar.read_text()
    assert _comments(text) == _comments(SIDECAR)
    data = load_yaml(text)
    assert data["actors"]["rename"] == {"syrian_opposition": "Syrian opposition (moderate)"}
    assert list(data) == ["title", "published", "source", "actors", "url"]
    assert data["title"] == "U.S., Russia near deal"
    assert result.backup is not None and result.backup.read_text() == SIDECAR
    assert not str(result.backup).startswith(str(article.parent)), "backup inside the corpus"


def test_new_rename_is_one_added_line(article: Path) -> None:
    curate(str(article), "rename", actor_id="kerry", name="John F. Kerry")
    text = (article.parent / "article.yaml").read_text()
    added = set(text.splitlines()) - set(SIDECAR.splitlines())
    assert added == {"    kerry: John F. Kerry"}


def test_drop_into_flow_list_keeps_line_comment(article: Path) -> None:
    curate(str(article), "drop", actor_id="iran")
    text = (article.parent / "article.yaml").read_text()
    assert "  drop: [china, iran]  # only a place here" in text.splitlines()


def test_merge_appends_to_block_list_keeping_comments(article: Path) -> None:
    curate(str(article), "merge", keep="nusra_front", other="jabhat_fatah_al_sham")
    text = (article.parent / "article.yaml").read_text()
    assert _comments(text) == _comments(SIDECAR)
    assert load_yaml(text)["actors"]["merge"] == [["assad", "bashar_al_assad"],
                                                  ["nusra_front", "jabhat_fatah_al_sham"]]


def test_add_creates_the_entry(article: Path) -> None:
    curate(str(article), "add", name="Kurdish groups", kind="armed_group")
    data = load_yaml((article.parent / "article.yaml").read_text())
    assert data["actors"]["add"] == [{"id": "kurdish_groups", "name": "Kurdish groups",
                                      "kind": "armed_group", "aliases": ["Kurdish groups"]}]


def test_sidecar_is_created_when_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    doc = tmp_path / "a.txt"
    doc.write_text("x")
    result = curate(str(doc), "drop", actor_id="china")
    assert result.created and result.backup is None
    assert load_yaml(result.sidecar.read_text()) == {"actors": {"drop": ["china"]}}


def test_sidecar_without_actors_gets_a_block_appended(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    doc = tmp_path / "a.txt"
    doc.write_text("x")
    (tmp_path / "a.yaml").write_text("# keep me\npublished: 2020-01-02\n")
    curate(str(doc), "rename", actor_id="usa", name="United States")
    text = (tmp_path / "a.yaml").read_text()
    assert text.startswith("# keep me\npublished: 2020-01-02\n")
    assert load_yaml(text)["actors"] == {"rename": {"usa": "United States"}}


def test_broken_sidecar_is_never_overwritten(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    doc = tmp_path / "a.txt"
    doc.write_text("x")
    broken = "title: [unclosed\n"
    (tmp_path / "a.yaml").write_text(broken)
    with pytest.raises(CurationError, match=r"a\.yaml \(line \d+\)"):
        curate(str(doc), "drop", actor_id="china")
    assert (tmp_path / "a.yaml").read_text() == broken


def test_flow_style_actors_mapping_becomes_block(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    doc = tmp_path / "a.txt"
    doc.write_text("x")
    (tmp_path / "a.yaml").write_text("actors: {drop: [china]}  # note\nsource: X\n")
    curate(str(doc), "drop", actor_id="iran")
    text = (tmp_path / "a.yaml").read_text()
    assert "# note" in text
    assert load_yaml(text) == {"actors": {"drop": ["china", "iran"]}, "source": "X"}


def test_bad_ids_are_refused(article: Path) -> None:
    before = (article.parent / "article.yaml").read_text()
    with pytest.raises(CurationError):
        curate(str(article), "drop", actor_id="[@click=app.quit]")
    with pytest.raises(CurationError):
        curate(str(article), "merge", keep="a", other="a")
    assert (article.parent / "article.yaml").read_text() == before


def test_adding_a_dropped_actor_back_removes_its_drop(article: Path) -> None:
    """Drops are applied last: an actor added under an id dropped before was dropped again
    at once, silently.  The add takes the id out of ``drop`` (the comments elsewhere stay)."""
    result = curate(str(article), "add", name="China", kind="state")
    text = result.sidecar.read_text()
    data = load_yaml(text)["actors"]
    assert "drop" not in data and data["add"][0]["id"] == "china"
    assert "# too vague otherwise" in text and "# more merges to come" in text
    assert [c for _line, c in result.lost_comments] == ["# only a place here"]


def test_adding_a_dropped_actor_keeps_the_other_drops(article: Path) -> None:
    curate(str(article), "drop", actor_id="iran")
    curate(str(article), "add", name="China", kind="state")
    text = article.with_suffix(".yaml").read_text()
    assert load_yaml(text)["actors"]["drop"] == ["iran"]


def test_renaming_twice_keeps_the_last_name_and_the_comment(article: Path) -> None:
    curate(str(article), "rename", actor_id="syrian_opposition", name="Opposition A")
    curate(str(article), "rename", actor_id="syrian_opposition", name="Opposition B")
    text = article.with_suffix(".yaml").read_text()
    assert load_yaml(text)["actors"]["rename"] == {"syrian_opposition": "Opposition B"}
    assert "# too vague otherwise" in text


def test_adding_a_name_merged_away_gets_an_id_of_its_own(article: Path) -> None:
    """The id of a name added after its actor was merged into another (``bashar_al_assad``
    here) would be folded away again by that merge (applied after adds): it gets a fresh id
    and the merge stays."""
    curate(str(article), "add", name="Bashar al Assad", kind="person")
    data = load_yaml(article.with_suffix(".yaml").read_text())["actors"]
    assert data["add"][0]["id"] == "bashar_al_assad_2"
    assert data["merge"] == [["assad", "bashar_al_assad"]]
