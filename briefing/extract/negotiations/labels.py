"""Agenda labels that read at a glance: a complete phrase of at most 60 characters.

An agenda item is found by a trigger ("cease-fire", "share intelligence", "tariffs"); its label
is the phrase that starts at the trigger, stopped where the phrase ends -- punctuation, a
relative or subordinate clause ("that would halt ..."), a finite verb ("... are flowing"), or a
second coordinated clause -- and never cut mid-phrase: a label that would be too long loses its
last prepositional phrase, not half a name, and never ends on a function word ("the", "of",
"which", "to", "in", "and").  A phrase of one or two words that does not itself name its topic
("consequences", "rubble") is prefixed with the topic's name ("Enforcement: consequences").
"""

from __future__ import annotations

import re

from briefing.extract.determiners import ARTICLES, BODY_POSSESSIVES, DEMONSTRATIVES, DETERMINERS

MAX_LABEL = 60

# words a complete phrase does not end on: articles, prepositions, conjunctions, relatives,
# possessive determiners, auxiliaries
_FUNCTION_WORDS_TEXT = """
a an the this that these those its their his her our your my whose which who whom what where
when while whether of to in on at by for with from into onto over under about after before
between among across against along around through during toward towards via per than as and or
but nor so if because since until unless although though both either neither each every any some
no not is are was were be been being am has have had do does did will would shall should can
could may might must also very such than then there here including like it its them they
them we us you he him she itself themselves"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())

# words that open a new clause after the phrase: the label stops before them
_CLAUSE_OPENERS_TEXT = """
that which who whom whose where while when whether because although though if unless until
so as than after before since is are was were be been being has have had will would shall
should can could may might must did do does said says say told tells according remains remain
remained needs need needed following today yesterday tomorrow tonight now despite amid"""
_CLAUSE_OPENERS = frozenset(_CLAUSE_OPENERS_TEXT.split())

# common irregular past tenses: after the noun they start the clause's predicate
_PAST_VERBS_TEXT = ("broke began came went made took gave held met fell rose won lost left found "
                    "saw put set kept brought sought thought spoke ran stood struck hit cut led "
                    "paid sent agreed")
_PAST_VERBS = frozenset(_PAST_VERBS_TEXT.split())
# words in -ed/-en that are not verbs here
_NOT_VERBS = frozenset({"red", "bed", "speed", "need", "seed", "feed", "creed", "shed", "hundred",
                        "armed", "united", "limited", "kitchen", "women", "children", "citizen",
                        "citizens", "garden", "open", "even", "often", "ten", "seven",
                        "eleven", "heaven", "golden", "wooden", "dozen", "token", "frozen"})
# a phrase ends at punctuation -- but not at the dots of "U.S." or "Mr.", nor at the apostrophe
# of a possessive ("the leaders’ summit", "Israel’s security") or a contraction
_HARD_STOP = re.compile(
    r"(?<!\d),|,(?!\d)|[;:?!()\[\]{}\"“”‘«»—–]|\s-\s|\n"
    r"|\.(?!\w)(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)"
    r"|’(?![st]\b)(?!\w)(?!(?<=s’)\s+[a-z])|'(?=\s)(?!(?<=s')\s+[a-z])")
_WORD = re.compile(r"\S\S*")  # (led by a class, not a repeat: the engine skips to it)
_COORD = frozenset({"and", "or", "but", "nor"})
_MIN_WORDS_BEFORE_COORD = 2  # "prisoners and detainees" stays; "strikes in Syria and impose" ends
# an adjective before "and" coordinates modifiers of one noun ("agricultural and fertilizer
# exports"): the phrase goes on
# nouns that end like adjectives ("a deal and ...", "the proposal and ...")
_AL_NOUNS = frozenset({"deal", "proposal", "approval", "withdrawal", "renewal", "removal",
                       "arrival", "survival", "referral", "dismissal", "trial", "rival", "signal",
                       "capital", "total", "official", "hospital", "festival", "material",
                       "potential", "criminal", "musician", "guardian"})
# adverbs that belong to the clause after them ("assets once owned by"), never a label's end
_LEFT_ADVERBS = frozenset(["once", "already", "also", "formerly", "previously", "recently",
                           "currently", "jointly", "still", "together", "just", "only", "even",
                           "again", "soon", "yet"])
# adverbs of the clause after a phrase ("the truce first went into effect", "a deal reached
# late yesterday"), and words in -ly that are not adverbs ("energy supply", "an ally")
_CLAUSE_ADVERBS = frozenset(["first", "late", "later", "earlier", "then", "finally", "last"])
_LY_NOT_ADVERBS = frozenset(["supply", "family", "assembly", "monopoly", "ally", "rally",
                             "reply", "anomaly", "italy", "july", "daily", "weekly", "monthly",
                             "quarterly", "yearly", "belly", "bully", "jelly", "folly", "poly",
                             "oligopoly", "duopoly", "homily", "panoply", "melancholy"])
# time words after a participle: it is the clause's verb ("talks collapsed today")
_TIME_AFTER = frozenset(["today", "yesterday", "tonight", "overnight", "earlier", "later",
                         "last", "this", "late", "early"])
# an adjective after "a"/"an", its noun cut off ("an immediate", "a comprehensive")
_PREMODIFIER_END = re.compile(r"(?:ic|ive|ous|ful|ible|able)$|^(?:immediate|permanent|lasting|"
                             r"durable|sustained|full|new|final|possible|potential|further|"
                             r"broader|separate|direct|temporary|current|recent|"
                             r"long-term|short-term|formal|initial|additional|extra|"
                             # a measure waiting for its noun ("a 300-meter", "a 10-year")
                             r"\d[\d,.]*-[a-z]+)$", re.IGNORECASE)
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ary|ful|ern|ian)$", re.IGNORECASE)
# a purpose after the phrase ("... with a view toward", "... in order to"): the phrase ends
_PURPOSE = re.compile(r"(?:with a view|with (?:the|an) aim|in order|so as|aimed at|in an effort)\b",
                      re.IGNORECASE)
# nouns whose "to" is a preposition ("an end to night flights", "limits to foreign stakes")
_TO_NOUNS = frozenset(["end", "halt", "stop", "limit", "limits", "cap", "ceiling", "access",
                       "changes", "amendments", "solution", "threat", "extension"])
_COMPARATIVES = frozenset(["more", "less", "fewer", "rather"])
# a possessive ("President A’s") waits for the noun it owns: a phrase does not end on it
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$", re.IGNORECASE)
_PREPOSITIONS = frozenset(["of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "over", "under", "about", "after", "before", "between", "among", "across", "against", "along", "around", "through", "during", "toward", "towards", "via", "per"])
# what makes a "to" after a noun no infinitive of purpose ("an end to the blockade", "measures
# to be taken"): a determiner, "any", "some", "by", "be"
_NO_PURPOSE_AFTER_TO = DETERMINERS | frozenset({"any", "some", "by", "be"})

# the words an object opens with after a participle ("making some of", "giving the market")
_OBJECT_OPENERS = _NO_PURPOSE_AFTER_TO | frozenset({"some", "many", "much", "most", "several",
                                                    "them", "it", "him", "us"})

# a label holding one of these is a clause, not a phrase
_AUXILIARIES = frozenset({"have", "has", "had", "been", "would", "will", "were", "was", "be",
                          "being", "is", "are"})

# the readable name of each topic key
TOPIC_NAMES: dict[str, str] = {
    "ceasefire": "Cease-fire",
    "hostage_release": "Hostage release",
    "prisoner_exchange": "Prisoner exchange",
    "humanitarian_aid": "Humanitarian aid",
    "troop_withdrawal": "Troop withdrawal",
    "joint_strikes": "Joint strikes",
    "intelligence_sharing": "Intelligence sharing",
    "air_force_grounding": "Grounding of air forces",
    "border_delineation": "Border delineation",
    "political_transition": "Political transition",
    "leader_departure": "Leader's departure",
    "security_guarantees": "Security guarantees",
    "sanctions": "Sanctions",
    "sanctions_relief": "Sanctions relief",
    "arms_control": "Arms control",
    "monitoring": "Monitoring",
    "enforcement": "Enforcement",
    "reconstruction": "Reconstruction",
    "trade": "Trade",
    "tariffs": "Tariffs",
    "quotas": "Quotas",
    "debt": "Debt",
    "subsidies": "Subsidies",
    "wages": "Wages",
    "working_hours": "Working hours",
    "merger": "Merger",
    "accession": "Accession",
    "navigation": "Freedom of navigation",
    "migration": "Migration",
    "de_escalation": "De-escalation",
    "interest": "Interest margin",
    "rescheduling": "Debt rescheduling",
    "new_money": "New money",
    "arrears": "Arrears",
    "cost_of_living": "Cost-of-living increases",
    "benefits": "Pensions and benefits",
    "contract": "Contract",
    "jobs": "Job cuts",
    "work_rules": "Work rules",
    "offer_price": "Offer price",
    "stake": "Stake",
    "governance": "Board and headquarters",
    "prices": "Prices",
    "quota_shares": "Quota shares",
    "settlement": "Lasting peace settlement",
    "budget": "Budget contributions",
    "payment": "Payment",
    "punitive_tariffs": "Punitive tariffs",
    "output": "Output ceiling",
    "buffer_stock": "Buffer stock",
    "taxes": "Taxes",
    "spending": "Spending",
    "energy": "Energy",
    "territorial_control": "Territorial control",
    "normalisation": "Normalisation of relations",
    "other": "Other",
}


def topic_name(key: str) -> str:
    """The readable name of a topic key (never the key itself: ``joint_strikes`` -> "Joint
    strikes"), for keys this module does not know too."""
    return TOPIC_NAMES.get(key) or key.replace("_", " ").capitalize()


def ends_cut(label: str) -> bool:
    """Whether ``label`` looks cut mid-phrase: it ends on a function word, or leaves a
    quotation mark or a bracket open."""
    words = label.split()
    if not words:
        return False
    last = words[-1].strip("\"'“”‘’()").lower()
    if last in FUNCTION_WORDS:
        return True
    if label.count("(") != label.count(")") or _POSSESSIVE_END.search(words[-1]):
        return True
    return label.count("“") != label.count("”") or label.count('"') % 2 == 1


_NOT_AZ = re.compile(r"[^a-z]")  # (compiled once: re.sub(string) looks it up at each call)


def _stem(word: str) -> str:
    return _NOT_AZ.sub("", word.lower())[:5]


# words that name a topic besides those of its name ("truce" is a cease-fire)
_TOPIC_WORDS: dict[str, str] = {
    "ceasefire": "truce truces armistice cessation ceasefire ceasefires hostilities",
    "hostage_release": "hostages",
    "prisoner_exchange": "prisoners detainees captives",
    "security_guarantees": "guarantee guarantees security",
    "arms_control": "missiles warheads disarmament",
    "reconstruction": "rebuilding",
    "normalisation": "relations",
    "accession": "membership join",
    "debt": "debts creditors",
    "wages": "wage pay",
    "energy": "gas oil fuel electricity",
    "interest": "spread spreads margin libor",
    "rescheduling": "restructuring rescheduled restructured",
    "new_money": "credits credit loans lending financing",
    "cost_of_living": "inflation indexation",
    "benefits": "pension pensions retirement",
    "contract": "contracts",
    "jobs": "job redundancies layoffs",
    "offer_price": "offer bid share",
    "governance": "board headquarters",
    "prices": "price",
    "quota_shares": "quota quotas shares formula",
    "settlement": "peace settlement resolution solution process roadmap",
    "budget": "budget rebate rebates contributions",
    "payment": "payment payments pay pay-off payoff",
    "punitive_tariffs": "tariffs tariff duties sanctions",
    "output": "output production ceiling quota quotas",
    "buffer_stock": "buffer stock stocks",
    "taxes": "tax",
    "spending": "budget budgets deficit",
}


def _is_singular_of_topic(word: str, key: str) -> bool:
    """Whether ``word`` is the singular of a plural noun naming topic ``key`` that is not itself
    one of its words ("hostage" of "hostages"; not "truce": "truce" names the cease-fire)."""
    low = word.lower()
    words = _TOPIC_WORDS.get(key, "").split()
    # (the head of the topic's own name is its item: "Contract", "Debt")
    return low.isalpha() and low not in words and f"{low}s" in words \
        and low != topic_name(key).lower().split()[-1]


def _names_topic(words: list[str], key: str) -> bool:
    names = f"{topic_name(key)} {_TOPIC_WORDS.get(key, '')}"
    topic = {_stem(w) for w in re.split(r"[\s-]+", names) if len(w) > 3}
    return any(_stem(w) in topic for p in words for w in re.split(r"-", p) if len(w) > 3)


def phrase_at(text: str, start: int, trigger_end: int, limit: int) -> list[str]:
    """The words of the phrase that starts at ``start``: the trigger (up to ``trigger_end``)
    and what follows it until the phrase ends (``limit``: the sentence's end)."""
    window = text[start:min(limit, start + 200)]
    stop = _HARD_STOP.search(window, max(1, trigger_end - start))
    if stop:
        window = window[:stop.start()]
    words: list[str] = []
    found = list(_WORD.finditer(window))
    for k, m in enumerate(found):
        word = m.group()
        low = word.lower()
        nxt = found[k + 1].group() if k + 1 < len(found) else ""
        if start + m.start() >= trigger_end and words:  # the trigger's words are never a stop
            # "that’s", "it's": the contraction opens a clause as its pronoun does
            # (the part before the first apostrophe; str.split, not re's cache per word)
            bare = low.split("’", 1)[0].split("'", 1)[0]
            if low in _CLAUSE_OPENERS or bare in _CLAUSE_OPENERS or bare in ("it", "there") \
                    or _PURPOSE.match(window, m.start()):
                _drop_clause_adverbs(words)  # "exports badly (needed)"
                break
            if low in _COORD and _ends_phrase_at_coord(words, nxt):
                break
            # a verb in the past after the noun ("talks broke down ...", "subsidies given to
            # ...", "talks collapsed in ..."): the phrase has ended
            # (or a time word after it: "the strike collapsed today")
            agent = nxt.lower() == "by"  # "held by X" names who: the next rule decides
            if word[:1].islower() and not agent and low not in FUNCTION_WORDS and (
                    low in _PAST_VERBS or (low.endswith(("ed", "en")) and low not in _NOT_VERBS
                                           and (nxt.lower() in FUNCTION_WORDS
                                                or (nxt.lower() in _TIME_AFTER
                                                    and not low.endswith("men"))))):
                _drop_clause_adverbs(words)  # "the truce first (went into effect)"
                break
            # a present participle with its object after the noun ("differentials making some
            # of their crudes uncompetitive"): a reduced clause, not the phrase
            if len(words) >= 2 and low.endswith("ing") and word[:1].islower() \
                    and nxt.lower() in _OBJECT_OPENERS:
                break
            # a participle with its agent after the noun ("truce brokered by ..."): a clause
            if len(words) >= 2 and low.endswith(("ed", "en")) and word[:1].islower() \
                    and nxt.lower() == "by":
                break
            # an infinitive after a noun phrase ("measures to restore ..."): a purpose
            # (not after a noun whose "to" is a preposition: "an end to night flights")
            if low == "to" and len(words) >= 2 and nxt[:1].islower() \
                    and nxt.lower() not in _NO_PURPOSE_AFTER_TO \
                    and nxt.lower() not in FUNCTION_WORDS \
                    and words[-1].lower() not in _TO_NOUNS:
                break
        words.append(word)
    return words


def _drop_clause_adverbs(words: list[str]) -> None:
    """Drop from the end of ``words`` the adverbs of the clause the phrase stopped before: an
    adverb in -ly or of time ("exports badly | needed", "the truce first | went into effect",
    "a deal with the seamen late | yesterday") modifies that clause's verb, not the phrase."""
    while len(words) > 1:
        low = words[-1].lower()
        if words[-1][:1].islower() and (low in _CLAUSE_ADVERBS or (
                low.endswith("ly") and len(low) > 4 and low not in _LY_NOT_ADVERBS)):
            words.pop()
        else:
            return


def _ends_phrase_at_coord(words: list[str], nxt: str) -> bool:
    """Whether a coordinator after ``words`` starts another clause rather than continuing the
    phrase ("between Israel and Lebanon", "both Iraq and Afghanistan", "agricultural and
    fertilizer exports")."""
    low = [w.lower() for w in words]
    if "between" in low or any(w in ("both", "either", "neither") for w in low[-3:]):
        return False  # "between A and B", "both A and B" need their "and"
    if nxt.lower().endswith("ing") and nxt[:1].islower():
        return True  # "provisions and making sure ..."
    if nxt.lower() in _PREPOSITIONS:
        return True  # "hostages and for increased stability ...": another adverbial follows
    last = words[-1].lower()
    if _POSSESSIVE_END.search(last):
        return False  # "A’s and B’s agreement": two owners of one noun
    if _ADJECTIVE_END.search(last) and last[:1].islower() and last not in _AL_NOUNS:
        return False
    return len(words) >= _MIN_WORDS_BEFORE_COORD


def _fit(words: list[str]) -> list[str]:
    """At most ``MAX_LABEL`` characters: when words must go, the phrase ends before its last
    preposition (dropping a whole prepositional phrase, not half of it)."""
    if len(" ".join(words)) <= MAX_LABEL:
        return words
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > MAX_LABEL:
            break
        kept.append(word)
    cuts = [i for i in range(len(kept) - 1, 1, -1) if kept[i].lower() in _PREPOSITIONS]
    if len(cuts) > 1 and kept[cuts[0]].lower() == "of":
        # "a pay raise over the life (of the new contract)": a noun cut from its "of" says
        # nothing on its own; the phrase ends before the preposition that led to it
        return kept[:cuts[1]]
    return kept[:cuts[0]] if cuts else kept


def _trim(words: list[str]) -> list[str]:
    words = [w.strip("\"“”") for w in words]
    words = [w for w in words if w]
    if words and words[-1].endswith(".") and "." not in words[-1][:-1]:
        words[-1] = words[-1][:-1]  # "in eastern DRC." ends the sentence, not the name
    # a comparative cut from its "than" ("debt of more") dangles like a function word
    while words and (words[-1].lower() in FUNCTION_WORDS or words[-1].lower() in _COMPARATIVES):
        words.pop()
    while words and words[0].lower() in ("and", "or", "but", "of", "to"):
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in _LEFT_ADVERBS:
        words.pop()  # "a stake in assets once (owned by ...)": the adverb of a clause cut off
    if len(words) > 2 and words[-2].lower() in ("a", "an") \
            and (words[-1][:1].islower() or words[-1][:1].isdigit()) \
            and _PREMODIFIER_END.search(words[-1]) and words[-1].lower() not in _AL_NOUNS:
        # "release of hostages together with an immediate (and sustained ceasefire)": the
        # adjective waits for its noun like a possessive does
        cut = next((i for i in range(len(words) - 1, 0, -1)
                    if words[i].lower() in _PREPOSITIONS), len(words) - 2)
        return _trim(words[:cut])
    if len(words) > 1 and _POSSESSIVE_END.search(words[-1]):
        # "measures for implementing President A’s": the owned noun was cut; the phrase
        # ends before its last preposition (or loses the possessive)
        cut = next((i for i in range(len(words) - 1, 0, -1)
                    if words[i].lower() in _PREPOSITIONS), len(words) - 1)
        return _trim(words[:cut])
    return words


# determiners and quantifiers that point at something said elsewhere ("these events", "both
# sides", "the situation"): a phrase they open names its topic only if a content noun follows
_POINTING = frozenset({"the", "this", "these", "that", "those", "both", "all", "each", "either",
                       "neither", "such", "every", "any"})
# nouns that name no topic by themselves: who takes part, what happened, or that there is a
# topic, said again ("both sides", "these events", "the matter", "other questions"); a phrase
# of them names nothing here, and a topic of talks ending in one names none (``talks_topic``,
# unless said "of" something).  One list for both since session 23 (two lists before; their
# union changed no output over articles/, seeds/ and 250 documents of the corpora)
TOPICLESS_HEADS = frozenset({"side", "sides", "party", "parties", "event", "events", "issue",
                             "issues", "situation", "situations", "matter", "matters", "thing",
                             "things", "one", "ones", "development", "developments",
                             "question", "questions", "problem", "problems", "subject",
                             "subjects", "topic", "topics", "point", "points", "details"})


def names_nothing(words: list[str]) -> bool:
    """Whether ``words`` carry no content noun: only pointing words, function words and bare
    heads ("both sides", "all parties", "these events", "the situation")."""
    return bool(words) and all(
        (low := w.lower().strip("\"'“”‘’")) in _POINTING or low in FUNCTION_WORDS
        or low in TOPICLESS_HEADS for w in words)


def _drop_pointing_object(words: list[str]) -> list[str]:
    """``words`` without a last noun phrase that points back and names nothing ("monitoring |
    these events", "resolve | this issue"): its object says nothing of the topic.  Not after a
    preposition ("trade space between the parties" keeps who it is between).  Adverbs after
    it go with it ("these events | very closely")."""
    end = len(words)
    while end > 1 and (words[end - 1].lower() == "very" or (
            words[end - 1].lower().endswith("ly") and words[end - 1][:1].islower()
            and words[end - 1].lower() not in _LY_NOT_ADVERBS)):
        end -= 1
    if words[end - 1].lower() not in TOPICLESS_HEADS:
        return words  # (the common case: a content noun ends the phrase)
    words = words[:end]
    for i in range(1, len(words)):
        if words[i].lower() in _POINTING and words[i - 1].lower() not in _PREPOSITIONS \
                and words[i - 1].lower() not in FUNCTION_WORDS and names_nothing(words[i:]):
            return words[:i]
    return words


def issue_label(text: str, start: int, trigger_end: int, limit: int, key: str) -> str:
    """The agenda label of the item whose trigger spans ``start``..``trigger_end`` in a
    sentence ending at ``limit``."""
    words = _trim(_fit(_trim(phrase_at(text, start, trigger_end, limit))))
    if key != "other" and len(words) > 1 and len(_drop_pointing_object(words)) < len(words):
        return topic_name(key)  # "monitoring these events", "de-escalate the situation"
    if len(words) == 1 and key != "other" and _is_singular_of_topic(words[0], key):
        # "taken hostage": the topic's noun as a predicate; its item is the plural's
        words = [words[0] + "s"]
    if not words or (len(words) == 1 and words[0].lower().endswith("ed")):
        return topic_name(key)  # "enforced", "ousted": the topic says it better
    if key != "other" and any(w.lower() in _AUXILIARIES for w in words):
        return topic_name(key)  # a trigger that is a clause ("jobs would be lost"): its topic
    if len(words) <= 2 and key != "other" and not _names_topic(words, key):
        label = f"{topic_name(key)}: {' '.join(words)}"
        return label if len(label) <= MAX_LABEL else topic_name(key)
    label = " ".join(words)
    return label[0].upper() + label[1:]


def phrase_label(words: list[str]) -> str:
    """A label made of ``words`` (a phrase put together by the caller), complete and short."""
    words = _trim(_fit(_trim(words)))
    label = " ".join(words)
    return label[:1].upper() + label[1:]


# words that make "<det> ... deal" no deal named: a verb before the noun ("the Community could
# deal with ..."), an idiom ("a done deal", "a raw deal")
_NOT_DEAL_WORDS = frozenset(["could", "would", "will", "can", "cannot", "may", "might", "must",
                             "should", "shall", "to", "not", "do", "does", "did", "done", "raw"])
# what may follow the deal's noun in its label: who or what it is with, for or about
_AFTER_DEAL = frozenset(["with", "for", "on", "between", "over", "among", "covering", "of", "by",
                         "to", "in", "at"])
# a deal's name going on past its noun ("General Agreement on Tariffs and Trade")
_NAME_GOES_ON = re.compile(r"\s+(?:on|of|for)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*")


def deal_label(text: str, start: int, noun_end: int, limit: int) -> str:
    """The label of the deal a thread is about, whose words run from ``start`` to its noun
    (``noun_end``): the noun phrase and what it is with, for or about, never the clause that
    follows it ("the agreement followed months of talks"); a name whole; "" when the words
    are no deal ("could deal", "a done deal")."""
    head = text[start:noun_end].split()
    if any(w.lower() in _NOT_DEAL_WORDS for w in head):
        return ""
    if all(w[:1].isupper() for w in head):
        name = _NAME_GOES_ON.match(text, noun_end, limit)
        if name is not None and name.end() - start <= MAX_LABEL:
            return " ".join(text[start:name.end()].split())
    words = phrase_at(text, start, noun_end, limit)
    if len(words) > len(head) and words[len(head)].lower() not in _AFTER_DEAL:
        words = words[:len(head)]
    return phrase_label(words)


def item_label(text: str, start: int, end: int, key: str) -> str:
    """The label of an item of an enumerated agenda ("concerns -- a, b and c"): the item's own
    words, made complete and short."""
    return issue_label(text, start, end, end, key)


# the words a label's bare form drops: articles, demonstratives and a body's possessives (not a
# quantifier: "withdraw all troops" and "withdraw troops" are kept apart, as are a person's
# "his", "her", "our" -- narrower than DETERMINERS since the agenda was written so; widening it
# would merge items, a change of output to be counted, not made in passing)
_BARE_DROPS = ARTICLES | DEMONSTRATIVES | BODY_POSSESSIVES


def bare_label(label: str) -> str:
    """A label without its determiners, lowercased: "Withdraw these regulations" and
    "Withdraw regulations" are one item."""
    return " ".join(w for w in label.lower().split() if w not in _BARE_DROPS)
