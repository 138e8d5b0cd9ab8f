"""A table of three sides holding two deals: the lead names the story's pair, and another
pair's deal among them is a thread of its own (``threads.lead_sides``).  Invented texts; real
states the knowledge base knows."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.model import Negotiation


def _threads(text: str) -> list[Negotiation]:
    return list(analyse(doc(text, "2020-06-14")).negotiations)


_LEAD = ("Norway and Chile in trade talks\n\nNorway held talks with Chile today on tariffs. "
         "Norway, Chile and Peru met again in Oslo for talks on trade. ")


def test_a_seated_pair_the_lead_does_not_name_has_its_own_deal() -> None:
    threads = _threads(_LEAD + "Norway and Peru have also concluded an accord on fishing "
                       "quotas.\n")
    primary = next(n for n in threads if n.primary)
    assert {"norway", "chile", "peru"} <= set(primary.parties)
    pair = [n for n in threads if not n.primary and set(n.parties) == {"norway", "peru"}]
    assert pair and "quotas" in {i.key for i in pair[0].issues}
    assert "quotas" not in {i.key for i in primary.issues}


def test_the_pair_the_lead_names_keeps_its_deal() -> None:
    threads = _threads(_LEAD + "Norway and Chile have also concluded an accord on fishing "
                       "quotas.\n")
    assert [n for n in threads if n.primary]
    assert not [n for n in threads if not n.primary
                and set(n.parties) == {"norway", "chile"}]


def test_a_name_the_index_holds_in_part_still_makes_a_pair() -> None:
    # "Ecuador Fisheries": the index knows "Ecuador"; the name runs on before "and"
    threads = _threads("Trade talks\n\nNorway and Chile held talks today on trade. Norway and "
                       "Chile met again in Oslo. The ministers noted that the Ecuador Fisheries "
                       "and Peru have concluded an accord on fishing.\n")
    assert [n for n in threads if not n.primary and set(n.parties) == {"ecuador", "peru"}]
