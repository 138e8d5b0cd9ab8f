"""Extraction never fails a whole document: rules that crashed on real input, and fault isolation.

Fixture sentences are invented for these tests.  Fault isolation: a stage that raises loses
only its own output; the document's other panels are still extracted, and the failure is a
problem naming the file (never a traceback).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _actor_fixtures import extract, fixture_kb

from briefing.corpus import DEFAULT_LIMITS, document_from_text
from briefing.corpus.metadata import Metadata
from briefing.model import Document

COUNTRIES = """
- {id: ghana, name: Ghana, demonyms: [Ghanaian, Ghanaians], capital: Accra}
- {id: grenada, name: Grenada, demonyms: [Grenadian, Grenadians]}
"""
PEOPLE = """
- {id: ama_owusu, name: Ama Owusu, roles: [{title: Finance Minister, of: ghana,
   from: 1980-01-01, to: 1990-01-01}]}
"""


@pytest.mark.parametrize("text", [
    # an honorific and a state, but no title: the office-holder lookup must not see ``None``
    "The council will be chaired by Dr. Kwame Boateng of Ghana from next month.\n",
    "Vice chairman Sir Reginald Pascal of Grenada opened the meeting on Tuesday.\n",
    "Ghana's Dr. Kwame Boateng said the talks would resume.\n",
])
def test_person_with_honorific_and_no_title(text: str) -> None:
    kb = fixture_kb(COUNTRIES, "[]", PEOPLE)
    actors = extract(kb, text, published="1987-03-02")
    people = [a for a in actors.values() if a.kind == "person"]
    assert people, actors
    assert all(p.id != "ama_owusu" for p in people)  # not merged into an office holder


def test_holder_without_a_title_is_none() -> None:
    kb = fixture_kb(COUNTRIES, "[]", PEOPLE)
    assert kb.holder("ghana", "Finance Minister", "1985-01-01") == "ama_owusu"
    assert kb.holder("ghana", None, "1985-01-01") is None
    assert kb.holder(None, "Finance Minister", "1985-01-01") is None


# ------------------------------------------------------------------------ fault isolation
TALKS = (
    "Russia and Ukraine near deal on grain corridor\n\n"
    "Russia and Ukraine are close to a deal on a grain corridor, officials said on Friday.\n\n"
    "\"We are not there yet,\" Russian Foreign Minister Sergei Lavrov told reporters in "
    "Istanbul on Friday.\n\n"
    "The two sides met in Istanbul on Thursday for a third round of talks on a cease-fire.\n"
)


def _talks_doc() -> Document:
    doc, _ = document_from_text("talks/grain.txt", TALKS,
                                meta=Metadata(published="2022-07-15"))
    return doc


def _boom(*_args: object, **_kwargs: object) -> object:
    raise KeyError("simulated bug")


def test_all_passes_work_on_the_fixture() -> None:
    from briefing.extract.pipeline import analyse_reporting

    briefing, failures = analyse_reporting(_talks_doc())
    assert failures == [] and briefing.problems == ()
    assert briefing.actors and briefing.quotes and briefing.negotiations and briefing.times


def test_failing_quotes_pass_loses_only_the_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.analysis.runner import safe_analyse
    from briefing.extract.quotes import finder as quotes

    monkeypatch.setattr(quotes, "find_quotes", _boom)
    briefing, problems = safe_analyse(_talks_doc())
    assert briefing.quotes == ()
    assert {"russia", "ukraine"} <= {a.id for a in briefing.actors}
    assert briefing.negotiations and briefing.times  # the tracker is still there
    assert len(problems) == 1
    message = str(problems[0])
    assert message.startswith("talks/grain.txt: quotes: extraction failed (KeyError)")
    assert "Traceback" not in message and "simulated bug" not in message
    assert briefing.problems == tuple(problems)


@pytest.mark.parametrize(("module", "function", "lost"), [
    ("actors.finder", "find_actors", "actors"),
    ("time.timex", "find_times", "times"),
    ("negotiations.tracker", "find_negotiations", "negotiations"),
    ("curation", "apply_actor_curation", None),
    ("actors.roles", "revise_tiers", None),
])
def test_each_pass_fails_alone(monkeypatch: pytest.MonkeyPatch, module: str, function: str,
                               lost: str | None) -> None:
    import importlib

    from briefing.analysis.runner import safe_analyse

    monkeypatch.setattr(importlib.import_module(f"briefing.extract.{module}"), function, _boom)
    briefing, problems = safe_analyse(_talks_doc())
    assert [p.message.split(":")[0] for p in problems] == [
        {"find_actors": "actors", "find_times": "time", "find_negotiations": "negotiations",
         "apply_actor_curation": "curation", "revise_tiers": "roles"}[function]]
    for field in ("actors", "times", "negotiations", "quotes"):
        assert bool(getattr(briefing, field)) == (field != lost), field


def test_a_failed_pass_is_not_cached_and_cli_shows_no_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from briefing import cli
    from briefing.analysis.runner import cacheable, safe_analyse
    from briefing.extract.quotes import finder as quotes

    monkeypatch.setattr(quotes, "find_quotes", _boom)
    doc = _talks_doc()
    assert not cacheable(doc, safe_analyse(doc)[1], DEFAULT_LIMITS)  # retried next time
    (tmp_path / "grain.txt").write_text(TALKS, encoding="utf-8")
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    assert cli.main(["extract", str(tmp_path / "grain.txt")]) == 0
    out, err = capsys.readouterr()
    assert "grain.txt: quotes: extraction failed (KeyError)" in err
    assert "Traceback" not in err and "Traceback" not in out
    assert '"negotiations": [\n' in out and '"quotes": []' in out


def test_a_sentence_opening_conjunction_is_no_first_name() -> None:
    people = PEOPLE + """
- {id: kofi_mensah, name: Kofi Mensah, roles: [{title: Prime Minister, of: ghana,
   from: 1980-01-01, to: 1990-01-01}]}
"""
    kb = fixture_kb(COUNTRIES, "[]", people)
    actors = extract(kb, "Talks\n\nQ Yeah. Because Mensah said he would leave Accra, are you "
                         "worried? Although Mensah said no, the sides met.\n",
                     published="1987-03-02")
    names = [a.name for a in actors.values()]
    assert not any(n.split()[0] in ("Because", "Although") for n in names), names


def test_the_collector_is_paused_only_while_a_document_is_analysed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from briefing.extract import pipeline
    from briefing.extract.time import timex

    doc, _problems = document_from_text(
        "t.txt", "Talks between Ghana and Grenada resumed on Monday, officials said.\n")
    seen: list[bool] = []
    real = timex.find_times

    def spy(document: Document) -> object:
        seen.append(gc.isenabled())
        return real(document)

    monkeypatch.setattr(timex, "find_times", spy)
    assert gc.isenabled()
    pipeline.analyse(doc, fixture_kb(COUNTRIES, "[]", PEOPLE))
    assert seen == [False] and gc.isenabled()
    gc.disable()  # a caller that turned it off keeps it off
    try:
        pipeline.analyse(doc, fixture_kb(COUNTRIES, "[]", PEOPLE))
        assert not gc.isenabled()
    finally:
        gc.enable()

    def boom(document: Document) -> object:
        raise RuntimeError("x")

    monkeypatch.setattr(pipeline, "_Stages", boom)  # even an error turns it back on
    with pytest.raises(RuntimeError):
        pipeline.analyse(doc)
    assert gc.isenabled()
