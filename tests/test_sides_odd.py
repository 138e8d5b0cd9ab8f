"""The pure matching logic of eval/tools/sides_odd.py, on invented labels and predictions."""
from __future__ import annotations

from typing import Any

from conftest import eval_tool

T = eval_tool("sides_odd")


def actor(aid: str, tier: str, *texts: str, name: str | None = None,
          part_of: str | None = None) -> dict[str, Any]:
    """An invented predicted actor whose mentions have the given surface texts."""
    return {"id": aid, "name": name or (texts[0] if texts else aid), "tier": tier,
            "part_of": part_of, "aliases": [],
            "mentions": [{"start": i, "end": i + 1, "text": t} for i, t in enumerate(texts)]}


ENTRY: dict[str, Any] = {
    "path": "reuters/00001.txt", "negotiation": True, "status": "stalled",
    "actors": [
        {"id": "ruritania", "tier": "party", "role": "side",
         "names": ["Ruritania", "Ruritanian"]},
        {"id": "vok", "tier": "party", "role": None, "part_of": "ruritania",
         "names": ["Ana Vok", "Vok"]},
        {"id": "dockers", "tier": "party", "role": "side",
         "names": ["Dockers Union", "the union"]},
        {"id": "guild", "tier": "party", "role": "mediator", "names": ["Harbour Guild"]},
        {"id": "gazette", "tier": "mentioned", "names": ["Gazette"]},
    ],
}


def thread(parties: list[str], mediators: list[str], label: str) -> dict[str, Any]:
    return {"id": "n1", "primary": True, "parties": parties, "mediators": mediators,
            "status": {"label": label, "evidence": []}}


def test_names_match_case_blind_on_mentions_or_name() -> None:
    gold = ENTRY["actors"]
    pred = [actor("p1", "party", "RURITANIA"), actor("p2", "mentioned", name="the Union")]
    assert T.align(gold, pred) == {"p1": "ruritania", "p2": "dockers"}


def test_alignment_is_one_to_one_most_shared_mentions_first() -> None:
    gold = ENTRY["actors"]
    # two predicted actors both say "Vok"; the one with more matching mentions wins it
    pred = [actor("a", "party", "Vok"), actor("b", "party", "Ana Vok", "Vok")]
    assert T.align(gold, pred) == {"b": "vok"}


def test_person_of_a_side_folds_into_the_side() -> None:
    pred = {"actors": [actor("p_vok", "party", "Vok"), actor("p_u", "party", "Dockers Union"),
                       actor("p_g", "party", "Harbour Guild")],
            "negotiations": [thread(["p_vok", "p_u"], ["p_g"], "collapsed")]}
    s = T.score_doc(ENTRY, pred)
    assert (s.parties.tp, s.parties.fp, s.parties.fn) == (3, 0, 0)
    assert (s.sides.tp, s.sides.fp, s.sides.fn) == (2, 0, 0)
    assert (s.mediators.tp, s.mediators.fp, s.mediators.fn) == (1, 0, 0)
    assert s.status == ("failed", "failed")


def test_missed_parties_report_the_predicted_tier() -> None:
    pred = {"actors": [actor("p_r", "party", "Ruritania"),
                       actor("p_u", "mentioned", "the union"),
                       actor("p_x", "party", "Gazette"),
                       actor("p_z", "party", "Zembla")],
            "negotiations": [thread(["p_r", "p_z"], [], "ongoing")]}
    s = T.score_doc(ENTRY, pred)
    assert s.missed == {"dockers": "mentioned", "guild": "-"}
    assert s.spurious == ["gazette", "pred:p_z"]
    assert (s.sides.tp, s.sides.fp, s.sides.fn) == (1, 1, 1)
    assert s.status == ("failed", "ongoing")


def test_a_party_folded_into_another_actor_is_reported_as_folded() -> None:
    pred = {"actors": [actor("p_r", "party", "Ruritania"),
                       actor("p_g", "sub_actor", "Harbour Guild", part_of="p_r")],
            "negotiations": []}
    s = T.score_doc(ENTRY, pred)
    assert s.missed["guild"] == "folded:ruritania"
    assert s.status == ("failed", "none")


def test_no_negotiation_document_counts_a_predicted_thread_as_spurious() -> None:
    entry = {"path": "bbc/business/001.txt", "negotiation": False, "status": None,
             "actors": [{"id": "acme", "tier": "mentioned", "names": ["Acme"]}]}
    pred = {"actors": [actor("p_a", "party", "Acme")],
            "negotiations": [thread(["p_a"], [], "agreed")]}
    s = T.score_doc(entry, pred)
    assert s.no_neg_thread is True and s.status is None
    assert (s.sides.tp, s.sides.fp, s.sides.fn) == (0, 1, 0)
    assert (s.parties.tp, s.parties.fp, s.parties.fn) == (0, 1, 0)


def test_prf_f1_and_empty() -> None:
    p = T.PRF()
    assert p.f1() is None
    p.add({"a", "b"}, {"a", "c"})
    assert p.f1() == 0.5
