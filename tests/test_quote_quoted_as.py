"""'The statement quoted Jo Roe as stressing that …', '"…," Kyodo quoted him as telling
reporters': the one quoted speaks, whatever the verb after "as" (issue 11).  Invented
sentences."""

from __future__ import annotations

from _quote_fixtures import cast, speakers


def test_a_statement_quoting_someone_as_stressing_gives_their_words() -> None:
    text = ('Banks\n\nThe Acme Bank statement quoted Jo Roe as stressing that the lender was '
            '"warned many times of its losses and of the need for fresh capital."\n')
    actors = [("acme", "organization", ["Acme Bank"]), ("jo_roe", "person", ["Jo Roe"])]
    assert speakers(text, cast(text, actors)) == ["jo_roe"]


def test_an_agency_quoting_him_after_the_quotation() -> None:
    text = ('Markets\n\nPrime Minister Ken Ito said he was watching the markets.\n\n"We must '
            'wait a little longer before we act," Kyodo quoted him as telling reporters.\n')
    actors = [("ken_ito", "person", ["Ken Ito"]), ("kyodo", "organization", ["Kyodo"])]
    assert speakers(text, cast(text, actors)) == ["ken_ito"]


def test_the_subject_of_a_passive_quoted_by_an_agency() -> None:
    text = ('Oil\n\nOil Minister Ali Demir was quoted by the Acme agency as warning that '
            'exports would "fall sharply for months to come."\n')
    actors = [("ali_demir", "person", ["Ali Demir"]), ("acme", "organization", ["Acme"])]
    assert speakers(text, cast(text, actors)) == ["ali_demir"]
