"""A capital city's name as its state's government (a metonym), and wire headlines in capitals.

"Moscow said", "Moscow's reply", "aid to Ankara", "the Damascus government" name the
government; "in Moscow", "the Paris accord", "the London market" name the place.
:func:`metonym` reads which from the words around the capital (word sets in
:mod:`.metonym_words`); :func:`.gazetteer.gazetteer` asks it of every capital the knowledge
base lists, and of a capital whose status is disputed (``capital_disputed`` in the KB:
"Jerusalem has been a sacred city") accepts only the explicit "... government"
(:func:`governed`).
"""

from __future__ import annotations

from briefing.extract.actors import metonym_words as mw
from briefing.extract.actors.agency import agentive
from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import TokenHit, Tokens


def caps_line(run: ActorRun, i: int) -> bool:
    """Is token ``i`` on a line written in capitals (a wire headline)?"""
    t = run.t
    if t.upper_doc:
        return True
    text = t.text
    a = text.rfind("\n", 0, t.starts[i]) + 1
    b = text.find("\n", t.ends[i])
    line = text[a:b if b >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_GOVERNMENT_NOUNS = frozenset({"government", "regime", "authorities", "administration",
                               "leadership"})


def governed(run: ActorRun, h: TokenHit) -> bool:
    """Whether a government noun follows the capital: "the Damascus government"."""
    return h.j < run.t.n and run.t.norm[h.j] in _GOVERNMENT_NOUNS


def ranked(t: Tokens, k: int) -> bool:
    """Does token ``k`` open a rank or a count of the possessor's things ("biggest", "second
    largest", "top", "400,000")?  "Europe's biggest market", "the city's 12 mln people": a
    place ranked among or counted by its contents, not a government acting."""
    if k < t.n and t.norm[k] in mw.ORDINALS:
        k += 1
    if k >= t.n:
        return False
    word = t.norm[k]
    return word[:1].isdigit() or word in mw.RANK_WORDS


def metonym(run: ActorRun, h: TokenHit) -> bool:
    """A capital names the government only in actor position: "Moscow said", "Moscow's"."""
    t = run.t
    prev = t.norm[h.i - 1] if h.i > 0 else ""
    nxt0 = t.norm[h.j] if h.j < t.n else ""
    owned = h.j + t.possessive_after(h.j)
    if h.possessive and prev == "of" and owned < t.n and t.norm[owned] in mw.ACT_NOUNS:
        return True  # "because of Manila's insistence"
    if (prev in mw.GIVE_VERBS or prev in mw.GAIN_VERBS) \
            and (nxt0 in mw.RECEIVED or nxt0[:1].isdigit()):
        return True  # "will offer Moscow another wheat subsidy", "won Ankara less"
    if prev == "to" and h.i >= 2 and t.norm[h.i - 2] in mw.TRANSFER_NOUNS \
            and t.sent[h.i - 2] == t.sent[h.i]:
        return True  # "aid to Ankara", "a request to Washington": the receiver
    if h.possessive and prev in run.w("locative") and owned < t.n \
            and t.norm[owned] in mw.PURSUIT_NOUNS:
        return True  # "a start in Washington's drive to ...", "in Moscow's view"
    if h.i in t.sent_tok and not t.raw[h.i].isupper() and nxt0 == "," and h.j + 1 < t.n \
            and t.norm[h.j + 1].endswith("ing") and t.raw[h.j + 1].islower() \
            and t.norm[h.j + 1] not in ("being", "having", "including"):
        return True  # "Manila, seeking to reschedule its debt, ...": the subject
    if h.possessive and ranked(t, owned):
        return False  # "Europe's biggest stock market", "Macao's 400,000 residents": the place
    if h.possessive and prev != "of" and prev not in run.w("locative"):
        # "Moscow's reply", "an end to Washington's exemption"; after "of" the city's own
        # things are as common as the government's ("of Tokyo's financial market")
        return True
    k = h.j + (h.j < t.n and t.norm[h.j] == "stock")
    if k < t.n and t.norm[k] in mw.MARKET_NOUNS or prev in mw.VISIT_VERBS \
            or nxt0 in mw.PLACE_NAMED and not h.possessive:
        return False  # "the Paris ... stock exchanges", "PARIS ACCORD", "TO VISIT BONN": places
    if prev == "on" and h.i >= 2 and t.norm[h.i - 2] in ("called", "calls", "calling", "call"):
        return True  # "called on Tokyo to open its markets"
    if prev == "for" and h.j + 1 < t.n and t.norm[h.j] == "to" and t.raw[h.j + 1].islower() \
            and t.raw[h.j + 1].isalpha() and (h.i < 2 or t.norm[h.i - 2] not in mw.DEPART_WORDS):
        return True  # "no deal for Moscow to provide an escort": the subject of the infinitive
    if prev == "from" and h.i >= 2 and t.norm[h.i - 2] in mw.FROM_NOUNS:
        return True  # "strong opposition from Bonn", "pressure from Washington": its holder
    if prev in run.w("locative") | {"to", "from", "of"}:
        return False
    if prev == "against" or prev in run.w("object_verbs"):
        # "a complaint against Brussels": a place is not opposed; "accused Washington of",
        # "urged Tokyo to": a place is not accused or urged
        return True
    start = t.starts[h.i]
    if t.text[start - 1:start] == "-" and h.i >= 2 and t.norm[h.i - 2] in ("anti", "pro"):
        return True  # "anti-Pyongyang propaganda", "pro-Moscow rebels"
    nxt = t.norm[h.j] if h.j < t.n else ""
    if governed(run, h):
        return True  # "the Damascus government"
    if h.i > 0 and t.norm[h.i - 1] == "the":
        return False  # "the Nairobi process"
    if nxt in run.w("speech_verbs") or nxt in ("has", "have", "had", "is", "was", "will",
                                               "would", "wants", "and", "must", "should",
                                               "could"):
        return True
    if prev == "and":
        # "Washington and Moscow" when the first is an actor; not "to Tehran and Baghdad"
        before = run.prev_hit
        return before is not None and before.actor is not None and before.j == h.i - 1 \
            and run.kind_of(before.actor) == "state"
    if prev in ("between", "with"):
        return True
    if h.i in t.heading_toks and caps_line(run, h.i):
        return True  # a wire headline's capital is its government: "U.S. PRESENTS MOSCOW"
    # "Washington also sent a message", "a bid by Washington": the subject or agent of a verb
    start, end = t.starts[h.i], t.ends[h.j - 1]
    if t.text.startswith("-", end) or t.text[start - 1:start] == "-":
        return False  # "a London-Frankfurt merger": the cities' exchanges, not governments
    lo, hi = t.sent_spans[t.sent[h.i]]
    return agentive(t.text, start, end, min(lo, start), max(hi, end),
                    run.w("speech_verbs"))
