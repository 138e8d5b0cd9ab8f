"""Every operator with every other: actor queries with exclusions and phrases, phrases that
tolerate inflection, and near matches (marked) when no exact phrase exists."""

from __future__ import annotations

import pytest

from briefing.corpus import document_from_text
from briefing.model import Actor, Briefing, Mention
from briefing.search import SearchIndex
from briefing.search.inflect import forms, phrase_pattern
from briefing.search.query import parse

TEXT = (
    "Envoys meet again\n\n"
    "Premier Zorblax arrived in Geneva for the cessations of hostilities talks.\n"
    "Zorblax later flew to Vienna, where the ministers talked about grain.\n"
    "In Oslo, Zorblax praised the negotiators.\n"
    "Observers said the cessation of hostilities held in the south.\n"
)
OTHER = (
    "Harvest report\n\n"
    "Grain exports rose in the valley after the hostilities of last spring ended.\n"
)


def _briefings() -> list[Briefing]:
    doc, _ = document_from_text("c/envoys.txt", TEXT, sha256="sha-envoys")
    mentions = tuple(Mention(i, i + 7, "Zorblax") for i in range(len(TEXT))
                     if TEXT.startswith("Zorblax", i))
    actor = Actor("zorblax", "Premier Zorblax", "person", "party", aliases=("Zorblax",),
                  mentions=mentions)
    other, _ = document_from_text("c/harvest.txt", OTHER, sha256="sha-harvest")
    return [Briefing(document=doc, actors=(actor,)), Briefing(document=other)]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_briefings())


def _texts(result) -> list[str]:
    return [TEXT[h.start:h.end] if h.path.endswith("envoys.txt") else OTHER[h.start:h.end]
            for h in result.hits]


def test_actor_query_parses_its_operators() -> None:
    q = parse('@zorblax -geneva "grain" -"in oslo"')
    assert q.actor == "zorblax" and q.excluded == ["geneva"]
    assert q.phrases == [("grain",)] and q.excluded_phrases == [("in", "oslo")]
    assert parse('@"premier zorblax"').actor == "premier zorblax"
    assert parse("@al sham").actor == "al sham"


def test_actor_query_honours_exclusions_like_a_text_query(index: SearchIndex) -> None:
    everything = _texts(index.search("@zorblax"))
    assert len(everything) == 3 and any("Geneva" in t for t in everything)
    without = _texts(index.search("@zorblax -geneva"))
    assert len(without) == 2 and not any("Geneva" in t for t in without)
    assert without == [t for t in _texts(index.search("zorblax -geneva"))
                       if "Zorblax" in t] or sorted(without) == sorted(
        _texts(index.search("zorblax -geneva")))
    assert _texts(index.search('@zorblax -"in oslo"')) == [
        t for t in everything if "Oslo" not in t]


def test_actor_query_with_a_phrase(index: SearchIndex) -> None:
    result = index.search('@zorblax "talk about grain"')  # "talked about grain"
    texts = _texts(result)
    assert len(texts) == 1 and "Vienna" in texts[0]
    hit = result.hits[0]
    assert any(TEXT[s:e].startswith("talked about grain") for s, e in hit.spans)


def test_a_phrase_tolerates_inflection_and_the_exact_one_comes_first(
        index: SearchIndex) -> None:
    result = index.search('"cessation of hostilities"')
    texts = _texts(result)
    assert len(texts) == 2 and not result.near
    assert "Observers" in texts[0] and "cessations" in texts[1]  # exact first
    plural = index.search('"cessations of hostilities"')
    assert len(plural.hits) == 2 and "cessations" in _texts(plural)[0]


def test_without_the_phrase_near_matches_follow_and_say_so(index: SearchIndex) -> None:
    result = index.search('"hostilities cessation"')  # those words, never in that order
    assert result.near and result.hits
    texts = _texts(result)
    assert all("cessation" in t.lower() and "hostilities" in t for t in texts[:2])
    assert all("hostilities" in t for t in texts)  # words apart, or some of them
    only_inflected = index.search('"cessation of hostility"')
    assert only_inflected.hits and only_inflected.near  # "hostilities" only


def test_phrase_with_exclusion_and_words(index: SearchIndex) -> None:
    texts = _texts(index.search('"cessation of hostilities" -geneva'))
    assert texts == [t for t in texts if "Geneva" not in t] and len(texts) == 1
    texts = _texts(index.search('observers "cessation of hostilities"'))
    assert len(texts) >= 1 and "Observers" in texts[0]


def test_inflection_rule_is_general() -> None:
    assert "cessations" in forms("cessation") and "hostility" in forms("hostilities")
    assert "talked" in forms("talk") and "talk" in forms("talks") and forms("of") == ("of",)
    assert phrase_pattern(("peace", "talk"), True).search("peace talks resumed")
    assert not phrase_pattern(("peace", "talk"), False).search("peace talks resumed")


def test_status_line_says_near_matches() -> None:
    from briefing.search.results import SearchResult
    from briefing.ui.search import status_line

    index = SearchIndex.build(_briefings())
    result = index.search('"hostilities cessation"')
    assert isinstance(result, SearchResult)
    assert "no exact phrase: near matches" in str(status_line(result))


def test_words_before_an_actor_are_required_too(index: SearchIndex) -> None:
    q = parse('grain @zorblax -oslo')
    assert q.actor == "zorblax" and [t.key for t in q.terms] == ["grain"]
    assert q.excluded == ["oslo"]
    texts = _texts(index.search("grain @zorblax"))
    assert len(texts) == 1 and "Vienna" in texts[0]
    hit = index.search("grian @zorblax").hits[0]  # a typo, as in a text query
    assert any(TEXT[s:e] == "grain" for s, e in hit.spans)
    assert parse('"talks @home" x').actor is None  # inside a phrase it is text
    assert parse("mail@example.org").actor is None


def test_choosing_a_candidate_keeps_the_other_operators() -> None:
    from briefing.search.query import with_exact_actor

    assert with_exact_actor("@al sham", "jfs") == "@=jfs"
    assert with_exact_actor('@al sham -geneva "peace talks"', "jfs") == \
        '@=jfs -geneva "peace talks"'
    assert with_exact_actor("ceasefire actor:al sham -x", "hts") == "ceasefire @=hts -x"
    q = parse(with_exact_actor("grain @zorb -oslo", "zorblax"))
    assert q.actor == "=zorblax" and [t.key for t in q.terms] == ["grain"]
    assert q.excluded == ["oslo"]


def test_an_actors_other_names_are_said_once_whatever_their_case() -> None:
    """"actor: Jabhat Fatah al-Sham (also Nusra Front, Jabhat Fatah Al-Sham, Nusra, Nusra
    Front)": the name again in another case, and an alias that is also a former name."""
    from types import SimpleNamespace

    from briefing.ui.search import candidate_row, status_line

    actor = SimpleNamespace(id="jfs", name="Jabhat Fatah al-Sham", kind="armed_group",
                            aliases=("Nusra Front", "Jabhat Fatah Al-Sham", "Nusra"),
                            former_names=("Nusra Front",), paragraphs=4)
    result = SimpleNamespace(mode="actor", hits=[object()], total=4, actors=[actor],
                             notes=[])
    said = str(status_line(result))
    assert "(also Nusra Front, Nusra)" in said
    row = str(candidate_row(actor, width=200))
    assert row.count("Nusra Front") == 1 and "Al-Sham" not in row


def test_the_fallback_to_hits_missing_a_word_says_how_many_have_every_word(
        index: SearchIndex) -> None:
    """"3 matches (not every word found)" read as "none has every word" although the best
    hits had them all: the status line says how many do."""
    from briefing.ui.search import status_line

    result = index.search("zorblax grain")
    assert result.relaxed and result.total > result.complete >= 1
    said = str(status_line(result))
    assert f"({result.complete} with every word, then missing one)" in said
    none = index.search("zorblax harvest")
    assert none.relaxed and none.complete == 0
    assert "(none with every word: each misses one)" in str(status_line(none))
    assert index.search("zorblax").complete == 0 and not index.search("zorblax").relaxed
