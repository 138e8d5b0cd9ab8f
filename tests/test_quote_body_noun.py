"""'The council said': a body's head noun alone speaks for the body last named with that word
in its name (issue 11).  Invented sentences."""

from __future__ import annotations

from _quote_fixtures import cast, speakers


def test_the_council_is_the_council_named_before() -> None:
    text = ('Trade\n\nThe Oslo-based Nordic Policy Council published a study on Monday. Norway '
            'and Chile are still talking.\n\nThe council said "most exporters have feared such '
            'a pact for a decade and more."\n')
    actors = [("npc", "organization", ["Nordic Policy Council"]),
              ("norway", "state", ["Norway"]), ("chile", "state", ["Chile"])]
    assert speakers(text, cast(text, actors)) == ["npc"]


def test_the_bank_is_the_bank_not_the_last_organisation() -> None:
    text = ('Debt\n\nFirst Harbour Bank of Canada said in its review that debt fell, as did '
            'the Acme Group.\n\n"Five years of growth have cut corporate debt by a third," the '
            'bank said.\n')
    actors = [("fhb", "organization", ["First Harbour Bank of Canada"]),
              ("acme", "organization", ["Acme Group"])]
    assert speakers(text, cast(text, actors)) == ["fhb"]


def test_no_body_with_the_word_leaves_the_old_reading() -> None:
    # nothing named a union: "the union" is not the firm named last
    text = ('Strike\n\nAcme Group workers walked out.\n\n"We will stay out until the pay is '
            'fixed," the union said.\n')
    actors = [("acme", "organization", ["Acme Group"])]
    assert speakers(text, cast(text, actors)) != ["acme"]


def test_the_union_is_never_a_state_named_union() -> None:
    text = ('Strike\n\nDock workers walked out over grain shipments to the Soviet Union.\n\n'
            '"We will stay out until the pay is fixed," the union said.\n')
    actors = [("ussr", "state", ["Soviet Union"])]
    assert speakers(text, cast(text, actors)) != ["ussr"]
