"""Quote speakers: the "it" that says the words is never a body named inside someone's
quoted words ('Harbour Bank said Vik Air was "a firm in which Zorland Oil holds no stake."
It also said …' is the bank speaking again, not Zorland Oil).  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def test_it_passes_over_a_name_inside_the_quote_before() -> None:
    text = ("Fees\n\nIn its filing, Harbour Bank said the suit was \"a case in which Zorland "
            "Oil has no standing at all.\"\n\nIt also said the court should stay out of \"a "
            "dispute between two private lenders\".\n")
    actors = (actor(text, "harbour", "organization", ["Harbour Bank"]),
              actor(text, "zorland_oil", "organization", ["Zorland Oil"]))
    found = {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}
    assert found["a dispute between two private lenders"] == "harbour"
