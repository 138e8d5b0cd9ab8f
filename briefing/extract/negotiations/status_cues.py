"""The status cues of running text: (label, weight, pattern) for every sentence.

The tracker scores every sentence with :data:`STATUS_CUES` (see
:mod:`~briefing.extract.negotiations.lexicon`, which also holds the headline's present-tense
cues built from the same fragments: a deal's nouns, an article, the first steps of talks).
"""

from __future__ import annotations

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
              # (agreeing on a need -- "agreed on the need to find a solution", "agreed on
              # Ruritania's need for growth" -- is sharing a view, as on an urgency)
              r"(?:the\s+|[\w.-]+['’]s\s+)?(?:urgency|importance|need|necessity|next\s+steps)")

# a month's name, whole ("in December", "in Dec", "struck on Sept"): not any word it opens
# ("in maybe", "struck at Maykop", "struck from Novorossiysk" name no month)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|"
          r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")

# when a deal was agreed, told between the verb and what was agreed ("agreed last Friday with
# its bank committee to lower the margin", "agreed yesterday to cut output", "agreed after 36
# hours of negotiations the details of ..."): the adverbial leaves the agreement what it is
_WHEN = (r"(?:(?:(?:late|early)\s+)?(?:yesterday|today|tonight|overnight)|"
         r"(?:last|this|earlier\s+this)\s+(?:week|month|weekend|night|year|"
         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
         rf"in\s+{_MONTH}|"
         r"after\s+(?:[\w-]+\s+){1,5}?(?:talks|negotiations|discussions|meetings?|hours|days|"
         r"weeks|months))\s+")

# what talks that fail to make a deal fail to do ("failed to conclude an agreement", "unable to
# come to terms", "failed to hammer out a compromise")
_FAILED_DEAL_VERBS = (r"(?:reach|get|agree|secure|produce|clinch|make|find|achieve|resolve|"
                      r"settle|bridge|break|conclude|finali[sz]e|complete|hammer\s+out|"
                      r"work\s+out|come\s+to|arrive\s+at)")

# a verb's base form after a marker of the future, a wish or a duty: not done yet
_NOT_YET = (r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )"
            r"(?<!\bcan )(?<!\bshould )(?<!\bmust )(?<!\bnot )")

# A workplace a strike hits and the time it began ("struck the company's mill", "struck at
# midnight", "struck on Monday"): the stalled cue below and the lexicon's negotiation words
STRUCK_PLACE = r"(?:plant|mill|mines?|factory|factories|shipyards?|refinery|docks|facilit(?:y|ies))"
STRUCK_WHEN = rf"(?:midnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTH})"

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
    ("agreed", 1.5, r"(?<!\bbe )\bagreed\s+(?:" + _WHEN + r")?(?:to|on|upon)\s+(?!the possibility)"
                    r"(?!(?:" + _FIRST_STEP + "|" + _PROCEDURE + r")\b)"),
    # ... and so is one agreed "in principle" or "with" the other side ("agreed in principle to
    # sell its unit to Bolt", "agreed with Bolt and Acme to form a company"; "agreed with him
    # that ..." is an opinion)
    ("agreed", 1.5, r"(?<!\bbe )\bagreed\s+(?:" + _WHEN + r")?(?:in\s+principle\s+(?:to|on|upon)|with\s+"
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
                    rf"(?:{_DEAL}|terms)\b|\bagreed\s+(?:{_WHEN})?{_A}(?:new\s+|revised\s+|final\s+|"
                    rf"fine\s+)?(?:terms|details|{_DEAL})\b"),
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
    # (nor a law or an order one office signs alone: "signed an executive order on chips",
    # "signed the new budget bill", "the statute passed by Congress and signed by the President")
    ("agreed", 1.0, rf"(?<!\bletter )(?<!\bletters )(?<!\bpetition )(?<!\bbill )(?<!\blegislation )"
                    rf"(?<!\border )(?<!\bstatement )(?<!\bmemo )(?<!\bcheck )(?<!\bcheque )"
                    rf"(?<!\bstatute )(?<!\blaw )(?<!\bdecree )(?<!\bcongress and )"
                    rf"(?<!\bparliament and )(?<!\blegislature and )"
                    rf"\bsigned\b(?!\s+up\b)(?!\s+into\s+law\b)(?!\s+(?:an?|the|this|that|his|"
                    rf"her|its|their|two|three|several|new)\s+(?:[\w-]+\s+){{0,2}}?(?:executive\s+"
                    rf"orders?|bills?|laws?|legislation|proclamations?|decrees?|statutes?|"
                    rf"ordinances?)\b)|\bunder\s+the\s+(?:terms\s+of\s+the\s+)?"
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
    # (not the preposition "with respect to the ceasefire", "in respect of the accord")
    ("implementing", 2.0, rf"\b(?:respect(?:s|ed|ing)?\b(?!\s+(?:to|of)\b)|observ(?:e|es|ed|ing)|uph(?:old|olds|eld|olding)|"
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
    # ... and so is a strike told by the sector it hits, the workforce's vote, its length or
    # the workforce staging it ("the strike-hit cargo sector", "members voted to strike over
    # cuts", "a three-day-old strike", "a series of strikes by dockers"); not one the talks
    # are to end or avert ("talks to end a six-day strike"), nor one a settlement ends ("a
    # settlement in a four-day strike"), nor one voted only if a demand is not met
    ("stalled", 1.5, r"\bstrike-(?:hit|bound)\b|"
                     r"\b(?=\w)(?:voted|decided)\s+(?:\w+\s+)?to\s+(?:go\s+on\s+)?strike\b"
                     r"(?![^.;]{0,60}?\b(?:unless|if)\b)|"
                     r"(?<!\bsettlement in )(?<!\bagreement in )(?<!\bdeal in )(?<!\bend to )"
                     r"(?<!\bend )(?<!\bending )(?<!\bended )(?<!\bavert )(?<!\baverting )"
                     r"(?<!\bhalt )(?<!\bsettle )(?<!\bprevent )(?<!\bbefore )(?<!\bcalled off )"
                     r"(?<!\bcall off )\b(?:a|the|an)\s+(?:[\w]+-)?(?:hour|day|week)(?:-old)?\s+"
                     r"(?:national\s+|general\s+)?(?:strike|stoppage|walkout)\b|"
                     r"(?<!\bend )(?<!\bending )(?<!\bavert )(?<!\baverting )(?<!\bprevent )"
                     r"\b(?:a|the)\s+series\s+of\s+(?:[\w-]+\s+)?(?:strikes|stoppages)\b"),
    # ... and so is a strike told as begun, as the time things happen in, or by its pickets,
    # its strikebreakers and the workplace struck ("the strike by the technicians began after
    # the company imposed a contract", "services during the strike", "crossed picket lines",
    # "members struck the company's mill at midnight", "struck on Monday"); not a strike to
    # avert or end ("to avert a strike which began"), nor one over ("since the strike ended"),
    # nor a hunger strike, a deal struck or a blow; a deal is made with "strikers" and a
    # walk-off is told as it began, whatever has happened since: no cue of where things stand
    ("stalled", 1.5, r"(?<!\bend )(?<!\bending )(?<!\bended )(?<!\bavert )(?<!\baverting )"
                     r"(?<!\bprevent )(?<!\bsettle )\b(?:the|a|an|its|their)\s+"
                     r"(?:(?!hunger\b|warning\b|token\b|air\b)[\w-]+\s+)?(?:strike|walkout|stoppage)\s+"
                     r"(?:(?:which|that)\s+|by\s+(?:[\w'’,-]+\s+){1,16}?)?(?:began|started)\b|"
                     r"\b(?:during|since)\s+(?:the|a|an|their|its)\s+"
                     r"(?:(?!hunger\b|warning\b|token\b|air\b)[\w-]+\s+){0,2}?strike\b"
                     r"(?!\s+(?:ended|was\s+(?:settled|called\s+off)|threat|ballot|vote)\b)|"
                     r"\bpicket\s+lines?\b|\bstrike-?breakers\b|"
                     r"\bstruck\s+(?!(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|"
                     r"bargain|blow|compromise|balance|note|chord)\b)(?:[\w<>.'’,-]+\s+){0,6}?"
                     + STRUCK_PLACE + r"\b|\bstruck\s+(?:on|at|from)\s+" + STRUCK_WHEN + r"\b"),
    ("stalled", 1.5, r"\b(?:no progress|stuck|setback|broke off|walked out|suspend(?:ed|s)?\s+"
                     r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations))\b"),
    # (and the other verbs of a deal made: "failed to conclude an agreement", "unable to come
    # to terms", "failed to hammer out a compromise")
    ("stalled", 1.5, r"\b(?:fail(?:ed|s|ing)?|unable)\s+to\s+" + _FAILED_DEAL_VERBS +
                     r"\b"
                     # ("ended their talks early on Monday morning without agreement")
                     r"|\b(?:ended|end|ends|adjourn(?:ed|s)?|recess(?:ed|es)?|broke\s+up|break\s+up|"
                     r"closed|finished)(?:\s+\w+){0,6}?\s+without\s+(?:an?\s+|any\s+)?(?:deal|"
                     r"agreement|accord|breakthrough)"
                     # ("no agreement has yet been reached", "no accord had been reached",
                     # "no breakthrough is in sight": any tense of the same statement)
                     r"|\bno\s+(?:deal|agreement|accord|settlement|breakthrough|compromise)\s+"
                     r"(?:(?:was|is|has|had|have|could|can)\s+)?(?:yet\s+)?(?:been\s+|be\s+)?"
                     r"(?:reached|in\s+sight|achieved|struck)\b"),
    # talks that failed to do anything failed, whatever the verb ("last-ditch talks failed to
    # solve the row", "the meeting failed to produce ..."): the subject, not the verb, says
    # that the talks came to nothing (a side that "failed to pay" is another matter)
    ("stalled", 1.5, r"\b(?=\w)(?:talks|negotiations|meetings?|summit|mediation|consultations)\s+"
                     r"(?:[\w-]+\s+){0,6}?(?:(?:have|has|had)\s+)?fail(?:ed|s)?\s+to\s+"
                     # (the verbs of a deal made are the cue above)
                     r"(?!" + _FAILED_DEAL_VERBS + r"\b)\w"),
    # a side that refuses to negotiate, or says it is not negotiating, holds the talks up ("the
    # ministry is not negotiating with the importers", "refused to negotiate with the union")
    ("stalled", 1.5, r"\b(?:refus(?:e|es|ed|ing)\s+to|(?:is|are|was|were)\s+not|(?:will|would)"
                     r"\s+not|won['’]t)\s+negotiat(?:e|ing)\s+with\b"),
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
