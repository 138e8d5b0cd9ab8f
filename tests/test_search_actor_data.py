"""The actor part of the index: mentions in (unit, start, end) order, each once."""

from __future__ import annotations

import random
from array import array

from test_search_fixtures import make_briefings

from briefing.search.build import _sorted_unique, actor_data, text_data


def test_sorted_unique_keeps_ordered_arrays_and_sorts_the_others() -> None:
    units, starts, ends = array("I", [0, 0, 3]), array("I", [1, 5, 0]), array("I", [4, 9, 2])
    kept = _sorted_unique(units, starts, ends)
    assert kept[0] is units and kept[1] is starts and kept[2] is ends
    rng = random.Random(7)
    triples = [(rng.randrange(5), rng.randrange(4), rng.randrange(3)) for _ in range(60)]
    got = _sorted_unique(*(array("I", (t[i] for t in triples)) for i in range(3)))
    assert list(zip(*got, strict=True)) == sorted(set(triples))
    assert _sorted_unique(array("I"), array("I"), array("I")) == (array("I"),) * 3


def test_each_actors_mentions_are_in_order_once() -> None:
    briefings = make_briefings()
    text, _texts = text_data([b.document for b in briefings], variants=False)
    # Twice the same documents: each mention twice, the second copy's after the first.
    doubled = text_data([b.document for b in briefings + briefings], variants=False)[0]
    once = actor_data(briefings, text)
    assert len(once["mention_unit"]) >= 5
    off = once["actor_off"]
    for a in range(len(once["actors"])):
        span = range(off[a], off[a + 1])
        got = [(once["mention_unit"][i], once["mention_start"][i], once["mention_end"][i])
               for i in span]
        assert got == sorted(set(got))
    twice = actor_data(briefings + briefings, doubled)
    n_units = len(text["unit_doc"])
    for a in range(len(once["actors"])):
        first = [(once["mention_unit"][i], once["mention_start"][i])
                 for i in range(off[a], off[a + 1])]
        both = [(twice["mention_unit"][i], twice["mention_start"][i])
                for i in range(twice["actor_off"][a], twice["actor_off"][a + 1])]
        assert both == first + [(u + n_units, s) for u, s in first]
