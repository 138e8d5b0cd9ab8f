"""File names that are not UTF-8 (a Latin-1 ``caf\\xe9.txt`` from an old archive) in every command.

Inside briefing such a name is a ``str`` with a lone surrogate (PEP 383); every output must carry
it: JSON as the escape ``\\udcXX`` (valid UTF-8, ``os.fsencode`` gives the bytes back), the
screen, the memo and stderr as U+FFFD, state and caches round-trip it exactly.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import main_screen, settle

from briefing.cli import main
from briefing.ui.app import BriefingApp
from briefing.userdata.state import ReaderState

ARTICLE = (b"Talks in Geneva\n\nRussia and Ukraine met in Geneva on Monday to negotiate a "
           b"ceasefire, officials said.\n")
NAME = b"caf\xe9.txt"
SHOWN = "caf\ufffd.txt"


@pytest.fixture
def latin1_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "old"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/" + NAME, "wb") as fh:
        fh.write(ARTICLE)
    # A second one that cannot be read as text, so a problem names such a file on stderr.
    with open(os.fsencode(folder) + b"/bin\xe9.txt", "wb") as fh:
        fh.write(b"\x00" * 200)
    return folder


def _name() -> str:
    return os.fsdecode(NAME)


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[str, str]:
    assert main(argv) == 0
    out, err = capsys.readouterr()
    # What reaches the real stdout/stderr must be valid UTF-8 text.
    out.encode("utf-8")
    err.encode("utf-8")
    return out, err


@pytest.mark.parametrize("no_cache", [False, True])
def test_extract_json_and_yaml_carry_the_name(latin1_dir: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch,
                                              no_cache: bool) -> None:
    if no_cache:
        monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    for _run_twice in range(2):  # cold, then from the analysis cache
        out, err = _run(capsys, ["extract", str(latin1_dir)])
        assert "\\udce9" in out  # the documented escape, in the raw JSON text
        data = json.loads(out)
        paths = [d["path"] for d in data["documents"]]
        assert paths == [str(latin1_dir / _name())]
        assert os.fsencode(paths[0]).endswith(NAME)  # the bytes come back exactly
        assert "bin\ufffd.txt" in err and "\udce9" not in err
    out, _err = _run(capsys, ["extract", "--format", "yaml", str(latin1_dir)])
    import yaml

    assert yaml.safe_load(out)["documents"][0]["path"] == str(latin1_dir / _name())


@pytest.mark.parametrize("no_cache", [False, True])
def test_search_json_and_text_carry_the_name(latin1_dir: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch,
                                             no_cache: bool) -> None:
    if no_cache:
        monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    for _run_twice in range(2):  # builds the index, then loads the saved one
        out, _err = _run(capsys, ["search", "Geneva", str(latin1_dir), "--json"])
        hits = json.loads(out)["hits"]
        assert hits and hits[0]["path"] == str(latin1_dir / _name())
        out, _err = _run(capsys, ["search", "ceasefire", str(latin1_dir)])
        assert SHOWN in out



def test_search_vimgrep_names_the_file_by_its_bytes(latin1_dir: Path,
                                                   capsysbinary: pytest.CaptureFixture[bytes]
                                                   ) -> None:
    """``vim -q <(briefing search --vimgrep ...)`` must open the file: its name is written as
    the bytes it has on disk (as ripgrep does), not the U+FFFD shown on the screen."""
    assert main(["search", "ceasefire", str(latin1_dir), "--vimgrep"]) == 0
    out = capsysbinary.readouterr().out
    line = out.splitlines()[0]
    assert line.startswith(os.fsencode(latin1_dir) + b"/" + NAME + b":3:")
    path = line[: line.index(b":")]
    assert os.path.exists(path)


def test_search_vimgrep_never_prints_a_control_character(tmp_path: Path,
                                                         capsysbinary: pytest.CaptureFixture[bytes]
                                                         ) -> None:
    """A name holding ESC is shown in its display form: the terminal never gets the ESC."""
    folder = tmp_path / "esc"
    folder.mkdir()
    (folder / "a\x1b]0;T\x07.txt").write_bytes(ARTICLE)
    assert main(["search", "ceasefire", str(folder), "--vimgrep"]) == 0
    out = capsysbinary.readouterr().out
    assert b"\x1b" not in out and b"\x07" not in out and b"ceasefire" in out


@pytest.mark.parametrize("no_cache", [False, True])
def test_export_memo_to_stdout_and_file(latin1_dir: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch, no_cache: bool) -> None:
    if no_cache:
        monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    out, _err = _run(capsys, ["export", str(latin1_dir)])
    assert SHOWN in out and "\udce9" not in out
    memo = tmp_path / "memo.md"
    _run(capsys, ["export", str(latin1_dir), "-o", str(memo)])
    assert SHOWN in memo.read_bytes().decode("utf-8")


def test_themes_and_config_under_a_latin1_config_home(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    home = os.fsdecode(os.fsencode(tmp_path) + b"/h\xe9me")
    os.makedirs(home + "/config/themes")
    with open(home + "/config/config.yaml", "w", encoding="utf-8") as fh:
        fh.write("theme: nope nope\nbogus: 1\n")
    with open(home + "/config/themes/bad.yaml", "w", encoding="utf-8") as fh:
        fh.write("name: [\n")
    monkeypatch.setenv("BRIEFING_HOME", home)
    out, err = _run(capsys, ["config"])
    assert "h\ufffdme" in out and "bogus" in err and "h\ufffdme" in err
    out, err = _run(capsys, ["themes"])
    assert "bad.yaml" in err and "h\ufffdme" in err
    # For scripts, --path prints the bytes as they are: $(briefing config --path) works.
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "briefing", "config", "--path"],
                          capture_output=True, env={**os.environ, "BRIEFING_HOME": home},
                          timeout=60, check=True)
    assert done.stdout == os.fsencode(home) + b"/config/config.yaml\n"
    assert os.path.exists(os.fsdecode(done.stdout.strip()))


def test_reader_state_round_trips_the_name(tmp_path: Path) -> None:
    path = str(tmp_path / _name())
    state = ReaderState(tmp_path / "state.json").load()
    state.set_position("a" * 64, 42, path)
    state.add_bookmark("a" * 64, path, 7, note="n")
    state.note_opened([path])
    assert state.save() is None
    raw = (tmp_path / "state.json").read_bytes()
    raw.decode("utf-8")  # valid UTF-8 on disk
    again = ReaderState(tmp_path / "state.json").load()
    assert again.problems == []
    assert again.position("a" * 64) == 42
    assert again.bookmarks()[0].path == path
    assert again.recent() == [[path]]


async def test_reader_shows_the_name_and_saves_state(latin1_dir: Path) -> None:
    app = BriefingApp([str(latin1_dir)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        assert [b.document.path for b in screen.session.briefings] == [str(latin1_dir / _name())]
        await pilot.press("d")
        await pilot.pause()
        shown = "\n".join(s.text for s in app.screen._compositor.render_strips())  # noqa: SLF001
        assert SHOWN in shown and "\udce9" not in shown
        assert any("bin\ufffd.txt" in str(p) or "bin\udce9.txt" in str(p)
                   for p in screen.session.problems)
        await pilot.press("!")
        await pilot.pause()
        shown = "\n".join(s.text for s in app.screen._compositor.render_strips())  # noqa: SLF001
        assert "bin\ufffd.txt" in shown
        await pilot.press("escape", "space", "m", "enter")
        await pilot.pause()
        await pilot.press("apostrophe")  # the bookmark list names the file
        await pilot.pause()
        shown = "\n".join(s.text for s in app.screen._compositor.render_strips())  # noqa: SLF001
        assert SHOWN in shown and "\udce9" not in shown
        await pilot.press("escape", "slash")
        await pilot.press(*"ceasefire")
        await settle(pilot)
        shown = "\n".join(s.text for s in app.screen._compositor.render_strips())  # noqa: SLF001
        assert "ceasefire" in shown and "\udce9" not in shown  # the search screen
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code in (0, None)
    state = ReaderState().load()
    assert state.problems == []
    assert state.bookmarks()[0].path == str(latin1_dir / _name())
    assert state.recent() == [[str(latin1_dir)]]


def test_fetch_into_a_latin1_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    from _web_server import serve

    body = ("<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
            + "<p>Russia and Ukraine met in Geneva on Monday to negotiate a ceasefire, "
              "officials said after the meeting ended late.</p>" * 4
            + "</article></body></html>").encode()
    folder = os.fsdecode(os.fsencode(tmp_path) + b"/lib\xe9")
    with serve({"/talks": (200, {"Content-Type": "text/html; charset=utf-8"}, body)}) as (
            base, _seen):
        out, _err = _run(capsys, ["fetch", f"{base}/talks", "--into", folder])
    assert "lib\ufffd" in out and "\udce9" not in out
    assert os.listdir(folder)
    out, _err = _run(capsys, ["extract", folder])
    assert json.loads(out)["documents"][0]["path"].startswith(folder)


@pytest.mark.parametrize("command", [["extract"], ["search", "Geneva", "--json"], ["export"],
                                     ["extract", "--format", "yaml"], ["search", "Geneva"]])
def test_output_is_utf8_whatever_the_locale(latin1_dir: Path, command: list[str]) -> None:
    import subprocess
    import sys

    (latin1_dir / "tokyo.txt").write_text("Talks in Genève\n\nRussia and Ukraine met in Geneva, "
                                          "東京 said.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "BRIEFING_NO_CACHE": "1"}
    done = subprocess.run([sys.executable, "-m", "briefing", command[0], *command[1:],
                           str(latin1_dir)], capture_output=True, env=env, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-500:]
    text = done.stdout.decode("utf-8") if "search" not in command or "--json" in command \
        else done.stdout.decode("latin-1")  # plain text follows the locale (never a traceback)
    assert "Gen" in text and b"Traceback" not in done.stderr
    if "--json" in command or command == ["extract"]:
        json.loads(text)


def test_random_byte_names_in_every_output(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Thirty names of random bytes (control bytes, invalid UTF-8, escapes): every command
    carries them, JSON round-trips them exactly."""
    import random

    rng = random.Random(12)
    folder = tmp_path / "fuzz"
    folder.mkdir()
    written = set()
    for _n in range(30):
        raw = bytes(rng.choice([b for b in range(1, 256) if b != ord("/")])
                    for _i in range(rng.randint(1, 12)))
        if raw.startswith(b".") or raw in written:
            continue
        written.add(raw + b".txt")
        with open(os.fsencode(folder) + b"/" + raw + b".txt", "wb") as fh:
            fh.write(ARTICLE)
    out, err = _run(capsys, ["extract", str(folder)])
    got = {os.fsencode(d["path"]).rsplit(b"/", 1)[1] for d in json.loads(out)["documents"]}
    assert got == written
    for command in (["export", str(folder)], ["search", "Geneva", str(folder)],
                    ["search", "Geneva", str(folder), "--json"]):
        out, err = _run(capsys, command)
        assert not any(c in out + err for c in ("\x1b", "\x9b", "\x07", "\x00"))


async def test_reader_with_hostile_names_leaks_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "fuzz"
    folder.mkdir()
    for raw in (b"\x1b]0;PWNED\x07", b"caf\xe9 \x9b31m", b"\xff\xfe", b"a\nb\rc\x7f"):
        with open(os.fsencode(folder) + b"/" + raw + b".txt", "wb") as fh:
            fh.write(ARTICLE)
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await main_screen(pilot)
        assert len(screen.session.briefings) == 4
        for key in ("d", "!", "escape"):
            await pilot.press(key)
            await pilot.pause()
            update = app.screen._compositor.render_full_update()  # noqa: SLF001
            output = update.render_segments(app.console)
            for bad in ("\x1b]0;", "PWNED\x07", "\x9b", "\x7f", "\udce9", "\udcff"):
                assert bad not in output, (key, bad)
        await pilot.press("q")
