"""Quote speakers named by an elliptic "one" ('"…," said one': one of the group named before)
and by a definite description the text used of a firm before ("An investor partnership …"
then '"…," the partnership said').  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor
from _quote_fixtures import speakers_by_quote as _speakers


def test_one_after_a_states_officials_speaks_for_the_state() -> None:
    text = ("Trade\n\nNorland officials see signs that the deficit is easing.\n\n"
            "\"We expect a turn by the summer,\" said one.\n")
    actors = (actor(text, "norland", "state", ["Norland"]),)
    assert _speakers(text, actors)["We expect a turn by the summer,"] == "norland"


def test_one_after_dealers_or_diplomats_speaks_for_no_side() -> None:
    # (one of the onlookers: nobody's voice, as "one dealer said" is)
    text = ("Trade\n\nDealers in Norland said the crown would fall further.\n\n"
            "\"Nobody wants to hold it this week,\" one said.\n")
    actors = (actor(text, "norland", "state", ["Norland"]),)
    assert _speakers(text, actors)["Nobody wants to hold it this week,"] is None


def test_the_partnership_is_the_firm_the_text_described_so() -> None:
    text = ("Bid\n\nAn investor partnership said on Monday it would raise its offer for Brill "
            "Tools Inc.\n\nKestrel Acquisition Co said it had written to the Brill Tools board. "
            "It asked the board to meet Brill Tools shareholders soon.\n\n"
            "\"Our offer is the best the shareholders will see this year,\" the partnership "
            "said.\n")
    actors = (actor(text, "brill", "organization", ["Brill Tools Inc", "Brill Tools"]),
              actor(text, "kestrel", "organization", ["Kestrel Acquisition Co"]))
    assert _speakers(text, actors)[
        "Our offer is the best the shareholders will see this year,"] == "kestrel"


def test_a_description_the_text_never_used_names_no_firm() -> None:
    # ("the consortium" was never said of anyone: no firm it could refer back to)
    text = ("Bid\n\nKestrel Acquisition Co said it had written to the Brill Tools board.\n\n"
            "\"Our offer is the best the shareholders will see this year,\" the consortium "
            "said.\n")
    actors = (actor(text, "brill", "organization", ["Brill Tools"]),
              actor(text, "kestrel", "organization", ["Kestrel Acquisition Co"]))
    assert _speakers(text, actors)[
        "Our offer is the best the shareholders will see this year,"] is None


def test_a_paper_described_so_is_no_firm() -> None:
    # ("the editorial" refers back to a paper, not to the state named near it)
    text = ("Trade\n\nThe Harbour Daily printed an editorial on Norland's demands.\n\n"
            "\"Norland should lift its curbs on our goods without delay,\" the editorial "
            "said.\n")
    actors = (actor(text, "norland", "state", ["Norland"]),)
    assert _speakers(text, actors)[
        "Norland should lift its curbs on our goods without delay,"] is None


def test_a_source_whose_description_names_his_body_speaks_for_it() -> None:
    # "a Senate source" is the Senate's voice, "a Norland trade ministry source" the state's
    # (a government's own noun after it); "a source close to the Senate", "one banking
    # source", "Norland sources" (a nation alone) are nobody's
    text = ("Budget\n\nThe Senate and the House met again on Monday.\n\n"
            "\"It may come this week,\" a Senate source said. "
            "\"Talks are slow,\" a Norland trade ministry source said. "
            "\"Nobody knows what they will do next,\" a source close to the Senate said. "
            "\"It is hard to tell,\" one banking source said. "
            "\"We are waiting for the vote on Friday,\" Norland sources said.\n")
    actors = (actor(text, "senate", "government", ["Senate"]),
              actor(text, "house", "government", ["House"]),
              actor(text, "norland", "state", ["Norland"]))
    said = _speakers(text, actors)
    assert said["It may come this week,"] == "senate"
    assert said["Talks are slow,"] == "norland"
    assert said["Nobody knows what they will do next,"] is None
    assert said["It is hard to tell,"] is None
    assert said["We are waiting for the vote on Friday,"] is None
