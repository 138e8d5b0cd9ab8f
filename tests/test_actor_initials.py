"""One organisation under two names: an acronym the text does not define and a name with a
corporate word fold into the organisation they name (issue 11, name mentions).  Invented
text."""

from __future__ import annotations

from dataclasses import replace

from _neg_fixtures import actor

from briefing.extract.actors.initials import abbreviates, merge_initialisms


def _org(text: str, actor_id: str, names: list[str], origin: str = "extracted",
         tier: str = "mentioned"):
    return replace(actor(text, actor_id, "organization", names), origin=origin, tier=tier)


def test_an_undefined_acronym_and_a_corporate_form_join_the_organisation() -> None:
    text = ("The Northern Grain Exchange rejected the bid. The NGE said so, and NGE chief Jo Roe "
            "agreed. Acme Holdings bought Acme shares. The NATO summit met.")
    exchange = _org(text, "northern_grain_exchange", ["Northern Grain Exchange"], "kb")
    nge = _org(text, "nge", ["NGE"], tier="party")
    roe = replace(actor(text, "jo_roe", "person", ["Jo Roe"]), affiliation="nge")
    holdings = _org(text, "acme_holdings", ["Acme Holdings"])
    acme = _org(text, "acme", ["Acme"])
    nato = _org(text, "nato", ["NATO"])
    out = {a.id: a for a in merge_initialisms((exchange, nge, roe, holdings, acme, nato))}
    assert "nge" not in out and "acme_holdings" not in out
    assert [m.text for m in out["northern_grain_exchange"].mentions] == [
        "Northern Grain Exchange", "NGE", "NGE"]
    assert out["northern_grain_exchange"].tier == "party"
    assert out["jo_roe"].affiliation == "northern_grain_exchange"
    assert {m.text for m in out["acme"].mentions} >= {"Acme Holdings", "Acme"}
    assert "nato" in out  # no organisation of those initials here


def test_initials_are_the_capitals_of_a_name_of_two_words_or_more() -> None:
    # one rule for the actors pass and the tracker's one-side-per-acronym
    assert abbreviates("NGE", "Northern Grain Exchange")
    assert abbreviates("BSU", "Bank of the Southern Uplands")  # small words left out
    assert abbreviates("TGWU", "Transport & General Workers Union")
    assert not abbreviates("NG", "Northern Grain Exchange")
    assert not abbreviates("Nge", "Northern Grain Exchange")  # not an acronym
    assert not abbreviates("A", "Acme")  # a name of one word abbreviates nothing


def test_an_acronym_in_brackets_after_a_name_is_that_name_whatever_its_letters() -> None:
    text = ("The General Union of Workers (SGT) will press for rises, an SGT spokesman said. "
            "The Tin Board met; the TSB did not.")
    union = _org(text, "general_union_of_workers", ["General Union of Workers"])
    sgt = _org(text, "sgt", ["SGT"], tier="party")
    board = _org(text, "tin_board", ["Tin Board"])
    tsb = _org(text, "tsb", ["TSB"])
    out = {a.id: a for a in merge_initialisms((union, sgt, board, tsb), text)}
    assert "sgt" not in out
    assert [m.text for m in out["general_union_of_workers"].mentions] == [
        "General Union of Workers", "SGT", "SGT"]
    assert "tsb" in out  # neither its initials nor in brackets after the name
    # without the text, no brackets are seen: the two stay apart
    assert "sgt" in {a.id for a in merge_initialisms((union, sgt, board, tsb))}


def test_a_found_firm_s_corporate_word_is_no_initial() -> None:
    text = "Holders of Acme Clinics International Inc met. ACI said no."
    firm = _org(text, "acme_clinics", ["Acme Clinics International Inc"])
    aci = _org(text, "aci", ["ACI"])
    out = {a.id: a for a in merge_initialisms((firm, aci))}
    assert "aci" not in out
    assert [m.text for m in out["acme_clinics"].mentions] == [
        "Acme Clinics International Inc", "ACI"]
