"""Parts joined by " · " and wrapped whole, for the lines that say several things at once: the
dialogs' key hints (:class:`briefing.ui.footer.KeyHint`) and the search status
(:func:`briefing.ui.search_status.fit_status`).

A part that does not fit the rest of its line starts the next line instead of following a
separator there: wrapped as plain text, a line ended on a dot that pointed at the next line
("59 matches, best 40 shown ·", user test at 40x15, session 18; "enter: go there · x: delete
·", session 19).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

SEPARATOR = " · "


def wrap_joined(pieces: Sequence[Content], width: int, sep: str = SEPARATOR) -> Content:
    """``pieces`` joined by ``sep`` where they fit ``width`` cells, a piece that does not fit
    the rest of its line starting the next one (``width`` 0: all on one line).  A piece longer
    than the width is wrapped by words as the widget would; the next may follow on its last
    line."""
    gap = Content(sep)
    joined = Content("")
    last = 0  # the cells of the joined text's last line, as wrapped
    for i, piece in enumerate(pieces):
        if i and width > 0 and last + gap.cell_length + piece.cell_length > width:
            joined += Content("\n") + piece
            lines = piece.wrap(width)
        else:
            joined = joined + gap + piece if i else piece
            lines = joined.wrap(width) if width > 0 else [joined]
        last = lines[-1].cell_length if lines else 0
    return joined
