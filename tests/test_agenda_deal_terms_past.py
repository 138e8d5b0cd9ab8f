"""A deal's content told in the past tense ("the accord called for ...", "the pact required
...") is its terms, as in the present (invented sentences only)."""

from __future__ import annotations

import pytest

from briefing.extract.negotiations import commitments


@pytest.mark.parametrize("sentence, term", [
    ("The accord called for stable exchange rates between the three currencies.",
     "stable exchange rates between the three currencies"),
    ("The pact required Freedonia to stop selling cheap chips abroad.",
     "stop selling cheap chips abroad"),
    ("The agreement included a freeze on new settlements.", "a freeze on new settlements"),
])
def test_a_deal_content_told_in_the_past_is_a_term(sentence: str, term: str) -> None:
    found = [(sentence[p.start:p.end], p.status)
             for p in commitments.deal_terms(sentence, 0, len(sentence))]
    assert (term, "term") in found


def test_a_side_that_called_for_something_names_no_term() -> None:
    sentence = "The minister called for stable exchange rates."
    assert commitments.deal_terms(sentence, 0, len(sentence)) == []
