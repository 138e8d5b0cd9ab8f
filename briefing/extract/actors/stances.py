"""Does a name mention give its actor a position at the table?

A state, a body or a firm that the text names once or twice in a trade round, a commodity
pact or a summit is a side when it *takes a position* there: the subject of a verb of the
table's positions ("A and B agreed at the summit", "Brazil, the major producer, insists on
quotas", "Britain and Denmark have led the opposition", "A is opposed to the steps") or the
agent of one in the passive ("endorsed by A, B and C", "the accord reached by A, B and C",
"supported by A"); so does one said to take part ("A, B and C were represented at the talks",
"Other countries represented at the talks were A, which ..., B and C").  A name inside a longer name or before a noun ("UK bank Barclays"), or
governed by another preposition, takes no position; a verb of speaking is no position (a
news agency "said").

English facts only, no parser: the words after the name are skipped over further
coordinated names, a bracket, one apposition between commas (", the major producer,",
", which holds the presidency,") and auxiliaries or adverbs, then a verb of position must
follow; before the name, over the coordinated names that precede it, "by" after such a
participle.
"""

from __future__ import annotations

import re

from briefing.extract.gate import gated

# verbs of a position at the table: inflected (finite after the subject), and base forms,
# finite only after an auxiliary ("does agree", "will not accept": "U.S. support for A" and
# "a Council call for a truce" are nouns)
_INFLECTED = (r"(?:agree[sd]|accept(?:s|ed)|reject(?:s|ed)|oppose[sd]|(?:is|are|was|were)"
              r"\s+opposed|propose[sd]|insist(?:s|ed)|demand(?:s|ed)|endorse[sd]|"
              r"support(?:s|ed)|back(?:s|ed)|sign(?:s|ed)|reach(?:es|ed)|negotiat(?:es|ed)|"
              r"offer(?:s|ed)|refuse[sd]|want(?:s|ed)|favou?r(?:s|ed)|seeks|sought|"
              r"ratif(?:ies|ied)|veto(?:es|ed)|object(?:s|ed)|block(?:s|ed)|approve[sd]|"
              r"(?:led|leads|leading)\s+the\s+opposition|resolve[sd]|"
              r"(?:call(?:s|ed)|press(?:es|ed)|push(?:es|ed))\s+for|"
              # taking part: "A, B and C were represented at the talks", "A attended"
              r"(?:is|are|was|were)\s+represented|attend(?:s|ed)|(?:took|takes)\s+part)")
_BASE = (r"(?:agree|accept|reject|oppose|propose|insist|demand|endorse|support|back|sign|reach|"
         r"negotiate|offer|refuse|want|favou?r|seek|ratify|veto|object|block|approve|"
         r"lead\s+the\s+opposition|resolve|(?:call|press|push)\s+for)")
_AUX = (r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|did|do|does|"
        r"shall|should)")
_ADVERB = (r"(?:also|still|now|not|jointly|both|all|already|again|firmly|strongly|"
           r"repeatedly|reportedly|formally|finally|never)")
_POSITION = (r"(?:(?:" + _AUX + r"|" + _ADVERB + r")\s+){0,3}" + _INFLECTED + r"|"
             r"(?:" + _ADVERB + r"\s+)?" + _AUX + r"\s+(?:" + _ADVERB + r"\s+){0,2}" + _BASE)
# a further coordinated name: ", B", "and the C", "& D"
_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4}"
_FURTHER = r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)" + _NAME + r")"
_SET_OFF = (r"(?:\s*\([^()]{1,40}\))?"
            r"(?:\s*,\s*(?:the|a|an|which|who|its)\s[^,;:.()]{1,60},)?")
_AFTER = gated(re.compile(_FURTHER + r"*" + _SET_OFF + r"\s+(?:" + _POSITION + r")\b"))
# a plural subject, a list of names, takes the base form: "A, B and C want", "A and B agree"
_PLURAL_AFTER = gated(re.compile(_FURTHER + r"+" + _SET_OFF + r"\s+(?:" + _ADVERB + r"\s+)?"
                                 + _BASE + r"\b"))
_LIST_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+|&\s*)"
                          r"(?:the\s+)?$")
_BASE_AFTER = gated(re.compile(_SET_OFF + r"\s+(?:" + _ADVERB + r"\s+)?" + _BASE + r"\b"))
# those listed as taking part: "Other countries represented at the talks were A, B and C"
_PARTICIPANTS_BEFORE = gated(re.compile(
    r"\b(?:represented|taking\s+part|participating)\s+(?:at|in)\s+[^.;:]{0,60}?\s+"
    r"(?:were|are|included|include)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:\s*,\s+(?:which|who)\s[^,]{0,120},\s*|"
    r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*))(?:the\s+)?)*$"))
# the agent of a position in the passive: "endorsed by A, B and C", "reached by the U.S."
_BY_BEFORE = gated(re.compile(
    r"\b(?:endorsed|supported|backed|opposed|rejected|reached|agreed|accepted|proposed|signed|"
    r"approved|favou?red|blocked|ratified|vetoed)\s+(?:\w+\s+)?by\s+(?:the\s+)?"
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?)*$"))
_FURTHER_RE = re.compile(_FURTHER)
# the table's own positions (a name alone, beside the talks' sentence, takes one with them)
_STRONG = re.compile(r"\b(?:agree|accept|reject|oppos|insist|demand|veto|object|ratif|propos|"
                     r"endors|(?:led|lead|leads|leading)\s+the\s+opposition)", re.IGNORECASE)
_GLUED = re.compile(r"['’-]|\s+[A-Z]|\s+(?:bank|company|firm|group|officials?|negotiators?|"
                    r"delegat\w+|government|minister\w*|members?)\b")


def takes_position(text: str, start: int, end: int, lo: int, hi: int,
                   strict: bool = False) -> bool:
    """Whether the name mention ``text[start:end]`` (in the sentence ``lo`` .. ``hi``) is the
    subject or the passive agent of a verb of position (see the module docstring).
    ``strict`` (a sentence that does not itself name the talks): a name alone needs a verb of
    the table's own positions ("insists", "is opposed to"), not one of any support ("The
    Harbour Union backed the new museum"); a list of names ("A and B want") may have either."""
    if _GLUED.match(text, end, hi):
        return False  # "UK bank Barclays", "Ruritania's offer", "the U.S.-Latveria talks"
    listed = bool(_LIST_BEFORE.search(text, max(lo, start - 40), start)
                  or _FURTHER_RE.match(text, end, hi))
    if _PARTICIPANTS_BEFORE.search(text, max(lo, start - 240), start):
        return True  # named among those taking part: a list, never strict
    by = _BY_BEFORE.search(text, max(lo, start - 240), start)
    if by:
        return not strict or listed or bool(_STRONG.match(by.group(0)))
    before = text[max(lo, start - 12):start].rstrip().lower()
    if before.endswith((" of", " for", " to", " from", " with", " in", " on", " at", " by",
                        " against", " between", " among", " including", " over")):
        return False  # governed by a preposition: "support for A", "talks with A"
    got = _AFTER.match(text, end, hi) or _PLURAL_AFTER.match(text, end, hi) or (
        _BASE_AFTER.match(text, end, hi) if listed else None)  # "..., B and C want"
    if got is None:
        return False
    return not strict or listed or bool(_STRONG.search(got.group(0)))
