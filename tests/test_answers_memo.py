"""One memo from many documents (``briefing export --merge``), on invented documents."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from _corpus_files import write_docs

from briefing.analysis.runner import analyse_corpus
from briefing.answers.memo import merged_memo
from briefing.cli import main

DOCS = {
    "start": ("2031-03-01", "Ecuador and Peru agree truce\n\n"
              "Ecuador and Peru agreed to a cessation of hostilities on Sunday after talks "
              "mediated by Brazil, officials said. The truce will last 60 days while "
              "negotiators work on a permanent settlement.\n\n"
              "Brazil will work with Ecuador and Peru to implement the arrangement, and a "
              "monitoring mechanism chaired by Brazil will report violations.\n\n"
              "Ecuador will withdraw 2,000 troops from the border zone under the agreement.\n"),
    "later": ("2031-04-15", "Ecuador-Peru truce holds\n\n"
              "The truce between Ecuador and Peru is being implemented, officials said on "
              "Tuesday, and the monitoring mechanism has met twice.\n\n"
              "The 60-day truce expires next month. It is unclear whether the two sides will "
              "extend it.\n"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_docs(tmp_path_factory.mktemp("memo"), DOCS)
    (root / "copy").mkdir()
    (root / "copy" / "start-again.txt").write_text(DOCS["start"][1], encoding="utf-8")
    return root


def test_merged_memo_has_latest_status_terms_mediators_and_fits(corpus):
    briefings = analyse_corpus([str(corpus)], cache=False).briefings
    memo = merged_memo(briefings, words=500)
    assert len(memo.split()) <= 500
    lines = memo.splitlines()
    assert lines[0].startswith("# Briefing:")
    status_line = next(line for line in lines if line.startswith("**Latest status"))
    assert "2031-04-15" in status_line  # the latest document speaks first
    assert "Brazil" in memo.split("## Agenda")[0].split("**Sides:**")[1]  # as a mediator
    terms = memo.split("## Key terms")[1].split("## ")[0]
    assert "**60 days** (duration, 2 documents)" in terms
    assert "mechanism" in terms
    sources = memo.split("## Sources")[1].strip().splitlines()
    assert len(sources) == 2  # the copy is merged into its original
    assert sources[0].startswith("- 2031-04-15") and "(also `" in sources[1]
    # A smaller target cuts the lists, never the sources.
    short = merged_memo(briefings, words=len(memo.split()) - 20)
    assert len(short.split()) < len(memo.split())
    assert short.split("## Sources")[1].strip().splitlines() == sources


def test_cli_export_merge(corpus, capsys):
    assert main(["export", "--merge", "--words", "300", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Briefing:") and len(out.split()) <= 300


def test_a_state_the_sides_act_upon_is_no_mediator(tmp_path):
    docs = {"d": ("2031-06-01", "Ecuador and Peru sign accord\n\n"
                  "Ecuador and Peru agreed to implement a ban on strikes against Colombia and "
                  "its armed forces, officials said. The accord was signed in talks hosted by "
                  "Brazil.\n")}
    briefings = analyse_corpus([str(write_docs(tmp_path, docs))], cache=False).briefings
    assert any(a.id == "colombia" for a in briefings[0].actors)  # known, and near both sides
    head = merged_memo(briefings).split("## ")[0]
    assert "**Mediators and guarantors:** Brazil\n" in head


def test_talks_of_the_same_pair_years_apart_are_not_one_page(tmp_path):
    """The histories keep apart two negotiations of one pair with years between them (GAP_DAYS);
    the merged memo must not tell them as one ("near agreement (2031) → agreed (2035)")."""
    docs = {
        "old": ("2031-03-01", "Ecuador and Peru near truce\n\n"
                "Ecuador and Peru are close to a cease-fire agreement after talks mediated by "
                "Brazil, officials said on Sunday.\n"),
        "new1": ("2035-05-01", "Ecuador and Peru sign trade accord\n\n"
                 "Ecuador and Peru signed a trade agreement on Monday that cuts tariffs on "
                 "bananas and copper, officials said.\n"),
        "new2": ("2035-05-20", "Ecuador-Peru trade accord in force\n\n"
                 "The trade agreement between Ecuador and Peru took effect on Tuesday, "
                 "officials said, and tariffs on copper were cut.\n"),
    }
    briefings = analyse_corpus([str(write_docs(tmp_path, docs))], cache=False).briefings
    memo = merged_memo(briefings)
    lead = memo.split("## Sources")[0]
    assert "2035-05-20" in lead.split("**Latest status")[1].splitlines()[0]
    assert "2031" not in lead, lead  # the 2031 talks are another negotiation
    assert "Brazil" not in lead  # their mediator is not this one's
    # all three documents are still listed as sources
    assert len(memo.split("## Sources")[1].strip().splitlines()) == 3


def test_a_heading_without_parties_says_talks_once(tmp_path):
    text = ("Talks resume\n\nThe two sides resumed talks on Tuesday and agreed to meet again "
            "next week, negotiators said. The talks on a ceasefire will continue, and a draft "
            "agreement is being discussed.\n\nNegotiators said the talks were constructive.\n")
    (tmp_path / "talks.txt").write_text(text, encoding="utf-8")
    heading = merged_memo(analyse_corpus([str(tmp_path)], cache=False).briefings).splitlines()[0]
    assert heading.startswith("# Briefing: Unidentified parties talks"), heading
    words = heading.split()
    assert all(a.casefold() != b.casefold() for a, b in pairwise(words)), heading
