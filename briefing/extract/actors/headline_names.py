"""Actor extraction, a firm or body the headline names: "Rover deal 'may cost 2,000 jobs'",
"Standard Life concern at LSE bid".

A story's subject is in its headline.  When the headline names someone the knowledge base and
the other passes do not know, the body names them again, the same way, capitalised mid-sentence
("But Rover told BBC News ...", "Reports say Standard Life, which owns ..."): a name of one to
three capitalised words that the headline and the body share, never written in lower case in
the text (so no common word: "Deal", "Strike"), never a person's (after a given name, "Mr", a
title) nor a place's (never after "in", "at", "from"), and that acts at least once (the
subject of a verb, :mod:`.agency`), is an organisation -- or a person, when the body reads it as
one ("Roe, who …", "Roe, 26, added", "midfielder Roe", "Roe claims he …": a sports story's
player, a chief executive known by his surname; counted in session 22 on the released sets: 7
of 34 such names gold's people, 4 of them with one of these cues, none of the 27 firms).  A
capitals headline (a wire's) or a title-case one (a statement's) tells no name from a word: no
rule there.
"""

from __future__ import annotations

import bisect

from briefing.extract.actors.agency import agentive
from briefing.extract.actors.base import ActorRun
from briefing.extract.person_nouns import PERSON_NOUNS
from briefing.knowledge import NAME, tokenize

_MAX_WORDS = 3
_MIN_BODY = 2  # mentions in the body, mid-sentence
# feasts and occasions are no actors ("Christmas sales", "the Budget")
_OCCASIONS = frozenset({"christmas", "easter", "ramadan", "eid", "thanksgiving", "hanukkah",
                        "diwali", "budget", "olympics", "games"})
_NOT_BEFORE = frozenset({"mr", "mrs", "ms", "dr", "miss", "sir", "lord", "lady", "in", "at",
                         "from", "to", "near", "of"})


def headline_names(run: ActorRun) -> None:
    """Organisations named in the headline and again in the body (see the module docstring)."""
    t = run.t
    if t.upper_doc or t.title_end <= 0 or _title_case(run):
        return
    stop = run.w("name_stop")
    k = 0
    while k < t.n and t.starts[k] < t.title_end:
        if not t.caps[k] or run.taken[k]:
            k += 1
            continue
        b = k
        while b < t.n and b - k < _MAX_WORDS and t.starts[b] < t.title_end and t.caps[b] \
                and not run.taken[b] and t.raw[b].isalpha():
            b += 1
        words = t.norm[k:b]
        if b == k or any(w in stop or w in _OCCASIONS or run.kb.title_first.get(w)
                         or _in_lower_case(run, w) for w in words) \
                or len(t.raw[k]) < 3 or run.kb.gazetteer.get(tuple(words)) \
                or t.raw[b - 1][:-1].isupper() and t.raw[b - 1].endswith("s"):  # "MPs"
            k = max(b, k + 1)
            continue
        uses = [x for x in run.positions((words[0],)) if t.norm[x:x + len(words)] == words]
        body = [x for x in uses if t.starts[x] >= t.title_end and _alone(run, x, x + len(words))]
        if len(body) >= _MIN_BODY and not any(_placed(run, x) for x in uses) \
                and any(_acts(run, x, x + len(words)) for x in body):
            name = " ".join(t.raw[k:b])
            aid = run.fresh_id(name)
            if aid not in run.cands:
                kind = "person" if any(_a_person(run, x, x + len(words)) for x in body) \
                    else "organization"
                c = run.cand(aid, name=name, kind=kind, origin="extracted")
                c.discovered = True
                run.local.setdefault(tokenize(name), []).append(
                    (aid, NAME, False, name, None, None))
        k = b


def _a_person(run: ActorRun, a: int, b: int) -> bool:
    """Whether the body's use of the name at tokens [a, b) reads it as a person's: a relative
    "who" ("Roe, who controls …"), an age set off by commas ("Roe, 26, added"), a role noun
    right before it ("midfielder Roe") or a "he" / "she" taking it up as the subject of the
    clause its verb opens ("Roe claims he will …").  A firm is "which", has no age, and is
    taken up by "it"."""
    t = run.t
    after = t.norm[b:b + 3]
    if after[:2] == [",", "who"] or (len(after) == 3 and after[0] == after[2] == ","
                                     and after[1].isdigit()):
        return True
    if a > 0 and not t.cap(a - 1) and PERSON_NOUNS.fullmatch(t.norm[a - 1]):
        return True
    return len(after) >= 2 and after[0].isalpha() and not t.cap(b) and after[1] in ("he", "she")


def _in_lower_case(run: ActorRun, word: str) -> bool:
    """Whether the text writes ``word`` in lower case somewhere (a common word)."""
    caps = run.t.caps
    return not all(caps[x] for x in run.positions((word,)))


def _title_case(run: ActorRun) -> bool:
    """Whether the headline capitalises its words ("Remarks by the President on the Summit"):
    then a capital tells no name."""
    t = run.t
    # the headline's tokens are the first ones (starts ascend): no walk over the whole text
    words = [k for k in range(bisect.bisect_left(t.starts, t.title_end))
             if len(t.raw[k]) >= 4 and t.raw[k].isalpha()]
    return bool(words) and sum(t.caps[k] for k in words) > 0.6 * len(words)


def _placed(run: ActorRun, x: int) -> bool:
    """Whether the name at token ``x`` follows a preposition of place ("in Gaza")."""
    t = run.t
    p = x - 1 if x > 0 and t.norm[x - 1] != "the" else x - 2
    return p >= 0 and t.norm[p] in run.w("locative")


def _acts(run: ActorRun, a: int, b: int) -> bool:
    """Whether the name at tokens [a, b) acts (:func:`.agency.agentive`): "Rover told"."""
    t = run.t
    lo, hi = t.sent_spans[t.sent[a]]
    return agentive(t.text, t.starts[a], t.ends[b - 1], lo, hi, run.w("speech_verbs"))


def _alone(run: ActorRun, a: int, b: int) -> bool:
    """Whether tokens [a, b) stand as a name of their own mid-sentence: free, not a
    sentence's first word, not inside a longer capitalised name, not after a given name, an
    honorific or a preposition of place."""
    t = run.t
    if any(run.taken[a:b]) or a in t.sent_tok or t.line_start[a]:
        return False
    if a > 0 and (t.cap(a - 1) and t.norm[a - 1] not in run.w("name_stop")
                  or t.norm[a - 1] in _NOT_BEFORE):
        return False  # (a sentence's "But" before it is no given name)
    return not (b < t.n and t.cap(b) and not t.line_start[b])
