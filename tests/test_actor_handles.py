"""A social-media handle that spells a person's name is a mention of that person (issue 11,
name mentions).  Invented text."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.actors.handles import handle_mentions
from briefing.model import Actor, Mention


def _person(text: str, actor_id: str, name: str) -> Actor:
    at = text.index(name)
    return Actor(actor_id, name, "person", "party", mentions=(Mention(at, at + len(name), name),))


def test_a_handle_holding_a_name_or_equal_to_a_surname_is_that_persons_mention() -> None:
    text = ("Martin Kessler met Ruritania's envoy. The envoy said: “I thank @realMartinKessler "
            "for his work.” A senator wrote: “@kessler is right, and so is @Ruritania.”")
    out = handle_mentions((_person(text, "kessler", "Martin Kessler"),), text)
    assert [m.text for m in out[0].mentions] == ["Martin Kessler", "realMartinKessler", "kessler"]


def test_a_handle_two_people_could_own_names_neither() -> None:
    text = "Jo Kessler and Al Kessler met. Aides praised @kessler."
    people = (_person(text, "jo", "Jo Kessler"), _person(text, "al", "Al Kessler"))
    out = handle_mentions(people, text)
    assert [len(a.mentions) for a in out] == [1, 1]


def test_the_whole_extraction_reads_handles() -> None:
    text = ("Ruritania and Borduria agreed a truce. Martin Kessler welcomed it. Borduria's "
            "minister wrote: “Thank you @realMartinKessler for the truce.”")
    got = {a.name: [m.text for m in a.mentions] for a in analyse(doc(text)).actors}
    assert "realMartinKessler" in got["Martin Kessler"]
