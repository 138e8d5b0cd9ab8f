"""Does a name mention make its actor *do* something?  The sentence role of a mention.

A state, organisation or armed group sits at the table or in the conflict when the text has it
act: the subject of a verb ("Ruritania rejected the offer", "The Governments of A and B
affirmed", "Freedonia will host"), the agent of a passive ("rejected by Ruritania") or of a
deed noun ("an effort by Ruritania to save the talks"), the owner of a stance ("Ruritania's
refusal to sign"), a mediator glued to its participle ("Sylvania-brokered"), or a side of talks
("talks with Ruritania", "between A and B").  An actor named only as the object of a
preposition ("support for Latveria", "relations among A, B and C", "threats from Latveria"), as
a modifier ("the Latverian border") or in apposition is named in passing.

English facts only, no parser: a subject is a name not governed by a preposition, followed
(past coordinated names, an acronym in brackets, a short apposition and adverbs; or, when the
name is itself set off as the apposition of the subject -- "the port union, DPU, agreed" --
past its closing comma) by a finite verb -- an auxiliary or modal, a past tense in -ed or an irregular one, a verb of speaking or
of the table, or a present form before its object ("Ruritania wants to", "A and B accuse each
other").
"""

from __future__ import annotations

import re

from briefing.extract.gate import lowered


def _closed(words: str) -> frozenset[str]:
    """A closed class of words, written space-separated."""
    return frozenset(words.split())


# closed classes of English
_AUX = _closed("""is are was were has have had will would can could may might must should
shall did does do won't wouldn't can't cannot couldn't isn't aren't wasn't weren't hasn't
haven't hadn't didn't doesn't don't""")
_IRREGULAR_PAST = _closed("""took made sent met held sought won began went gave put set struck
fought sold bought left came told said kept got brought threw lost paid spoke wrote drew chose
broke rose fell ran saw found led thought meant became withdrew overtook undertook upheld
withheld forbade""")
_ADVERBS = _closed("""also not still now already again never previously finally then
reportedly jointly repeatedly formally recently itself themselves too once first later
subsequently meanwhile however""")
# what a present-tense verb's object or complement starts with ("wants to", "accuse each other")
_OBJECT_START = _closed("""the a an its their his her each that to it them him no any all this
these those our your new further more one both""")
_S_VERB_PREPOSITIONS = _closed("on with for against")
_FUNCTION = _closed("and or but nor who whom whose which what where when while if so")
_PREPOSITIONS = _closed("""of for to from with against in on at by among amongst between into
onto over like including toward towards about under through across than as via within without
upon despite beyond behind around near alongside beside besides amid amidst per regarding
concerning except unlike versus vs""")
# nouns heading a subject whose "of" names the actor acting ("the Government of A affirmed",
# "Foreign Ministers of A, B and C agreed"); capitalised titles count too
_HEAD_OF = _closed("""government governments leader leaders minister ministers president
presidents officials delegation delegations representatives authorities people forces troops
army navy spokesman spokeswoman spokesperson envoy envoys king prime head heads chief
members militants fighters rebels units""")
# nouns after a name that make it a modifier, however a verb follows ("U.S. officials said")
_NOT_VERBS = _closed("""officials troops forces soldiers diplomats leaders negotiators
authorities members workers firms companies banks producers exports imports talks relations
ties interests citizens nationals residents people markets shares sales""")
# a state's or organisation's people and bodies: "Latverian troops shelled" has Latveria act
_BODY_NOUNS = _closed("""officials troops forces soldiers diplomats leaders negotiators
authorities government military army navy delegation delegates envoys planners warplanes jets
police officers ministry management executives shareholders members""")
# what a state's adjective ("Latverian") heads when the state itself acts: its people and
# bodies, its lawmakers, or its own stance ("a Latverian proposal"); any other noun it
# qualifies ("a Latverian sugar producer", "Latverian unions") acts for itself
_ADJECTIVE_HEADS = _BODY_NOUNS | _closed("""mps lawmakers legislators parliament parliamentarians
ministers president premier proposal proposals offer offers bid decision refusal position demands
plan""")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_ADJECTIVE_HEAD = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:" + "|".join(sorted(_ADJECTIVE_HEADS))
                             + r")\b", re.IGNORECASE)
_TABLE_NOUNS = re.compile(r"\b(?:(?:talks|negotiations?|negotiating|dialogue|deal|agreement|"
                          r"accord|treaty|contract|meeting|summit|mediation|discussions|"
                          r"consultations|truce|cease-?fire|dispute|met|meet|meets|spoke|union|"
                          r"talked|negotiated|peace)\s+(?:with|between)|(?:takeover|bid|offer|merger|"
                          r"acquisition)\s+(?:of|for|with)|join|joins|joined|joining|"
                          r"accession\s+to|membership\s+of|entry\s+(?:in)?to)\s*$",
                          re.IGNORECASE)
_TABLE_NOUNS_LOW = lowered(_TABLE_NOUNS)  # asked of long windows: on lowercase text (speed)
_MEDIATED = re.compile(r"-(?:mediated|brokered|facilitated|sponsored|hosted|led)\b",
                       re.IGNORECASE)
# "the A-B war", "A-B talks": both named are its sides
_PAIR = re.compile(r"(?:-[A-Z][\w.’']*)?\s+(?:war|conflict|talks|negotiations|dispute|truce|"
                   r"cease-?fire|deal|summit|hostilities|fighting|peace\s+talks|merger|"
                   r"takeover|tie-up|pact|accord|agreement)\b", re.IGNORECASE)
_PAIR_AFTER_HYPHEN = re.compile(r"[A-Z][\w.’']*-$")
_WORD = re.compile(r"[A-Za-z0-9][\w’'.-]*|[(),;:\"“”‘’—–]")
_OWN_DEED = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:agreement|deal|offer|proposal|bid|decision|"
                      r"refusal|unwillingness|willingness|reluctance|insistence|"
                      r"commitment|acceptance|rejection|response|demands?|position|"
                      r"negotiators|delegation|membership|application|bid)\b", re.IGNORECASE)
_PAIR_OWN_DEED = re.compile(r"(?:\s*(?:,|and|or)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)+"
                            + _OWN_DEED.pattern, re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\b")
# nouns a list of names may stand in apposition to as the sides themselves
_SIDE_NOUNS = _closed("sides parties belligerents foes rivals adversaries combatants")
# verbs that credit their object with a deed ("we thank A for ..., "commended A for ...")
_CREDITING = _closed("""thank thanks thanked thanking commend commends commended credit credits
credited praise praises praised congratulate congratulates congratulated""")
# "urge A to accept", "it is up to A to decide", "pressure on A to accept": A is to act
_CONTROLLED = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|be|date|"
                         r"day|now)\b)[a-z]{2,}\b(?!\s+(?:of|in|at)\b)")
_CONTROL_PREP = frozenset({("up", "to"), ("pressure", "on"), ("call", "on"), ("called", "on"),
                           ("calls", "on"), ("lean", "on"), ("press", "on")})
_BRACKETED = re.compile(r"\s*\([^()]{1,60}\)")
# deed nouns: a "by" after them (or after their "of" phrase) names the doer
_DEED_NOUNS = _closed("""murder murders killing killings attack attacks release capture
seizure abduction kidnapping kidnappings offer proposal bid invasion rejection acceptance
shelling bombing bombings strike strikes raid raids takeover execution executions use
violation violations breach breaches effort efforts attempt attempts bids push""")
_DEED_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure")
# deed nouns done *to* the one their "of" names: "the invasion of A led to war" has A suffer
_PATIENT_NOUNS = _closed("""invasion invasions occupation annexation blockade bombing
bombardment shelling capture seizure abduction kidnapping murder killing release defeat
destruction liberation expulsion isolation""")
# participles that introduce a group's members: "the G-7, comprising A, B and C, agreed" has
# the group act, its members only listed (a closed class: most -ing words before a name are
# adjectives, "ongoing A efforts", or end a clause, "debt rescheduling and A was")
_LISTING = _closed("comprising encompassing grouping spanning")
# a name alone on its line: a heading ("Ukraine" over a paragraph of a fact sheet), no subject
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_QUOTE_MARKS = "\"“”‘’'"
_APPOSITION_MAX = 8  # words of a ", the world's biggest producer," between commas


def _words(s: str) -> list[str]:
    """The words and punctuation of ``s``; a sentence's full stop leaves its last word
    ("said."), an abbreviation keeps its dots ("U.S.")."""
    return [w[:-1] if w.endswith(".") and "." not in w[:-1] and len(w) > 2 else w
            for w in _WORD.findall(s)]


def _capitalised(w: str) -> bool:
    return w[:1].isupper()


def _is_verb(w: str, nxt: str, verbs: frozenset[str]) -> bool:
    """Whether ``w`` (lowercase), followed by ``nxt``, is a finite verb after a subject."""
    if w in _AUX or w in _IRREGULAR_PAST or w in verbs:
        return True
    if w in _NOT_VERBS or w in _PREPOSITIONS or w in _OBJECT_START or w in _FUNCTION:
        return False
    if len(w) > 4 and w.endswith("ed"):
        return True
    if not w.isalpha():
        return False
    # a present tense before its object ("wants to", "decides on"): "-s" forms take a
    # preposition too, bare plural forms only an object ("A and B accuse each other")
    if nxt in _OBJECT_START:
        return True
    if not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return False
    # an "-s" form before a preposition or a word that is no verb ("controls large parts");
    # before a verb it is a plural noun ("Ruritania planners said")
    return nxt in _S_VERB_PREPOSITIONS or nxt.isalpha() and nxt.islower() and not (
        nxt in _AUX or nxt in _IRREGULAR_PAST or nxt in verbs or nxt.endswith("ed")
        or nxt in _PREPOSITIONS or nxt in _FUNCTION)


def _action_noun(w: str) -> bool:
    """A noun naming a deed, whose "by" names the doer ("the rejection ... by A")."""
    return w in _DEED_NOUNS or len(w) > 5 and w.endswith(_DEED_SUFFIXES)


def _deed_noun_before(words: list[str], k: int) -> bool:
    """Whether the "by" at ``words[k]`` follows a deed noun: directly ("an offer by A") or
    through its "of" phrase ("the murder of two hostages by A", "the release of all the
    prisoners by A").  The walk back stops at a clause's edge or a verb."""
    if k > 0 and _action_noun(words[k - 1].lower()):
        return True
    for j in range(k - 1, max(-1, k - 10), -1):
        low = words[j].lower()
        if low == "of":
            return j > 0 and _action_noun(words[j - 1].lower())
        if low in _AUX or low in _FUNCTION - {"and", "or"} or low in (",", ";", ":", "(") \
                or low in _PREPOSITIONS:
            return False
    return False


# a name set off as the apposition of a common noun before it: "the port union, FNV, ..."
_APPOSED = re.compile(r"\b[a-z]{3,},\s*$")


def _governed(before: str) -> tuple[str, bool]:
    """Walk back from a name over coordinated names ("A, B, and") to what governs it: (what it
    is the object of -- "of" a preposition, "ing" a participle listing a group's members, ""
    nothing -- and is it after a passive's "by" or a talks noun's "with")."""
    if _TABLE_NOUNS_LOW.found(before):
        return "", True
    words = _words(before)
    k = len(words) - 1
    while k >= 0:
        w = words[k]
        low = w.lower()
        if low == "," and k > 0 and words[k - 1].lower() in _SIDE_NOUNS:
            return "", True  # "delivered to the two sides, A and B": named as the sides
        if low in ("the", "and", "or", ",", "&", "both", "either", "his", "her", "their", "its",
                   "our") or _capitalised(w) \
                and low not in _PREPOSITIONS:
            k -= 1
            continue
        if low in ("of", "from") and k > 0 and words[k - 1].lower() in ("and", "or", ","):
            k -= 1  # "officials of A and of B": B shares A's governor
            continue
        if low == "from" and k > 0 and words[k - 1].lower() in _BODY_NOUNS:
            k -= 1  # "Negotiators from A and B met": the head noun's role is the actor's
            continue
        if low == "of" and k > 0 and words[k - 1].lower() in _HEAD_OF:
            return "", True  # "the government of A", "letters to the leaders of A": its own
        if low == "of" and k > 0 and words[k - 1].lower() in _PATIENT_NOUNS:
            return "of", False  # "the invasion of A led to": the deed is done to A
        if low == "of" and k > 0 and (_capitalised(words[k - 1]) or words[k - 1].isalpha()):
            # "the Governments of A and B affirmed", "the advisers of A met": the head noun's
            # role is the actor's
            k -= 2 if not _capitalised(words[k - 1]) else 1
            continue
        if low == "between" and k > 0 and (words[k - 1].lower().endswith("ed")
                                           or words[k - 1].lower() in _IRREGULAR_PAST):
            return "", True  # "talks opened between A and B", "a truce agreed between"
        if low == "by" and any(x.lower().endswith(("ed", "en")) or x.lower() in _IRREGULAR_PAST
                               for x in words[max(0, k - 2):k]):
            return "", True  # "a truce brokered by A", "was rejected by A", "held hostage by"
        if low == "by" and _deed_noun_before(words, k):
            return "", True  # "the murder of five hostages by A", "an offer by A": A's deed
        if _TABLE_NOUNS.search(" ".join(words[max(0, k - 1):k + 1]) + " "):
            return "", True
        if low in _PREPOSITIONS and 0 < k < len(words) - 1 and _capitalised(words[k - 1]) \
                and _capitalised(words[k + 1]):
            k -= 1  # inside a title or a name: "Special Envoy for Yemen Jo Roe and A"
            continue
        if low in _CREDITING:
            return "", True  # "we thank A for brokering": the deed is A's
        if low in _PREPOSITIONS and k > 0 and (words[k - 1].lower(), low) in _CONTROL_PREP:
            return "", False  # "up to A to decide", "pressure on A to accept": see after
        if low in _PREPOSITIONS:
            return "of", False
        if low in _LISTING:
            return "ing", False  # "the G-7, comprising A, B and C, agreed": its members
        return "", False
    return "", False


def agentive(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
             verbs: frozenset[str] = frozenset()) -> bool:
    """Whether the name mention ``text[start:end]`` (in the sentence ``sentence_start`` ..
    ``sentence_end``) makes its actor act: see the module docstring.  ``verbs``: more verbs
    (speaking, the table) known as such."""
    if _MEDIATED.match(text, end, sentence_end):
        return True  # "Sylvania-brokered talks"
    if _PAIR_AFTER_HYPHEN.search(text, max(sentence_start, start - 30), start) and \
            _PAIR.match(text, end, sentence_end) or text.startswith("-", end) and \
            _PAIR.match(text, end, sentence_end):
        return True  # "the Latveria-Sylvania war": a side of it
    if text.startswith("-", end):
        return False  # "U.S.-Latveria relations": a modifier
    if _LINE_END.match(text, end) and not text[
            text.rfind("\n", max(0, start - 80), start) + 1:start].strip():
        return False  # a heading line that is only the name
    if _POSSESSIVE.match(text, end):
        # "Latveria's threats", "Ruritania's biggest bank has": another acts; but "A and B's
        # agreement", "Latveria's response": a deed of the talks is its own
        return bool(_OWN_DEED.match(text, end, sentence_end))
    object_of, agent = _governed(text[sentence_start:start])
    if agent:
        return True
    if object_of:
        # "including A and B's agreement": a pair owning a deal, not a list of examples; "urging
        # A to accept": A is to act
        return bool(_PAIR_OWN_DEED.match(text, end, sentence_end)) or (
            object_of == "ing" and _CONTROLLED.match(text, end, sentence_end) is not None)
    if _CONTROLLED.match(text, end, sentence_end):
        return True  # "urge A to accept", "up to A to come through": A is to act
    rest = text[end:sentence_end]
    m = _BRACKETED.match(rest)
    if m:
        rest = rest[m.end():]  # "The World Trade Organisation (WTO) is"
    words = _words(rest)
    k = 0
    n = len(words)
    body = False
    if words[:1] == [","] and n > 1 and not _capitalised(words[1]) \
            and _APPOSED.search(text, max(sentence_start, start - 40), start):
        k = 1  # "the port union, FNV, agreed": the name in apposition to the subject
    while k < n:
        w = words[k]
        low = w.lower()
        if w in ("'", "’") and k + 1 < n and words[k + 1] == "s":
            # "A and B's agreement": the pair's own deed
            return bool(_OWN_DEED.match("'s " + " ".join(words[k + 2:k + 4])))
        if w in _QUOTE_MARKS or low in _ADVERBS or (len(low) > 4 and low.endswith("ly")
                                                    and low != "daily"):
            k += 1
            continue
        if low == "," and k + 1 < n and words[k + 1].lower() in ("the", "a", "an", "its"):
            close = next((x for x in range(k + 2, min(n, k + 2 + _APPOSITION_MAX))
                          if words[x] == ","), None)
            if close is not None:
                k = close + 1  # "Brazil, the world's biggest producer, has"
                continue
        if low in ("and", "or", ",", "&") and k + 1 < n and (
                _capitalised(words[k + 1]) or words[k + 1].lower() in ("the", "and")):
            k += 1  # coordinated names: "A and B accuse", "A, B, and C agreed"
            while k < n and (_capitalised(words[k]) or words[k].lower() in ("the", "and", ",")):
                k += 1
            continue
        if low in _BODY_NOUNS and not body:
            body = True
            k += 1  # "Latverian troops shelled", "Ruritania officials said": it acts through them
            continue
        nxt = words[k + 1].lower() if k + 1 < n else ""
        return _is_verb(low, nxt, verbs) if low.isalpha() or "'" in low or "’" in low \
            else False
    return False


def adjective_acts(text: str, end: int) -> bool:
    """Whether a state's adjective ending at ``end`` ("Latverian") heads a noun through which
    the state acts ("Latverian troops", "the Latverian government", "a Latverian proposal"),
    rather than one that acts for itself ("a Latverian sugar producer").  Before a hyphen it
    may name a side ("the Latverian-Sylvanian war"); before a verb it stands as a noun ("the
    British would", "American fired"): :func:`agentive` decides."""
    if text.startswith("-", end) or _ADJECTIVE_HEAD.match(text, end) is not None:
        return True
    nxt = _NEXT_WORD.match(text, end)
    low = nxt.group(1).lower() if nxt else ""
    return low in _AUX or low in _IRREGULAR_PAST or len(low) > 4 and low.endswith("ed")
