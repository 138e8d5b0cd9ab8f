"""Hits as ``path:line:column:text`` lines, ripgrep's ``--vimgrep`` form for editors.

A hit's offsets are in the document text (CRLF folded to LF); the line is counted in that text,
and the column is 1-based in bytes of the file's encoding, as ripgrep counts it, so that an
editor's quickfix list lands on the matched word.  The path is written as the bytes it has on
disk (``vim -q`` must open a Latin-1 ``caf\\xe9.txt``), unless it holds a control character;
the line's text is always the display form (document text never reaches the terminal raw).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def _position(text: str, offset: int, encoding: str) -> tuple[int, int, str]:
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    column = len(text[line_start:offset].encode(encoding, errors="replace")) + 1
    return text.count("\n", 0, offset) + 1, column, text[line_start:line_end]


def vimgrep_lines(hits: Sequence[Any]) -> list[bytes]:
    """One line per hit (UTF-8, but for the path's own bytes), at its first matched word (else
    the start of its paragraph); a document that can no longer be read is left out."""
    from briefing.common.textsafe import display_safe, path_bytes
    from briefing.corpus import load_document

    texts: dict[str, tuple[str, str] | None] = {}
    out = []
    for hit in hits:
        if hit.path not in texts:
            doc, _ = load_document(hit.path)
            texts[hit.path] = (doc.text, doc.encoding) if doc is not None else None
        known = texts[hit.path]
        if known is None:
            continue
        text, encoding = known
        offset = min((s for s, _ in hit.spans), default=hit.start)
        if offset > len(text):
            continue
        line, column, content = _position(text, offset, encoding)
        path = path_bytes(hit.path)
        if path is None:
            path = display_safe(hit.path, 1000).encode("utf-8")
        rest = display_safe(f"{line}:{column}:{content}", 1000)
        out.append(path + b":" + rest.encode("utf-8"))
    return out
