"""eval/tools/tier_train.py and tier_features.py (the learned tier experiment): the blind sets
are refused, the features read what the extractor knows of an invented document's actors, and
the parties figure is counted with the scorer's set semantics."""

from __future__ import annotations

import pytest
from conftest import eval_tool

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract import pipeline

TEXT = ("Russia and Ukraine open ceasefire talks\n\n"
        "MOSCOW, March 3 - Russia and Ukraine began talks on a ceasefire on Monday, officials "
        "said. Russia rejected the first proposal on Tuesday. Ukraine said it would keep "
        "negotiating on the ceasefire. Russia and Ukraine will meet again next week, and "
        "Russia said the talks were useful. The talks follow a visit to the region by a trade "
        "mission from Peru.\n")


@pytest.mark.parametrize("blind", ["sealed", "blind8", "blind24"])
def test_blind_sets_are_refused(blind: str) -> None:
    assert eval_tool("tier_train").main(["dump", "--set", blind, "-o", "/dev/null"]) == 2


def test_features_read_the_seat_and_the_naming_of_each_actor() -> None:
    features = eval_tool("tier_features")
    doc, _ = document_from_text("fixture.txt", TEXT, meta=Metadata(published="2026-03-03"))
    original = features.roles.revise_tiers
    with features.capture(lambda: "Reuters") as recorded:
        briefing = pipeline.analyse(doc)
        got = dict(recorded)
    names = {a.id: a.name for a in briefing.actors}
    by_name = {names[aid]: dict(zip(features.FEATURES, x, strict=True))
               for aid, x in got.items()}
    russia, peru = by_name["Russia"], by_name["Peru"]
    # a side of the primary talks, named in the title and the lede, acting: seated
    assert russia["side"] == 1.0 and russia["rule_party"] == 1.0
    assert russia["in_title"] == 1.0 and russia["in_lede"] == 1.0
    assert russia["negotiating"] == 1.0 and russia["reuters"] == 1.0
    # a country named once in passing, late: no seat, named once
    assert peru["side"] == 0.0 and peru["once"] == 1.0 and peru["rule_party"] == 0.0
    assert peru["first_pos"] > russia["first_pos"]
    assert peru["share"] < russia["share"]
    # the capture leaves the role pass as it was
    assert features.roles.revise_tiers is original


def test_the_parties_figure_counts_each_gold_party_once() -> None:
    tool = eval_tool("tier_train")
    doc = {"gold": ["r", "l"], "fixed": ["r"], "actors": [
        {"tier": "party", "gold": "l", "x": [1.0]},
        {"tier": "mentioned", "gold": "l", "x": [0.0]},  # a second actor folding into l
        {"tier": "party", "gold": "pred:x", "x": [1.0]},
    ]}
    assert tool.counts([doc], tool.rules) == (2, 1, 0)
    assert tool.counts([doc], lambda a: True) == (2, 1, 0)
    assert tool.counts([doc], lambda a: False) == (1, 0, 1)



def test_the_model_learns_which_feature_seats_an_actor() -> None:
    # training is the developer's experiment (numpy in their venv only, never the product's
    # dependency): a clean install without numpy skips this one test
    pytest.importorskip("numpy")
    tool = eval_tool("tier_train")
    doc = {"gold": ["l"], "fixed": [], "actors": [
        {"tier": "mentioned", "gold": "l", "x": [1.0, 0.0]},  # a gold party: feature 0 set
        {"tier": "party", "gold": "pred:y", "x": [0.0, 1.0]},  # no gold party: feature 1 set
    ]}
    bias, weights = tool.train([doc] * 5, 0.1)
    assert weights[0] > 0 > weights[1]
    seat = tool.decider(bias, weights, 0.5)
    assert seat({"tier": "mentioned", "x": [1.0, 0.0]}) is True
    assert seat({"tier": "party", "x": [0.0, 1.0]}) is False
    # promoting only: what the rules seat stays seated
    assert tool.decider(bias, weights, 0.5, promote=True)({"tier": "party", "x": [0.0, 1.0]})
