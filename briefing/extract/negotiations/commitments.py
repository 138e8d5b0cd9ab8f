"""Agenda items that no topic word names: what the sides commit to, and lists of sticking points.

The issue lexicon finds an item by its topic ("cease-fire", "tariffs").  Joint statements and
readouts put much of their agenda in commitments instead -- "the two leaders affirmed their
commitment to cooperate on counter-terrorism", "they resolved to institutionalize the
partnership" -- and wire stories in lists of disputes -- "sticking points have included limits on
foreign ownership, counterfeiting and data protection".  This module finds those phrases; the
tracker makes each one an item (keyed by a topic word inside it when there is one, else
``other``).

* A **commitment** is a verb of commitment and the verb phrase after its "to"; committing to the
  negotiation itself ("commitment to negotiations", "to continue the talks") is no item, and
  "committed to work toward X" makes X an objective.
* A **sticking-point list** is "sticking points / obstacles / differences ... (have) included"
  followed by items split at commas (a bare "and" inside an item stays: "telecommunications and
  life insurance"); every item is contested.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from briefing.extract.determiners import DETERMINERS
from briefing.extract.gate import (
    Gated,
    ascii_for,
    gated,
    lower_for_twins,
    lower_short,
    starts_of_words,
)
from briefing.extract.negotiations.labels import names_nothing

# what follows "agreed to" when it is no term of a deal: a first step toward talks, going on
# with them, or a noun phrase (the deal itself, a proposal)
_NOT_A_TERM = (r"begin|start|open|launch|hold|resume|enter|propose|seek|consider|explore|reopen|"
               r"restart|return|meet|talk|negotiate|discuss|continue|keep|remain|stay|work|"
               r"a|an|the|this|that|these|those|its|their|his|her|our|it|them|all|any|some|"
               r"terms|demands|proposals?|plans?|deals?|it")
# "affirmed their commitment to", "committed to", "resolved to", "pledged to", "decided to"
_COMMIT = gated(re.compile(
    r"\b(?:(?:re)?affirm(?:ed|s)?|renew(?:ed|s)?|reiterat(?:ed|es)|emphasi[sz](?:ed|es)|"
    r"underscor(?:ed|es)|stress(?:ed|es))\s+(?:their|its|our|the)\s+(?:mutual\s+|shared\s+|"
    r"strong\s+|joint\s+|continued\s+|steadfast\s+|historic\s+)?commitments?\s+"
    # "the historic commitment from the 2023 summit to halve ..."
    r"(?:(?:from|of|made\s+at|made\s+in|at|in)\s+[^.,;:]{1,60}?\s+)?to\s+|"
    r"\b(?:committed|resolved|pledged|decided)\s+to\s+|"
    # "both sides agreed to suspend their complaints": what the sides agreed to do is a term
    # of their deal (not a first step toward talks, not "agreed to the proposal": a noun)
    r"\bagreed\s+to\s+(?!(?:" + _NOT_A_TERM + r")\b)(?=[a-z])|"
    # "joined G20 leaders to launch the Global Alliance ...": done together
    r"\bjoined\s+[^.,;:]{1,50}?\s+(?:leaders|partners|counterparts|countries|allies)\s+"
    r"(?:to|in)\s+(?=(?:launch|announc|sign|endors|adopt|establish|creat)\w*\b)", re.IGNORECASE))
# what one side calls for ("called on the donors to increase support", "pushed for making the
# process faster") is on the agenda, still open
_CALL = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+(?:on|upon)\s+[^.,;:]{1,60}?\s+to|call(?:ed|s|ing)?\s+for|"
    r"urg(?:ed|es|ing)\s+[^.,;:]{1,60}?\s+to|push(?:ed|es|ing)?\s+for|"
    r"advocat(?:ed|es|ing)\s+for)\s+", re.IGNORECASE)
# "is committed to reforming ...": a stance, not a commitment made together
_STANCE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$", re.IGNORECASE)
# the negotiation itself, or going on with it: the thread, not an item of its agenda
_ITSELF = re.compile(
    # finalising the deal under way ("to finalize the deal") is the negotiation itself
    r"(?:finali[sz]\w*|conclud\w*|seal\w*|clos(?:e|es|ed|ing))\s+(?:the|this)\s+(?:deal|"
    r"agreement|accord|treaty|"
    r"settlement)\b|"
    r"(?:(?:the|a|an|their|its)\s+)?(?:(?:continued|further|ongoing|regular|close|urgent|"
    r"emergency|special|immediate)\s+)?"
    # a meeting called for is a step of the process, not an item of its agenda
    r"(?:negotiations?|talks|discussions|consultations|diplomacy|the peace process|meetings?|"
    r"sessions?|summits?|votes?|"
    r"peace process|process|engagement|continu\w*|keep\w*|remain\w*|stay\w*|"
    r"negotiat\w*|talk(?:ing)?|meet(?:ing)?|consult\w*|engag\w*)\b",
    re.IGNORECASE)
# what an agreement about the talks themselves names
_ABOUT_TALKS = re.compile(r"\b(?:talks|negotiations|dialogue|discussions)\b", re.IGNORECASE)
# "to achieving a ceasefire", "to a two-state solution": a deal still sought
_SOUGHT = re.compile(r"(?:achiev|secur|reach|conclud|finali[sz]|pursu|seek|bring)\w*\b|"
                     r"(?:an?\s+|the\s+)?(?:\w+\s+)?(?:cease-?fire|truce|deal|agreement|peace|"
                     r"settlement|solution)\b", re.IGNORECASE)
# "to work toward X", "to seek X": X is what they aim at
_AIM = re.compile(r"(?:work(?:ing)?\s+(?:together\s+)?(?:toward|towards|for|to)|seek(?:ing)?|"
                  r"strive\s+(?:for|toward|towards|to)|pursu(?:e|ing))\s+", re.IGNORECASE)

# "sticking points (to membership) have included ...", "the main obstacles are ..."
_STICKING_HEAD = gated(re.compile(
    r"\b(?:sticking[- ]points?|stumbling[- ]blocks?|obstacles|main differences|points of "
    r"contention|bones? of contention|outstanding disputes)\b(?:\s+[\w-]+){0,4}?\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:included?|includes|are|were|remain(?:ed)?)\s+",
    re.IGNORECASE))
# "have still not been able to agree on the main issue--the company's use of outside labor",
# "the key sticking point is ...": the one issue named is contested
_MAIN_ISSUE = gated(re.compile(
    r"\b(?:main|key|central|chief|biggest|major|principal|remaining|outstanding)\s+(?:issue|"
    r"sticking[- ]point|stumbling[- ]block|obstacle|point of contention|bone of contention)"
    r"(?:\s+[\w-]+){0,4}?(?:\s*(?:--|—|–)\s*|\s+(?:is|was|remains|remained|concerned|concerns|"
    r"involves|involved)\s+(?!(?:that|whether|how|what|why|to|not|still|being|likely|expected|"
    r"unclear|resolved|settled)\b))", re.IGNORECASE))
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?:as\s+well\s+as\s+)?|\s*;\s*|"
                         r"\s+as\s+well\s+as\s+", re.IGNORECASE)
# "issues surrounding counterfeiting": the item is what follows
_ITEM_LEAD = re.compile(r"(?:(?:the\s+)?(?:issues?|questions?|matters?|problems?)\s+"
                        r"(?:surrounding|of|over|around|concerning|about)\s+)", re.IGNORECASE)
# a phrase that opens on a pronoun ("their release") or ends on a comparative ("provide more")
# says nothing on its own
_VAGUE_START = frozenset(["their", "its", "his", "her", "them", "it", "this", "that", "these",
                          "those", "as", "our", "we", "they", "be", "do"])
_VAGUE_END = frozenset(["more", "less", "further", "well", "sure", "so", "same", "action",
                        # an adjective still waiting for its noun ("conduct a full")
                        "full", "open", "new", "free", "fair", "strong", "own", "other", "such",
                        "whole", "entire", "real", "comprehensive", "lasting", "durable"])
# "a truce committed to by the parties": the phrase after "to" is its agent, not a pledge
_NOT_OBJECT = frozenset(["by", "with", "from", "in", "on", "at", "for", "of", "to", "and", "or",
                         "but"])
# (not the comma of a number: "a rate of 35,000 bpd")
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|[;:!?()]|\.(?=\s|$)(?<!\b[A-Z]\.)|\s[-—–]\s|—")
_ITEM_END = re.compile(r"[.;:!?()]|\s[-—–]\s|—")
# the stems every phrase pattern above needs: a sentence with none of them has no phrase
# (substring tests on the lowered sentence instead of five scans)
_STEMS = ("commit", "agreed to", "resolv", "pledg", "decid", "join", "call", "urg", "push", "advocat", "aim",
          "design", "intend", "meant", "goal", "objective", "demand", "insist", "want",
          "sticking", "stumbling", "obstacle", "difference", "contention", "disput",
          "proposal", "main", "key", "central", "chief", "biggest", "major", "principal",
          "remaining", "outstanding", "provid", "foresee", "envisag", "stipulat", "set out",
          "sets out", "limits", "commits", "under", "seek", "sought", "propos", "ask",
          "request", "offer", "requir", "allow", "includ", "focus", "center", "centre",
          "discuss")
MAX_ITEM_WORDS = 12
MIN_ITEMS = 2


@dataclass(frozen=True, slots=True)
class Phrase:
    """An agenda phrase of a sentence: its span and the status its wording gives it."""

    start: int
    end: int
    status: str  # agreed | objective | contested | contested_clause | term


# the purpose of talks, efforts or a plan ("efforts aimed at ending the war") is an objective;
# what a side demands ("demanded that ...", "insists on ...") is contested
_PURPOSE = gated(re.compile(
    r"\b(?:talks|negotiations|discussions|meetings?|consultations|efforts|mediation|deal|"
    r"agreement|plan|proposal)\s+(?:\w+\s+|with\s+(?:the\s+)?\w+\s+(?:\w+\s+)?)?"
    r"(?:aimed\s+at|designed\s+to|intended\s+to|meant\s+to|"
    r"with\s+the\s+(?:aim|goal|objective)\s+of)\s+", re.IGNORECASE))
# what the talks themselves are aimed at is their agenda, open until they agree it ("talks
# aimed at averting national strikes"); the aim of an effort, a plan or a deal is an objective
# (the talks may be named with the other side: "talks with the creditor banks aimed at")
_TALKS_PURPOSE = re.compile(r"\b(?:talks|negotiations|discussions|meetings?|consultations)\s+"
                            r"(?:\w+\s+|with\s+(?:the\s+)?\w+\s+(?:\w+\s+)?)?"
                            r"(?:aimed\s+at|designed\s+to|intended\s+to|meant\s+to|"
                            r"with\s+the\s+(?:aim|goal|objective)\s+of)\s+$", re.IGNORECASE)
# (a demand made of someone: "wants the government to withdraw ...", not "I want you to know";
# "demand is growing" is a market's)
_DEMAND = gated(re.compile(r"\b(?:demand(?:ed|s|ing)?\s+(?=that\b|the\b|an?\b|its\b|their\b|an\s+end\b)|"
                     # after a modal or a pronoun "demand" is the verb ("banks may demand ...")
                     r"(?:may|might|will|would|could|to|they|we|he|she)\s+demand\s+|"
                     r"insist(?:ed|s|ing)?\s+on\s+|"
                     r"want(?:s|ed)?\s+(?:the|its|their)\s+[^.,;:]{1,40}?\s+to\s+|"
                     # a side's demand named as a noun ("his demand for curbs on X",
                     # "Russia's demands for ..."; not a market's "demand for LNG")
                     r"(?:his|her|its|their|our|['’]s)\s+(?:\w+\s+)?demands?\s+for\s+)"
                     r"(?:that\s+)?",
                     re.IGNORECASE))
# what a side proposes, named as a noun ("Britain's proposal for an International Finance
# Facility", "a Colombian proposal to resume quotas": the verb phrase): on the agenda, still
# open (not "a proposal to hold talks": the talks; nor "put the proposal to the board": to whom)
_PROPOSAL = re.compile(r"\bproposals?\s+(?:for\s+|to\s+(?!(?:be|have|talk|meet|negotiate|"
                       r"discuss|resume\s+(?:talks|negotiations)|hold|open|start|begin|"
                       r"continue|the|an?|its|their|his|her|our|this|that|these|those|them|it|him|us)\b)"
                       r"(?=[a-z]+\s))", re.IGNORECASE)
_PROPOSAL_WORDS = ("proposal",)


def purposes_and_demands(text: str, lo: int, hi: int) -> list[Phrase]:
    """What talks aim at (objective) and what a side demands (contested) in ``text[lo:hi]``."""
    purposes = [Phrase(ph.start, ph.end, "open") if _TALKS_PURPOSE.search(
        text, max(lo, ph.start - 40), ph.start) else ph
        for ph in _objects(_PURPOSE, "objective", text, lo, hi, _PURPOSE_WORDS)]
    return purposes + _objects(_DEMAND, "contested", text, lo, hi, _DEMAND_WORDS)


# what a deal holds: "the deal provides for a funding arrangement", "the agreement foresees
# the building of new facilities", "under the agreement, Moscow has agreed to purchase nine
# mln tonnes", "under terms of the pact, the company will sell the site" -- its terms, whose
# status is the deal's (``term``: the thread's own)
_DEAL_NOUNS = (r"(?:deal|agreement|accord|pact|treaty|package|settlement|contract|arrangement|"
               r"plan|proposal|offer)s?")
_DEAL_HOLDS = gated(re.compile(
    r"\b" + _DEAL_NOUNS + r"\s+(?:also\s+)?(?:(?:would|will|could)\s+(?:also\s+)?)?(?:provid(?:e|es|ed)\s+"
    r"for|foresees|envisag(?:e|es|ed)|stipulat(?:e|es|ed)|sets?\s+out|limits|commits|"
    # "the budget plan calls for new taxes", "the accord would allow the two firms to study
    # ...", "the plans include raising ..."
    r"call(?:s|ed)?\s+for|requir(?:e|es|ed)|allow(?:s|ed)?|includ(?:e|es|ed))\s+"
    r"(?:that\s+)?", re.IGNORECASE))
# "Under the agreement, X will ..." / "Under terms of the pact X has agreed to ...": the verb
# phrase after the clause's modal is the term
_UNDER_DEAL = re.compile(
    # (opening its clause: not "exports under the agreement will include ...")
    r"(?:\bUnder|(?<=, )under)\s+(?:the\s+)?(?:terms\s+of\s+)?(?:the|this|that|its|their|a)\s+(?:[\w-]+\s+){0,2}?"
    + _DEAL_NOUNS + r"\b,?\s+")
_TERM_VERB = re.compile(r"\b(?:will|would|shall|must|(?:is|are)\s+to|(?:has|have)\s+agreed\s+to|"
                        r"agreed\s+to|(?:is|are)\s+required\s+to)\s+(?:also\s+)?(?!be\b|not\b)"
                        r"(?=[a-z])", re.IGNORECASE)
_DEAL_HOLDS_WORDS = ("provid", "foresee", "envisag", "stipulat", "set", "limits", "commits",
                     "under", "call", "requir", "allow", "includ")


# "allows/requires the firms to study ...": the term is what they may or must do
_WHO_TO = re.compile(r"[^,;:]{1,60}?\bto\s+(?=[a-z])")


def deal_terms(text: str, lo: int, hi: int) -> list[Phrase]:
    """The terms a deal is said to hold in ``text[lo:hi]``, each with status ``term``."""
    out = []
    for ph in _objects(_DEAL_HOLDS, "term", text, lo, hi, _DEAL_HOLDS_WORDS):
        said = text[max(lo, ph.start - 12):ph.start].lower()
        if "allow" in said or "requir" in said:
            who = _WHO_TO.match(text, ph.start, ph.end)
            if who is None:
                continue  # "requires approval": no act of a side named
            if not text[ph.start].islower() or text[ph.start:who.end()].split()[0].lower() \
                    in DETERMINERS:
                # "allow Renault and Chrysler to study ...": what the sides may do; "allow
                # refugees to return home" keeps who may
                ph = Phrase(who.end(), ph.end, ph.status)
        out.append(ph)
    if "nder" not in text[lo:hi]:
        return out
    for m in _UNDER_DEAL.finditer(text, lo, hi):
        clause_end = _CLAUSE_END.search(text, m.end(), hi)
        end = clause_end.start() if clause_end else hi
        verb = _TERM_VERB.search(text, m.end(), end)
        if verb is not None and verb.start() - m.end() <= 60 and verb.end() < end:
            out.append(Phrase(verb.end(), end, "term"))
    return out


# what a side of a deal made will get, give or do by it is one of its terms, said with no
# "under the agreement": "AMC shareholders will receive Chrysler shares", "Venezuela will now
# import cattle and medicines", "Ecuador would pay back the oil at 35,000 bpd", "Fiat will keep
# supplying diesel engines" (the verb phrase, from the verb; not "it would cut the deficit": no
# side's act)
_TRANSFER = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+to)\s+(?:also\s+|now\s+|then\s+|still\s+)?"
    r"(?=(?:receive|get|pay|supply|import|export|sell|buy|acquire|provide|give|grant|invest|"
    r"transfer|repay|keep\s+supplying|take\s+over|hand\s+over)\b)", re.IGNORECASE)
_NO_SIDE = frozenset(["it", "this", "that", "which", "what", "there", "who"])
_TRANSFER_WORDS = ("receiv", "get", "pay", "suppl", "import", "export", "sell", "buy", "acquir",
                   "provid", "give", "grant", "invest", "transfer", "take over", "hand over")


def may_transfer(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` may say what a side will get or give (see :func:`transfers`)."""
    return _may_match(text, lo, hi, _TRANSFER_WORDS)


def transfers(text: str, lo: int, hi: int) -> list[Phrase]:
    """What a side will get, give or do by a deal in ``text[lo:hi]`` (a sentence of a deal
    made or near), each with status ``term`` (the thread's own)."""
    if not _may_match(text, lo, hi, _TRANSFER_WORDS):
        return []
    out = []
    for ph in _objects(_TRANSFER, "term", text, lo, hi, _TRANSFER_WORDS):
        before = text[max(lo, ph.start - 40):ph.start].split()
        subject = [w for w in before if w.lower() not in ("will", "would", "shall", "is", "are",
                                                          "to", "also", "now", "then", "still")]
        if not subject or subject[-1].lower().strip(",") in _NO_SIDE:
            continue
        out.append(ph)
    return out


# what a side seeks, proposes or asks for is on the table, still open -- "the union is seeking
# abolishment of the two-tier wage system", "it would seek longer repayment deadlines",
# "Brazil proposed the end of spreads", "it asked for a reduction in the repayments" -- in any
# sentence of the thread, words of talks or not ("seeking talks", "sought a meeting": the
# negotiation itself, no item; "seeking to acquire": the verb phrase is the item)
_POSITION = gated(re.compile(
    # ("forced millions to seek refuge": whoever "to seek" belongs to, no side's position)
    r"(?:\b(?:(?:is|are|was|were|be|been|would|will|also|had|has|have)\s+(?:also\s+)?"
    r"seek(?:ing|s)?|seeks|sought)\s+"
    # "seeking to change the rules": the verb phrase (not "seeking to meet", the talks)
    r"(?:to\s+(?!(?:the|a|an|its|their|be|have|get|know|do|make|talk|meet|negotiate|"
    r"discuss|resume|start|begin|open|hold|continue|reach|conclude)\b)(?=[a-z]+\s))?|"
    # ("the proposed merger": an adjective, no position)
    r"\b(?<!the\s)(?<!a\s)(?<!an\s)(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!and\s)"
    r"(?:also\s+)?propos(?:ed|es)\s+(?!to\b)|\bask(?:ed|s|ing)\s+for\s+|"
    # "the company offered a three pct wage rise", "had offered 145 dlrs for each share",
    # "offered to buy the rest of the shares" (not "offered to mediate": the talks)
    # (nor "the offer", "was offered March 11": a noun, a passive)
    r"\b(?<!the\s)(?<!an\s)(?<!its\s)(?<!their\s)(?<!his\s)(?<!her\s)(?<!was\s)(?<!were\s)"
    r"(?<!been\s)(?<!is\s)(?<!are\s)(?<!be\s)offer(?:ed|s)\s+"
    r"(?:to\s+(?!(?:be|have|host|mediate|help|talk|meet|negotiate|discuss|resume|start|"
    r"begin|hold|continue)\b)(?=[a-z]+\s))?|"
    r"\brequest(?:ed|s|ing)\s+)(?:that\s+)?"))
# a position that goes to court divides the sides: "seeking a court order", "a suit to compel"
_LITIGATION = re.compile(r"\b(?:court|suit|lawsuit|injunction|restraining\s+order|judge|"
                         r"ruling|arbitrat\w*|legal\s+action)\b", re.IGNORECASE)
# what a position names that is no term of the deal: the deal or the talks themselves, an
# answer, a comment, a meeting, a buyer, control (a takeover's aim, the thread itself)
_NO_POSITION = re.compile(r"(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?"
                          r"(?:(?:new|further|fresh|formal|possible|separate)\s+)?"
                          r"(?:deal|agreement|accord|pact|"
                          r"settlement|comment|clarification|information|details|approval|"
                          r"buyer|partner|meeting|talks|negotiations|calls?|conversations?|"
                          r"visits?|summit|sessions?|dialogue|response|reply|answer|"
                          r"common\s+ground|refuge|asylum|shelter|safety|condolences|"
                          r"support|help|assistance|no|prayers|"
                          r"thanks|praise|hope|advice|opinion|views?)s?\b",
                          re.IGNORECASE)
_POSITION_WORDS = ("seek", "sought", "propos", "ask", "request", "offer")


# what a strike or a protest is against, or what a side keeps pressing for, divides the sides:
# "a walkout in protest at plans for 800 redundancies", "a strike begun on Friday to press for
# higher wages", "will keep pressing for a rise of 7 pct" (not a march "to protest against"
# a government, nor "press for" alone: a call, open)
_GRIEVANCE = gated(re.compile(
    r"\b(?:in\s+protest\s+(?:at|against|over)|"
    r"(?:strikes?|stoppages?|walkouts?|industrial\s+action)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:to\s+press\s+for|to\s+demand|demanding)|"
    r"(?:(?:keep|keeps|kept)\s+|continu(?:e|es|ed)\s+(?:to\s+)?)press(?:ing)?\s+for)\s+",
    re.IGNORECASE))
# (the words every match holds: "press" alone is in "expressed", "pressure", "press")
_GRIEVANCE_WORDS = ("in protest", "press for", "pressing for", "to demand", "demanding")
# a deal the sides signed or welcomed, named by its kind: "welcomed the signing of memoranda
# of understanding on cybersecurity", "signed a memorandum on ...", "signing the Space
# Accords", "arrangements on ..." -- each is a term agreed (the phrase from the deal's name;
# not "arrangements on Tuesday": a date; "agreements on X" were tried: a word more to look for
# in every document, for no item on the released sets)
_SIGNED = gated(re.compile(
    r"\b(?:sign(?:ed|ing|s)|welcom(?:ed|es|ing)|concluded|finali[sz]ed)\s+"
    r"(?:the\s+(?:recent\s+)?(?:signing|conclusion)\s+of\s+)?"
    r"(?:(?:a|an|the|two|several|new|recent|historic|landmark)\s+)*"
    r"(?=(?:[A-Z][\w-]*\s+){0,3}?(?:[Mm]emorand(?:um|a)\b|MOUs?\b|MoUs?\b|Accords\b|"
    r"[Aa]rrangements?\s+(?:on|for|to)\s+(?:the\s+)?[a-z]))"))
# (lowercase; an MOU is looked for in the text's own case: "mou" is in "amount")
_SIGNED_WORDS = ("memorand", "accords", "arrangement")
# where the words of both start in a document (see may_grieve_or_sign)
_STARTS_CACHE: dict[int, tuple[str, list[int] | None]] = {}


def may_grieve_or_sign(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` may name a grievance or a deal signed (see :func:`grievances`,
    :func:`signed`, which are asked only where this holds)."""
    starts = _grieve_or_sign_starts(text)
    if starts is None:
        return True
    at = bisect_left(starts, lo)
    return at < len(starts) and starts[at] < hi


def _grieve_or_sign_starts(text: str) -> list[int] | None:
    """Where the words of a grievance or of a deal signed start in ``text`` (a document): one
    pass over its lowercase form, kept for the few last texts -- each sentence then asks by
    bisection, with no slice, lowering nor search of its own; None when lowering moves the
    text's offsets (no gate then)."""
    got = _STARTS_CACHE.get(id(text))
    if got is not None and got[0] is text:
        return got[1]
    low, plain = lower_for_twins(text)  # (the document's: lowered once for every stage)
    starts = sorted(starts_of_words(low, _GRIEVANCE_WORDS + _SIGNED_WORDS)
                    + starts_of_words(text, ("MOU", "MoU"))) if plain else None
    if len(_STARTS_CACHE) >= 4:
        _STARTS_CACHE.clear()
    _STARTS_CACHE[id(text)] = (text, starts)
    return starts


def grievances(text: str, lo: int, hi: int) -> list[Phrase]:
    """What a strike or a protest in ``text[lo:hi]`` is against, or what a side presses
    for: each contested (not the talks themselves, not a meeting), with status
    ``contested_clause`` (a clause, labelled as a commitment is, not a list item's words)."""
    return [Phrase(ph.start, ph.end, "contested_clause")
            for ph in _objects(_GRIEVANCE, "contested", text, lo, hi, ())
            if not _NO_POSITION.match(text, ph.start, ph.end)]


def signed(text: str, lo: int, hi: int) -> list[Phrase]:
    """The deals ``text[lo:hi]`` says were signed or welcomed, named by their kind (a
    memorandum, accords, arrangements or agreements on something): each agreed."""
    return _objects(_SIGNED, "agreed", text, lo, hi, ())


def may_state_position(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` may say what a side seeks, proposes or asks for."""
    return _may_match(text, lo, hi, _POSITION_WORDS + _FOCUS_WORDS)


def positions(text: str, lo: int, hi: int) -> list[Phrase]:
    """What a side seeks, proposes or asks for in ``text[lo:hi]``: open, or contested when it
    goes to court."""
    out = []
    for ph in _objects(_POSITION, "open", text, lo, hi, _POSITION_WORDS):
        if _NO_POSITION.match(text, ph.start, ph.end):
            continue
        if _LITIGATION.search(text, ph.start, ph.end):
            ph = Phrase(ph.start, ph.end, "contested")
        out.append(ph)
    return out


# what talks, a meeting or a call focus or centre on is their agenda, still open: "the
# discussions will focus on foreign aid programs", "the discussion centered on countering
# threats" (not "I've been focused on ...": a person's focus; nor what leaders "discussed":
# readouts list there much that annotators leave off the agenda -- tried, more wrong than
# right on files not read while writing it)
_FOCUSED = re.compile(r"\b(?:focus(?:ed|es|sed|ses)?|cent(?:er|re)(?:ed|d|s)?)\s+(?:on|upon)\s+",
                      re.IGNORECASE)
_TALKS_NOUN = re.compile(r"\b(?:talks|discussions?|negotiations|meetings?|consultations|agenda|"
                         r"conversations?|calls?|summit|visit|dialogue)\b", re.IGNORECASE)
# what talks focus on that names nothing: the talks to come, "the issue", "other issues",
# "mutual efforts", "the degree to which ..."
_NO_TOPIC = re.compile(r"(?:(?:the|this|that|these|those|other|a|an|some|several|many|"
                       r"various|a\s+(?:wide\s+|broad\s+)?(?:range|number|variety|host)\s+of)\s+)*"
                       r"(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:(?:talks|meetings?|negotiations|visits?|trip|"
                       r"calls?|summit|sessions?|round|it|them)\b|(?:issues?|matters?|topics?|"
                       r"questions?|problems?|subjects?|situation|plans?|ideas?|ways|steps|details|"
                       r"efforts|degree|extent|incident)\b(?!\s+(?:of|in|on|over|around|"
                       r"surrounding|with\s+respect\s+to)\b))", re.IGNORECASE)
_FOCUS_WORDS = ("focus", "center", "centre", "discuss")
# what a meeting still ahead or under way is to discuss is its agenda, open: "met to discuss
# the debt crisis", "the leaders will also discuss furthering cooperation", "I look forward to
# discussing how ...", "the two sides are also discussing health and safety matters" (not what
# was "discussed": readouts list there much that annotators leave off the agenda)
_DISCUSS_AHEAD = re.compile(
    r"\b(?:(?:to|will|would|shall|[’']ll)\s+(?:also\s+|further\s+|then\s+)?discuss|"
    r"(?:forward\s+to\s+|(?:is|are|was|were|be)\s+(?:also\s+|now\s+|still\s+)?)discussing)\s+",
    re.IGNORECASE)


def talks_focus(text: str, lo: int, hi: int) -> list[Phrase]:
    """What the talks of ``text[lo:hi]`` (a sentence) focus or centre on, and what a meeting
    ahead or under way is to discuss: each open."""
    if not _may_match(text, lo, hi, _FOCUS_WORDS):
        return []
    focused = [ph for ph in _objects(_FOCUSED, "open", text, lo, hi, _FOCUS_WORDS)
               if _TALKS_NOUN.search(text, lo, ph.start)]
    return [ph for ph in focused + _objects(_DISCUSS_AHEAD, "open", text, lo, hi, ("discuss",))
            if not _NO_TOPIC.match(text, ph.start, ph.end)]


def calls(text: str, lo: int, hi: int) -> list[Phrase]:
    """The phrases ``text[lo:hi]`` calls for, each open (see :func:`commitments`)."""
    return _objects(_CALL, "open", text, lo, hi, _CALL_WORDS) + \
        _objects(_PROPOSAL, "open", text, lo, hi, _PROPOSAL_WORDS)


# a word every match of _PURPOSE, _DEMAND, _CALL holds (lowercase): a sentence with none of
# them is not searched (the case-insensitive patterns are slow to run on every sentence)
_PURPOSE_WORDS = ("aim", "designed", "intended", "meant", "goal", "objective")
_DEMAND_WORDS = ("demand", "insist", "want")
_CALL_WORDS = ("call", "urg", "push", "advocat")


def _may_match(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[lo:hi]`` may match a pattern each of whose matches holds one of
    ``words``."""
    part = text[lo:hi]
    if not part.isascii():
        return True  # re.IGNORECASE also matches "ſ" for "s", "K" (Kelvin) for "k": no gate
    low = lower_short(part)
    return any(w in low for w in words)


def _objects(pattern: re.Pattern[str] | Gated, status: str, text: str, lo: int, hi: int,
             words: tuple[str, ...]) -> list[Phrase]:
    """The phrase after each match of ``pattern`` in ``text[lo:hi]``, to the end of its clause,
    unless it is the negotiation itself or opens on a function word ("the demands of a booming
    economy", "demand and supply": nouns); ``words``: one of them is in every match (none:
    the caller has asked)."""
    out: list[Phrase] = []
    if words and not _may_match(text, lo, hi, words):
        return out
    # (a plain pattern runs as its ASCII twin in an ASCII-alike document: gate.ascii_for)
    for m in (pattern if isinstance(pattern, Gated) else ascii_for(pattern, text)).finditer(
            text, lo, hi):
        start = m.end()
        clause_end = _CLAUSE_END.search(text, start, hi)
        end = clause_end.start() if clause_end else hi
        first = text[start:end].split(maxsplit=1)[:1]
        if _ITSELF.match(text, start, end) or not text[start:start + 1].isalnum() or (
                first and first[0].lower() in _NOT_OBJECT):
            continue
        out.append(Phrase(start, end, status))
    return out


def commitments(text: str, lo: int, hi: int) -> list[Phrase]:
    """The phrases committed to in ``text[lo:hi]`` (a sentence): each starts after the "to" of
    a commitment and runs to the end of its clause (the label decides where the phrase
    stops; a topic word anywhere in the clause keys the item)."""
    out: list[Phrase] = []
    for m in _COMMIT.finditer(text, lo, hi):
        if _STANCE_BEFORE.search(text, max(lo, m.start() - 7), m.start()):
            continue
        start = m.end()
        clause_end = _CLAUSE_END.search(text, start, hi)
        end = clause_end.start() if clause_end else hi
        if _ITSELF.match(text, start, hi):
            continue
        if m.group(0)[:6].lower() == "agreed" and _ABOUT_TALKS.search(text, start, end):
            continue  # "agreed to leave the door open for talks": the talks, not a term
        status = "objective" if _SOUGHT.match(text, start, hi) else "agreed"
        aim = _AIM.match(text, start, hi)
        if aim:
            start, status = aim.end(), "objective"
            if _ITSELF.match(text, start, hi):
                continue
        if start < end and text[start].isalnum():
            out.append(Phrase(start, end, status))
    return out


def _main_issue(text: str, lo: int, hi: int) -> list[Phrase]:
    """The one issue ``text[lo:hi]`` names as the main one, contested: up to the end of its
    clause."""
    head = _MAIN_ISSUE.search(text, lo, hi)
    if head is None:
        return []
    end = _ITEM_END.search(text, head.end(), hi)
    stop = end.start() if end else hi
    item = text[head.end():stop]
    words = item.split()
    if not 1 <= len(words) <= MAX_ITEM_WORDS or not item[:1].isalnum():
        return []
    return [Phrase(head.end(), head.end() + len(item.rstrip()), "contested")]


def may_have_phrases(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` may hold a commitment, call, aim, demand or sticking point."""
    low = lower_short(text[lo:hi])
    return any(stem in low for stem in _STEMS)


def readable(label: str, min_words: int = 2) -> bool:
    """Whether a label made from a commitment or a list item names something on its own:
    ``min_words`` at least, not opening on a pronoun nor ending on a comparative."""
    words = label.lower().split()
    if words and words[-1].endswith(("-", "—")):
        return False  # a speaker breaking off ("a bi-")
    # ... and carrying a content noun: "both sides", "all parties" point at who, not what
    return len(words) >= min_words and words[0] not in _VAGUE_START \
        and words[0] not in _NOT_OBJECT and words[-1] not in _VAGUE_END \
        and not names_nothing(words)


def sticking_points(text: str, lo: int, hi: int) -> list[Phrase]:
    """The items of a list of sticking points in ``text[lo:hi]``, each contested; none unless
    the list has at least two items (or the one issue named as *the main issue*)."""
    head = _STICKING_HEAD.search(text, lo, hi)
    if head is None:
        return _main_issue(text, lo, hi)
    end = _ITEM_END.search(text, head.end(), hi)
    body_end = end.start() if end else hi
    out: list[Phrase] = []
    pos = head.end()
    for sep in [*_ITEM_SPLIT.finditer(text, pos, body_end), None]:
        stop = sep.start() if sep else body_end
        lead_in = _ITEM_LEAD.match(text, pos, stop)
        if lead_in:
            pos = lead_in.end()
        item = text[pos:stop]
        words = item.split()
        if 1 <= len(words) <= MAX_ITEM_WORDS:
            lead = len(item) - len(item.lstrip())
            out.append(Phrase(pos + lead, pos + len(item.rstrip()), "contested"))
        if sep is None:
            break
        pos = sep.end()
    return out if len(out) >= MIN_ITEMS else []
