"""A deal a side stands by, sticks to or honours is in force (issue 11).  Invented texts."""

from __future__ import annotations

import pytest
from _neg_fixtures import actor, cue_labels, doc

from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times


@pytest.mark.parametrize("text", [
    "The finance minister said he stood by the Geneva currency agreement.",
    "RURITANIA STANDS BY GRAIN PACT",
    "Producers are sticking firmly to the quota accord, the minister said.",
    "Freedonia will honour the truce, its envoy said.",
])
def test_a_deal_stood_by_is_in_force(text: str) -> None:
    assert "implementing" in cue_labels(text)


@pytest.mark.parametrize("text", [
    "The minister said he stood by his forecast.",
    "Stand by for the results of the talks.",
])
def test_standing_by_no_deal(text: str) -> None:
    assert "implementing" not in cue_labels(text)


@pytest.mark.parametrize("text", [
    "Ruritania respects the border truce, its envoy said.",
    "Both sides have respected the quota accord since March.",
])
def test_a_deal_respected_is_in_force(text: str) -> None:
    assert "implementing" in cue_labels(text)


@pytest.mark.parametrize("text", [
    "The envoy gave an update on the talks with respect to the border truce.",
    "Officials raised questions in respect of the quota agreement under negotiation.",
])
def test_with_respect_to_a_deal_is_no_deal_in_force(text: str) -> None:
    assert "implementing" not in cue_labels(text)


@pytest.mark.parametrize("text", [
    "The ministers reaffirmed their Geneva accord on exchange rates.",
    "Ruritania will seek to strengthen the grain pact at the meeting.",
    "Officials discussed ways of reinforcing the border truce.",
    "The talks will bolster the existing quota agreement, the envoy said.",
])
def test_a_deal_reaffirmed_or_strengthened_is_in_force(text: str) -> None:
    assert "implementing" in cue_labels(text)


@pytest.mark.parametrize("text", [
    "The leaders reaffirmed their commitment to a peace deal.",
    "Freedonia strengthened its call for a truce.",
    "The minister reaffirmed that the talks would go on.",
])
def test_reaffirming_a_wish_for_a_deal_is_no_deal_in_force(text: str) -> None:
    assert "implementing" not in cue_labels(text)


def test_what_a_proposal_would_do_to_a_deal_is_no_deal_in_force() -> None:
    assert "implementing" not in cue_labels(
        "Ruritania will accept changes that would strengthen the present rubber agreement.")


@pytest.mark.parametrize("text", [
    "He said the government will hold accountable those who undermine the state and the "
    "Harbour Peace Agreement.",
    "Raids on the border undermined the truce, the envoy said.",
])
def test_a_deal_undermined_is_in_force(text: str) -> None:
    assert "implementing" in cue_labels(text)


@pytest.mark.parametrize("text", [
    "The raids undermine efforts to reach a deal.",
    "Hardliners sought to undermine the talks on a truce.",
    "The leak could undermine any agreement.",
])
def test_undermining_the_work_toward_a_deal_is_no_deal_in_force(text: str) -> None:
    assert "implementing" not in cue_labels(text)


def test_a_readout_on_upholding_a_deal_actors_undermine() -> None:
    text = ("Readout of the Adviser's Meeting with Leaders of Ruritania\n\nThe Adviser met today "
            "with the leaders of Ruritania. He said Freedonia will continue to hold accountable "
            "those who undermine the state and the Harbour Peace Agreement.\n")
    d = doc(text, "2023-03-01")
    actors = tuple(actor(text, aid, "state", n) for aid, n in
                   {"ruritania": ["Ruritania"], "freedonia": ["Freedonia"]}.items())
    primary = next(t for t in find_negotiations(d, actors, (), find_times(d))[0] if t.primary)
    assert primary.status == "implementing"
