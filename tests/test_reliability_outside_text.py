"""Outside text on every output other than the article view: keys, the start-up cache, the memo.

Key names from ``config.yaml`` reach the footer and help screen, so only real key names are
accepted, from any source; the start-up cache is validated like the files it caches; the memo
carries no control character and no live link from article or curated text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import main_screen

from briefing import paths
from briefing.cli import main
from briefing.common.textsafe import valid_key_name
from briefing.ui import prefs as prefs_module
from briefing.ui.app import BriefingApp, build_app
from briefing.ui.prefs import load_preferences
from briefing.userdata.settings import load_settings

OSC_TITLE = "\x1b]0;PWNED\x07"
BAD_KEYS = (OSC_TITLE, "\x1b]2;T\x1b\\", "[@click=app.quit]x[/]", "a b", "\u202ex", "\x9b1m", "",
            "x" * 100)


@pytest.mark.parametrize("key", BAD_KEYS)
def test_only_key_names_are_key_names(key: str) -> None:
    assert not valid_key_name(key)


@pytest.mark.parametrize("key", ["ctrl+n", "]", "j,k", "right_square_bracket", "f1", "ä",
                                 "shift+tab"])
def test_real_key_names_pass(key: str) -> None:
    assert valid_key_name(key)


def _config(text: str) -> Path:
    config = paths.config_dir()
    config.mkdir(parents=True, exist_ok=True)
    path = config / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_settings_refuse_an_escape_sequence_as_a_key() -> None:
    _config('keys:\n  next-section: "\\e]0;PWNED\\a"\n  top: "ctrl+t"\n'
            '  "\\e[31m": x\n')
    settings, problems = load_settings()
    assert settings.keys == {"top": "ctrl+t"}
    assert len([p for p in problems if "bad entry" in p.message]) == 2
    assert not any("\x1b" in str(p) for p in problems)


def test_settings_refuse_an_escape_sequence_as_a_theme_name() -> None:
    _config('theme: "\\e]0;PWNED\\a"\n')
    settings, problems = load_settings()
    assert settings.theme == "briefing-dark"
    assert any("theme" in p.message for p in problems)
    assert main(["config"]) == 0


def _footer_output(app: BriefingApp) -> str:
    update = app.screen._compositor.render_full_update()  # noqa: SLF001 - test-only peek
    return update.render_segments(app.console)


async def test_footer_never_shows_a_key_from_outside_raw(small_corpus: Path) -> None:
    # "z": a key no other binding has (x is the parties panel's drop: a clash is refused).
    app = BriefingApp([str(small_corpus)], keymap={"next-section": OSC_TITLE, "parties": "z",
                                                   "\x1b]0;Y\x07": "y"})
    assert app.keymap == {"parties": "z"}
    async with app.run_test(size=(120, 30)) as pilot:
        await main_screen(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        output = _footer_output(app)
        assert "\x1b]0;" not in output and "PWNED" not in output


def _tamper(change) -> None:
    cache = paths.cache_dir() / prefs_module.CACHE_NAME
    data = json.loads(cache.read_text(encoding="utf-8"))
    change(data)
    cache.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("change", [
    lambda d: d["keymap"].update({"next-section": OSC_TITLE}),
    lambda d: d["themes"][0].update({"primary": "red; \x1b]0;T\x07"}),
    lambda d: d["themes"][0].update({"foreground": d["themes"][0]["background"]}),
    lambda d: d["themes"].append({"name": "../../x"}),
    lambda d: d.update({"limits": {"max_document_bytes": "1"}}),
    lambda d: d.update({"default_corpus": [1, 2]}),
    lambda d: d.update({"theme": ["x"]}),
], ids=["key", "colour", "contrast", "name", "limits", "corpus", "theme"])
def test_a_tampered_startup_cache_is_not_used(change) -> None:
    first = load_preferences()
    assert load_preferences().from_cache
    _tamper(change)
    again = load_preferences()
    assert not again.from_cache  # the real files were read again
    assert (again.keymap, again.themes, again.theme) == (first.keymap, first.themes, first.theme)


@pytest.mark.parametrize("junk", ["[" * 100_000, "[1, 2]", '{"version": 3}', "null"],
                         ids=["deep", "list", "partial", "null"])
def test_a_junk_startup_cache_is_not_used(junk: str) -> None:
    first = load_preferences()
    (paths.cache_dir() / prefs_module.CACHE_NAME).write_text(junk, encoding="utf-8")
    again = load_preferences()
    assert not again.from_cache and again.themes == first.themes


def test_cached_problems_and_layout_are_cleaned() -> None:
    load_preferences()
    _tamper(lambda d: d.update({"problems": [["a\x1b]0;T\x07", "m\x1bc", "3"]],
                                "layout": {"panel": "\x1b", "sidebar": True,
                                           "sidebar_width": 10 ** 9}}))
    prefs = load_preferences()
    assert prefs.from_cache
    assert prefs.problems == [("a\u241b]0;T\u2407", "m\u241bc", None)]
    assert prefs.layout == {"sidebar": True}


async def test_build_app_with_a_hostile_config(small_corpus: Path) -> None:
    _config('keys:\n  next-section: "\\e]0;PWNED\\a"\n')
    for _start in range(2):  # from the files, then from the start-up cache
        app = build_app([str(small_corpus)])
        assert "next-section" not in app.keymap


# ------------------------------------------------------------------------------ the memo
def _memo(folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["export", str(folder)]) == 0
    return capsys.readouterr().out


def test_memo_has_no_control_characters_from_curated_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks resume\n\nRussia and Ukraine met in Geneva on Monday "
                                  "to negotiate a ceasefire.\n", encoding="utf-8")
    (folder / "a.yaml").write_text(
        'title: "T\\ec"\nsource: "S\\e]0;X\\a"\npublished: 2020-01-01\n'
        'actors:\n  add:\n    - {id: evil, name: "Evil\\ec\\x9b", kind: state, aliases: [Geneva]}\n'
        '  rename: {russia: "Rus\\e[2Jsia"}\n', encoding="utf-8")
    memo = _memo(folder, capsys)
    assert "Rus" in memo and "Evil" in memo
    for bad in ("\x1b", "\x9b", "\x07"):
        assert bad not in memo
    # The same names in JSON: cleaned where they enter the model, so even `jq -r` prints no
    # control sequence.
    assert main(["extract", str(folder)]) == 0
    out = capsys.readouterr().out
    names = [a["name"] for d in json.loads(out)["documents"] for a in d["actors"]]
    assert any(n.startswith("Rus") for n in names) and any(n.startswith("Evil") for n in names)
    assert not any(c in json.dumps(json.loads(out), ensure_ascii=False)
                   for c in ("\x1b", "\x9b", "\x07"))


URLS = ("https://evil.example/x", "http://a.b/c?d=e", "www.evil.example", "ftp://x.y/z",
        "mailto:a@b.example", "someone@evil.example", "xmpp:a@b.example")


def test_memo_never_makes_a_link_from_article_text(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    folder = tmp_path / "c"
    folder.mkdir()
    quote = " ".join(URLS)
    (folder / "a.txt").write_text(
        f"Talks at {URLS[0]} resume\n\nRussia and Ukraine met in Geneva on Monday. \"We will "
        f"see {quote} and [x](https://evil.example) <https://evil.example>,\" the Russian "
        f"foreign minister said on Monday.\n", encoding="utf-8")
    (folder / "a.yaml").write_text(json.dumps({"title": f"On {quote} [x](https://e.example)",
                                               "source": quote}), encoding="utf-8")
    memo = _memo(folder, capsys)
    html = markdown_it.MarkdownIt("gfm-like").render(memo)  # linkify: GFM's bare-URL links
    assert "<a " not in html, html
    for url in URLS:
        assert url in memo  # shown as text (code), not dropped


# ------------------------------------------------------------------------------ links out
def _linked_sidecar(tmp_path: Path) -> tuple[Path, Path, Path]:
    secret = tmp_path / "home" / "secret.yaml"
    secret.parent.mkdir()
    secret.write_text("title: SECRET TITLE\nsource: private notes\n", encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text("Talks resume\n\nRussia and Ukraine met in Geneva on Monday.\n",
                       encoding="utf-8")
    link = folder / "a.yaml"
    link.symlink_to(secret)
    return article, link, secret


def test_a_sidecar_linked_from_outside_is_not_metadata(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article, link, _secret = _linked_sidecar(tmp_path)
    for _run_twice in range(2):  # cold, then from the analysis cache
        assert main(["extract", str(article.parent)]) == 0
        out, err = capsys.readouterr()
        assert "SECRET" not in out and "private notes" not in out
        assert "a.yaml" in err and "outside the folder" in err
    # An article linked from outside is refused by the same rule.
    (article.parent / "b.txt").symlink_to(_secret)
    assert main(["extract", str(article.parent)]) == 0
    out, err = capsys.readouterr()
    assert "b.txt" in err and "outside the folder" in err


def test_curation_never_copies_an_outside_file_into_the_corpus(tmp_path: Path) -> None:
    from briefing.userdata.sidecar import CurationError, curate

    article, link, secret = _linked_sidecar(tmp_path)
    before = secret.read_bytes()
    for sidecar in (None, str(link)):
        with pytest.raises(CurationError, match="outside the folder"):
            curate(str(article), "drop", sidecar=sidecar, actor_id="russia")
    assert link.is_symlink() and secret.read_bytes() == before
    # A link inside the folder is still a sidecar.
    inside = article.parent / "meta.yaml"
    inside.write_text("title: Inside\n", encoding="utf-8")
    link.unlink()
    link.symlink_to(inside)
    curate(str(article), "drop", actor_id="russia")
    assert "drop" in link.read_text(encoding="utf-8")
