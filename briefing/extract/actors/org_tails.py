"""Where an organisation's capitalised name ends when a person's name follows it.

Wire stories and statements run a body's name, a post and a person's name together, all
capitalised: "Radical Party Deputy Jo Roe", "Harbour Council President and CEO Sam Poe",
"Acme Airlines CEO Ana Lopes", "President of the Widget Trade Association Carl Moss".  Read as
one capitalised run, the whole is an organisation and the person is lost (and with them every
quote they speak).  An English body's name ends with its head ("Party", "Council",
"Association") or an "of"-phrase after it; what comes after the last head, ending in a given
name and one or two more capitalised words, is a post and a person: the organisation ends at
its head.
"""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.unknown_people import given_names

# words of a name that still belong to a body after its head ("Association of ...", "Bank for
# ...", "Party and ..."): a run that continues with one of them is no person's tail
_BODY_CONTINUES = frozenset({"of", "for", "on", "the", "and", "&", "-", "de", "du", "des", "la"})


def org_end(run: ActorRun, a: int, b: int, heads: frozenset[str] | set[str]) -> int:
    """The end of the organisation's name in the capitalised run ``a``..``b``: ``b``, or the
    token after its last head when a person's name (a given name, then one or two capitalised
    words) closes the run after that head, a post perhaps between ("Party Deputy Jo Roe").
    A head that opens the run ("Bank Julius Baer") ends nothing."""
    if b - a < 4:
        return b  # (most runs: too short to hold a head, a post and a name after it)
    t, final = run.t, run.w("final_org_heads")
    last_head = next((y for y in range(b - 3, a, -1) if t.norm[y] in heads or t.norm[y] in final),
                     -1)
    if last_head < 0:
        return b
    names = given_names(run.kb)
    for y in range(max(last_head + 1, b - 3), b - 1):
        # (the person's name: a given name and one or two capitalised words after it, none a
        # head or a word that carries a body's name on)
        if t.norm[y] in names and all(t.cap(x) and t.norm[x] not in heads
                                      and t.norm[x] not in final
                                      and t.norm[x] not in _BODY_CONTINUES for x in range(y, b)) \
                and not any(t.norm[x] in _BODY_CONTINUES for x in range(last_head + 1, y)
                            if t.norm[x] != "and"):
            return last_head + 1
    return b
