"""Quote speakers: an unnamed spokesperson whose body the description does not name, and who
does not open the sentence after the body ("However a spokesman pointed out …"), speaks for the
body the story has been reporting ("…, the Norland Office said").  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes

TEXT = ("Relief\n\nNorland has offered to send 120 engineers to help in Suderia, the Norland "
        "Office said.\n\nThe deployment would involve troops from the Second Rifles. However a "
        "spokesman pointed out that there were difficulties in Suderia. The spokesman said: "
        "\"The government has formally offered the help of a company of engineers.\"\n")


def test_the_spokesman_speaks_for_the_body_reporting() -> None:
    actors = (actor(TEXT, "norland", "state", ["Norland"]),
              actor(TEXT, "office", "government", ["Norland Office"]),
              actor(TEXT, "suderia", "state", ["Suderia"]),
              actor(TEXT, "anon_spokesman", "person", [], refs=["a spokesman", "The spokesman"]))
    (quote,) = find_quotes(doc(TEXT), actors, ())
    assert quote.speaker == "office"


def test_with_no_body_reporting_the_spokesman_stays_unresolved() -> None:
    text = TEXT.replace(", the Norland Office said", "")
    actors = (actor(text, "norland", "state", ["Norland"]),
              actor(text, "suderia", "state", ["Suderia"]),
              actor(text, "anon_spokesman", "person", [], refs=["a spokesman", "The spokesman"]))
    (quote,) = find_quotes(doc(text), actors, ())
    assert quote.speaker is None
