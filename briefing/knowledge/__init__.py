"""The knowledge base: actors, titles and agent nouns from ``briefing/knowledge/data/*.yaml``.

:func:`load_kb` loads it through a compiled cache (:mod:`briefing.knowledge.store`), compiling
the data files (:mod:`briefing.knowledge.compiler`) only when they changed;
:class:`KnowledgeBase` answers the extractor's questions: which actors a name may stand for
(the *gazetteer*, keyed by :func:`~briefing.knowledge.tokens.tokenize`), who held an office or
mediated between two sides at a date, what a title or an agent noun means.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, cast

from briefing.knowledge.compiler import (
    compile_kb,
    gazetteer_key,
    gazetteer_tokens,
    unpack_entries,
)
from briefing.knowledge.tokens import (
    ABBREV,
    CAPITAL,
    DEMONYM,
    DEMONYM_PL,
    EXCLUDE,
    FORMER,
    NAME,
    ORG_KINDS,
    SHORT,
    STATE_KINDS,
    SURNAME,
    TOKEN_RE,
    Entry,
    Mediation,
    date_ok,
    is_acronym,
    norm_token,
    strip_the,
    tokenize,
)
from briefing.versions import COMPILER_VERSION

DATA_DIR = Path(__file__).resolve().parent / "data"


class _Entities(Mapping[str, dict[str, Any]]):
    """Entities by id, each kept as marshal bytes until first used (start-up stays fast)."""

    __slots__ = ("_raw", "_done")

    def __init__(self, raw: dict[str, Any]) -> None:
        self._raw = raw
        self._done: dict[str, dict[str, Any]] = {}

    def __getitem__(self, key: str) -> dict[str, Any]:
        ent = self._done.get(key)
        if ent is None:
            value = self._raw[key]
            ent = marshal.loads(value) if isinstance(value, bytes) else value
            self._done[key] = ent
        return ent

    def get(self, key: str, default: Any = None) -> Any:
        # Mapping.get goes through __getitem__ and a KeyError; the extractor asks thousands
        # of times per document
        ent = self._done.get(key)
        if ent is not None:
            return ent
        return self[key] if key in self._raw else default

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


class _Gazetteer(Mapping[tuple[str, ...], tuple[Entry, ...]]):
    """Token tuple -> entries, stored as joined strings and unpacked on first use.

    A dict of strings loads from the cache several times faster than one of nested tuples,
    and a document only ever looks at a few dozen of the keys."""

    __slots__ = ("_raw", "_done")

    def __init__(self, raw: dict[str, str]) -> None:
        self._raw = raw
        self._done: dict[tuple[str, ...], tuple[Entry, ...]] = {}

    def get(self, key: tuple[str, ...], default: Any = None) -> Any:
        hit = self._done.get(key)
        if hit is not None:
            return hit
        packed = self._raw.get(gazetteer_key(key))
        if packed is None:
            return default
        hit = self._done[key] = unpack_entries(packed)
        return hit

    def __getitem__(self, key: tuple[str, ...]) -> tuple[Entry, ...]:
        hit: tuple[Entry, ...] | None = self.get(key)
        if hit is None:
            raise KeyError(key)
        return hit

    def __contains__(self, key: object) -> bool:
        return isinstance(key, tuple) and gazetteer_key(key) in self._raw

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return (gazetteer_tokens(k) for k in self._raw)

    def __len__(self) -> int:
        return len(self._raw)


class KnowledgeBase:
    """The compiled KB: entities by id, the gazetteer, titles and agent vocabularies."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.entities: Mapping[str, dict[str, Any]] = _Entities(data["entities"])
        self.gazetteer: Mapping[tuple[str, ...], tuple[Entry, ...]] = _Gazetteer(data["gazetteer"])
        self.first: dict[str, tuple[int, ...]] = data["first"]
        self.titles: dict[tuple[str, ...], dict[str, Any]] = data["titles"]
        self.title_first: dict[str, int] = data["title_first"]
        self.agents: dict[tuple[str, ...], dict[str, Any]] = data["agents"]
        self.agent_first: dict[str, int] = data["agent_first"]
        self.vocab: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in data["vocab"].items()}
        self.problems: list[str] = list(data["problems"])
        # office holders: "usa|president" -> ((person, from, to), ...)
        self.offices: dict[str, tuple[tuple[str, str | None, str | None], ...]] = \
            data.get("offices", {})
        # (sides, mediators, from, to): who habitually mediates between two sides
        self.mediations: tuple[Mediation, ...] = tuple(data.get("mediations", ()))
        self.digest: str = data["digest"]
        self._first_name_genders: dict[str, str] | None = None

    def first_name_gender(self, first: str) -> str | None:
        """"m"/"f" when every KB person of that first name who has a recorded gender has that
        one (a fact of the KB: "Michael" is a man's name there), else ``None``."""
        if self._first_name_genders is None:
            seen: dict[str, set[str]] = {}
            for actor_id in self.entities:
                ent = self.get(actor_id)
                if not ent or ent.get("kind") != "person" or ent.get("gender") not in ("m", "f"):
                    continue
                word = str(ent["name"]).split()[0].rstrip(".").lower()
                if len(word) > 1:
                    seen.setdefault(word, set()).add(ent["gender"])
            self._first_name_genders = {w: next(iter(g)) for w, g in seen.items()
                                        if len(g) == 1}
        return self._first_name_genders.get(first.lower())

    def get(self, actor_id: str) -> dict[str, Any] | None:
        return self.entities.get(actor_id)

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Gazetteer entries for a name (any case; the case rule is the caller's)."""
        return self.gazetteer.get(tokenize(strip_the(name)), ())

    def words(self, key: str) -> frozenset[str]:
        return self.vocab.get(key, frozenset())

    def mediators_between(self, a: str, b: str, published: str | None
                          ) -> frozenset[str]:
        """Who mediates between ``a`` and ``b`` (either order) at ``published``."""
        out: set[str] = set()
        for sides, meds in self.mediations_at(published):
            if {a, b} == set(sides):
                out.update(meds)
        return frozenset(out)

    def mediations_at(self, published: str | None
                      ) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """(sides, mediators) valid at ``published``; a dated fact never applies to an undated
        text (who mediated in 1987 says nothing of a text that may be from 2024)."""
        return [(sides, meds) for sides, meds, start, end in self.mediations
                if (published or not (start or end)) and date_ok(published, start, end)]

    def name_at(self, actor_id: str, published: str | None) -> str:
        """The actor's name valid at ``published`` (dated names), else its canonical name."""
        ent = self.get(actor_id)
        if ent is None:
            return actor_id
        if published:
            for name, start, end in ent.get("names", ()):
                if (start or end) and date_ok(published, start, end) and not is_acronym(name):
                    return str(name)
        return str(ent["name"])

    def holder(self, state: str | None, title: str | None, published: str | None) -> str | None:
        """Who held ``title`` for ``state`` at ``published`` (only when exactly one did); no
        one for an unknown title (a person known by an office but no title of their own)."""
        if not published or not title or not state:
            return None
        found = {pid for pid, start, end in self.offices.get(f"{state}|{title.lower()}", ())
                 if date_ok(published, start, end)}
        return found.pop() if len(found) == 1 else None

    def role_at(self, person_id: str, published: str | None) -> dict[str, Any] | None:
        """The person's role valid at ``published`` (the first listed wins), else ``None``."""
        ent = self.get(person_id)
        if not ent:
            return None
        for role in ent.get("roles", ()):
            if date_ok(published, role.get("from"), role.get("to")):
                return cast("dict[str, Any]", role)
        return None

    def out_of_office(self, person_id: str, published: str | None) -> bool:
        """Whether the person held each listed role only before ``published`` or only after it,
        and one before: a former office holder on that day ("President Obama" recalled in a 2021
        speech).  A role's end given by month or year runs to that period's end ("to: 1987-04"
        still holds on April 3), the end day included; no date, no roles: False."""
        ent = self.get(person_id) if published else None
        if not ent or not published:
            return False
        before = False
        for role in ent.get("roles", ()):
            start, end = role.get("from"), role.get("to")
            if start and published < start:
                continue  # a later role
            # held on that day: up to its end, the end day included (a handover day's text
            # still has the outgoing holder act), or in the month or year a coarser end names
            if not end or published[:len(end)] <= end:
                return False
            before = True
        return before


def load_kb(data_dir: str | Path | None = None, use_cache: bool = True) -> KnowledgeBase:
    """Load the KB from ``data_dir`` (default: the bundled data), through the compiled cache."""
    from briefing.knowledge import store

    files = store.read_files(str(data_dir) if data_dir else str(DATA_DIR))
    digest = store.data_digest(files)
    cache = store.cache_path(digest) if use_cache else None
    if cache is not None:
        cached = store.read_cache(cache, digest)
        if cached is not None:
            return KnowledgeBase(cached)
    data = compile_kb(files, digest)
    if cache is not None:
        store.write_cache(cache, data)
    return KnowledgeBase(data)


def kb_from_yaml(sources: dict[str, str]) -> KnowledgeBase:
    """A KB from YAML texts by file name (for tests and tools): no cache."""
    from briefing.knowledge.store import data_digest

    files = [(name, text.encode("utf-8")) for name, text in sources.items()]
    return KnowledgeBase(compile_kb(files, data_digest(files)))


_DEFAULT: KnowledgeBase | None = None


def default_kb() -> KnowledgeBase:
    """The bundled KB, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_kb()
    return _DEFAULT


def default_kb_loaded() -> bool:
    """Whether this process has loaded the bundled KB (an analysis ran here)."""
    return _DEFAULT is not None


__all__ = ["ABBREV", "CAPITAL", "COMPILER_VERSION", "DATA_DIR", "DEMONYM", "DEMONYM_PL",
           "EXCLUDE", "FORMER", "NAME", "ORG_KINDS", "SHORT", "STATE_KINDS", "SURNAME",
           "TOKEN_RE", "Entry", "KnowledgeBase", "Mediation", "compile_kb", "date_ok",
           "default_kb", "kb_from_yaml", "load_kb", "norm_token", "tokenize"]
