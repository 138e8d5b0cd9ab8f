"""Head nouns of descriptions that stand for a person ("the top U.S. diplomat", "a Samjens
lawyer", "the 24-year-old").

Read by the actor stage (a headline's name after such a noun is a person) and by the quotes
stage (a description that speaks): it lives beside both stages so that neither imports the other.
"""

from __future__ import annotations

import re

# Head nouns of descriptions that stand for a person ("the top U.S. diplomat").
PERSON_NOUNS = re.compile(
    r"\b(?:official|officials|diplomat|minister|secretary|president|spokesman|spokeswoman|"
    r"spokesperson|envoy|negotiator|ambassador|leader|chief|aide|adviser|advisor|source|"
    r"premier|chancellor|king|prince|general|commander|senator|lawmaker|representative|"
    r"mediator|official's|director|chairman|chairwoman|chair|head|executive|economist|"
    r"analyst|governor|manager|adviser's|strategist|trader|broker|dealer|banker|professor|"
    r"expert|consultant|researcher|correspondent|editor|"
    # roles a story names its people by once it has named them ("the prop said", "the Lions
    # coach added", "the 24-year-old said", "a Samjens lawyer")
    r"lawyer|attorney|judge|bishop|archbishop|delegate|treasurer|scientist|founder|owner|agent|"
    r"coach|manager|boss|skipper|player|star|champion|striker|midfielder|defender|"
    r"goalkeeper|winger|prop|fly-half|scrum-half|mayor|\d+-year-old)\b", re.IGNORECASE)
