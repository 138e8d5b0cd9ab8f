"""A social-media handle that names a person of the text: "@realDonaldTrump", "@netanyahu".

Statements compiled from posts ("President @realDonaldTrump is the right man") name people by
their handles.  Gold marks each as a mention of the person (7 on the released sets, none
found before session 20).  A handle names a person the text already names when its letters,
lower-cased, hold the person's whole name without spaces ("realdonaldtrump" holds
"donaldtrump") or are the person's surname ("netanyahu"); a handle that could be two people's
names nobody.  The mention is the handle without its "@".  It runs at the end of
:func:`.unknown_people.discover_people`, once every person is known.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.extract.actors.base import in_text_order
from briefing.model import Actor, Mention

_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z_][A-Za-z0-9_]{2,30})\b")


def _owner(handle: str, people: list[Actor]) -> Actor | None:
    """The one person the handle spells, if one."""
    low = handle.lower()
    owners = []
    for a in people:
        words = re.findall(r"[a-z]+", a.name.lower())
        if len(words) >= 2 and "".join(w for w in words if len(w) > 1) in low \
                or words and low == words[-1]:
            owners.append(a)
    return owners[0] if len(owners) == 1 else None


def handle_mentions(actors: tuple[Actor, ...], text: str) -> tuple[Actor, ...]:
    """``actors`` with each handle that spells one person's name a mention of that person."""
    if "@" not in text:
        return actors
    people = [a for a in actors if a.kind == "person"]
    added: dict[str, list[Mention]] = {}
    for m in _HANDLE.finditer(text):
        owner = _owner(m.group(1), people)
        if owner is not None and not any(x.start < m.end() and m.start(1) < x.end
                                         for x in owner.mentions):
            added.setdefault(owner.id, []).append(
                Mention(m.start(1), m.end(1), m.group(1), "actor", "handle"))
    if not added:
        return actors
    return tuple(replace(a, mentions=in_text_order(a.mentions, added[a.id]))
                 if a.id in added else a for a in actors)
