"""Word lists for time expressions: months, weekdays, number words and tense cues.

Kept in Python (not YAML) because they are small, fixed facts of English and loading them costs
nothing at start-up.
"""

from __future__ import annotations

import re

from briefing.extract.gate import gated

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a few": 3, "few": 3, "several": 3,
    "a couple of": 2, "couple of": 2, "a couple": 2,
}
UNITS: dict[str, str] = {
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "minute": "minute", "minutes": "minute",
}

# Full month names (capitalised in running text); "May" needs a day, a year or a cue word
# because it is also a modal verb.
MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
WEEKDAY_NAMES = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
NUMBER_WORDS = (
    r"\d{1,3}|a couple of|couple of|a couple|a few|few|several|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
)

# A future reading of a bare weekday/month: these words in the clause before the expression.
FUTURE_CUES = re.compile(
    r"\b(?:will|won't|won’t|shall|would|could|(?-i:may)|might|'ll|’ll|going to|plans? to|planned|planning|"
    r"should(?!\s+have)|must(?!\s+have)|"
    r"expects?|expected|scheduled|due|set to|set for|slated|as early as|as soon as|no later than|"
    r"upcoming|coming|next|to be held|is to|are to|hopes? to|aims? to|intends? to|"
    r"will be|starting|begins?|resume|resumes|deadline|"
    # the present of a scheduled event ("talks reopen on Tuesday", "the pact expires in
    # October", "the council meets on Friday")
    r"reopens?|convenes?|expires?|opens|meets|starts|takes\s+effect|"
    # before an event still to come ("ahead of his departure on Sunday")
    r"ahead\s+of)\b",
    re.IGNORECASE,
)
# Past-tense verbs: when one of these is nearer to a bare weekday than any future cue
# ("said Sunday", "met in Geneva on Friday"), the weekday is the latest one on or before the
# reference date.
PAST_VERBS = gated(re.compile(
    r"\b(?:said|says|told|announced|stated|added|declared|reported|confirmed|met|spoke|"
    r"signed|agreed|held|issued|released|wrote|tweeted|called|visited|arrived|began|ended|"
    r"launched|killed|struck|was|were|had|did|rejected|accepted|offered|urged|warned|"
    r"collapsed|failed|talked|discussed|condemned|ago|last|earlier|saw|seen|came|went|took|"
    r"gave|made|brought|fell|rose|won|lost|left|sent|broke|led|reached|returned|resigned|"
    r"approved|passed|ordered|attacked|released|freed|kidnapped)\b",
    re.IGNORECASE,
))

# Things concluded or begun on a date, dated by their age ("a 23-year-old agreement": signed
# then; "a week-old strike": begun then); the age of a person ("a 27-year-old man") or of a
# state of affairs ("the five-year-old war") is a length of time.  Pauses that end now ("after an 11-year lull") began that long ago.
LASTING = (r"agreement|accord|treaty|pact|truce|ceasefire|cease-fire|alliance|partnership|"
           r"association|membership|moratorium|ban|embargo|law|policy|programme|program|"
           r"strike|walkout|stoppage|lockout|boycott|blockade")
PAUSES = r"lull|gap|hiatus|absence|break|pause|freeze|halt|suspension|silence"
