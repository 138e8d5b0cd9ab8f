"""A person out of every office on the text's date is a figure the text recalls, not a side
(issue 11, parties): "President Kern decided" in a speech given years after Kern's term names
him by the title he held then.  The knowledge base's dated roles say so.  Invented people,
states and sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract import analyse
from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
- {id: latveria, name: Latveria, demonyms: [Latverian], iso3: LAT}
"""
PEOPLE = """
- {id: otto_kern, name: Otto Kern, roles: [{title: President, of: ruritania, from: 2001-01-20,
   to: 2009-01-20}]}
- {id: rosa_lind, name: Rosa Lind, roles: [{title: President, of: ruritania, from: 2009-01-20,
   to: 2017-01-20}, {title: President, of: ruritania, from: 2021-01-20}]}
- {id: amos_brand, name: Amos Brand, roles: [{title: Finance Minister, of: latveria,
   from: 1985-08, to: 1987-04}]}
- {id: ugo_marr, name: Ugo Marr, roles: [{title: Prime Minister, of: latveria,
   from: 2030-01-01}]}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", PEOPLE)


@pytest.mark.parametrize(("person", "day", "out"), [
    ("otto_kern", "2005-03-01", False),   # in office
    ("otto_kern", "2016-05-02", True),    # every role over
    ("otto_kern", "2009-01-20", False),   # the handover day: still his
    ("otto_kern", "2009-01-21", True),
    ("rosa_lind", "2019-06-01", True),    # between two terms
    ("rosa_lind", "2022-06-01", False),   # the second term, open-ended
    ("amos_brand", "1987-04-03", False),  # "to: 1987-04" runs through April
    ("amos_brand", "1987-05-03", True),
    ("ugo_marr", "2016-05-02", False),    # only a later role: not a former holder
    ("otto_kern", None, False),           # no date, no claim
    ("nobody", "2016-05-02", False),
])
def test_out_of_office_reads_the_dated_roles(kb: KnowledgeBase, person: str, day: str | None,
                                             out: bool) -> None:
    assert kb.out_of_office(person, day) is out


TEXT = ("Ruritania and Latveria resume border talks\n\n"
        "Ruritania and Latveria resumed talks on their border on Monday. President Kern "
        "decided to open the crossing, and the talks would build on that decision, the "
        "Ruritanian foreign minister said.\n")


def test_a_president_recalled_after_his_term_is_no_party(kb: KnowledgeBase) -> None:
    assert extract(kb, TEXT, "2005-03-01")["otto_kern"].tier == "party"
    assert extract(kb, TEXT, "2016-05-02")["otto_kern"].tier == "mentioned"


def test_the_roles_pass_leaves_a_former_office_holder_off_the_table() -> None:
    """With the real knowledge base: a past President of the United States acting in a
    sentence that names a side stays mentioned in a text dated after his terms."""
    text = ("Ruritania and the United States resume trade talks\n\n"
            "The United States and Ruritania resumed trade talks on Monday. The talks build "
            "on a framework that President Jimmy Carter signed with Ruritania, officials said. "
            "Negotiators from both sides will meet again in Geneva next week.\n")
    for day, tier in (("1979-06-04", "party"), ("2016-06-06", "mentioned")):
        document, _ = document_from_text("fixture.txt", text, meta=Metadata(published=day))
        actors = {a.id: a for a in analyse(document).actors}
        carter = next(a for a in actors.values() if a.name == "Jimmy Carter")
        assert carter.tier == tier, day
