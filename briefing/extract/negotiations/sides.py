"""Who sits at the table: cues that keep sides and mediators apart.

Rules, each tested on invented sentences in ``tests/test_neg_sides.py``:

* **the author of a statement** ("Statement by President X on ...", "X Statement on ...") is
  not a side because the title names them: their state sits at the table only when the text
  coordinates it with another side, puts it after "between", or has it negotiate;
* **the publisher**: a government's own release ("The White House") speaks for its state, which
  is no side unless the text seats it at the table (coordinated with a side, after "between",
  negotiating) -- it welcomes, mediates, or reports;
* **thanks for mediation**: actors thanked for their role, their diplomatic efforts, or for
  helping to bring the fighting to an end are mediators ("I thank A and B for helping to end
  the hostilities"); thanks for a side's own commitment are not;
* **witnesses**: "as witnessed by A and the Prime Minister of B", "in the presence of A" make
  A and B mediators (they vouch for the deal, they do not sign it as sides);
* **captors**: whoever holds the hostages or prisoners ("hostages held by X", "taken hostage
  by X") is a side of the deal that would release them;
* **a described side**: "a ceasefire between A and militants based in Z" names the other side
  by description; when the text names exactly one armed group, that group is the side;
* **accession**: the body a state applies to join ("apply to join X", "membership of X",
  "accession to X") negotiates its entry with the applicant: both are sides;
* **forums are no sides** (``actors.forums``): a committee, commission, council or team (a
  joint border committee) is where sides meet, not a side;
* **principals coordinated**: "the Prime Minister of A and the Prime Minister of B" coordinates
  A and B as "A and B" does;
* **the title's pair**: a title naming two after "between" ("Meeting Between President A and
  President B", "Truce Between A and B") names the primary's sides, whatever else the text
  thanks them for;
* **a joint statement's authors**: the states and bodies a title names as a statement's authors
  ("Joint Statement by the United States, Australia, ... and Qatar") that are not sides of the
  truce it calls for mediate it;
* **known mediators** (``mediations.yaml``, a KB of facts): when one side of a known pair sits
  at the table and its counterpart is named in the text, the pair's habitual mediators that
  were seated as sides ("talks with Qatar and Egypt") are mediators, and the counterpart takes
  the seat; a lone side gets its named counterpart too; once both sides of the pair sit, other
  actors seated beside them (another topic of a press briefing) leave the table; when only a
  pair's mediators were seated, the pair the text's negotiation sentences name most sits; once
  the pair sits, its habitual mediators that the text names are mediators.
  Dated facts never apply to an undated text.
* **the publisher at its own table**: a government's own text that seats its state as a side
  by a cue of its own (coordinated with another, after "between", with a verb of talks, "our
  deal with A") -- beyond the author's cap -- where the primary has no pair for it to broker
  between (one side, seated no more strongly than it, or none) is a side of its own deal, not
  its mediator -- unless that one side belongs to a known pair the publisher mediates; with
  nobody else seated, its counterpart is the actor the text seats most as a side (the first
  named of equals);
* **the publisher's pair**: a government's own text on a deal whose sides it seats nobody for,
  when the publisher habitually mediates a known pair whose two sides the text names, seats
  that pair (the one named most) and mediates it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefing.extract.gate import gated, lower_short
from briefing.knowledge import KnowledgeBase, tokenize
from briefing.model import Actor

# "Statement by President X", "Remarks of X", "Readout of X's call": X is the author
AUTHOR_BEFORE = re.compile(r"\b(?i:statement|remarks|readout|message|op-ed|letter)\s+(?:from|by|of)"
                           r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}$")
# "President X Statement on ...", "X's Remarks"
AUTHOR_AFTER = re.compile(r"^(?:['’]s)?\s+(?:statement|remarks|readout|message)\b", re.IGNORECASE)

_THANKS = re.compile(r"\b(?:thank\w*|grateful|gratitude|commend\w*|appreciat\w*|salute\w*|"
                     r"praise\w*)\b", re.IGNORECASE)
_THANKS_STEMS = ("thank", "grateful", "gratitude", "commend", "apprecia", "salute", "praise")
_MEDIATION_ROLE = re.compile(
    r"\b(?:(?:leadership\s+|central\s+|critical\s+|key\s+|important\s+|vital\s+|constructive\s+)?"
    r"roles?\s+(?:of|in|that)|played\s+(?:a|an)\s+(?:\w+\s+)?role|helping\s+to|"
    r"help(?:ed)?\s+(?:to\s+)?(?:bring|end|secure|achieve|broker)|diplomatic\s+efforts|"
    r"mediation\s+efforts|efforts\s+to\s+(?:mediate|broker)|good\s+offices|in\s+this\s+diplomacy|"
    r"hospitality|(?:in|for)\s+(?:once\s+again\s+)?(?:facilitating|hosting|mediating|brokering)|"
    # "for his leadership in the facilitation of negotiations", "for their hard work finalizing
    # the agreement": the thanked helped the sides to it
    r"(?:facilitation|mediation)\s+of|work\s+(?:in\s+|on\s+)?(?:finali[sz]ing|securing|"
    r"reaching|brokering|negotiating)|"
    # "thanked X for his support for the UN-mediated truce": a supporter, not a signatory
    r"support\s+(?:for|of)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:truce|cease-?fire|talks|"
    r"negotiations|peace\s+process|deal|agreement))\b",
    re.IGNORECASE)

WITNESS_AFTER = gated(re.compile(
    r"\b(?:witnessed\s+by|in\s+the\s+presence\s+of(?:\s+and\s+supported\s+by)?)"
    r"\s+(?:the\s+)?(?:[\w.’'-]+,?\s+(?:and\s+)?){0,5}$", re.IGNORECASE))

_CAPTOR_BEFORE = gated(re.compile(
    r"\b(?:hostages?|captives?|prisoners?|detainees?|abductees?)\s+"
    r"(?:\w+\s+){0,2}?(?:held|kept|seized|taken)\s+by\s+(?:the\s+)?$|"
    r"\b(?:taken|held|kept)\s+(?:hostage|captive|prisoner)\s+by\s+(?:the\s+)?$|"
    r"\b(?:kidnapped|abducted)\s+by\s+(?:the\s+)?$", re.IGNORECASE))

_DESCRIBED_SIDE = re.compile(r"\s*and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:militants|rebels|"
                             r"insurgents|fighters|militias?|armed\s+groups?|gunmen|guerrillas)\b",
                             re.IGNORECASE)

_ACCESSION_BEFORE = gated(re.compile(
    r"\b(?:(?:apply|applied|applies|applying|application|bid|seek\w*|"
    r"wants?|hop\w*|plans?|ready|eager)\s+to\s+join|membership\s+(?:of|in)|"
    r"accession\s+(?:to|into)|entry\s+into|admission\s+(?:to|into))\s+"
    r"(?:the\s+)?$", re.IGNORECASE))

# "A and the Prime Minister of B": a principal's title between two coordinated names
PRINCIPAL_GAP = re.compile(r"^\s*,?\s*and\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}of\s+(?:the\s+)?$")


def publisher_state(source: str | None, kb: KnowledgeBase) -> str | None:
    """The state whose government published the text (its source is a government body the
    knowledge base knows: "The White House" -> usa), else None."""
    if not source:
        return None
    name = source.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    for entry in kb.gazetteer.get(tokenize(name), ()):
        ent = kb.get(entry[0])
        if ent and ent.get("kind") == "government":
            return ent.get("country") or ent.get("part_of")
    return None


def is_author(text: str, start: int, end: int, title_end: int) -> bool:
    """Whether the person mentioned at ``start``..``end`` is the author named in a title."""
    if start >= title_end:
        return False
    return bool(AUTHOR_BEFORE.search(text, max(0, start - 60), start)
                or AUTHOR_AFTER.match(text[end:min(title_end, end + 20)]))


def thanked_for_mediation(sentence: str) -> int | None:
    """Where the thanks start in a sentence that thanks actors for their part in bringing
    about the deal (those named after it mediate; the one who thanks does not), else None."""
    low = lower_short(sentence)
    if not any(w in low for w in _THANKS_STEMS):
        return None  # cheap first: most sentences thank nobody
    thanks = _THANKS.search(sentence)
    if thanks is None or not _MEDIATION_ROLE.search(sentence, thanks.end()):
        return None
    return thanks.start()


def is_witness(text: str, lo: int, start: int) -> bool:
    """"as witnessed by the President of A", "in the presence of A" right before ``start``."""
    return bool(WITNESS_AFTER.search(text, max(lo, start - 100), start))


def is_captor(text: str, lo: int, start: int) -> bool:
    """"hostages held by X", "taken hostage by X": ``X`` (at ``start``) holds them."""
    return bool(_CAPTOR_BEFORE.search(text, max(lo, start - 50), start))


def described_side_after(text: str, end: int, hi: int) -> bool:
    """"between A and Gaza-based militants": the side after A is named by a description."""
    return bool(_DESCRIBED_SIDE.match(text, end, hi))


_APPLICANT_AFTER = gated(re.compile(
    r"(?:['’]s)?[^.;:]{0,40}?\b(?:apply|applied|applies|applying|"
    r"application|bid|seeks?|seeking)\s+(?:formally\s+)?to\s+join\b",
    re.IGNORECASE))


def applies(text: str, end: int, hi: int) -> bool:
    """"X, which will formally apply to join ...", "X's bid to join": X is the applicant."""
    return bool(_APPLICANT_AFTER.match(text, end, hi))


def joined(text: str, lo: int, start: int) -> bool:
    """"apply to join the X", "membership of X": X (at ``start``) is asked to admit someone."""
    return bool(_ACCESSION_BEFORE.search(text, max(lo, start - 40), start))


def known_mediations(parties: list[str], mediators: list[str], present: set[str],
                     kb: KnowledgeBase, published: str | None,
                     named: dict[str, int] | None = None) -> tuple[list[str], list[str]]:
    """Apply the KB's habitual mediators to a thread's sides (see the module docstring).
    ``named``: how many negotiation sentences name each actor (to choose, when only mediators
    were seated, the pair they mediate for that the text speaks of most)."""
    known = kb.mediations_at(published)
    if parties and named is not None and all(any(p in meds for _s, meds in known)
                                             for p in parties):
        # only mediators at the table: the pair they mediate for, named most, sits there
        fits = [(sum(named.get(x, 0) for x in sides), sides) for sides, meds in known
                if set(sides) <= present and set(parties) <= set(meds)]
        best = max(fits, default=None)
        if best is not None and all(named.get(x, 0) for x in best[1]):
            mediators = mediators + [p for p in parties if p not in mediators]
            parties = list(best[1])
    for sides, meds in known:
        a, b = sides
        if a not in parties and b not in parties:
            continue
        seated, other = (a, b) if a in parties else (b, a)
        moved = [p for p in parties if p in meds]
        lone = [p for p in parties if p not in meds] == [seated]
        if other not in present or not (moved or other in parties or lone):
            continue
        kept = [p for p in parties if p not in meds or p in sides]
        if other in kept:  # the known pair is the table: the rest were named beside it
            kept = [p for p in kept if p in sides]
        if other not in kept:  # the counterpart sits beside the seated side
            kept.insert(kept.index(seated) + 1, other)
        parties = kept
        mediators = mediators + [m for m in moved if m not in mediators]
        if named is not None and a in parties and b in parties:
            # the pair's habitual mediators that the text names mediate here
            mediators = mediators + [m for m in meds if m not in mediators and m not in parties
                                     and m in present]
    return parties, mediators


_STATEMENT_BY = re.compile(r"^\s*(?:joint\s+)?(?:statement|declaration|communiqu[eé])\s+(?:by|from|of)"
                           r"\s", re.IGNORECASE)


def statement_authors_mediate(title: str, named: list[str], parties: list[str],
                              mediators: list[str]) -> list[str]:
    """``mediators`` plus the authors a statement's title names that are not ``parties``."""
    if not _STATEMENT_BY.match(title) or not parties:
        return mediators
    authors = [p for p in dict.fromkeys(named) if p not in parties and p not in mediators]
    return mediators + authors


def co_mediators(parties: list[str], mediators: list[str], present: set[str], own: str | None,
                 kb: KnowledgeBase, published: str | None) -> tuple[list[str], list[str]]:
    """A government's readout of its call with a fellow mediator ("President Biden spoke with
    the Amir of Qatar ... the hostage deal"): when the two seated are the publisher and an
    actor that, with it, habitually mediates a pair (``mediations.yaml``) neither of whose
    sides the text names, the call is between mediators: the other is a mediator, the
    publisher leaves the table, and the deal's sides go unnamed."""
    if own is None or len(parties) != 2 or own not in parties:
        return parties, mediators
    other = next(p for p in parties if p != own)
    for sides, meds in kb.mediations_at(published):
        if own in meds and other in meds and not set(sides) & present:
            return [], mediators + [other] if other not in mediators else mediators
    return parties, mediators



def publisher_mediates_pair(parties: list[str], mediators: list[str], own: str | None,
                            actors: Iterable[Actor], kb: KnowledgeBase,
                            published: str | None) -> tuple[list[str], list[str]]:
    """A government's own text on a deal whose sides it seats nobody for ("bringing the
    ceasefire and hostage release deal to closure"): when the publisher habitually mediates a
    known pair (``mediations.yaml``, valid at ``published``) and the text names both of its
    sides (counted by their name mentions among ``actors``), that pair sits at the table and the
    publisher mediates; of several such pairs, the one the text names most."""
    if own is None or parties or any(m != own for m in mediators):
        return parties, mediators
    named = {a.id: len(a.mentions) for a in actors}  # (only for a table no one sits at)
    fits = [(named.get(a, 0) + named.get(b, 0), (a, b)) for (a, b), meds
            in kb.mediations_at(published)
            if own in meds and named.get(a, 0) and named.get(b, 0)]
    if not fits:
        return parties, mediators
    _n, pair = max(fits)
    return list(pair), [own]


AUTHOR_CAP = 0.1  # the side score an unseated author keeps (``parties`` caps it there)


def publisher_at_own_table(parties: list[str], mediators: list[str], own: str | None,
                           side_scores: Mapping[str, float], kb: KnowledgeBase,
                           published: str | None) -> tuple[list[str], list[str]]:
    """The publisher's state, made a mediator of a primary with fewer than two sides although
    the text seats it as a side (its side score above :data:`AUTHOR_CAP`, at least the lone
    side's), is a side: a mediator brokers between two others, and there are none -- unless
    the lone side is one of a pair the publisher habitually mediates (``mediations.yaml``,
    valid at ``published``): its counterpart goes unnamed, the publisher still brokers."""
    if own is None or own not in mediators or len(parties) > 1:
        return parties, mediators
    weight = side_scores.get(own, 0.0)
    if weight <= AUTHOR_CAP or (parties and weight < side_scores.get(parties[0], 0.0)):
        return parties, mediators
    if parties and any(own in meds and parties[0] in sides
                       for sides, meds in kb.mediations_at(published)):
        return parties, mediators
    mediators = [m for m in mediators if m != own]
    if parties:
        return parties + [own], mediators
    rest = [(w, p) for p, w in side_scores.items() if p != own and p not in mediators and w > 0.0]
    if not rest:
        return [own], mediators
    return [own, max(rest, key=lambda wp: wp[0])[1]], mediators  # the first named of equals


def _principals(by_id: Mapping[str, Actor]) -> set[str | None]:
    """The states and bodies a named person at the table acts for."""
    return {a.affiliation for a in by_id.values()
            if a.kind == "person" and a.tier == "party" and a.mentions}


COUNTRY_MENTIONS_MAX = 2  # a state named this often or less beside organisations is their country


def without_the_sides_country(parties: list[str], by_id: Mapping[str, Actor]) -> list[str]:
    """``parties`` without a state named at most :data:`COUNTRY_MENTIONS_MAX` times when a
    named organisation (a firm, a union) that the text names more often sits at the table: in
    a wage round or a takeover between bodies, such a state is where they are ("its only U.S.
    car plant", "West German bankers"), not a side -- unless a named principal of it is a
    party."""
    most = max((len(a.mentions) for p in parties
                if (a := by_id.get(p)) is not None and a.kind == "organization"), default=0)
    if not most:
        return parties
    # a state whose named principal is a party acts through them (a minister in a pay dispute)
    principals = _principals(by_id)
    return [p for p in parties if (a := by_id.get(p)) is None or a.kind != "state"
            or p in principals or not len(a.mentions) < min(most, COUNTRY_MENTIONS_MAX + 1)]


def without_passing_third_states(parties: list[str], by_id: Mapping[str, Actor],
                                 lede_end: int) -> list[str]:
    """``parties`` without the states the text names only once, after its headline and lede
    (``lede_end``), when at least two other sides sit at the table: another pair's talks
    recalled ("talks with A and B have been going on for ten years"), a country named for
    comparison, not a third side (unless a named principal of it is a party)."""
    if len(parties) < 3:
        return parties
    principals = _principals(by_id)

    def passing(p: str) -> bool:
        a = by_id.get(p)
        return a is not None and a.kind == "state" and len(a.mentions) == 1 \
            and a.mentions[0].start >= lede_end and p not in principals

    kept = [p for p in parties if not passing(p)]
    return kept if len(kept) >= 2 else parties
