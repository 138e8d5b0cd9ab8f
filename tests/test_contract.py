"""The `briefing extract` JSON contract: schema-valid, and every span is a slice of the text."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from briefing.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _extract(*argv: str) -> dict:
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["extract", *argv, "--format", "json"]) == 0
    return json.loads(buf.getvalue())


@pytest.fixture(scope="module")
def seed_output() -> dict:
    return _extract()


def _schema() -> dict:
    return json.loads(resources.files("briefing").joinpath("schema.json").read_text())


def test_output_matches_the_schema(seed_output: dict) -> None:
    jsonschema.validate(seed_output, _schema())


def test_seed_layout(seed_output: dict) -> None:
    (doc,) = seed_output["documents"]
    assert doc["sha256"].startswith("23cb0e33")
    assert [s["heading"] for s in doc["sections"]] == [None, "Violent Crackdown", "Nusra Front"]
    assert sum(len(s["paragraphs"]) for s in doc["sections"]) == 11
    assert doc["published"] == "2016-09-04"
    assert doc["source"] == "Bloomberg News"


def _spans(node: object):
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys() and isinstance(node["text"], str):
            yield node
        for value in node.values():
            yield from _spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from _spans(value)


def test_every_span_is_the_slice_of_the_text(seed_output: dict) -> None:
    from briefing.corpus import load_document

    for doc in seed_output["documents"]:
        document, _ = load_document(doc["path"])
        assert document is not None
        text = document.text
        for span in _spans({k: v for k, v in doc.items() if k != "sections"}):
            assert 0 <= span["start"] <= span["end"] <= len(text)
            assert text[span["start"]:span["end"]] == span["text"]
        for section in doc["sections"]:
            for para in section["paragraphs"]:
                assert text[para["start"]:para["end"]].strip() == \
                    text[para["start"]:para["end"]]


def test_yaml_format_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    assert main(["extract", "--format", "yaml"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["schema"] == "briefing/1"
    assert data["documents"][0]["sha256"].startswith("23cb0e33")
