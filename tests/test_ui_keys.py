"""Keys and settings: one meaning per key, keymap and theme problems reported, the help and
footer generated from the bindings, the palette's themes limited to what briefing saves."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_screen
from textual.binding import Binding

from briefing import paths
from briefing.cli import main
from briefing.ui.app import BriefingApp, build_app
from briefing.ui.footer import fit_hints, fit_parts, hint_width
from briefing.ui.help import binding_sources, help_content
from briefing.ui.keys import KEYS, keymap_problems, normalise
from briefing.ui.main import MainScreen


async def _ready(pilot) -> MainScreen:
    return await main_screen(pilot)


def _keys(binding: Binding) -> set[str]:
    return {normalise(k) for k in binding.key.split(",")}


def test_no_key_means_two_things_by_focus() -> None:
    screen, *panels, table = binding_sources()
    assert len(panels) == 2  # parties and tracker (the document table is a screen of its own)
    assert {b.id for b in table} >= {"documents-sort", "documents-reverse"}
    screen_keys = {k: b for b in screen for k in _keys(b)}
    for panel in panels:
        for binding in panel:
            for key in _keys(binding):
                other = screen_keys.get(key)
                # escape backs out everywhere: the panel's back, then the screen's.
                assert other is None or other.action == binding.action == "back", \
                    (key, binding.action, other.action)


def test_keymap_problems_name_the_entry() -> None:
    problems = keymap_problems({"search": "j", "no-such-binding": "z", "next-section": "z",
                                "bookmarks": "f"})
    assert set(problems) == {"search", "no-such-binding", "bookmarks"}
    assert "scroll-down" in problems["search"]
    assert "unknown binding id" in problems["no-such-binding"]
    assert "parties-filter" in problems["bookmarks"]  # f in the parties panel
    assert keymap_problems({"next-section": "]", "search": "ctrl+k"}) == {}
    assert keymap_problems({"parties-quotes": "T"}) == {}  # panels do not see each other
    assert keymap_problems({"documents-sort": "j"}) == {}  # the table is a screen of its own
    assert "documents-sort" in keymap_problems({"documents-reverse": "ctrl+s"})[
        "documents-reverse"]
    assert normalise("]") == "right_square_bracket" and normalise("@") == "at"


def test_briefing_config_reports_keys_and_theme_with_lines(
        capsys: pytest.CaptureFixture[str]) -> None:
    config = paths.config_dir()
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.yaml").write_text(
        "# mine\ntheme: ansi-light\nkeys:\n  next-section: z\n  search: j\n  bogus: x\n",
        encoding="utf-8")
    assert main(["config"]) == 0
    err = capsys.readouterr().err
    assert "config.yaml:5: keys: search: 'j' is already the key of 'scroll-down'" in err
    assert "config.yaml:6: keys: bogus: unknown binding id" in err
    assert "config.yaml:2: theme: unknown theme 'ansi-light'" in err
    assert "next-section" not in err
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "theme: briefing-dark" in out and "search" not in out and "next-section: z" in out
    assert main(["themes"]) == 0
    assert "* briefing-dark" in capsys.readouterr().out  # what the reader uses is marked


async def test_a_clashing_key_keeps_the_default_and_is_reported_once(
        small_corpus: Path) -> None:
    config = paths.config_dir()
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.yaml").write_text("keys:\n  search: j\n", encoding="utf-8")
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(pilot)
        await pilot.press("j")
        assert app.screen is screen and screen.reader.scroll_y == 1  # j still scrolls
        assert [p.line for p in screen.session.problems if "search" in p.message] == [2]
        notes = [n.message for n in app._notifications]  # noqa: SLF001
        assert sum("scroll-down" in n for n in notes) == 1


async def test_T_in_the_tracker_never_changes_the_theme(small_corpus: Path) -> None:
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(pilot)
        theme = app.theme
        await pilot.press("t")
        await _ready(pilot)
        await pilot.press("T", "T")
        await _ready(pilot)
        assert app.theme == theme
        assert not (paths.config_dir() / "config.yaml").exists()


async def test_a_theme_picked_in_the_reader_is_marked_by_briefing_themes(
        small_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(pilot)
        picked = next(n for n in app.theme_cycle() if n != app.theme)
        app.theme = picked
        await _ready(pilot)
    assert main(["themes"]) == 0
    marked = [line.split()[1] for line in capsys.readouterr().out.splitlines()
              if line.startswith("*")]
    assert marked == [picked]


async def test_palette_themes_are_briefings_own(small_corpus: Path) -> None:
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(pilot)
        offered: list[str] = []
        app.search_commands = lambda commands, placeholder="": offered.extend(  # type: ignore
            c.name for c in commands)
        app.action_change_theme()
        assert offered and offered == app.theme_cycle()
        assert "ansi-light" not in offered and "textual-dark" not in offered


def test_help_lists_every_binding_of_every_panel() -> None:
    table = help_content({})
    keys_col, help_col = ([str(c) for c in col.cells] for col in table.columns)
    for source in binding_sources():
        for binding in source:
            if binding.id is None:
                continue  # the table's arrows: listed with the lists' own keys
            key = next(k for k in KEYS if k.id == binding.id)
            assert key.display in keys_col and key.help in help_col, binding.id
    for shown in ("f", "a", "T", "r", "M", "x", "+", "enter", "ctrl+o", "ctrl+f", "ctrl+t",
                  "ctrl+s", "ctrl+r"):
        assert shown in keys_col, shown
    assert '"a phrase"' in keys_col and "@name" in keys_col  # the search syntax
    assert max(len(k) for k in keys_col) <= 13  # the descriptions keep room at 40 columns
    assert keys_col.count("escape ? q") == 2  # how to close it, at the top and the end


def test_hints_are_kept_whole_by_priority() -> None:
    hints = [(5, 10), (0, 8), (1, 12), (2, 30)]
    assert fit_hints(hints, 40) == {0, 1, 2}
    assert fit_hints(hints, 8) == {1}
    assert fit_parts(["⏎ select", "f only", "a corpus", "r M x + edit"], 30) == \
        "⏎ select  f only  a corpus"
    assert hint_width("?", "Help") == 8


@pytest.mark.parametrize("width", [120, 80, 40])
async def test_footer_hints_fit_the_width(small_corpus: Path, width: int) -> None:
    from textual.widgets._footer import FooterKey  # noqa: PLC2701

    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(width, 24)) as pilot:
        await _ready(pilot)
        keys = list(app.screen.query(FooterKey))
        assert keys and sum(k.region.width for k in keys) <= width
        labels = [k.description for k in keys]
        assert "Quit" in labels and "Help" in labels
        if width >= 80:
            assert "Search" in labels and "Back" in labels


def test_a_mistyped_binding_id_gets_a_suggestion() -> None:
    problems = keymap_problems({"serach": "z", "zzzzzz": "y"})
    assert "did you mean 'search'?" in problems["serach"]
    assert "did you mean" not in problems["zzzzzz"]


def test_a_key_the_widgets_or_textual_own_is_refused() -> None:
    """``parties: up`` was accepted and never fired (the reader's own ``up`` scrolls first);
    ``tracker: ctrl+p`` left the tracker without a key (the palette's wins); ``help: ctrl+c``
    took Textual's copy.  Each is reported like a clash, the default key kept."""
    problems = keymap_problems({"parties": "up", "tracker": "ctrl+p", "help": "ctrl+c",
                                "search": "enter", "top": "home", "bottom": "end",
                                "next-document": "ctrl+q", "contents": "ctrl+k", "page-up": "up"})
    assert set(problems) == {"parties", "tracker", "help", "search", "top", "bottom",
                             "next-document", "page-up"}
    assert "command palette" in problems["tracker"]
    assert keymap_problems({"documents-sort": "ctrl+s", "page-down": "space,pagedown",
                            "quit": "ctrl+q"}) == {}  # Textual's quit is the same action
