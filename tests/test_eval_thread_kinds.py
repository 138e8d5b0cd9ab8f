"""eval/tools/thread_kinds: gold secondary threads by kind and by what the extractor made of
them (invented threads, no corpus text)."""
from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from conftest import eval_tool


def _thread(primary: bool, parties: list[str], items: list[tuple[str, int]]) -> dict[str, Any]:
    return {"primary": primary, "parties": parties, "mediators": [], "evidence": [],
            "issues": [{"key": k, "status": "open", "evidence": [[at, at + 10]]}
                       for k, at in items]}


def test_kinds_of_sides() -> None:
    tk = eval_tool("thread_kinds")
    assert tk.kind_of({"a", "b"}, {"a", "b"}) == "same_sides"
    assert tk.kind_of({"a"}, {"a", "b"}) == "same_sides"
    assert tk.kind_of({"a", "c"}, {"a", "b"}) == "one_side"
    assert tk.kind_of({"c", "d"}, {"a", "b"}) == "other_sides"
    assert tk.kind_of(set(), {"a", "b"}) == "no_sides"


@pytest.fixture()
def rows() -> list[tuple[str, str, Counter[str]]]:
    tk = eval_tool("thread_kinds")
    gold = {"negotiations": [
        _thread(True, ["ruritania", "freedonia"], [("ceasefire", 0)]),
        # a rival's deal with one of the primary's sides: its tariff item sits in our primary,
        # its quota item nowhere
        _thread(False, ["ruritania", "sylvania"], [("trade", 100), ("quotas", 200)]),
        # another pair's deal, built as a thread of its own
        _thread(False, ["osterlich", "bandrika"], [("energy", 300)]),
    ]}
    pred = {"negotiations": [
        _thread(True, ["r", "f"], [("ceasefire", 0), ("trade", 102)]),
        _thread(False, ["o", "b"], [("energy", 305)]),
    ]}
    out: list[tuple[str, str, Counter[str]]] = tk.classify(gold, pred, {0: 0, 2: 1})
    return out


def test_a_rival_deal_unbuilt_with_an_item_in_the_primary(
        rows: list[tuple[str, str, Counter[str]]]) -> None:
    kind, fate, items = rows[0]
    assert (kind, fate) == ("one_side", "unbuilt")
    assert items == Counter({"in_primary": 1, "missed": 1})


def test_another_pair_deal_aligned_with_its_item(
        rows: list[tuple[str, str, Counter[str]]]) -> None:
    kind, fate, items = rows[1]
    assert (kind, fate) == ("other_sides", "aligned")
    assert items == Counter({"in_thread": 1})


def test_blind_sets_are_refused() -> None:
    tk = eval_tool("thread_kinds")
    with pytest.raises(SystemExit):
        tk.main(["--set", "blind24"])


def test_sentence_classes_by_whom_they_name() -> None:
    tk = eval_tool("thread_kinds")
    table = {"ruritania", "freedonia"}
    assert tk.sentence_class(set(), table) == "none"
    assert tk.sentence_class({"ruritania"}, table) == "table_only"
    assert tk.sentence_class({"ruritania", "sylvania"}, table) == "table+other1"
    assert tk.sentence_class({"sylvania", "osterlich"}, table) == "other_only2+"


def test_constructions_of_invented_sentences() -> None:
    tk = eval_tool("thread_kinds")
    assert tk.construction_of("a truce between Sylvania and Osterlich") == "between"
    assert tk.construction_of("Acme is negotiating with Bolt") == "talks_or_deal_with"
    assert tk.construction_of("Cogs made a rival offer") == "offer_or_bid"
    assert tk.construction_of("The weather was fine") == "other"


def test_evidence_sentences_and_first_spans() -> None:
    tk = eval_tool("thread_kinds")
    gold = {"actors": [{"id": "r", "mentions": [[0, 3]]}, {"id": "s", "mentions": [[20, 23]]}],
            "negotiations": [
                {"primary": True, "parties": ["r"], "mediators": [], "evidence": [[0, 10]],
                 "issues": []},
                {"primary": False, "parties": ["s"], "mediators": [], "evidence": [[20, 40]],
                 "issues": []}]}
    assert sorted(tk.evidence_sentences(gold, lambda x: x)) == [
        ("other_only1", "S"), ("table_only", "P")]
    text = " " * 20 + "talks with Bolt went on"
    assert tk.constructions(gold, text) == ["talks_or_deal_with"]


@pytest.mark.parametrize(("sentence", "side", "expected"), [
    ("Analysts recalled the merger between Acme and Bolt.", "Bolt", "between"),
    ("Ruritania is also in talks with Latveria on gas.", "Latveria", "with"),
    ("Acme signed an accord with state-owned Bolt Airways.", "Bolt", "with_described"),
    ("Acme agreed to buy rival Bolt for cash.", "Bolt", "purchase"),
    ("Acme and Bolt agreed on a price.", "Acme", "pair_agreed"),
    ("Bolt shares rose on the news.", "Bolt", "none"),
])
def test_how_a_threads_evidence_names_its_side(sentence: str, side: str, expected: str) -> None:
    tk = eval_tool("thread_kinds")
    at = sentence.index(side)
    assert tk.pair_construction(sentence, [(0, len(sentence))],
                                [(at, at + len(side))]) == expected
