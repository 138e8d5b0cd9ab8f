"""A timeline row's label is its clause without the date: it never ends on a lone full stop or
on the word that led to the date ("into", "than", "last")."""

from __future__ import annotations

import pytest
from _neg_fixtures import doc

from briefing.extract import analyse


def _labels(text: str) -> dict[str, str]:
    b = analyse(doc("Invented headline\n\n" + text + "\n", "2020-06-14"))
    return {e.date: e.label for e in b.timeline}


@pytest.mark.parametrize(("text", "date", "label"), [
    ("The Ruritanian wrangling over the levy could stretch into 2021, even 2022.", "2022",
     "The Ruritanian wrangling over the levy could stretch into 2021"),
    ("The Freedonian embargo on grain will run into March 2021.", "2021-03",
     "The Freedonian embargo on grain will run"),
    ("Valdorian exports of tin fell to 40 tonnes in 2019.", "2019",
     "Valdorian exports of tin fell to 40 tonnes"),
])
def test_a_label_ends_on_a_word_of_its_clause(text: str, date: str, label: str) -> None:
    labels = _labels(text)
    assert labels.get(date) == label, labels
