"""A topic named open in one sentence and disputed in a later one is contested (invented
sentences only)."""

from __future__ import annotations

from _neg_fixtures import primary_thread

from briefing.model import Negotiation


def _primary(text: str) -> Negotiation:
    return primary_thread(text, "2020-06-14")


def test_a_later_rejection_makes_an_open_topic_contested() -> None:
    n = _primary("Tin talks\n\nBolivia and Malaysia held talks on export quotas in Vienna "
                 "today, delegates said. At the talks Malaysia rejected the quotas, one "
                 "delegate said.\n")
    item = next(i for i in n.issues if i.key in ("quotas", "trade"))
    assert item.status == "contested"


def test_a_topic_said_twice_without_a_dispute_stays_open() -> None:
    n = _primary("Tin talks\n\nBolivia and Malaysia held talks on export quotas in Vienna "
                 "today, delegates said. The quotas will be discussed again at the talks "
                 "tomorrow, one delegate said.\n")
    item = next(i for i in n.issues if i.key in ("quotas", "trade"))
    assert item.status == "open"
