"""Status evidence between quotation marks reads as a sentence: without the list marker its
paragraph began with ("- The two sides agreed …"), in the memo, the history and the tracker."""

from __future__ import annotations

import pytest
from _corpus_files import write_docs

from briefing.analysis.runner import analyse_corpus
from briefing.answers.memo import merged_memo
from briefing.cli import main
from briefing.common.textsafe import quoted_sentence


@pytest.mark.parametrize(("text", "shown"), [
    ("- The two sides agreed to a truce.", "The two sides agreed to a truce."),
    ("• Both agreed.", "Both agreed."),
    ("1. We reaffirm the commitment.", "We reaffirm the commitment."),
    ("(b) The parties\n  signed.", "The parties signed."),
    ("The 2-year deal holds.", "The 2-year deal holds."),  # no marker: unchanged
    ("A. Smith said the talks failed.", "A. Smith said the talks failed."),
    ("-5 degrees stopped the talks.", "-5 degrees stopped the talks."),
])
def test_quoted_sentence(text: str, shown: str) -> None:
    assert quoted_sentence(text) == shown


DOCS = {"outcome": ("2031-03-25", "Outcomes of the Ecuador and Peru talks\n\n"
                    "Ecuador and Peru met in Lima on Monday. The outcomes:\n\n"
                    "- Ecuador and Peru have agreed to a cease-fire along the border.\n\n"
                    "- Ecuador and Peru agreed to exchange prisoners.\n")}


def test_memo_and_history_quote_the_sentence_without_its_bullet(tmp_path, capsys) -> None:
    root = write_docs(tmp_path, DOCS)
    memo = merged_memo(analyse_corpus([str(root)], cache=False).briefings)
    status = next(line for line in memo.splitlines() if line.startswith("**Latest status"))
    assert "“Ecuador and Peru" in status and "“-" not in status
    assert main(["history", str(root)]) == 0
    out = capsys.readouterr().out
    assert "“Ecuador and Peru" in out and "“-" not in out
