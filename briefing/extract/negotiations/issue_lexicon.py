"""The agenda lexicon: issue keys and their trigger patterns, the terms of economic deals,
and the cues that give an agenda item its status.

Issue keys follow the list in the evaluation format (``GOLD_FORMAT.md``); finer keys (quotas,
tariffs, the terms of debt, labour, takeover, commodity and budget deals) are exported under
their family (``briefing.model.ISSUE_FAMILY``).  Split from :mod:`.lexicon` (the thread and
status cues), which it reads for the deal nouns.  English news and diplomatic wording written for
this project; nothing is tied to one conflict.
"""

from __future__ import annotations

import re

from briefing.extract.gate import gated, lowered
from briefing.extract.negotiations.status_cues import _DEAL

# A deal still to be concluded or finalised, as an item: "a peace agreement", "that agreement
# within this period", "the comprehensive settlement"; not "the deal" or "the agreement" bare,
# which is the thread's own deal (finalising it is the negotiation, not an item of its agenda)
_DEAL_TO_END = (r"(?:(?:a|an|that)\s+(?:\w+\s+)?|the\s+(?!(?:agreement|treaty|deal|accord|"
                r"settlement)\b)\w+\s+)(?:agreement|treaty|deal|accord|settlement)\b")
# Agenda issues: key -> trigger pattern (longest, most specific first at match time).
ISSUES: list[tuple[str, str]] = [
    # ("law enforcement" is policing, not the enforcement of a deal)
    ("enforcement", r"\b(?:enforc(?<!law enforc)(?:e|ed|es|ing|ement)|consequences(?!\s+for\b)|if the (?:cease-?fire|truce|deal|agreement) "
                    r"(?:fails|collapses|breaks down)|compliance|accountab\w*|"
                    # violations of the deal, not of human rights or the law in general
                    # (the lookbehind after the first word, so that every alternative opens
                    # with a letter and the regex engine skips other positions in C)
                    r"violation(?<!rights violation)s?(?!\s+of\s+(?:the\s+)?(?:human|civil|basic|"
                    r"international|rights|law|sanctions)\b))\b"),
    ("joint_strikes", r"\b(?:coordinat\w*|joint|combined)\s+(?:air\s*)?strikes\b|"
                      r"\bjoint (?:military )?operations?\b|\bstrikes\s+(?:jointly|together)\b"),
    ("intelligence_sharing", r"\b(?:share|shares|shared|sharing|exchange)\s+(?:of\s+)?"
                             r"(?:intelligence|information)\b|\bintelligence[- ]sharing\b"),
    ("air_force_grounding", r"\bair ?force\b(?:\s+\w+){0,3}\s+grounded\b|\bground(?:ing|ed)?\s+"
                            r"(?:\w+\s+){0,2}(?:air ?force|aircraft|planes|warplanes)\b|"
                            r"\bno-fly zones?\b"),
    # the end state the talks work toward, beyond the truce: "a lasting peace", "a two-state
    # solution", "the peace process", "a roadmap for ending the war" (before the cease-fire,
    # whose "ending the war" it holds)
    # (a "permanent settlement outside Gaza" is where people live: only a peace is permanent)
    ("settlement", r"\b(?:lasting|durable|comprehensive|just|permanent|enduring|sustainable|"
                   r"long-term|final|negotiated)\s+(?:(?:and|,)\s*[\w-]+\s+)?peace\b|"
                   r"\b(?:lasting|durable|comprehensive|just|enduring|sustainable|long-term|final|"
                   r"negotiated)\s+(?:(?:and|,)\s*[\w-]+\s+)?(?:settlement|resolution)\b|"
                   r"\btwo-state solution\b|\bpeace process\b|"
                   r"\broadmap (?:for|to|toward|towards) (?:ending|end) (?:the |this |a )?(?:war|"
                   r"conflict|fighting)\b"),
    ("ceasefire", r"\b(?:cease-?fires?|ceasefires?|truces?|cessations? of hostilities|armistice|"
                  r"halt (?:to )?the fighting|stop the fighting|end (?:to )?the war|war stops|"
                  r"end(?:ing)?\s+(?:to\s+)?(?:the|a|this)\s+(?:[\w-]+\s+){0,3}?war\b|"
                  r"stop\s+the\s+bloodshed|end(?:ing)?\s+(?:to\s+)?the\s+violence|"
                  r"halt(?:ing)?\s+(?:to\s+)?the\s+violence|stop(?:ing)?\s+(?:to\s+)?the\s+violence|"
                  r"stops the war|end the killing|killing\b[^.]{0,40}\bmust stop|"
                  r"safe navigation|"
                  r"humanitarian\s+pauses?\s+in\s+(?:the\s+)?(?:fighting|hostilities)|"
                  r"pauses?\s+in\s+(?:the\s+)?(?:fighting|hostilities)|"
                  r"humanitarian\s+pauses?)\b"),
    # (not a figure of speech: "holding our economy hostage", "hold us hostage")
    ("hostage_release", r"(?<!economy )(?<!funding )(?<!budget )(?<!bill )(?<!legislation )"
                        r"(?<!process )(?<!\bus )(?<!\bit )\bhostages?\b"),
    ("prisoner_exchange", r"\b(?:prisoners?|detainees?)\b"),
    # (international humanitarian law is the law of war, not aid; "import relief" and
    # "relief for debt-ridden countries" are trade and debt)
    ("humanitarian_aid", r"\bhumanitarian\b(?!\s+law\b)|\baid (?:deliveries|shipments|convoys|access|flows?|"
                         r"trucks)\b|\b(?:delivery|deliveries|flow|entry) of (?:humanitarian )?"
                         r"(?:aid|assistance)\b|(?<!debt )(?<!tax )(?<!sanctions )(?<!import )(?<!trade )(?<!tariff )"
                         r"(?<!mortgage )(?<!interest )\brelief\b(?!\s+(?:for|to)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:debt|debtors?|debt-ridden)\b)|"
                         r"\bdeliver\w*\s+(?:much-needed\s+)?"
                         r"(?:food|medicine|medical supplies)\b"),
    # a withdrawal needs a military object ("withdraw regulations" is no troop withdrawal)
    ("troop_withdrawal", r"\b(?:withdraw\w*|pull(?:s|ed|ing)?[- ]?(?:out|back))\s+(?:of\s+|from\s+)?"
                         r"(?:(?:the|its|their|all|some|foreign|[\w’'-]+)\s+){0,3}(?:troops|forces|"
                         r"soldiers|units|army|armies|military|personnel|brigades?|battalions?)\b|"
                         r"\b(?:troops|forces|soldiers|units|army|military)\s+(?:\w+\s+){0,3}?"
                         r"(?:withdr\w*|pull(?:s|ed|ing)?[- ]?(?:out|back)|leave|out|redeploy\w*)\b|"
                         r"\bredeploy\w*|\bcorridors?\b(?=[^.]{0,80}\b(?:forces|troops|military|"
                         r"soldiers|army)\b)"),
    # a line named as a place ("along the Blue Line") is where, not what is delineated
    ("border_delineation", r"\b(?:border demarcation|demarcat\w*|delineat\w*|"
                           r"border (?:dispute|line))\b"),
    ("territorial_control", r"\b(?:areas?|territory|territories|regions?)\s+(?:are\s+|is\s+)?"
                            r"(?:controlled|held)\s+by\b|\bcontrol of (?:territory|the area)\b|"
                            r"\bwhich areas\b"),
    ("political_transition", r"\bpolitical (?:transition|settlement|solution|process)\b|"
                             r"\btransitional (?:government|authority)\b|"
                             # an election as a term of the deal, not a vote already held
                             # nor an election that only dates the story ("in the lead-up to
                             # the next general election", "before the last election")
                             r"(?<!\bwon the )(?<!\bwin the )(?<!\bafter the )(?<!\bsince the )"
                             r"(?<!\bnext )(?<!\bgeneral )(?<!\blast )(?<!\bprevious )"
                             r"(?<!\bupcoming )(?<!\bforthcoming )(?<!\bmidterm )"
                             r"\belections?\b(?!\s+(?:results?|day|night|campaign))"),
    ("leader_departure", r"\b(?:leave|leaving|relinquish\w*|give up)\s+power\b|\bstep(?:ping)? "
                         r"down\b|\bdeparture of\b|\boust\w*\b"),
    ("security_guarantees", r"\bsecurity (?:guarantees?|interests|arrangements|assurances)\b|"
                            # a guarantee of security, not of a loan, a price, quality or a
                            # membership ("will not guarantee any of the debt", "guaranteed
                            # quality", "did not guarantee his country full membership"): one
                            # a power gives ("binding guarantees", "a UN guarantee"), or one of
                            # a state's security, borders, a truce
                            r"\b(?:binding|written|legal|firm|iron-?clad|international|western|"
                            r"nato|un|american|mutual|credible|reliable|concrete)\s+guarantees?\b|"
                            # (the object in a lookahead: "a guarantee of the cease-fire" keeps
                            # its cease-fire item)
                            r"\bguarantee\w*(?=\s+(?:it|them)\b|\s+(?:of\s+|for\s+|against\s+)?"
                            r"(?:[\w'’-]+\s+){0,3}?(?:security|safety|sovereignty|borders?|"
                            r"territor\w*|cease-?fire|truce|peace|protection|neutrality|"
                            r"independence|non-aggression|survival|defen[cs]e|deal|agreement|"
                            r"accord|pact)\b)|\bsecure (?:\w+ )?from\b"),
    # topics beyond security: each its own key, so that an agenda says which economic file
    ("sanctions_relief", r"\b(?:lift\w*|eas(?:e|ed|es|ing)|relax\w*|remov\w*|suspend\w*)\s+"
                         r"(?:of\s+)?(?:the\s+|some\s+|all\s+)?(?:\w+\s+)?sanctions\b|"
                         r"\bsanctions relief\b"),
    ("accession", r"\b(?:accession|membership|full member|(?:apply|applied|application|bid)\s+"
                  r"to\s+join)\b"),
    # a commodity council's files: the division of the quotas among its members is another
    # item than whether there are quotas ("a new formula for calculating quotas", "the
    # previous export quota shares"), and the group's output ceiling another than its exports
    ("quota_shares", r"\b(?:export |import |market |production )?quota (?:shares?|allocations?|"
                     r"distribution|redistribution)\b|\b(?:shares?|allocation|distribution|"
                     r"redistribution|division)\s+of\s+(?:the\s+)?(?:\w+\s+)?quotas?\b|"
                     r"\b(?:calculat|distribut|allocat|redistribut)\w*\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                     r"quotas?\b|\bquotas?\s+(?:should|would|will|are to|were to|to)\s+be\s+"
                     r"(?:calculated|distributed|allocated|shared|divided)\b|"
                     r"\bformula for (?:calculating|distributing|allocating|sharing)\b"),
    ("output", r"\b(?:output|production)\s+(?:ceilings?|quotas?|limits?|targets?|restraint)\b|"
               r"\bceiling\s+(?:of|at)\s+[\d.,]+\s+(?:mln|million)\b|"
               r"\b(?:output|production)\s+at\s+[\d.,]+\s+(?:mln|million)\b"),
    ("quotas", r"\b(?:export |import |fishing )?quotas?\b"),
    # tariffs one side imposes on the other's goods as a penalty are sanctions, not a term of
    # trade ("plans to impose tariffs on Japanese goods", "slapping 100 pct tariffs on",
    # "retaliatory tariffs"); cutting or removing tariffs is trade
    ("punitive_tariffs", r"\b(?:retaliatory|punitive|penalty)\s+(?:\w+\s+)?(?:tariffs?|duties)\b|"
                         r"\b(?:impos\w*|slap\w*|levy|levying|levied|put|raise|raising|raised|"
                         r"imposition\s+of)\s+(?:\w+\s+){0,8}?(?:tariffs?|duties)\b"
                         r"(?!\s+(?:cuts?|reductions?)\b)"),
    ("tariffs", r"\b(?:tariffs?|import duties|customs duties|anti-dumping)\b"),
    ("subsidies", r"\bsubsid(?:y|ies|ise|ize|ised|ized)\b"),
    # the files of a debt negotiation: the terms of a rescheduling, its price (the spread over
    # the banks' cost of funds), fresh lending, arrears
    ("interest", r"\b(?:spreads?|margins?)\s+of\s+(?:[\w/.]+\s+){1,4}?(?:over|above)\b|"
                 r"\binterest(?:[- ]rate)?\s+(?:rates?\s+)?(?:margins?|spreads?)\b|"
                 r"\blibor\b|\blondon interbank\b"),
    ("rescheduling", r"\b(?:reschedul\w*|restructur\w*)\s+(?:of\s+)?(?:(?:about|some|the|its|"
                     r"their|[\d.,]+|[a-z]+ion|mln|billion|dlrs|dollars|\w+)\s+){0,5}?(?:debts?|"
                     r"loans?|repayments?|principal|maturities)\b|\bdebt (?:rescheduling|"
                     r"restructuring|repayments?|payments?|moratorium)\b|\brescheduling\b"),
    ("new_money", r"\bnew (?:money|credits?|loans?|lending|financing)\b|\bfresh (?:money|"
                  r"credits?|loans?|lending)\b"),
    ("arrears", r"\barrears\b|\bdelays?\s+in\s+(?:\w+\s+){0,2}?(?:re)?payments?\b"),
    ("debt", r"\b(?:debts?|creditors?|debt relief|write(?:-| )off|bail-?out|loans?|"
             r"(?:exit|bearer) bonds?)\b"),
    # the files of a labour contract: pay, benefits, cost-of-living protection, the
    # contract's length, jobs and work rules
    # ("to wage war", "waging a campaign": the verb)
    ("wages", r"\b(?:wages?(?!\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:wars?|campaigns?|battles?|"
              r"struggles?|fights?)\b)|pay (?:rise|increase|cut|deal|offer|claim|demands?|freeze)s?|"
              r"(?:cut|cuts|cutting|reduce|reduces|reducing)\s+(?:\w+\s+)?pay\b|"
              r"salar(?:y|ies))\b"),
    ("working_hours", r"\b(?:working (?:week|hours|time)|\d+-hour (?:working )?week)\b"),
    ("cost_of_living", r"\bcost[- ]of[- ]living\b|\bindexation\b"),
    ("benefits", r"\b(?:pensions?|retirement age|health (?:care\s+)?(?:benefits|insurance)|"
                 r"(?:medical|retirement|pension|fringe|retiree) benefits)\b"),
    ("contract", r"\b(?:one|two|three|four|five|\d+)-year\s+(?:(?:labou?r|union|wage)\s+)?"
                 r"(?:contracts?|bargaining agreements?|pacts?)\b|\bcontract (?:length|term|"
                 r"duration)\b"),
    ("jobs", r"\bjobs? (?:cuts?|losses|security|guarantees?)\b|\b(?:cut|cuts|cutting|shed|"
             r"sheds|shedding|axe|axing|lose|losing|save|saving|protect|protecting)\s+"
             r"(?:some\s+|up to\s+|about\s+|around\s+)?(?:[\d,]+\s+)?jobs\b|"
             r"\bjobs\s+(?:\w+\s+){0,3}?(?:(?:be|being|were|was)\s+)?(?:cut|lost|moved|axed|"
             r"shed|transferred)\b|\bredundanc(?:y|ies)\b|\blay-?offs?\b"),
    ("work_rules", r"\b(?:job classifications?|work(?:ing)? rules|seniority (?:rules|rights)|"
                   r"outsourcing)\b"),
    # what one side pays the other to settle ("a cash payment in return for dropping its
    # claim", "GM is to pay Fiat 1.55bn euros", "a 2bn euro pay-off")
    ("payment", r"\b(?:cash|lump-sum|one-off|compensation|settlement)\s+payments?\b|"
                r"\bcash\s+grants?\b|"
                r"\bpay-?offs?\b|\bpay(?:s|ing)?\s+(?:[A-Za-z]+\s+){0,2}?(?:about\s+|some\s+|"
                r"up\s+to\s+|around\s+)?(?:(?:us\s*)?\$|£|€|dollars\s|pounds\s|euros\s)?[\d.,]+\s*"
                r"(?:bn|billion|mln|million|m)?\s*(?:dollars|dlrs|pounds|stg|euros?|yen)\b"),
    # the terms of a takeover: the price offered, the stake, who runs the combined firm
    # (not earnings per share: "a loss of 59 cents a share from continuing operations")
    ("offer_price", r"(?<!loss of )(?<!profit of )(?<!earnings of )(?<!income of )"
                    r"(?<!dividend of )\b[\d.,]+\s*(?:pence|p|cents?|dlrs?|dollars?|euros?|pounds?|yen)"
                    r"[- ](?:an?|per)[- ](?:\w+\s+)?share\b(?!\s+(?:from|in\s+(?:earnings|profits?)|"
                    r"earned|compared|for\s+the\s+(?:year|quarter)|a\s+year\s+(?:ago|earlier))\b)|"
                    r"\b(?:offer|bid|purchase) price\b|\bundervalu\w*|"
                    r"\b(?:cash|share|all-share|hostile|formal|rival|higher|sweetened|improved|"
                    r"revised|takeover|informal)\s+(?:bid|offer)s?\b(?!\s+to\s+join)|"
                    r"\b(?:raise|raises|raised|raising|lift|lifts|increase|increases|"
                    r"increased|sweeten|sweetens|sweetened)\s+(?:its|their|the|his|her)\s+"
                    r"(?:\w+\s+)?(?:bid|offer)\b"),
    ("stake", r"\b[\d.,]+\s*(?:%|pct|percent|per cent)\s+(?:\w+\s+)?(?:stake|holding|"
              r"shareholding)\b|\b(?:controlling|majority|minority|equity)\s+(?:stake|"
              r"interest)\b|\bstake\s+in\b"),
    ("governance", r"\b(?:headquarters|head office|board seats?|seats? on the (?:\w+\s+)?board|"
                   r"(?:future|new|combined|merged|supervisory|joint)\s+board|take the helm|"
                   r"chief executive of the (?:combined|merged|new)|(?:run|managed?|based)\s+"
                   r"(?:\w+\s+){0,4}?out of)\b"),
    ("merger", r"\b(?:merger|takeover|acquisition)s?\b"),
    # the files of a commodity agreement: its prices and its buffer stock
    ("prices", r"\b(?:reference|floor|ceiling|target|intervention|indicative|support|minimum|"
               r"guaranteed|trigger)\s+prices?\b|\bprice (?:range|band|floor|ceiling|"
               r"mechanism|levels?|differentials?)\b|"
               # prices a pact fixes ("a return to fixed prices", "official OPEC prices",
               # "cuts in common farm prices")
               r"\b(?:fixed|official|common)\s+(?:\w+\s+)?prices?\b|\bfarm prices?\b"),
    # (a stockpile of arms or of cash is no commodity pact's buffer stock)
    ("buffer_stock", r"\bbuffer stocks?\b|\bstockpil\w*\b(?!\s+of\s+(?:[\w-]+\s+)?(?:rockets|"
                     r"weapons|arms|missiles|munitions|ammunition|cash|money|chemical)\b)"),
    # the files of a budget: taxes and spending
    ("taxes", r"(?<!-)\btax(?:es|ation| increases?| cuts?| rises?| hikes?| revenues?| rates?)\b"),
    # a member's share of a common budget ("Britain's 3bn EU rebate", "the EU budget capped
    # at 1% of national incomes")
    ("budget", r"\b(?:budget\s+)?rebates?\b|\b(?:eu|community|union)\s+budget\b|"
               r"\bbudget\s+(?:ceiling|cap|contributions?)\b|\bcontributions?\s+to\s+the\s+"
               r"(?:eu\s+|community\s+)?budget\b"),
    ("spending", r"\b(?:defen[cs]e|military|social|public|domestic|federal|government)\s+"
                 r"(?:spending|budgets?|outlays)\b|\bspending (?:cuts?|levels?|limits?|"
                 r"increases?)\b|\bcuts?\s+in\s+(?:\w+\s+)?spending\b|\bdeficit "
                 r"(?:reduction|cuts?|targets?)\b"),
    ("migration", r"\b(?:migration|migrants?|free movement of (?:people|persons|workers))\b"),
    ("energy", r"\b(?:gas|oil|lng|energy|electricity|fuel)\s+(?:supply|supplies|deliveries|"
               r"exports|imports|contract)\b"),
    ("sanctions", r"\bsanctions?\b|\bembargo\b|\baccess to (?:the )?(?:world )?markets?\b|"
                  r"\bexport restrictions\b"),
    # (not nuclear energy: "civil nuclear cooperation", "nuclear power plants", "clean energy
    # ... solar, nuclear, and other technologies")
    ("arms_control", r"\b(?:missiles?|(?<!civil )(?<!civilian )(?<!peaceful )nuclear(?!\s+(?:energy|"
                     r"power|plants?|reactors?|fuel|industry|safety|medicine|waste|electricity|"
                     r"generation|technology|and\s+(?:other\s+)?(?:renewable|clean))\b)(?!,\s+and\s+"
                     r"other\b)|warheads?|arms (?:control|reduction)|"
                     r"disarmament|weapons? (?:reductions?|treaty))\b"),
    ("monitoring", r"\binvestigat\w*\s+(?:\w+\s+){0,4}?violations\b|"
                   r"\bmonitor(?:s|ed|ing|ors?)?\b(?!\s+(?:this|that|it|our|the situation|developments|events|"
                   r"very|closely|progress)\b)|"
                   r"\b(?:verif\w*|oversee\w*|oversight|implementation cell|good offices)\b|"
                   # observers sent to watch a deal, not people who comment on it ("observers
                   # said", "political observers in the capital believe") nor a seat at the
                   # talks ("attends as an observer", "an observer at the negotiations",
                   # "observers to the arrangement", "observer status")
                   r"(?<!\bas an )\bobservers?\b(?!\s+(?:to|at|status)\b)(?!\s+(?:(?:in|from|of|at)\s+"
                   r"(?:the\s+)?[\w.'-]+\s+){0,2}(?:said|say|says|believe[sd]?|thought|think|"
                   r"claim(?:s|ed)?|doubt(?:s|ed)?|expect(?:s|ed)?|noted?|warn(?:s|ed)?|predict(?:s|ed)?|"
                   r"argue[sd]?|suggest(?:s|ed)?|fear(?:s|ed)?|felt|feel|see|saw|agree[sd]?|"
                   r"cautioned)\b)"),
    ("reconstruction", r"\b(?:reconstruction|rebuild\w*|rubble|rehabilitation)\b"),
    # ... not the trade of a name or a title ("trade union", "trade group", "Trade
    # Representative", "Conference on Trade and Development")
    # ... nor the trading of securities ("equities and derivatives trade"), nor an export
    # facility or export finance ("oil export terminal", "export credit agency")
    ("trade", r"\b(?:(?<!equities )(?<!derivatives )(?<!securities )(?<!stock )(?<!share )"
              r"(?<!bond )trade(?!\s+(?:unions?|unionists?|groups?|associations?|body|bodies|"
              r"organi[sz]ations?|representatives?|ministers?|ministry|commissioners?|"
              r"secretary|officials?|department|and development)\b)|duty[- ]free|"
              r"exports?(?!\s+(?:terminals?|credits?|pipelines?|facilit\w+|ports?)\b)|"
              # goods one side buys from the other ("agreed to import fuel in exchange for
              # farm goods"); not an "import licence" or "import-export firm"
              r"import(?:s|ed|ing)?(?![\w-])(?!\s+(?:licen[cs]es?|permits?|terminals?)\b)|"
              r"in exchange for (?:\w+\s+)?(?:goods|products|exports|imports|oil|fuel|food)|"
              r"industrial zones?|free trade|market access|"
              r"trading (?:partners?|countries|nations))\b"),
    ("normalisation", r"\bnormali[sz]\w*\b|\bdiplomatic (?:relations|ties)\b|"
                      r"\b(?:improv\w*|restor\w*|good[- ]neighbou?rly|better)\s+(?:bilateral\s+)?"
                      r"relations\b|\beas(?:e|ed|es|ing)\s+(?:the\s+)?tensions?\b|"
                      # recognising a state; not "I recognize the hard work", "we recognize that"
                      r"(?<!\bi )(?<!\bwe )\brecogni[sz](?:e|ed|es|ing|ion)\b(?!\s+(?:that|how|what|"
                      r"the\s+(?:hard|work|efforts?|role|need|importance|leadership|contributions?|"
                      r"members|progress|achievements?|g\d+|countries|partners|donors|"
                      r"potential|value|benefits?|impact|significance)|"
                      r"our|their|his|her|its|this|these|those)\b)"),
    # de-escalating a war lowers its violence; it normalises no relations (exported as other)
    ("de_escalation", r"\b(?:de-escalat|deescalat)\w*"),
    ("other", r"\b(?:several|remaining|outstanding|other|unresolved)\s+issues\b|"
              r"\b(?:withdraw\w*|scrap\w*|drop\w*|revok\w*)\s+(?:the\s+|these\s+|its\s+|their\s+)?"
              r"(?:\w+\s+)?(?:regulations?|bills?|proposals?|legislation|plans?|reforms?|rules?|"
              r"measures?|decrees?)\b|\b(?:mutual trust|confidence[- ]building)\b|"
              r"\bvoluntary return\b|\b(?:inquiry|investigation|probe)\s+into\s+(?:the\s+(?:causes|"
              r"origins|outbreak)|who\s+(?:started|began|caused)|responsibility)\b|"
              rf"\bfinali[sz]\w*\s+{_DEAL_TO_END}|"
              r"\breturn of (?:the\s+)?(?:\w+\s+)?(?:displaced|refugees)\b|"
              r"\b(?:civilians|residents|refugees|displaced people|families)\b(?:\s+[\w-]+){0,7}?\s+"
              r"(?:to\s+)?return(?:ing)?\s+(?:safely\s+)?(?:to\s+)?(?:their\s+)?homes?\b|"
              rf"\bconclud\w*\s+{_DEAL_TO_END}"),
]

# Enforcing, complying, consequences and accountability are an agenda item only for a deal the
# sentence names ("compliance with the pact", "consequences if the truce fails"); without one
# they are about a war, a crime or a reform ("severe consequences of the war", "ensure
# accountability", "hold X accountable for threats")
ENFORCED_DEAL = gated(re.compile(rf"\b{_DEAL}s?\b|\b(?:terms|commitments|obligations|"
                                 rf"directives?|resolutions?|arrangements?)\b", re.IGNORECASE))

# The terms of a debt, labour, takeover, commodity or budget deal: named in a sentence of the
# thread, they are agenda items even with no word of talks in that sentence
TERM_KEYS = frozenset({"interest", "rescheduling", "new_money", "arrears", "cost_of_living",
                       "benefits", "contract", "jobs", "work_rules", "offer_price", "stake",
                       "governance", "prices", "buffer_stock", "taxes", "spending",
                       "quota_shares", "output", "wages", "working_hours", "payment",
                       "budget"})
# keys that are terms (in a sentence with no word of talks) only when the match says so: pay
# is a term when it rises, falls or is claimed ("a pay rise of 2.7 pct"), not "wage growth"
TERM_WHEN: dict[str, re.Pattern[str]] = {
    "wages": re.compile(r"rise|increase|cut|offer|claim|demand|freeze|deal|concession",
                        re.IGNORECASE)}
# a word every match of a term holds: a sentence with none of them is not scanned for terms
TERM_WORDS = re.compile(
    r"spread|margin|libor|interbank|reschedul|restructur|money|credit|loan|lending|financing|"
    r"arrears|payment|wage|pay|salar|cost.of.living|indexation|pension|retirement|benefits|"
    r"insurance|contract|bargaining|job|redundanc|lay-?off|rules|seniority|outsourcing|share|"
    r"undervalu|bid|offer|stake|holding|interest|headquarters|head office|board|helm|"
    r"chief executive|out of|price|buffer|stockpil|tax|spending|budget|outlays|deficit|"
    r"quota|ceiling|output|production|formula|working|hour|rebate|grant",
    re.IGNORECASE)
# asked of most sentences of a thread: on their lowercase text (speed, same answers)
TERMS_LOWERED = lowered(TERM_WORDS)

# Issue status cues in the clause before an issue trigger (nearest wins).
ISSUE_STATUS_CUES: list[tuple[str, str]] = [
    # a stated purpose ("in an effort to halt the humanitarian crisis")
    ("objective", r"\bin an effort to\b|\baim(?:s|ed|ing)?\s+(?:to|at)\b|\bin order to\b|"
                  r"\bseek(?:s|ing)?\s+to\b|\bgoal\b|\bobjective\b|\bintended to\b|"
                  r"\bdesigned to\b|\bwork(?:ing)?\s+toward(?:s)?\b|\bcreate space for\b|"
                  r"\bso that\b|\bensures\b|\bmust stop\b|\bhope(?:s|d)?\b"),
    # a bare "to ensure …": a purpose, or the content of a commitment ("agreed to ensure")
    ("objective_weak", r"\bto (?:bring|halt|end|secure|ensure|allow|achieve|help|improve|ease|"
                       r"reach|restore|build)\b"),
    ("contested", r"\bcontention\b|\bdisput\w*|\bdisagree\w*|\bresist\w*|\brefus\w*|"
                  r"\breject\w*|\bsticking points?\b|\baccus\w*|\bonly if\b|\bwill not\b|"
                  r"\bwon't\b|\boppos\w*|\bdemand\w*|\binsist\w*|\bobject(?:s|ed|ion)\b|"
                  # preconditions and demands against a refusal
                  r"\b(?:no)\s+(?:\w+\s+){0,3}until\b|\bmust first\b|\bfirst\s+(?:have\s+to|need\s+to)\b|"
                  r"\bonly (?:when|once|after)\b|\bprecondition\w*|"
                  r"\bwants?\s+(?:the\s+)?(?!to\b|see\b)[\w-]+\s+to\s+(?:withdraw|drop|scrap|stop|end|"
                  r"abandon|reverse|release|accept|leave|halt|rethink)\b|"
                  r"\bwould have to go ahead\b|\bonce\b(?=\s*[\"“]?\s*the\b)|"
                  # what a side finds in the way ("the main stumbling block", "in protest at
                  # plans to ...", "the bid undervalued the business", "faces obstacles")
                  r"\bstumbling blocks?\b|\bin protest\b|"
                  r"\bundervalu\w*|\bobstacles?\b|\bbalk(?:s|ed|ing)?\b|"
                  # what divides the sides ("the key issues which divide the members", "are
                  # facing off over", "the growing trade row over")
                  r"\bdivid(?:e|es|ed|ing)\b|\bat odds\b|\bfac(?:e|es|ed|ing) off\b|"
                  r"\bclash(?:es|ed|ing)?\b|\brifts?\b|\brow\s+(?:over|with|between)\b|"
                  r"\bstand-?offs?\b|\bpropos(?:e|es|ed|al|als)\b"),
    ("open", r"\bquestion\b|\bunclear\b|\bremain\w*\b|\bgaps?\b|\bneed\w*\s+to\s+be\b|"
             r"\bstill\s+(?:being\s+)?(?:discuss\w*|negotiat\w*)|\bto be (?:determined|decided|"
             r"worked out|resolved)\b|\bwhat happens if\b|\btrade space\b|\bwork(?:ing)? out\b|"
             r"\bfocus\w*\b|\bissues?\b|\bwill discuss\b|\bneed(?:s)?\b|\bif\b|\bunless\b|"
             r"\btalk(?:s|ing)? about\b|\bdiscuss\w*|\bworking groups?\b|"
             r"\bnegotiat\w* (?:on|over|about)\b|\b(?:talks|negotiations|discussions)\s+"
             r"(?:on|over|about)\b"),
    ("provisionally_agreed", r"\bunder the (?:deal|agreement|proposal|plan)\b|\bwould\b|"
                             r"\bprovisional\w*\b|\btentative\w*|\bstipulated\b|\bdraft\b|\bframework\b|"
                             r"\benvisag\w*|\bnearing agreement\b|\bclose to\b|\bcloser to\b|"
                             r"\bthe deal (?:includes|calls for|would)\b|\bin the deal\b|"
                             r"\bprovisions?\b|\baddress(?:ed|es)\b|"
                             r"\bdraft reflects\b|\bendors(?:ed|es)\b"),
    # "would have to be agreed", "if agreed", "an agreed time frame": not (yet) agreed
    ("agreed", r"(?<!\bbe )(?<!\bif )(?<!\ban )(?<!tentatively )(?<!provisionally )\bagreed\b(?!\s+to\s+(?:begin|start|open|launch|"
               r"hold|propose|seek|consider|explore)\b)|\bsigned\b|\baccepted\b|"
               r"\bhave agreed\b|\breached\b|"
               r"\bwelcome\w*\b|\bseal\w*\b"),
]
# Keys for the items of an enumerated agenda list that name no issue trigger by themselves
# ("long-term economic development" in a list of concerns is the reconstruction file).
LIST_ITEM_KEYS: list[tuple[str, re.Pattern[str]]] = [
    ("reconstruction", re.compile(r"\beconomic (?:development|recovery|revival)\b|\binvestment\b",
                                  re.IGNORECASE)),
    ("humanitarian_aid", re.compile(r"\b(?:aid|relief|food|medical)\b", re.IGNORECASE)),
    ("prisoner_exchange", re.compile(r"\bcaptives?\b|\bpows?\b", re.IGNORECASE)),
]
# Right before a bare "to ensure", these make it the content of a commitment.
COMMITMENT_BEFORE = re.compile(r"\b(?:agreed|agree|agrees|committed|commit|pledged|"
                               r"undertook|will work|promised|accepted)\b[^.;]{0,25}$",
                               re.IGNORECASE)
