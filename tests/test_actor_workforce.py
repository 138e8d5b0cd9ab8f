"""The working side of a labour dispute named only by its calling (issue 11, party recall):
"striking dockers", "the seamen", "the miners union" are a side without a name mention when
they act in the dispute, and no side when the text names its union.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.negotiations.parties import collective
from briefing.model import Actor


def _read(text: str) -> tuple[set[str], dict[str, Actor]]:
    briefing = analyse(doc(text, published="1987-03-04"))
    primary = [n for n in briefing.negotiations if n.primary]
    return set(primary[0].parties) if primary else set(), {a.id: a for a in briefing.actors}


def _workers(actors: dict[str, Actor]) -> Actor | None:
    found = [a for a in actors.values() if collective(a) and a.id.startswith("workers")]
    return found[0] if found else None


def test_striking_dockers_are_a_seated_side_without_a_name() -> None:
    text = ("DOCK STRIKE SHUTS RURITANIAN PORT\n\nPORTOVIA, March 4 - Striking dockers "
            "brought the port of Portovia to a halt today as talks on their pay demands went "
            "on, port officials said. The dockers rejected a new offer from the port "
            "authority on Tuesday.\n")
    sides, actors = _read(text)
    workers = _workers(actors)
    assert workers is not None
    assert workers.mentions == ()  # descriptions, never name mentions
    assert {"striking dockers", "dockers"} <= {x.lower() for x in workers.aliases}
    assert workers.tier == "party"
    assert workers.id in sides


def test_a_union_of_a_calling_and_its_members_are_one_side() -> None:
    text = ("Some 9,000 miners went on strike on Monday to press for higher wages, the miners "
            "union said. The miners union rejected the government's offer of a five pct rise "
            "and said the strike would spread.\n")
    _sides, actors = _read(text)
    workers = _workers(actors)
    assert workers is not None
    assert "miners union" in workers.aliases
    assert sum(a.id.startswith("workers") for a in actors.values()) == 1


def test_a_union_word_before_a_person_is_no_side() -> None:
    text = ("Union leaders met the transport minister on Monday about the pay dispute. The "
            "minister offered a three pct rise.\n")
    _sides, actors = _read(text)
    assert _workers(actors) is None


def test_a_union_spokesman_speaking_of_the_dispute_has_the_union_act() -> None:
    # (session 17's status17: the union speaks through its spokesman, so it is a side)
    text = ("Union leaders met the transport minister on Monday about the pay dispute, a "
            "union spokesman said. The minister offered a three pct rise.\n")
    _sides, actors = _read(text)
    assert _workers(actors) is not None


def test_workers_named_in_passing_make_no_side() -> None:
    # no labour dispute and no negotiation in the sentence: a market report
    text = ("Latveria's factories hired 20,000 workers last year, the statistics office said. "
            "Exports rose seven pct.\n")
    _sides, actors = _read(text)
    assert _workers(actors) is None


def test_a_text_naming_its_union_describes_no_other_side() -> None:
    # the United Auto Workers is a union of the knowledge base: its "union" is that union
    text = ("The United Auto Workers said on Monday its members at the Kenosha plant rejected "
            "the company's final contract offer. The union said the workers would strike if "
            "talks did not resume.\n")
    _sides, actors = _read(text)
    assert _workers(actors) is None
    assert "united_auto_workers" in actors


def test_a_name_in_apposition_to_a_union_is_that_union() -> None:
    # "the port union, KVB": an acronym the knowledge base does not know, set off as the union
    # the text describes -- its "union" is that body, no second side beside it
    for text in (
        "The Portovia dock and transport union, KVB, agreed to resume talks with the "
        "employers on Monday. The union walked out of the talks last week when the employers "
        "tabled their final offer.\n",
        "Members of the dock union KVB staged a strike on Monday. The union said talks with "
        "the employers had failed to end the dispute.\n",
        "On Monday KVB, the Portovia dockers' union, agreed to new talks with the employers. "
        "The union said the strike would go on until the employers improved their offer. KVB "
        "leader Jan Smit said the talks would be hard.\n",
    ):
        sides, actors = _read(text)
        assert _workers(actors) is None, text
        assert "kvb" in actors and "kvb" in sides, text


def test_a_firm_beside_a_union_word_is_no_union() -> None:
    # a firm in a list after "union" is not set in apposition to it: the workers stay a side
    text = ("The seamen's union and Portovia Lines failed to agree on pay. The striking seamen "
            "rejected the company's offer on Monday.\n")
    _sides, actors = _read(text)
    assert _workers(actors) is not None


def test_a_callings_union_with_a_possessive_is_one_description() -> None:
    text = ("Latverian ferries idle\n\nThe seamen's union rejected the shipping lines' pay "
            "offer on Monday and said the strike by 3,000 seamen would go on.\n")
    _sides, actors = _read(text)
    workers = _workers(actors)
    assert workers is not None
    assert "seamen's union" in [a.lower() for a in workers.aliases]



def test_a_described_working_side_never_outweighs_the_named_side() -> None:
    # the dockers act in every sentence, the association is named once: both sit, and the
    # description never sets the bar the named side must clear (it sits at that bar)
    text = ("PORTOVIA, March 4 - Striking dockers resumed talks with the Portovia Shipping "
            "Association. The dockers rejected a pay offer, the union said. The dockers "
            "demanded a 20 pct pay rise and the dockers threatened to extend the strike. Talks "
            "between the dockers and port officials continue on Friday, and the dockers will "
            "vote on any deal. The dockers said the talks were difficult.\n")
    briefing = analyse(doc(text, published="1987-03-04"))
    primary = next(n for n in briefing.negotiations if n.primary)
    actors = {a.id: a for a in briefing.actors}
    assert len(primary.parties) == 2
    first, second = primary.parties
    assert actors[first].mentions  # the named side leads
    assert collective(actors[second])
