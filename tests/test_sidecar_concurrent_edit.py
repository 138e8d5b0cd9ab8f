"""The user saving the sidecar in an editor while the reader curates it loses nothing.

Found in session 7: ``curate`` read the sidecar, made the backup, then replaced the file: an
editor's save in between (the backup can take a while on a slow disk) was silently
overwritten by the reader's version, made from the old text.  The file is now read again
just before it is replaced; if it changed, nothing is written and the user is told.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import briefing.userdata.sidecar as sidecar_module
from briefing.userdata.sidecar import CurationError, curate

BODY = "Talks in Geneva\n\nRussia and Ukraine met in Geneva on Monday.\n"
EDITED = "# saved from my editor a moment ago\ntitle: Mine\nactors:\n  drop: [china]\n"


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    doc = tmp_path / "corpus" / "a.txt"
    doc.parent.mkdir()
    doc.write_text(BODY)
    return doc


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
