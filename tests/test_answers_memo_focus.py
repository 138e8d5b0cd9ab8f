"""The search screen's memo keeps the documents that answer every word of the query: a hit
paragraph holding them all, else the whole document, else every document of the hits."""

from __future__ import annotations

from types import SimpleNamespace

from briefing.answers.memo import focused
from briefing.model import Briefing, Document

# Invented texts: two paragraphs each.
TEXTS = {
    "both.txt": "The truce with the Borduria militia holds.\n\nThe cessation of hostilities "
                "with the Borduria militia begins today.\n",
    "apart.txt": "The Borduria militia fired again.\n\nA cessation of hostilities elsewhere "
                 "was signed.\n",
    "other.txt": "A cessation of hostilities in the north was signed.\n\nMarkets rose.\n",
}


def _briefings() -> list[Briefing]:
    return [Briefing(document=Document(path=p, sha256=p, text=t)) for p, t in TEXTS.items()]


def _hit(path: str, paragraph: int) -> SimpleNamespace:
    text = TEXTS[path]
    cut = text.index("\n\n")
    start, end = (0, cut) if paragraph == 0 else (cut + 2, len(text))
    return SimpleNamespace(path=path, start=start, end=end)


def _paths(found: list[Briefing]) -> list[str]:
    return [b.document.path for b in found]


def test_a_paragraph_with_every_word_decides():
    hits = [_hit("other.txt", 0), _hit("both.txt", 1), _hit("apart.txt", 1)]
    assert _paths(focused(_briefings(), "borduria cessation", hits)) == ["both.txt"]


def test_else_documents_with_every_word_anywhere():
    hits = [_hit("other.txt", 0), _hit("both.txt", 0), _hit("apart.txt", 1)]
    assert _paths(focused(_briefings(), "borduria cessation", hits)) == ["both.txt",
                                                                         "apart.txt"]


def test_else_everything_and_single_words_filters_and_actors_change_nothing():
    every = list(TEXTS)
    assert _paths(focused(_briefings(), "zzyzx cessation", [_hit("other.txt", 0)])) == every
    assert _paths(focused(_briefings(), "cessation", [_hit("other.txt", 0)])) == every
    # The @actor and the filters are not words to find: one word left, nothing to narrow.
    assert _paths(focused(_briefings(), "cessation @borduria status:agreed", [])) == every
    # Word starts count, as in the search ("borduri" while typing).
    assert _paths(focused(_briefings(), "borduri cessation", [])) == ["both.txt", "apart.txt"]


def test_open_questions_come_from_the_negotiations_threads_only():
    from briefing.answers.memo import merged_memo
    from briefing.model import Negotiation, Span

    text = ("Israel and Lebanon agreed a cessation of hostilities on Tuesday.\n\n"
            "Will the monitoring committee report every week to both governments?\n\n"
            "How will the storm affect the harvest in the southern valleys this year?\n")
    ask = text.index("Will")
    other = text.index("How")
    mine = Negotiation("n1", "Israel–Lebanon cessation", True, ("israel", "lebanon"),
                       status="agreed", open_questions=(Span(ask, other - 2, text[ask:other - 2]),))
    theirs = Negotiation("n2", "Harvest aid", False, ("farmers",),
                         open_questions=(Span(other, len(text) - 1, text[other:-1]),))
    earlier = Briefing(document=Document(path="a.txt", sha256="a", text=text[:ask],
                                         published="2031-11-20"),
                       negotiations=(Negotiation("n1", "Israel–Lebanon talks", True,
                                                 ("israel", "lebanon")),))
    latest = Briefing(document=Document(path="b.txt", sha256="b", text=text,
                                        published="2031-11-26"),
                      negotiations=(mine, theirs))  # a transcript: two talks in one
    memo = merged_memo([earlier, latest])
    assert memo.startswith("# Briefing: Israel – Lebanon")  # no actors here: the KB names
    assert "monitoring committee report every week" in memo
    assert "storm" not in memo
