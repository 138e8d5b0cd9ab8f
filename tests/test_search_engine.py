"""The search engine: typos, prefixes, phrases, exclusion, actors, ranking and odd input."""

from __future__ import annotations

import pytest
from test_search_fixtures import make_briefings

from briefing.search import SearchIndex
from briefing.search.query import parse
from briefing.search.typo import budget, deletions


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(make_briefings())


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {b.document.path: b.document.text for b in make_briefings()}


def surfaces(hit, texts) -> list[str]:
    return [texts[hit.path][s:e] for s, e in hit.spans]


def test_exact_word_finds_paragraphs_with_spans_in_document_offsets(index, texts):
    result = index.search("lavrov")
    assert result.hits and result.total == 2
    for hit in result.hits:
        text = texts[hit.path]
        assert hit.start <= hit.spans[0][0] < hit.spans[0][1] <= hit.end
        assert all(s.lower() == "lavrov" for s in surfaces(hit, texts))
        assert text[hit.snippet_start:hit.snippet_start + len(hit.snippet)].replace(
            "\n", " ") == hit.snippet


def test_transposition_is_one_edit(index, texts):
    result = index.search("Lavorv")
    assert result.hits
    assert all("Lavrov" in surfaces(h, texts) for h in result.hits)


def test_typo_budget_by_length(index):
    assert budget("war") == 0 and budget("talk") == 1 and budget("lavrov") == 1
    assert budget("ceasefire") == 2
    assert index.search("ceasfire").total >= 2  # 8 letters, one missing
    assert index.search("ceasfira").total >= 2  # two edits on a long word
    assert index.search("tlaks").hits  # transposition in a 5-letter word
    assert not index.search("tloks").hits or index.search("tloks").relaxed
    assert index.search("bamk").total == 0 or all(  # 4 letters: bank is 1 substitution away
        "bank" in h.snippet.lower() for h in index.search("bamk").hits)
    assert index.search("xbnkq").total == 0  # 2 edits on a 5-letter word: no match


def test_short_words_match_exactly_only(index):
    # "sam" is one letter from "sham" but three-letter words get no typo tolerance.
    result = index.search("sam ")
    assert result.total == 0


def test_last_word_is_a_prefix_while_typing(index, texts):
    typing = index.search("lavrov gen")
    assert typing.hits[0].doc_index == 0
    assert any(s == "Geneva" for s in surfaces(typing.hits[0], texts))
    # With a trailing space the word is finished: "gen" no longer stands for "geneva".
    finished = index.search("humanitarian corr ")
    assert not any("corridor" in " ".join(surfaces(h, texts)).lower()
                   for h in finished.hits if not finished.relaxed)


def test_all_words_required_then_fallback(index):
    both = index.search("interest rates ")
    assert not both.relaxed and both.total >= 2
    # No paragraph has both words: the fallback shows those that have one of them.
    fallback = index.search("lavrov exports ")
    assert fallback.relaxed and fallback.hits


def test_phrase_requires_adjacent_words(index, texts):
    result = index.search('"ceasefire talks"')
    assert result.total == 1
    assert surfaces(result.hits[0], texts) == ["ceasefire talks"]
    reversed_ = index.search('"talks ceasefire"')  # never in that order: near matches, marked
    assert reversed_.near and all("talks ceasefire" not in h.snippet for h in reversed_.hits)
    # An unclosed quote while typing still works.
    assert index.search('"humanitarian corridor').total >= 2


def test_exclusion(index):
    with_bonds = index.search("interest ")
    without = index.search("interest -bonds")
    assert with_bonds.total > without.total > 0
    assert all("bonds" not in index.unit_text(_uid(index, h)).lower() for h in without.hits)
    assert index.search("interest -\"in bonds\"").total == without.total


def _uid(index, hit):
    return next(u for u in range(index.size)
                if index.unit_doc[u] == hit.doc_index and index.unit_start[u] == hit.start)


def test_ranking_favours_exact_and_headings(index):
    result = index.search("humanitarian corridor ")
    assert result.hits[0].kind == "heading"
    assert result.hits[0].section == "Humanitarian Corridor"
    # Exact words beat typo matches.
    exact = index.search("prices ").hits[0]
    assert "prices" in exact.snippet


def test_proximity_and_order(index):
    result = index.search("interest rates ")
    first = result.hits[0]
    assert "interest rates" in first.snippet.lower()


def test_actor_mode_resolves_aliases_and_former_names(index, texts):
    nusra = index.search("@nusra")
    assert nusra.mode == "actor" and nusra.actors[0].id == "jfs"
    found = {(h.path, h.start) for h in nusra.hits}
    # Every paragraph mentioning the group under any name, in both documents.
    assert len({p for p, _ in found}) == 2
    names = {s for h in nusra.hits for s in surfaces(h, texts)}
    assert names == {"Nusra Front", "Jabhat Fatah al-Sham"}
    assert index.search("actor:Jabhat Fatah al-Sham").actors[0].id == "jfs"
    assert index.search("@lavorv").actors[0].id == "lavrov"


def test_ambiguous_actor_lists_candidates(index):
    result = index.search("@al sham")
    ids = [a.id for a in result.actors]
    assert "jfs" in ids and "hts" in ids
    assert result.hits


def test_actor_prefix_and_empty_name(index):
    assert index.search("@lav").actors[0].id == "lavrov"
    everyone = index.search("@")
    assert everyone.mode == "actor" and not everyone.hits and len(everyone.actors) == 3


@pytest.mark.parametrize("query", [
    "", " ", "[", "]", '"', '""', "*", "\\", "-", "--", "@@", "actor:", "[/]", "[@click=app.quit]",
    "\x00\x1b[31m", "'", "a" * 10_000, "lavrov " * 2000, "é" * 500, "-" * 300, '"' * 999,
    "\U0001f600 lavrov", "İstanbul", "ß",
])
def test_any_input_is_accepted(index, query):
    result = index.search(query)
    assert isinstance(result.hits, list)
    for hit in result.hits:
        assert 0 <= hit.start <= hit.end


def test_long_pasted_query_is_capped():
    parsed = parse("word" + " word".join(str(i) for i in range(5000)))
    assert len(parsed.terms) <= 10
    assert len(parse("x" * 10_000).text) <= 400


def test_query_parsing():
    q = parse('lavrov "peace talks" -geneva talk')
    assert [t.key for t in q.terms] == ["lavrov", "talk"]
    assert q.phrases == [("peace", "talks")] and q.excluded == ["geneva"]
    assert q.terms[-1].prefix
    # An actor later in the query: the words and operators before it combine with it.
    q = parse('lavrov "peace talks" -geneva @kerry')
    assert q.actor == "kerry" and [t.key for t in q.terms] == ["lavrov"]
    assert q.phrases == [("peace", "talks")] and q.excluded == ["geneva"]
    assert not parse("lavrov ").terms[-1].prefix
    assert parse("@ al sham").actor == "al sham"
    assert parse("ACTOR:Lavrov").actor == "Lavrov"


def test_deletions():
    assert deletions("abc", 1) == {"ab", "ac", "bc"}
    assert "a" in deletions("abc", 2)


def test_empty_index_and_limit(index):
    empty = SearchIndex.build([])
    assert empty.search("anything").hits == []
    assert len(index.search("the", limit=2).hits) == 2
    assert index.search("the", limit=0).hits == []


def test_accents_fold():
    from briefing.corpus import document_from_text
    from briefing.model import Briefing

    doc, _ = document_from_text("a.txt", "Title\n\nMinister Çavuşoğlu spoke in Zürich.\n")
    other, _ = document_from_text("b.txt", "Talks\n\n“We’re close,” Lavrov’s deputy said.\n")
    idx = SearchIndex.build([Briefing(document=doc), Briefing(document=other)])
    # Curly quotes make a text non-ASCII: its words are still indexed in lower case.
    assert idx.search("lavrov ").total == 1 and idx.search("deputy ").total == 1
    assert "Lavrov" not in idx.vocab
    hit = idx.search("cavusoglu").hits[0]
    assert doc.text[hit.spans[0][0]:hit.spans[0][1]] == "Çavuşoğlu"
    assert idx.search("zurich").hits


def test_actor_names_found_where_the_extractor_missed_them():
    from briefing.corpus import document_from_text
    from briefing.model import Actor, Briefing, Mention

    text_a = "Report\n\nThe Nusra Front attacked the base.\n"
    start = text_a.index("Nusra Front")
    doc_a, _ = document_from_text("a.txt", text_a)
    jfs = Actor("jfs", "Jabhat Fatah al-Sham", "armed_group", aliases=("HTS",),
                former_names=("Nusra Front",),
                mentions=(Mention(start, start + len("Nusra Front"), "Nusra Front"),))
    doc_b, _ = document_from_text("b.txt", "Later\n\nFighters of the Nusra Front withdrew.\n")
    doc_c, _ = document_from_text("c.txt", "Codes\n\nHTS moved north.\nThe hts code is a tariff.\n")
    idx = SearchIndex.build([Briefing(document=doc_a, actors=(jfs,)), Briefing(document=doc_b),
                             Briefing(document=doc_c)])
    result = idx.search("@nusra")
    assert {h.path for h in result.hits} == {"a.txt", "b.txt", "c.txt"}
    texts = {"a.txt": doc_a.text, "b.txt": doc_b.text, "c.txt": doc_c.text}
    found = [texts[h.path][s:e] for h in result.hits for s, e in h.spans]
    assert sorted(found) == ["HTS", "Nusra Front", "Nusra Front"]  # never the lower-case "hts"
