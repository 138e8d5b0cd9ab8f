"""Secondary threads: talks or a deal "with" a counterpart the primary's table lacks (issue 11).

Invented sentences: "Acme is negotiating with Cogs", "Sylvania signed an agreement with
Latveria", "a trade deal with Latveria" in a story on other talks report a negotiation of their
own -- a thread whose label names its deal, whose agenda leaves the primary's; the verb ("when
they deal with") is none; and the first sentence, which reports the story's own talks, opens no
other thread.
"""

from __future__ import annotations

from _neg_fixtures import actor

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract.negotiations.talks_with import talks_with
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times
from briefing.model import Actor, Negotiation

ACTORS = [("acme", "organization", ["Acme Corp", "Acme"]),
          ("bolt", "organization", ["Bolt Industries", "Bolt"]),
          ("cogs", "organization", ["Cogs Holdings", "Cogs"]),
          ("sylvania", "state", ["Sylvania"]),
          ("ruritania", "state", ["Ruritania"]),
          ("latveria", "state", ["Latveria"])]


def _threads(text: str) -> tuple[Negotiation, ...]:
    d, _ = document_from_text("fixture.txt", text, meta=Metadata(
        title=None, published="2021-03-02", source=None))
    found: tuple[Actor, ...] = tuple(actor(text, aid, kind, names) for aid, kind, names in ACTORS)
    return find_negotiations(d, found, (), find_times(d))[0]


def test_a_counterpart_another_side_is_negotiating_with_is_a_thread_of_its_own() -> None:
    threads = _threads(
        "ACME AND BOLT IN MERGER TALKS\n\nAcme Corp and Bolt Industries said on Monday they "
        "were in merger talks. Acme and Bolt expect to agree terms this month. Cogs Holdings "
        "is separately negotiating with Ruritania over fishing rights.\n")
    primary = threads[0]
    assert {"acme", "bolt"} <= set(primary.parties)
    other = [t for t in threads[1:] if set(t.parties) == {"cogs", "ruritania"}]
    assert other, [t.parties for t in threads]
    assert "fishing" not in " ".join(i.label.lower() for i in primary.issues)


def test_an_agreement_with_another_state_is_its_own_deal_named_so() -> None:
    threads = _threads(
        "SYLVANIA AND RURITANIA RESUME BORDER TALKS\n\nSylvania and Ruritania resumed talks "
        "on their border on Tuesday. Sylvania and Ruritania hope to agree by June. Ruritania "
        "last month signed an agreement with Latveria on gas supplies.\n")
    other = [t for t in threads[1:] if "latveria" in t.parties]
    assert other, [t.parties for t in threads]
    assert other[0].label.endswith("agreement")
    assert "latveria" not in threads[0].parties


def test_a_trade_deal_with_a_state_not_at_the_table_is_another_thread() -> None:
    threads = _threads(
        "SYLVANIA AND RURITANIA RESUME BORDER TALKS\n\nSylvania and Ruritania resumed talks "
        "on their border on Tuesday. Sylvania and Ruritania hope to agree by June. Sylvania "
        "also wants a trade deal with Latveria.\n")
    assert any("latveria" in t.parties and t.label.endswith("deal") for t in threads[1:]), \
        [(t.label, t.parties) for t in threads]


def test_to_deal_with_a_state_opens_no_thread() -> None:
    threads = _threads(
        "SYLVANIA AND RURITANIA RESUME BORDER TALKS\n\nSylvania and Ruritania resumed talks "
        "on their border on Tuesday. Sylvania and Ruritania hope to agree by June, when they "
        "deal with Latveria over the river.\n")
    assert not any("latveria" in t.parties for t in threads[1:])


def test_the_first_sentence_names_the_storys_own_talks_not_another_thread() -> None:
    threads = _threads(
        "ACME TO SIGN ACCORD\n\nAcme Corp said it will sign a joint venture pact with Cogs "
        "Holdings next week. Acme said the venture would make parts. Acme expects the pact "
        "to be signed in Ruritania.\n")
    assert not any("cogs" in t.parties for t in threads[1:]), \
        [(t.label, t.parties) for t in threads]


def test_talks_with_reads_the_word_before_with_and_deal_only_as_a_noun() -> None:
    text = "Acme said it is negotiating with the union."
    found = talks_with(text)
    assert found is not None and found[2] == "negotiating"
    assert text[found[1]:].startswith("union")
    assert talks_with("a trade deal with Latveria")[2] == "deal"  # type: ignore[index]
    assert talks_with("Acme agreements with Bolt and Cogs")[2] == "agreements"  # type: ignore[index]
    assert talks_with("they will deal with the crisis") is None
    assert talks_with("the ministers met with Acme") is None
