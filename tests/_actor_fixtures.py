"""Shared helpers of the actor-extraction tests: a fixture KB and a one-call extractor."""

from __future__ import annotations

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract.actors.finder import find_actors
from briefing.knowledge import DATA_DIR, KnowledgeBase, kb_from_yaml
from briefing.model import Actor


def fixture_kb(countries: str, orgs: str, people: str) -> KnowledgeBase:
    """A KB of the given fact files plus the real rule files (agents, titles, lexicon)."""
    sources = {"countries.yaml": countries, "organizations.yaml": orgs, "people.yaml": people}
    for name in ("agents.yaml", "titles.yaml", "lexicon_actors.yaml"):
        sources[name] = (DATA_DIR / name).read_text(encoding="utf-8")
    built = kb_from_yaml(sources)
    assert built.problems == []
    return built


def extract(kb: KnowledgeBase, text: str, published: str | None = "2016-09-04",
            ) -> dict[str, Actor]:
    doc, _ = document_from_text("fixture.txt", text, meta=Metadata(published=published))
    return {a.id: a for a in find_actors(doc, kb)}


def texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]
