"""Quote speakers: a description of a principal's staff ("the White House aide", "the aide")
refers back to the staff member named before (a spokesman), never to the principal whose office
clashes with it (the President), even when the principal was named closer.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.quotes.words import title_fits

TEXT = ("Tariffs\n\nThe tariffs will have little effect on shoppers, Palace spokesman Jon Pell "
        "said.\n\nPresident Ada Brenn said in a statement that the measures were needed. She "
        "said they would stay until the deal was honoured.\n\n"
        "The Palace aide said of the tariffs, \"it was not done to please the parliament, but "
        "because the practice was unfair.\"\n\n"
        "The aide added, however, \"it shows how the government uses the law it already has.\"\n")


def test_the_aide_is_the_spokesman_not_the_president() -> None:
    actors = (actor(TEXT, "norland", "state", ["Palace"]),
              actor(TEXT, "jon_pell", "person", ["Jon Pell"], affiliation="norland",
                    title="Palace spokesman"),
              actor(TEXT, "ada_brenn", "person", ["Ada Brenn"], affiliation="norland",
                    title="President"))
    speakers = [q.speaker for q in find_quotes(doc(TEXT), actors, ())]
    assert speakers == ["jon_pell", "jon_pell"]


def test_staff_nouns_fit_staff_titles_only() -> None:
    assert title_fits("aide", "white house spokesman")
    assert title_fits("adviser", "national security adviser")
    assert not title_fits("aide", "President")
    assert not title_fits("spokesman", "Prime Minister")
