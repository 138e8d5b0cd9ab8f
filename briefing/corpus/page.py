"""A saved web page as an article: its main text laid out as Markdown, and its metadata
(trafilatura, the optional ``web`` extra, imported on use).

trafilatura finds the main text (no navigation, cookie banners, related links, footers, scripts,
styles or hidden elements) and gives it as XML elements (headings, paragraphs, lists, quotes,
tables); they are written out as ``# title`` / ``## heading`` / paragraph blocks, so the
Markdown layout gives the reader its sections.  The metadata comes from the page: the title
(``og:title``, ``<title>`` without the site's suffix), the original publication date
(``article:published_time``, JSON-LD, ``<time>``), the site's name as source and the canonical
URL.  Text is decoded here (BOM, ``<meta charset>``, UTF-8, cp1252), so the encoding is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefing.corpus.decode import decode_bytes

MAX_HEADING_CHARS = 200
EXTRA_HINT = "install the web extra: pip install 'briefing[web]'"


class WebExtraMissing(RuntimeError):
    """trafilatura is not installed; the message says how to install it."""

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Terminal escape sequences whole (ESC [ ... m would otherwise leave "[31m"), then any other
# control character but newline and tab.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)?|"
                      r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", re.S)
_ATX_START = re.compile(r"^(#{1,6}[ \t]|[-*+]\s|\d{1,3}[.)]\s|---|```|~~~)")


@dataclass(frozen=True)
class Page:
    """What a page gives: the article as Markdown text, its encoding and its metadata."""

    text: str
    encoding: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    # The decoding's warning (not UTF-8, read as Windows-1252), reported as for a .txt file.
    warning: str | None = None


def decode_page(data: bytes) -> tuple[str, str, str | None]:
    """The page's text, encoding and decoding warning: a BOM first, then ``<meta charset>``,
    then UTF-8, else Windows-1252 with a warning."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii").lower()
            if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
                name = "cp1252"  # what browsers do (WHATWG encoding standard)
            try:
                return data.decode(name), name, None
            except (LookupError, UnicodeDecodeError):
                pass
    decoded = decode_bytes(data)
    return decoded.text, decoded.encoding, decoded.warning


def _plain(element: Any) -> str:
    return " ".join(_ESCAPES.sub("", "".join(element.itertext())).split())


def _visible_html(html: str) -> str:
    """The page parsed, without what a browser does not show: ``hidden`` elements, inline
    ``display: none`` / ``visibility: hidden``, ``aria-hidden`` ones, templates."""
    import lxml.html

    tree = lxml.html.fromstring(html)
    for element in list(tree.iter()):
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("template", "noscript") or element.get("hidden") is not None or \
                element.get("aria-hidden") == "true" or \
                _HIDDEN_STYLE.search(element.get("style") or ""):
            element.drop_tree()
    return str(lxml.html.tostring(tree, encoding="unicode"))


def _guarded(block: str) -> str:
    """A paragraph that would read as Markdown syntax (``# ``, ``- ``, ``---``) keeps its words
    but not that meaning: a no-break space before it."""
    return "\u00a0" + block if _ATX_START.match(block) else block


def _blocks(main: Any) -> list[str]:
    out: list[str] = []
    for element in main:
        tag = element.tag
        if tag == "head":
            text = _plain(element)[:MAX_HEADING_CHARS]
            if text:
                out.append("## " + text)
        elif tag in ("p", "quote"):
            text = _plain(element)
            if text:
                out.append(_guarded(text))
        elif tag == "list":
            items = [_plain(item) for item in element.iter("item")]
            if any(items):
                out.append("\n".join("- " + item for item in items if item))
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_plain(cell) for cell in row.iter("cell")]
                if any(cells):
                    out.append(_guarded(" · ".join(c for c in cells if c)))
    return out


def _same(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def read_page(data: bytes) -> Page:
    """The article of a saved page (raises ``WebExtraMissing`` without the web extra, and
    ``BinaryFile`` for bytes that are not text)."""
    html, encoding, warning = decode_page(data)
    try:
        import trafilatura
    except ImportError as exc:
        raise WebExtraMissing(f"reading it needs trafilatura; {EXTRA_HINT}") from exc
    from xml.etree import ElementTree

    html = html.lstrip("\ufeff")
    if not html.strip():
        return Page(text="", encoding=encoding, warning=warning)
    meta = trafilatura.extract_metadata(html)
    xml = trafilatura.extract(_visible_html(html), output_format="xml", include_comments=False,
                              include_tables=True, include_links=False,
                              include_images=False, include_formatting=False,
                              with_metadata=False, deduplicate=False)
    blocks: list[str] = []
    if xml:
        try:
            root = ElementTree.fromstring(xml)
        except ElementTree.ParseError:
            root = None
        main = root.find("main") if root is not None else None
        if main is not None:
            blocks = _blocks(main)
    title = " ".join(_ESCAPES.sub("", getattr(meta, "title", None) or "").split()) or None
    if blocks and blocks[0].startswith("## ") and (title is None or _same(blocks[0][3:], title)):
        title = title or blocks[0][3:]
        blocks = blocks[1:]  # the page's <h1> is the title
    head = ["# " + title] if title else []
    text = "\n\n".join(head + blocks) + "\n" if head or blocks else ""
    return Page(text=text, encoding=encoding, title=title,
                published=getattr(meta, "date", None) or None,
                source=getattr(meta, "sitename", None) or None,
                url=getattr(meta, "url", None) or None, warning=warning)
