"""Curating a sidecar never loses what the user wrote: short forms, and an editor's save.

Found in session 7: the extractor accepts ``drop: china`` (one id), ``merge: [a, b]`` (one
group written flat) and ``add: {id: …}`` (one actor), but the reader's curation treated
anything but a list (a mapping for ``rename``) as empty and wrote its own value over it: the
user's ``china`` drop and single ``add`` entry were gone, and a flat merge became
``[a, b, [russia, ukraine]]``, which the extractor then rejects.  A value of another type
(``rename: [x]``, ``add: 5``) was silently replaced too; it is now refused, naming the key and
its line, and the file is left as it is.

Also found in session 7: ``curate`` read the sidecar, made the backup, then replaced the file: an
editor's save in between (the backup can take a while on a slow disk) was silently
overwritten by the reader's version, made from the old text.  The file is now read again
just before it is replaced; if it changed, nothing is written and the user is told.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import briefing.userdata.sidecar as sidecar_module
from briefing.common.yamlsafe import load_yaml
from briefing.corpus import load_document
from briefing.extract.pipeline import analyse_reporting
from briefing.userdata.sidecar import CurationError, curate

EDITED = "# saved from my editor a moment ago\ntitle: Mine\nactors:\n  drop: [china]\n"
BODY = "Talks in Geneva\n\nRussia, Ukraine, China and the United States met in Geneva.\n"


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    doc = tmp_path / "corpus" / "a.txt"
    doc.parent.mkdir()
    doc.write_text(BODY)
    return doc


def _write(article: Path, actors: str) -> Path:
    sidecar = article.with_suffix(".yaml")
    sidecar.write_text(f"# my notes\nactors:\n{actors}")
    return sidecar


def _curation_problems(article: Path) -> list[str]:
    document, _problems = load_document(str(article))
    assert document is not None
    briefing, _failures = analyse_reporting(document)
    return [p.message for p in briefing.problems]


@pytest.mark.parametrize(("actors", "op", "args", "key", "expected"), [
    ("  drop: china\n", "drop", {"actor_id": "ukraine"}, "drop", ["china", "ukraine"]),
    ("  merge: [russia, ukraine]\n", "merge", {"keep": "china", "other": "usa"},
     "merge", [["russia", "ukraine"], ["china", "usa"]]),
    ("  add: [{id: geneva_talks, name: Geneva, kind: other}]\n", "add",
     {"name": "Talks", "kind": "other"}, "add", ["geneva_talks", "talks"]),
])
def test_short_forms_are_kept(article: Path, actors: str, op: str, args: dict[str, str],
                              key: str, expected: list[object]) -> None:
    sidecar = _write(article, actors)
    assert _curation_problems(article) == []  # the short form is valid to the extractor
    curate(str(article), op, **args)
    text = sidecar.read_text()
    assert text.startswith("# my notes\n")
    value = load_yaml(text)["actors"][key]
    if key == "add":
        value = [entry["id"] for entry in value]
    assert value == expected
    assert _curation_problems(article) == []  # and so is the result


def test_a_single_add_entry_is_never_overwritten(article: Path) -> None:
    """``add: {id: …}`` (one actor) would have to become a list: the structural editor refuses
    to turn a mapping into a list, so the file is left as it is and the user is told."""
    sidecar = _write(article, "  add: {id: geneva_talks, name: Geneva, kind: other}\n")
    before = sidecar.read_bytes()
    with pytest.raises(CurationError, match="a.yaml"):
        curate(str(article), "add", name="Talks", kind="other")
    assert sidecar.read_bytes() == before


@pytest.mark.parametrize(("actors", "op", "args", "key"), [
    ("  rename: [x]\n", "rename", {"actor_id": "russia", "name": "Moscow"}, "rename"),
    ("  add: 5\n", "add", {"name": "Geneva", "kind": "other"}, "add"),
    ("  drop: {a: b}\n", "drop", {"actor_id": "ukraine"}, "drop"),
    ("  merge: x\n", "merge", {"keep": "russia", "other": "ukraine"}, "merge"),
])
def test_a_value_of_another_type_is_refused_not_replaced(
        article: Path, actors: str, op: str, args: dict[str, str], key: str) -> None:
    sidecar = _write(article, actors)
    before = sidecar.read_bytes()
    with pytest.raises(CurationError) as raised:
        curate(str(article), op, **args)
    assert f"actors.{key}" in str(raised.value) and "line 3" in str(raised.value)
    assert "a.yaml" in str(raised.value)
    assert sidecar.read_bytes() == before


def test_an_editor_save_during_the_backup_is_kept(article: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    sidecar = article.with_suffix(".yaml")
    sidecar.write_text("# my notes\ntitle: Talks\n")
    real = sidecar_module.keep_backup

    def slow_backup(path: Path, data: bytes, *args: Any, **kwargs: Any) -> Any:
        sidecar.write_text(EDITED)  # the user's editor saves meanwhile
        return real(path, data, *args, **kwargs)

    monkeypatch.setattr(sidecar_module, "keep_backup", slow_backup)
    with pytest.raises(CurationError, match="a.yaml.*changed by another program"):
        curate(str(article), "rename", actor_id="russia", name="Moscow")
    assert sidecar.read_text() == EDITED


def test_a_sidecar_created_meanwhile_is_kept(article: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    sidecar = article.with_suffix(".yaml")
    real = sidecar_module.check_writable

    def racing(path: Path, *args: Any, **kwargs: Any) -> Any:
        sidecar.write_text(EDITED)  # created by the user while the reader prepared its own
        return real(path, *args, **kwargs)

    monkeypatch.setattr(sidecar_module, "check_writable", racing)
    with pytest.raises(CurationError, match="changed by another program"):
        curate(str(article), "drop", actor_id="ukraine")
    assert sidecar.read_text() == EDITED


def test_no_editor_no_change(article: Path) -> None:
    sidecar = article.with_suffix(".yaml")
    sidecar.write_text("# my notes\ntitle: Talks\n")
    curate(str(article), "drop", actor_id="ukraine")
    assert "ukraine" in sidecar.read_text() and "# my notes" in sidecar.read_text()
