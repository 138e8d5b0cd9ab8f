"""The gold compiler (eval/tools/build_gold.py) grows evidence spans to whole sentences."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "eval" / "tools" / "build_gold.py"
_spec = importlib.util.spec_from_file_location("build_gold", _PATH)
assert _spec is not None and _spec.loader is not None
build_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_gold)

TEXT = "The talks resumed. Both sides met Mr. Smith again. No date was set."


def _grow(needle: str) -> str:
    start = TEXT.index(needle)
    s, e = build_gold.sentence(TEXT, start, start + len(needle))
    return TEXT[s:e]


def test_span_ending_on_full_stop_stays_in_its_sentence() -> None:
    assert _grow("The talks resumed.") == "The talks resumed."
    assert _grow("met Mr. Smith again.") == "Both sides met Mr. Smith again."


def test_span_inside_a_sentence_grows_to_it() -> None:
    assert _grow("sides met") == "Both sides met Mr. Smith again."
    assert _grow("date was") == "No date was set."


def test_clock_time_does_not_end_a_sentence() -> None:
    text = "The truce starts at 4:00 a.m. tomorrow in the south. Talks follow at 3 p.m. on Friday."
    start = text.index("truce starts")
    s, e = build_gold.sentence(text, start, start + 5)
    assert text[s:e] == "The truce starts at 4:00 a.m. tomorrow in the south."
    start = text.index("on Friday")
    s, e = build_gold.sentence(text, start, start + 2)
    assert text[s:e] == "Talks follow at 3 p.m. on Friday."
