"""Two threads importing two modules of the extraction package at once never deadlock.

The reader's analysis thread imports the pipeline while the UI thread may import a tracker
helper (``briefing.extract.thread_curation``).  When the package's ``__init__`` imported the
pipeline, the two threads could each hold one import lock and wait for the other (Python raises
``_DeadlockError`` in one: "extraction failed (_DeadlockError)" in the reader).  The child
process below forces that interleaving: the package's own code runs only after the other thread
has begun to import the pipeline.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RACE = r'''
import importlib.machinery, sys, threading, time

started = threading.Event()

class SlowPackage(importlib.machinery.PathFinder):
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname != "briefing.extract":
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        real = spec.loader.exec_module
        def exec_module(module):
            started.set()      # the package is in sys.modules, its code not yet run
            time.sleep(1.5)    # the other thread begins the pipeline meanwhile
            real(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, SlowPackage)
errors = []

def run(name):
    try:
        __import__(name)
    except BaseException as exc:
        errors.append(f"{name}: {exc.__class__.__name__}: {exc}")

helper = threading.Thread(target=run, args=("briefing.extract.thread_curation",))
helper.start()
started.wait(10)
analysis = threading.Thread(target=run, args=("briefing.extract.pipeline",))
analysis.start()
helper.join(60)
analysis.join(60)
print("ERRORS", errors)
from briefing.extract import EXTRACTOR_VERSION, analyse
from briefing.extract import pipeline
assert analyse is pipeline.analyse and EXTRACTOR_VERSION == pipeline.EXTRACTOR_VERSION
print("OK")
'''


def _child(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False)


def test_two_threads_importing_the_pipeline_and_a_helper_do_not_deadlock() -> None:
    done = _child(RACE)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ERRORS []" in done.stdout and "OK" in done.stdout, done.stdout + done.stderr[-2000:]


def test_the_package_imports_the_pipeline_only_when_asked() -> None:
    done = _child("import sys, briefing.extract\n"
                  "print('briefing.extract.pipeline' in sys.modules)\n"
                  "from briefing.extract import analyse\n"
                  "print('briefing.extract.pipeline' in sys.modules, callable(analyse))\n"
                  "try:\n    briefing.extract.nothing_here\n"
                  "except AttributeError as exc:\n    print('AttributeError', exc)\n")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "False", "True True",
        "AttributeError module 'briefing.extract' has no attribute 'nothing_here'"]
