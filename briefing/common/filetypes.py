"""Which files are documents, by suffix, and how deep folders are searched for them: one place
for the corpus reader and the index's freshness scan (which must not import the corpus
package: a tenth of a second a warm search saves).  No imports, so any layer can use it."""

from __future__ import annotations

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})  # saved web pages (the web extra)
DOCUMENT_SUFFIXES = frozenset({".txt", ".text"}) | MARKDOWN_SUFFIXES | PAGE_SUFFIXES
SIDECAR_SUFFIXES = (".yaml", ".yml")
MAX_FOLDER_DEPTH = 32  # folders nested deeper below a given one are not searched


def kind_of(name: str) -> str:
    """``md``, ``html`` or ``txt``: how a document file's text is laid out."""
    dot = name.rfind(".")
    suffix = name[dot:].lower() if dot > 0 else ""
    if suffix in MARKDOWN_SUFFIXES:
        return "md"
    return "html" if suffix in PAGE_SUFFIXES else "txt"


def is_page_assets(folder_name: str, sibling_names: set[str]) -> bool:
    """``X_files`` beside ``X.html``: what a browser's "save page, complete" writes (images,
    scripts, frames), not documents of the corpus."""
    if not folder_name.endswith("_files"):
        return False
    stem = folder_name[: -len("_files")]
    return any(stem + suffix in sibling_names for suffix in PAGE_SUFFIXES)
