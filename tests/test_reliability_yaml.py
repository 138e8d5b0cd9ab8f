"""Hostile YAML (sidecars, front matter): always a message with a line, never a hang or crash."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefing.common.yamlsafe import YamlProblem, load_yaml
from briefing.corpus import Limits, load_document

BOMB = ("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + "".join(f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n"
                  for p, n in zip("abcdefgh", "bcdefghi", strict=True)))


@pytest.mark.parametrize(("source", "line", "words"), [
    ("title: x\n\tsource: y\n", 2, "tab"),
    ("a:\n\t- b\n", 2, "tab"),
    ("title: a\ntitle: b\n", 2, "duplicate key"),
    ("title: [unclosed\n", 2, "invalid YAML"),
    ("x:\n  " + "[" * 100 + "]" * 100 + "\n", 2, "nested"),
    (BOMB, 6, "expands to more than"),  # 9**6 values by line 6
    ("&a [*a]\n", 1, "recursive"),
    ("!!python/object/apply:os.system ['true']\n", 1, "constructor"),
    ("a: 1\n---\nb: 2\n", 2, "another document"),
    ("? [a, b]\n: 1\n", 1, "plain value"),
])
def test_bad_yaml_is_a_problem_with_a_line(source: str, line: int, words: str) -> None:
    with pytest.raises(YamlProblem) as info:
        load_yaml(source)
    assert info.value.line == line
    assert words in info.value.message


def test_billion_laughs_is_refused_before_it_is_built() -> None:
    started = time.perf_counter()
    with pytest.raises(YamlProblem):
        load_yaml(BOMB)
    assert time.perf_counter() - started < 5  # generous: it is refused from the event stream


def test_small_aliases_are_fine() -> None:
    assert load_yaml("x: &x {a: 1}\ny: *x\n") == {"x": {"a": 1}, "y": {"a": 1}}


def test_node_limit_is_configurable() -> None:
    with pytest.raises(YamlProblem):
        load_yaml("x: &x [1, 2, 3]\ny: [*x, *x, *x]\n", max_nodes=10)
    assert load_yaml("x: &x [1, 2, 3]\ny: [*x, *x, *x]\n", max_nodes=100)


def test_very_deep_nesting_and_huge_files_and_big_ints() -> None:
    with pytest.raises(YamlProblem):
        load_yaml("[" * 5000 + "]" * 5000)
    with pytest.raises(YamlProblem) as info:
        load_yaml("a: " + "x" * 2_000_000)
    assert "limit" in info.value.message
    with pytest.raises(YamlProblem):
        load_yaml("n: " + "9" * 5000)


def test_a_number_too_long_to_read_names_its_line_in_plain_words() -> None:
    """qa26: it said "invalid value: Exceeds the limit (4300 digits) for integer string
    conversion: value has 5000 digits; use sys.set_int_max_str_digits() t", with no line."""
    with pytest.raises(YamlProblem) as info:
        load_yaml("title: x\nsource: y\npublished: " + "9" * 5000 + "\n")
    assert info.value.line == 3
    assert info.value.message == "a number of 5,000 digits is too long to read"
    assert load_yaml("n: '" + "9" * 5000 + "'")["n"] == "9" * 5000  # quoted: text, fine
    assert load_yaml("n: 0x" + "f" * 5000)["n"] > 0  # hexadecimal has no limit


def test_yaml_11_scalars_are_not_coerced() -> None:
    data = load_yaml("a: NO\nb: yes\nc: 1:30\nd: 0777\ne: 2016-09-04\nf: true\ng: 12\nh: ~\n")
    assert data == {"a": "NO", "b": "yes", "c": "1:30", "d": "0777", "e": "2016-09-04",
                    "f": True, "g": 12, "h": None}


def test_not_text_at_all() -> None:
    with pytest.raises(YamlProblem):
        load_yaml(12)  # type: ignore[arg-type]


# ------------------------------------------------------------------ through the loader
@pytest.mark.parametrize(("sidecar", "words"), [
    (b"title: x\n\tsource: y\n", "tab"),
    (b"title: a\ntitle: b\n", "duplicate"),
    (BOMB.encode(), "expands"),
    (b"x: " + b"[" * 200 + b"]" * 200, "nested"),
    (b"\x89PNG\r\n\x1a\n" + bytes(300), "binary"),
])
def test_a_bad_sidecar_never_stops_the_article(tmp_path: Path, sidecar: bytes, words: str) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Headline\n\nThe body of the story.\n")
    (tmp_path / "story.yaml").write_bytes(sidecar)
    doc, problems = load_document(str(article))
    assert doc is not None and doc.title == "Headline"
    assert any(p.path.endswith("story.yaml") and words in p.message for p in problems), problems
    assert all("metadata ignored" in p.message for p in problems if p.path.endswith(".yaml"))


def test_a_huge_sidecar_is_not_read(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Body.\n")
    (tmp_path / "story.yaml").write_bytes(b"title: x\n" + b"#" * 5000)
    doc, problems = load_document(str(article), Limits(max_yaml_bytes=2048))
    assert doc is not None and doc.title is None
    assert any("limit" in p.message for p in problems)


def test_bad_front_matter_kinds(tmp_path: Path) -> None:
    for body, words in ((f"---\n{BOMB}---\nText.\n", "expands"),
                        ("---\ntitle: x\n\tbad: y\n---\nText.\n", "tab")):
        path = tmp_path / "f.md"
        path.write_text(body)
        doc, problems = load_document(str(path))
        assert doc is not None and doc.paragraphs
        assert any(words in p.message and p.line for p in problems), problems


def test_flat_quoted_sidecars_read_as_the_parser_reads_them():
    """The fast path for ``key: "text"`` lines gives exactly the parser's mapping, and leaves
    everything else (escapes, duplicates, odd keys, tabs, controls) to the parser."""
    from briefing.common import yamlsafe

    samples = [
        'title: "BAHIA COCOA REVIEW"\npublished: "1987-02-26"\nsource: "Reuters"\n',
        'title: "Talks: a # is not a comment here"\n\nurl: "https://x.org/a?b=c&d=e"\n',
        'title: "  spaces kept  "\nnote: ""\n',
        'title: "Çavuşoğlu meets Lavrov — “quotes” ‘too’"\n',
        'title: "a \\"quoted\\" word"\n',  # an escape: the parser's job
        'title: "one"\ntitle: "two"\n',  # duplicate: reported by the parser
        'true: "x"\n', 'null: "x"\n', 'title: "tab\there"\n', 'title: "nbsp\u00a0here"\n',
        'title: "x"\r\n', '\ufefftitle: "x"\n', 'title:  "x"\n', 'title: "x" # c\n',
        'title: \'single\'\n', 'title: plain\n', '- "a"\n', '', '\n\n',
    ]
    for text in samples:
        fast = yamlsafe._flat_quoted(text)
        try:
            slow = yamlsafe.load_yaml(text.encode("utf-8"))  # bytes: always the parser
        except yamlsafe.YamlProblem:
            slow = "problem"
        if fast is not None:
            assert fast == slow, text
        assert yamlsafe.load_yaml(text) == slow if slow != "problem" else True
    assert yamlsafe._flat_quoted(samples[0]) == {"title": "BAHIA COCOA REVIEW",
                                                 "published": "1987-02-26", "source": "Reuters"}
    for text in samples[4:]:
        assert yamlsafe._flat_quoted(text) is None, text


def test_iso_dates_read_as_before():
    from briefing.corpus.metadata import parse_date

    assert parse_date("1987-02-26") == "1987-02-26"
    assert parse_date(" 2024-10-07T09:00:00Z") == "2024-10-07"
    assert parse_date("2023-02-30") is None and parse_date("0000-01-01") is None
    assert parse_date("2023/02/03") == "2023-02-03" and parse_date("3 March 2021") == "2021-03-03"
    assert parse_date("١٩٨٧-٠٢-٢٦") is None  # other digits: strptime, as before


def test_an_unclosed_quote_or_bracket_names_the_line_it_starts_on() -> None:
    """PyYAML finds an unclosed quote where the file ends: "line 3: found unexpected end of
    stream" sent the user to the wrong line (user test, session 19)."""
    for text, opened in (('title: "Talks resume\nsource: Wire\n', 1),
                         ("a: 1\nnames: [Arland, Borvia\nb: 3\nc: 4\n", 2)):
        with pytest.raises(YamlProblem) as caught:
            load_yaml(text)
        assert f"starts at line {opened}" in caught.value.message, caught.value.message
    with pytest.raises(YamlProblem) as caught:  # a wrong indent: its own line says it all
        load_yaml("a:\n  b: 1\n c: 2\n")
    assert "starts at" not in caught.value.message and caught.value.line == 3


def test_a_control_character_is_reported_at_its_line() -> None:
    """Session 20: an ESC in a sidecar's comment said "unacceptable character #x001b" and no
    line, and "fix it before editing from the reader" left the user to search the file."""
    for data in ("title: t\n# from \x1b]0;x\x07 the desk\nb: 2\n",
                 "title: é\n# from \x1b]0;x\x07 the desk\n".encode()):
        with pytest.raises(YamlProblem) as caught:
            load_yaml(data)
        assert caught.value.line == 2 and "control characters" in caught.value.message


def test_front_matter_problems_name_the_file_s_lines_in_the_message_too() -> None:
    """Session 20: "fm.md:3: front matter: ... a flow sequence that starts at line 1": the
    problem's line was the file's, the line in its message the front matter's."""
    from briefing.corpus.metadata import read_front_matter

    meta, _start = read_front_matter("---\ntitle: [unclosed\n---\n# FM\n\nText.\n", "fm.md",
                                     1 << 20)
    problem = meta.problems[0]
    assert problem.line == 3 and "starts at line 2;" in problem.message, problem
