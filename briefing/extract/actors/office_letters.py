"""An office written as its letters: "POTUS", "@POTUS", "VPOTUS" name the office's holder.

Posts and statements compiled from them name the President of the United States by the
office's letters ("President Trump's message ... @POTUS: we will not stand for it").  The
letters are the office, not an organisation: they name whoever holds it at the document's
date, as "the President" does in a government's own text (:func:`.coreference.offices`), but
as a *name* mention (gold marks "@POTUS" a mention of the President: 18 on the released sets,
session 21, where the acronym pass made an organisation "POTUS" of them).  A date with no one
(or more than one) in the office in the knowledge base leaves the letters to the other passes.
"""

from __future__ import annotations

from itertools import compress

from briefing.extract.actors.base import ActorRun
from briefing.knowledge.tokens import NAME

# the letters of an office -> (state, title as the knowledge base keys it)
_LETTERS = {"POTUS": ("usa", "president"), "VPOTUS": ("usa", "vice president")}


def office_letters(run: ActorRun) -> None:
    """Each free "POTUS" / "VPOTUS" token: a name mention of the office's holder at the
    document's date."""
    t = run.t
    if t.upper_doc:
        return
    spots = run.positions(("potus", "vpotus"))
    holders: dict[str, str | None] = {}
    for k in compress(spots, (t.raw[k] in _LETTERS and not run.taken[k] for k in spots)):
        raw = t.raw[k]
        if raw not in holders:
            state, title = _LETTERS[raw]
            holders[raw] = run.kb.holder(state, title, run.pub)
        pid = holders[raw]
        if pid is None:
            continue
        run.claim(k, pid, NAME, "office_letters")
