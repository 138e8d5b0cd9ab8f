"""The sidecar's ``negotiations:`` corrections: applied after the tracker, bad entries reported
with file and line, the writer keeping comments.  Documents and sidecars are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.common.yamlsafe import load_yaml
from briefing.corpus import load_document
from briefing.extract.pipeline import analyse
from briefing.extract.thread_curation import apply_negotiation_curation, user_fields
from briefing.model import Briefing, Negotiation
from briefing.userdata.sidecar import CurationError, curate
from briefing.userdata.thread_edits import ThreadEditError, apply_thread_operation

TEXT = ("Ceasefire talks resume in Geneva\n\n"
        "Russia and Turkey agreed on Monday to resume ceasefire talks in Geneva, the Turkish "
        "foreign ministry said. The negotiations would continue next week.\n")
HEAD = "# my notes: keep them\ntitle: Ceasefire talks resume in Geneva\npublished: 2024-03-04\n"


def analysed(tmp_path: Path, sidecar: str | None) -> Briefing:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    if sidecar is not None:
        (tmp_path / "a.yaml").write_text(sidecar, encoding="utf-8")
    doc, problems = load_document(str(tmp_path / "a.txt"))
    assert doc is not None, problems
    return analyse(doc)


@pytest.fixture
def plain(tmp_path: Path) -> Briefing:
    (tmp_path / "plain").mkdir()
    briefing = analysed(tmp_path / "plain", HEAD)
    assert briefing.negotiations, "the invented text must give a thread"
    return briefing


def other_status(thread: Negotiation) -> str:
    return "collapsed" if thread.status != "collapsed" else "agreed"


def test_status_note_and_label_are_applied_and_marked_as_the_users(
        tmp_path: Path, plain: Briefing) -> None:
    thread = plain.negotiations[0]
    status = other_status(thread)
    briefing = analysed(tmp_path, HEAD + f"negotiations:\n  {thread.id}: {{status: {status}, "
                                         "note: 'deal announced 9 Sep', label: My talks}\n")
    curated = briefing.negotiations[0]
    assert (curated.status, curated.note, curated.label) == (status, "deal announced 9 Sep",
                                                             "My talks")
    assert curated.origin == "user"
    assert set(user_fields(briefing.document, curated)) == {"status", "note", "label"}
    assert not [p for p in briefing.problems if "negotiations" in p.message]
    # the other fields are the extractor's
    assert curated.parties == thread.parties and curated.issues == thread.issues


def test_without_a_sidecar_section_nothing_changes(tmp_path: Path, plain: Briefing) -> None:
    threads = plain.negotiations
    assert apply_negotiation_curation(plain.document, threads) == (threads, [])
    assert all(t.origin == "extracted" for t in threads)
    assert user_fields(plain.document, threads[0]) == ()


def test_an_invalid_status_is_reported_with_file_and_line_and_the_extracted_kept(
        tmp_path: Path, plain: Briefing) -> None:
    thread = plain.negotiations[0]
    briefing = analysed(tmp_path, HEAD + "negotiations:\n  # a comment\n"
                                         f"  {thread.id}: {{status: won, note: fine}}\n")
    curated = briefing.negotiations[0]
    assert curated.status == thread.status and curated.note == "fine"
    assert user_fields(briefing.document, curated) == ("note",)
    problem = next(p for p in briefing.problems if "won" in p.message)
    assert problem.path.endswith("a.yaml") and problem.line == 6
    assert "near_agreement" in problem.message  # says what is accepted


def test_unknown_ids_and_wrong_types_are_reported_not_fatal(
        tmp_path: Path, plain: Briefing) -> None:
    thread = plain.negotiations[0]
    sidecar = HEAD + ("negotiations:\n  n99: {status: agreed}\n  "
                      f"{thread.id}: {{note: [a, list], primary: 'yes', colour: red}}\n")
    briefing = analysed(tmp_path, sidecar)
    messages = [(p.line, p.message) for p in briefing.problems if "negotiations" in p.message]
    assert any(line == 5 and "no thread 'n99'" in m for line, m in messages)
    found = " ".join(m for line, m in messages if line == 6)
    assert "note must be text" in found and "primary must be true or false" in found
    assert "unknown field 'colour'" in found
    assert briefing.negotiations[0].note == thread.note
    assert briefing.negotiations[0].status == thread.status


def test_a_section_of_the_wrong_type_is_reported(tmp_path: Path, plain: Briefing) -> None:
    briefing = analysed(tmp_path, HEAD + "negotiations:\n  n1: agreed\n")
    assert [p for p in briefing.problems if "n1: expected a mapping" in p.message]
    assert briefing.negotiations == plain.negotiations


def test_drop_hides_a_thread_and_primary_chooses_one() -> None:
    from briefing.model import Document

    threads = (Negotiation("n1", "a", True, status="ongoing"),
               Negotiation("n2", "b", False, status="ongoing"),
               Negotiation("n3", "c", False, status="ongoing"))
    doc = Document(path="x.txt", sha256="0", text="", curation={
        "negotiations": {"n2": {"primary": True}, "n3": {"drop": True}}})
    out, problems = apply_negotiation_curation(doc, threads)
    assert problems == []
    assert [(t.id, t.primary, t.origin) for t in out] == [("n1", False, "extracted"),
                                                          ("n2", True, "user")]
    assert user_fields(doc, out[1]) == ("primary",)


def test_a_changed_status_drops_the_extracted_trend() -> None:
    from briefing.model import Document

    thread = Negotiation("n1", "a", True, status="ongoing", trend="improving")
    doc = Document(path="x.txt", sha256="0", text="",
                   curation={"negotiations": {"n1": {"status": "stalled"}}})
    (out,), _ = apply_negotiation_curation(doc, (thread,))
    assert (out.status, out.trend) == ("stalled", None)


# -- the writer ------------------------------------------------------------------------------

def test_the_operation_is_pure_and_validates() -> None:
    assert apply_thread_operation({}, "status", "n1", "agreed") == {"n1": {"status": "agreed"}}
    before = {"n1": {"status": "agreed", "note": "x"}}
    assert apply_thread_operation(before, "note", "n1", "  ") == {"n1": {"status": "agreed"}}
    assert before == {"n1": {"status": "agreed", "note": "x"}}
    assert apply_thread_operation({"n1": {"note": "x"}}, "note", "n1", "") == {}
    for op, thread_id, value in (("status", "n1", "won"), ("colour", "n1", "x"),
                                 ("status", "n 1", "agreed")):
        with pytest.raises(ThreadEditError):
            apply_thread_operation({}, op, thread_id, value)
    with pytest.raises(ThreadEditError):
        apply_thread_operation({"n1": "agreed"}, "status", "n1", "agreed")


def test_curate_writes_the_section_keeping_comments_and_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    sidecar = tmp_path / "a.yaml"
    sidecar.write_text(HEAD + "actors:\n  drop: [china]  # not a party\n", encoding="utf-8")
    curate(str(tmp_path / "a.txt"), "status", thread_id="n1", value="near_agreement")
    result = curate(str(tmp_path / "a.txt"), "note", thread_id="n1", value="deal  announced")
    text = sidecar.read_text(encoding="utf-8")
    assert "# my notes: keep them" in text and "# not a party" in text
    assert text.index("title:") < text.index("actors:") < text.index("negotiations:")
    data = load_yaml(text)
    assert data["negotiations"] == {"n1": {"status": "near_agreement", "note": "deal announced"}}
    assert data["actors"] == {"drop": ["china"]}
    assert result.backup is not None and result.backup.is_file()
    # and the reader applies what was written
    doc, _ = load_document(str(tmp_path / "a.txt"))
    assert doc is not None and analyse(doc).negotiations[0].status == "near_agreement"


def test_curate_refuses_and_leaves_the_file_byte_identical(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    sidecar = tmp_path / "a.yaml"
    for body in (HEAD + "negotiations: [n1]\n", HEAD + "negotiations:\n  n1: agreed\n",
                 HEAD + "title: twice\n"):
        sidecar.write_text(body, encoding="utf-8")
        before = sidecar.read_bytes()
        with pytest.raises(CurationError):
            curate(str(tmp_path / "a.txt"), "status", thread_id="n1", value="agreed")
        assert sidecar.read_bytes() == before
    sidecar.write_text(HEAD, encoding="utf-8")
    with pytest.raises(CurationError):
        curate(str(tmp_path / "a.txt"), "status", thread_id="n1", value="won")
    assert sidecar.read_text(encoding="utf-8") == HEAD


def test_a_new_sidecar_is_created_valid(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = curate(str(tmp_path / "a.txt"), "note", thread_id="n1", value="a: b # c")
    assert result.created
    assert load_yaml((tmp_path / "a.yaml").read_text(encoding="utf-8")) == {
        "negotiations": {"n1": {"note": "a: b # c"}}}


@pytest.mark.parametrize("note", ["deal signed 14 Dec, talks on more zones", "a: b", "[x] {y}",
                                  "it's \"done\", # not a comment"])
def test_a_note_with_flow_characters_joins_a_flow_entry(tmp_path: Path, note: str) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    sidecar = tmp_path / "a.yaml"
    sidecar.write_text(HEAD + "negotiations:\n  n1: {status: agreed}  # mine\n", encoding="utf-8")
    curate(str(tmp_path / "a.txt"), "note", thread_id="n1", value=note)
    text = sidecar.read_text(encoding="utf-8")
    assert "# mine" in text and "# my notes: keep them" in text
    assert load_yaml(text)["negotiations"] == {"n1": {"status": "agreed", "note": note}}
    curate(str(tmp_path / "a.txt"), "note", thread_id="n1", value=note + ", again")
    assert load_yaml(sidecar.read_text(encoding="utf-8"))["negotiations"]["n1"]["note"] == \
        note + ", again"


def test_a_markdown_front_matter_with_negotiations_is_edited_there_not_overridden(
        tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: T\nnegotiations:\n  n1: {status: agreed}\n---\n\n" + TEXT,
                       encoding="utf-8")
    with pytest.raises(CurationError, match="front matter"):
        curate(str(article), "status", thread_id="n1", value="stalled")
    assert not (tmp_path / "a.yaml").exists()


def test_the_search_filter_follows_a_corrected_status(tmp_path: Path, plain: Briefing) -> None:
    from briefing.search import SearchIndex

    thread = plain.negotiations[0]
    status = other_status(thread)
    index = SearchIndex.build([plain])
    assert not index.search(f"status:{status}").hits
    curated = analysed(tmp_path, HEAD + f"negotiations:\n  {thread.id}: {{status: {status}}}\n")
    updated = index.with_document_actors(plain.document.path, curated)
    assert updated is not None and updated.search(f"status:{status}").hits


def test_sidecar_text_enters_the_model_without_control_characters() -> None:
    from briefing.model import Document

    thread = Negotiation("n1", "a", True)
    doc = Document(path="x.txt", sha256="0", text="", curation={"negotiations": {"n1": {
        "note": "deal\x1b[31m red\x07 [b]bold", "label": "  Talks\u202e  ", "status": None}}})
    (out,), problems = apply_negotiation_curation(doc, (thread,))
    assert out.note is not None and "\x1b" not in out.note and "\x07" not in out.note
    assert "[b]bold" in out.note  # kept as text: the panels show it literally
    assert out.label is not None and "\u202e" not in out.label and out.label.startswith("Talks")
    assert out.status == "ongoing" and [p for p in problems if "unknown status" in p.message]


def test_removing_a_note_keeps_a_block_entry_in_block_style(tmp_path: Path) -> None:
    """Clearing the note of a block entry wrote ``n1:`` then ``{status: stalled}`` on the next
    line; the entry stays block style, its comments kept."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    sidecar = tmp_path / "a.yaml"
    sidecar.write_text(HEAD + "negotiations:\n  n1:  # the Geneva talks\n"
                       "    status: stalled  # checked\n    note: paused\n", encoding="utf-8")
    curate(str(tmp_path / "a.txt"), "note", thread_id="n1", value="")
    text = sidecar.read_text(encoding="utf-8")
    assert "{" not in text, text
    assert "  n1:  # the Geneva talks\n    status: stalled  # checked\n" in text, text
    assert "# my notes: keep them" in text
    assert load_yaml(text)["negotiations"] == {"n1": {"status": "stalled"}}


def test_a_comment_closing_the_negotiations_block_stays_with_it(tmp_path: Path) -> None:
    """A comment at the end of ``negotiations:`` ended up under a newly added ``actors:``."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    sidecar = tmp_path / "a.yaml"
    sidecar.write_text(HEAD + "negotiations:\n  n1:\n    status: stalled\n"
                       "  # n2: check the date\n", encoding="utf-8")
    curate(str(tmp_path / "a.txt"), "drop", actor_id="china")
    text = sidecar.read_text(encoding="utf-8")
    assert ("negotiations:\n  n1:\n    status: stalled\n  # n2: check the date\nactors:\n"
            in text), text
    data = load_yaml(text)
    assert data["negotiations"] == {"n1": {"status": "stalled"}}
    assert data["actors"] == {"drop": ["china"]}
