"""``briefing extract`` (JSON) writes each document as it is analysed: the same bytes as the
whole payload dumped at once, and memory that does not grow with the number of documents."""

from __future__ import annotations

import io
import os
import tracemalloc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing.analysis.runner import analyse_corpus
from briefing.analysis.stream_json import write_extract_json
from briefing.cli import main
from briefing.common.textsafe import json_text
from briefing.model import Problem

ARTICLE = ("Talks in Geneva\n\nRussia and Ukraine met in Geneva on Monday to negotiate a "
           "ceasefire, officials said. \"We are close\", said Jo Vantrell, a mediator.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "a.yaml").write_text("title: [unclosed\n", encoding="utf-8")  # a problem
    (root / "b.md").write_text("---\ntitle: Second [/] \\x1b\n---\n\n" + ARTICLE,
                               encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "bin.txt").write_bytes(b"\x00" * 64)
    with open(os.fsencode(root / "sub") + b"/caf\xe9.txt", "wb") as fh:
        fh.write(ARTICLE.encode("utf-8"))
    return root


def _bytes_at_once(paths: list[str]) -> bytes:
    """What extract wrote before: the whole payload built, then dumped."""
    result = analyse_corpus(paths, cache=False)
    payload = {"schema": "briefing/1",
               "documents": [b.to_dict() for b in result.briefings],
               "problems": [p.to_dict() for p in result.problems]}
    return (json_text(payload, 1) + "\n").encode("utf-8", "replace")


def test_the_command_writes_the_same_bytes_as_the_whole_payload(
        folder: Path, capsysbinary: pytest.CaptureFixture[bytes],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    expected = _bytes_at_once([str(folder)])
    assert main(["extract", str(folder)]) == 0
    captured = capsysbinary.readouterr()
    assert captured.out == expected
    err = captured.err.decode("utf-8")
    assert "a.yaml:" in err and "bin.txt" in err and "empty.txt" in err
    assert len(err.splitlines()) == len(set(err.splitlines()))  # each problem once


def test_no_documents_and_no_problems_is_the_same_too(tmp_path: Path) -> None:
    out = io.StringIO()
    count, problems = write_extract_json(iter(()), out)
    assert (count, problems) == (0, [])
    assert out.getvalue() == json_text({"schema": "briefing/1", "documents": [],
                                        "problems": []}, 1) + "\n"


class _Doc:
    """A stand-in for a Briefing: about 20 kB of output, and weakly referable."""

    def __init__(self, n: int) -> None:
        self.n = n

    def to_dict(self) -> dict[str, Any]:
        return {"path": f"doc{self.n}.txt", "text": "x" * 20_000,
                "actors": [{"id": f"a{i}", "name": "Jo Vantrell"} for i in range(20)]}


class _Sink(io.TextIOBase):
    """An output that only counts what it is given (a pipe to another program)."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, text: str) -> int:
        self.size += len(text)
        return len(text)


def _docs(count: int, seen: list[weakref.ref[_Doc]]) -> Iterator[tuple[Any, list[Problem]]]:
    for n in range(count):
        doc = _Doc(n)
        seen.append(weakref.ref(doc))
        yield doc, [Problem(f"doc{n % 3}.yaml", "unknown key 'x'; ignored", 1)]


def test_each_document_is_written_and_let_go_before_the_next_is_analysed() -> None:
    seen: list[weakref.ref[_Doc]] = []
    out = io.StringIO()
    items = _docs(50, seen)

    def checked() -> Iterator[tuple[Any, list[Problem]]]:
        for n, item in enumerate(items):
            if n:
                assert f'"doc{n - 1}.txt"' in out.getvalue()  # already written
                assert seen[n - 1]() is None  # and no longer held
            yield item
            del item

    count, problems = write_extract_json(checked(), out)
    assert count == 50 and len(problems) == 3  # each problem once


def _peak(count: int) -> int:
    seen: list[weakref.ref[_Doc]] = []
    tracemalloc.start()
    try:
        write_extract_json(_docs(count, seen), _Sink())
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_number_of_documents() -> None:
    few, many = _peak(20), _peak(400)  # 0.4 MB and 8 MB of output
    assert many < few * 1.5 + 200_000, (few, many)


def test_identical_documents_decode_from_the_open_transaction(
        tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes],
        caplog: pytest.LogCaptureFixture) -> None:
    """A copy of a document stored earlier in the same run is a cache hit by content; written
    at once, it is decoded before the cache's transaction commits, and its data was read again
    through another connection, which cannot see it yet: "cache entry ... unusable when
    decoded" on stderr, and the copy analysed a second time."""
    root = tmp_path / "copies"
    root.mkdir()
    for n in range(6):
        (root / f"copy{n}.txt").write_text(ARTICLE, encoding="utf-8")
    expected = _bytes_at_once([str(root)])
    with caplog.at_level("INFO", logger="briefing.analysis"):
        assert main(["extract", str(root)]) == 0
    assert capsysbinary.readouterr().out == expected
    assert not [r for r in caplog.records if "unusable" in r.getMessage()]
