"""Documents, programmes and currencies are no actors (issue 11, name mentions).  Invented
text."""

from __future__ import annotations

from _neg_fixtures import actor

from briefing.extract.actors.nonactors import drop_non_actors
from briefing.model import Actor


def _ids(actors: tuple[Actor, ...]) -> set[str]:
    return {a.id for a in actors}


def _extracted(text: str, actor_id: str, names: list[str]) -> Actor:
    from dataclasses import replace
    return replace(actor(text, actor_id, "organization", names), origin="extracted")


def test_documents_and_programmes_found_by_pattern_are_dropped() -> None:
    text = ("A new Northern Tin Agreement (NTA) will be adopted. The NTA keeps the price. "
            "The Green Growth Initiative funds it. The TRADE Act and UNSCR 1701 apply. "
            "The Tin Council met. The Terms of Reference (TOR) were agreed.")
    actors = (_extracted(text, "nta", ["NTA"]),
              _extracted(text, "green_growth_initiative", ["Green Growth Initiative"]),
              _extracted(text, "trade", ["TRADE"]), _extracted(text, "unscr", ["UNSCR"]),
              _extracted(text, "tin_council", ["Tin Council"]), _extracted(text, "tor", ["TOR"]))
    assert _ids(drop_non_actors(actors, text)) == {"tin_council"}


def test_an_arrangement_is_a_document() -> None:
    text = "The Textile Arrangement expires in July. The Tin Council met on it."
    actors = (_extracted(text, "textile_arrangement", ["Textile Arrangement"]),
              _extracted(text, "tin_council", ["Tin Council"]))
    assert _ids(drop_non_actors(actors, text)) == {"tin_council"}


def test_a_known_organisation_stays_whatever_its_name() -> None:
    text = "The Paris Agreement Secretariat said so. The Accord Group said so."
    kb_org = actor(text, "accord_group", "organization", ["Accord Group"])  # origin kb
    assert _ids(drop_non_actors((kb_org,), text)) == {"accord_group"}


def test_a_state_before_a_currency_is_money_not_the_state() -> None:
    text = ("Sales totalled 356 mln Latverian dlrs. The price is 201 Ruritanian/Latverian "
            "cents. Latveria agreed.")
    latveria = actor(text, "latveria", "state", ["Latverian", "Latveria"])
    ruritania = actor(text, "ruritania", "state", ["Ruritanian"])
    out = {a.id: a for a in drop_non_actors((latveria, ruritania), text)}
    assert [m.text for m in out["latveria"].mentions] == ["Latveria"]
    assert "ruritania" not in out


def test_a_wire_reports_abbreviated_currency_is_money_not_the_state() -> None:
    # Reuters' style: "49 U.S. Cts", "one Latverian dlr"
    text = ("The rand rose to 49 Latverian Cts and the dinar to one Ruritanian dlr. Latveria "
            "agreed.")
    latveria = actor(text, "latveria", "state", ["Latverian", "Latveria"])
    ruritania = actor(text, "ruritania", "state", ["Ruritanian"])
    out = {a.id: a for a in drop_non_actors((latveria, ruritania), text)}
    assert [m.text for m in out["latveria"].mentions] == ["Latveria"]
    assert "ruritania" not in out


def test_a_state_named_once_as_a_place_is_a_mentioned_actor_a_capital_city_is_not() -> None:
    from _neg_fixtures import doc

    from briefing.extract import analyse
    text = ("Acme and Globex agreed a merger on Monday. Acme will sell a plant in Singapore. "
            "The Paris and Lisbon exchanges merged long ago, and a Luxembourg-based bank "
            "advised them.")
    acts = {a.id: a for a in analyse(doc(text)).actors}
    assert acts["singapore"].tier == "mentioned"
    assert [m.text for m in acts["singapore"].mentions] == ["Singapore"]
    assert "france" not in acts and "portugal" not in acts and "luxembourg" not in acts


def test_a_regional_adjective_names_a_group_of_states_only_before_a_group_noun() -> None:
    from dataclasses import replace

    from briefing.model import Mention
    text = "Northern security matters. Northern partners agreed. The Northern continent is big."
    spans = [(m.start(), m.end()) for m in __import__("re").finditer("Northern", text)]
    north = replace(actor(text, "north", "state_group", ["Northern"]), mentions=tuple(
        Mention(s, e, text[s:e], "modifier") for s, e in spans))
    (out,) = drop_non_actors((north,), text)
    assert [m.start for m in out.mentions] == [spans[1][0]]


def test_a_seat_of_government_named_as_the_place_is_no_mention() -> None:
    text = ("The Palace said the talks failed. The President welcomed the King back to the "
            "Palace today, and they met at the Palace and in the Palace East Room. Does the "
            "Palace agree?")
    palace = actor(text, "palace", "government", ["Palace"])
    (out,) = drop_non_actors((palace,), text, seats=frozenset({"palace"}))
    assert [text[m.end:m.end + 6] for m in out.mentions] == [" said ", " agree"]
    (kept,) = drop_non_actors((palace,), text)  # not a seat: every mention stays
    assert len(kept.mentions) == 5


def test_a_seat_alone_on_its_line_is_the_place_of_remarks() -> None:
    text = "Remarks by the King Before a Meeting\n\nPalace\n\n10:52 A.M.\n\nTHE KING: The Palace said no."
    palace = actor(text, "palace", "government", ["Palace"])
    (out,) = drop_non_actors((palace,), text, seats=frozenset({"palace"}))
    assert [text[m.end:m.end + 6] for m in out.mentions] == [" said "]


def test_the_kremlin_stands_for_russia() -> None:
    from _neg_fixtures import doc

    from briefing.extract import analyse
    acts = {a.id: a for a in analyse(doc("That is a question for the Kremlin, Roe said.")).actors}
    assert [m.text for m in acts["russia"].mentions] == ["Kremlin"]


def test_a_name_inside_the_name_of_a_war_a_work_a_law_or_a_slogan_is_no_mention() -> None:
    text = ("Latveria fought the Ruritanian-Latverian War. The Grand Ruritanian Renaissance Dam "
            "and the Latveria-Middle East Corridor were built. The Latveria Supplemental "
            "Appropriations Act passed under a Latveria First agenda. Latveria signed the "
            "Latveria-Ruritania Trade Agreement. The Ruritanian War Machine stopped.")
    latveria = actor(text, "latveria", "state", ["Latveria", "Latverian"])
    ruritania = actor(text, "ruritania", "state", ["Ruritania", "Ruritanian"])
    out = {a.id: a for a in drop_non_actors((latveria, ruritania), text)}
    assert [text[m.start:m.end + 8] for m in out["latveria"].mentions] == [
        "Latveria fought ", "Latveria signed ", "Latveria-Ruritan"]
    assert [text[m.start:m.end + 6] for m in out["ruritania"].mentions] == [
        "Ruritania Trade", "Ruritanian War M"]


def test_a_name_inside_a_seas_or_a_straits_name_is_no_mention() -> None:
    text = "Latveria patrols the Gulf of Latveria and the Strait of Latveria. Latveria agreed."
    latveria = actor(text, "latveria", "state", ["Latveria"])
    out = drop_non_actors((latveria,), text)
    assert [m.start for m in out[0].mentions] == [0, text.rindex("Latveria")]


def test_a_programme_named_by_its_head_and_aim_is_no_actor() -> None:
    text = ("Latveria backs the Partnership for Global Growth (PGG). It funds the PGG. Aides "
            "spoke of the Initiative on Clean Water, ICW. The Partnership Council met. The "
            "Fund for Peace met.")
    actors = (_extracted(text, "pgg", ["Partnership for Global Growth", "PGG"]),
              _extracted(text, "icw", ["ICW"]),
              _extracted(text, "partnership_council", ["Partnership Council"]),
              _extracted(text, "fund_for_peace", ["Fund for Peace"]))
    assert _ids(drop_non_actors(actors, text)) == {"partnership_council", "fund_for_peace"}
