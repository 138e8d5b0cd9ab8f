"""Quote speakers: an unnamed spokesperson speaks for the organisation they are the voice of
(GOLD_FORMAT: "a spokesman for X" -> X), named before the noun ("a Zelco spokeswoman"), after
it ("a spokesman for Vienna-based Zelco") or in the sentence before ("Zelco issued new rules.
A spokesman said").  An unnamed official speaks for the body he belongs to
(tests/test_quote_officials.py); a spokesman whose body the text does not say -- a state's --
speaks for no one known.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc
from _quote_fixtures import speakers_by_quote

from briefing.extract.quotes.finder import find_quotes


def _spokes(text: str, anon_id: str, intro: str, affiliation: str | None = None):
    return actor(text, anon_id, "person", [], affiliation=affiliation, refs=[intro])


def test_a_spokeswoman_named_by_her_organisation_speaks_for_it() -> None:
    text = ("Probe\n\nThe case went to the prosecutor. \"I can confirm that the file has been "
            "passed on,\" a Zelco spokeswoman said. \"It is now a criminal matter.\"\n")
    actors = (actor(text, "zelco", "organization", ["Zelco"]),
              _spokes(text, "anon_zelco_spokeswoman", "a Zelco spokeswoman", "zelco"))
    got = speakers_by_quote(text, actors)
    assert got["I can confirm that the file has been passed on,"] == "zelco"
    assert got["It is now a criminal matter."] == "zelco"


def test_a_spokesman_for_a_body_with_a_based_modifier_speaks_for_it() -> None:
    text = ("Bid\n\nA spokesman for Vienna-based Zelco said talks went on. \"We are talking to "
            "many companies at the moment,\" he said.\n")
    actors = (actor(text, "zelco", "organization", ["Zelco"]),
              _spokes(text, "anon_spokesman", "A spokesman"))
    assert speakers_by_quote(text, actors)["We are talking to many companies at the moment,"] == "zelco"


def test_a_bare_spokesman_speaks_for_the_subject_of_the_sentence_before() -> None:
    text = ("Rules\n\nThe Harbour Pilots Guild has issued new rules to its members. A spokesman "
            "said: \"Nobody will be chasing ships across the bay at night.\"\n")
    actors = (actor(text, "guild", "organization", ["Harbour Pilots Guild"]),
              _spokes(text, "anon_spokesman", "A spokesman"))
    assert speakers_by_quote(text, actors)["Nobody will be chasing ships across the bay at night."] \
        == "guild"


def test_a_bare_spokesman_after_a_sentence_about_a_place_speaks_for_no_one_known() -> None:
    # (the state is no body a spokesman is found to speak for; nor is he someone the reader
    # can follow: the words have no speaker, as gold gives them)
    text = ("Rules\n\nStorms hit Norland on Monday. A spokesman said: \"Nobody will be chasing "
            "ships across the bay at night.\"\n")
    actors = (actor(text, "norland", "state", ["Norland"]),
              _spokes(text, "anon_spokesman", "A spokesman"))
    assert speakers_by_quote(text, actors)["Nobody will be chasing ships across the bay at night."] \
        is None


def test_an_unnamed_official_speaks_for_his_body() -> None:
    text = ("Tax\n\n\"We are totally opposed to a tax on share trading,\" a Zelco official "
            "said.\n")
    actors = (actor(text, "zelco", "organization", ["Zelco"]),
              _spokes(text, "anon_zelco_official", "a Zelco official", "zelco"))
    assert speakers_by_quote(text, actors)["We are totally opposed to a tax on share trading,"] \
        == "zelco"


def test_a_spokesman_for_a_person_still_gives_the_person() -> None:
    text = ("Talks\n\n\"The minister will not resign over this matter,\" a spokesman for Omar "
            "Haddad said.\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad"]),
              _spokes(text, "anon_spokesman_for_haddad", "a spokesman", "haddad"))
    assert speakers_by_quote(text, actors)["The minister will not resign over this matter,"] == "haddad"


def test_the_subject_before_a_parenthesis_speaks_not_a_name_inside_it() -> None:
    text = ("Oil\n\nOmar Haddad, in his first interview since succeeding Karl Brand last "
            "October, said: \"I do not foresee any need for new measures before June.\"\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad"]),
              actor(text, "brand", "person", ["Karl Brand"]))
    assert speakers_by_quote(text, actors)["I do not foresee any need for new measures before June."] \
        == "haddad"


def test_a_title_before_the_name_still_names_the_subject() -> None:
    text = ("Oil\n\nFormer minister Karl Brand told reporters: \"Prices will stay firm until "
            "the summer.\"\n")
    actors = (actor(text, "brand", "person", ["Karl Brand"]),)
    assert speakers_by_quote(text, actors)["Prices will stay firm until the summer."] == "brand"


def test_a_pronoun_calling_something_by_a_quoted_name_is_quoting_that_person() -> None:
    text = ("Talks\n\nPresident Ana Lopes spoke on Friday. She called it \"the best "
            "chance for peace\" and urged both sides to accept it.\n")
    actors = (actor(text, "lopes", "person", ["Ana Lopes"], title="President"),)
    assert speakers_by_quote(text, actors).get("the best chance for peace") == "lopes"


def test_a_subjectless_so_called_stays_a_term() -> None:
    text = ("Talks\n\nThe so-called \"peace corridor\" opened on Friday.\n")
    assert "peace corridor" not in speakers_by_quote(text, ())


def test_a_he_is_not_a_woman_the_knowledge_base_knows() -> None:
    text = ("Talks\n\nKarl Brand arrived on Monday. Ana Lopes took questions.\n\n\"We will win "
            "this vote in the end,\" he said.\n")
    actors = (actor(text, "brand", "person", ["Karl Brand"]),
              actor(text, "lopes", "person", ["Ana Lopes"]))
    got = find_quotes(doc(text), actors, (), genders={"lopes": "f", "brand": "m"})
    assert [q.speaker for q in got] == ["brand"]
    # with no gender known the closest subject is taken, whoever it is
    assert speakers_by_quote(text, actors)["We will win this vote in the end,"] == "lopes"


def test_a_he_after_someone_described_but_never_named_is_nobody_named_before() -> None:
    text = ("Speech\n\nOmar Haddad spoke about his illness. Years ago, the doctor looked at the "
            "scans. And he said, \"Your chances are not very good at all.\"\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad"]),)
    assert speakers_by_quote(text, actors)["Your chances are not very good at all."] is None


def test_a_he_after_an_office_holder_described_is_still_the_named_person() -> None:
    text = ("Talks\n\nOmar Haddad arrived in Geneva. The minister told delegates the talks would "
            "go on. \"There is no other way for us to go,\" he said.\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad"]),)
    assert speakers_by_quote(text, actors)["There is no other way for us to go,"] == "haddad"


def test_a_possessed_spokesman_speaks_for_the_possessor() -> None:
    text = ("Law\n\nThe church has asked for a review. Mr Haddad's official spokesman said: "
            "\"The minister has no plans to change the law.\"\n")
    actors = (actor(text, "haddad", "person", ["Haddad"]),)
    assert speakers_by_quote(text, actors)["The minister has no plans to change the law."] == "haddad"


def test_a_possessed_spokeswoman_of_an_organisation() -> None:
    text = ("Aid\n\n\"We will not stop the convoys,\" Zelco's spokeswoman said on Friday.\n")
    actors = (actor(text, "zelco", "organization", ["Zelco"]),)
    assert speakers_by_quote(text, actors)["We will not stop the convoys,"] == "zelco"


def test_a_possessed_statement_speaks_for_the_possessor() -> None:
    text = ("Vote\n\nMr Haddad was appointed last year. Mr Haddad's statement said: \"The party "
            "will fight for every seat.\"\n")
    actors = (actor(text, "haddad", "person", ["Haddad"]),)
    assert speakers_by_quote(text, actors)["The party will fight for every seat."] == "haddad"


def test_his_petition_is_the_words_of_the_person_his_stands_for() -> None:
    text = ("Shares\n\nOmar Haddad said the shares were held in trust. His petition said the "
            "sale was \"a serious breach of duty.\"\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad"]),)
    assert speakers_by_quote(text, actors)["a serious breach of duty."] == "haddad"


def test_a_company_spokesman_speaks_for_the_firm_and_the_spokesman_after_too() -> None:
    # no actor for the spokesman: the description alone names the firm last named
    text = ("Bid\n\nAcme Foods of Italy is close to a purchase worth \"several hundred million "
            "euros\" in the grain sector, a company spokesman told Reuters.\n\nThe spokesman "
            "said a rival bid was \"not under consideration at this point.\"\n")
    actors = (actor(text, "acme", "organization", ["Acme Foods"]),
              actor(text, "italy", "state", ["Italy"]))
    got = speakers_by_quote(text, actors)
    assert got["several hundred million euros"] == "acme"
    assert got["not under consideration at this point."] == "acme"


def test_a_bank_spokeswoman_speaks_for_the_bank_named_before() -> None:
    text = ("Loans\n\nFirst Harbour Bank lent to Zelco last year.\n\n\"We have no plans to "
            "call in the loans,\" a bank spokeswoman said.\n")
    actors = (actor(text, "fhb", "organization", ["First Harbour Bank"]),
              actor(text, "zelco", "organization", ["Zelco"]))
    assert speakers_by_quote(text, actors)["We have no plans to call in the loans,"] == "fhb"


def test_a_bare_the_spokesman_with_no_body_before_stays_unresolved() -> None:
    text = ("Loans\n\nZelco lent to Acme last year.\n\n\"We have no plans to call in the "
            "loans,\" the spokesman said.\n")
    actors = (actor(text, "acme", "organization", ["Acme"]),
              actor(text, "zelco", "organization", ["Zelco"]))
    assert speakers_by_quote(text, actors)["We have no plans to call in the loans,"] is None


def test_a_spokesman_for_a_body_whose_mention_covers_only_the_end_of_its_name() -> None:
    # (the actor pass found "Fisheries Ministry" inside "the Agriculture and Fisheries
    # Ministry": the body whose name ends the run after "for the" is the one meant)
    text = ("Quotas\n\n\"We are watching the catch closely,\" a spokesman for the Agriculture "
            "and Fisheries Ministry told reporters. \"The quota is too high,\" he said.\n")
    actors = (actor(text, "fisheries", "government", ["Fisheries Ministry"]),
              _spokes(text, "anon_spokesman", "a spokesman"))
    got = speakers_by_quote(text, actors)
    assert got["We are watching the catch closely,"] == "fisheries"
    assert got["The quota is too high,"] == "fisheries"
