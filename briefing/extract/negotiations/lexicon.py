"""Cue lexicons for negotiation threads: status cues, modality, rounds, mediators.

Each status cue is a regular expression with the status label it signals and a weight; the
tracker scores every sentence with them (see ``negotiations``).  The agenda's issue keys and
issue-status cues are in :mod:`.issue_lexicon`.  Everything here is English news and diplomatic
wording written for this project; nothing is tied to one conflict.
"""

from __future__ import annotations

import re

from briefing.extract.gate import gated

_DEAL = (r"(?:deal|agreement|accord|cease-?fire|truce|cessation of hostilities|treaty|pact|"
         r"protocol|armistice|settlement|understanding|arrangement|peace plan|peace deal|"
         # a labour or supply contract is what a union and a company negotiate
         r"contract)")
DEAL_NOUNS = _DEAL  # for the clause checks of :mod:`.clauses`
_A = r"(?:an?\s+|the\s+|this\s+|that\s+|its\s+|their\s+|a\s+new\s+|a\s+final\s+)?"

# a deal still to be reached: what a commitment to it is not
_NOT_SOUGHT = (rf"(?!(?:achiev|secur|reach|conclud|finali[sz]|pursu|seek|bring)\w*\b|"
               rf"{_A}(?:\w+\s+)?(?:{_DEAL}|peace|solution)\b)")

# up to three words before a deal's noun ("a monumental trade deal", "a memorandum of
# understanding"), none a preposition of another noun ("announced talks on a deal")
_MODIFIERS = (r"(?:(?!(?:on|for|to|with|about|in|at|toward|towards|talks|negotiations|plans?|"
              r"hopes?|efforts?)\b)(?:memorandum\s+of|[\w“”\"'’-]+)\s+){0,3}")

# up to two words before a deal's noun, none saying it is still to make ("the proposed pact")
_NOT_PROPOSED = (r"(?:(?!(?:proposed|draft|possible|potential|planned|prospective|future|"
                 r"tentative|provisional|new\s+draft)\b)[\w-]+\s+){0,2}?")

# first steps toward talks: agreeing to them agrees no deal yet
_FIRST_STEP = (r"begin|start|open|launch|hold|resume|enter|propose|seek|consider|explore|reopen|"
               r"restart|return\s+to")
# what sides agree on when they agree how to go on, not on a deal
# ("agreed to keep the dollar at current levels", "agreed to work exclusively with X" are deals;
# "agreed to work together on the climate crisis" is how they go on)
# (handing over information is how a bidder starts: "agreed to provide it confidential company
# information")
_PROCEDURE = (r"remain|stay|continue|coordinate|consult|meet\s+again|"
              r"(?:provide|give|share|exchange|supply|furnish)\s+(?:[\w-]+\s+){0,3}?"
              r"(?:information|data|documents|details)|"
              r"work\s+(?:together|closely|toward|towards|to)|"
              r"(?:the\s+)?(?:urgency|importance|next\s+steps)")

# a verb's base form after a marker of the future, a wish or a duty: not done yet
_NOT_YET = (r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )"
            r"(?<!\bcan )(?<!\bshould )(?<!\bmust )(?<!\bnot )")

# (label, weight, pattern).  Weights: specific signals 2, softer 1-1.5, the everyday words of
# diplomacy ("talks", "met") 0.6 so that a specific cue anywhere outweighs them.
STATUS_CUES: list[tuple[str, float, str]] = [
    # near agreement
    ("near_agreement", 2.0, rf"\bnear(?:ing|s|er)?\s+{_A}(?:agreement|{_DEAL})"),
    ("near_agreement", 2.0, rf"\b(?:close|closer)\s+to\s+{_A}(?:agreement|{_DEAL}|a breakthrough)"),
    ("near_agreement", 2.0, rf"\b(?:agreement|{_DEAL})\s+(?:is\s+|was\s+|seems\s+|appears\s+)?"
                            r"(?:near|close|within reach|imminent)\b"),
    ("near_agreement", 1.5, r"\b(?:are|is|were|was|be|very|so|getting)\s+(?:very\s+|so\s+)?close\b"),
    ("near_agreement", 1.5, r"\bnot\s+there\s+yet\b"),
    ("near_agreement", 2.0, r"\b(?:within reach|on the verge of|on the brink of an? (?:deal|agreement)"
                            r"|final stages?|end ?game|home stretch|last mile|final details)\b"),
    ("near_agreement", 2.0, r"\b(?:final\s+)?bridging proposal\b"),
    ("near_agreement", 1.5, r"\b(?:narrow(?:ed|ing)?|clos(?:e|ed|ing)|bridg(?:e|ed|ing))\s+(?:the\s+|some\s+)?"
                            r"(?:remaining\s+)?gaps?\b"),
    ("near_agreement", 1.5, r"\bgaps?\s+(?:that\s+)?remain|remaining gaps\b"),
    ("near_agreement", 2.0, rf"\b(?:could|may|might|expected to|poised to|set to|ready to)\s+"
                            rf"(?:announce|sign|seal|finali[sz]e|conclude)\s+{_A}(?:{_DEAL})"),
    # (one reached is agreed, ratification pending: "reached a tentative agreement")
    ("near_agreement", 2.0, r"(?<!\breached a )(?<!\breached an )(?<!\breaches a )"
                            r"(?<!\breaches an )\b(?:provisional|tentative|draft)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:agreements?|deals?|accords?|contracts?)\b"),
    # "the deal would be signed in March", "the accord is expected to be concluded soon": a
    # signing still ahead, expected
    # ("(?=\w)" keeps the scanner from keying these by their first, everyday deal words: they
    # run only in sentences holding one of their last words)
    ("near_agreement", 2.0, rf"\b(?=\w)(?:{_DEAL})\s+(?:would|will|could|should|(?:is|was|are|were)\s+"
                            r"(?:expected|set|due|likely)\s+to)\s+be\s+(?:formally\s+)?(?:signed|"
                            r"sealed|finali[sz]ed|concluded|completed)\b"),
    # a draft text being reviewed, refined or endorsed by a side
    ("near_agreement", 2.0, r"\b(?:current|latest|revised|updated|final)\s+(?:draft|text)\b"),
    ("near_agreement", 2.0, r"\bfinal\s+(?:refinement|touches|wording|drafting)\b|"
                            r"\b(?:refin(?:e|ed|es|ing)|endors(?:e|ed|es|ing))\s+(?:the\s+)?draft\b"),
    ("near_agreement", 1.0, r"\b(?:significant|major|important)\s+step\s+forward\b"),
    # one side has agreed and the other's answer is awaited ("Israel has agreed to it, we are
    # waiting to see what Hamas does", "the rebels have yet to respond"): not a deal yet, and
    # it outweighs the one side's "agreed"
    ("near_agreement", 4.0, r"\bwait(?:ing)?\s+to\s+see\s+(?:what|whether|if|how)\s+(?:[^\s.]+\s+){1,3}?"
                            r"(?:do|does|will\s+do|says?|responds?|decides?|agrees?|accepts?)\b|"
                            r"\bawait(?:s|ed|ing)?\s+(?:a\s+|the\s+|their\s+|its\s+|an?\s+)?"
                            r"(?:response|reply|answer)\b|"
                            r"\b(?:has|have)\s+yet\s+to\s+(?:respond|reply|agree|accept|sign)\b"),
    ("near_agreement", 1.5, r"\bagreement in principle\b|\bin the right direction\b"),
    # agreed ("agreed to begin talks", "agreed to propose ..." agree on a first step only)
    ("agreed", 2.0, r"\b(?:have|has|had)\s+(?:now\s+|also\s+)?agreed\s+(?:to|on|upon)\b"
                    r"(?!\s+(?:" + _FIRST_STEP + "|" + _PROCEDURE + r")\b)"),
    # not "to be agreed (upon)", "would have to be agreed on": still to agree
    ("agreed", 1.5, r"(?<!\bbe )\bagreed\s+(?:to|on|upon)\s+(?!the possibility)"
                    r"(?!(?:" + _FIRST_STEP + "|" + _PROCEDURE + r")\b)"),
    # ... and so is one agreed "in principle" or "with" the other side ("agreed in principle to
    # sell its unit to Bolt", "agreed with Bolt and Acme to form a company"; "agreed with him
    # that ..." is an opinion)
    ("agreed", 1.5, r"(?<!\bbe )\bagreed\s+(?:in\s+principle\s+(?:to|on|upon)|with\s+"
                    r"(?:(?!that\b|on\b|to\b)[\w.'’&<>-]+,?\s+){1,12}?to)\s+(?!the possibility)"
                    r"(?!(?:" + _FIRST_STEP + "|" + _PROCEDURE + r")\b)"),
    # "agreed to remain in close coordination", "agreed on the urgency of ...": the sides
    # agree how to go on, not on a deal
    ("ongoing", 1.0, r"\bagreed\s+(?:to|on|upon)\s+(?:" + _PROCEDURE + r")\b"),
    # agreeing to begin talks is where a negotiation starts
    ("exploratory", 1.2, r"\bagreed\s+to\s+(?:begin|start|open|launch|hold|enter(?:\s+into)?|"
                         r"explore|reopen|restart|return\s+to)\s+(?:\w+\s+)?(?:talks|negotiations|"
                         r"discussions|a dialogue)\b"),
    # "reached a deal" agrees; "efforts to reach a ceasefire" is work still under way
    # (a deal reached is reached, however it is qualified: "reached a preliminary agreement",
    # "reached a tentative three-year contract")
    ("agreed", 2.0, rf"\breach(?:ed|es)\s+{_A}{_MODIFIERS}(?:{_DEAL})"),
    # (and so is "hoping to strike a deal", "will sign a pact": an infinitive or a future)
    ("ongoing", 1.0, rf"\b(?:to|will|would|can|could)\s+(?:reach|sign|seal|strike|clinch|conclude)"
                     rf"\s+{_A}(?:\w+\s+)?(?:{_DEAL})"),
    # ... but "with the aim of concluding a treaty", "close to concluding a deal" look ahead
    ("agreed", 2.0, rf"\b(?:signed|signs|sealed|seals|struck|clinched|"
                    rf"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )"
                    rf"(?:sign|seal|strike|clinch)|"
                    rf"conclud(?:ed|es)|(?<!\bof )(?<!\bat )(?<!\bto )(?<!\btoward )"
                    rf"(?<!\btowards )concluding)\s+{_A}{_MODIFIERS}(?:{_DEAL})"),
    ("agreed", 2.0, rf"\b(?:{_DEAL})\s*,?\s+(?:which\s+|that\s+)?(?:was\s+|were\s+|has\s+been\s+|"
                    r"had\s+been\s+)?(?:signed|sealed|reached|struck|concluded|agreed|"
                    r"announced|worked\s+out|hammered\s+out)\b"),
    # terms worked out (not "to be worked out") or agreed as an object ("agreed new terms")
    ("agreed", 2.0, rf"(?<!\bto be )(?<!\bbe )\b(?:worked|hammered)\s+out\s+{_A}{_MODIFIERS}"
                    rf"(?:{_DEAL}|terms)\b|\bagreed\s+{_A}(?:new\s+|revised\s+|final\s+)?"
                    rf"(?:terms|{_DEAL})\b"),
    # what the sides commit to together at a meeting is its outcome ("the two leaders
    # reaffirmed their commitment to cooperate on ..."); a commitment to go on negotiating or
    # to work toward something agrees nothing yet
    # ...nor does a commitment to reach the deal still sought ("to achieving a ceasefire")
    ("agreed", 1.0, r"\b(?:reaffirm(?:ed|s)?|affirm(?:ed|s)?|renew(?:ed|s)?|reiterat(?:ed|es)|"
                    r"emphasi[sz](?:ed|es))"
                    r"\s+(?:their|its|our)\s+(?:mutual\s+|shared\s+|strong\s+|joint\s+)?"
                    r"commitments?\s+to\s+(?!(?:the\s+)?(?:negotiations?|talks|dialogue|"
                    r"discussions|peace process|process|work|working|continu\w*)\b)" + _NOT_SOUGHT),
    ("agreed", 1.0, r"\b(?:leaders|presidents|ministers|advisors|advisers|sides|both|all three|"
                    r"the two|they)\s+(?:also\s+)?(?:committed|resolved|pledged|decided)\s+to\s+"
                    # (nor a commitment to go on as before: "committed to remain in close
                    # consultation", "resolved to coordinate closely", as with "agreed to")
                    r"(?!(?:work|continue|keep|negotiat\w*|talk|explore|consider|" + _PROCEDURE +
                    r")\b)" + _NOT_SOUGHT),
    # (a deal still to accept or approve is no deal: "hopeful that creditors will accept the deal",
    # "asked shareholders to approve the merger")
    ("agreed", 2.0, rf"{_NOT_YET}\baccept(?:ed|s)?\s+{_A}(?:{_DEAL}|proposal)"),
    ("agreed", 2.0, rf"\bannounc(?:e|ed|es|ing)\s+{_A}{_MODIFIERS}(?:{_DEAL})"),
    # shareholders or a board approving or ratifying a deal: it is agreed
    # (a bidder's board approving "the possible takeover" approves its own plan: no deal yet)
    ("agreed", 2.0, rf"{_NOT_YET}\b(?:approv(?:e|ed|es)|ratif(?:y|ied|ies))\s+{_A}"
                    rf"(?:(?!(?:possible|potential|planned|prospective)\b)[\w-]+\s+){{0,2}}?"
                    rf"(?:{_DEAL}|merger|takeover|acquisition)"),
    # "the takeover will still have to be approved by shareholders": the sides have agreed it
    ("agreed", 1.5, rf"\b(?=\w)(?:{_DEAL}|merger|takeover|acquisition)\b[^.;]{{0,60}}?\b(?:subject\s+to|"
                    r"(?:has|have|needs?|need)\s+to\s+be|must\s+(?:still\s+)?be)\s+(?:\w+\s+)?"
                    r"(?:approved|ratified|cleared|approval|ratification)\b"),
    # a deal entered into is made ("entered into a definitive agreement to acquire Bolt";
    # "to enter into an agreement" is still ahead, "entered into talks" no deal; "entered into
    # the standstill agreement" is most often an earlier deal the story recalls)
    ("agreed", 2.0, rf"{_NOT_YET}\bentered\s+into\s+(?:an?|two|three|several)\s+{_NOT_PROPOSED}"
                    rf"(?:{_DEAL})s?\b"),
    # what the sides agreed, told with when or by whom ("the package of measures agreed early
    # today by farm ministers", "the cuts agreed last night"): a deal made
    ("agreed", 2.0, r"\b(?=\w)(?:package|plan|measures|terms|reforms?|compromise|quotas?|cuts|"
                    r"deal|agreement|accord|pact|settlement)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?"
                    r"agreed\s+(?:(?:early|late)\s+)?(?:today|yesterday|tonight|last\s+night|"
                    r"this\s+(?:morning|week)|overnight|by)\b"),
    # ("hailed a deal": welcomed it)
    ("agreed", 1.5, rf"\b(?:welcom(?:e|ed|es|ing)|hail(?:ed|s|ing)?)\s+{_A}(?:\w+\s+)?(?:{_DEAL}|"
                    r"announcement|decision)"),
    # "principles that all of us signed up to": an endorsement, not a signature
    # (and what is done "under the debt agreement" is done under a deal that exists)
    # (not "illegal under the General Agreement on Tariffs and Trade": a name)
    # (nor "the letter signed by 16 members", "a bill signed into law": a paper signed is no deal)
    ("agreed", 1.0, rf"(?<!\bletter )(?<!\bletters )(?<!\bpetition )(?<!\bbill )(?<!\blegislation )"
                    rf"(?<!\border )(?<!\bstatement )(?<!\bmemo )(?<!\bcheck )(?<!\bcheque )"
                    rf"\bsigned\b(?!\s+up\b)(?!\s+into\s+law\b)|\bunder\s+the\s+(?:terms\s+of\s+the\s+)?"
                    rf"{_NOT_PROPOSED}(?:{_DEAL})\b(?!\s+on\s+tariffs\b)"),
    # a deal whose content is told in the present ("the agreement calls for repayments over
    # three years", "terms of the debt accord provide ...", "the pact extends a standstill")
    # exists: it was made (a proposed, draft or possible one is still to make)
    ("agreed", 1.5, rf"\b(?=\w)(?:the|this|that|its|their)\s+{_NOT_PROPOSED}(?:{_DEAL})\s*,?\s+"
                    r"(?:also\s+)?(?:provides|calls\s+for|requires|extends|gives|allows|"
                    r"stipulates|obliges|permits)\b|"
                    rf"\bterms\s+of\s+(?:the|this|that|its|their)\s+{_NOT_PROPOSED}(?:{_DEAL})\s+"
                    r"(?:also\s+)?(?:call\s+for|provide|require|give|allow|include)\b"),
    # implementing
    ("implementing", 2.0, r"\b(?:took|take|takes|went|go|goes|came|come|comes|entered|enter|enters)"
                          r"\s+(?:into\s+)?(?:effect|force)\b|\bin effect\b"),
    # ("the ceasefire in Syria held for a second day", "Syria ceasefire holds")
    ("implementing", 2.0, rf"\b(?:{_DEAL})(?:\s+in\s+(?:the\s+)?[\w-]+)?\s+"
                          r"(?:is\s+|has\s+been\s+|was\s+)?(?:holding|held|holds)\b"),
    ("implementing", 1.5, r"\binto force\b"),
    # "the truce, which over the past year has brought calm": a truce that has held, brought or
    # seen something is in force
    ("implementing", 1.5, r"\b(?:truce|cease-?fire|armistice)\b[^.;]{0,60}?\b(?:has|have)\s+"
                          r"(?:largely\s+|mostly\s+|so\s+far\s+|now\s+|already\s+)?(?:held|brought|"
                          r"witnessed|seen|delivered|produced|ensured)\b"),
    # a deal the sides respect, observe, uphold, maintain, stand by or stick to is in force (as
    # one violated)
    ("implementing", 2.0, rf"\b(?:respect\w*|observ(?:e|es|ed|ing)|uph(?:old|olds|eld|olding)|"
                          rf"maintain\w*|abid\w*\s+by|adher\w*\s+to|stand(?:s|ing)?\s+by|"
                          rf"stood\s+by|stick(?:s|ing)?\s+(?:firmly\s+)?to|stuck\s+to|"
                          rf"honou?r(?:s|ed|ing)?)\s+{_A}(?:[\w-]+\s+){{0,2}}?(?:{_DEAL})\b"),
    # a deal the sides reaffirm, strengthen, reinforce or bolster exists and is in force
    # ("the ministers reaffirmed their Paris accord", "ways of strengthening the currency
    # pact"): what is shored up was agreed before (not "reaffirmed their commitment to a deal";
    # nor "modifications that would strengthen the present agreement": what a proposal would do
    # to a deal under negotiation)
    ("implementing", 2.0, rf"(?<!\bwould )(?<!\bcould )(?<!\bmight )(?<!\bmay )"
                          rf"\b(?:reaffirm(?:ed|s|ing)?|strengthen(?:ed|s|ing)?|reinforc(?:e|ed|es|ing)|"
                          rf"shor(?:e|ed|es|ing)\s+up|bolster(?:ed|s|ing)?)\s+(?:the|their|its|this|"
                          rf"that|our)\s+(?:(?!(?:commitments?|support|call|calls|opposition|"
                          rf"hopes?|efforts?|search|quest|push)\b)[\w-]+\s+){{0,2}}?(?:{_DEAL})\b"),
    # a deal one side is said to violate, or to comply with, is in force
    ("implementing", 2.0, rf"\b(?:violat(?:e|ed|es|ing|ions?\s+of)|(?:compl(?:y|ied|ies|iance)|"
                          rf"non-?compliance)\s+with|(?:live[sd]?|living)\s+up\s+to)\s+"
                          rf"(?:the\s+terms\s+of\s+)?{_A}(?:[\w.-]+\s+){{0,5}}?(?:{_DEAL})\b"),
    # ... and so is one that actors undermine ("those who undermine the state and the peace
    # agreement"); not what undermines the work toward one ("undermine efforts to reach a deal",
    # "undermine the talks on a truce")
    ("implementing", 2.0, rf"\bundermin(?:e|ed|es|ing)\s+{_A}(?:(?!(?:efforts?|talks|negotiations|"
                          rf"hopes?|chances?|prospects?|search|quest|push|bid|work|process|to|for|"
                          rf"toward|towards|on|of|reach\w*|any)\b)[\w.-]+\s+){{0,5}}?(?:{_DEAL})\b"),
    ("implementing", 1.5, r"\b(?:being|was|were|been)\s+implemented\b|\bimplementation\s+of\s+the\b"),
    ("implementing", 1.5, rf"\bextend(?:ed|s|ing)?\s+{_A}(?:{_DEAL}|pause)|\bextension of the\b"),
    # an exchange or release being carried out, or welcomed as done: the deal is carried out
    ("implementing", 2.0, r"\bwelcom\w*\s+(?:the|today['’]s|this)\s+(?:\w+\s+){0,2}?(?:exchange|swap|"
                          r"release)\s+of\b|\b(?:exchange|swap)\s+(?:is|was)\s+being\s+(?:overseen|"
                          r"carried\s+out|conducted)\b"),
    # ongoing
    ("ongoing", 0.6, r"\b(?:talks|negotiations|negotiating|negotiate|discussions|met|meeting|"
                     r"meetings|round of talks|consultations|mediation|diplomacy)\b"),
    ("ongoing", 1.0, r"\b(?:progress|resum(?:e|ed|es|ption)|continu(?:e|ed|es|ing) to (?:work|"
                     r"negotiate|talk)|working (?:on|toward|towards)|constructive|productive)\b"),
    # exploratory
    ("exploratory", 1.2, r"\b(?:offer(?:ed|s)?|propos(?:e|ed|es))\s+(?:to\s+(?:hold\s+)?)?"
                         r"(?:talks|negotiations|a\s+(?:draft\s+)?(?:treaty|framework|plan))\b"),
    ("exploratory", 1.2, r"\b(?:exploratory|preliminary)\s+(?:talks|contacts|discussions)\b"),
    ("exploratory", 1.2, r"\b(?:willing(?:ness)?|ready|open)\s+to\s+(?:talk|negotiate|"
                         r"discuss|accept|talks|negotiations)\b"),
    ("exploratory", 1.0, r"\bcall(?:ed|s|ing)?\s+for\s+(?:talks|negotiations|dialogue)\b"),
    ("exploratory", 1.0, r"\bpossibility of\b"),
    # appeals, offers and proposals of a meeting: nobody is at a table yet
    ("exploratory", 1.0, r"\bappeal(?:ed|s|ing)?\s+(?:to|for)\b|\bpeace\s+(?:calls?|appeals?|"
                         r"initiatives?|overtures?)\b"),
    ("exploratory", 1.2, r"\b(?:propos(?:e|ed|es|ing)|offer(?:ed|s|ing)?|suggest(?:ed|s)?)\s+"
                         r"(?:an?\s+|to\s+hold\s+an?\s+)?(?:\w+\s+)?(?:meeting|summit)\b"),
    # a mediator's plan put to the sides, their answers awaited
    ("exploratory", 1.2, r"\b(?:plan|proposals?|blueprint)\b[^.]{0,80}?\b(?:delivered|sent|"
                         r"submitted|presented|handed)\s+to\s+(?:the\s+)?(?:two\s+|both\s+|"
                         r"warring\s+)?(?:sides|parties|governments|capitals)\b"),
    ("exploratory", 1.0, r"\b\w+-point\s+(?:peace\s+)?(?:plan|proposal)\b"),
    # breaking a deadlock is progress, not a stall
    ("ongoing", 2.0, r"\b(?:br(?:oke|eak|eaks|eaking|oken))\s+(?:the\s+|a\s+|an\s+|this\s+)?"
                     r"(?:deadlock|impasse|stalemate|logjam)\b"),
    # stalled
    ("stalled", 2.0, r"\b(?:stall(?:ed|ing|s)?|deadlock(?:ed)?|impasse|stalemated?)\b"),
    # "standstill" is stuck talks only in its idiom ("came to a standstill"); alone it is a
    # freeze agreed ("a standstill agreement", GATT's "standstill and rollback")
    ("stalled", 2.0, r"\b(?:at|to|into|reached|reach|hit)\s+(?:an?\s+|the\s+)?(?:complete\s+|"
                     rf"virtual\s+|total\s+)?standstill\b(?!\s+(?:{_DEAL})s?\b)"),
    # "with little success", "without any headway"
    ("stalled", 1.5, r"\b(?:little|scant|limited|no|without\s+(?:any\s+)?)\s+(?:success|headway)\b|"
                     r"\b(?:little|scant|limited)\s+progress\b"),
    # no new talks in sight ("no new coffee agreement talks are expected", "sees no further
    # negotiations soon"): the talks there were have stopped
    ("stalled", 2.0, r"\bno\s+(?:new|fresh|further)\s+(?:round\s+of\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?:talks|negotiations)\b"),
    # a labour strike under way is talks that failed ("344 members went on strike at the mill",
    # "the miners remained on strike", "after four days of industrial action"); "will go on
    # strike", "threatened to go on strike", "before workers go on strike", "will stay on
    # strike", "a week of strike action beginning on April 3" are threats or plans, "called
    # off" one is over
    # ("(?=\w)" keys it by its last words alone: it runs only in sentences holding them)
    ("stalled", 1.5, r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bmay )(?<!\bcould )(?<!\bmight )"
                     r"\b(?=\w)(?:went|gone|are|were|is|was|remain(?:ed|s)?|stay(?:ed|s)?|still|been)"
                     r"\s+on\s+strike\b|\b(?=\w)(?:after|following|despite|since)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:days|weeks|months)\s+of\s+(?:industrial\s+action|strikes)\b"),
    ("stalled", 1.5, r"\b(?:no progress|stuck|setback|broke off|walked out|suspend(?:ed|s)?\s+"
                     r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations))\b"),
    # (and the other verbs of a deal made: "failed to conclude an agreement", "unable to come
    # to terms", "failed to hammer out a compromise")
    ("stalled", 1.5, r"\b(?:fail(?:ed|s|ing)?|unable)\s+to\s+(?:reach|get|agree|secure|produce|"
                     r"clinch|make|find|achieve|resolve|settle|bridge|break|conclude|finali[sz]e|"
                     r"complete|hammer\s+out|work\s+out|come\s+to|arrive\s+at)\b"
                     r"|\b(?:ended|end|ends|adjourn(?:ed|s)?|recess(?:ed|es)?|broke\s+up|break\s+up|"
                     r"closed|finished)(?:\s+\w+){0,3}?\s+without\s+(?:an?\s+|any\s+)?(?:deal|"
                     r"agreement|accord|breakthrough)"
                     # ("no agreement has yet been reached", "no accord had been reached",
                     # "no breakthrough is in sight": any tense of the same statement)
                     r"|\bno\s+(?:deal|agreement|accord|settlement|breakthrough|compromise)\s+"
                     r"(?:(?:was|is|has|had|have|could|can)\s+)?(?:yet\s+)?(?:been\s+|be\s+)?"
                     r"(?:reached|in\s+sight|achieved|struck)\b"),
    # talks that came to nothing ("after several unsuccessful bilateral negotiations", "the
    # failed negotiations", "fruitless talks")
    ("stalled", 1.5, r"\b(?:unsuccessful|fruitless|abortive|futile|failed)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:talks|negotiations|rounds?\s+of\s+talks|consultations)\b"),
    # collapsed
    ("collapsed", 2.0, r"\b(?:collaps(?:e|ed|es|ing)|broke down|break down|breakdown|fell apart|"
                       r"falls? apart|founder(?:ed|ing)|fell\s+through|falls?\s+through|"
                       r"unravel(?:l?ed|s|l?ing)?)\b"),
    ("collapsed", 2.0, rf"\b(?:call(?:ed|s)? off|abandon(?:ed|s)|terminat(?:ed|es)|scrapp?(?:ed|s)|"
                       rf"torpedoed|tore up)\s+{_A}(?:[\w-]+\s+)?(?:{_DEAL}|talks|negotiations|"
                       rf"merger|takeover)"),
    # "acquisition terminated", "the merger agreement was called off"
    ("collapsed", 2.0, rf"\b(?:{_DEAL}|talks|negotiations|merger|takeover|acquisition)\s+"
                       r"(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|is\s+|are\s+)?"
                       r"(?:terminated|called\s+off|scrapped|abandoned|cancell?ed)\b"),
    ("collapsed", 1.5, rf"\b(?:withdr(?:ew|awn|aw)|pull(?:ed)? out)\s+(?:of|from)\s+{_A}"
                       rf"(?:{_DEAL}|talks|negotiations)"),
    ("collapsed", 1.5, rf"\breject(?:ed|s)?\s+{_A}(?:[\w'’-]+\s+){{0,2}}?(?:{_DEAL}|proposal|offer|plan)"),
    # "the locals rejected a tentative contract": the deal reached fell (as in the passive below)
    ("collapsed", 4.5, rf"\b(?:reject(?:ed|s)?|vot(?:ed|es)\s+down)\s+{_A}(?:tentative|provisional|"
                       rf"draft|proposed|negotiated)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEAL})"),
    # "a tentative agreement … which was rejected by the rank and file": the deal reached
    # fell, which outweighs its having been reached
    ("collapsed", 4.5, rf"\b(?:{_DEAL})\b[^.;]{{0,80}}?\b(?:was|were|has\s+been|had\s+been)\s+"
                       rf"(?:\w+\s+)?(?:rejected|voted\s+down)\b"),
    ("collapsed", 1.0, r"\bfail(?:ed|s|ure|ures)?\b(?!\s+to)"),
]

# Headlinese: a headline tells what happened in the present tense ("STELCO, USWA REACH CONTRACT
# SETTLEMENT", "KEYCORP AGREES TO ACQUIRE UTAH BANK", "HUTTON ENDS PUROLATOR BID", "FRANCO-GERMAN
# PARLEY FAILS TO UNBLOCK FARM TALKS", "Blair hails Turkey-EU talks deal"), "A and B to meet" a
# meeting ahead.
# These are the present forms of the cues above, read in the title only (in running text "they
# agree to" is as often a condition or a plan).
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
    ("agreed", 2.0, r"\bagrees?\s+(?:to|on|upon)\s+(?!(?:" + _FIRST_STEP + "|" + _PROCEDURE +
                    r")\b)"),
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
    # the present forms of the failures above ("broke off", "walked out", "broke down",
    # "pulled out of talks")
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
HISTORICAL_WORDS = re.compile(r"\b(?:previous|earlier|former|prior|"
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
                            r"(?:general|national|pay|wage|labou?r)\s+strikes?)\b",
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
