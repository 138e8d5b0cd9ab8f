"""A name right after its holder's post is a person whatever the given name (issue 11):
"general manager Arrigo Roe", "ambassador to Athens Nazmi Roe".  Invented text."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.actors.post_names import post_names

TEXT = ("Ruritania and Borduria held talks on a trade deal. The club's general manager Arrigo "
        "Sacchetti is the driving force behind the move. Ruritanian ambassador to Athens Nazmi "
        "Akimoglu met the minister; Akimoglu said the talks went well. The firm's patriarch "
        "Gianfilo Agnetti did not want to give up control. He met Undersecretary of State "
        "Affairs Allwyn Wallace.")


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in post_names(text)]


def test_names_after_a_post() -> None:
    assert _names(TEXT) == ["Arrigo Sacchetti", "Nazmi Akimoglu", "Gianfilo Agnetti",
                            "Allwyn Wallace"]


def test_no_name_where_capitals_run_on_or_no_post_stands() -> None:
    assert _names("He met Chief Trade Policy and Planning Adviser Zorg Quell.") \
        == ["Zorg Quell"]
    assert _names("The coach Real Madrid Castilla hired won.") == []  # capitals run on
    assert _names("The spokesman Zorg Quell Partners named.") == []
    assert _names("Subcoach Zorg Quell left. The happy Zorg Quell stayed.") == []
    assert _names("The coach\nZorg Quell left.") == []  # a line break: no post


def test_the_holder_is_a_person_with_the_bare_surname_after() -> None:
    briefing = analyse(doc(TEXT, published="1987-03-06"))
    people = {a.name: [m.text for m in a.mentions] for a in briefing.actors
              if a.kind == "person"}
    assert people["Nazmi Akimoglu"] == ["Nazmi Akimoglu", "Akimoglu"]
    assert {"Arrigo Sacchetti", "Gianfilo Agnetti", "Allwyn Wallace"} <= set(people)


def test_a_known_word_after_a_post_is_no_person() -> None:
    briefing = analyse(doc("Ruritania and Borduria held talks. The coach Real Madrid hired "
                           "won.", published="1987-03-06"))
    assert not any(a.kind == "person" and "Madrid" in a.name for a in briefing.actors)
