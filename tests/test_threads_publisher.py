"""A facilitator's threads (issue 11, threads7): alone at a deal's table, a trip no round.

qa6 found one-sided threads made of a mediator's statements ("United States ceasefire" in a
White House gaggle): a government working for a deal whose sides it does not name mediates it.
It also found a facilitator's trip taken as a round (articles/v02: "a surprise visit to Iraq,
where he met leaders in Baghdad" in a story on Israeli-Palestinian talks).
"""

from __future__ import annotations

from _neg_fixtures import actor

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times
from briefing.model import Negotiation


def _primary(text: str, actors: list[tuple[str, str, list[str]]],
             source: str | None = None) -> Negotiation:
    d, _ = document_from_text("fixture.txt", text, meta=Metadata(
        title=None, published="2020-06-14", source=source))
    found = tuple(actor(text, aid, kind, names) for aid, kind, names in actors)
    return next(t for t in find_negotiations(d, found, (), find_times(d))[0] if t.primary)


def test_a_government_alone_at_a_deals_table_mediates_it() -> None:
    # its own text on a ceasefire whose sides it does not name: no one-sided thread
    usa = [("usa", "state", ["United States"])]
    n = _primary("Remarks\n\nTHE PRESIDENT: The United States is working hard on the ceasefire. "
                 "We want the ceasefire done, and the talks on the ceasefire go on.\n", usa,
                 source="The White House")
    assert n.parties == () and n.mediators == ("usa",)
    # its own talks (with Congress, say) stay its own
    m = _primary("Remarks\n\nTHE PRESIDENT: The United States is in talks on the budget. The "
                 "talks go on, and the negotiations are hard.\n", usa, source="The White House")
    assert m.parties == ("usa",)


def test_a_trip_to_a_state_off_the_table_is_no_round() -> None:
    states = [("ruritania", "state", ["Ruritania"]), ("freedonia", "state", ["Freedonia"]),
              ("sylvania", "state", ["Sylvania"])]
    text = ("Peace mission\n\nRuritania held talks with Freedonia in Hillport on the peace "
            "process. Before that, Ruritania's leader made a surprise visit to Sylvania, where "
            "he met leaders in Oldtown.\n")
    n = _primary(text, states)
    places = {r.place for r in n.rounds}
    assert "Hillport" in places and "Oldtown" not in places
