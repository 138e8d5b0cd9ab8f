"""Where a transcript hands the floor to a reporter, and the reporter's name there.

A press briefing's moderator or podium speaker calls on reporters by name, often with their
outlet: "our next question goes to Seung Min with AP", "we will go on to Jo Roe with NBC",
"we'll go to the line of MJ Lee.", "our next question will go to Tamara Roe." (no outlet), or a
line of its own before the question, "MODERATOR: AJ with Bloomberg." / "... a few questions.
Nancy from Bloomberg." then "Q ...".  Gold marks every such reporter a person (22 of the
released sets' hand-overs were missed before session 20: names the given-name lexicon lacks,
"go on to", "the line of", no outlet, a calling line).  :func:`.unknown_people._handed_over`
makes the people; this module only finds the places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.extract.lead_search import finditer_at_leads, lead_strings

# a reporter's name word: "Tamara", "DeYoung", "MJ"
_WORD = r"[A-Z](?:[a-z]+(?:[A-Z][a-z]+)?|[A-Z])"
_NAME = rf"({_WORD}(?:[ \t]{_WORD})?)"
# "(will) go (on) to (the line of) NAME with (the) OUTLET"
_HANDED_OVER = re.compile(r"\b(?:go|goes|going|turn|over)\s+(?:on\s+)?to\s+(?:the\s+line\s+of\s+)?"
                          + _NAME + r"\s+(?:with|from|of|at)\s+(?:the\s+)?([A-Z][\w.&-]*)")
_HANDED_LEADS = lead_strings(_HANDED_OVER)
# a question handed over with no outlet: "our next question will go to NAME.", "we'll go to
# the line of NAME." (each opens with a literal, found by ``str.find``: a pattern that opens
# with "\b" and an alternation is tried at every place of the text)
_QUESTION_TO = re.compile(r"questions?\s+(?:will\s+)?(?:go|goes)\s+(?:on\s+)?to\s+"
                          r"(?:the\s+line\s+of\s+)?" + _NAME + r"(?=[.,?])")
_QUESTION_LEADS = lead_strings(_QUESTION_TO)
_LINE_OF = re.compile(r"line\s+of\s+" + _NAME + r"(?=[.,?])")
_LINE_LEADS = lead_strings(_LINE_OF)
_TO_THE = re.compile(r"\bto\s+the\s+$")
# a line that only calls on a reporter: "MODERATOR: AJ with Bloomberg.", "... questions. Nancy
# from Bloomberg."
_CALLED_LINE = re.compile(r"(?:^|[.?!:][ \t]+)" + _NAME + r"[ \t]+(?:with|from|of)[ \t]+"
                          r"(?:the[ \t]+)?([A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3})\.?[ \t]*$",
                          re.MULTILINE)  # "^": the line's start, where the search begins


_CALL_SPAN = 80  # a calling sentence is short: only the line's last characters are searched


def hand_overs(text: str) -> Iterator[tuple[int, int, int, bool]]:
    """(name start, name end, outlet start or -1, whether the outlet must be a known actor
    for the name to count) of each hand-over to a reporter, in that order: hand-overs with
    an outlet, those without, the calling lines (whose outlet must be an organisation the
    text names: "THE PRESIDENT: Most of America." calls on nobody)."""
    for m in finditer_at_leads(_HANDED_OVER, _HANDED_LEADS, text):
        yield m.start(1), m.end(1), m.start(2), False
    for m in finditer_at_leads(_QUESTION_TO, _QUESTION_LEADS, text):
        yield m.start(1), m.end(1), -1, False
    for m in finditer_at_leads(_LINE_OF, _LINE_LEADS, text):
        if _TO_THE.search(text, max(0, m.start() - 12), m.start()):
            yield m.start(1), m.end(1), -1, False
    at = text.find("\nQ ")
    while at >= 0:  # the line before a reporter's question: its last words
        end = at
        while end > 0 and text[end - 1] in " \t\r\n":
            end -= 1
        start = max(text.rfind("\n", 0, end) + 1, end - _CALL_SPAN)
        if (c := _CALLED_LINE.search(text, start, end)) is not None:
            yield c.start(1), c.end(1), c.start(2), True
        at = text.find("\nQ ", at + 1)
