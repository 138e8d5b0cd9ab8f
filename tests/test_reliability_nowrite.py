"""briefing never writes into the corpus: loading, analysing and caching leave it untouched."""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from briefing.analysis.runner import analyse_corpus
from briefing.cli import main
from briefing.corpus import load_corpus
from briefing.paths import cache_dir


def _snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    out = {}
    for root, dirs, names in os.walk(folder):
        for name in dirs + names:
            path = Path(root) / name
            st = path.lstat()
            out[str(path.relative_to(folder))] = (st.st_size, st.st_mtime_ns, st.st_mode)
    return out


def test_load_analyse_cache_and_cli_leave_the_corpus_alone(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("Title A\n\nThe envoys met in Geneva.\n")
    (corpus / "a.yaml").write_text("title: A\npublished: 2016-09-04\nbogus: 1\n")
    (corpus / "sub" / "b.md").write_text("---\ntitle: B\n---\n# Heading\n\nBody.\n")
    (corpus / "sub" / "bad.txt").write_bytes(b"\x89PNG" + bytes(300))
    before = _snapshot(corpus)
    assert before

    load_corpus([str(corpus)])
    analyse_corpus([str(corpus)])  # cold: fills the cache
    analyse_corpus([str(corpus)])  # warm
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        assert main(["extract", str(corpus), "--format", "yaml"]) == 0

    assert _snapshot(corpus) == before  # nothing new, nothing changed, nothing touched
    # …and the cache went where the user's caches go
    assert any(cache_dir().iterdir())
    assert not str(cache_dir()).startswith(str(corpus))
