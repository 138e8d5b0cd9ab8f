"""Hostile files: each one is a message naming the file, never a crash or a hang.

Tests run as root, so permission errors are simulated by patching ``os.open``.  Anything that
could hang (FIFOs, devices) runs under an alarm, so a regression fails instead of blocking CI.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefing.corpus import Limits, count_files, iter_load, load_corpus, load_document
from briefing.corpus.layout import MAX_SENTENCE_CHARS

GOOD = "Talks Resume\n\nNegotiators met in Vienna on Monday. They agreed to meet again.\n"


# Anything that could hang fails under an alarm instead of blocking the suite.
pytestmark = pytest.mark.usefixtures("never_hang")


def _only_problem(path: Path, limits: Limits | None = None) -> str:
    doc, problems = load_document(str(path), limits or Limits())
    assert doc is None
    (problem,) = problems
    assert problem.severity == "error"
    assert problem.path == str(path)
    return problem.message


def test_binary_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    assert "binary" in _only_problem(path)


def test_many_nuls_mean_binary_a_few_are_shown(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"text\x00" * 200)
    assert "binary" in _only_problem(path)
    path.write_bytes(b"One stray\x00 NUL. " + b"Then a long enough text. " * 20)
    doc, problems = load_document(str(path))
    assert doc is not None and "\x00" not in doc.text and "\u2400" in doc.text
    assert any("NUL" in p.message for p in problems)


def test_encodings_load_with_warnings_for_fallbacks(tmp_path: Path) -> None:
    (tmp_path / "cp1252.txt").write_bytes(b"Headline\r\n\r\nHe said \x93yes\x94.\r\n")
    (tmp_path / "latin1.txt").write_bytes("Café au lait.\n".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes("\ufeffUTF-16 “text”.\n".encode("utf-16-le"))
    (tmp_path / "bom8.txt").write_bytes("\ufeffUTF-8 with BOM.\n".encode())
    result = load_corpus([str(tmp_path)])
    texts = {Path(d.path).name: d for d in result.documents}
    assert "He said “yes”." in texts["cp1252.txt"].text
    assert texts["latin1.txt"].text.startswith("Café")
    assert texts["utf16.txt"].text.startswith("UTF-16 “text”.")
    assert texts["bom8.txt"].text.startswith("UTF-8")
    warned = {Path(p.path).name for p in result.problems}
    assert warned == {"cp1252.txt", "latin1.txt"}
    assert texts["cp1252.txt"].encoding == "cp1252"


def test_empty_and_whitespace_only_files_load_with_a_note(tmp_path: Path) -> None:
    for name, data in (("empty.txt", b""), ("blank.txt", b" \n\t\n \r\n")):
        path = tmp_path / name
        path.write_bytes(data)
        doc, problems = load_document(str(path))
        assert doc is not None and doc.sections == ()
        assert doc.display_title == name
        assert [p.message for p in problems] == ["empty file (nothing to read)"]


def test_ten_megabyte_article_loads(tmp_path: Path) -> None:
    paragraph = ("The delegations met again in Geneva on Tuesday. Officials said the U.S. "
                 "proposal was under review. Mr. Lavrov declined to comment.\n\n")
    path = tmp_path / "big.txt"
    path.write_text(paragraph * (10_000_000 // len(paragraph)))
    doc, problems = load_document(str(path))
    assert doc is not None and problems == []
    assert len(doc.paragraphs) == 10_000_000 // len(paragraph)
    assert len(doc.sentences) == 3 * len(doc.paragraphs)


def test_file_over_the_size_limit_is_skipped_unread(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 5000)
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda p, *a, **k: opened.append(str(p)) or
                        real_open(p, *a, **k))
    message = _only_problem(path, Limits(max_document_bytes=4096))
    assert "limit" in message and "5,000" in message
    assert str(path) not in opened


def test_sparse_multi_gigabyte_file_is_skipped_at_once(tmp_path: Path) -> None:
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as handle:
        handle.truncate(4 << 30)  # 4 GiB of holes: no disk used, no byte read
    assert "limit" in _only_problem(path)


def test_one_megabyte_single_line_and_long_words(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_text("word, " * 170_000 + "end")
    doc, _ = load_document(str(path))
    assert doc is not None and len(doc.paragraphs) == 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in doc.sentences)
    path.write_text("A " + "x" * 1_000_000 + " word.")
    doc, _ = load_document(str(path))
    assert doc is not None
    assert "".join(doc.text[s.start:s.end] for s in doc.sentences).replace(" ", "") \
        == doc.text.replace(" ", "")


def test_control_and_bidi_characters_are_neutralised(tmp_path: Path) -> None:
    raw = "Title\n\nText \x1b]0;PWNED\x07 and \x1b[31mred\x1b[0m, \u202eevil\u202c, \x9b6n.\n"
    path = tmp_path / "esc.txt"
    path.write_text(raw)
    doc, _ = load_document(str(path))
    assert len(doc.text) == len(raw)
    for bad in ("\x1b", "\x07", "\u202e", "\u202c", "\x9b"):
        assert bad not in doc.text


def test_cr_only_file(tmp_path: Path) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes(b"Old Title\r\rOne paragraph.\rAnother paragraph.\r")
    doc, _ = load_document(str(path))
    assert doc.title == "Old Title" and len(doc.paragraphs) == 2


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    real_open = os.open

    def deny(p: object, *args: object, **kwargs: object) -> int:
        if str(p) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_open(p, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    assert "Permission denied" in _only_problem(path)
    # in a folder, the others still load
    (tmp_path / "fine.txt").write_text(GOOD)
    result = load_corpus([str(tmp_path)])
    assert [Path(d.path).name for d in result.documents] == ["fine.txt"]
    assert [Path(p.path).name for p in result.problems] == ["secret.txt"]


def test_unlistable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sub = tmp_path / "locked"
    sub.mkdir()
    (sub / "a.txt").write_text(GOOD)
    real_scandir = os.scandir

    def deny(p: object = ".") -> object:
        if str(p) == str(sub):
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_scandir(p)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", deny)
    result = load_corpus([str(tmp_path)])
    assert result.documents == []
    assert "cannot list folder" in result.problems[0].message


def test_symlinks_broken_looping_and_to_folders(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "loop_b.txt", tmp_path / "loop_a.txt")
    os.symlink(tmp_path / "loop_a.txt", tmp_path / "loop_b.txt")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "inner.txt").write_text(GOOD)
    os.symlink(tmp_path, sub / "parent_loop")  # a directory loop: never followed
    result = load_corpus([str(tmp_path)])
    names = sorted(Path(d.path).name for d in result.documents)
    assert names == ["good.txt", "inner.txt"]
    problems = {Path(p.path).name: p.message for p in result.problems}
    assert set(problems) == {"dangling.txt", "loop_a.txt", "loop_b.txt"}
    assert "symbolic link" in problems["dangling.txt"]
    assert "symbolic link" in problems["loop_a.txt"]


def test_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    assert "named pipe" in _only_problem(fifo)
    (tmp_path / "good.txt").write_text(GOOD)
    result = load_corpus([str(tmp_path)])
    assert len(result.documents) == 1 and len(result.problems) == 1


def test_links_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    private = tmp_path / "private.txt"
    private.write_text("Secret\n\nNot part of the corpus.\n")
    os.symlink(private, corpus / "link.txt")
    (corpus / "real.txt").write_text(GOOD)
    os.symlink(corpus / "real.txt", corpus / "alias.txt")  # inside: fine
    os.symlink("/dev/zero", corpus / "zero.txt")
    result = load_corpus([str(corpus)])
    assert sorted(Path(d.path).name for d in result.documents) == ["alias.txt", "real.txt"]
    problems = {Path(p.path).name: p.message for p in result.problems}
    assert set(problems) == {"link.txt", "zero.txt"}
    assert all("outside the folder" in m for m in problems.values())
    assert load_document(str(corpus / "link.txt"))[0] is not None  # named directly: read


def test_devices_and_links_to_dev_zero(tmp_path: Path) -> None:
    for target in ("/dev/zero", "/dev/null", "/dev/urandom"):
        link = tmp_path / (Path(target).name + ".txt")
        os.symlink(target, link)
        assert "device" in _only_problem(link)
    assert "device" in _only_problem(Path("/dev/zero"))


def test_file_deleted_before_it_is_read(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD)
    results = iter_load([str(tmp_path)])
    first = next(results)
    assert first[0] is not None
    (tmp_path / "b.txt").unlink()  # gone between discovery and reading
    rest = list(results)
    assert rest[0][0] is None and "No such file" in rest[0][1][0].message
    assert rest[1][0] is not None


def test_sidecar_deleted_between_finding_and_reading(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.corpus import files

    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    monkeypatch.setattr(files, "find_sidecar", lambda p: (str(tmp_path / "a.yaml"), None))
    import briefing.corpus.loader as corpus

    monkeypatch.setattr(corpus, "find_sidecar", files.find_sidecar)
    doc, problems = load_document(str(article))
    assert doc is not None
    assert any(p.path.endswith("a.yaml") and "metadata ignored" in p.message for p in problems)


def test_file_changing_while_read_is_read_again(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "live.txt"
    path.write_text("Old.\n")
    real_read = os.read
    calls = {"n": 0}

    def growing_read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        calls["n"] += 1
        if calls["n"] == 1:  # a writer appends while the first read is under way
            with open(path, "a") as handle:
                handle.write("New paragraph appended.\n")
        return data

    monkeypatch.setattr(os, "read", growing_read)
    doc, problems = load_document(str(path))
    assert "New paragraph appended." in doc.text  # the second, stable read won
    assert problems == []


def test_file_that_keeps_changing_is_flagged(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "live.txt"
    path.write_text("Start.\n")
    real_fstat = os.fstat
    ticks = iter(range(1, 1000))

    def restless(fd: int) -> object:  # every look at the file shows a new mtime
        st = real_fstat(fd)
        return SimpleNamespace(st_mode=st.st_mode, st_size=st.st_size,
                               st_mtime_ns=st.st_mtime_ns + next(ticks))

    monkeypatch.setattr(os, "fstat", restless)
    doc, problems = load_document(str(path))
    assert doc is not None and doc.text == "Start.\n"
    assert any("changed while it was being read" in p.message for p in problems)


def test_hostile_file_names_are_shown_safely(tmp_path: Path) -> None:
    name = "evil\x1b]0;PWN\x07\nname.txt"
    (tmp_path / name).write_bytes(b"\x89PNG" + bytes(500))
    result = load_corpus([str(tmp_path)])
    (problem,) = result.problems
    assert "\x1b" not in str(problem) and "\n" not in str(problem) and "\x07" not in str(problem)


def test_hidden_files_and_other_suffixes_are_ignored_in_folders(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text(GOOD)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "a.yaml").write_text("title: sidecar only\n")
    (tmp_path / "story.md").write_text(GOOD)
    assert count_files([str(tmp_path)]) == 1
    # a file named explicitly is used whatever its suffix
    other = tmp_path / "notes.text.log"
    other.write_text(GOOD)
    assert load_document(str(other))[0] is not None


def test_count_matches_what_iter_load_yields(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_bytes(bytes(1000))
    os.symlink(tmp_path / "nowhere", tmp_path / "c.txt")
    sub = tmp_path / "deeper" / "still"
    sub.mkdir(parents=True)
    (sub / "d.md").write_text(GOOD)
    assert count_files([str(tmp_path)]) == len(list(iter_load([str(tmp_path)]))) == 4


def test_folder_depth_limit(tmp_path: Path) -> None:
    deep = tmp_path
    for i in range(6):
        deep = deep / f"d{i}"
    deep.mkdir(parents=True)
    (deep / "a.txt").write_text(GOOD)
    result = load_corpus([str(tmp_path)], Limits(max_folder_depth=3))
    assert result.documents == []
    assert "nested more than 3" in result.problems[0].message
    assert len(load_corpus([str(tmp_path)]).documents) == 1


def test_limits_from_a_settings_mapping() -> None:
    limits, warnings = Limits.from_dict({"max_document_bytes": 4096, "max_yaml_depth": "deep",
                                         "bogus": 1, "max_yaml_nodes": True})
    assert limits.max_document_bytes == 4096
    assert limits.max_yaml_depth == Limits().max_yaml_depth
    assert limits.max_yaml_nodes == Limits().max_yaml_nodes
    assert len(warnings) == 3 and any("bogus" in w for w in warnings)
    assert Limits.from_dict(None) == (Limits(), [])
    assert Limits.from_dict(["not", "a", "mapping"])[1]
    assert Limits.from_dict(limits.to_dict()) == (limits, [])


def test_a_sidecar_read_for_two_documents_is_said(tmp_path: Path) -> None:
    """``a.txt`` and ``a.md`` side by side both read ``a.yaml``: its title (and a curation
    made on either) applied to both without a word; a ``.yml`` beside the ``.yaml`` was
    silently ignored."""
    (tmp_path / "a.txt").write_text("Talks in Oslo.\n\nThe envoy Nora Vik said yes.\n")
    (tmp_path / "a.md").write_text("# Other talks\n\nThe envoy Ola Berg said no.\n")
    (tmp_path / "a.yaml").write_text("title: One title\n")
    (tmp_path / "a.yml").write_text("title: Another\n")
    doc, problems = load_document(str(tmp_path / "a.txt"))
    assert doc is not None and doc.title == "One title"  # read as before
    said = " | ".join(p.message for p in problems)
    assert "the sidecar of a.md and a.txt" in said and "a.yml" in said
    # Said in the same words from the other twin's side: gathered, it is said once.
    _doc, others = load_document(str(tmp_path / "a.md"))
    assert [p for p in others if "sidecar of" in p.message] == \
        [p for p in problems if "sidecar of" in p.message]
    (tmp_path / "b.txt").write_text("Talks.\n\nMore.\n")
    (tmp_path / "b.yaml").write_text("title: B\n")
    assert load_document(str(tmp_path / "b.txt"))[1] == []
