"""The noun phrases of attributions, as patterns: what opens a clause, papers and
spokespeople owned by someone, descriptions of a body, a firm, a party member or a person by
nationality.  :mod:`briefing.extract.quotes.resolve` reads them to find whom a phrase stands for.
"""

from __future__ import annotations

import re

# What may open a clause before its subject: a conjunction or a linking adverb, in either case
# ("But the foreign secretary told …" opens its sentence)
LEAD = r"(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et|[Hh]owever|[Mm]eanwhile),?\s+)?"
# ("our correspondent added": a paper's own reporter, named before as its correspondent)
OUR = re.compile(r"\s*" + LEAD + r"[Oo]ur\b")
DEFINITE = re.compile(r"^\s*" + LEAD + r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|"
                      r"[Tt]hat(?!\s+(?:is|was|are|were|would|will|has|had)\b|[’']s))\b")
# Sentence adverbs of more than one word, which may come before a clause's subject.
DISCOURSE_MARKER = re.compile(r"\b(?:of course|in fact|in turn|in response|in short|at first|"
                              r"at the time|for (?:his|her|their|its) part|on the other hand)\b",
                              re.IGNORECASE)
# "The report said": a paper as the subject speaks for whoever issued it.
DOCUMENT_SUBJECT = re.compile(
    r"^\s*" + LEAD + r"(?:the|its|their|this)\s+(?:\w+\s+)?(?P<noun>report|statement|"
    r"letter|study|communiqu[eé]|declaration|document|paper|text|proposal|resolution|survey)"
    r"\s*$", re.IGNORECASE)
# "'s official spokesman": a spokesperson belonging to the possessor, and nothing after
POSSESSED_SPOKESPERSON = re.compile(r"[’']s?\s+(?:(?:official|chief|own)\s+)?"
                                    r"spokes(?:man|woman|person)\s*$")
# "'s statement", "'s letter": a paper that speaks for the possessor (and nothing after)
_PAPERS = (r"statement|letter|report|petition|message|communiqu[eé]|declaration|proposal|"
           r"memo|memorandum|note|lawsuit|suit|complaint|affidavit|testimony")
# ("United's statement to the stock exchange said": the paper may be followed by whom or where
# it went to, not by another noun phrase that could be the subject; "repeated Jo Roe's statement
# last week that "…"": the words quoted are the paper's)
POSSESSED_PAPER = re.compile(r"[’']s?\s+(?:[\w-]+\s+)?(?:" + _PAPERS + r")"
                             r"(?:\s+(?:to|on|in|at|before)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3})?"
                             r"(?:\s+(?:last|this|earlier)\s+[\w-]+)?(?:\s+that)?\s*$")
# "United's statement said" where the actor pass did not link "United": a capitalised possessor
# of a paper, right before the verb
WORD_PAPER = re.compile(r"(?<![\w’'-])(?P<owner>[A-Z][\w&.-]+)(?=[’'])" + POSSESSED_PAPER.pattern)
# "His petition said", "her spokesman insisted": a paper or a spokesperson of the person the
# pronoun stands for speaks for that person
HIS_PAPER = re.compile(r"\s*" + LEAD + r"(?P<p>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?(?:"
                       + _PAPERS + r"|spokes(?:man|woman|person))\s*")
# "The German exchange said": a definite description of a firm or body by its nationality.
FIRM_DESCRIPTION = re.compile(
    r"^\s*" + LEAD + r"[Tt]he\s+(?:\w+\s+)?[A-Z][\w.-]+\s+(?:\w+\s+)?(?:exchange|bourse|"
    r"company|firm|group|carmaker|automaker|bank|airline|maker|giant|operator|union|"
    r"association|conglomerate|insurer|retailer|producer|manufacturer|chain|utility|lender|"
    r"broadcaster|newspaper|agency|federation)\s*$")
# "a company spokesman", "the bank spokeswoman", "the spokesman": a spokesperson described by
# the kind of body they speak for (GOLD_FORMAT: "a spokesman for X" -> X), or bare
SPOKES_DESC = re.compile(r"^\s*" + LEAD + r"(?P<det>[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?P<noun>company|"
                         r"firm|group|corporation|bank|union|ministry|agency|association|"
                         r"federation|council|commission|board|exchange|institute)\s+)?"
                         r"spokes(?:man|woman|person)\s*$")
# "the Maryland Democrat said", "the Texas Republican told": wire style names a politician once,
# then by home state and party; the person named last as a clause's subject
PARTY_MEMBER = re.compile(r"\s*" + LEAD + r"[Tt]he\s+(?:[A-Z][\w.-]*\s+){1,2}"
                          r"(?:Democrat|Republican)\s*")
# "the Foreign Ministry statement said", "a Treasury report said": a paper whose issuer is
# named as its modifier, when no actor's mention covers that name
NAMED_PAPER = re.compile(r"^\s*" + LEAD + r"(?:[Tt]he|[Aa]n?)\s+(?P<issuer>[A-Z][\w.&-]*(?:\s+"
                         r"[A-Z][\w.&-]*){0,2})\s+(?:statement|report|letter|communiqu[eé]|"
                         r"declaration|release|note|proposal)\s*$")
# "The council said", "the bank added": a body's head noun alone stands for the body last named
# with that word in its name ("the Washington-based Atlantic Council", "Canadian Imperial Bank
# of Commerce"), whatever its kind
THE_BODY = re.compile(r"^\s*" + LEAD + r"[Tt]he\s+(?P<noun>bank|council|union|association|"
                      r"federation|institute|agency|board|commission|ministry|department|"
                      r"authority|fund|organi[sz]ation|institution|bureau|corporation|"
                      r"foundation|society|league|chamber|court|tribunal)\s*$")
# "the company said", "the firm added": the firm the story is about, named before ("the
# board of directors said": the firm's board, which speaks for it)
THE_FIRM = re.compile(r"^\s*" + LEAD + r"[Tt]he\s+(?:company|firm|carmaker|automaker|"
                      r"airline|retailer|insurer|lender|bourse|exchange|"
                      r"board\s+of\s+directors)\s*$")
# "said the New Zealander", "the Briton added": a singular demonym as a noun is a person of that
# nation -- the one the text is about -- not the state (a plural, "the British", "the Swiss",
# stays the nation)
DEMONYM_PERSON = re.compile(r"\s*" + LEAD + r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}"
                            r"(?P<dem>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:er|an|on|i|man|woman))\s*")
# A description of someone the text never names, as the subject of a verb: "the doctor said",
# "my granddaughter called", "the source said" (not an office or role -- "the minister", "our
# correspondent" -- which usually stands for a person named before; a clause's opening words)
_UNNAMED_WORDS = (r"man|woman|doctor|nurse|surgeon|anesthesiologist|father|mother|dad|mom|son|"
                  r"daughter|granddaughter|grandson|grandfather|grandmother|wife|husband|brother|"
                  r"sister|friend|fellow|guy|boy|girl|kid|bystander|witness|neighbo(?:u)?r|source|"
                  r"banker|trader|dealer|broker|"
                  # ("One bank official said …", "One Chinese journalist said …": someone
                  # unnamed, unless an actor stands for the description)
                  r"official|journalist|reporter|analyst|economist|executive|diplomat|delegate|"
                  # ("a company spokesman said …" then "he told Reuters": the one unnamed, whose
                  # words are the company's)
                  r"spokes(?:man|woman|person)|"
                  r"lawyer|attorney|manager|expert|consultant")
# A body's name of capitalised words before the noun, with the abbreviation the story gives it
# in brackets ("a senior Harbour Bank of Norland (HBN) official said"): part of the description
_BODY_NAME = (r"(?:(?:[A-Z][\w.&’'-]*|de|of|la|del|du|and)\s+){0,4}?(?:\([A-Z][\w.&-]*\)\s+)?")
# "Another arbitrageur said …": one more of a kind the story quoted unnamed, whatever its noun,
# as a speech verb's subject ("Another problem was …" is no one)
_ANOTHER = r"(?<=[Aa]nother )[a-z][\w-]*"
UNNAMED_NOUN = re.compile(r"\b(?:" + _UNNAMED_WORDS + r")\b|" + _ANOTHER)
UNNAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;:,—\n])|(?<=\band)|(?<=\bbut)|(?<=\bthen))\s*(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ne|"
    r"[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:[\w’'.-]+\s+){0,2}?" + _BODY_NAME
    + r"(?:" + _UNNAMED_WORDS + r")|[Aa]nother\s+[a-z][\w-]*(?=\s+(?:\w+ly\s+)?(?:said|says|told|"
    r"added|asked|replied|argued|warned|explained|insisted|noted)\b))\b"
    r"\s+(?:\w+ly\s+)?(?:said|says|told|tells|asked|asks|replied|added|wrote|gave|looked|"
    r"called|warned|argued|explained|insisted|noted|stood|was|is|had|has)\b",
    re.MULTILINE)
