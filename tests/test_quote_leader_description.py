""""The club chief", "the union boss": a description by a head noun that names any leader stands
for the person named before whose title is a leading office, whatever it is called (issue 11).
Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor
from _quote_fixtures import speakers

from briefing.extract.quotes.words import title_fits


def test_the_club_chief_is_its_chairman_named_before() -> None:
    text = ('Transfer\n\nWigan chairman Jo Roe says he does not expect a quick decision.\n\nRoe '
            'also said he understood why the other code was so keen on the captain. "It would '
            'be a great loss for us but a great boost for them," said the Warriors chief. "He '
            'is an absolute sporting icon."\n')
    roe = actor(text, "jo_roe", "person", ["Jo Roe", "Roe"], title="chairman")
    assert speakers(text, (roe,)) == ["jo_roe", "jo_roe"]


def test_a_leader_noun_fits_leading_offices_only() -> None:
    assert title_fits("chief", "chairman")
    assert title_fits("boss", "general secretary")
    assert not title_fits("chief", "captain")
    assert not title_fits("minister", "chairman")
    assert title_fits("minister", "foreign minister")
