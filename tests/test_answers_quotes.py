"""Quotes by speaker across documents, reported speech, and ``briefing quotes`` / ``history``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _corpus_files import write_docs

from briefing.analysis.runner import analyse_corpus
from briefing.answers.quotes import collect_quotes, filter_quotes
from briefing.cli import main

# Invented people and places.
DOCS = {
    "one": ("2031-04-02",
            "Kovac sees truce holding\n\n"
            "\"The guns will fall silent,\" said Foreign Minister Anna Kovac of Ruritania on "
            "Tuesday.\n\n"
            "Kovac said the monitoring mechanism would report to both governments every week.\n\n"
            "The truce between Ruritania and Borduria was agreed in talks in Doha.\n"),
    "two": ("2031-05-09",
            "Borduria rejects monitors\n\n"
            "\"We will not accept foreign monitors on our soil,\" said Defence Minister Petar "
            "Lanik of Borduria.\n\n"
            "Foreign Minister Anna Kovac told reporters the talks in Doha would resume next "
            "month.\n"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_docs(tmp_path_factory.mktemp("quotes"), DOCS)


def test_quotes_of_one_speaker_across_documents_newest_first(corpus):
    briefings = analyse_corpus([str(corpus)], cache=False).briefings
    quotes = filter_quotes(collect_quotes(briefings), "@kovac")
    assert quotes and {q.speaker_name for q in quotes} == {"Anna Kovac"}
    assert {Path(q.path).name for q in quotes} == {"one.txt", "two.txt"}
    assert [q.date for q in quotes] == sorted((q.date for q in quotes), reverse=True)
    texts = {b.document.path: b.document.text for b in briefings}
    for q in quotes:
        assert texts[q.path][q.start:q.end] == q.text
    direct = [q for q in quotes if not q.reported]
    reported = [q for q in quotes if q.reported]
    assert [q.text for q in direct] == ["The guns will fall silent,"]
    assert sorted(q.text for q in reported) == [
        "the monitoring mechanism would report to both governments every week",
        "the talks in Doha would resume next month"]
    assert not filter_quotes(collect_quotes(briefings), "@kovac monitors")  # Lanik said it
    assert filter_quotes(collect_quotes(briefings), "@lanik monitors")


def test_reported_speech_needs_a_name():
    from briefing.answers.reported import reported_speech
    from briefing.model import Actor, Briefing, Document, Mention, Paragraph, Section, Sentence

    text = "The official said the talks would resume next month. Zorn said the talks would resume soon."
    first, second = text.index("The"), text.index("Zorn")
    sentences = (Sentence(first, second - 1), Sentence(second, len(text)))
    section = Section(None, None, 0, len(text), (Paragraph(0, len(text), sentences),))
    document = Document(path="/x", sha256="x", text=text, sections=(section,))
    zorn = Actor("zorn", "Zorn", "person", "party",
                 mentions=(Mention(second, second + 4, "Zorn"),))
    found = list(reported_speech(Briefing(document, actors=(zorn,))))
    assert [(s, text[a:b]) for s, a, b in found] == [("zorn", "the talks would resume soon")]


def test_cli_quotes_and_history_json(corpus, capsys):
    assert main(["quotes", "@kovac", str(corpus), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["quotes"] and all(
        set(q) >= {"speaker", "speaker_name", "text", "date", "path", "start", "end",
                   "reported"} for q in payload["quotes"])
    assert any(q["reported"] for q in payload["quotes"])
    assert main(["quotes", "@nobody", str(corpus)]) == 1
    assert "no quote" in capsys.readouterr().out
    assert main(["history", "zzz-nothing", str(corpus)]) == 1  # first word: a query
    assert capsys.readouterr().out == "no history\n"
    assert main(["history", str(corpus), "--json"]) in (0, 1)  # first word: a path
    histories = json.loads(capsys.readouterr().out)["histories"]
    for history in histories:
        assert set(history) >= {"id", "label", "parties", "topic", "steps"}
        dates = [s["date"] for s in history["steps"]]
        assert dates == sorted(dates)


def test_a_bullet_label_names_the_speaker_of_an_unattributed_quote():
    from briefing.model import Actor, Briefing, Document, Mention, Quote

    text = "Reactions:\n- Jane Doe: “We welcome the truce today.”\n- “Unlabelled words here.”\n"
    start = text.index("We welcome")
    end = text.index("”", start)
    quote = Quote(start, end, text[start:end])
    other = text.index("Unlabelled")
    orphan = Quote(other, text.index("”", other), text[other:text.index("”", other)])
    name = text.index("Jane Doe")
    doe = Actor("jane_doe", "Jane Doe", "person", "party",
                mentions=(Mention(name, name + 8, "Jane Doe"),))
    briefing = Briefing(Document(path="/b", sha256="b", text=text), actors=(doe,),
                        quotes=(quote, orphan))
    found = {q.text: q.speaker for q in collect_quotes([briefing])}
    assert found == {"We welcome the truce today.": "jane_doe", "Unlabelled words here.": None}
