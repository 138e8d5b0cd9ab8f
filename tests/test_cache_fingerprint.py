"""The analysis cache's key covers the code the analysis depends on (and only that): an
extraction rule changed without a version bump is never met by an old analysis, nor by an old
answers digest (whose key is the analysis key)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from briefing.analysis import cache


def _names() -> set[str]:
    root = Path(cache.__file__).resolve().parent.parent
    return {p.relative_to(root).as_posix() for p in cache.analysis_files()}


def test_the_fingerprint_hashes_the_extractor_not_the_reader() -> None:
    names = _names()
    for part in ("extract/pipeline.py", "corpus/layout.py", "model.py", "versions.py",
                 "analysis/runner.py", "common/sanitize.py"):
        assert part in names
    for name in names:
        assert not name.startswith(("ui/", "search/", "answers/", "userdata/"))
    assert "analysis/cache.py" not in names  # its format has its own version
    assert cache.code_fingerprint.__wrapped__() != hashlib.sha256().hexdigest()


def test_a_changed_rule_changes_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.CODE_FINGERPRINT_ENV, raising=False)
    before = cache.code_fingerprint.__wrapped__()
    real = Path.read_bytes

    def edited(self: Path) -> bytes:
        data = real(self)
        return data + b"\n# a new rule\n" if self.name == "pipeline.py" else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert cache.code_fingerprint.__wrapped__() != before
