"""Build briefing, compiling the extractor with mypyc when it can: optional, never required.

A regular install (``pip install .``, a wheel) compiles the modules ``compiled_modules()`` lists to C
extension modules with mypyc (``mypy`` is a build requirement in pyproject.toml): extraction runs
faster and gives byte-identical output (``benchmarks/compiled_identical.py`` checks it; figures
in ``benchmarks/NOTES_issue16.md``).  When that cannot be done -- no C compiler, no Python
headers, mypyc rejecting a module -- the build says so in one line and the same package installs
as pure Python.  An editable install (``pip install -e .``), or ``BRIEFING_PURE=1`` in the
environment, always stays pure: a compiled module beside its ``.py`` would hide every edit of
the source.  Everything else (packages, data, metadata) is declared in pyproject.toml.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# The packages mypyc compiles, every module in them but those in PURE.
PACKAGES = ["briefing/extract", "briefing/knowledge"]
# Kept in Python: the pipeline, so that its calls of each stage go through the stage's module
# (a test or a benchmark replacing a stage, e.g. benchmarks/extract.py --stages, is seen; a
# compiled caller calls a compiled function directly).  It does no work of its own.  And the
# knowledge base's compiler and cache (YAML in, marshal out: run once per change of the data,
# never per document); its lookups (``__init__``, ``tokens``) are compiled.  And the extraction
# package's ``__init__``, which only names the pipeline's two exports (a module ``__getattr__``).
PURE = {"briefing/extract/__init__.py", "briefing/extract/pipeline.py",
        "briefing/knowledge/compiler.py", "briefing/knowledge/store.py"}


def compiled_modules() -> list[str]:
    """The source files mypyc compiles, in a stable order."""
    return sorted(path.as_posix() for package in PACKAGES
                  for path in Path(package).rglob("*.py") if path.as_posix() not in PURE)
# A stand-in so that setuptools runs build_ext and tags the wheel for this platform; build_ext
# replaces it with mypyc's extensions, or with none.
_PLACEHOLDER = Extension("briefing._compiled", sources=[])


class OptionalMypyc(build_ext):
    """build_ext that compiles ``compiled_modules()`` with mypyc, or falls back to pure Python."""

    def run(self) -> None:
        self._remove_stale()
        reason = self._pure_reason()
        placeholder = self.distribution.ext_modules
        if reason is None:
            compiled = build_ext(self.distribution)
            try:
                from mypyc.build import mypycify

                self.distribution.ext_modules = mypycify(
                    compiled_modules(), opt_level="3", debug_level="0",
                    target_dir=os.path.join(self.build_temp, "mypyc"))
                # a command of its own, finalized with mypyc's extensions: setuptools prepares
                # each extension (file name, stub) when the command is finalized
                for option in ("build_lib", "build_temp", "compiler", "parallel", "force",
                               "debug", "plat_name"):
                    setattr(compiled, option, getattr(self, option))
                compiled.ensure_finalized()
                compiled.run()
            except (Exception, SystemExit) as err:  # mypyc exits on a type error
                self._remove_built(compiled)
                reason = f"{type(err).__name__}: {str(err).strip()[:300]}"
            else:
                # what install and the wheel ask of this command (get_outputs) is mypyc's
                self.extensions, self.ext_map = compiled.extensions, compiled.ext_map
                print(f"briefing: extractor compiled with mypyc ({len(self.extensions)} "
                      "extension modules)", file=sys.stderr)
                return
        # nothing to build; the distribution keeps its stand-in, so that the wheel's layout is
        # the same as a compiled one's (modules at its root, not under .data/purelib)
        self.extensions = []
        self.distribution.ext_modules = placeholder
        print(f"briefing: installing pure Python, extractor not compiled ({reason})",
              file=sys.stderr)

    def _pure_reason(self) -> str | None:
        if os.environ.get("BRIEFING_PURE", "") not in ("", "0"):
            return "BRIEFING_PURE is set"
        # setuptools builds an editable install's extensions in place, beside the sources
        if getattr(self, "editable_mode", False) or self.inplace:
            return "editable install"
        return None

    def _remove_stale(self) -> None:
        """Remove compiled modules an earlier build left in the build folder (pip builds in
        the source tree): a pure build must not ship them, nor a compiled one a module since
        removed, and either would shadow the newer source."""
        for path in Path(self.build_lib).rglob("*"):
            if path.suffix in (".so", ".pyd"):
                path.unlink()

    @staticmethod
    def _remove_built(compiled: build_ext) -> None:
        """Leave no half of a compiled build behind: a shim without its library fails import."""
        for ext in compiled.extensions or ():
            path = compiled.get_ext_fullpath(ext.name)
            if os.path.exists(path):
                os.remove(path)


if __name__ == "__main__":  # pip's build backend runs this file as __main__; tests import it
    setup(ext_modules=[_PLACEHOLDER], cmdclass={"build_ext": OptionalMypyc})
