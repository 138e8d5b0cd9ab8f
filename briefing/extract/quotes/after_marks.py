"""Attribution after a quotation's closing mark, and the sentence-final attribution.

Functions of the quote finder (:mod:`~briefing.extract.quotes.finder`) that read who speaks from
the words after the marks: the attribution right after them (`"…," Roe said`, `"…," said the
envoy`, `"…" — Peres, on …`, `"…," the paper quotes a source …`), a speech verb after a
quote inside its own sentence (`It also "strongly" condemned …`) and a sentence ending with its
attribution (`…, Mr Straw said.`).  Each takes the document and its
:class:`~briefing.extract.quotes.resolve.Speakers`.
"""

from __future__ import annotations

import re

from briefing.extract.quotes.marks import MARKS, Raw
from briefing.extract.quotes.resolve import Speakers
from briefing.extract.quotes.words import (
    AFTER_APPOSED,
    AFTER_APPOSED_LOOSE,
    AFTER_BEHALF,
    AFTER_DASH,
    AFTER_INVERTED,
    AFTER_NORMAL,
    AFTER_RELAY,
    COORDINATED_PREDICATE,
    NP_STOP,
    SPEECH_VERB,
    SPEECH_VERBS,
)
from briefing.model import Actor, Document, Quote, Span

# A sentence that ends with its attribution: ", Mr Abbas added." / ", said the envoy."
# (the verb may take its audience, day or setting: ", a company spokesman told Reuters.",
# ", the minister said on Monday.", ", the bank said in a statement.")
_FINAL_TAIL = (r"(?:\s+(?:Reuters|reporters|journalists|newsmen|today|yesterday|tonight|"
               r"(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
               r"Sunday)|(?:in|at|to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
               r"interview|conference|briefing|meeting|seminar|release)))?")
FINAL_NORMAL = re.compile(rf",\s+(?P<who>[^,;:\"“”]{{2,60}}?)\s+(?:{SPEECH_VERBS})"
                           + _FINAL_TAIL + r"\s*[.!]?[\"”’']?\s*$", re.IGNORECASE)
# (", told Reuters." is no inversion: who follows "told" is the one spoken to)
FINAL_INVERTED = re.compile(rf",\s+(?!(?:told|tells|tell)\b)(?:{SPEECH_VERBS})\s+"
                             r"(?P<who>[^,;:\"“”]{2,60}?)\s*[.!]?[\"”’']?\s*$", re.IGNORECASE)
# ", Jo Roe, administrator of the farm service, told Reuters.": the name before an apposition
FINAL_APPOSED = re.compile(rf",\s+(?P<who>[^,;:\"“”]{{2,60}}?),\s+[^;:\"“”]{{2,120}}?,\s+"
                            rf"(?:{SPEECH_VERBS})" + _FINAL_TAIL + r"\s*[.!]?[\"”’']?\s*$",
                            re.IGNORECASE)
# a speech verb right after a quote, a word between at most (compiled once, not per quote)
_VERB_FIRST = re.compile(r"^\s*(?:\w+\s+)?(?P<v>" + SPEECH_VERB.pattern + ")", re.IGNORECASE)

# '"… every state we sell in" Roe told Reuters in an interview.': a wire story's attribution
# after a quotation whose closing comma was dropped -- a name or a pronoun and a speech verb (or
# the verb first), and nothing after them but a short tail to the sentence's end
_BARE_ATTRIBUTION = re.compile(
    r"\s+(?:(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?"
    r"(?:said|says|told|added|stated|declared|insisted|stressed)|(?:said|added|says)\s+"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\b[^.!?\"“”\n]{0,60}[.!?]")
# '"…," and said …', '"…," but later told …': a conjunction where the subject would be;
# '"…," and Doe said …': a clause of its own after the conjunction, whose subject is no
# attribution of the words before it
_CONJUNCTION_ONLY = re.compile(r"\s*(?:and|but|or)\b.*", re.IGNORECASE | re.DOTALL)
# '"…," the chairman of the committee, Jo Roe, said': a description, then the name it
# describes set off by commas, then the verb: the named person speaks
_AFTER_DESCRIBED_NAME = re.compile(
    r"^\s*,?\s*(?:the|a|an|its|their)\s+[^,.;:!?\"“”]{1,80}?,\s+(?P<np>[A-Z][\w’'-]*"
    r"(?:\s+(?:[A-Z][\w’'-]*\.?|de|la|van|von|del|da|di|le|bin|al)){1,4}),\s+"
    rf"(?:also\s+|later\s+)?(?:{SPEECH_VERBS})\b")
# '"…," the official, who declined to be named, said': a description, then a relative clause
# or an apposition set off by commas, then the verb (the description is the speaker)
_AFTER_DESCRIPTION_APPOSED = re.compile(
    r"^\s*,?\s*(?P<np>(?:the|a|an|one)\s+[^,.;:!?\"“”]{1,60}?),\s+(?:who|whom|whose|which|"
    r"a|an|the)\s+[^,.;:!?\"“”]{1,100}?,\s+"
    rf"(?:also\s+|later\s+)?(?:{SPEECH_VERBS})\b")
BARE_WORDS = 5  # fewer words are a title or a term, whatever follows them


def _bare_attribution(text: str, raw: Raw, rest: str) -> bool:
    """Whether the words after a quotation with no closing punctuation are its attribution
    ('"… in every state" Roe told Reuters.'): the quotation opens its sentence and is no title
    or term (it has several words), and a short attribution ends the sentence after it."""
    before = text[:raw.open_at].rstrip(" \t")
    if before and before[-1] not in "\n.!?":
        return False  # the marks sit inside a sentence: its words run on after them
    if len(text[raw.start:raw.end].split()) < BARE_WORDS:
        return False
    return _BARE_ATTRIBUTION.match(rest) is not None


def _after_normal(rest: str) -> re.Match[str] | None:
    """An attribution after the marks with its subject before the verb ('"…," Roe said'), not
    'Roe said "…," and pointed out …': a second verb of the subject before the marks, whose
    clause after them has no subject of its own."""
    m = AFTER_NORMAL.match(rest)
    # (the verb itself may follow the conjunction -- '"…," and said he …' has no subject
    # either -- or a new clause's subject: '"…," and Doe said')
    return None if m is not None and (COORDINATED_PREDICATE.match(m["np"])
                                      or _CONJUNCTION_ONLY.fullmatch(m["np"])) else m


def attribution_after(doc: Document, speakers: Speakers, raw: Raw, sent_end: int
                      ) -> tuple[Actor | None, Span | None, bool]:
    """Attribution after the closing mark; (speaker, cue, found)."""
    text = doc.text
    limit = min(len(text), max(sent_end, raw.close_at) + 1, raw.close_at + 160)
    rest = text[raw.close_at:limit]
    newline = rest.find("\n")
    if newline >= 0:
        rest = rest[:newline]
    # the inner text's last mark, past a closing single quote or bracket ("…?'")
    closing = text[raw.start:raw.end].rstrip().rstrip("'’)")[-1:]
    if closing not in ",.?!…—-" and not rest.lstrip().startswith((",", "—", "–")) \
            and not _bare_attribution(text, raw, rest):
        return None, None, False  # the quote runs on inside its sentence
    m = AFTER_DASH.match(rest)
    if m:  # '"…" — Peres, on whether …': an interview's pull quote
        lo, hi = raw.close_at + m.start("np"), raw.close_at + m.end("np")
        return speakers.in_region(lo, hi, subject_first=False), None, True
    m = AFTER_INVERTED.match(rest)
    if m:
        lo = raw.close_at + m.end()
        stop = NP_STOP.search(text, lo + 1, raw.close_at + len(rest))
        hi = stop.start() if stop else raw.close_at + len(rest)
        verb = SPEECH_VERB.search(rest)
        cue = verb_cue(doc, raw.close_at, verb)
        return speakers.in_region(lo, hi, subject_first=False), cue, True
    m = AFTER_BEHALF.match(rest)
    if m:  # '"…," a statement issued on behalf of Jo Roe, …, said': Jo Roe speaks
        lo, hi = raw.close_at + m.start("who"), raw.close_at + m.end("who")
        return speakers.in_region(lo, hi, subject_first=False), None, True
    m = AFTER_RELAY.match(rest)
    if m:  # '"…," the paper quotes a source close to the firm': the one quoted speaks
        lo = raw.close_at + m.end()
        stop = NP_STOP.search(text, lo + 1, raw.close_at + len(rest))
        hi = stop.start() if stop else raw.close_at + len(rest)
        return quoted_one(doc, speakers, lo, hi), None, True
    m = _after_normal(rest)
    if m and not MARKS.search(m["np"]):
        lo, hi = raw.close_at + m.start("np"), raw.close_at + m.end("np")
        verb = SPEECH_VERB.search(rest, m.end("np"))
        if closing in ".?!" and m["np"].lstrip()[:1].isupper() and verb is not None:
            # '… a year." And Gordon Brown said the figures …' is a new sentence, unless
            # it is only the attribution ('"…." Obama said Sunday.')
            tail = rest[verb.end():]
            tail = tail[:min((i for i in map(tail.find, ".!?\n") if i >= 0),
                             default=len(tail))]
            if len(tail.split()) > 4:
                return None, None, False
        return (speakers.in_region(lo, hi, subject_first=True),
                verb_cue(doc, raw.close_at, verb), True)
    m = AFTER_APPOSED.match(rest) or AFTER_APPOSED_LOOSE.match(rest) \
        or _AFTER_DESCRIBED_NAME.match(rest) or _AFTER_DESCRIPTION_APPOSED.match(rest)
    if m:
        lo, hi = raw.close_at + m.start("np"), raw.close_at + m.end("np")
        verb = SPEECH_VERB.search(rest, m.end("np"))
        return (speakers.in_region(lo, hi, subject_first=True),
                verb_cue(doc, raw.close_at, verb), True)
    return None, None, False


def verb_cue(doc: Document, base: int, verb: re.Match[str] | None) -> Span | None:
    """The span of a speech verb found at ``base`` + its offsets."""
    if verb is None:
        return None
    return doc.span(base + verb.start(), base + verb.end())


def quoted_one(doc: Document, speakers: Speakers, lo: int, hi: int) -> Actor | None:
    """The one a paper or agency quotes, named in ``text[lo:hi]`` ("quotes a source close
    to the firm", "quoted him as saying": "him" and "her" stand for a person as "he" and
    "she" do)."""
    pron = re.match(r"\s*(?P<p>him|her)\s*$", doc.text[lo:hi])
    if pron is not None:
        speakers.pronoun_subject = True
        return speakers.pronoun_at(lo + pron.start("p"), "he" if pron["p"] == "him"
                                        else "she", lo)
    return speakers.in_region(lo, hi, subject_first=False)


def verb_after_in_sentence(doc: Document, speakers: Speakers, raw: Raw, sent_start: int,
                           sent_end: int) -> tuple[Actor | None, bool]:
    """`It also "strongly" condemned …`: the quote sits before its own verb."""
    rest = doc.text[raw.close_at:min(sent_end, raw.close_at + 40)]
    m = _VERB_FIRST.match(rest)
    if not m:
        return None, False
    return speakers.in_region(sent_start, raw.open_at, subject_first=True), True


def sentence_final_speaker(doc: Document, speakers: Speakers, raw: Raw, sent_end: int
                           ) -> Actor | None:
    """The speaker of a closing ", <speaker> said." / ", said <speaker>." clause."""
    tail = doc.text[raw.close_at:sent_end]
    m = FINAL_NORMAL.search(tail) or FINAL_INVERTED.search(tail) \
        or FINAL_APPOSED.search(tail)
    if m is None:
        return None
    base = raw.close_at
    return speakers.in_region(base + m.start("who"), base + m.end("who"),
                                   subject_first=True)


GAP_CHARS = 160  # an attribution: a verb and a name, a post, a firm
# the end of a sentence, before the next quote's opening mark
_SENTENCE_END = re.compile(r"[.!?][\s\"“”]*\Z")


def attributed_before(text: str, last: Quote | None, last_raw: Raw | None, raw: Raw) -> bool:
    """Whether the words between the last quote's closing mark and ``raw``'s opening one are
    only the last quote's own attribution, ending its sentence ('"…," said Jo Roe of Acme Co.
    "…"'): the new quote, which names no one after it, goes on with the same speaker's words,
    whatever the sentence reader made of "Co." or "S and P." (a speech verb of the gap would
    otherwise read as the new quote's, and the firm named last as its speaker)."""
    if last is None or last_raw is None or last.cue is None \
            or not last_raw.close_at <= last.cue.start < raw.open_at:
        return False
    gap = text[last_raw.close_at:raw.open_at]
    # (no other quote between them, kept or not: the gap holds no mark)
    return len(gap) <= GAP_CHARS and "\n" not in gap and _SENTENCE_END.search(gap) is not None \
        and MARKS.search(gap.rstrip(" \"“”")) is None and len(SPEECH_VERB.findall(gap)) == 1
