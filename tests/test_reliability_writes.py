"""Writes to files the user owns: settings, sidecars, backups, reader state (issue 12).

Each test names the kind of loss it holds back.  The faults are made by patching the os-level
call the write goes through (always possible), so these run everywhere; the same faults on
real full and read-only file systems are in ``test_reliability_faults.py``.
"""

from __future__ import annotations

import codecs
import errno
import os
from pathlib import Path

import pytest

from briefing import paths
from briefing.common.storage import TMP_PREFIX, atomic_write, clean_stale_temporaries
from briefing.common.yamlsafe import load_yaml
from briefing.corpus import load_document
from briefing.userdata.settings import load_settings, save_theme
from briefing.userdata.sidecar import CurationError, curate
from briefing.userdata.state import ReaderState


def backups_of(path: Path) -> list[Path]:
    from briefing.userdata.backups import backups_of as of  # (new in the fix: imported per test)

    return of(path)


def pool_for(path: Path) -> Path:
    from briefing.userdata.backups import pool_for as pool

    return pool(path)


def _temporaries(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.startswith(TMP_PREFIX)]


# ------------------------------------------------------------------------------ settings
SETTINGS_LAYOUTS = {
    "no final newline": "# mine\nkeys:\n  search: s\nlayout: {sidebar: false}",
    "document end marker": "keys:\n  search: s\nlayout:\n  sidebar: false\n...\n",
    "multi-line quoted value": 'default_corpus: "/data/a\n  b"\nlayout:\n  sidebar: false\n',
    "block scalar last": "layout:\n  sidebar: false\ndefault_corpus: >\n  /data/x\n",
    "theme as a block scalar": "theme: >\n  briefing-dark\nlayout:\n  sidebar: false\n",
    "theme as a multi-line string": 'theme: "briefing\n  -dark"\nlayout:\n  sidebar: false\n',
    "directive and markers": "%YAML 1.1\n---\nlayout:\n  sidebar: false\n...\n",
    "flow mapping at the top": "{layout: {sidebar: false}}\n",
    "only comments": "# nothing set yet\n",
}


@pytest.mark.parametrize("layout", list(SETTINGS_LAYOUTS), ids=list(SETTINGS_LAYOUTS))
def test_theme_save_keeps_every_setting_whatever_the_layout(tmp_path: Path, layout: str) -> None:
    """Theme save appended a line: after ``...``, inside a multi-line value or after a line
    without its newline the file became invalid and every setting was dropped at next start."""
    path = tmp_path / "config.yaml"
    text = SETTINGS_LAYOUTS[layout]
    path.write_text(text)
    before = load_yaml(text) or {}
    assert save_theme("briefing-paper", path) is None
    after = path.read_text()
    assert load_yaml(after) == {**before, "theme": "briefing-paper"}
    settings, problems = load_settings(path)
    assert problems == [] and settings.theme == "briefing-paper"
    for line in text.splitlines():  # every comment and line the user wrote is still there
        if line.startswith("#") or line in ("...", "---", "%YAML 1.1"):
            assert line in after.splitlines()


def test_theme_save_writes_through_a_symlinked_config(tmp_path: Path) -> None:
    """A dotfile manager's symlink was replaced by a plain file."""
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "briefing.yaml"
    real.write_text("# managed\nlayout:\n  sidebar: false\n")
    link = tmp_path / "config" / "config.yaml"
    link.parent.mkdir()
    link.symlink_to(real)
    assert save_theme("briefing-light", link) is None
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_yaml(real.read_text())["theme"] == "briefing-light"
    assert real.read_text().startswith("# managed\n")
    assert _temporaries(link.parent) == [] and _temporaries(dotfiles) == []


def test_a_settings_file_with_an_error_is_never_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    broken = "layout:\n  sidebar: [false\n"
    path.write_text(broken)
    problem = save_theme("briefing-light", path)
    assert problem is not None and problem.path == str(path) and "not saved" in problem.message
    assert path.read_text() == broken


def test_a_theme_that_cannot_be_written_is_reported_naming_config_yaml(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("layout:\n  sidebar: false\n")
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    problem = save_theme("briefing-light", path)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert problem is not None and "No space left on device" in problem.message
    assert str(path) in str(problem) and TMP_PREFIX not in str(problem)
    assert path.read_text() == "layout:\n  sidebar: false\n"
    assert _temporaries(tmp_path) == []


# ------------------------------------------------------------------------------ the one write
def test_atomic_write_failure_names_the_users_file_and_leaves_no_temporary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors quoted the temporary (``.briefing-tmp-deal.yaml.q0m200fl``)."""
    target = tmp_path / "deal.yaml"
    target.write_text("old\n")
    real_replace = os.replace

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", src)

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError) as caught:
        atomic_write(target, b"new\n")
    monkeypatch.setattr(os, "replace", real_replace)
    assert str(caught.value) == f"cannot save deal.yaml in {tmp_path}: Permission denied"
    assert target.read_text() == "old\n" and _temporaries(tmp_path) == []


def test_temporaries_of_a_dead_writer_are_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    import subprocess
    import sys

    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    dead = int(child.stdout)
    (tmp_path / f"{TMP_PREFIX}deal.yaml.{dead}.q0m200fl").write_text("half")
    (tmp_path / f"{TMP_PREFIX}deal.yaml.{os.getppid()}.abcdefgh").write_text("being written")
    assert clean_stale_temporaries(tmp_path) == 1
    assert _temporaries(tmp_path) == [f"{TMP_PREFIX}deal.yaml.{os.getppid()}.abcdefgh"]


# ------------------------------------------------------------------------------ curation
BLOCK_SIDECAR = """\
# my reading of this article
actors:
  add:
    # the Kurds were missed by the extractor
    - id: kurdish_groups   # my id
      name: Kurdish groups
      kind: armed_group    # checked twice
      aliases:
        - Kurdish groups   # as written
  rename:
    "syrian_opposition": "Syrian opposition"   # a quoted key
  drop:
    - china   # only a place here
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "deal.txt").write_text("Kurdish forces and the Syrian opposition met.\n")
    (folder / "deal.yaml").write_text(BLOCK_SIDECAR)
    return folder


def _comments(text: str) -> list[str]:
    return [line[line.index("#"):] for line in text.splitlines() if "#" in line]


def test_adding_an_existing_id_keeps_the_block_and_its_comments(corpus: Path) -> None:
    curate(str(corpus / "deal.txt"), "add", name="Kurdish forces", actor_id="kurdish_groups",
           kind="armed_group")
    text = (corpus / "deal.yaml").read_text()
    assert _comments(text) == _comments(BLOCK_SIDECAR)
    assert "{" not in text and "[" not in text  # still block style
    entry = load_yaml(text)["actors"]["add"][0]
    assert entry["name"] == "Kurdish forces"
    assert entry["aliases"] == ["Kurdish groups", "Kurdish forces"]


def test_renaming_under_a_quoted_key_keeps_quotes_and_comments(corpus: Path) -> None:
    curate(str(corpus / "deal.txt"), "rename", actor_id="syrian_opposition",
           name="Syrian opposition (moderate)")
    text = (corpus / "deal.yaml").read_text()
    assert _comments(text) == _comments(BLOCK_SIDECAR)
    assert '    "syrian_opposition": "Syrian opposition (moderate)"   # a quoted key' in \
        text.splitlines()
    curate(str(corpus / "deal.txt"), "drop", actor_id="iran")
    text = (corpus / "deal.yaml").read_text()
    assert "    - china   # only a place here" in text.splitlines()
    assert load_yaml(text)["actors"]["drop"] == ["china", "iran"]


def test_backups_are_unique_ordered_and_the_original_survives(corpus: Path) -> None:
    """Backups were named to the second: a second edit overwrote the original's backup."""
    doc = str(corpus / "deal.txt")
    for name in ("A", "B", "C"):
        curate(doc, "rename", actor_id="usa", name=name)
    backups = backups_of(corpus / "deal.yaml")
    assert len(backups) == 3
    assert backups[0].read_text() == BLOCK_SIDECAR
    assert [load_yaml(b.read_text())["actors"]["rename"].get("usa") for b in backups] == \
        [None, "A", "B"]


def test_pruning_a_glob_named_sidecar_spares_other_documents(corpus: Path) -> None:
    """Curating ``*.txt`` deleted other documents' backups (an unescaped glob)."""
    curate(str(corpus / "deal.txt"), "drop", actor_id="iran")
    mine = backups_of(corpus / "deal.yaml")
    star = corpus / "*.txt"
    star.write_text("Text.\n")
    (corpus / "*.yaml").write_text("title: stars\n")
    for i in range(22):
        curate(str(star), "rename", actor_id="usa", name=f"US {i}")
    assert backups_of(corpus / "deal.yaml") == mine and mine[0].exists()
    assert len(backups_of(corpus / "*.yaml")) == 20


def test_same_named_sidecars_in_two_folders_have_their_own_backups(tmp_path: Path) -> None:
    folders = [tmp_path / "x", tmp_path / "y"]
    for folder in folders:
        folder.mkdir()
        (folder / "deal.txt").write_text("Text.\n")
        (folder / "deal.yaml").write_text(f"title: {folder.name}\n")
    curate(str(folders[0] / "deal.txt"), "drop", actor_id="iran")
    for i in range(21):
        curate(str(folders[1] / "deal.txt"), "rename", actor_id="usa", name=f"US {i}")
    kept = backups_of(folders[0] / "deal.yaml")
    assert len(kept) == 1 and kept[0].read_text() == "title: x\n"
    assert pool_for(folders[0] / "deal.yaml") != pool_for(folders[1] / "deal.yaml")
    assert (pool_for(folders[0] / "deal.yaml") / "FOLDER").read_text().strip() == \
        os.path.realpath(folders[0])


def test_front_matter_actors_are_not_silently_overridden(tmp_path: Path) -> None:
    doc = tmp_path / "deal.md"
    doc.write_text("---\ntitle: Deal\nactors:\n  drop: [china]\n---\n# Deal\n\nText.\n")
    with pytest.raises(CurationError, match="front matter"):
        curate(str(doc), "drop", actor_id="iran")
    assert not (tmp_path / "deal.yaml").exists()
    plain = tmp_path / "plain.md"
    plain.write_text("---\ntitle: Plain\n---\n# Plain\n\nText.\n")
    curate(str(plain), "drop", actor_id="iran")  # no actors there: a sidecar is right
    assert load_yaml((tmp_path / "plain.yaml").read_text()) == {"actors": {"drop": ["iran"]}}


def test_a_deleted_article_is_not_curated(corpus: Path) -> None:
    (corpus / "gone.txt").write_text("x\n")
    (corpus / "gone.txt").unlink()
    with pytest.raises(CurationError, match="gone.txt is no longer there"):
        curate(str(corpus / "gone.txt"), "drop", actor_id="iran")
    assert not (corpus / "gone.yaml").exists()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_a_sidecar_is_edited_in_the_encoding_the_reader_loads(corpus: Path,
                                                              encoding: str) -> None:
    """A UTF-16 or Windows-1252 sidecar was decoded as UTF-8 for editing (refused or mangled)."""
    side = corpus / "deal.yaml"
    side.write_bytes("# café notes\ntitle: Négociations à Genève\n".encode(encoding))
    before = load_document(str(corpus / "deal.txt"))[0]
    assert before is not None and before.title == "Négociations à Genève"
    curate(str(corpus / "deal.txt"), "rename", actor_id="usa", name="États-Unis")
    raw = side.read_bytes()
    if encoding == "utf-16":
        assert raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    text = raw.decode(encoding)
    assert text.startswith("# café notes\ntitle: Négociations à Genève\n")
    after = load_document(str(corpus / "deal.txt"))[0]
    assert after is not None and after.title == "Négociations à Genève"
    assert after.curation["actors"] == {"rename": {"usa": "États-Unis"}}


def test_a_name_the_sidecars_encoding_cannot_hold_is_refused(corpus: Path) -> None:
    side = corpus / "deal.yaml"
    side.write_bytes("title: Genève\n".encode("cp1252"))
    with pytest.raises(CurationError, match="cp1252"):
        curate(str(corpus / "deal.txt"), "rename", actor_id="usa", name="Ĉina")
    assert side.read_bytes() == "title: Genève\n".encode("cp1252")


def test_a_backup_that_cannot_be_written_stops_the_edit_and_leaves_nothing(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full data dir left a truncated backup that looked valid (shutil.copy2)."""
    side = corpus / "deal.yaml"
    real_fsync = os.fsync
    pool = pool_for(side)

    def full(fd: int) -> None:
        if str(pool) in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(CurationError) as caught:
        curate(str(corpus / "deal.txt"), "drop", actor_id="iran")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert "No space left on device" in str(caught.value)
    assert "deal.yaml was not changed: its backup could not be made" in str(caught.value)
    assert TMP_PREFIX not in str(caught.value)
    # qa26: the first backup of a folder failed on its marker file: "cannot save FOLDER in …"
    # named a file the user never heard of; the backups folder is what to free or fix.
    assert "FOLDER" not in str(caught.value) and str(pool) in str(caught.value)
    assert side.read_text() == BLOCK_SIDECAR
    assert backups_of(side) == [] and _temporaries(pool) == []


def test_a_sidecar_that_cannot_be_written_is_named_never_its_temporary(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace

    def refuse(src: str, dst: str) -> None:
        if str(dst).endswith("deal.yaml"):
            raise PermissionError(errno.EROFS, "Read-only file system", src)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(CurationError) as caught:
        curate(str(corpus / "deal.txt"), "drop", actor_id="iran")
    monkeypatch.setattr(os, "replace", real_replace)
    message = str(caught.value)
    assert f"cannot save deal.yaml in {corpus}: Read-only file system" in message
    assert TMP_PREFIX not in message and _temporaries(corpus) == []
    assert (corpus / "deal.yaml").read_text() == BLOCK_SIDECAR


def test_curating_the_bundled_seed_keeps_the_users_copy_in_the_data_dir() -> None:
    """Curation wrote into the installed package (a reinstall erased it)."""
    from briefing.corpus import bundled_seeds

    seeds = Path(bundled_seeds())
    doc = next(p for p in sorted(seeds.iterdir()) if p.suffix == ".txt")
    before = {p.name: p.read_bytes() for p in seeds.iterdir()}
    result = curate(str(doc), "drop", actor_id="china")
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before
    assert str(result.sidecar).startswith(str(paths.data_dir()))
    loaded = load_document(str(doc))[0]
    assert loaded is not None and loaded.curation["actors"] == {"drop": ["china"]}
    bundled = doc.with_suffix(".yaml")
    if bundled.exists():  # the seed's own metadata is carried into the user's copy
        assert load_yaml(bundled.read_text()).items() <= load_yaml(
            result.sidecar.read_text()).items()
        assert loaded.published is not None


# ------------------------------------------------------------------------------ state
def _saved_state(path: Path, note: str) -> ReaderState:
    state = ReaderState(path).load()
    state.add_bookmark("d" * 64, "deal.txt", 10, note)
    assert state.save() is None
    return state


def test_a_read_only_data_dir_still_shows_the_bookmarks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a read-only data dir the lock file could not be made, so nothing was shown."""
    path = tmp_path / "state.json"
    _saved_state(path, "kept")
    real_open = os.open

    def read_only(file: str, flags: int, mode: int = 0o777, **kw: object) -> int:
        if flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, "Read-only file system", file)
        return real_open(file, flags, mode, **kw)

    monkeypatch.setattr(os, "open", read_only)
    again = ReaderState(path).load()
    assert [b.note for b in again.bookmarks()] == ["kept"]
    again.add_bookmark("d" * 64, "deal.txt", 20, "new")
    problem = again.save()
    assert problem is not None and "Read-only file system" in problem.message
    assert problem.path == str(path)
    assert [m.note for m in again.unsaved_bookmarks()] == ["new"]
    assert "1 new bookmark" in again.unsaved_summary()


def test_state_that_cannot_be_read_is_never_written_over(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.json"
    state = _saved_state(path, "precious")
    before = path.read_bytes()
    import briefing.userdata.state as state_module
    from briefing.common.fileread import FileProblem

    real = state_module.read_bytes

    def unreadable(target: object, *args: object) -> bytes:  # the bounded reader state uses
        if Path(str(target)) == path:
            raise FileProblem("cannot read: Input/output error")
        return real(target, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(state_module, "read_bytes", unreadable)
    state.add_bookmark("d" * 64, "deal.txt", 20, "new")
    assert state.save() is not None
    monkeypatch.setattr(state_module, "read_bytes", real)
    assert path.read_bytes() == before


def test_the_seeds_curated_copy_is_seen_through_the_analysis_cache() -> None:
    from briefing.analysis.runner import analyse_corpus

    first = analyse_corpus(None).briefings[0]  # fills the cache
    actor = first.actors[0]
    curate(first.document.path, "rename", actor_id=actor.id, name="Renamed Party")
    again = analyse_corpus(None).briefings[0]  # warm: must notice the user's copy
    renamed = again.actor(actor.id)
    assert renamed is not None and renamed.name == "Renamed Party"


def test_a_crlf_sidecar_keeps_its_line_ends_and_permissions(corpus: Path) -> None:
    side = corpus / "deal.yaml"
    side.write_bytes(b"# notes\r\ntitle: Deal\r\nactors:\r\n  drop:\r\n    - china\r\n")
    side.chmod(0o600)
    curate(str(corpus / "deal.txt"), "drop", actor_id="iran")
    raw = side.read_bytes()
    assert raw == b"# notes\r\ntitle: Deal\r\nactors:\r\n  drop:\r\n    - china\r\n    - iran\r\n"
    assert side.stat().st_mode & 0o777 == 0o600


def test_an_edit_that_would_change_more_than_asked_is_refused_and_left_alone(
        corpus: Path) -> None:
    side = corpus / "deal.yaml"
    shared = "actors: &mine\n  drop: [china]\nsaved_copy: *mine\n"  # an alias shares the node
    side.write_text(shared)
    with pytest.raises(CurationError, match=r"deal\.yaml \(line 2\): not changed, .*by hand"):
        curate(str(corpus / "deal.txt"), "drop", actor_id="iran")
    assert side.read_text() == shared


def test_a_sidecar_made_read_only_is_not_replaced(corpus: Path) -> None:
    """A rename replaces even a file without write permission (and root ignores the bits)."""
    side = corpus / "deal.yaml"
    side.chmod(0o444)
    with pytest.raises(CurationError, match="read-only"):
        curate(str(corpus / "deal.txt"), "drop", actor_id="iran")
    assert side.read_text() == BLOCK_SIDECAR
    assert backups_of(side) == []


def test_a_file_where_a_folder_should_be_is_named(tmp_path: Path) -> None:
    """The data directory's ``briefing`` made a file (a stray ``touch``): the save failed with
    "File exists", which named nothing the user could fix."""
    from briefing.common.storage import WriteError, atomic_write

    (tmp_path / "briefing").write_text("not a folder\n")
    with pytest.raises(WriteError) as caught:
        atomic_write(tmp_path / "briefing" / "sub" / "state.json", b"{}")
    assert f"briefing in {tmp_path} is a file, not a folder" in str(caught.value)
    assert (tmp_path / "briefing").read_text() == "not a folder\n"
