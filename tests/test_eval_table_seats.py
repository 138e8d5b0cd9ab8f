"""eval/tools/table_seats: who the extractor seats at the primary's table, against gold
(invented threads and sentences' actors, no corpus text)."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import eval_tool

SCORE = SimpleNamespace(root=lambda x, _parents: x)


def _doc(gold_primary: dict[str, Any], others: list[list[str]], actors: dict[str, str],
         pred_primary: dict[str, Any] | None = None) -> Any:
    """A document as ``walk_primaries`` yields it: gold's threads and actors (by tier), the
    extractor's primary; predicted ids align with gold's by name."""
    negs = [{"primary": True, **gold_primary}] + [
        {"primary": False, "parties": p, "mediators": []} for p in others]
    return SimpleNamespace(
        gprim=negs[0], pprim=pred_primary, gparent={},
        G={"negotiations": negs, "actors": [{"id": a, "tier": t} for a, t in actors.items()]},
        to_gold=lambda pid: pid if pid in actors else "pred:" + pid)


def test_a_seat_by_what_gold_makes_of_it() -> None:
    ts = eval_tool("table_seats")
    d = _doc({"parties": ["ruritania", "freedonia"], "mediators": ["sylvania"]},
             [["osterlich", "freedonia"]],
             {"ruritania": "party", "freedonia": "party", "sylvania": "party",
              "osterlich": "party", "bandrika": "mentioned"})
    assert ts.seat_kind(d, "ruritania", SCORE) == "side"
    assert ts.seat_kind(d, "osterlich", SCORE) == "other_thread"
    assert ts.seat_kind(d, "sylvania", SCORE) == "party"  # the mediator, seated as a side
    assert ts.seat_kind(d, "bandrika", SCORE) == "not_party"
    assert ts.seat_kind(d, "acme", SCORE) == "not_party"  # no gold actor


@dataclass
class _Unit:
    is_title: bool
    negotiation: bool
    named: list[str] = field(default_factory=list)


class _State:
    """The tracker's state as the tool reads it: units and the actors each names."""

    def __init__(self, units: list[_Unit]) -> None:
        self.units = units

    def hits(self, u: _Unit) -> list[tuple[None, str]]:
        return [(None, p) for p in u.named]


def test_what_the_text_says_of_a_seat() -> None:
    ts = eval_tool("table_seats")
    st = _State([
        _Unit(True, True, ["ruritania", "freedonia"]),          # headline
        _Unit(False, False, ["ruritania"]),                      # first body sentence
        _Unit(False, True, ["ruritania", "freedonia"]),
        _Unit(False, True, ["osterlich", "bandrika"]),           # only with one off the table
        _Unit(False, True, ["sylvania"]),                        # alone
    ])
    table = {"ruritania", "freedonia", "osterlich", "sylvania"}
    party = {"ruritania": 4.0, "freedonia": 3.0, "osterlich": 1.0, "sylvania": 2.0}
    assert ts.seat_features(st, "ruritania", table, party) == {
        "tl": "tl", "n": "2", "co": "in", "score": "hi"}
    assert ts.seat_features(st, "osterlich", table, party) == {
        "tl": "--", "n": "1", "co": "out", "score": "lo"}
    assert ts.seat_features(st, "sylvania", table, party) == {
        "tl": "--", "n": "1", "co": "-", "score": "hi"}


def test_seats_against_the_pair_named_together_most() -> None:
    ts = eval_tool("table_seats")
    st = _State([
        _Unit(False, True, ["ruritania", "freedonia"]),
        _Unit(False, True, ["ruritania", "freedonia", "osterlich"]),
        _Unit(False, True, ["sylvania"]),
        _Unit(False, False, ["sylvania", "ruritania"]),  # no sentence of the talks
    ])
    table = ["ruritania", "freedonia", "osterlich", "sylvania"]
    assert ts.pair_features(st, table) == {
        "ruritania": "in", "freedonia": "in", "osterlich": "linked", "sylvania": "apart"}
    tied = _State([_Unit(False, True, ["ruritania", "freedonia"]),
                   _Unit(False, True, ["osterlich", "sylvania"])])
    assert ts.pair_features(tied, table)["freedonia"] == "tie"
    assert ts.pair_features(_State([]), table)["ruritania"] == "apart"


def test_the_publisher_seat_in_gold_and_predicted() -> None:
    ts = eval_tool("table_seats")
    actors = {"usa": "party", "latveria": "party", "sylvania": "party"}
    own_talks = _doc({"parties": ["usa", "latveria"], "mediators": []}, [], actors,
                     {"parties": ["latveria", "sylvania"], "mediators": ["usa"]})
    assert ts.publisher_cell(own_talks, "usa", SCORE) == ("g_side", "p_med")
    brokered = _doc({"parties": ["latveria", "sylvania"], "mediators": ["usa"]}, [], actors,
                    {"parties": ["usa", "latveria"], "mediators": []})
    assert ts.publisher_cell(brokered, "usa", SCORE) == ("g_med", "p_side")
    unthreaded = _doc({"parties": ["latveria", "sylvania"], "mediators": []}, [], actors)
    assert ts.publisher_cell(unthreaded, "usa", SCORE) == ("g_off", "p_off")


@pytest.mark.parametrize("blind", ["sealed", "blind8", "blind24"])
def test_blind_sets_are_refused(blind: str) -> None:
    ts = eval_tool("table_seats")
    assert ts.main(["--set", blind]) == 2
