"""The cues around a name that make it a side or a mediator of a negotiation.

Patterns read by :mod:`.parties` in the words before or after a name: coordination ("A and B"),
"between", a verb of talks after the name, "with" after a deal noun, mediation ("brokered by",
"X-facilitated"), an envoy's brief (never a side), a statement's author welcoming others'
truce; and whether a hit is coordinated with another party's (no scorer state).  News outlets are :mod:`briefing.extract.actors.reporting`'s.
"""

from __future__ import annotations

import re

from briefing.extract.gate import gated
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.quotes.actor_index import Hit

COORD_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|–|-|/)\s*(?:the\s+|its\s+|their\s+)?$")
NEG_VERB_AFTER = gated(re.compile(
    r"^[^.;:]{0,40}?\b(?:are|is|were|was|have|has|had)?\s*(?:nearing|near|agreed|accepted|"
    r"signed|reached|sealed|negotiat\w*|met|meet|held talks|talked|discussed|will continue|"
    r"are close|were close|struck|concluded|welcome|"
    # who rejects or ratifies a deal on the table is a side of it
    r"rejected|rejects|ratified|ratifies)\b", re.IGNORECASE))


MED_AFTER = gated(re.compile(
    r"(?:" + lex.MEDIATOR_AFTER.pattern + r")(?:the\s+)?"
    r"(?:[\w.’'-]+,?\s+(?:and\s+)?){0,4}$", re.IGNORECASE))
# "Oman also played a central role in securing the truce": a mediator's part in the deal
# (every alternative opens with "^": the sides' scorer matches it at the start, see parties)
MED_BEFORE = re.compile(lex.MEDIATOR_BEFORE.pattern + r"|^\s*(?:also\s+)?(?:has\s+|had\s+)?"
                        r"play(?:ed|s|ing)?\s+(?:a|an)\s+(?:\w+\s+){0,2}role\s+in\s+"
                        r"(?:securing|brokering|achieving|reaching|mediating|facilitating|"
                        r"negotiating)\b", re.IGNORECASE)
# "between A and B", "between President A and ...": a title may stand before the name
BETWEEN = gated(re.compile(
    r"\b(?i:between)\s+(?:(?i:the)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$"))
# "A and B", "A and Prime Minister B": the second of a pair after "between"
AND_TITLE_GAP = re.compile(r"^\s*(?:,\s*)?(?i:and)\s+(?:(?i:the)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$|"
                           + COORD_GAP.pattern)
# between two members of a list, titles allowed: ", Special Envoy ", ", and Mr. "
LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?"
                      r"(?:[A-Z][\w.’'-]*\s+){0,4}$")
BETWEEN_AFTER = re.compile(r"\s+between\b", re.IGNORECASE)


# "a State Department-led delegation", "the Saudi-led coalition": the leader's own side, not
# a mediator ("UN-led talks" stay mediated)
OWN_LED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:delegations?|teams?|negotiators?|coalition|"
                     r"forces|side)\b", re.IGNORECASE)
ENVOY_WORDS = ("envoy", "representative", "coordinator", "ambassador", "commissioner")
# "delivered to the two sides, A and B": named as the sides, they are at the table
SIDES_APPOSED = re.compile(r"\b(?:the\s+two|both|the\s+warring|the)\s+(?:sides|parties)\s*,\s*"
                           r"(?:[\w.’'-]+,?\s+(?:and\s+)?){0,4}$", re.IGNORECASE)
# an envoy's brief: "Special Envoy for Yemen", "Representative to the talks on ..."
ENVOY_FOR = re.compile(r"\b(?:envoy|representative|coordinator|ambassador|commissioner)\s+"
                       r"(?:for|to|on)\s+(?:the\s+)?$", re.IGNORECASE)
# talks or a deal "with" a counterpart ("negotiations with the rebels", "a merger agreement
# with Baker", "a deal with X"; never the verb: "resources to deal with the border")
WITH_BEFORE = gated(re.compile(
    r"\b(?:talks|negotiations?|negotiating|mediation|dialogue|contacts|"
    r"agreement|merger|contract|accord|pact|treaty|tie-up|"
    r"(?:an?|the|its|their|this|that|new|[\w-]+['’]s)\s+(?:[\w-]+\s+)?deal)\s+"
    r"with\s+(?:the\s+)?$", re.IGNORECASE))


# The issuing government of a statement that welcomes others' truce is no side at the table.
WELCOMES_AFTER = re.compile(r"^\s*(?:(?:strongly|warmly|also|fully)\s+)?(?:welcom(?:es|ed|e)|"
                            r"commend(?:s|ed)?|applaud(?:s|ed)?|congratulat(?:es|ed)|"
                            r"hail(?:s|ed)?)\s+(?:[\w’'-]+\s+){0,6}?(?:truce|cease-?fire|"
                            r"agreement|deal|accord|extension|cessation|arrangement|pause)\b",
                            re.IGNORECASE)


INVOLVED = re.compile(r"\b(?:work(?:ing)?\s+with|in\s+support\s+of|facilitat\w*|mediat\w*|"
                      r"broker\w*|help(?:ed)?\s+(?:to\s+)?(?:secure|reach|negotiate))\b",
                      re.IGNORECASE)


def coordinated_with_other(i: int, hits: list[tuple[Hit, str]], text: str) -> bool:
    """Whether hit ``i`` is coordinated with a neighbouring hit of another party."""
    h, pid = hits[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(hits) and hits[j][1] != pid:
            a, b = (hits[j][0], h) if j < i else (h, hits[j][0])
            if COORD_GAP.match(text[a.end:b.start]):
                return True
    return False


# "a deal ... endorsed by the UN Security Council, the G7, and countries around the world",
# "a deal backed by the UN Security Council": an international body endorsing a deal backs
# it from outside; it neither sits at the table nor mediates (read for bodies and groups of
# states only: "the proposal backed by the union" is a side's)
ENDORSED_BY = gated(re.compile(
    r"\b(?:endorsed|backed)\s+by\s+(?:the\s+)?(?:[\w.’'-]+,?\s+(?:and\s+)?(?:the\s+)?){0,5}$",
    re.IGNORECASE))
