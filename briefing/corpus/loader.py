"""Files and folders in, :class:`~briefing.model.Document` objects out (the corpus layer's API).

What :mod:`briefing.corpus` exports lives here (the package's ``__init__`` imports nothing).
Every problem with the user's data becomes a :class:`~briefing.model.Problem` naming the file
(and line); nothing here raises for bad data.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.common.filetypes import kind_of
from briefing.common.textsafe import clean_text, display_safe
from briefing.corpus.dateline import find_dateline
from briefing.corpus.decode import BinaryFile, Decoded, decode_bytes
from briefing.corpus.files import (
    LINK_OUTSIDE,
    MARKDOWN_SUFFIXES,
    FileProblem,
    Found,
    RawFile,
    dangling_link,
    discover,
    find_sidecar,
    read_file,
    sha256_hex,
    sidecar_for,
    sidecar_overlaps,
)
from briefing.corpus.layout import lay_out
from briefing.corpus.limits import Limits
from briefing.corpus.metadata import Metadata, interpret, read_front_matter, read_sidecar
from briefing.corpus.problems import unique_problems
from briefing.model import Document, Problem

__all__ = ["DEFAULT_LIMITS", "Limits", "LoadResult", "LoadedFile", "bundled_seeds", "count_files",
           "discover_files", "document_from_text", "iter_load", "load_corpus", "load_document",
           "load_file", "path_exists", "sidecar_for"]

DEFAULT_LIMITS = Limits()


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class LoadedFile:
    """Everything :func:`load_file` learnt about one file (the cache keys on ``raw``)."""

    document: Document | None
    problems: list[Problem]
    raw: RawFile | None = None  # the article's bytes and the stat they were read under
    sidecar: RawFile | None = None  # the sidecar's, when there is one and it could be read
    # A sidecar is there but its bytes were not read (a link out of the folder, a FIFO, over
    # max_yaml_bytes): the analysis and its problems are this file's alone, never shared by
    # content with an identical article that simply has no sidecar.
    sidecar_unread: bool = False


def bundled_seeds() -> str:
    """The folder of the bundled corpus (inside the installed package, or the repo's seeds/)."""
    from briefing.paths import bundled_dir

    return str(bundled_dir("seeds"))


def _display_path(path: str) -> str:
    return display_safe(path, 300)


def document_from_text(path: str, text: str, sha256: str = "", encoding: str = "utf-8",
                       meta: Metadata | None = None, markdown: bool | None = None,
                       limits: Limits = DEFAULT_LIMITS) -> tuple[Document, list[Problem]]:
    """Build a document from decoded text (CRLF folded and cleaned here)."""
    problems: list[Problem] = []
    text = clean_text(text.replace("\r\n", "\n"))
    if markdown is None:
        markdown = Path(path).suffix.lower() in MARKDOWN_SUFFIXES
    body_start = 0
    fm_meta = Metadata()
    if markdown:
        fm_meta, body_start = read_front_matter(text, _display_path(path), limits.max_yaml_bytes,
                                                limits.max_yaml_depth, limits.max_yaml_nodes)
        problems.extend(fm_meta.problems)
    meta = meta or Metadata()
    title = meta.title or fm_meta.title
    layout = lay_out(text, body_start, markdown=markdown, sidecar_title=title,
                     max_sentence_chars=limits.max_sentence_chars)
    curation = dict(fm_meta.curation)
    curation.update(meta.curation)
    published = meta.published or fm_meta.published
    dateline = find_dateline(text, layout.sections, published)
    doc = Document(
        path=path, sha256=sha256, text=text,
        title=layout.title, title_span=layout.title_span,
        # metadata wins; a dateline with its year ("GAZA, Oct. 9, 2023 -") dates an undated
        # story, and its agency ("(Reuters)") names the source
        published=published or (dateline.date if dateline else None),
        source=meta.source or fm_meta.source or (dateline.agency if dateline else None),
        url=meta.url or fm_meta.url,
        sections=layout.sections, encoding=encoding, curation=curation, dateline=dateline,
    )
    if not text.strip():
        problems.append(Problem(_display_path(path), "empty file (nothing to read)"))
    return doc, problems


def load_file(path: str, limits: Limits = DEFAULT_LIMITS) -> LoadedFile:
    """Read one file and its sidecar, keeping the raw bytes' stat (for the analysis cache)."""
    shown = _display_path(path)
    try:
        raw = read_file(path, limits.max_document_bytes)
    except FileProblem as exc:
        return LoadedFile(None, [Problem(shown, f"{exc}; skipped", severity="error")])
    problems: list[Problem] = []
    if raw.changed:
        problems.append(Problem(shown, "the file changed while it was being read; "
                                       "reload to see the latest version"))
    page = None
    if kind_of(os.path.basename(path)) == "html":
        page, trouble = _read_page(raw.data)
        if page is None:
            return LoadedFile(None, [Problem(shown, trouble, severity="error")], raw)
        decoded = Decoded(page.text, page.encoding, page.warning)
    else:
        try:
            decoded = decode_bytes(raw.data)
        except BinaryFile as exc:
            return LoadedFile(None, [Problem(shown, f"{exc}; skipped", severity="error")], raw)
    if decoded.warning:
        problems.append(Problem(shown, decoded.warning))
    if "\x00" in decoded.text:
        problems.append(Problem(shown, "contains NUL bytes (shown as ␀)"))
    meta = Metadata()
    side: RawFile | None = None
    sidecar, refused = find_sidecar(path)
    if refused is not None:
        problems.append(Problem(_display_path(refused), f"{LINK_OUTSIDE}; metadata ignored"))
    if sidecar is not None:
        problems.extend(Problem(_display_path(sidecar), said)
                        for said in sidecar_overlaps(path, sidecar))
        try:
            side = read_file(sidecar, limits.max_yaml_bytes, "limits.max_yaml_bytes")
            meta = read_sidecar(side.data, _display_path(sidecar), limits.max_yaml_bytes,
                                limits.max_yaml_depth, limits.max_yaml_nodes)
        except FileProblem as exc:
            why = dangling_link(sidecar) or str(exc)
            meta.problems.append(Problem(_display_path(sidecar), f"{why}; metadata ignored"))
        problems.extend(meta.problems)
    if page is not None:  # the page's own metadata, where the sidecar says nothing
        own = interpret({"title": page.title, "published": page.published,
                         "source": page.source, "url": page.url}, "", shown)
        meta.title = meta.title or own.title
        meta.published = meta.published or own.published
        meta.source = meta.source or own.source
        meta.url = meta.url or own.url
    doc, more = document_from_text(path, decoded.text, sha256_hex(raw.data), decoded.encoding,
                                   meta, markdown=page is not None or None, limits=limits)
    if sidecar is not None:
        object.__setattr__(doc, "sidecar_path", sidecar)
    return LoadedFile(doc, problems + more, raw, side,
                      sidecar_unread=refused is not None or (sidecar is not None and side is None))


def _read_page(data: bytes) -> tuple[Any, str]:
    """A saved page's article, or ``None`` and why not (no web extra, not text, no article)."""
    from briefing.corpus.page import WebExtraMissing, read_page

    try:
        page = read_page(data)
    except WebExtraMissing as exc:
        return None, f"a saved web page; {exc}"
    except BinaryFile as exc:
        return None, f"{exc}; skipped"
    except Exception as exc:  # noqa: BLE001 - a page the extractor chokes on is one bad file
        return None, f"could not read the page ({exc.__class__.__name__}); skipped"
    if not page.text.strip():
        return None, "no article text found in the page; skipped"
    return page, ""


def load_document(path: str,
                  limits: Limits = DEFAULT_LIMITS) -> tuple[Document | None, list[Problem]]:
    """Read one file and its sidecar; ``None`` with problems when it cannot be used."""
    loaded = load_file(path, limits)
    return loaded.document, loaded.problems


def discover_files(paths: Iterable[str], limits: Limits = DEFAULT_LIMITS) -> list[Found]:
    """Every candidate file under ``paths`` (with an error for those already known bad).

    Only directory listings and ``lstat``: fast enough to call first for an "n of N" count.
    """
    return list(discover(list(paths), limits.max_folder_depth))


def count_files(paths: Iterable[str] | None = None, limits: Limits = DEFAULT_LIMITS) -> int:
    """How many entries :func:`iter_load` (and ``analysis.iter_analyse``) will yield."""
    return len(discover_files(list(paths) if paths else [bundled_seeds()], limits))


def iter_load(paths: list[str], limits: Limits = DEFAULT_LIMITS) -> Iterator[tuple[Document | None,
                                                                                   list[Problem]]]:
    """Load documents one by one (for progress reporting); problems come with each.

    Yields exactly one item per discovered file, so progress can be shown as "n of N" with
    ``N = count_files(paths)``.
    """
    for found in discover(list(paths), limits.max_folder_depth):
        if found.error:
            yield None, [Problem(_display_path(found.path), found.error, severity="error")]
            continue
        yield load_document(found.path, limits)


def load_corpus(paths: list[str] | None = None, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """Load every document under ``paths`` (the bundled seeds when empty)."""
    result = LoadResult()
    for doc, problems in iter_load(list(paths) if paths else [bundled_seeds()], limits):
        if doc is not None:
            result.documents.append(doc)
        result.problems.extend(problems)
    # Each once (a sidecar shared by a.txt and a.md is one problem, met with both).
    result.problems = unique_problems(result.problems)
    return result


def path_exists(path: str) -> bool:
    """For the CLI's usage check: a dangling symlink still 'exists' as a path the user gave."""
    return os.path.lexists(path)
