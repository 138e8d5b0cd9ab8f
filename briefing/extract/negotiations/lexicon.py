"""Cue lexicons for negotiation threads: status cues, modality, rounds, mediators.

Each status cue is a regular expression with the status label it signals and a weight; the
tracker scores every sentence with them (see ``negotiations``).  The agenda's issue keys and
issue-status cues are in :mod:`.issue_lexicon`, the status cues of running text in
:mod:`.status_cues`.  Everything here is English news and diplomatic wording written for this
project; nothing is tied to one conflict.
"""

from __future__ import annotations

import re

from briefing.extract.gate import gated
from briefing.extract.negotiations.status_cues import (
    _A,
    _DEAL,
    _FIRST_STEP,
    _PROCEDURE,
    STRUCK_PLACE,
    STRUCK_WHEN,
)
from briefing.extract.negotiations.status_cues import DEAL_NOUNS as DEAL_NOUNS
from briefing.extract.negotiations.status_cues import STATUS_CUES as STATUS_CUES

# Headlinese: a headline tells what happened in the present tense ("STELCO, USWA REACH CONTRACT
# SETTLEMENT", "KEYCORP AGREES TO ACQUIRE UTAH BANK", "HUTTON ENDS PUROLATOR BID", "FRANCO-GERMAN
# PARLEY FAILS TO UNBLOCK FARM TALKS", "Blair hails Turkey-EU talks deal"), "A and B to meet" a
# meeting ahead.
# These are the present forms of the status cues, read in the title only (in running text
# "they agree to" is as often a condition or a plan).
# (a company's ticker may stand between a name and its noun: "PUROLATOR <PCC> BID")
# (and a price or a pair written with a slash: "145 DLR/SHR OFFER", "SALE/LEASEBACK DEAL")
_HEAD_MODIFIERS = (r"(?:(?!(?:on|for|to|with|about|in|at)\b)"
                   r"(?:<[\w.]+>|[\w“”\"'’./-]+)\s+){0,3}")
# a deal noun that names the subject of talks, a dispute or a vote is no deal ("IN CONTRACT
# TALKS", "IN STRIKE SETTLEMENT VOTE")
_NO_DEAL_AFTER = (r"(?!\s+(?:talks?|negotiations|dispute|row|vote|ballot|bid|offer|proposals?|"
                  r"plans?|hopes?|deadline)\b)")
_NOT_A_CONTRACT = _DEAL.replace("|contract)", ")")
TITLE_CUES: list[tuple[str, float, str]] = [
    # ("STRUGGLE TO AGREE ON QUOTAS", "TO AGREE ON TERMS": an attempt or a plan, no deal yet)
    ("agreed", 2.0, r"(?<!\bto )\bagrees?\s+(?:to|on|upon)\s+(?!(?:" + _FIRST_STEP + "|" +
                    _PROCEDURE + r")\b)"),
    # headlinese agrees a thing directly ("OECD AGREES EXPORT CREDIT REFORMS", "BANKS AGREE NEW
    # TERMS"); "TO AGREE X" is a plan, "AGREE WITH" an opinion, "AGREE THAT" a view
    ("agreed", 2.0, r"(?<!\bto )\bagrees?\s+(?!(?:to|on|upon|with|that|in|at|for|over|about|by|"
                    r"after|before|not|and|or|but)\b)(?=[\w<“\"'])"),
    ("agreed", 2.0, rf"\b(?:reach(?:es)?|clinch(?:es)?|seals?)\s+{_A}{_HEAD_MODIFIERS}"
                    rf"(?:{_DEAL})s?\b{_NO_DEAL_AFTER}"),
    # (a contract won is an award in a tender: "WINS COAL CONTRACT")
    ("agreed", 2.0, rf"\bwins?\s+{_A}{_HEAD_MODIFIERS}(?:{_NOT_A_CONTRACT})s?\b{_NO_DEAL_AFTER}"),
    ("agreed", 1.5, rf"\bhails?\s+{_A}{_HEAD_MODIFIERS}(?:{_DEAL})s?\b{_NO_DEAL_AFTER}"),
    ("collapsed", 2.0, rf"\bends?\s+{_A}{_HEAD_MODIFIERS}(?:bid|offer|merger|takeover|acquisition|"
                       rf"buyout|purchase|{_DEAL})s?\b"
                       rf"{_NO_DEAL_AFTER}"),
    # a bidder taking its bid back ("ACME DROPS BID FOR BOLT", "ACME WITHDRAWS BOLT OFFER",
    # "ACME ABANDONS TAKEOVER BID"): the bid is off; "TO WITHDRAW OFFER", "MAY DROP BID" are
    # plans, and "DROPS OPPOSITION TO PLAN" drops no bid
    ("collapsed", 2.0, rf"(?<!\bto )(?<!\bwill )(?<!\bmay )(?<!\bcould )(?<!\bmight )(?<!\bwould )"
                       rf"\b(?:drops?|withdraws?|abandons?|scraps?|pulls?)\s+{_A}{_HEAD_MODIFIERS}"
                       rf"(?:(?:takeover|take-over|tender|buyout|merger)\s+)?"
                       rf"(?:bid|offer|merger|takeover|buyout|acquisition|{_DEAL})s?\b"
                       rf"(?!\s+(?:motion|suit|lawsuit|request|complaint|objection)s?\b)"
                       rf"{_NO_DEAL_AFTER}"),
    # a company ending talks on a deal ("ENDS MERGER TALKS"; a round that ends is no failure:
    # "ENDS TALKS WITH PROGRESS")
    ("collapsed", 2.0, r"\bends?\s+(?:its\s+|their\s+)?(?:merger|takeover|acquisition|buyout|sale|"
                       r"purchase|deal|venture|joint\s+venture)\s+talks\b"),
    # ... and so does one ending talks with a named side ("X, Y END TALKS", "X ENDS TALKS WITH
    # Y"); a round that ends with progress, or in a place, is no failure
    ("collapsed", 2.0, r"\bends?\s+(?:its\s+|their\s+)?talks\b(?!\s+(?:with\s+(?:progress|"
                       r"agreement|accord|a\s+deal|no\b)|in\s|at\s|on\s|after\s))"),
    # the present forms of the failures of the status cues ("broke off", "walked out", "broke
    # down", "pulled out of talks")
    ("stalled", 1.5, r"\bbreaks?\s+off\b|\bwalks?\s+out\b"),
    ("collapsed", 2.0, rf"\bbreaks\s+down\b|\b(?:withdraws?|pulls?\s+out)\s+(?:of|from)\s+{_A}"
                       rf"(?:[\w-]+\s+)?(?:{_DEAL}|talks|negotiations)\b"),
    ("stalled", 1.5, r"\bfails?\s+to\b"),
    # headlinese "A, B IN ... DEAL": they made one ("YUGOSLAVIA, WESTERN CREDITORS IN DEBT
    # ACCORD", "ACME <ACM> IN MERGER PACT"; not "IN DEAL TALKS", "IN DISPUTE OVER PACT",
    # "IN BREACH OF ACCORD", "IN SEARCH OF A DEAL")
    ("agreed", 2.0, rf"\bin\s+{_A}(?:(?!(?:dispute|row|talks|breach|default|violation|doubt|danger|"
                    rf"jeopardy|search|quest|hopes?|bid|over|of|under|on|for|to|with|about|in|at)\b)"
                    rf"(?:<[\w.]+>|[\w“”\"'’.-]+)\s+){{0,3}}(?:{_DEAL})s?\b{_NO_DEAL_AFTER}"),
    # a side taking the other's bid or offer ("ACME <ACM> ACCEPTS NEW BOLT BID"; a plan or a
    # compromise one side of several accepts is not yet agreed: "CONSUMERS ACCEPT BUFFER PLAN")
    ("agreed", 2.0, rf"\baccepts?\s+{_A}{_HEAD_MODIFIERS}(?:offer|bid|terms|merger|takeover|buyout|"
                    rf"{_DEAL})s?\b{_NO_DEAL_AFTER}"),
    # a takeover the headline completes is done: holders tendered, the buyer pays ("ACME
    # COMPLETING TENDER OFFER", "ACME COMPLETES BOLT <BLT> ACQUISITION"; "TO COMPLETE MERGER"
    # is a plan; a tender offer only started may be hostile: an offer put, as "MAKES BID")
    ("implementing", 2.0, rf"(?<!\bto )(?<!\bwill )(?<!\bmay )(?<!\bcould )(?<!\bwould )"
                          rf"\b(?:completes?|completing|completed)\s+{_A}{_HEAD_MODIFIERS}"
                          rf"(?:(?:tender|takeover|cash)\s+)?(?:offer|bid|merger|takeover|"
                          rf"acquisition|purchase|buyout)s?\b(?!\s+for\s+(?:its\s+)?own\b)"),
    # a side turning down what the other put on the table ("MEATPACKERS REJECT ACME <ACM> UNIT
    # OFFER", "BOARD SPURNS BOLT BID"): the offer falls, as in running text (whose cue misses
    # the ticker between the words)
    ("collapsed", 1.5, rf"(?<!\bto )\b(?:rejects?|spurns?|rebuffs?|turns?\s+down)\s+{_A}{_HEAD_MODIFIERS}"
                       rf"(?:offer|bid|proposal|plan|terms|merger|takeover|buyout|{_DEAL})s?\b"
                       rf"{_NO_DEAL_AFTER}"),
    # talks put off by a side ("EC MINISTERS POSTPONE TALKS ON ...", "ACME SUSPENDS MERGER
    # TALKS"; "TO POSTPONE TALKS" is a plan; a meeting put off is a company's annual meeting)
    ("stalled", 2.0, r"(?<!\bto )(?<!\bwill )(?<!\bmay )(?<!\bcould )(?<!\bmight )"
                     r"\b(?:postpones?|suspends?|delays?|defers?|adjourns?|shelves?|freezes?)\s+"
                     r"(?:(?!on\b|with\b)[\w<>.'’-]+\s+){0,2}?(?:talks|negotiations)\b"),
    # new talks the headline sees no chance of ("SEES NO NEW COFFEE TALKS SOON", "BOARD SEEN
    # UNLIKELY TO SET NEW COFFEE TALKS"): the talks there were have stopped
    ("stalled", 2.0, r"\bunlikely\s+to\s+(?:\w+\s+){1,2}?(?:new|fresh|further|more)\s+"
                     r"(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\b"),
    # "NO ACCORD SEEN LIKELY", "NO PROSPECT IN SIGHT OF BUDGET ACCORD": the auxiliary left out
    ("stalled", 2.0, rf"\bno\s+(?:{_DEAL}|prospects?|breakthrough)\s+(?:(?:is|was)\s+)?(?:seen|"
                     r"expected|likely|foreseen|in\s+sight)\b"),
    ("stalled", 2.0, rf"\b(?:{_DEAL}|talks|negotiations|merger|takeover|tie-up)s?\W{{1,3}}"
                     r"(?:delayed|postponed|shelved|on\s+hold|(?:is\s+|are\s+)?(?:at\s+risk|"
                     r"in\s+jeopardy|in\s+doubt|under\s+threat|on\s+ice))\b"),
    # ... and off altogether ("UNITY TALKS OFF, LEADER SAYS", "MERGER IS OFF")
    ("collapsed", 2.0, rf"\b(?:{_DEAL}|talks|negotiations|merger|takeover|tie-up|bid)s?\W{{1,3}}"
                       r"(?:is\s+|are\s+)?off\b(?!\s+(?:to|the|on|for)\b)"),
    # a deal the headline writes off is stalled ("EXTENSION OF TIN PACT IS UNREALISTIC", "ACCORD
    # SEEN UNLIKELY")
    ("stalled", 2.0, rf"\b(?:{_NOT_A_CONTRACT}|extension|renewal)s?\s+(?:(?:is|are|now|seen|"
                     r"said|considered|increasingly|very|highly)\s+){0,3}(?:unlikely|unrealistic|"
                     r"improbable|impossible|doomed|dead)\b"),
    # a strike under way is talks that failed ("NBC WRITERS ON STRIKE", "MINERS CALL GENERAL
    # STRIKE", "SEAMEN'S STRIKE SPREADS"); not a hunger or warning strike, a ballot, a threat
    # or a plan ("UNION TO CALL STRIKE", "COULD STRIKE"), nor one called off
    # ("TALKS ON STRIKE" are about it)
    ("stalled", 2.0, r"(?<!\btalks )(?<!\btalk )(?<!\bnegotiations )(?<!\bmeeting )(?<!\bvote )"
                     r"(?<!\bballot )(?<!\bruling )(?<!\bdeal )(?<!\baccord )(?<!\bagreement )"
                     r"\bon\s+strike\b|\bstrikes?\s+(?:continues?|spreads?|enters?|goes\s+on|"
                     r"drags\s+on|widens?)\b|(?<!\bto )(?<!\bwill )(?<!\bmay )(?<!\bcould )"
                     r"\b(?:calls?|launch(?:es)?|begins?|starts?|stages?|declares?)\s+(?:an?\s+|the\s+)?"
                     r"(?:(?!warning\b|hunger\b|token\b|off\b)[\w'’-]+\s+){0,2}?strikes?\b"
                     r"(?!\s+(?:ballot|vote|threat|talks|deadline)s?\b)"),
    # ... and so is a workplace the headline has struck, or a strike it tells something
    # happening in or hit by ("MINERS STRIKE ACME <ACM> MILL", "ACME STRUCK ON WEST COAST",
    # "MARKETS PREPARE FOR BANK STRIKE"; "UNION TO STRIKE ACME PLANT",
    # "STRIKE AT ACME PLANT", "STRIKE DATE AT" are plans or places, "STRUCK BY" a blow; not
    # "NOT AFFECTED BY STRIKE": a negation would turn the cue round)
    ("stalled", 2.0, r"(?<!\bto )(?<!\bwill )(?<!\bmay )(?<!\bcould )(?<!\bmight )(?<!\bwould )"
                     r"(?<!\bair )(?<!\bhunger )\bstrikes?\s+(?:<[\w.]+>\s+|(?!(?:at|in|on|over|for|"
                     r"date|deadline|threat|vote|ballot|talks|back|against|by)\b)[\w.'’-]+\s+){1,4}?"
                     r"(?:plant|mill|mines?|factory|shipyards?|refinery|docks)\b|"
                     r"\bstruck\s+(?:on|at|in)\b|"
                     r"\b(?:during|for|amid)\s+(?:[\w'’-]+\s+){0,3}?strikes?\s*$"),
    # a deal the headline expects ("TIN PACT EXTENSION LIKELY", "ACCORD SEEN IMMINENT"; "NO
    # ACCORD SEEN LIKELY" negates it)
    ("near_agreement", 2.0, rf"\b(?:{_NOT_A_CONTRACT}|extension|renewal)s?\s+(?:(?:is|are|now|seen|"
                            r"said|considered|increasingly|very|highly)\s+){0,3}(?:likely|"
                            r"probable|imminent|in\s+sight|within\s+reach)\b"),
    # a dispute the headline settles is over ("ACME, UNION SETTLE DISPUTE", "STRIKE ENDS";
    # "HOPES TO SOLVE DISPUTE", "BIDS TO END ROW", "VISIT WILL HELP END TRADE ROW", "PREDICTS END
    # OF DISPUTE" are still hopes)
    ("agreed", 2.0, r"(?<!\bto )(?<!\bhelp )(?<!\bwill )(?<!\bwould )(?<!\bcould )"
                    r"\b(?:settles?|resolves?|solves?|ends?)\s+(?!of\b)(?:[\w<>.'’-]+\s+){0,3}?"
                    r"(?:disputes?|feuds?|rows?|strikes?|walkouts?|lockouts?)\b|"
                    r"\b(?:dispute|strike|walkout|lockout)\s+(?:ends|ended|settled|resolved|"
                    r"is\s+over)\b"),
    # the headline's negotiators are at work ("COCOA LATEST FOCUS FOR PACT NEGOTIATORS")
    ("ongoing", 0.6, r"\bnegotiators?\b"),
    # (not "MEETS NASDAQ REQUIREMENTS", "TO MEET DEBT PAYMENTS": meeting an obligation)
    ("ongoing", 0.6, r"\bmeets?\b(?!\s+(?:[\w<>.-]+\s+){0,2}?(?:payments?|demands?|targets?|"
                     r"deadlines?|obligations?|requirements?|criteria|standards?|needs?|"
                     r"expectations?|press)\b)"),
]

STATUS_LABELS = ("exploratory", "ongoing", "near_agreement", "agreed", "implementing",
                 "stalled", "collapsed")
POSITIVE = frozenset({"near_agreement", "agreed", "implementing"})
NEGATIVE = frozenset({"stalled", "collapsed"})
DEAL_MADE = frozenset({"agreed", "implementing"})  # the labels of a deal made

# A negator right before a cue reverses or softens it.
# ("not be able to comply", "to avoid an impasse": what is averted is not where talks stand)
NEGATION = re.compile(r"\b(?:not|no|never|n't|without|yet to|far from|nor|neither|hardly|"
                      r"(?:not|n't)\s+(?:be\s+)?able\s+to|unable\s+to|avoid\w*|avert\w*|"
                      r"prevent\w*|stave\s+off|head\s+off)\b"
                      r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
# What a negated cue means.
NEGATED = {"agreed": "ongoing", "near_agreement": "ongoing", "implementing": "stalled",
           "collapsed": "ongoing", "stalled": "ongoing", "exploratory": None, "ongoing": None}

# Modality of a sentence.
HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether|what happens|in case|would\s+(?:have|be)\s+"
                          r"(?:\w+ed)|hypothetical|suppose)\b", re.IGNORECASE)
# ("over the past year" runs up to now: not the past)
# "once" is the past only as "formerly" ("was once", "once ruled"): "once more", "once again"
# and the conjunction ("once the truce takes effect") are not -- 93% of its uses in the corpora
# (both alternatives open with "once": the scanner runs them only where "once" is)
_ONCE = (r"once(?:(?<=\bwas once)|(?<=\bwere once)|(?<=\bhad once))(?!\s+(?:more|again)\b)|"
         r"once(?=\s+(?:was|were|had|\w+ed)\b)|")
# ("earlier today", "earlier this week", "earlier on Monday" tell the news of the days of
# publication, not the past)
_EARLIER = (r"earlier(?!\s+(?:today|tonight|yesterday|this\s+(?:week|month|morning|afternoon|"
            r"evening)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|in\s+the\s+(?:day|week))\b)|")
HISTORICAL_WORDS = re.compile(r"\b(?:previous|" + _EARLIER + r"former|prior|"
                              r"past(?!\s+(?:few\s+|several\s+|couple\s+of\s+|\w+\s+)?(?:years?|"
                              r"months?|weeks?|days?|decades?|hours?)\b)|in the past|" + _ONCE +
                              r"had been|used to|last year|years ago|history of)\b", re.IGNORECASE)

# Words that make a sentence part of a negotiation.
NEGOTIATION_WORDS = re.compile(
    r"\b(?:talks|negotiat\w*|renegotiat\w*|re-negotiat\w*|deals|"
    # (not the verb: "to help deal with the debt", "could deal with the problem")
    r"deal(?!\s+with\b)|deal(?<!\bto\sdeal)(?<!\bhelp\sdeal)(?<!\bcan\sdeal)(?<!\bwill\sdeal)"
    r"(?<!\bcould\sdeal)(?<!\bwould\sdeal)(?<!\bmust\sdeal)(?<!\bshould\sdeal)|agreement|agreements|accord|cease-?fire|ceasefire|truce|"
    r"cessation of hostilities|treaty|pact|protocol|peace|proposals?|arrangement|summit|dialogue|"
    r"mediat\w*|brokered|diplomacy|settlement|framework|armistice|roadmap|negotiators?|"
    r"envoys?|delegations?|met|meeting|agreed|signed|accession|"
    # (a deadlock with a side, between sides or over an issue is a negotiation stuck: "hopes
    # for a breakthrough on the deadlock with Japan over trade" holds no other word of talks;
    # a bare "Is there a deadlock?" names no one; not "impasse": no other alternative opens
    # with an "i", and one would have the engine try every "i" of the text)
    r"deadlock(?:ed)?(?=\s+(?:with|between|over|on|in)\b)|"
    # (the plurals of the nouns above that name a meeting or a deal: "\b" after "meeting"
    # leaves "meetings", "accords", "pacts" out; not "settlements", also a place, nor the
    # everyday "protocols", "frameworks", "arrangements")
    r"meetings|summits|accords|pacts|treaties|truces|cease-?fires|armistices|"
    # (every alternative here and in ISSUE_CONTEXT opens with a letter, not a group or a
    # lookbehind: then the regex engine skips, in C, every position whose letter opens none
    # of them; one group-led alternative makes it try the whole pattern at every character)
    r"unable\s+to\s+agree|fail(?:ed|s)?\s+to\s+agree|pauses?\s+in\s+(?:the\s+)?fighting|"
    r"pause(?<=humanitarian pause)s?|"
    r"reaffirm(?:ed|s)?\s+(?:their|its)\s+(?:\w+\s+)?commitment|"
    r"affirm(?:ed|s)?\s+(?:their|its)\s+(?:\w+\s+)?commitment|"
    r"renew(?:ed|s)?\s+(?:their|its)\s+(?:\w+\s+)?commitment|"
    r"apply\s+to\s+join|applied\s+to\s+join|applies\s+to\s+join|application\s+to\s+join|"
    r"bid\s+to\s+join)\b", re.IGNORECASE)
# A labour strike told by its workforce, its vote, its length or what it hits (see
# CONTRACT_WORDS); each alternative opens with, or holds, a literal word the scanner keys it by
_WORKFORCE = (r"(?:workers|employees|staff|members|officers|miners|seamen|dockers|pilots|"
              r"teachers|nurses|doctors|drivers|attendants|carriers|crews|unions?|"
              r"workforce|clerks|engineers|technicians|porters|controllers|journalists)")
LABOUR_STRIKE = (r"strike-(?:hit|bound)|"
                 r"(?:vot(?:e|ed|es|ing)|ballot(?:ed|s|ing)?)\s+(?:\w+\s+)?(?:to|for)\s+"
                 r"(?:go\s+on\s+)?(?:strikes?|a\s+strike|strike\s+action|industrial\s+action)|"
                 r"strike\s+(?:ballot|action|vote|pay|committee|leaders?)|"
                 r"walk-?outs?\s+(?:by|at)|"
                 r"work\s+stoppages?|"
                 r"stoppages?\s+(?:by|at|in\s+protest)|"
                 r"(?:warning|token|indefinite|all-out|rolling|lightning|sympathy|"
                 r"(?:[\w]+-)?(?:hour|day|week)(?:-old)?)\s+(?:national\s+|general\s+)?"
                 r"(?:strikes?|stoppages?)|"
                 r"series\s+of\s+(?:[\w-]+\s+)?(?:strikes|stoppages)|"
                 # ("eight weeks of strikes", "after three days of industrial action")
                 r"(?:days|weeks|months)\s+of\s+(?:[\w-]+\s+)?(?:strikes|stoppages|"
                 r"industrial\s+action)|"
                 rf"strikes?\s+by\s+(?:[\w'’-]+\s+){{0,4}}?{_WORKFORCE}|"
                 # a walk off the job, a workplace or a day struck ("walked off the job",
                 # "struck the company's plant", "struck on Monday"; not a deal struck; a picket
                 # line is where a speaker stood with a union, long after the strike)
                 r"walked\s+off\s+(?:the|their)\s+jobs?|"
                 r"struck\s+(?!(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|bargain|"
                 r"blow|compromise|balance)\b)(?:[\w<>.'’,-]+\s+){0,6}?" + STRUCK_PLACE + r"|"
                 r"struck\s+(?:on|at|from)\s+" + STRUCK_WHEN)
# A labour contract on the table ("rejected a tentative three-year contract") and a takeover
# offered ("a 30 dlr a share tender offer", "a buyout bid"; not any "bid for": bills, licences
# and footballers are bid for too), and a labour strike ("went on strike", "a national
# strike", "industrial action"; not an air strike, nor "a second strike hit"): negotiation words
# too, a pattern of their own (keyed by "tentative" and "contract" alone, it runs only where
# they occur; inside NEGOTIATION_WORDS every sentence with a "cont..." word ran it all)
CONTRACT_WORDS = re.compile(r"\b(?:tentative\s+(?:[\w-]+\s+){0,2}?contracts?|"
                            r"contract\s+(?:offer|proposal|vote)|takeovers?|mergers?|"
                            r"buyouts?|(?:takeover|take-over|tender|buyout|merger|acquisition)\s+"
                            r"(?:bids?|offers?|proposals?)|on\s+strike|strikers|lockouts?|industrial\s+action|"
                            r"(?:general|national|pay|wage|labou?r)\s+strikes?|"
                            # a strike by a workforce, voted, staged or lasting some days, a
                            # walkout by or at, a work stoppage, a sector it hits ("a strike by bank
                            # officers", "voted to strike over cuts", "a 24-hour stoppage at the
                            # railways", "the strike-hit cargo sector"; not an air strike, a
                            # strike by a drone or the army, nor "a stoppage in the fighting")
                            + LABOUR_STRIKE + r")\b", re.IGNORECASE)
# An offer made to someone ("the U.S. offered Ruritania a loan", "an aid offer to Moscow", "the
# debt freeze offered by the creditors"): talks opened, when the sentence names both the one who
# offers and the one offered to (:meth:`.state.TrackerState`; alone, "offer" is mostly a price or
# a sale of shares).  Not the noun "offering" after an article or a market word, nor "offering
# of" ("the share offering", "a shelf offering of bonds"): shares sold, not a proposal.
OFFER_WORDS = re.compile(r"\b(?:offer(?:s|ed)?|offering(?<!the\soffering)(?<!an\soffering)"
                         r"(?<!public\soffering)(?<!share\soffering)(?<!rights\soffering)"
                         r"(?<!stock\soffering)(?<!debt\soffering)(?<!its\soffering)"
                         r"(?<!initial\soffering)(?<!secondary\soffering)(?<!shelf\soffering)(?!\s+of\b))\b",
                         re.IGNORECASE)
ISSUE_CONTEXT = re.compile(
    r"\b(?:contention|sticking points?|disputes?|disagree\w*|questions?|issues?|the two sides|"
    r"both sides|demand\w*|insist\w*|conditions?|guarantee\w*|under the|would|will|must|gaps?|"
    r"in an effort to|aim\w* to|proposal|committed|commitment|efforts? to|concerns?|"
    r"call(?:ed|s)? for|"
    # what a side raises, urges, objects to or commits to is on the agenda
    r"raised|urg(?:e|ed|es|ing)|the need (?:to|for)|obstacles?|dislike[sd]?|resolved to|"
    r"decided to|pledged?|call(?:ed|s)?\s+(?:on|upon)|push(?:ed|es)?\s+for|advocat(?:ed|es)|joined|"
    # an obligation is a term ("Turkey may have to accept restrictions"); (keyed by "may",
    # "will", "would": a bare "has to" would make every sentence with "has" run this)
    r"may\s+have\s+to|will\s+have\s+to|would\s+have\s+to|required to|obliged to)\b",
    re.IGNORECASE)
DEAL_NOUN = gated(re.compile(
    r"\b(?:cease-?fire|ceasefire|truce|cessation of hostilities|treaty|peace deal|deal|"
    r"agreement|accord|pact|protocol|talks|negotiations|armistice|prisoner\s+(?:exchange|swap)|"
    r"hostage\s+deal)\b", re.IGNORECASE))

# Mediators.
# typed: mypyc checks extract/ alone and cannot infer these across the import cycle
MEDIATOR_AFTER: re.Pattern[str] = re.compile(
    r"\b(?:brokered|mediated|facilitated|hosted|sponsored|arranged|overseen|supervised|"
    r"monitored)\s+by\s+|"
    r"\bwith\s+the\s+(?:help|mediation|assistance|support)\s+of\s+|"
    r"\b(?:through|via|under)\s+the\s+(?:mediation|auspices|good offices)\s+of\s+|"
    r"\bmediators?\s+(?:from\s+)?", re.IGNORECASE)
MEDIATOR_BEFORE: re.Pattern[str] = re.compile(
    r"^[-‐–]\s*(?:brokered|mediated|led|hosted|sponsored|facilitated)\b|"
    r"^\s*(?:'s|’s)?\s*(?:mediators?|mediation|good offices)\b|"
    r"^(?:\s*(?:,|and)\s*(?:the\s+)?[\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?){0,3}\s*,?\s+as\s+"
    r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:co-?)?(?:mediators?|brokers?|facilitators?|"
    r"intermediar\w+)\b|"
    r"^\s*(?:will\s+|would\s+|has\s+|have\s+|had\s+)?(?:continue\s+to\s+)?"
    r"(?:serve|act)(?:s|ed|ing)?\s+as\s+(?:a|an|the)\s+(?:co-?)?(?:mediator|broker|"
    r"facilitator|intermediary|guarantor)s?\b|"
    r"^\s*through\s+(?:its\s+|their\s+)?mediation\b|"
    r"^\s*(?:will\s+|would\s+|to\s+|has\s+|have\s+)?(?:continue\s+)?(?:to\s+)?"
    r"(?:facilitat\w*|mediat\w*|broker\w*|host\w*)\s+(?:the\s+)?(?:talks|negotiations|"
    r"discussions|a deal|an agreement|the deal|the agreement)", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# A name modifying one of these nouns names the theme or the place, not a side
# ("the Syrian cease-fire", "Syria negotiators"), unless it is coordinated ("U.S.-Russian talks").
THEME_NOUN_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:cease-?fire|ceasefire|truce|crisis|civil war|war|conflict|peace|talks|"
    r"negotiations|negotiators|issue|question|people|civilians|town|city|border|refugees|"
    r"territory|soil|coast|capital|region|rebels?|opposition|coalition|groups?|neighborhoods?|"
    r"neighbourhoods?|villages?|provinces?|economy|situation)\b", re.IGNORECASE)

# Rounds of talks: "talks in Geneva", "met in Riyadh", "in Doha for talks".
ROUND_PLACE = gated(re.compile(
    r"\b(?:talks|met|meet|meeting|meetings|round|negotiations|summit|session|consultations|"
    r"conference|discussions)\b(?:\s+[\w-]+){0,4}?\s+in\s+"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w-]+)?)"
    r"|\bin\s+(?P<place2>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:,\s+[A-Z][\w-]+)?\s+"
    r"(?:for|to attend|on the sidelines of)\s+(?:\w+\s+){0,2}(?:talks|meeting|summit|"
    r"negotiations|conference)"))
ROUND_OUTCOME = [
    ("no_deal", re.compile(r"\bfail(?:ed|s)?\s+to\s+(?:reach|get|agree|secure|produce|clinch)\b|"
                           r"\bwithout\s+(?:an?\s+)?(?:deal|agreement|breakthrough)|"
                           r"\bno\s+(?:deal|agreement)\b", re.IGNORECASE)),
    ("deal", re.compile(r"\b(?:agreed|signed|reached\s+(?:an?\s+)?(?:deal|agreement))\b",
                        re.IGNORECASE)),
    ("stalled", re.compile(r"\b(?:stalled|deadlock|impasse)\b", re.IGNORECASE)),
    ("progress", re.compile(r"\b(?:progress|constructive|productive|positive|closer)\b",
                            re.IGNORECASE)),
]

OPEN_QUESTION = re.compile(
    r"\b(?:another question|the question|open question|unclear (?:whether|if|how|what|when)|"
    r"not clear (?:whether|if|how|what|when)|remains to be seen|it is unclear|yet to be "
    r"(?:decided|determined|resolved|agreed)|still (?:to be )?(?:unresolved|undecided))\b",
    re.IGNORECASE)
