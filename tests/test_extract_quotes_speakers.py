"""Quote speakers on texts nobody tuned for: titles alone, pronouns as clause subjects, papers
that speak for their authors, reporters quoting the official, pull quotes, terms, and people
the actor pass missed.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc
from _quote_fixtures import speakers_by_quote

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract.quotes.discover import unnamed_speakers
from briefing.extract.quotes.finder import find_quotes
from briefing.extract.quotes.marks import pair_marks


def test_a_typists_apostrophe_is_no_quotation_mark() -> None:
    text = 'The rebels "want it all their way and it isn"t fair," the envoy said.'
    (raw,) = pair_marks(text, 0, len(text))
    assert text[raw.start:raw.end] == "want it all their way and it isn\"t fair,"


def test_the_title_alone_is_its_holder_not_the_last_person_named() -> None:
    text = ("Talks\n\nPresident Ana Lopes met the press. She said aide Karl Brand had resigned. "
            "\"No, that is not true at all,\" the president replied when asked about Brand.\n")
    actors = (actor(text, "lopes", "person", ["Ana Lopes"], title="President"),
              actor(text, "brand", "person", ["Karl Brand", "Brand"]))
    assert speakers_by_quote(text, actors)["No, that is not true at all,"] == "lopes"


def test_a_sentence_adverb_does_not_hide_the_subject() -> None:
    text = ("Talks\n\nWhen Omar Haddad was arrested, of course Karl Brand gave a speech. "
            "In it he said, \"those who doubted us were wrong about everything\".\n")
    actors = (actor(text, "haddad", "person", ["Omar Haddad"]),
              actor(text, "brand", "person", ["Karl Brand"]))
    assert speakers_by_quote(text, actors)["those who doubted us were wrong about everything"] == "brand"


def test_a_pronoun_opening_the_clause_speaks_through_a_participle() -> None:
    text = ("Talks\n\nAide Karl Brand stood by. President Ana Lopes took questions.\n\n"
            "At one point, she laughed off a question on the deal, saying, \"Oh, no,\" and "
            "adding:\n\n\"You would have heard me from the street if they had told me.\"\n")
    actors = (actor(text, "lopes", "person", ["Ana Lopes"], title="President"),
              actor(text, "brand", "person", ["Karl Brand"]))
    got = speakers_by_quote(text, actors)
    assert got["Oh, no,"] == "lopes"
    assert got["You would have heard me from the street if they had told me."] == "lopes"


def test_a_report_speaks_for_who_issued_it() -> None:
    text = ("Aid\n\nAid budgets are falling, the Relief Alliance says in a report. The report "
            "said: \"Rich countries are giving less and less every single year.\"\n")
    actors = (actor(text, "relief", "organization", ["Relief Alliance"]),)
    assert speakers_by_quote(text, actors)["Rich countries are giving less and less every single year."] \
        == "relief"


def test_the_administration_is_the_government_of_the_state_in_its_clause() -> None:
    text = ("Strike\n\nU.S. naval forces hit a platform in what the administration called a "
            "\"measured and appropriate response\" to the attack.\n")
    usa = actor(text, "usa", "state", ["United States"])
    navy = actor(text, "usa_navy", "armed_forces", [], refs=["U.S. naval forces"])
    navy = navy.__class__(**{**{f: getattr(navy, f) for f in navy.__slots__}, "part_of": "usa"})
    assert speakers_by_quote(text, (usa, navy))["measured and appropriate response"] == "usa"


def test_the_last_clause_of_a_compound_sentence_holds_the_speaker() -> None:
    text = ("Accession\n\nThe EU wants recognition of Cyprus, but Turkey, which occupies the "
            "north, had insisted it would not bow, calling the issue a \"red line\".\n")
    actors = (actor(text, "eu", "igo", ["EU"]), actor(text, "turkey", "state", ["Turkey"]),
              actor(text, "cyprus", "state", ["Cyprus"]))
    assert speakers_by_quote(text, actors)["red line"] == "turkey"


def test_a_pull_quote_names_its_speaker_after_a_dash() -> None:
    text = ("Interview\n\n\"Brains make wealth, not oil. We have brains.\" — Haddad, on the "
            "region's oil wealth.\n\nEditor: What about the saying, \"Those who forget history "
            "repeat it\"?\n")
    actors = (actor(text, "haddad", "person", ["Haddad"]),)
    got = speakers_by_quote(text, actors)
    assert got["Brains make wealth, not oil. We have brains."] == "haddad"
    # the next paragraph opens with words of its own: no continuation of Haddad's quote
    assert got.get("Those who forget history repeat it") is None


def test_a_term_quoted_twice_is_no_quotation() -> None:
    text = ("Debt\n\nThe minister said few banks would take up the \"exit bonds\" this year.\n\n"
            "Details of the \"exit bonds\" were not given.\n")
    actors = (actor(text, "minister", "person", [], refs=["The minister"]),)
    assert speakers_by_quote(text, actors) == {}


TRANSCRIPT = (
    "Press Call on the Talks\n\n"
    "SENIOR ADMINISTRATION OFFICIAL: We will negotiate towards a lasting truce.\n\n"
    "Q Thanks. When you were saying before, \"we will negotiate towards\", what did you mean?\n\n"
    "SENIOR ADMINISTRATION OFFICIAL: A permanent end to the fighting.\n"
)


def test_a_reporter_quoting_you_quotes_the_official_questioned() -> None:
    document, _ = document_from_text("call.txt", TRANSCRIPT,
                                     meta=Metadata(title=None, published="2024-09-25"))
    official = actor(TRANSCRIPT, "official", "person", [],
                     refs=["SENIOR ADMINISTRATION OFFICIAL"])
    got = {q.text: q.speaker for q in find_quotes(document, (official,), ())}
    assert got["we will negotiate towards"] == "official"


def test_people_quoted_whom_the_actor_pass_missed_become_speakers() -> None:
    text = ("Bid\n\n\"The onus is on the board to show the value of the deal,\" said Jo Roe, "
            "investment director at a fund.\n\n"
            "Relief Alliance's Mia Sand said: \"This scandal must stop now.\"\n\n"
            "Finance director-general Piet Smal said talks would start. Smal said \"we are "
            "busy\".\n\n"
            "Northern Rock Investments said it would sell.\n")
    relief = actor(text, "relief", "organization", ["Relief Alliance"])
    found = {a.name: a for a in unnamed_speakers(doc(text), (relief,))}
    assert set(found) == {"Jo Roe", "Mia Sand", "Piet Smal"}
    assert found["Mia Sand"].affiliation == "relief"
    assert [m.text for m in found["Piet Smal"].mentions] == ["Piet Smal", "Smal"]
    speakers = speakers_by_quote(text, (relief, *found.values()))
    assert speakers["This scandal must stop now."] == found["Mia Sand"].id
    assert speakers["we are busy"] == found["Piet Smal"].id


def test_a_definite_description_of_a_director_refers_back() -> None:
    text = ("Aid\n\n\"Rich countries are giving less,\" Relief Alliance's Mia Sand said.\n\n"
            "\"The year will end in shameful failure unless leaders act,\" the charity's "
            "director added.\n")
    relief = actor(text, "relief", "organization", ["Relief Alliance"])
    sand = actor(text, "sand", "person", ["Mia Sand"], affiliation="relief")
    assert speakers_by_quote(text, (relief, sand))[
        "The year will end in shameful failure unless leaders act,"] == "sand"


def test_a_description_before_a_name_and_a_comma_makes_a_speaker() -> None:
    text = ("ID cards\n\nThe new chairman of the Bar Council, Guy Roe QC warned there was a real "
            "risk that people on the \"margins of society\" would be driven away.\n")
    (found,) = unnamed_speakers(doc(text), ())
    assert found.name == "Guy Roe"
    assert speakers_by_quote(text, (found,))["margins of society"] == found.id


def test_a_name_after_the_pronoun_corrects_it() -> None:
    text = ("Interview\n\nPresident Ana Lopes gave an interview.\n\nLater on, she — the host Jo "
            "Marr said, \"So nobody told you to keep the troops there at all?\"\n")
    actors = (actor(text, "lopes", "person", ["Ana Lopes"], title="President"),)
    assert speakers_by_quote(text, actors)["So nobody told you to keep the troops there at all?"] \
        != "lopes"


def test_a_description_is_a_noun_phrase_not_a_clause_opening_with_that() -> None:
    text = ("Briefing\n\nMS. ROE: Aide Karl Brand briefed us. That is something local officials "
            "will speak to; I keep saying, \"local officials will know more\".\n")
    actors = (actor(text, "roe", "person", ["ROE"]),
              actor(text, "brand", "person", ["Karl Brand"]))
    assert speakers_by_quote(text, actors).get("local officials will know more") != "brand"


def test_a_surname_alone_as_speaker_finds_the_full_name_used_elsewhere() -> None:
    text = ("Cup\n\nCity boss Rafa Benez was satisfied after the win.\n\n\"We must concentrate to "
            "the very last second,\" said Benez. \"I have confidence in the team,\" Benez added."
            "\n\n\"Steady growth,\" said Steve Slint of Lehman Securities.\n")
    found = {a.name: a for a in unnamed_speakers(doc(text), ())}
    assert set(found) == {"Rafa Benez", "Steve Slint"}
    speakers = speakers_by_quote(text, tuple(found.values()))
    assert speakers["We must concentrate to the very last second,"] == found["Rafa Benez"].id
    assert speakers["I have confidence in the team,"] == found["Rafa Benez"].id


def test_a_quote_ending_in_a_quoted_question_takes_the_attribution_after_it() -> None:
    text = ("Phones\n\nPeople hesitate, said Mr Karl Jain. \"They ask: 'Will it work?'\" he said."
            "\n")
    actors = (actor(text, "jain", "person", ["Karl Jain"]),)
    assert speakers_by_quote(text, actors)["They ask: 'Will it work?'"] == "jain"


def test_the_highlights_of_an_interview_are_its_principals() -> None:
    text = ("Envoy Omar Reyes on the Evening Hour\n\nThe envoy gave an interview. Aide Karl Brand "
            "was there.\n\nThe top moments:\n\n- On the ceasefire: \"It is very solid and it will "
            "hold.\"\n- On the corridor: \"The ships will be inspected at the port.\"\n")
    document = doc(text, title="Envoy Omar Reyes on the Evening Hour")
    actors = (actor(text, "reyes", "person", ["Omar Reyes"]),
              actor(text, "brand", "person", ["Karl Brand"]))
    got = {q.text: q.speaker for q in find_quotes(document, actors, ())}
    assert got["It is very solid and it will hold."] == "reyes"
    assert got["The ships will be inspected at the port."] == "reyes"


def test_a_statement_citing_its_authors_own_words() -> None:
    title = "Statement from President Ana Lopes on the Truce"
    text = (title + "\n\nToday the truce took hold. As I said last month, \"a truce is only as "
            "strong as its monitors\". Aide Karl Brand will brief the press.\n")
    document = doc(text, title=title)
    actors = (actor(text, "lopes", "person", ["Ana Lopes"], title="President"),
              actor(text, "brand", "person", ["Karl Brand"]))
    got = {q.text: q.speaker for q in find_quotes(document, actors, ())}
    assert got["a truce is only as strong as its monitors"] == "lopes"


def test_a_headline_quote_is_the_body_quote_that_repeats_it() -> None:
    title = "Ruritania puts army in 'state of readiness'"
    text = (title + "\n\nThe army must enter a \"state of readiness\" at once, the Ruritanian "
            "news agency said.\n")
    document = doc(text, title=title)
    agency = actor(text, "agency", "organization", [], refs=["the Ruritanian news agency"])
    got = [(q.text, q.speaker) for q in find_quotes(document, (agency,), ())]
    assert got == [("state of readiness", "agency"), ("state of readiness", "agency")]


def test_a_passive_speech_verb_quotes_its_agent() -> None:
    text = ("Burglary\n\nThe singer Ann Roe has been praised by the police chief for \"very "
            "bravely\" tackling the burglar.\n")
    actors = (actor(text, "roe", "person", ["Ann Roe"]),
              actor(text, "chief", "person", [], refs=["the police chief"]))
    assert speakers_by_quote(text, actors)["very bravely"] == "chief"


def test_a_text_without_quotation_marks_needs_no_speakers() -> None:
    text = "Talks\n\nAnalyst Jo Roe said talks went well.\n"
    assert unnamed_speakers(doc(text), ()) == ()
    assert [a.name for a in unnamed_speakers(doc(text + "\"Very well,\" Jo Roe said.\n"), ())] \
        == ["Jo Roe"]


def test_a_given_name_used_alone_finds_the_family_name_after_it() -> None:
    text = ("Tin\n\nChief Inspector of Mines Redi Sumon told reporters output was limited.\n\n"
            "Redi said the department would \"approve more licences\". Merrill said the loan "
            "was a back-up, said Merrill Lynch Capital Markets.\n")
    names = {a.name for a in unnamed_speakers(doc(text), ())}
    assert names == {"Redi Sumon"}


def test_he_after_an_unnamed_source_is_that_source_not_someone_named_before() -> None:
    # "…," an industry source said. "…," he said: the same unnamed source (no actor), not
    # the person named as a subject further back; a company spokesman speaks for the firm,
    # and so does his "he said"
    text = ("Coffee\n\n\"The brands cheapened the blend for profit,\" Paul Roe said.\n\n"
            "\"Where else are you going to go from here?\" an industry source said. \"Kids are "
            "not going to drink coffee, that much is apparent,\" he said.\n\n"
            "\"We will not cut the price this year,\" a company spokesman said of Acme Corp. "
            "\"Nor will we cut it next year,\" he said.\n")
    actors = (actor(text, "roe", "person", ["Paul Roe"]),
              actor(text, "acme", "organization", ["Acme Corp"]))
    speakers = speakers_by_quote(text, actors)
    assert speakers["The brands cheapened the blend for profit,"] == "roe"
    assert speakers["Kids are not going to drink coffee, that much is apparent,"] is None
    assert speakers["Nor will we cut it next year,"] == speakers[
        "We will not cut the price this year,"]


def test_a_description_repeating_the_title_before_a_name_is_that_person() -> None:
    # the title run before the first mention ("Ruritanian Ambassador to the WTO Karl Brand",
    # "Budget Chief Jo Roe") names whom "the Ruritanian ambassador" stands for, however far
    # back, and whichever person is named in between
    filler = "The talks went on through the week without any result. " * 30
    text = ("Talks\n\nThe plan is dead, Ruritanian Ambassador to the WTO Karl Brand said. "
            f"{filler}President Ana Lopes has said the plan was good. "
            "\"We will reply in due course,\" the Ruritanian ambassador said.\n")
    actors = (actor(text, "brand", "person", ["Karl Brand"]),
              actor(text, "lopes", "person", ["Ana Lopes"], title="President"))
    assert speakers_by_quote(text, actors)["We will reply in due course,"] == "brand"
