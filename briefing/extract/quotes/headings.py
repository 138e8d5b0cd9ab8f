"""Quotes listed under a heading that names their speaker.

Round-ups of what officials said ("Sunday shows", "what they are saying") put the person on a
line of its own, then their words as bullets that name no one::

    Secretary of State Jo Roe on Morning Report
    - "We made progress on the issue set." (Watch)
    - "Both sides will have to give something."

    Ambassador Sam Poe in an interview with the Daily Courier
    - On the border: "The crossings will open next week."

A quotation that fills its line (after an optional bullet mark and an optional topic label
"On the border:", before an optional short parenthesis such as "(Watch)") and that no
attribution claims is the words of the person the
nearest heading above names: the closest line that is not blank and not itself such a quote
line, when it reads as a heading (no sentence end, no speech verb, at most fourteen words).  A
heading naming nobody ("Here's what you missed:") gives no speaker; a line introducing the quote
("He said Roe rejected it and he added:") is prose whose speaker the attribution rules find.
"""

from __future__ import annotations

import re

from briefing.extract.quotes.actor_index import ActorIndex
from briefing.extract.quotes.words import SPEECH_VERB
from briefing.model import Actor

# The person a round-up's label line names before its colon ("Rep. Jo Roe: “…”"): capitalised
# words and the small words of offices and names ("Secretary of the Interior Jo Roe"), or -- a
# described person -- lower-case words of a description before a capitalised name, set off by
# an optional comma ("Union trade policy chief Jo Roe", "Acme chief economist, Jo Roe"); then
# an optional postnominal (", Jr."), outside the name.  ``{n}``: the words after the first.
_CAP = r"[A-Z(][\w.’'&()-]*"
_NAME_WORD = r"[A-Z][\w.’'&-]*"  # (not "(Vienna, Austria)": a place, where an outlet is)
# (an Arabic particle joined to the name it opens -- "el-Sisi", "al-Sudani" -- is a name word)
_SMALL = (r"(?:al|el|ad|as|an|ash|bin|ibn|abu)-[A-Z][\w’'-]*|"
          r"of|the|and|for|on|to|at|in|de|da|del|di|du|al|el|bin|ben|von|van|der|la|le|&")
LABEL_WHO = (r"(?P<who>[A-Z][\w.’'&()-]*(?:[ \t]+(?:" + _CAP + "|" + _SMALL + r")){{0,{n}}}|"
             r"[A-Z][\w.’'&()-]*(?:[ \t]+(?:" + _CAP + "|" + _SMALL
             + r"|[a-z][\w’'-]*)){{0,{n}}}?,?[ \t]+(?!(?:Jr|Sr)\b)" + _NAME_WORD + r"(?:[ \t]+"
             + _NAME_WORD + r")?)(?:,?[ \t]+(?:Jr|Sr)\.?)?")
# what may stand before the opening mark on a quote's own line: a bullet, then a topic label
# ("- On the border: "…""; discover.py finds the headings above such bullets)
BULLET = r"[-•*–][ \t]+"
TOPIC = r"(?:On\b[^\n\"“”:]{1,120}:[ \t]*)?"
_LEAD = re.compile(r"[ \t]*(?:" + BULLET + r")?" + TOPIC)
# what may follow the closing mark on its line: a short parenthesis or bracket ("(Watch)")
_PAREN = r"(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\])?"
_TAIL = re.compile(r"[ \t]*" + _PAREN + r"[ \t]*")
# a whole line holding one quotation and nothing else (the lines between a heading and a bullet)
_QUOTE_LINE = re.compile(r"[ \t]*(?:" + BULLET + r")?" + TOPIC + r"[\"“][^\n]*[\"”][ \t]*"
                         + _PAREN + r"[ \t]*")
_SENTENCE_END = (".", "?", "!", "”", "\"", ",", ";")
HEADING_WORDS = 14  # a longer line is prose, not a heading
HEADING_LOOKBACK = 6000  # characters a list of quotes may run under its heading


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def heading_speaker(text: str, index: ActorIndex, open_at: int, close_at: int
                    ) -> Actor | None:
    """The person named by the heading above a quotation that fills its own line (see the
    module docstring), or None when the quote shares its line or no heading names a person."""
    line_start = text.rfind("\n", 0, open_at) + 1
    if not _LEAD.fullmatch(text, line_start, open_at):
        return None
    if not _TAIL.fullmatch(text, close_at, _line_end(text, close_at)):
        return None
    floor = max(0, line_start - HEADING_LOOKBACK)
    hi = line_start - 1  # the newline ending the line above
    while hi > floor:
        lo = text.rfind("\n", 0, hi) + 1
        line = text[lo:hi].strip()
        if line and not _QUOTE_LINE.fullmatch(text, lo, hi):
            if line.endswith(_SENTENCE_END) or len(line.split()) > HEADING_WORDS \
                    or SPEECH_VERB.search(line):
                return None
            people = [h.actor for h in index.within(lo, hi)
                      if h.end <= hi and h.actor.kind == "person" and not h.is_reference]
            return people[0] if people else None
        hi = lo - 1
    return None
