"""Quote attribution rules: pronouns go to the nearest subject (by gender), "a spokesman for X",
speech frames (propose, write, "in a letter"), mixed quotes under believe/call, surnames."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def _speakers(text: str, actors: tuple) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(doc(text), actors, ())]


def test_pronoun_goes_to_the_nearest_named_subject_not_the_last_speaker() -> None:
    text = ("Strike talks\n\n\"We are still talking,\" a union spokesman said after the meeting.\n\n"
            "Guild leader Ann Bexley warned last week that there could be more walkouts. "
            "\"We will not give in to these demands now,\" she said.\n")
    actors = (actor(text, "anon", "person", [], refs=["a union spokesman"]),
              actor(text, "bexley", "person", ["Ann Bexley"]))
    assert _speakers(text, actors)[1] == ("We will not give in to these demands now,", "bexley")


def test_pronoun_skips_a_person_of_the_other_gender_and_objects() -> None:
    text = ("Talks\n\nMrs Anna Dole met Mr Karl Brand in the capital. Mr Brand then briefed "
            "Mrs Dole. \"There is no going back on this point at all,\" she said.\n")
    actors = (actor(text, "dole", "person", ["Anna Dole", "Dole"]),
              actor(text, "brand", "person", ["Karl Brand", "Brand"]))
    assert _speakers(text, actors)[0][1] == "dole"


def test_a_person_after_said_is_no_subject_for_the_pronoun() -> None:
    text = ("Talks\n\nOmar Haddad spoke first. But he said Mr Karl Brand had lost the trust of "
            "voters. \"There is a fundamental lack of trust here,\" he said.\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad", "Haddad"]),
              actor(text, "brand", "person", ["Karl Brand", "Brand"]))
    assert _speakers(text, actors)[0][1] == "haddad"


def test_a_spokesman_for_an_organisation_quotes_the_organisation() -> None:
    text = ("Talks\n\nA spokesman for the Guild of Clerks said after the meeting: "
            "\"At least we are still talking to them.\"\n")
    actors = (actor(text, "guild", "organization", ["Guild of Clerks"]),
              actor(text, "anon", "person", [], refs=["A spokesman"]))
    assert _speakers(text, actors) == [("At least we are still talking to them.", "guild")]


def test_proposed_in_a_letter_frames_a_mixed_quote() -> None:
    text = ("Offer\n\nPrime Minister Omar Haddad proposed in a letter to his counterpart Karl "
            "Brand that they meet to \"discuss all issues raised by both sides\".\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad"]),
              actor(text, "brand", "person", ["Karl Brand"]))
    (q,) = find_quotes(doc(text), actors, ())
    assert (q.speaker, q.kind) == ("haddad", "mixed")


def test_a_bare_surname_finds_the_person_when_the_mention_was_missed() -> None:
    text = ("Offer\n\nPrime Minister Pak Soo-min wrote to the rival government.\n\n"
            "Pak said talks could start once \"the minimum conditions for trust exist\".\n")
    actors = (actor(text, "pak", "person", ["Pak Soo-min"]),)
    (q,) = find_quotes(doc(text), actors, ())
    assert q.speaker == "pak"


def test_short_fragment_under_believe_with_a_government_subject() -> None:
    text = ("Pensions\n\nThe Ruritanian government met the unions. Privately ministers believe "
            "this will be the \"less painful\" option.\n")
    gov = actor(text, "ruritania_government", "government", ["Ruritanian government"])
    (q,) = find_quotes(doc(text), (gov,), ())
    assert (q.text, q.speaker) == ("less painful", "ruritania_government")


def test_called_it_with_a_named_subject_is_a_quote_without_one_a_term() -> None:
    text = ("Talks\n\nOmar Haddad called it \"a disgrace\" on Monday. Critics called it "
            "a \"peace dividend\".\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad"]),)
    assert _speakers(text, actors) == [("a disgrace", "haddad")]
