"""Quote speakers: "it said" after a quote stands for the body that has been reporting, not for
a body named inside what it reported ("Acme said … It said Zelco may be …"); for the issuer of a
paper cited as the subject before it ("The statement said …"); a body opening the sentence
before stays the antecedent.  A sentence citing the paper as its subject ("The communique,
released at the meetings of …, said") names no issuer.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def _speakers(text: str, actors: tuple) -> dict[str, str | None]:
    return {q.text[:20]: q.speaker for q in find_quotes(doc(text), actors, ())}


def test_it_is_the_body_reporting_not_the_one_it_named() -> None:
    text = ("Bid\n\nAcme Holdings said it would raise its offer for Zelco Inc. It said Zelco may "
            "be reviewing other deals, which might give Zelco holders a payment in shares.\n\n"
            "\"We believe our offer is the best one on the table for everyone,\" it said.\n")
    actors = (actor(text, "acme", "organization", ["Acme Holdings"]),
              actor(text, "zelco", "organization", ["Zelco Inc", "Zelco"]))
    assert _speakers(text, actors)["We believe our offer"] == "acme"


def test_it_is_the_body_opening_the_sentence_before() -> None:
    text = ("Strike\n\nThe Norland Dockers Union said it rejected the offer. Acme Holdings then "
            "made a new proposal to the dockers.\n\n"
            "\"This is our final offer and it is a generous one,\" it said.\n")
    actors = (actor(text, "union", "organization", ["Norland Dockers Union"]),
              actor(text, "acme", "organization", ["Acme Holdings"]))
    assert _speakers(text, actors)["This is our final of"] == "acme"


def test_it_after_a_paper_cited_is_the_papers_issuer() -> None:
    text = ("Trade\n\nNorland ministers issued a statement after their meeting in Ostby. "
            "Suderia has already distanced itself from the bill.\n\n"
            "The statement said ministers were disturbed by moves in Suderia towards "
            "protectionism. \"Such moves would do grave damage to world trade,\" it said.\n")
    actors = (actor(text, "norland", "state", ["Norland"]),
              actor(text, "suderia", "state", ["Suderia"]))
    assert _speakers(text, actors)["Such moves would do "] == "norland"


def test_a_sentence_citing_the_paper_names_no_issuer() -> None:
    text = ("Debt\n\nThe Group of 30 said in a communique that some debt relief is needed.\n\n"
            "The communique, released at the meetings of the Ostby Fund and the Norland Bank, "
            "said poor countries needed a cancellation of debt.\n\n"
            "\"The debt overhang cuts the capacity to grow,\" the communique said.\n\n"
            "It added: \"Some kind of debt relief is needed for the poorest.\"\n")
    actors = (actor(text, "g30", "state_group", ["Group of 30"]),
              actor(text, "fund", "igo", ["Ostby Fund"]),
              actor(text, "bank", "igo", ["Norland Bank"]))
    found = _speakers(text, actors)
    assert found["The debt overhang cu"] == "g30"
    assert found["Some kind of debt re"] == "g30"
