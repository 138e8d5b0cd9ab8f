"""Messages and caches: warnings survive the cache, text fields stay as written, caches are keyed
by what they depend on, and a file changed on disk then curated shows its new text."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from conftest import main_screen, settle

from briefing import paths
from briefing.cli import main
from briefing.common.yamlsafe import load_yaml
from briefing.corpus import load_document
from briefing.ui.app import BriefingApp
from briefing.ui.prefs import load_preferences

ARTICLE = "Talks resume\n\nRussia and Ukraine met in Geneva on Monday to negotiate.\n"


def _old(*files: Path) -> None:
    """An mtime well in the past, so the analysis cache records the files (no racy window)."""
    past = time.time() - 3600
    for f in files:
        os.utime(f, (past, past))


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.yaml").write_text("title: 1.10\nsource: 0x1F\nbogus: 1\n"
                                   "published: 2020-13-45\n", encoding="utf-8")
    (folder / "b.md").write_text("---\ntitle: 1e3\nwhatever: 2\n---\n" + ARTICLE,
                                 encoding="utf-8")
    _old(*folder.iterdir())
    return folder


def test_warnings_survive_the_analysis_cache(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus(tmp_path)
    errs = []
    for _run in range(3):  # cold, warm by stat, and warm again
        assert main(["extract", str(folder)]) == 0
        errs.append(capsys.readouterr().err)
    for err in errs:
        assert "a.yaml:3: unknown key 'bogus'" in err
        assert "a.yaml:4: published" in err
        assert "b.md:3: unknown key 'whatever'" in err
    # The same bytes at another path (a content hit) report under the new path.
    copy = tmp_path / "copy"
    folder.rename(copy)
    assert main(["extract", str(copy)]) == 0
    err = capsys.readouterr().err
    assert f"{copy / 'a.yaml'}:3: unknown key 'bogus'" in err


async def test_warnings_survive_a_warm_reader_start(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    seen = []
    for _start in range(2):
        app = BriefingApp([str(folder)])
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await main_screen(pilot)
            seen.append(sorted(str(p) for p in screen.session.problems))
            await pilot.press("q")
    assert seen[0] == seen[1] and any("bogus" in p for p in seen[1])


@pytest.mark.parametrize(("written", "kept"), [
    ("1.10", "1.10"), ("0x1F", "0x1F"), ("1e3", "1e3"), ("007", "007"), ("true", "true"),
    ("10_000", "10_000"), ("-0.50", "-0.50"), ('"quoted 1.10"', "quoted 1.10"),
])
def test_text_fields_keep_scalars_as_written(tmp_path: Path, written: str, kept: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(f"title: {written}\nsource: {written}\n",
                                     encoding="utf-8")
    doc, _problems = load_document(str(tmp_path / "a.txt"))
    assert doc is not None and (doc.title, doc.source) == (kept, kept)
    (tmp_path / "b.md").write_text(f"---\ntitle: {written}\n---\n{ARTICLE}", encoding="utf-8")
    doc, _problems = load_document(str(tmp_path / "b.md"))
    assert doc is not None and doc.title == kept


def test_other_values_are_still_numbers() -> None:
    assert load_yaml("limits: {max_yaml_depth: 10}\ntitle: 1.10\n",
                     text_keys=frozenset({"title"})) == {"limits": {"max_yaml_depth": 10},
                                                         "title": "1.10"}
    assert load_yaml("title: 1.10\n") == {"title": 1.1}


def test_startup_cache_is_keyed_by_the_config_directory(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_HOME")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "shared-cache"))
    chosen = {}
    # "one" -> o and "wo" -> w: keys no other binding has (a clashing one would be refused).
    for name, theme in (("one", "briefing-light"), ("wo", "briefing-dark")):
        home = tmp_path / name
        (home / "briefing").mkdir(parents=True)
        (home / "briefing" / "config.yaml").write_text(f"theme: {theme}\nkeys: {{top: {name[0]}}}\n",
                                                       encoding="utf-8")
        monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
        assert paths.config_dir() == home / "briefing"
        first = load_preferences()
        again = load_preferences()
        assert again.from_cache
        chosen[name] = (first.theme, again.theme, again.keymap)
    assert chosen == {"one": ("briefing-light", "briefing-light", {"top": "o"}),
                      "wo": ("briefing-dark", "briefing-dark", {"top": "w"})}


async def test_a_file_changed_on_disk_then_curated_shows_its_new_text(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    article = folder / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        before = "\n".join(screen.reader.visible_text())
        assert "Geneva" in before
        new = ("Talks collapse\n\nRussia and Ukraine ended the talks in Istanbul on Friday. "
               + "Negotiators went home without a deal. " * 20
               + "\n\nAftermath\n\nNo date was set for another round.\n")
        article.write_text(new, encoding="utf-8")
        screen.session.curate(str(article), None, "drop", {"actor_id": "ukraine"})
        await settle(pilot, rounds=8)
        shown = "\n".join(screen.reader.visible_text())
        assert "Istanbul" in shown and "Geneva" not in shown
        words = len(new.split())
        assert f"{words:,} words" in shown.replace("\xa0", " ")  # the header, recounted
        assert screen.briefing.document.text.startswith("Talks collapse")


async def test_search_index_is_keyed_by_the_limits_it_was_built_under(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    long = folder / "long.txt"
    long.write_text("Long talks\n\n" + "Russia and Ukraine met in Geneva on Monday. " * 400,
                    encoding="utf-8")
    _old(long)
    # The reader under settings that leave long documents unanalysed (no actors)...
    app = BriefingApp([str(folder)], limits={"max_analysed_chars": 10_000})
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot, rounds=8)
        assert screen.session.briefings[0].actors == ()
        assert screen.session.search_index is not None
        await pilot.press("q")
    # ...and `briefing search` with the defaults: the long document has its actors.
    assert main(["search", "@russia", str(folder), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and hits[0]["path"] == str(long)


def test_curation_text_keeps_scalars_as_written(tmp_path: Path) -> None:
    from briefing.analysis.runner import safe_analyse

    (tmp_path / "a.txt").write_text("Talks resume\n\nRussia and the 1.10 Group met in Geneva "
                                    "on Monday.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        "actors:\n  add:\n    - {id: 110, name: 1.10 Group, aliases: [1.10]}\n"
        "  rename: {russia: 1.10}\n", encoding="utf-8")
    doc, problems = load_document(str(tmp_path / "a.txt"))
    assert doc is not None
    briefing, more = safe_analyse(doc)
    names = {a.id: a.name for a in briefing.actors}
    assert names.get("russia") == "1.10" and names.get("110") == "1.10 Group"
    assert not [p for p in problems + more if "a.yaml" in p.path]


def test_warnings_survive_the_cache_through_worker_processes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Enough files that a cold start hands them to worker processes (where the machine has
    more than one core): each file's sidecar warning is reported cold and warm alike."""
    from briefing.analysis.runner import POOL_AFTER

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(POOL_AFTER + 14):
        (folder / f"f{n}.txt").write_text(f"Talks {n}\n\n{ARTICLE}", encoding="utf-8")
        (folder / f"f{n}.yaml").write_text(f"bogus{n}: 1\n", encoding="utf-8")
    _old(*folder.iterdir())
    for _run in range(2):
        assert main(["extract", str(folder)]) == 0
        err = capsys.readouterr().err
        assert err.count("unknown key 'bogus") == POOL_AFTER + 14
