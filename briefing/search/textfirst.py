"""The text part of the search index straight from the documents' layout, before any analysis.

On a cold start the extractor is what takes time (about 90 % of it); the text part of the index
(units, vocabulary, postings) needs only each document's layout.  So a big folder is first read,
laid out and tokenised in chunks by worker processes (:func:`chunk_text`), the chunks are merged
here (:func:`merge`) into exactly the arrays :func:`~briefing.search.index.text_data` would make
in one process, and a query over words can be answered at once.  The index is marked
``actors_pending``; analysing the corpus afterwards adds the actor part
(:func:`briefing.search.cache.load_or_build` completes a pending index instead of rebuilding it).

Correctness: the merged arrays equal a one-process build (tested), the cache key is the same
function of the documents as the full index's, and the file listing written for a pending index
is checked exactly like a full one's (a changed, added or removed file sends it back here).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from briefing.search.build import InMemoryTexts, actor_data, text_data
from briefing.search.index import SearchIndex

LATER_NICE = 19  # the child's priority once the reader can search (see ``main``)
MIN_FILES = 400  # smaller folders are analysed at once (a worker's start-up costs ~0.5 s)
CHUNKS_PER_WORKER = 6  # chunks of the folder per worker process (balance against merge cost)


@dataclass
class Chunk:
    """A worker's text index of some documents (picklable; arrays as bytes)."""

    docs: list[tuple[str, str]]  # (path, display title)
    key_lines: list[str]  # each document's line of the cache key (search.cache.key_line)
    shas: list[str]  # each document's SHA-256
    facets: list[Any]  # each document's search.filters facets (what its text gives)
    texts: list[str]
    sections: list[str]
    # unit_doc, unit_start, unit_end, unit_kind, unit_section, post_off, post
    arrays: dict[str, bytes]
    vocab: list[str]


_UNIT_ARRAYS = {"unit_doc": "I", "unit_start": "I", "unit_end": "I", "unit_kind": "B",
                "unit_section": "I", "post_off": "I", "post": "I"}


def chunk_text(paths: list[str], limits: dict[str, Any] | None = None) -> Chunk:
    """In a worker: read and lay out ``paths`` (files, in order) and index their text."""
    from dataclasses import replace

    from briefing.corpus import DEFAULT_LIMITS, load_file
    from briefing.corpus.layout import NO_SENTENCES
    from briefing.corpus.limits import Limits
    from briefing.search.keys import key_line

    # Paragraphs are all the index needs: not split into sentences (the same units).
    lim = replace(Limits.from_dict(limits)[0] if limits else DEFAULT_LIMITS,
                  max_sentence_chars=NO_SENTENCES)
    documents = []
    for path in paths:
        loaded = load_file(path, lim)
        if loaded.document is not None:
            documents.append(loaded.document)
    data, texts = text_data(documents, variants=False)
    from briefing.search.filters import doc_facets

    return Chunk(data["docs"], [key_line(d) for d in documents], [d.sha256 for d in documents],
                 [doc_facets(d) for d in documents], texts, data["sections"],
                 {name: data[name].tobytes() for name in _UNIT_ARRAYS}, data["vocab"])


def merge(chunks: Sequence[Chunk]
          ) -> tuple[dict[str, Any], list[str], list[str], list[str], list[Any]]:
    """The text data of the chunks' documents in order (what ``text_data`` gives for all of
    them at once, without the typo variants), their texts, key lines, SHA-256 and facets."""
    docs: list[tuple[str, str]] = []
    texts: list[str] = []
    lines: list[str] = []
    shas: list[str] = []
    facets: list[Any] = []
    sections: list[str] = [""]
    section_ids: dict[str, int] = {"": 0}
    units = {name: array(code) for name, code in _UNIT_ARRAYS.items() if name.startswith("unit")}
    postings: dict[str, list[array[int]]] = {}
    for chunk in chunks:
        arrays = {name: array(code, chunk.arrays[name]) for name, code in _UNIT_ARRAYS.items()}
        doc_base, unit_base = len(docs), len(units["unit_doc"])
        docs.extend(chunk.docs)
        texts.extend(chunk.texts)
        lines.extend(chunk.key_lines)
        shas.extend(chunk.shas)
        facets.extend(chunk.facets)
        remap = []
        for name in chunk.sections:  # first-seen order, as one pass over every unit gives
            sid = section_ids.get(name)
            if sid is None:
                sid = section_ids[name] = len(sections)
                sections.append(name)
            remap.append(sid)
        units["unit_doc"].extend(array("I", map(doc_base.__add__, arrays["unit_doc"])))
        units["unit_section"].extend(array("I", map(remap.__getitem__, arrays["unit_section"])))
        for name in ("unit_start", "unit_end", "unit_kind"):
            units[name].extend(arrays[name])
        post = arrays["post"]
        if unit_base:
            post = array("I", map(unit_base.__add__, post))
        off = arrays["post_off"]
        for i, word in enumerate(chunk.vocab):
            part = post[off[i]:off[i + 1]]
            have = postings.get(word)
            if have is None:
                postings[word] = [part]
            else:
                have.append(part)
    vocab = sorted(postings)
    post_off = array("I", [0])
    post = array("I")
    for word in vocab:
        for part in postings[word]:
            post.extend(part)
        post_off.append(len(post))
    data: dict[str, Any] = {"docs": docs, "sections": sections, **units, "vocab": vocab,
                            "post_off": post_off, "post": post, "var_hash": None,
                            "var_ids": None}
    return data, texts, lines, shas, facets


def pending_index(data: dict[str, Any], texts: list[str],
                  facets: list[Any] | None = None) -> SearchIndex:
    """A searchable index of the text only (``actors_pending``); ``facets``: the documents'
    (their dates, sources and SHA-256: identical documents are folded as in the full index)."""
    data = {**data, **actor_data((), data), "actors_pending": True, "facets": facets}
    return SearchIndex(data, InMemoryTexts(texts, data))


def files_of(paths: Sequence[str], max_depth: int) -> list[str]:
    """The files a cold analysis would read, in its order (errors left to the analysis)."""
    from briefing.corpus.files import discover

    return [f.path for f in discover(list(paths), max_depth) if not f.error]


@dataclass
class Built:
    """A text-first index and what its cache entry needs."""

    index: SearchIndex
    key: str  # = search.cache.index_key of the documents
    shas: dict[str, str]  # path -> SHA-256 of every document in it


def build(files: list[str], submit: Callable[[list[str]], Future[Any]] | None, workers: int,
          limits: dict[str, Any] | None = None,
          sizes: dict[str, tuple[int, int]] | None = None) -> Built:
    """The pending index of ``files``; ``submit(chunk)`` runs :func:`chunk_text` in a worker
    (``None``: everything in this process).  ``sizes`` (path -> (bytes, mtime), a
    ``search.listing.scan``) makes the chunks about as big in bytes, so the workers end together."""
    if submit is None or workers < 2:
        chunks = [chunk_text(files, limits)]
    else:
        futures = [submit(part) for part in split(files, workers * CHUNKS_PER_WORKER, sizes)]
        chunks = [f.result() for f in futures]
    data, texts, lines, shas, facets = merge(chunks)
    from briefing.search.keys import key_from_lines

    paths = [path for path, _title in data["docs"]]
    return Built(pending_index(data, texts, facets), key_from_lines(lines),
                 dict(zip(paths, shas, strict=True)))


def split(files: list[str], n: int, sizes: dict[str, tuple[int, int]] | None = None
          ) -> list[list[str]]:
    """``files`` in ``n`` runs (in order) of about the same number of bytes (of files when
    the sizes are unknown)."""
    weights = [(sizes.get(f, (0, 0))[0] if sizes else 0) + 2048 for f in files]  # + per file
    total = sum(weights)
    parts: list[list[str]] = []
    current: list[str] = []
    acc = 0
    for path, weight in zip(files, weights, strict=True):
        # cut before a file whose middle lies past this part's share
        if current and (2 * acc + weight) * n > 2 * total * (len(parts) + 1) \
                and len(parts) < n - 1:
            parts.append(current)
            current = []
        current.append(path)
        acc += weight
    if current:
        parts.append(current)
    return parts


def pool_submitter(pool: Any, limits: dict[str, Any] | None = None
                   ) -> Callable[[list[str]], Future[Any]]:
    """``submit`` for :func:`build` on an :class:`~briefing.analysis.pool.AnalysisPool`."""
    # By its module's name, also when this module runs as ``__main__`` (the reader's child):
    # a worker must find the function under the name it is pickled with.
    from briefing.search.textfirst import chunk_text as task

    return lambda chunk: pool.run(task, chunk, limits)


def worth_it(files: Sequence[str]) -> bool:
    """Whether a text-first start pays: a big folder (a small one is analysed in seconds)."""
    return len(files) >= MIN_FILES


def big_folder(paths: Sequence[str], max_depth: int) -> bool:
    """:func:`worth_it` of :func:`files_of` ``paths``, listing only until it knows (the
    reader asks this before starting the child that lists the whole folder anyway)."""
    from itertools import islice

    from briefing.corpus.files import discover

    found = (f for f in discover(list(paths), max_depth) if not f.error)
    return sum(1 for _ in islice(found, MIN_FILES)) >= MIN_FILES


def build_and_save(paths: list[str], limits: dict[str, Any] | None = None,
                   cache_dir: str | None = None, workers: int = 0,
                   saved: Callable[[str], None] | None = None) -> str | None:
    """Build the text index of ``paths`` with ``workers`` processes and save it (pending) with
    its file listing, for the next :func:`~briefing.search.cache.warm_index`; returns its key
    (``None`` when it could not be saved).

    It is saved twice: at once without the typo variants (``saved(key)`` is called then: the
    reader can search it), then with them (seconds later) for every later use."""
    from briefing.corpus.limits import Limits
    from briefing.search.cache import save_pending
    from briefing.search.listing import scan, write_listing

    lim = Limits.from_dict(limits)[0]
    files = files_of(paths, lim.max_folder_depth)
    listed = scan(paths)  # stat before reading: an edit made meanwhile shows next time
    pool = None
    if workers > 1:
        try:
            from briefing.analysis.pool import AnalysisPool

            pool = AnalysisPool(workers, lim, fork=True)  # this process has no threads
        except Exception:  # noqa: BLE001 - no worker processes: build in this one
            pool = None
    try:
        built = build(files, pool_submitter(pool, limits) if pool else None,
                      workers if pool else 0, limits, listed)
    finally:
        if pool:
            pool.close()
    if saved is not None:
        if not save_pending(built.index, built.key, cache_dir, variants=False):
            return None
        saved(built.key)
    if not save_pending(built.index, built.key, cache_dir):
        return None
    write_listing(paths, built.shas, built.key, listed, None, cache_dir)
    return built.key


def main(argv: list[str] | None = None) -> int:
    """``python -m briefing.search.textfirst SPEC``: :func:`build_and_save` in a process of
    its own (the reader's: its interpreter lock and memory stay the screen's).  SPEC is a
    JSON object: paths, limits, cache_dir, workers.  Prints the key."""
    import contextlib
    import json
    import os
    import sys

    spec = json.loads((argv if argv is not None else sys.argv[1:])[0])

    def saved(key: str) -> None:  # the first, searchable version: tell the reader at once
        print(key, flush=True)
        # The rest (the typo variants, ~3 s of CPU on a 22,000-document folder) is for later
        # starts: the reader's keystrokes, now searching this index, come first.
        with contextlib.suppress(OSError, AttributeError):  # no os.nice: as it was
            os.nice(LATER_NICE)

    key = build_and_save(list(spec["paths"]), spec.get("limits") or None,
                         spec.get("cache_dir"), int(spec.get("workers") or 0), saved)
    return 0 if key else 1


if __name__ == "__main__":
    raise SystemExit(main())
