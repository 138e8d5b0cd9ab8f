"""The gold-set tools in eval/tools: the draft compiler and the gold-to-prediction converter."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import eval_tool

ROOT = Path(__file__).resolve().parents[1]

# An invented article (never corpus text): a straight opening quotation mark closed by a curly one,
# as scraped pages have it, then a plain straight-quoted sentence.
ARTICLE = (
    "Ruritania and Freedonia agree on a river truce\n"
    "\n"
    "\"We are nearly there,\u201d Ruritanian envoy Ana Vok said on Sunday. "
    "Freedonia said the deal was \"a first step\".\n"
)


@pytest.fixture()
def compiled(tmp_path: Path) -> tuple[str, dict]:
    build = eval_tool("build_gold")
    art = tmp_path / "article.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    draft = {
        "file": str(art), "published": "2024-05-05", "title": "first-line",
        "actors": [
            {"id": "ruritania", "name": "Ruritania", "kind": "state", "tier": "party",
             "aliases": ["Ruritania", "Ruritanian"]},
            {"id": "freedonia", "name": "Freedonia", "kind": "state", "tier": "party",
             "aliases": ["Freedonia"]},
            {"id": "vok", "name": "Ana Vok", "kind": "person", "tier": "party",
             "affiliation": "ruritania", "aliases": ["Ana Vok"]},
        ],
        "quotes": [{"at": "nearly there", "speaker": "vok"},
                   {"at": "first step", "speaker": "freedonia"}],
        "negotiations": [{"id": "n1", "primary": True, "label": "River truce",
                          "parties": ["ruritania", "freedonia"], "status": "agreed",
                          "evidence": ["agree on a river truce"],
                          "issues": [{"key": "ceasefire", "label": "Truce on the river",
                                      "status": "agreed", "evidence": ["a first step"]}]}],
        "timeline": [{"date": "2024-05-05", "label": "Envoy speaks", "at": "on Sunday"}],
    }
    _, gold, _ = build.compile_draft(draft, tmp_path)
    return ARTICLE, gold


def test_quotation_opened_straight_may_close_curly(compiled: tuple[str, dict]) -> None:
    text, gold = compiled
    spans = [text[q["start"]:q["end"]] for q in gold["quotes"]]
    assert spans == ["We are nearly there,", "a first step"]


def test_gold_converts_to_a_valid_briefing_prediction(compiled: tuple[str, dict]) -> None:
    agreement = eval_tool("agreement")
    gold = json.loads(json.dumps(compiled[1]))
    doc = agreement.as_prediction(gold)
    schema = json.loads((ROOT / "briefing" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate({"schema": "briefing/1", "documents": [doc]}, schema)
    assert doc["sha256"] == gold["document"]["sha256"]
    assert [a["tier"] for a in doc["actors"]] == ["party", "party", "party"]
    assert doc["negotiations"][0]["status"]["label"] == "agreed"
    assert [q["speaker"] for q in doc["quotes"]] == ["vok", "freedonia"]
    assert doc["timeline"][0]["evidence"]["start"] == compiled[0].index("on Sunday")
