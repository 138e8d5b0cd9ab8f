"""People the knowledge base does not know, found by their given names (issue 11): a full
name, the surname after it, an address in a transcript, whom they act for.  Invented text."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.actors.new_people import signature_lines
from briefing.model import Briefing

WIRE = ("Israel and Hamas resumed talks on a hostage deal. Red Cross official Martin Kessler "
        "said the hostages would be handed over on Monday. Kessler spoke to reporters. The "
        "Egyptian negotiator Oliver Banfield of Egypt also attended the talks. Officials at the "
        "Robert Mane Foundation on John Doe Street were not asked. James S. Brady Press Briefing "
        "Room was full. Walter Reed National Military Medical Center treated him. Abraham "
        "Accords were signed.")
TRANSCRIPT = ("MS. ROE: Good afternoon. Israel and Hamas are close to a truce.\n\n"
              "Q Thanks. Will Hamas accept the deal?\n\nMS. ROE: Go ahead, Nadia.\n\n"
              "Q Thank you. On the truce?\n\nMS. ROE: Yes. Jane Roe will answer. Sam?\n\n"
              "Q Thanks, Jane.\n\nMS. ROE: Our next question goes to Alex Dorne with CNN.\n\n"
              "Q Related to Alex’s question: is the truce holding?\n")


def _people(briefing: Briefing) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in briefing.actors if a.kind == "person"}


def test_a_full_name_and_its_surname_make_one_person_with_an_affiliation() -> None:
    briefing = analyse(doc(WIRE, published="2024-03-06"))
    people = _people(briefing)
    assert people["Martin Kessler"] == ["Martin Kessler", "Kessler"]
    kessler = next(a for a in briefing.actors if a.name == "Martin Kessler")
    assert kessler.affiliation == "icrc" and kessler.title == "official"
    assert kessler.tier == "mentioned"  # speaks for no side and no mediator
    banfield = next(a for a in briefing.actors if a.name == "Oliver Banfield")
    assert banfield.affiliation == "egypt"
    assert banfield.tier == "party"  # the mediator's negotiator at the talks


def test_institutions_named_after_people_are_no_people() -> None:
    names = set(_people(analyse(doc(WIRE, published="2024-03-06"))))
    assert not any(w in n for n in names for w in ("Mane", "Doe", "Brady", "Reed", "Abraham"))


def test_a_lone_given_name_in_a_transcript_is_an_address() -> None:
    briefing = analyse(doc(TRANSCRIPT, published="2024-03-06"))
    people = _people(briefing)
    assert {a.name: a.affiliation for a in briefing.actors}["Alex Dorne"] == "cnn"
    assert people["Nadia"] == ["Nadia"] and people["Sam"] == ["Sam"]
    roe = next(name for name in people if name.lower().endswith("roe"))
    assert "Jane" in people[roe]  # "Thanks, Jane." addresses Jane Roe, named before
    assert "Jane" not in people
    assert people["Alex Dorne"] == ["Alex Dorne", "Alex"]  # "Alex’s question": the one Alex


def test_outside_a_transcript_a_lone_given_name_opening_a_sentence_is_no_person() -> None:
    # a sentence's first word is capitalised whatever it is: no evidence of a name
    text = "Israel and Hamas agreed a truce. Nadia, the officials said, was not there."
    assert "Nadia" not in _people(analyse(doc(text, published="2024-03-06")))


def test_a_title_word_before_a_known_surname_is_no_given_name() -> None:
    text = ("In September, Presidents Biden and Lula launched a partnership. National Security "
            "Advisor Sullivan met his counterpart on the talks.")
    briefing = analyse(doc(text, published="2024-11-18"))
    names = {a.id: [m.text for m in a.mentions] for a in briefing.actors if a.kind == "person"}
    assert names.get("joe_biden") == ["Biden"] and names.get("jake_sullivan") == ["Sullivan"]
    assert not any("Presidents" in n or "Advisor" in n for ms in names.values() for n in ms)


def test_an_honorific_is_no_persons_name() -> None:
    text = ("President Biden welcomed His Majesty, the King of Jordan, to talks on the truce. "
            "His Majesty has been a good friend. Your Majesty, over to you.")
    briefing = analyse(doc(text, published="2024-02-12"))
    assert not any("Majesty" in m.text for a in briefing.actors for m in a.mentions)


def test_a_name_cut_off_in_speech_is_no_person() -> None:
    text = ("We thanked the mediators, and Prime Minister Netanya- — Netanyahu, for the work "
            "on the hostage deal.")
    briefing = analyse(doc(text, published="2023-11-24"))
    assert not any(m.text == "Netanya" for a in briefing.actors for m in a.mentions)
    assert briefing.actor("benjamin_netanyahu") is not None


def test_the_europeans_act_europe_is_a_continent() -> None:
    text = ("The Europeans will travel to Kyiv next week to talk about a peace deal. "
            "Everyone in Europe wants peace.")
    briefing = analyse(doc(text, published="2025-08-17"))
    texts = [m.text for a in briefing.actors for m in a.mentions]
    assert "Europeans" in texts and "Europe" not in texts


def test_a_moderators_hand_over_names_a_reporter_whatever_the_given_name() -> None:
    text = ("MODERATOR: Our first question will go to Qorvan with the AP.\n\n"
            "Q Thanks. Will Hamas accept the deal?\n\nMS. ROE: Qorvan, we hope so.\n\n"
            "MODERATOR: Next we go to Ilsu Tarn with CNN.\n\nQ Is the truce holding?\n\n"
            "MS. ROE: Go ahead, Ilsu Tarn.\n")
    briefing = analyse(doc(text, published="2024-03-06"))
    people = _people(briefing)
    assert people["Qorvan"] == ["Qorvan", "Qorvan"]
    assert people["Ilsu Tarn"] == ["Ilsu Tarn", "Ilsu Tarn"]
    assert {a.name: a.affiliation for a in briefing.actors}["Ilsu Tarn"] == "cnn"


def test_a_hand_over_with_no_outlet_or_on_a_calling_line_names_a_reporter() -> None:
    text = ("MODERATOR: Our next question will go to Qorvan DeTarn.\n\n"
            "Q Thanks. Will Hamas accept the deal?\n\nMS. ROE: We hope so.\n\n"
            "MODERATOR: Next up, we will go on to the line of XJ Belu.\n\n"
            "Q Is the truce holding?\n\nMS. ROE: Yes. I will take a few more questions. "
            "Ilsu from Reuters.\n\nQ On the hostages?\n\nMS. ROE: As Ilsu asked, yes. "
            "Most of America.\n\nQ Thanks.\n\nMS. ROE: Hang on.\n\nAurelo Demi of CNN.\n\n"
            "Q Thank you.\n")
    briefing = analyse(doc(text, published="2024-03-06"))
    people = _people(briefing)
    assert people["Qorvan DeTarn"] == ["Qorvan DeTarn"]
    assert people["XJ Belu"] == ["XJ Belu"]
    assert people["Ilsu"] == ["Ilsu", "Ilsu"]
    assert {a.name: a.affiliation for a in briefing.actors}["Ilsu"] == "reuters"
    assert "Most" not in people
    assert people["Aurelo Demi"] == ["Aurelo Demi"]


def test_the_signatories_of_a_declaration_are_found_and_sit_at_the_table() -> None:
    text = ("Joint Declaration of Armenia and Azerbaijan\n\n"
            "1. Armenia and Azerbaijan agree to a ceasefire agreement and to peace talks.\n\n"
            "2. We agree to exchange all prisoners within a month.\n\n"
            "Signed at Geneva on May 2, 2023, in duplicate, in the English language.\n\n"
            "Tarvel Oskanyan\nBerik Mammadzade\n\n"
            "Prime Minister of Armenia Prime Minister of Azerbaijan\n")
    people = {a.name: a for a in analyse(doc(text, published="2023-05-02")).actors
              if a.kind == "person"}
    assert {"Tarvel Oskanyan", "Berik Mammadzade"} <= set(people)
    assert people["Tarvel Oskanyan"].tier == people["Berik Mammadzade"].tier == "party"


def test_a_name_line_far_from_any_signature_is_no_signatory() -> None:
    text = ("Talks resumed on Monday.\n\nTarvel Oskanyan\n\nThe envoy said little.\n\n"
            "Signed at Geneva on May 2, 2023, in the English language.\n\n"
            "The text runs on here as a long paragraph of prose, which ends the block.\n\n"
            "Berik Mammadzade\n")
    assert signature_lines(text) == []


def test_a_name_right_after_an_office_or_a_sentence_opener_is_found() -> None:
    text = ("Visit\n\nUndersecretary of State Michael Pemberworth will visit Tokyo. "
            "But Gianni Ferraldo, the firm's patriarch, said no. The Pemberworth talks "
            "went well.\n")
    people = _people(analyse(doc(text, published="1987-03-31")))
    assert people["Michael Pemberworth"] == ["Michael Pemberworth", "Pemberworth"]
    assert people["Gianni Ferraldo"] == ["Gianni Ferraldo"]


def test_a_place_that_opens_a_longer_name_hides_no_person() -> None:
    text = "Deal\n\nThe firm moved to a San Pedro Harbor office, officials said.\n"
    assert "Pedro Harbor" not in _people(analyse(doc(text, published="1987-03-31")))


def test_a_person_the_kb_lacks_takes_the_gender_of_the_kb_people_of_that_first_name() -> None:
    text = ("Visit\n\nUndersecretary of State Michael Pemberworth will visit Tokyo. Deputy "
            "spokeswoman Jane Hollister said the trip was set. The Pemberworth talks will "
            "focus on aid, she added.\n\n\"The talks are not about trade,\" she insisted.\n")
    briefing = analyse(doc(text, published="1987-03-31"))
    speaker = {a.id: a.name for a in briefing.actors}.get(briefing.quotes[0].speaker or "")
    assert speaker == "Jane Hollister"


def test_a_name_set_off_after_a_post_is_a_person_whatever_the_given_name() -> None:
    text = ("Ferry strike\n\nATHENS, March 4 - Greece's ambassador in Ankara, Tuvok Zerhani, "
            "was due to meet ministers today. One of the strikers' leaders, Osmar dos Ravel, "
            "told reporters the strike would go on. Zerhani said talks would help.\n")
    people = _people(analyse(doc(text, published="1987-03-04")))
    assert people["Tuvok Zerhani"] == ["Tuvok Zerhani", "Zerhani"]
    assert people["Osmar dos Ravel"] == ["Osmar dos Ravel"]


def test_a_list_or_a_firm_after_a_post_is_no_person() -> None:
    text = ("Bids\n\nThe chairman of the panel, Vantor Holdings, said it would bid. Bids came "
            "from the ministers of trade, Ruritania Steel, and Zorba Mills.\n")
    people = _people(analyse(doc(text, published="1987-03-04")))
    assert not any("Vantor" in n or "Ruritania" in n or "Zorba" in n for n in people)


def test_a_name_followed_by_a_post_is_a_person_acting_for_the_posts_body() -> None:
    text = ("Phone deal\n\nISTANBUL, March 4 - Orbicell said talks went on. Olmert met Tuvok "
            "Zerhani, Orbicell's chief operating officer, on Monday. But Osmar Ravelli, analyst "
            "at Orbicell, was not there. Zerhani said the deal was close.\n")
    briefing = analyse(doc(text, published="2004-03-04"))
    people = _people(briefing)
    assert people["Tuvok Zerhani"] == ["Tuvok Zerhani", "Zerhani"]
    assert "Osmar Ravelli" in people  # not "But Osmar Ravelli"
    zerhani = next(a for a in briefing.actors if a.name == "Tuvok Zerhani")
    assert zerhani.title == "chief operating officer"
    assert zerhani.affiliation is not None and zerhani.affiliation.startswith("orbicell")


def test_an_attribution_after_a_name_is_no_post() -> None:
    text = ("Reserves\n\nThe rise was due to sales of dollars for Special Drawing Rights, the "
            "spokesman said.\n")
    assert not any("Drawing" in n for n in _people(analyse(doc(text, published="1987-03-04"))))


def test_the_other_full_names_of_a_list_with_a_person_are_people() -> None:
    text = ("Presidency\n\nJon Finer met today with Members of the Presidency Zeljka Vrbanic, "
            "Tuvok Zerhani, and Denis Roe. Mr. Finer urged reforms.\n")
    people = _people(analyse(doc(text, published="2023-03-04")))
    assert people["Zeljka Vrbanic"] == ["Zeljka Vrbanic"]
    assert people["Tuvok Zerhani"] == ["Tuvok Zerhani"]
    # two names and a show: no list of three, no person
    text = ("Awards\n\nThe prize went to Doc Marlow and Life Begins, and Jane Roe won.\n")
    assert "Life Begins" not in _people(analyse(doc(text, published="2005-03-04")))


def test_a_name_with_a_middle_initial_is_a_person_whatever_the_given_name() -> None:
    text = ("Airline dispute\n\nDALLAS, April 9 - Pattu Q. Zorbel, president of the flight "
            "attendants' union, said the union would act. Zorbel said talks had failed. Shares "
            "of A.E. Vantor and N.Z. Dlrs rates were not affected.\n")
    people = _people(analyse(doc(text, published="1987-04-09")))
    assert people["Pattu Q. Zorbel"] == ["Pattu Q. Zorbel", "Zorbel"]
    assert not any("Vantor" in n or "Dlrs" in n for n in people)


def test_the_name_patterns_opening_with_a_capital_match_as_the_lookbehind_forms() -> None:
    """``OPENING_NAME_WORD`` (a class first, so the regex engine skips to capitals) finds
    what ``(?<![\\w’'.-])`` + ``NAME_WORD`` finds, match for match, in invented word salad."""
    import random
    import re

    from briefing.extract.actors import person_names as names
    from briefing.extract.actors import post_people as up

    lookbehind = r"(?<![\w’'.-])"
    pairs = [(up._INITIALLED, lookbehind + "(" + names.NAME_WORD),
             (up._APPOSED_POST, lookbehind + "(" + names.NAME_WORD),
             (up._NAME_LIST, lookbehind + "(" + names.NAME_WORD)]
    words = ["Mc", "Mac", "O'", "O’", "M", "O", "Ma", "c", "ac", "Roe", "Jo", "A.", " ", " ",
             ", ", "and ", "de ", "x", ".", "-", "'", "’", "Cu", "the ", "spokesman", "\t", "DA",
             "\n", "Zo", "Donner", "X"]
    rnd = random.Random(11)
    salads = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 14))) for _ in range(6000)]
    salads += ["Mac Donner A. Roe, Jo McRoe and O’Cu, the spokesman", "xMcRoe Jo A. Cu",
               "Jo Roe, spokesman; O’Cu Mac Donner, the Zo spokesman", ".Jo Roe, spokesman",
               "Jo Roe, Al McBo, and Di O’Cu met", "-Jo Roe and Al Bo; MacJo Roe and Al Bo"]
    for new, head in pairs:
        assert new.pattern.startswith("(" + names.OPENING_NAME_WORD)
        old = re.compile(head + new.pattern[len("(" + names.OPENING_NAME_WORD):])
        found = 0
        for text in salads:
            got = [(m.span(), m.groups()) for m in new.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in old.finditer(text)], text
            found += len(got)
        assert found >= 2


def test_a_possessive_names_the_person_and_stays_outside_the_span() -> None:
    # "Roe's offer": the name ends before the possessive, in the full name and the surname
    text = ("The board of Acme Widget Co rejected a takeover offer from investor Martin "
            "Tavish's fund on Monday. The company said Tavish's offer was too low, and "
            "Tavish’s advisers declined to comment. Tavish told regulators he owns 9 pct.")
    people = _people(analyse(doc(text, published="1987-03-13")))
    assert people["Martin Tavish"] == ["Martin Tavish", "Tavish", "Tavish", "Tavish"]


def test_a_generational_suffix_is_no_surname() -> None:
    # "Martin Tavish Jr": the bare "Tavish" is his, "Jr" is no surname
    text = ("Acme Widget Co said Martin Tavish Jr, its vice chairman, would lead the talks "
            "with the union. Tavish said an offer would come on Monday.")
    people = _people(analyse(doc(text, published="1987-03-13")))
    assert people["Martin Tavish Jr"] == ["Martin Tavish Jr", "Tavish"]


def test_an_actors_own_mention_before_a_full_name_does_not_hide_it() -> None:
    # "fellow Tory Jane Roe-Smith": the party's word is a mention of its own, so the person
    # after it is still found (a place's first word, "San Jose Mercury", still hides nothing)
    from _neg_fixtures import doc

    from briefing.extract import pipeline

    text = ("Pact row\n\nMr Clarke said the rules would change. But fellow Tory Jane "
            "Roe-Smithers said the system was wrong. \"The pact is a fake,\" she said.\n")
    b = pipeline.analyse(doc(text, published="2004-06-14"))
    names = {a.name: a.id for a in b.actors}
    assert "Jane Roe-Smithers" in names
    assert {q.text: q.speaker for q in b.quotes}["The pact is a fake,"] == names[
        "Jane Roe-Smithers"]


def test_initials_for_a_given_name_with_a_post_after_them_make_a_person() -> None:
    # "L.C. Roeburn Jr., vice president of ...": the post says a person; the bare surname
    # after is the same person.  Initials with no post ("A.E. Staley, a unit of ...", "U.S.
    # Securities, Zelco chairman Al Bo said") make nobody.
    from _neg_fixtures import doc

    from briefing.extract import pipeline

    text = ("Strike\n\nThe airline will hand out leaflets, according to L.C. Roeburn Jr., vice "
            "president of communications.\n\nDuring a news conference, Roeburn said the union "
            "was wrong. A.E. Staley, a unit of Zelco Corp, said it would sell. It paid for U.S. "
            "Securities, Zelco chairman Al Bo said.\n")
    b = pipeline.analyse(doc(text, published="1987-04-01"))
    people = {a.name: [text[m.start:m.end] for m in a.mentions]
              for a in b.actors if a.kind == "person"}
    assert people.get("L.C. Roeburn Jr.") == ["L.C. Roeburn Jr.", "Roeburn"]
    assert not any(name.startswith(("A.E.", "U.S.")) for name in people)


def test_a_census_given_name_opens_a_persons_name() -> None:
    text = ("Dockers and port owners resumed talks on pay. Harbour owner Thaddeus Quellmore "
            "said the offer stood. Quellmore met the union chief Simon Reyes on Friday.")
    people = _people(analyse(doc(text, published="1987-03-06")))
    assert people["Thaddeus Quellmore"] == ["Thaddeus Quellmore", "Quellmore"]
    assert "Simon Reyes" in people  # "Reyes", a surname first, is no given name


def test_a_census_name_used_as_a_word_opens_no_name() -> None:
    text = "The President wished staff a Merry Christmas before the talks on trade resumed."
    assert "Merry Christmas" not in _people(analyse(doc(text, published="2023-12-20")))



def test_a_lone_given_name_in_prose_after_the_full_name_is_that_person() -> None:
    text = ("The agent of Martin Kessel says the club must improve its offer. \"Martin wants "
            "to stay,\" he said. He added that Martin met the owner.")
    people = _people(analyse(doc(text, published="2024-03-06")))
    assert people["Martin Kessel"] == ["Martin Kessel", "Martin", "Martin"]


def test_a_lone_given_name_in_prose_before_the_full_name_is_no_one() -> None:
    text = ("The owner said Martin arrived first. Then Martin Kessel spoke about the offer "
            "with the club.")
    people = _people(analyse(doc(text, published="2024-03-06")))
    assert people["Martin Kessel"] == ["Martin Kessel"]


def test_lone_given_names_are_the_patterns_matches_whatever_the_text() -> None:
    # the lone given names are looked for only at tokens that are capitalised given names:
    # the same matches, in the same order, as the pattern searched over the whole text
    import random

    from briefing.extract.actors.new_people import _LONE_GIVEN, lone_given

    given = frozenset({"jo", "al", "mia", "noor", "zoë", "ed"})
    pieces = ["Jo", "Al", "Mia", "Noor", "Zoë", "Ed", "jo", "JO", "Roe", "Acme", "said", "the",
              "Jo's", "Jo’s", "O'Jo", "Al-Mia", "Jo2", "2Jo", "Edé", "éJo", "Mia.", "(Ed)",
              "“Noor”", "Jo-", "-Jo", ".Al", "Jo_", "St.", "\n", "  ", ", ", "—", "’", "'s"]
    rng = random.Random(16)
    texts = ["Jo said. Then Jo Roe left; Mia’s aide, Noor, and Al-Mia met Ed.",
             "Q Go ahead, Jo.\nJO: Thanks, Al."]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
              for _ in range(400)]
    for text in texts:
        want = [(m.start(1), m.end(1)) for m in _LONE_GIVEN.finditer(text)
                if m.group(1).lower() in given]
        assert [(m.start(1), m.end(1)) for m in lone_given(text, given)] == want, text


def test_a_surname_in_a_sentence_case_headline_names_the_person_the_body_names_in_full() -> None:
    text = ("Rowley set for new contract\n\nThe club said Mike Rowley would sign a new deal "
            "on Monday. Rowley has played for them since he was 19.\n")
    assert _people(analyse(doc(text, published=None))) \
        == {"Mike Rowley": ["Rowley", "Mike Rowley", "Rowley"]}


def test_a_title_case_or_capitals_headline_names_nobody_by_a_capital() -> None:
    for head in ("Oil Market Report: Rowley Prices Hold", "ROWLEY SIGNS NEW DEAL"):
        text = (f"{head}\n\nThe club said Mike Rowley would sign a new deal on Monday. "
                "Rowley has played for them since he was 19.\n")
        assert _people(analyse(doc(text, published=None)))["Mike Rowley"] \
            == ["Mike Rowley", "Rowley"]


def test_a_given_name_before_and_i_in_prose_is_a_person_known_by_it() -> None:
    text = ("Statement\n\nNadia and I send our best wishes to everyone who celebrates. Nadia "
            "is with me in Geneva. Uncle Jo and I were there too.\n")
    people = _people(analyse(doc(text, published="2024-03-06")))
    assert people["Nadia"] == ["Nadia", "Nadia"]
    assert not any("Jo" in n.split() for n in people)


def _kinds(briefing: Briefing) -> dict[str, str]:
    return {a.name: a.kind for a in briefing.actors}


def test_a_headline_name_the_body_reads_as_a_person_is_a_person() -> None:
    # a relative "who", an age set off by commas, a role noun before it, or "he" taking it up
    bodies = ("Talks on a new deal stalled after Quillan, who joined the club in May, spoke. "
              "But Quillan said the offer was low.",
              "Talks on a new deal stalled. And Quillan, 26, added that the offer was low. "
              "But Quillan said he would wait.",
              "Talks on a new deal stalled. The club's midfielder Quillan said the offer was "
              "low. But Quillan wants more.",
              "Talks on a new deal stalled. But Quillan claims he will stay. And Quillan said "
              "the offer was low.")
    for body in bodies:
        briefing = analyse(doc(f"Quillan rejects new offer\n\n{body}\n", published=None))
        assert _kinds(briefing).get("Quillan") == "person", body
        quillan = next(a for a in briefing.actors if a.name == "Quillan")
        assert quillan.mentions[0].text == "Quillan"


def test_a_headline_name_the_body_takes_up_as_it_stays_a_firm() -> None:
    text = ("Dravon profits rise\n\nProfits at the engineering group rose. But Dravon said it "
            "expected more orders. And Dravon, which employs 900 people, told investors the "
            "year had been good.\n")
    assert _kinds(analyse(doc(text, published=None))).get("Dravon") == "organization"


def test_a_quote_of_a_headline_person_is_theirs_after_a_pronoun() -> None:
    text = ("Quillan rejects new offer\n\nBut Quillan, speaking to reporters, also admits the "
            "club has been patient. He told the radio: \"I want to win things here.\" But "
            "Quillan claims he will stay.\n")
    briefing = analyse(doc(text, published=None))
    quillan = next(a for a in briefing.actors if a.name == "Quillan")
    assert [q.speaker for q in briefing.quotes] == [quillan.id]


def test_a_person_named_by_a_given_name_alone_takes_that_names_gender() -> None:
    # "Karine" (a woman's name among the KB's people) is no antecedent of "he"
    text = ("Remarks\n\nI asked Karine about the truce yesterday. The other candidate sees it "
            "differently. To his supporters, he says, \"The truce will never hold, believe me.\"\n")
    briefing = analyse(doc(text, published="2024-03-06"))
    karine = [a.id for a in briefing.actors if a.name == "Karine"]
    assert karine and briefing.quotes[0].speaker not in karine
