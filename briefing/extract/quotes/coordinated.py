"""Two speakers joined by "and": whose words the quote is given to.

"UAW president Jo Roe and vice president Ari Melnik said in a statement", "Prime Minister Jo
Roe and Foreign Minister Ari Melnik: "…"": a quote has one speaker, and the released gold gives
joint words to the first person named (the one who leads the pair), never to the last, whom
the nearest-to-the-verb reading of an attribution would pick.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.extract.quotes.actor_index import Hit

# what may stand between two coordinated people: "and", then the second one's titles (up to
# six words, no punctuation but a title's full stop: "and vice president", "and Minister for
# Foreign Affairs", "and Rep.")
_AND_TITLES = re.compile(r"\s+and\s+(?:[\w.’'-]+\s+){0,6}")


def first_of_pair(text: str, persons: Sequence[Hit]) -> Hit:
    """The last of ``persons`` (hits in text order, at least one), or the first of the people
    coordinated with it by "and" ("Jo Roe and Ari Melnik said": Jo Roe)."""
    k = len(persons) - 1
    while k > 0 and persons[k - 1].actor is not persons[k].actor and _AND_TITLES.fullmatch(
            text, persons[k - 1].end, persons[k].start):
        k -= 1
    return persons[k]
