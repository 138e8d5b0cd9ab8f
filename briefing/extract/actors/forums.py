"""Forums: a committee, commission, council or team named as an actor is where sides meet,
never a side itself.

Read by the negotiation stage (``negotiations.sides`` seats no forum, ``negotiations.parties``
scores none) and by the tier revision of the actor stage (``actors.roles``: a forum is no
principal); it lives in the actor stage, the earlier of the two, so that neither imports the
other against the stage order (``tests/test_extract_layers.py``).
"""

from __future__ import annotations

import re

from briefing.model import Actor

_FORUM_HEAD = re.compile(r"\b(?:committee|commission|council|team|working\s+group|mechanism|"
                         r"secretariat|task\s+force|panel)$", re.IGNORECASE)


def is_forum(actor: Actor | None) -> bool:
    """A committee, commission or team: where sides meet, never a side."""
    return actor is not None and actor.kind in ("organization", "other") \
        and any(_FORUM_HEAD.search(name) for name in (actor.name, *actor.aliases))
