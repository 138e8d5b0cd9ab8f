"""Quote speakers: an attribution after the marks that describes someone and then names them
between commas ('"…," the chairman of the committee, Jo Roe, said'; '"…," the spokesman, Ed
Lomax, said') is the named person's, not the body quoted just before.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def test_the_named_chairman_speaks_not_the_exchange_before() -> None:
    text = ("Merger\n\nThe markets will apply for recognition \"at the appropriate time,\" the "
            "Ostby Grain Exchange said. \"This commitment by the markets will enable progress "
            "on the merger,\" the chairman of the formation committee, Pat Dune, said.\n")
    actors = (actor(text, "exchange", "organization", ["Ostby Grain Exchange"]),
              actor(text, "pat_dune", "person", ["Pat Dune"]))
    speakers = {q.text[:20]: q.speaker for q in find_quotes(doc(text), actors, ())}
    assert speakers["This commitment by t"] == "pat_dune"


def test_the_named_spokesman_speaks() -> None:
    text = ("Strike\n\nWorkers will walk out on Thursday if no agreement is reached.\n\n"
            "\"We will be on strike if the workers are still in the plant at noon,\" the "
            "spokesman, Ed Lomax, said.\n")
    actors = (actor(text, "ed_lomax", "person", ["Ed Lomax"]),)
    (quote,) = find_quotes(doc(text), actors, ())
    assert quote.speaker == "ed_lomax"
