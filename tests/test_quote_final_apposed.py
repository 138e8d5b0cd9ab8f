"""A mixed quotation whose sentence ends with its attribution: ", told Reuters." never makes the
one spoken to the speaker, and ", Jo Roe, an apposition, told Reuters." names Jo Roe (issue 11).
Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.time.timex import find_times


def _speakers(text: str, actors: list[tuple[str, str, list[str]]]) -> dict[str, str | None]:
    d = doc(text, "2020-06-14")
    found = tuple(actor(text, aid, kind, forms) for aid, kind, forms in actors)
    return {q.text: q.speaker for q in find_quotes(d, found, find_times(d))}


def test_the_name_before_a_closing_apposition_speaks() -> None:
    text = ('Grain\n\n"It is still under active debate whether it would be wise" to make the '
            'offer, Jo Roe, administrator of the farm export service, told Reuters.\n')
    actors = [("jo_roe", "person", ["Jo Roe"]), ("reuters", "organization", ["Reuters"])]
    assert _speakers(text, actors)["It is still under active debate whether it would be wise"] \
        == "jo_roe"


def test_told_reuters_never_makes_reuters_the_speaker() -> None:
    text = ('Cars\n\n"We plan to export many more cars next year than we can build now," an '
            'official from Acme Motor Co, who requested anonymity, told Reuters.\n')
    actors = [("acme", "organization", ["Acme Motor Co"]),
              ("reuters", "organization", ["Reuters"])]
    got = _speakers(text, actors)
    assert got["We plan to export many more cars next year than we can build now,"] != "reuters"
