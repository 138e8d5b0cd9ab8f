"""eval/tools/timeline_causes.py: each spurious, missed or misdated item gets one cause, on
invented gold/prediction pairs."""

from __future__ import annotations

from typing import Any

from conftest import eval_tool

PUB = "2031-05-14"


def _span(text: str, words: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return [start, start + len(words)]


def _gold(text: str, words: str, date: str, precision: str = "day", nth: int = 0
          ) -> dict[str, Any]:
    return {"span": _span(text, words, nth), "date": date, "precision": precision, "tol": 0}


def _pred(text: str, words: str, date: str, nth: int = 0) -> dict[str, Any]:
    return {"span": _span(text, words, nth), "date": date}


def _causes(text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]
            ) -> list[tuple[str, str]]:
    tool = eval_tool("timeline_causes")
    return sorted((k, c) for k, c, _item in tool.causes(gold, pred, text, PUB))


def test_the_same_day_said_again_is_counted_as_such() -> None:
    text = ("Talks in Velmora opened on Tuesday. Delegates said on Tuesday they were hopeful. "
            "A second round began on May 2.")
    gold = [_gold(text, "Tuesday", "2031-05-13"), _gold(text, "May 2", "2031-05-02")]
    pred = [_pred(text, "Tuesday", "2031-05-13"), _pred(text, "Tuesday", "2031-05-13", 1),
            _pred(text, "May 2", "2031-05-02")]
    assert _causes(text, gold, pred) == [("T-EXTRA", "same-day-again")]


def test_a_right_date_on_other_evidence_is_one_extra_and_its_mirror_miss() -> None:
    text = "The accord was signed on Monday. Officials confirmed the signing in a statement."
    gold = [_gold(text, "signing", "2031-05-12")]
    pred = [_pred(text, "Monday", "2031-05-12")]
    assert _causes(text, gold, pred) == [("T-EXTRA", "right-date-elsewhere"),
                                         ("T-MISS", "elsewhere")]


def test_header_date_plan_year_period_and_recurring() -> None:
    text = ("May 14, 2031\n\nThe ministers agreed to cut emissions by 2040. Exports rose 4% "
            "in 2030. The summit, held every year since 2019, meets in June.")
    pred = [_pred(text, "May 14, 2031", "2031-05-14"), _pred(text, "2040", "2040"),
            _pred(text, "2030", "2030"), _pred(text, "2019", "2019")]
    assert _causes(text, [], pred) == [("T-EXTRA", "header-date"), ("T-EXTRA", "horizon-year"),
                                       ("T-EXTRA", "period"), ("T-EXTRA", "recurring")]


def test_report_day_relative_and_absolute_references() -> None:
    text = "Today the envoys met again. Last week's round failed. A pact of March 3 stands."
    pred = [_pred(text, "Today", PUB), _pred(text, "Last week", "2031-05-07"),
            _pred(text, "March 3", "2031-03-03")]
    assert _causes(text, [], pred) == [("T-EXTRA", "absolute-ref"), ("T-EXTRA", "relative-ref"),
                                       ("T-EXTRA", "report-day")]


def test_misses_second_event_span_taken_and_form() -> None:
    text = ("On Friday the rebels freed two hostages and the army withdrew. "
            "The truce was first proposed in April. Envoys met yesterday.")
    gold = [_gold(text, "freed", "2031-05-09"), _gold(text, "withdrew", "2031-05-09"),
            _gold(text, "April", "2031-04", "month"), _gold(text, "yesterday", "2031-05-13")]
    pred = [_pred(text, "On Friday the rebels freed", "2031-05-09")]
    assert _causes(text, gold, pred) == [("T-MISS", "missed-absolute"),
                                         ("T-MISS", "missed-relative"),
                                         ("T-MISS", "second-event")]
    wide = [_pred(text, "freed two hostages and the army withdrew", "2031-05-09")]
    assert ("T-MISS", "span-taken") in _causes(text, gold, wide)


def test_misdated_pairs() -> None:
    text = "The ceasefire began on Sunday and a review followed in 2029."
    gold = [_gold(text, "Sunday", "2031-05-11"), _gold(text, "2029", "2029-02-01")]
    pred = [_pred(text, "Sunday", PUB), _pred(text, "2029", "2029")]
    assert _causes(text, gold, pred) == [("T-DATE", "coarser"), ("T-DATE", "report-day-default")]


def test_sources_and_table() -> None:
    tool = eval_tool("timeline_causes")
    assert tool.source_of("/x/corpora/whitehouse/wh00001.txt") == "whitehouse"
    assert tool.source_of("seeds/oslo.txt") == "seed"
    from collections import Counter
    out = tool.table(Counter({("T-EXTRA", "period", "bbc"): 2,
                              ("T-EXTRA", "period", "reuters"): 1}))
    assert "period" in out and " 3 " in out


def test_a_deadline_is_named_before_the_same_day() -> None:
    text = "The envoys met on May 30. Both sides must reply by May 30."
    gold = [_gold(text, "May 30", "2031-05-30")]
    pred = [_pred(text, "May 30", "2031-05-30"), _pred(text, "May 30", "2031-05-30", 1)]
    assert _causes(text, gold, pred) == [("T-EXTRA", "deadline")]
