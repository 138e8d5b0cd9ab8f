"""Metadata: sidecar YAML and Markdown front matter, validated key by key."""

from __future__ import annotations

from pathlib import Path

from briefing.corpus import document_from_text, load_document
from briefing.corpus.metadata import parse_date, read_sidecar


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_sidecar_gives_title_date_source_url(tmp_path: Path) -> None:
    article = _write(tmp_path, "a.txt", "First line of the body.\n")
    _write(tmp_path, "a.yaml", "title: 'Talks: day two'\npublished: 2016-09-04\n"
                               "source: Wire\nurl: https://example.org/x\n")
    doc, problems = load_document(str(article))
    assert problems == []
    assert (doc.title, doc.published, doc.source, doc.url) == (
        "Talks: day two", "2016-09-04", "Wire", "https://example.org/x")
    assert doc.sidecar_path == str(tmp_path / "a.yaml")


def test_yml_sidecar_and_utf16_sidecar(tmp_path: Path) -> None:
    article = _write(tmp_path, "b.txt", "Body.\n")
    _write(tmp_path, "b.yml", "\ufefftitle: Café\n".encode("utf-16"))
    doc, problems = load_document(str(article))
    assert doc.title == "Café" and problems == []


def test_latin1_sidecar_is_read_with_a_warning(tmp_path: Path) -> None:
    article = _write(tmp_path, "c.txt", "Body.\n")
    _write(tmp_path, "c.yaml", "title: Caf\xe9\n".encode("latin-1"))
    doc, problems = load_document(str(article))
    assert doc.title == "Café"
    assert any("Windows-1252" in p.message and p.path.endswith("c.yaml") for p in problems)


def test_front_matter_in_markdown() -> None:
    text = ("---\ntitle: From Front Matter\npublished: 2021-03-04\nsource: Desk\n"
            "url: https://example.org/\n---\nBody paragraph.\n")
    doc, problems = document_from_text("x.md", text)
    assert problems == []
    assert (doc.title, doc.published, doc.source, doc.url) == (
        "From Front Matter", "2021-03-04", "Desk", "https://example.org/")
    assert doc.text[doc.paragraphs[0].start:doc.paragraphs[0].end] == "Body paragraph."


def test_front_matter_is_only_for_markdown() -> None:
    text = "---\ntitle: X\n---\nBody.\n"
    doc, _ = document_from_text("x.txt", text)
    assert doc.title != "X"


def test_unterminated_front_matter_is_body_text() -> None:
    doc, problems = document_from_text("x.md", "---\ntitle: never closed\n\nBody.\n")
    assert doc.title is None and problems == []
    assert len(doc.paragraphs) >= 1


def test_bad_front_matter_names_file_and_line() -> None:
    doc, problems = document_from_text("x.md", "---\ntitle: ok\ntitle: twice\n---\nBody.\n")
    (problem,) = problems
    assert problem.path == "x.md" and problem.line == 3
    assert "duplicate key" in problem.message
    assert doc.title is None  # the whole block is ignored, the body still loads
    assert doc.paragraphs


def test_wrong_value_types_are_reported_and_ignored(tmp_path: Path) -> None:
    meta = read_sidecar(b"title: [a, list]\npublished: someday\nurl: file:///etc/passwd\n"
                        b"source: 42\nactors: [not, a, mapping]\nsurprise: 1\n",
                        "s.yaml", 1 << 20)
    messages = {p.line: p.message for p in meta.problems}
    assert "expected text" in messages[1]
    assert "not a date" in messages[2]
    assert "http" in messages[3]
    assert "expected a mapping" in messages[5]
    assert "unknown key" in messages[6]
    assert meta.title is None and meta.published is None and meta.url is None
    assert meta.source == "42"


def test_yaml_11_surprises_stay_strings() -> None:
    meta = read_sidecar(b"title: NO\nsource: 1:30\npublished: 2016-09-04\n", "s.yaml", 1 << 20)
    assert meta.problems == []
    assert meta.title == "NO" and meta.source == "1:30" and meta.published == "2016-09-04"


def test_a_sidecar_that_is_not_a_mapping(tmp_path: Path) -> None:
    meta = read_sidecar(b"- just\n- a list\n", "s.yaml", 1 << 20)
    assert "mapping" in meta.problems[0].message


def test_curation_sections_are_kept() -> None:
    meta = read_sidecar(b"actors:\n  drop: [china]\nnegotiations:\n  n1: {status: agreed}\n",
                        "s.yaml", 1 << 20)
    assert meta.curation["actors"] == {"drop": ["china"]}
    assert meta.curation["negotiations"] == {"n1": {"status": "agreed"}}


def test_parse_date_formats() -> None:
    assert parse_date("2016-09-04") == "2016-09-04"
    assert parse_date("4 September 2016") == "2016-09-04"
    assert parse_date("September 4, 2016") == "2016-09-04"
    assert parse_date("2016-09-04T10:00:00Z") == "2016-09-04"
    assert parse_date("2016-13-45") is None
    assert parse_date(20160904) is None


def test_many_unknown_keys_are_summarised() -> None:
    source = "".join(f"junk{n}: {n}\n" for n in range(30_000)).encode()
    meta = read_sidecar(source, "s.yaml", 1 << 20)
    assert len(meta.problems) == 11
    assert meta.problems[0].line == 1
    assert "29,990 more unknown keys" in meta.problems[-1].message


def test_an_unknown_tag_costs_its_key_only(tmp_path: Path) -> None:
    """qa27: one value tagged `!custom` in a sidecar lost all of its metadata ('could not
    determine a constructor for the tag '!custom'; metadata ignored'): the title, date and
    source of the article were gone.  Now only that key is left out, named with its line;
    the tag is never constructed (safe loading), and a Python tag is not run either."""
    article = _write(tmp_path, "t.txt", "Body.\n")
    _write(tmp_path, "t.yaml", "title: Talks resume\npublished: 2021-03-04\n"
                               "source: !custom Wire\nurl: !!python/object/apply:os.system "
                               "['touch pwned']\n")
    doc, problems = load_document(str(article))
    assert (doc.title, doc.published, doc.source, doc.url) == (
        "Talks resume", "2021-03-04", None, None)
    assert [(p.path, p.line) for p in problems] == [(str(tmp_path / "t.yaml"), 3),
                                                    (str(tmp_path / "t.yaml"), 4)]
    assert problems[0].message == ("source: unknown tag '!custom' (only plain YAML values are "
                                   "read); ignored")
    assert "python/object/apply:os.system" in problems[1].message
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()
    # Front matter the same, its lines counted in the file (the opening --- is line 1).
    doc, problems = document_from_text(
        "x.md", "---\ntitle: Kept\ntags: [a, !custom b]\nsource: !custom {a: 1}\n---\nBody.\n")
    assert doc.title == "Kept"
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (3, "front matter"), (4, "front matter")]
    assert "list item" in problems[0].message and "source: unknown tag" in problems[1].message
    # A tag on the whole document leaves nothing to keep: the file is refused, with its line.
    meta = read_sidecar(b"# mine\n--- !custom\ntitle: x\n", "r.yaml", 1 << 20)
    assert meta.title is None
    assert [(p.line, p.message) for p in meta.problems] == [
        (2, "unknown tag '!custom' where it cannot be left out; metadata ignored")]
