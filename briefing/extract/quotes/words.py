"""Word lists for quotations: speech verbs, nouns for people who speak, scare-quote cues."""

from __future__ import annotations

import re

from briefing.extract.time.word_trie import literal_alternation

# The plainest reporting verbs: by these a body reports right after its name ("Acme said",
# "the EC also noted", "the ministry told Reuters"), where a rarer verb says less about who
# speaks ("the union welcomed", "the report described")
REPORT_VERBS = r"said|says|added|adds|told|tells|stated|announced|noted|warned|argued|insisted"
# Reporting verbs (and speech acts that introduce a quoted fragment: "condemned ... 'x'"): the
# plainest first (each word a whole word wherever the list is used: the order changes nothing)
SPEECH_VERBS = REPORT_VERBS + (
    r"|say|saying|tell|telling|asked|asks|states|declared|announces|insists|notes|explained|"
    r"explains|warns|argues|wrote|writes|tweeted|posted|stressed|stresses|emphasi[sz]ed|"
    r"continued|replied|responded|replies|responds|urged|urges|acknowledged|admitted|conceded|"
    r"cautioned|complained|recalled|remarked|commented|observed|suggested|predicted|promised|"
    r"vowed|pledged|claimed|claims|described|describes|condemned|condemns|denounced|accused|"
    r"accuses|critici[sz]ed|concluded|confirmed|denied|maintained|contended|charged|reiterated|"
    r"underlined|underscored|agreed|expressed|called|calls|welcomed|welcomes|thinks|believes|"
    r"hoped|hopes|speaking|spoke|put it|"
    # a reply or an outburst ("It pointed out "…"", "Roe countered: "…"", "Poe thundered, "…"")
    r"pointed out|points out|countered|counters|retorted|thundered|exclaimed|quipped|"
    # speech acts that frame a mixed quote ("proposed in a letter … that they meet to "…"",
    # "ministers believe this will be the "…" option")
    r"believe|believed|proposed|proposes|propose|urge|warn|write|describe|"
    # judgements that frame one: "hailed the deal as important for "peace and prosperity""
    r"hailed|hails|praised|praises|lauded|dismissed|dismisses|branded"
)
# (scanned over every attribution: the same words as a trie, longer words before their
# prefixes so that "saying" is not lost behind "say")
_SPEECH_WORDS = sorted({w.replace("[sz]", c) for w in SPEECH_VERBS.split("|") for c in "sz"},
                       key=len, reverse=True)
SPEECH_VERB = re.compile(rf"\b{literal_alternation(_SPEECH_WORDS).pattern}\b", re.IGNORECASE)
# The stop of an abbreviation, which a speaker's noun phrase may hold ("a senior U.S. trade
# official", "Mr. Roe"): after a lone capital, or after a courtesy or military title.
ABBREVIATION_DOT = (r"(?:(?<=[A-Z])(?<![A-Za-z0-9][A-Z])|(?<=\bMr)|(?<=\bMs)|(?<=\bMrs)|"
                    r"(?<=\bDr)|(?<=\bSt)|(?<=\bLt)|(?<=\bGen)|(?<=\bSen)|(?<=\bRep)|"
                    r"(?<=\bGov)|(?<=\bCol))\.")
# "..., said a senior official who ..." / "..., Obama said."
AFTER_INVERTED = re.compile(rf"^\s*[,—–-]?\s*(?:{SPEECH_VERBS})\b", re.IGNORECASE)
# A wire story's stock ticker after a firm's name ("a Hitachi Ltd <HIT.T> spokesman"): part of
# the noun phrase, its dots no sentence end
TICKER = r"<[A-Z0-9]{1,8}(?:\.[A-Z0-9]{1,4})*>"
AFTER_NORMAL = re.compile(
    rf"^\s*[,—–-]?\s*(?P<np>(?:{TICKER}|[^,.;:!?\"“”]|{ABBREVIATION_DOT}){{1,90}}?)\s+"
    rf"(?:also\s+|later\s+|then\s+)?"
    rf"(?:{SPEECH_VERBS})\b", re.IGNORECASE)
# '"…," the newspaper quotes a source close to the firm': the one quoted speaks, not the relay
# (not the passive '"…," Keswick was quoted as saying': the subject is the one quoted)
AFTER_RELAY = re.compile(
    r"^\s*[,—–-]?\s*[^,.;:!?\"“”]{1,60}?(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)"
    r"(?<!\bbeing)\s+(?:quotes|quoted|cites|cited)\s+(?=\S)")
# '"…," a statement issued on behalf of Jo Roe, the trade envoy, said': whom it speaks for
# (a paper issued for someone: not "a spokesman for a firm buying on behalf of X", whose words
# are the spokesman's)
AFTER_BEHALF = re.compile(
    rf"^\s*[,—–-]?\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:statement|letter|message|"
    rf"communiqu[eé]|note|release|declaration)\b[^,.;:!?\"“”]{{0,40}}?\bon\s+behalf\s+of\s+"
    rf"(?P<who>[^,.;:!?\"“”]{{2,60}}?)(?:,\s+[^,.;:!?\"“”]{{1,60}},)?\s+(?:{SPEECH_VERBS})\b",
    re.IGNORECASE)
# '"…," Jo Roe, a defence analyst and author, said': a name, an apposition, then the verb
# (news style often drops the apposition's article: "Jo Roe, chief economist at Acme, said";
# "Jo Roe, who chairs the board, said")
AFTER_APPOSED = re.compile(
    rf"^\s*[,—–-]?\s*(?P<np>[A-Z][^,.;:!?\"“”]{{1,60}}?),\s+"
    rf"[^,.;:!?\"“”]{{1,80}}?,\s+(?:also\s+|later\s+)?(?:{SPEECH_VERBS})\b")
# Wire copy's looser apposition: its closing comma dropped or the apposition holding commas
# ('"…," Jo Roe, president of Acme Corp told the congress', '"…," Jo Roe, vice president,
# oil division, Acme Ltd said', '"…," Jo Roe, head of the union, has said'): only after a name
# of two to five capitalised words, tried when no tighter pattern matched
AFTER_APPOSED_LOOSE = re.compile(
    r"^\s*[,—–-]?\s*(?P<np>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*\.?|de|la|van|von|del|da|di|"
    r"le|bin|al)){1,4}),\s+(?:[^.;:!?\"“”]|" + ABBREVIATION_DOT + r"){1,140}?,?\s+"
    rf"(?:also\s+|later\s+|has\s+|had\s+)?(?:{SPEECH_VERBS})\b")
# '"…" — Peres, on whether …' / '"…" -- Jo Roe.': a name after a dash ends a pull quote
AFTER_DASH = re.compile(
    r"^\s*(?:[—–]|--?)\s*(?P<np>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s*"
    r"(?:,\s+(?:on|about|in|when|speaking|asked|at)\b|[.]?\s*$)")
ACCORDING_TO = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)

# Where a speaker's noun phrase stops after an inverted verb.
NP_STOP = re.compile(
    r"\s(?:who|which|that|whose|when|while|because|as|after|before|in|at|on|during|to|"
    r"told|adding|speaking|according)\b|[,;:!?\"“”—–]|(?!" + ABBREVIATION_DOT + r")\.|"
    # (a bracketed name or abbreviation inside the phrase is part of it: "Harbour Securities
    # (Norland) vice president Jon Vik", "the Harbour Bank (HB) official")
    r"\((?![A-Z][\w.&-]*\)\s)",
    re.IGNORECASE)

# "a spokesman for Unison": the description speaks for the organisation after it.
SPOKESMAN_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|spokes(?:men|women|people)|official|officials|"
    r"representative|representatives|source|sources)\s+(?:for|of|from|at)\s+(?:the\s+)?$",
    re.IGNORECASE)
# Collective subjects that stand for a government ("ministers believe").
GOVERNMENT_SUBJECT = re.compile(r"\b(?:ministers|the government|government officials|"
                                r"the cabinet|the administration)\s+(?:\w+\s+)?$",
                                re.IGNORECASE)
# Courtesy titles and titles that tell a person's gender.
# (a transcript's speaker labels write them in capitals: "MS. ROE:", "MR. DOE:")
MALE_TITLES = re.compile(r"\b(?:Mr|MR|Sir|Lord|Baron|Duke|Earl|King|Prince|Sheikh|Emir|Father|"
                         r"Brother)\.?\s+$")
FEMALE_TITLES = re.compile(r"\b(?:Mrs|MRS|Ms|MS|Miss|Madam|Dame|Lady|Baroness|Duchess|Countess|"
                           r"Queen|Princess|Sister)\.?\s+$")
# Words that may come before a subject in its clause ("But PCS leader Mark Serwotka warned").
SUBJECT_LEAD = re.compile(
    r"^[\s\"“”‘’'(]*(?:(?:but|and|so|then|however|meanwhile|later|earlier|yesterday|today|"
    r"also|still|now|privately|publicly)[,\s]+)*"
    r"(?:(?:the|a|an|his|her|their|its|[A-Z][\w.’'&-]*|[a-z][\w’'-]*)[\s,]+){0,7}$")
# A word that shows the person after it is not the clause's subject (checked on lowercase text;
# a lowercase past participle such as "met", "invited" is checked apart: "United" is no verb).
NOT_SUBJECT_WORD = re.compile(
    r"\b(?:in|at|to|from|with|into|on|of|for|by|near|against|toward|towards|than|about|between|"
    r"under|through|via|like|including|met|meet|meets|told|and|or|is|was|are|were|he|she|they|"
    r"we|i|it|would|will|could|should|can|may|might|must|make|makes|made|let|urge|urged|ask|"
    r"asked|thank|thanked|invite|invited|see|saw)\s")
PAST_VERB = re.compile(r"(?<![\w-])[a-z]+(?:ed|ing)\s")
PRONOUN = re.compile(r"^\s*(?P<p>he|she|they|it|we|i)\b", re.IGNORECASE)
PRONOUN_ANY = re.compile(r"\b(?P<p>he|she|they|it)\b", re.IGNORECASE)

# A quoted term, not a quotation: "what are called 'qualified industrial zones'".
TERM_BEFORE = re.compile(
    r"(?:\bcall(?:ed|ing|s)?|so-called|dubbed|termed|known\s+as|label(?:l)?ed|referred\s+to\s+as|"
    r"the\s+(?:word|term|phrase|slogan|motto)|titled|entitled|headlined|named|nicknamed|"
    r"marked|branded|brand)(?:\s+(?:a|an|the|it|them|this|these|that|as))*\s*$", re.IGNORECASE)
# '," and pointed out …': after the marks, "and" and a verb with no subject between them
COORDINATED_PREDICATE = re.compile(
    r"\s*(?:and|but)\s+(?!(?:he|she|they|it|we|i|you|the|a|an|his|her|its|their|this|that|"
    r"these|those|then|also|later|so|one|another|some|other|our|my)\b)[a-z]+\b")


# head nouns that describe whoever leads a body, whatever the office is called ("the Warriors
# chief" for the club's chairman, "the union boss" for its general secretary)
_ANY_LEADER = frozenset({"chief", "boss", "head", "leader"})


# head nouns of someone on a principal's staff ("the White House aide"): any staff title fits
# them ("White House spokesman"), a principal's office never ("President")
STAFF_NOUNS = frozenset({"aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson"})
_STAFF_TITLE = re.compile(r"\b(?:aide|advis[eo]r|assistant|spokes(?:man|woman|person)|"
                          r"press secretary|chief of staff|counsel(?:l?or)?)\b")


def title_fits(head: str, title: str) -> bool:
    """Whether a description's head noun may stand for a person with ``title``: the title
    holds that noun ("the minister" for "foreign minister"), or the noun names any leader
    and the title is a leading office, or the noun names a staff member and the title is a
    staff office ("the aide" for a "White House spokesman")."""
    title = title.lower()
    return head in title or (head in _ANY_LEADER and _LEADING.search(title) is not None) \
        or (head in STAFF_NOUNS and _STAFF_TITLE.search(title) is not None)


_LEADING = re.compile(r"\b(?:chairman|chairwoman|chair|president|chief|director|secretary|"
                      r"leader|head|boss|manager|executive|governor|commissioner)\b")
