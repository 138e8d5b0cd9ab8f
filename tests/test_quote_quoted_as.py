"""'The statement quoted Jo Roe as stressing that …', '"…," Kyodo quoted him as telling
reporters': the one quoted speaks, whatever the verb after "as" (issue 11).  Invented
sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.time.timex import find_times


def _speakers(text: str, actors: list[tuple[str, str, list[str]]]) -> list[str | None]:
    d = doc(text, "2020-06-14")
    found = tuple(actor(text, aid, kind, forms) for aid, kind, forms in actors)
    return [q.speaker for q in find_quotes(d, found, find_times(d))]


def test_a_statement_quoting_someone_as_stressing_gives_their_words() -> None:
    text = ('Banks\n\nThe Acme Bank statement quoted Jo Roe as stressing that the lender was '
            '"warned many times of its losses and of the need for fresh capital."\n')
    actors = [("acme", "organization", ["Acme Bank"]), ("jo_roe", "person", ["Jo Roe"])]
    assert _speakers(text, actors) == ["jo_roe"]


def test_an_agency_quoting_him_after_the_quotation() -> None:
    text = ('Markets\n\nPrime Minister Ken Ito said he was watching the markets.\n\n"We must '
            'wait a little longer before we act," Kyodo quoted him as telling reporters.\n')
    actors = [("ken_ito", "person", ["Ken Ito"]), ("kyodo", "organization", ["Kyodo"])]
    assert _speakers(text, actors) == ["ken_ito"]


def test_the_subject_of_a_passive_quoted_by_an_agency() -> None:
    text = ('Oil\n\nOil Minister Ali Demir was quoted by the Acme agency as warning that '
            'exports would "fall sharply for months to come."\n')
    actors = [("ali_demir", "person", ["Ali Demir"]), ("acme", "organization", ["Acme"])]
    assert _speakers(text, actors) == ["ali_demir"]
