"""The Quadrilateral Security Dialogue is "the Quad" alone in news and remarks (issue 11, name
mentions): the bundled KB names it so without its full name; a lower-case "quad" is a bike.
Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, texts

from briefing.knowledge import KnowledgeBase, load_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_the_quad_alone_is_the_dialogue(kb) -> None:
    found = extract(kb, "Summit\n\nIndia welcomed the Quad's plan. Quad leaders met.\n",
                    "2024-05-01")
    assert texts(found["quad"]) == ["Quad", "Quad"]


def test_a_quad_bike_is_no_actor(kb) -> None:
    assert "quad" not in extract(kb, "Crash\n\nHe was hurt in a quad bike accident.\n",
                                 "2024-05-01")
