"""The sidecar as the curation reports see it: its path, the line of a section, its text.

The actor and the thread corrections (``curation.py``, ``thread_curation.py``) report a bad
entry with the sidecar's file and line.  The loader records the line of each top-level key
(``document.curation["_lines"]``); a finer line (an entry's) needs the sidecar's text, which is
read only when a problem is reported -- a sidecar with no problem costs no second read.
"""

from __future__ import annotations

from briefing.common.fileread import read_bytes
from briefing.model import Document

SIDECAR_READ_LIMIT = 1 << 20


class SidecarLines:
    """The sidecar of ``document`` (else the document itself, for front matter), the line of
    its ``section:`` key, and its lines, read at most once and only on demand."""

    def __init__(self, document: Document, section: str) -> None:
        self.path = document.sidecar_path or document.path
        self._sidecar = document.sidecar_path
        lines = document.curation.get("_lines") if isinstance(document.curation, dict) else None
        self.base: int | None = lines.get(section) if isinstance(lines, dict) else None
        self._text: list[str] | None = None

    def lines(self) -> list[str]:
        if self._text is None:
            self._text = []
            if self._sidecar:
                try:  # bounded, non-blocking: the sidecar may have become a FIFO since
                    data = read_bytes(self._sidecar, SIDECAR_READ_LIMIT)
                    self._text = data.decode("utf-8-sig", errors="replace").splitlines()
                except OSError:
                    self._text = []
        return self._text
