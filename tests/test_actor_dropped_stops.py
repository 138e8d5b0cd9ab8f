"""Wire copy drops an abbreviation's last stop ("Major U.S meat packers", "U.S/Ruritania
relations"): still the state (issue 11, name mentions; a knowledge-base alias).  Invented
sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def test_the_us_without_its_last_stop_is_the_united_states() -> None:
    text = ("Ruritania and the U.S. held trade talks. Major U.S meat packers met in Washington, "
            "and officials called U.S/Ruritania relations strained.")
    got = {a.id: [m.text for m in a.mentions] for a in analyse(doc(text)).actors}
    assert got["usa"].count("U.S") == 2
