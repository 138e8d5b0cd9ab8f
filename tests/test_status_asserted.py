"""A status no cue asserts never outweighs the status the text asserts.

"The fund said the negotiations could collapse", "Freedonia rejected an earlier proposal in
1985": a possibility and the past are no statement of where the talks stand when the text
asserts talks held ("met on Monday").  A deal in force named in a sentence of the present stays
presupposed whatever the mood of what is done to it ("would look at ways of strengthening the
accord").  Invented sentences (issue 11).
"""

from __future__ import annotations

import pytest
from _neg_fixtures import primary_with

from briefing.extract.negotiations import status as neg_status
from briefing.model import Negotiation

PARTIES = {"ruritania": ["Ruritania", "RURITANIA", "Ruritanian"],
           "freedonia": ["Freedonia", "FREEDONIA", "Freedonian"]}

POSSIBLE_FAILURE = (
    "RURITANIAN SHARES FALL ON BORDER DOUBTS\n\n"
    "PORTVILLE, Oct 19 - Ruritanian shares fell after a fund voiced doubts over the border "
    "plan Ruritania has put to Freedonia.\n\n"
    "The fund said the negotiations with Freedonia could collapse.\n\n"
    "Ruritania and Freedonia met on Monday to discuss the border plan.\n")

PAST_REJECTION = (
    "RURITANIA SAYS BORDER PLAN STILL ON TABLE\n\n"
    "PORTVILLE, Oct 19 - Ruritania is ready to improve its border plan for Freedonia, the "
    "foreign minister said.\n\n"
    "Freedonia rejected an earlier Ruritanian proposal in April 1985.\n\n"
    "Negotiators of Ruritania and Freedonia met on Monday to discuss the new plan.\n")

ACCORD_IN_FORCE = (
    "RURITANIAN MINISTER SEES WAYS TO STRENGTHEN ACCORD\n\n"
    "PORTVILLE, Oct 19 - Ruritania's finance minister said today's meeting with Freedonia "
    "would look at ways of strengthening the currency accord.\n\n"
    "Ruritania and Freedonia met on Monday.\n")


def _primary(text: str) -> Negotiation | None:
    return primary_with(text, PARTIES, "state", "1987-10-19")


@pytest.mark.parametrize("text", [POSSIBLE_FAILURE, PAST_REJECTION])
def test_a_possible_or_past_failure_does_not_outweigh_talks_held(text: str) -> None:
    prim = _primary(text)
    assert prim is not None and prim.status == "ongoing"


@pytest.mark.parametrize("text", [POSSIBLE_FAILURE, PAST_REJECTION])
def test_without_the_rule_the_unasserted_failure_decides(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the rule is what moves these: the cues alone give the failure
    if not str(getattr(neg_status, "__file__", "")).endswith(".py"):
        # the README's install compiles status.py: its own call to prefer_asserted is native,
        # so a patched module attribute is never read (the rule's effect is asserted above)
        pytest.skip("the rule can be switched off in a pure install only (pip install -e)")
    monkeypatch.setattr(neg_status, "prefer_asserted", lambda _st, _u, label, ev: (label, ev))
    prim = _primary(text)
    assert prim is not None and prim.status == "collapsed"


def test_a_deal_in_force_named_now_stays_whatever_the_mood() -> None:
    prim = _primary(ACCORD_IN_FORCE)
    assert prim is not None and prim.status == "implementing"


def test_an_asserted_label_is_kept() -> None:
    text = ("RURITANIA, FREEDONIA SIGN BORDER PACT\n\n"
            "PORTVILLE, Oct 19 - Ruritania and Freedonia signed a border pact on Monday.\n\n"
            "Critics said the pact could collapse within a year.\n")
    prim = _primary(text)
    assert prim is not None and prim.status == "agreed"
