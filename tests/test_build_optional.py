"""The optional compiled build (setup.py): pure when asked or editable, pure when mypyc fails.

The compiled build itself takes minutes of C compiling; benchmarks/compiled_identical.py checks
its output against the pure build's.  Here the fallback is checked on the build command alone.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from setuptools import Extension
from setuptools.dist import Distribution

ROOT = Path(__file__).resolve().parents[1]
mypyc_build = pytest.importorskip("mypyc.build")


def _setup_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("briefing_setup", ROOT / "setup.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # not __main__: defines the command, runs no setup()
    return module


def _run_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
               mypycify: Callable[..., Any], **options: Any) -> Any:
    """Run setup.py's build_ext in tmp_path with mypyc's entry point replaced."""
    monkeypatch.setattr(mypyc_build, "mypycify", mypycify)
    setup = _setup_module()
    dist = Distribution({"name": "briefing-test", "ext_modules": [setup._PLACEHOLDER]})
    command = setup.OptionalMypyc(dist)
    command.build_lib = str(tmp_path / "lib")
    command.build_temp = str(tmp_path / "temp")
    for name, value in options.items():
        setattr(command, name, value)
    command.ensure_finalized()
    command.run()
    return command


def _never(*_args: Any, **_kwargs: Any) -> list[Extension]:
    raise AssertionError("mypyc must not run")


def _built(tmp_path: Path) -> list[Path]:
    return [p for p in (tmp_path / "lib").rglob("*") if p.suffix in (".so", ".pyd")]


@pytest.mark.parametrize(("env", "options", "reason"), [
    ({"BRIEFING_PURE": "1"}, {}, "BRIEFING_PURE is set"),
    ({}, {"editable_mode": True}, "editable install"),
    ({}, {"inplace": True}, "editable install"),
])
def test_pure_when_asked_or_editable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str], env: dict[str, str],
                                     options: dict[str, Any], reason: str) -> None:
    monkeypatch.delenv("BRIEFING_PURE", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # what an earlier compiled build left in the build folder must not ship, nor shadow a .py
    stale = tmp_path / "lib" / "briefing" / "extract" / "gate.cpython-311-x86_64-linux-gnu.so"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"")
    command = _run_build(tmp_path, monkeypatch, _never, **options)
    assert command.extensions == []
    assert _built(tmp_path) == []
    err = capsys.readouterr().err
    assert f"installing pure Python, extractor not compiled ({reason})" in err


def test_pure_when_mypyc_rejects_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("BRIEFING_PURE", raising=False)

    def type_error(*_args: Any, **_kwargs: Any) -> list[Extension]:
        raise SystemExit(1)  # what mypycify does on a type error

    command = _run_build(tmp_path, monkeypatch, type_error)
    assert command.extensions == []
    assert "installing pure Python, extractor not compiled (SystemExit: 1)" in \
        capsys.readouterr().err


def test_pure_and_nothing_half_built_when_c_fails(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """One module compiles, the next does not (or there is no compiler): none is kept."""
    monkeypatch.delenv("BRIEFING_PURE", raising=False)
    good = tmp_path / "good.c"
    good.write_text('#include <Python.h>\nstatic struct PyModuleDef m = {PyModuleDef_HEAD_INIT,'
                    ' "good", NULL, -1, NULL};\nPyMODINIT_FUNC PyInit_good(void)'
                    ' { return PyModule_Create(&m); }\n', encoding="utf-8")
    bad = tmp_path / "bad.c"
    bad.write_text("#error this module does not compile\n", encoding="utf-8")

    def extensions(*_args: Any, **_kwargs: Any) -> list[Extension]:
        return [Extension("good", sources=[str(good)]), Extension("bad", sources=[str(bad)])]

    command = _run_build(tmp_path, monkeypatch, extensions)
    assert command.extensions == []
    assert _built(tmp_path) == []
    assert "installing pure Python, extractor not compiled (CompileError" in \
        capsys.readouterr().err


@pytest.mark.slow
def test_mypyc_accepts_every_compiled_module(tmp_path: Path) -> None:
    """mypyc's type check and C generation (not the C compiler) pass on what setup.py compiles.

    A module mypyc rejects would make every install silently pure (and slower): a subclass of a
    builtin type needs ``@mypyc_attr(native_class=False)``, a module-level name used across an
    import cycle needs its type written out.
    """
    code = (
        "import importlib.util\n"
        "spec = importlib.util.spec_from_file_location('briefing_setup', 'setup.py')\n"
        "setup = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(setup)\n"
        "from mypyc.build import mypycify\n"
        f"mypycify(setup.compiled_modules(), target_dir={str(tmp_path)!r})\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=900, check=False)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert done.returncode == 0 and not errors, (errors or done.stderr[-2000:])
