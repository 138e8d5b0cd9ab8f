"""Who the story has speak, as the tier pass (:mod:`briefing.extract.actors.roles`) reads it.

* :func:`speaks` -- a name mention is the subject of a verb of speaking ("Roe said", "Roe has
  also told", "..., said Jo Roe"), not a citation ("as Secretary Roe said");
* :func:`heard_spokesperson` -- a spokesperson (by title) whom the story quotes or has speak:
  the voice of the side they speak for, a principal at its table.  Gold seats 13 of the 16
  such people the other rules left *mentioned* on the released sets dev-blind22 (half A 4 of 6,
  half B 8 of 9, blind14 1 of 1; the tables' and the table-less texts' alike); the tier pass
  leaves out one whose state or body it keeps away from the table (a state welcoming others'
  talks).  The spokesperson who only
  issues a statement (named, never heard: :func:`.role_marks.silent_spokesperson`) stays
  *mentioned*: the statement speaks for the principal.
"""

from __future__ import annotations

import re
from collections.abc import Container

from briefing.extract.actors.role_marks import SPOKESPERSON, named_former
from briefing.extract.actors.talk_sentences import CITED
from briefing.model import Actor

# "Roe said", "Roe has also told", "..., said Jo Roe"
_SPEECH_AFTER = re.compile(r"\s+(?:(?:has|had|also|again|later)\s+){0,2}([a-z]+)\b")
_SPEECH_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:[A-Z][\w.]*|the)\s+){0,3}$")


def speaks(actor: Actor, text: str, verbs: Container[str]) -> bool:
    """Whether a name mention of ``actor`` is the subject of a verb of speaking (``verbs``):
    "Roe said", "said Jo Roe" -- not "as Secretary Roe said", a citation."""
    for m in actor.mentions:
        if CITED.search(text, max(0, m.start - 40), m.start):
            continue  # "as Secretary Roe said", "like Admiral Roe mentioned": a citation
        after = _SPEECH_AFTER.match(text, m.end)
        before = _SPEECH_BEFORE.search(text, max(0, m.start - 30), m.start)
        if after and after.group(1).lower() in verbs or \
                before and before.group(1).lower() in verbs:
            return True
    return False


def heard_spokesperson(actor: Actor, text: str, verbs: Container[str],
                       speakers: Container[str]) -> bool:
    """A person named in the text, a spokesperson by title, whom the story quotes (``speakers``:
    the quotes' speaker ids) or has speak (:func:`speaks`), and who is not out of office: the
    voice of a side, heard."""
    return actor.kind == "person" and bool(actor.mentions) and actor.title is not None \
        and SPOKESPERSON.search(actor.title) is not None \
        and (actor.id in speakers or speaks(actor, text, verbs)) \
        and not named_former(actor, text)
