"""The comments of a YAML text, and those an edit took away.

An entry the reader removes from a sidecar (a thread whose note was cleared, so nothing of it
is left) takes its lines with it, the comments inside them included: they were about that
entry, and left where they stood they would read as being about the next one.  But they are the
user's words, so the edit is not silent about them: :func:`lost_comments` lists what went (the
line and the text) for the message that says the file was changed, beside the backup that still
holds them.
"""

from __future__ import annotations

from collections import Counter

import yaml

from briefing.common.textsafe import display_safe
from briefing.common.yamlsafe import StrictLoader


def comments(text: str) -> list[tuple[int, str]]:
    """Each comment of ``text``: its 1-based line and its text from ``#`` (stripped).  A ``#``
    inside a scalar (quoted, plain, a block scalar's lines) is not one.  Empty for a text
    that does not scan."""
    try:
        spans = [(token.start_mark.index, token.end_mark.index)
                 for token in yaml.scan(text, Loader=StrictLoader)
                 if isinstance(token, yaml.ScalarToken)]
    except yaml.YAMLError:
        return []
    spans.sort()
    found: list[tuple[int, str]] = []
    at, span = text.find("#"), 0
    while at >= 0:
        while span < len(spans) and spans[span][1] <= at:
            span += 1
        inside = span < len(spans) and spans[span][0] <= at
        if not inside and (at == 0 or text[at - 1] in " \t\r\n"):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            found.append((text.count("\n", 0, at) + 1, text[at:end].rstrip()))
            at = end
        at = text.find("#", at + 1)
    return found


def lost_comments(old: str, new: str) -> list[tuple[int, str]]:
    """The comments of ``old`` that ``new`` no longer has (each as often as it went), with
    their lines in ``old``; a bare ``#`` is not counted."""
    left = Counter(text for _line, text in comments(new))
    lost = []
    for line, text in comments(old):
        if text.strip("# \t"):
            if left[text] > 0:
                left[text] -= 1
            else:
                lost.append((line, text))
    return lost


def said(lost: list[tuple[int, str]], limit: int = 2, width: int = 40) -> str:
    """``line 4 "# asked the desk"`` and the next, for a message (shown safely: a comment is
    the user's text); ``and 3 more`` after."""
    shown = [f'line {line} "{display_safe(text, width)}"' for line, text in lost[:limit]]
    more = f" and {len(lost) - limit} more" if len(lost) > limit else ""
    return ", ".join(shown) + more
