"""A primary thread with fewer than two ``other`` items takes the figures its sentences state as
items (issue 11): a wire story's terms are its numbers -- the pay rise offered, the share
tendered for, the sum rescheduled.  Not a figure that measures a market or an account, not one
whose label names nothing but the figure, not in a transcript.  Every text is invented."""

from __future__ import annotations

from _neg_fixtures import primary_thread


def _others(text: str) -> list[tuple[str, str]]:
    return [(i.label, i.status) for i in primary_thread(text).issues if i.key == "other"]


def test_the_figure_a_side_puts_on_the_table_is_an_item() -> None:
    items = _others(
        "Dockers resume talks with port operators\n\n"
        "OSLO, May 2 - Norwegian dockers resumed talks with the port operators today. "
        "The operators have put a 14 pct wage rise over three years on the table, union "
        "officials said.\n")
    assert any("14 pct wage rise" in lab for lab, _st in items), items


def test_a_figure_that_measures_a_market_is_no_item() -> None:
    items = _others(
        "Dockers resume talks with port operators\n\n"
        "OSLO, May 2 - Norwegian dockers resumed talks with the port operators today. "
        "Shares of the largest operator rose 3 pct in early trading on the Oslo exchange.\n")
    assert not any("3 pct" in lab for lab, _st in items), items


def test_a_bare_sum_says_not_what_it_is() -> None:
    items = _others(
        "Dockers resume talks with port operators\n\n"
        "OSLO, May 2 - Norwegian dockers resumed talks with the port operators today. "
        "The contract would cost about 40 mln dlrs.\n")
    assert not any(lab.lower().startswith("40 mln dlrs") and len(lab.split()) <= 3
                   for lab, _st in items), items


def test_at_most_two_other_items_come_from_figures() -> None:
    items = _others(
        "Dockers resume talks with port operators\n\n"
        "OSLO, May 2 - Norwegian dockers resumed talks with the port operators today. "
        "The operators offered a 14 pct wage rise over three years. "
        "The union wants 20 pct of the new jobs for its members. "
        "It also asks for 30 pct of the overtime hours to go to older workers.\n")
    assert len(items) <= 2, items


def test_a_figure_of_a_sentence_dated_long_before_is_no_item() -> None:
    items = _others(
        "Dockers resume talks with port operators\n\n"
        "OSLO, May 2 - Norwegian dockers resumed talks with the port operators today. "
        "In 2019 the operators paid a 9 pct bonus on every contract.\n")
    assert not any("9 pct" in lab for lab, _st in items), items
