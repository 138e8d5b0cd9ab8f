"""The gold compiler (eval/tools/build_gold.py): hyphenated names, transcript labels, draft typos."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "eval" / "tools" / "build_gold.py"
_spec = importlib.util.spec_from_file_location("build_gold_draft", _PATH)
assert _spec is not None and _spec.loader is not None
build_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_gold)

TEXT = (
    "Talks on the Ruritania-Freedonia border resumed.\n\n"
    "MR. SMITH: The Freedonia side is ready. We expect a reply soon.\n\n"
    "Q Is Ruritania ready?\n"
)


def _compile(tmp_path: Path, **draft: object) -> tuple[dict, list[str]]:
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    _, gold, shown = build_gold.compile_draft({"file": str(doc), "published": None, **draft}, tmp_path)
    return gold, shown


def _mentions(gold: dict, aid: str) -> list[str]:
    actor = next(a for a in gold["actors"] if a["id"] == aid)
    return [TEXT[s:e] for s, e in actor["mentions"]]


def test_name_after_a_hyphen_is_listed_and_taken_on_request(tmp_path: Path) -> None:
    actor = {"id": "fr", "name": "Freedonia", "kind": "state", "tier": "party", "aliases": ["Freedonia"]}
    gold, shown = _compile(tmp_path, actors=[actor])
    assert len(_mentions(gold, "fr")) == 1  # only "The Freedonia side"
    assert any("not taken, after a hyphen" in line and "Ruritania-Freedonia" in line for line in shown)
    gold, shown = _compile(tmp_path, actors=[{**actor, "after_hyphen": True}])
    assert len(_mentions(gold, "fr")) == 2
    assert not any("not taken" in line for line in shown)


def test_evidence_sentence_starts_after_the_speaker_label(tmp_path: Path) -> None:
    neg = {"id": "n1", "primary": True, "label": "border talks", "status": "ongoing",
           "evidence": ["side is ready", "Ruritania ready"]}
    gold, _ = _compile(tmp_path, negotiations=[neg])
    got = [TEXT[s:e] for s, e in gold["negotiations"][0]["evidence"]]
    assert got == ["The Freedonia side is ready.", "Is Ruritania ready?"]


def test_unknown_key_from_an_unquoted_comma_is_an_error(tmp_path: Path) -> None:
    issue = {"key": "other", "label": "Border", "crossings and trade": None, "status": "open"}
    neg = {"id": "n1", "primary": True, "label": "border talks", "status": "ongoing", "issues": [issue]}
    with pytest.raises(build_gold.DraftError, match="unknown key"):
        _compile(tmp_path, negotiations=[neg])


def test_overlapping_mentions_of_two_actors_are_listed(tmp_path: Path) -> None:
    fr = {"id": "fr", "name": "Freedonia", "kind": "state", "tier": "party", "aliases": ["Freedonia"]}
    side = {"id": "fr_side", "name": "Freedonia side", "kind": "government", "tier": "sub_actor",
            "part_of": "fr", "aliases": ["Freedonia side"]}
    _, shown = _compile(tmp_path, actors=[fr, side])
    assert any("overlapping mentions: 'Freedonia' of fr and 'Freedonia side' of fr_side" in ln for ln in shown)
    fr_not = {**fr, "after_hyphen": True, "not": [{"text": "Freedonia", "near": "Freedonia side"}]}
    _, shown = _compile(tmp_path, actors=[fr_not, side])
    assert not any("overlapping" in ln for ln in shown)


def test_quote_without_its_opening_mark_is_taken_exactly_on_request(tmp_path: Path) -> None:
    doc = tmp_path / "q.txt"
    text = 'He said: "We are ready," the envoy said. Talks will go on", the statement added.\n'
    doc.write_text(text, encoding="utf-8")
    draft = {"file": str(doc), "published": None, "quotes": [{"at": "Talks will go on", "speaker": None}]}
    _, gold, _ = build_gold.compile_draft(draft, tmp_path)
    # without exact the span runs back to the previous quotation's closing mark
    start, end = gold["quotes"][0]["start"], gold["quotes"][0]["end"]
    assert text[start:end] != "Talks will go on"
    draft["quotes"] = [{"at": "Talks will go on", "speaker": None, "exact": True}]
    _, gold, _ = build_gold.compile_draft(draft, tmp_path)
    start, end = gold["quotes"][0]["start"], gold["quotes"][0]["end"]
    assert text[start:end] == "Talks will go on"


def test_evidence_naming_one_sentence_twice_is_kept_once_and_flagged(tmp_path: Path) -> None:
    # an unquoted comma in a YAML flow list splits one span into two pieces of one sentence
    issue = {"key": "other", "label": "Reply", "status": "open",
             "evidence": ["The Freedonia side", "side is ready", "expect a reply"]}
    neg = {"id": "n1", "primary": True, "label": "border talks", "status": "ongoing",
           "evidence": ["The Freedonia side", "is ready."], "issues": [issue]}
    gold, shown = _compile(tmp_path, negotiations=[neg])
    n = gold["negotiations"][0]
    assert [TEXT[s:e] for s, e in n["evidence"]] == ["The Freedonia side is ready."]
    assert [TEXT[s:e] for s, e in n["issues"][0]["evidence"]] == [
        "The Freedonia side is ready.", "We expect a reply soon."]
    assert sum("repeats a sentence" in line for line in shown) == 2
