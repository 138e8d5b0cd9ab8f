"""Settings file and themes: defaults, warnings with lines, validation, contrast, persistence."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.userdata.settings import load_settings, save_theme
from briefing.userdata.themes import (
    REQUIRED_VARIABLES,
    ColourError,
    contrast,
    contrast_failures,
    load_themes,
    parse_colour,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    settings, problems = load_settings(tmp_path / "nope.yaml")
    assert problems == [] and settings.theme == "briefing-dark"


def test_bad_values_warn_with_line_and_keep_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: briefing-light\nfrobnicate: 3\nlayout:\n  sidebar: maybe\n"
                    "  sidebar_width: 50\nlimits:\n  max_document_bytes: -1\n"
                    "keys:\n  next-section: ')'\n")
    settings, problems = load_settings(path)
    assert settings.theme == "briefing-light"
    assert settings.layout.sidebar is True and settings.layout.sidebar_width == 50
    assert settings.keys == {"next-section": ")"}
    messages = {p.message.split(";")[0]: p.line for p in problems}
    assert messages["unknown setting 'frobnicate'"] == 2
    assert messages["layout.sidebar: bad value 'maybe'"] == 4
    assert any(m.startswith("limits.max_document_bytes") for m in messages)


def test_broken_yaml_gives_defaults_and_a_message(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: [unclosed\n")
    settings, problems = load_settings(path)
    assert settings.theme == "briefing-dark"
    assert problems and problems[0].path.endswith("config.yaml")


def test_save_theme_keeps_comments(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("# my settings\ntheme: briefing-dark  # old\nlayout:\n  sidebar: false\n")
    assert save_theme("briefing-paper", path) is None
    text = path.read_text()
    assert text.startswith("# my settings\ntheme: briefing-paper  # old\nlayout:")  # its comment too
    assert load_settings(path)[0].theme == "briefing-paper"
    fresh = tmp_path / "new" / "config.yaml"
    assert save_theme("briefing-light", fresh) is None
    assert load_settings(fresh)[0].theme == "briefing-light"


def test_at_least_four_builtin_themes_all_pass_contrast() -> None:
    specs, problems = load_themes()
    assert problems == []
    builtin = [s for s in specs if s.builtin]
    assert len(builtin) >= 4
    names = {s.name for s in builtin}
    assert {"briefing-dark", "briefing-light", "briefing-high-contrast"} <= names
    assert any(not s.dark for s in builtin)
    for spec in builtin:
        assert contrast_failures(spec) == [], spec.name
        assert contrast(parse_colour(spec.colours["foreground"]),
                        parse_colour(spec.colours["background"])) >= 4.5
        assert set(REQUIRED_VARIABLES) <= set(spec.variables)


def _user_theme(tmp_path: Path, name: str, body: str) -> None:
    folder = tmp_path / "config" / "themes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(body)


def test_user_theme_with_bad_colour_is_reported_and_skipped(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    good = (Path(__file__).resolve().parents[1] / "themes" / "briefing-dark.yaml").read_text()
    _user_theme(tmp_path, "mine.yaml", good.replace("name: briefing-dark", "name: mine"))
    _user_theme(tmp_path, "broken.yaml",
                good.replace("name: briefing-dark", "name: broken")
                    .replace('primary: "#5fa8ff"', 'primary: "not-a-colour"'))
    _user_theme(tmp_path, "dim.yaml",
                good.replace("name: briefing-dark", "name: dim")
                    .replace('foreground: "#e6e9ef"', 'foreground: "#30343c"'))
    specs, problems = load_themes()
    names = {s.name for s in specs}
    assert "mine" in names and "broken" not in names and "dim" not in names
    by_file = {Path(p.path).name: p.message for p in problems}
    assert "primary" in by_file["broken.yaml"]
    assert "contrast" in by_file["dim.yaml"]
    # The line of the bad key (session 19: "mine.yaml: primary: not a colour" said no line).
    line = next(p.line for p in problems if Path(p.path).name == "broken.yaml")
    assert line == good.splitlines().index('primary: "#5fa8ff"') + 1


def test_a_bad_theme_variable_names_its_line(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    good = (Path(__file__).resolve().parents[1] / "themes" / "briefing-dark.yaml").read_text()
    wrong = good.replace("name: briefing-dark", "name: mine").replace(
        'briefing-mention: "#3c4f7a"', "briefing-mention: sky")
    _user_theme(tmp_path, "mine.yaml", wrong)
    _specs, problems = load_themes()
    said = next(p for p in problems if Path(p.path).name == "mine.yaml")
    assert "variables.briefing-mention" in said.message
    assert said.line == wrong.splitlines().index("  briefing-mention: sky") + 1


def test_a_theme_written_by_hand_hears_everything_missing_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One message lists what is missing (not one key per attempt, 21 rounds for the
    variables), and points at a built-in theme to start from."""
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    _user_theme(tmp_path, "bare.yaml", 'name: bare\nprimary: "#0178d4"\n')
    _user_theme(tmp_path, "few.yaml", 'name: few\nprimary: "#0178d4"\nforeground: "#e0e0e0"\n'
                                      'background: "#1e1e1e"\n')
    _specs, problems = load_themes()
    by_file: dict[str, str] = {}
    for problem in problems:  # a file's problems, each said once (session 20)
        name = Path(problem.path).name
        by_file[name] = by_file.get(name, "") + problem.message
    assert "missing keys 'foreground', 'background'" in by_file["bare.yaml"]
    n = len(REQUIRED_VARIABLES)
    assert f"variables: missing {n} of {n}: 'briefing-mention'" in by_file["few.yaml"]
    assert f"and {n - 4} more" in by_file["few.yaml"]
    for problem in problems:
        assert "start from a copy of a built-in theme:" in problem.message
        assert problem.message.rstrip(")").endswith("briefing-dark.yaml")


@pytest.mark.parametrize("value", ["#fff", "#112233", "#11223344", "rgb(1, 2, 3)"])
def test_colours_parse(value: str) -> None:
    assert len(parse_colour(value)) == 3


@pytest.mark.parametrize("value", ["red", "#12", "rgb(300,0,0)", 5, None, "#ggg"])
def test_bad_colours_raise(value: object) -> None:
    with pytest.raises(ColourError):
        parse_colour(value)


def test_themes_command_lists_them(capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from briefing.cli import main

    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    assert main(["themes"]) == 0
    out = capsys.readouterr().out
    assert "briefing-dark" in out and "briefing-high-contrast" in out
    assert main(["config", "--path"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "config" / "config.yaml")


def test_bad_values_in_flow_mappings_and_quoted_keys_have_their_line(tmp_path: Path) -> None:
    """`layout: {panel: weird}` is as common as block style: its warning names the line too."""
    path = tmp_path / "config.yaml"
    path.write_text("theme: briefing-light\n"
                    "keys: {next-section: ')', quit: \"[b]q\"}\n"
                    "layout: {sidebar: true, panel: weird}\n"
                    "limits: {'max_yaml_depth': -1}\n")
    settings, problems = load_settings(path)
    assert settings.layout.panel == "contents" and settings.keys == {"next-section": ")"}
    lines = {p.message.split(";")[0]: p.line for p in problems}
    assert lines["keys: bad entry 'quit'"] == 2
    assert lines["layout.panel: bad value 'weird'"] == 3
    assert [line for message, line in lines.items()
            if message.startswith("limits.max_yaml_depth")] == [4]


def test_config_says_why_an_entry_is_refused(tmp_path: Path) -> None:
    """qa9: an unknown ``layout.side`` was a "bad value", and "keys: bad entry 'quit'" did not
    say what was wrong with it."""
    path = tmp_path / "config.yaml"
    path.write_text("keys:\n  quit: '[b]q'\n  Not An Id: x\nlayout:\n  side: left\n"
                    "  panel: weird\n", encoding="utf-8")
    _settings, problems = load_settings(path)
    by_line = {p.line: p.message for p in problems}
    assert "'[b]q' is not a key name" in by_line[2]
    assert "not a binding id" in by_line[3]
    assert by_line[5].startswith("unknown layout setting 'side' (known: sidebar, panel, ")
    assert "bad value" not in by_line[5]
    assert "expected contents or parties or tracker" in by_line[6]


def test_a_theme_with_several_problems_reports_every_one_with_its_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 20: only the first problem was said, so a file with three took three rounds."""
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    good = (Path(__file__).resolve().parents[1] / "themes" / "briefing-dark.yaml").read_text()
    wrong = (good.replace("name: briefing-dark", "name: mine")
             .replace('primary: "#5fa8ff"', 'primary: "blue-ish"')
             .replace('briefing-mention: "#3c4f7a"', "briefing-mention: sky")
             .replace("dark: true", "dark: maybe\nshade: dark"))
    _user_theme(tmp_path, "mine.yaml", wrong)
    specs, problems = load_themes()
    assert "mine" not in {s.name for s in specs}
    mine = [p for p in problems if Path(p.path).name == "mine.yaml"]
    lines = wrong.splitlines()
    said = {p.message.split(":", 1)[0].split(" (")[0]: p.line for p in mine}
    assert said == {
        "primary": lines.index('primary: "blue-ish"') + 1,
        "variables.briefing-mention": lines.index("  briefing-mention: sky") + 1,
        "unknown key 'shade'; theme skipped": lines.index("shade: dark") + 1,
        "dark": lines.index("dark: maybe") + 1,
    }, [str(p) for p in mine]
    assert all(p.message.endswith("theme skipped") for p in mine)


def test_every_contrast_failure_is_reported_with_the_line_of_its_colour(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    good = (Path(__file__).resolve().parents[1] / "themes" / "briefing-dark.yaml").read_text()
    wrong = (good.replace("name: briefing-dark", "name: dim")
             .replace('briefing-search: "', 'briefing-search: "#e6e9ef" # was "')
             .replace('briefing-heading: "', 'briefing-heading: "#101114" # was "'))
    _user_theme(tmp_path, "dim.yaml", wrong)
    _specs, problems = load_themes()
    dim = [p for p in problems if Path(p.path).name == "dim.yaml"]
    lines = wrong.splitlines()
    assert len(dim) >= 2, [str(p) for p in dim]
    assert all("too little contrast" in p.message for p in dim)
    for key in ("briefing-search", "briefing-heading"):
        problem = next(p for p in dim if key in p.message)
        assert problem.line is not None and lines[problem.line - 1].lstrip().startswith(key)


def test_one_mistyped_feed_costs_only_that_feed(tmp_path: Path) -> None:
    """qa26: one typo among the feeds (``htps://``) dropped every feed, with one line naming
    ``feeds:`` and not the entry: `briefing fetch` then fetched nothing."""
    path = tmp_path / "config.yaml"
    path.write_text("# my feeds\nfeeds:\n  - https://example.org/a.xml\n"
                    "  - htps://typo.example.org/b.xml\n  - 42\n"
                    "  - https://example.org/c.xml\n", encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings.feeds == ("https://example.org/a.xml", "https://example.org/c.xml")
    by_line = {p.line: p.message for p in problems}
    assert set(by_line) == {4, 5}
    assert "'htps://typo.example.org/b.xml'" in by_line[4] and "ignored" in by_line[4]
    assert "'42'" in by_line[5]


def test_flow_style_keymap_problems_name_their_line(tmp_path: Path) -> None:
    """`keys: {search: j}` (j is scroll-down's key): `briefing config` names the line, as it
    does for the same entry written in block style."""
    from briefing.ui.keycheck import check_settings

    path = tmp_path / "config.yaml"
    path.write_text("theme: briefing-dark\nkeys: {search: j, bogus-id: x}\n", encoding="utf-8")
    settings, _ = load_settings(path)
    problems = check_settings(settings, ["briefing-dark"])
    assert sorted((p.line, p.message.split(":")[1].strip()) for p in problems) == [
        (2, "bogus-id"), (2, "search")]


def test_one_bad_default_corpus_entry_costs_only_that_entry(tmp_path: Path) -> None:
    """qa27: one bad entry among the default_corpus paths (a number, an empty item, a
    mapping) dropped the whole list ('default_corpus: expected a list of paths; using the
    default', on the key's line), so plain `briefing` opened the bundled seeds instead of
    the user's folders.  Now the good paths are kept and each bad entry is named, with the
    settings file and its own line."""
    path = tmp_path / "config.yaml"
    path.write_text("# my folders\ndefault_corpus:\n  - ~/news\n  - 2024\n"
                    "  - {folder: /srv/x}\n  - ''\n  - /srv/archive\n", encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings.default_corpus == (str(Path("~/news").expanduser()), "/srv/archive")
    by_line = {p.line: p.message for p in problems}
    assert set(by_line) == {4, 5, 2}  # the empty entry: the key's line
    assert all(p.path == str(path) for p in problems)
    assert by_line[4] == ("default_corpus: 2024 is a number, not a path (quote a folder "
                          "named so); ignored")
    assert "{'folder': '/srv/x'}" in by_line[5] and by_line[5].endswith("is not a path; ignored")
    assert by_line[2] == "default_corpus: an empty entry is not a path; ignored"
