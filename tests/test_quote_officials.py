"""Quote speakers: an unnamed official's words are the body's he belongs to, where the text
names it (in his description, after it, or as the body whose officials it spoke of); an
onlooker's -- an analyst, a diplomat, an insider -- are nobody's (eval/CONVENTIONS.md, "Open",
counted in sessions 15-17).  "A senior administration official" stays a person.  Invented
sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc
from _quote_fixtures import speakers_by_quote

from briefing.extract import analyse
from briefing.extract.quotes.officials import onlooker


def _anon(text: str, anon_id: str, refs: list[str], affiliation: str | None = None):
    return actor(text, anon_id, "person", [], affiliation=affiliation, refs=refs)


def test_the_body_named_in_the_officials_description_speaks() -> None:
    text = ("Rates\n\nRates will stay where they are, a senior Harbour Bank official said.\n\n"
            "\"Anyone who sold the crown on Friday will regret it,\" the Harbour Bank official "
            "told reporters.\n")
    actors = (actor(text, "harbour_bank", "government", ["Harbour Bank"]),
              _anon(text, "anon_harbour_bank_official", ["a senior Harbour Bank official"],
                    "norland"))
    assert speakers_by_quote(text, actors)["Anyone who sold the crown on Friday will regret it,"] \
        == "harbour_bank"


def test_a_definite_official_with_no_actor_of_his_own_is_his_body() -> None:
    # ("A Transport Ministry official …" introduced someone unnamed: "the … official" is he,
    # and his words the ministry's)
    text = ("Roads\n\nA Transport Ministry official who took part in the talks said the plan "
            "would go ahead.\n\n\"The tolls will not rise before the winter,\" the Transport "
            "Ministry official said.\n")
    actors = (actor(text, "transport_ministry", "government", ["Transport Ministry"]),)
    assert speakers_by_quote(text, actors)["The tolls will not rise before the winter,"] \
        == "transport_ministry"


def test_a_ministry_official_speaks_for_the_ministry_last_named() -> None:
    text = ("Roads\n\nThe Transport Ministry met hauliers on Monday. A ministry official who "
            "took part said the plan would go ahead.\n\n\"The tolls will not rise before the "
            "winter,\" the senior ministry official said.\n")
    actors = (actor(text, "transport_ministry", "government", ["Transport Ministry"]),)
    assert speakers_by_quote(text, actors)["The tolls will not rise before the winter,"] \
        == "transport_ministry"


def test_an_official_of_a_body_named_after_him_speaks_for_it() -> None:
    text = ("Grain\n\n\"There is no sale in sight this month,\" said one senior official at "
            "the Grain Board, which runs the tenders.\n")
    actors = (actor(text, "grain_board", "government", ["Grain Board"]),
              _anon(text, "anon_senior_official", ["one senior official"]))
    assert speakers_by_quote(text, actors)["There is no sale in sight this month,"] == "grain_board"


def test_a_bare_official_is_one_of_the_officials_the_text_spoke_of() -> None:
    text = ("Computers\n\nNorlish officials responded coolly to the offer of a smaller "
            "machine.\n\nAsked about the offer, an official told reporters, \"They have not "
            "listened to our concerns.\"\n")
    actors = (actor(text, "norland", "state", ["Norlish"]),
              _anon(text, "anon_official", ["an official"]))
    assert speakers_by_quote(text, actors)["They have not listened to our concerns."] == "norland"


def test_the_official_named_before_is_the_person_not_his_body() -> None:
    # "the Harbour Bank official" after "Jo Roe, director of the Harbour Bank": Roe again
    text = ("Bank\n\nNorland has not decided, a senior Harbour Bank official said. \"No plans "
            "exist,\" Jo Roe, managing director of the Harbour Bank, told reporters.\n\n"
            "\"We are only here to listen,\" the Harbour Bank official said.\n")
    actors = (actor(text, "harbour_bank", "organization", ["Harbour Bank"]),
              actor(text, "roe", "person", ["Jo Roe"]),
              actor(text, "norland", "state", ["Norland"]))
    assert speakers_by_quote(text, actors)["We are only here to listen,"] == "roe"


def test_an_analyst_a_diplomat_an_insider_speak_for_no_side() -> None:
    text = ("Chips\n\nThe pact took effect in May.\n\n\"The real winners are the others,\" said "
            "one analyst.\n\n\"Nobody expects the quotas to hold,\" a Western diplomat said."
            "\n\n\"The bid is all but agreed,\" an insider in the talks said.\n")
    actors = (_anon(text, "anon_analyst", ["one analyst"]),
              _anon(text, "anon_western_diplomat", ["a Western diplomat"]),
              _anon(text, "anon_insider", ["an insider"]))
    got = speakers_by_quote(text, actors)
    assert got["The real winners are the others,"] is None
    assert got["Nobody expects the quotas to hold,"] is None
    assert got["The bid is all but agreed,"] is None


def test_an_onlooker_is_known_by_the_head_of_the_description() -> None:
    assert onlooker("a Western diplomat", False)
    assert onlooker("one analyst", True)
    assert onlooker("a source", False)
    # a source the description places in a body is someone of it, not an onlooker
    assert not onlooker("a Harbour Bank source", True)
    assert not onlooker("a senior official", False)


def test_a_senior_administration_official_stays_a_person() -> None:
    text = ("Briefing\n\n\"We expect the talks to resume next week,\" a senior administration "
            "official said.\n")
    actors = (actor(text, "norland_administration", "government", ["administration"]),
              _anon(text, "anon_administration_official",
                    ["a senior administration official"]))
    assert speakers_by_quote(text, actors)["We expect the talks to resume next week,"] \
        == "anon_administration_official"


def test_a_he_after_a_company_spokesman_is_the_company() -> None:
    text = ("Debt\n\nAcme Power will meet its creditors on Monday, a company spokesman said."
            "\n\n\"Without relief the company will be bankrupt in three years,\" he told "
            "reporters.\n")
    actors = (actor(text, "acme", "organization", ["Acme Power"]),)
    assert speakers_by_quote(text, actors)["Without relief the company will be bankrupt in three "
                                   "years,"] == "acme"


def test_the_whole_analysis_gives_a_ministry_officials_words_to_the_ministry() -> None:
    text = ("NORLAND SAYS ACCORD HOLDS\n\nNORTHPORT, March 3 - The accord with Southland still "
            "holds, a senior Norland Finance Ministry official said.\n\n\"Nothing in the "
            "minister's remarks changes the accord,\" the Finance Ministry official said.\n\n"
            "\"The rise in rates will not last,\" said one analyst.\n")
    quotes = {q.text: q.speaker for q in analyse(doc(text, "2023-03-03")).quotes}
    speaker = quotes["Nothing in the minister's remarks changes the accord,"]
    assert speaker is not None and "ministry" in speaker
    assert quotes["The rise in rates will not last,"] is None


def test_an_onlooker_named_by_his_nation_is_no_voice_of_the_state() -> None:
    text = ("Reform\n\nNorland's reforms were welcomed abroad.\n\n\"The unions remain weak, so "
            "the cuts will pass,\" a Southland banker told reporters.\n")
    actors = (actor(text, "norland", "state", ["Norland"]),
              actor(text, "southland", "state", ["Southland"]))
    assert speakers_by_quote(text, actors)["The unions remain weak, so the cuts will pass,"] is None


def test_the_board_of_directors_speaks_for_the_firm_last_named() -> None:
    text = ("Stake\n\nAcme Media said the sale of a stake would not change its business. The "
            "board of directors said in a statement that it would \"act in the interests of "
            "all shareholders\".\n")
    actors = (actor(text, "acme", "organization", ["Acme Media"]),)
    assert speakers_by_quote(text, actors)["act in the interests of all shareholders"] == "acme"


def test_an_official_of_an_administration_named_by_its_leader_speaks_for_it() -> None:
    # (a wire story's "a Halvorsen administration official": the description names his body)
    text = ("Debt\n\n\"Banks should weigh the plan,\" a Halvorsen administration official "
            "said.\n\n\"It is a fair offer,\" the official said.\n")
    actors = (actor(text, "halvorsen_administration", "government",
                    ["Halvorsen administration"]),
              _anon(text, "anon_halvorsen_administration_official",
                    ["a Halvorsen administration official", "the official"]))
    said = speakers_by_quote(text, actors)
    assert said["Banks should weigh the plan,"] == "halvorsen_administration"
    assert said["It is a fair offer,"] == "halvorsen_administration"


def test_an_official_named_by_his_state_alone_speaks_for_the_state() -> None:
    # "a senior Norlish government official", "one Norlish official": the state the
    # description names (the released gold: the state 8 quotes, nobody 2)
    text = ("Trade\n\n\"We understand their frustration,\" a senior Norlish government official "
            "said.\n\n\"The bill condemns us without a hearing,\" one Norlish official said.\n")
    actors = (actor(text, "norland", "state", ["Norlish"]),
              _anon(text, "anon_norlish_government_official",
                    ["a senior Norlish government official"], "norland"),
              _anon(text, "anon_norlish_official", ["one Norlish official"], "norland"))
    said = speakers_by_quote(text, actors)
    assert said["We understand their frustration,"] == "norland"
    assert said["The bill condemns us without a hearing,"] == "norland"
