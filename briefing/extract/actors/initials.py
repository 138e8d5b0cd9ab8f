"""One organisation, two names: an acronym of a name the text also uses, a name and its
corporate form.

A story may write "the London Stock Exchange" once and "the LSE" after, or "the Financial
Times" and "the FT", without defining the short form in brackets; or "UFJ Holdings" and "UFJ".
An acronym (found by pattern, not a knowledge-base name of its own) whose letters are the
initials of another organisation's name in the same text (without a found firm's corporate
word: "ACI" of "Acme Clinics International Inc") or that the text writes in brackets right after
the name ("the General Union of Workers (UGT)", initials of another language), and a name that
is another's plus a corporate word ("Holdings", "Group", "Corp"), are that organisation: their
mentions join it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.extract.actors.base import TIER_ORDER, in_text_order
from briefing.model import Actor

_SKIP = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "la", "le"})
_CORPORATE = re.compile(r"\s+(?:Holdings?|Group|Corp\.?|Corporation|Inc\.?|Plc|PLC|Ltd\.?|"
                        r"Co\.?|Company|AG|SA|NV)$")
_ORG_KINDS = frozenset({"organization", "igo", "government", "other"})
# what an acronym may stand for besides them: "the ISF, Iraqi Security Forces"
_NAMED_KINDS = _ORG_KINDS | {"armed_forces", "armed_group"}


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name)
                   if w and w.lower() not in _SKIP and w[0].isalpha()).upper()


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` (all capitals, "LSE") is the initials of the name ``full`` of two
    words or more ("London Stock Exchange"; small words such as "of", "the" left out)."""
    return len(short) >= 2 and short.isupper() and len(full.split()) >= 2 \
        and _initials(full) == short


def _acronym(a: Actor) -> str | None:
    """The acronym ``a`` is known by, when it is one the extractor found (all capitals)."""
    if a.origin == "kb" or a.kind not in _ORG_KINDS:
        return None
    name = a.name.replace(".", "")
    return name if 2 <= len(name) <= 6 and name.isalpha() and name.isupper() else None


def _bracketed_after(acr: str, a: Actor, b: Actor, text: str) -> bool:
    """Whether the acronym actor ``a``'s first mention stands in brackets right after a mention
    of ``b`` ("the General Union of Workers (UGT)"): the text defines it as ``b``'s short name,
    whatever language its letters come from."""
    if not text or not a.mentions:
        return False
    first = a.mentions[0]
    if first.start < 2 or text[first.start - 1] != "(" or text[first.end:first.end + 1] != ")":
        return False
    before = first.start - 1
    while before > 0 and text[before - 1] == " ":
        before -= 1
    return any(m.end == before for m in b.mentions) and len(acr) >= 2


def merge_initialisms(actors: tuple[Actor, ...], text: str = "") -> tuple[Actor, ...]:
    """``actors`` with each short form folded into the organisation it names (see the module
    docstring); ``text``, the document's, shows an acronym defined in brackets."""
    orgs = [a for a in actors if a.kind in _ORG_KINDS and a.mentions]
    named = [a for a in actors if a.kind in _NAMED_KINDS and a.mentions]
    into: dict[str, str] = {}
    for a in orgs:
        acr = _acronym(a)
        base = _CORPORATE.sub("", a.name) if a.origin != "kb" else a.name
        for b in named:
            if b is a or b.id in into:
                continue
            if acr and (abbreviates(acr, b.name) or b.origin != "kb" and abbreviates(
                    acr, _CORPORATE.sub("", b.name)) or _bracketed_after(acr, a, b, text)):
                # "LSE" and "London Stock Exchange", "ACI" and "Acme Clinics International
                # Inc", "UGT" in "the General Union of Workers (UGT)"
                into[a.id] = b.id
                break
            if base != a.name and b.name == base:
                into[a.id] = b.id  # "UFJ Holdings" and "UFJ"
                break
    if not into:
        return actors
    by_id = {a.id: a for a in actors}
    for short, long in into.items():
        a, b = by_id[short], by_id[long]
        tier = min(a.tier, b.tier, key=lambda t: TIER_ORDER.get(t, 3))
        by_id[long] = replace(
            b, tier=tier, aliases=tuple(dict.fromkeys((*b.aliases, *a.aliases))),
            mentions=in_text_order(b.mentions, a.mentions, unique=True),
            references=in_text_order(b.references, a.references, unique=True))
    out = []
    for a in actors:
        if a.id in into:
            continue
        a = by_id[a.id]
        if a.affiliation in into or a.part_of in into:  # "LSE chief Jo Roe": the exchange's
            a = replace(a, affiliation=into.get(a.affiliation or "", a.affiliation),
                        part_of=into.get(a.part_of or "", a.part_of))
        out.append(a)
    return tuple(out)
