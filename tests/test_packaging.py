"""Packaging: every package ships, the wheel carries seeds/ and themes/, the CLI starts lean."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_SHA256 = "23cb0e3384b1f0938390bb8cabfabcdcd33ea7d0c853aafc72cd73057afe8c72"


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_is_listed() -> None:
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "briefing").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    data_dirs = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "briefing").rglob("*.yaml")
    }
    missing = (found | data_dirs) - listed
    assert not missing, f"packages missing from pyproject [tool.setuptools] packages: {missing}"


def test_seed_bytes_are_unchanged() -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds}
    assert SEED_SHA256 in digests


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["extract", "--help"]])
def test_cli_starts_without_textual(argv: list[str]) -> None:
    code = (
        "import sys\n"
        "from briefing.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('TEXTUAL' if 'textual' in sys.modules else 'LEAN', file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True)
    assert out.stderr.strip().endswith("LEAN")


def test_version_flag_prints_version() -> None:
    out = subprocess.run([sys.executable, "-m", "briefing", "--version"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout.startswith("briefing ")


@pytest.mark.slow
def test_wheel_ships_seeds_themes_and_data(tmp_path: Path) -> None:
    # the package's contents, not the optional compiled build (minutes of C: test_build_optional)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=600, env=dict(os.environ, BRIEFING_PURE="1"))
    if result.returncode != 0:
        pytest.fail(result.stderr[-2000:])
    wheel = next(tmp_path.glob("briefing-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    seed_files = [n for n in names if n.startswith("briefing/seeds/") and n.endswith(".txt")]
    assert seed_files, names
    assert any(n.startswith("briefing/seeds/") and n.endswith(".yaml") for n in names)
    assert "briefing/schema.json" in names
    assert "briefing/py.typed" in names  # PEP 561: users' type checkers read our annotations
    with zipfile.ZipFile(wheel) as zf:
        digests = {hashlib.sha256(zf.read(n)).hexdigest() for n in seed_files}
    assert SEED_SHA256 in digests
    theme_dir = ROOT / "themes"
    for theme in theme_dir.glob("*.yaml"):
        assert f"briefing/themes/{theme.name}" in names
    for data in (ROOT / "briefing" / "knowledge" / "data").glob("*.yaml"):
        assert f"briefing/knowledge/data/{data.name}" in names
    # The unpacked wheel, run from another folder, opens its own bundled seeds and themes.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import sys, json, io, contextlib\n"
        f"sys.path.insert(0, {str(site)!r})\n"
        "import briefing\n"
        f"assert briefing.__file__.startswith({str(site)!r}), briefing.__file__\n"
        "from briefing.cli import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        "    main(['extract'])\n"
        "docs = json.loads(buf.getvalue())['documents']\n"
        "from briefing.userdata.themes import load_themes\n"
        "print(len(docs), docs[0]['sha256'], len(load_themes()[0]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    count, digest, themes = out.stdout.split()
    assert (count, digest) == ("1", SEED_SHA256)
    assert int(themes) >= 4
