"""One briefing memo from many documents: ``briefing export PATH... --merge [--words N]``.

Where :mod:`briefing.answers.export` writes one section per document, this writes one page about the
negotiation the documents follow (their most documented history, see
:mod:`briefing.answers.history`):

1. the latest status, dated, with the sentence that shows it;
2. sides, and mediators and guarantors (the threads' mediators, and third states or bodies
   that the text says work with both sides to implement, monitor, mediate or guarantee);
3. the agenda, each item at its latest status;
4. key terms: durations ("60 days"), mechanisms (monitoring, committees) and figures, each
   with its shortest sentence;
5. rounds in date order; 6. open questions; 7. the dated sources (identical documents once,
   their other paths named).

Items repeated across documents are merged (same value, same sentence).  The memo is cut to
about ``words`` words: the lists lose their last items first, the sources are always kept.
Document text is escaped (``_md``), so it cannot inject Markdown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from briefing.answers.actor_names import name_for
from briefing.answers.dedupe import unique_briefings
from briefing.answers.export import _code, _md
from briefing.answers.history import GAP_DAYS, History, _day, merge_histories
from briefing.common.textsafe import quoted_sentence

DEFAULT_WORDS = 500
MAX_SENTENCE_WORDS = 40  # a key-term sentence longer than this is cut
_STATUS = {"near_agreement": "near agreement"}
_MARK = {"agreed": "✔", "provisionally_agreed": "≈", "contested": "✖", "open": "?",
         "objective": "→"}
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                 "twenty|thirty|forty|fifty|sixty|ninety|hundred")
_DURATION = re.compile(rf"\b(\d+|{_NUMBER_WORDS})[- ](day|week|month|year|hour)s?\b",
                       re.IGNORECASE)
_MECHANISM = re.compile(r"\b(mechanisms?|monitor(?:ing|ed|s)?|observers?|observer mission|"
                        r"verification|verif(?:y|ied)|(?:joint |tripartite |military )?"
                        r"(?:committee|commission)s?)\b", re.IGNORECASE)
_FIGURE = re.compile(r"(?:[$€£]\s?\d[\d,.]*(?:\s?(?:million|billion))?|\b\d[\d,.]*\s?"
                     r"(?:%|per ?cent|million|billion|troops|soldiers|fighters|prisoners|"
                     r"hostages|detainees|kilometers|kilometres|km|miles|tonnes|tons))",
                     re.IGNORECASE)
_DEAL = re.compile(r"\b(?:agreement|deal|cease-?fire|truce|cessation|arrangement|accord|"
                   r"withdraw\w*|implement\w*|in effect|take effect)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:over the (?:last|past)|in the (?:last|past)|ago)\b", re.IGNORECASE)
# What a third party does between two sides (implementing or monitoring alone is what the
# sides do: "the two sides agreed to implement …" names no mediator).
_THIRD_PARTY_CUE = re.compile(r"\b(?:mediat\w*|broker\w*|facilitat\w*|chair(?:ed|s)? by|"
                              r"guarant\w*|good offices|work with|monitored by|hosted by|"
                              r"with the (?:full )?support of)\b", re.IGNORECASE)
_THIRD_PARTY_KINDS = ("state", "igo", "government", "state_group")


@dataclass
class _Item:
    """One line of a list section, with how many documents said it (for ranking)."""

    text: str
    weight: float = 1.0
    key: str = ""


@dataclass
class _Section:
    title: str
    items: list[_Item] = field(default_factory=list)
    keep: int = 99  # items shown (lowered to fit the word target)
    floor: int = 1  # never fewer than this

    def lines(self) -> list[str]:
        if not self.items:
            return []
        return [f"## {self.title}", "", *(f"- {i.text}" for i in self.items[:self.keep]), ""]


def focused(briefings: Sequence[Any], query: str, hits: Sequence[Any] = ()) -> list[Any]:
    """The documents of a search's ``hits`` that answer every word of its ``query`` (its words,
    not its ``@actor``, filters or exclusions): those with a hit paragraph holding them all,
    else those holding them all anywhere, else all ``briefings``.

    For the memo of a search's hits: when too few paragraphs hold every word, the search also
    shows paragraphs missing one ("hezbollah cessation" brings every cessation of hostilities
    of the corpus), and those documents would make the page about other talks."""
    from briefing.search.filters import split, split_actor
    from briefing.search.query import parse
    from briefing.search.text import keys

    wanted = [t.key for t in parse(split_actor(split(query).text)[0]).terms]
    if len(wanted) < 2:
        return list(briefings)

    def has_all(text: str) -> bool:
        have = set(keys(text))
        return all(w in have or any(h.startswith(w) for h in have) for w in wanted)

    texts = {b.document.path: b.document.text for b in briefings}
    close = {h.path for h in hits if h.path in texts and has_all(texts[h.path][h.start:h.end])}
    return ([b for b in briefings if b.document.path in close]
            or [b for b in briefings if has_all(texts[b.document.path])] or list(briefings))


def merged_memo(briefings: Iterable[Any], words: int = DEFAULT_WORDS) -> str:
    """The one-page memo for ``briefings`` (see the module docstring)."""
    kept, twins = unique_briefings(briefings)
    kept.sort(key=lambda b: (b.document.published or "", b.document.path))
    main = _main_history(merge_histories(kept))
    head = [f"# {_md(_title(main, kept))}", ""]
    sections = _sections(main, kept)
    sources = _sources(kept, twins)
    lead = _lead(main, kept)

    def render() -> str:
        lines = head + lead
        for section in sections:
            lines += section.lines()
        lines += ["## Sources", "", *sources, ""]
        return "\n".join(lines).rstrip() + "\n"

    # Trim the longest list by one item at a time until the memo fits.
    text = render()
    while _words(text) > words:
        trimmable = [s for s in sections if min(s.keep, len(s.items)) > s.floor]
        if not trimmable:
            break
        longest = max(trimmable, key=lambda s: sum(_words(i.text)
                                                   for i in s.items[:s.keep]))
        longest.keep = min(longest.keep, len(longest.items)) - 1
        text = render()
    return text


def _main_history(histories: Sequence[History]) -> History | None:
    """The most documented history, joined by the others of the selection between the same
    two parties while the talks go on (another topic of the same talks) or sharing a side with
    it at the same time (Israel–Lebanon and Israel–Hezbollah in the same weeks are one page):
    the reader chose these documents together.  Talks of the same pair that the histories keep
    apart because years lie between them (2016 Syria and 2025 Black Sea U.S.–Russia talks) stay
    apart: one page never tells two negotiations as one."""
    if not histories:
        return None
    main = histories[0]
    first, last = main.first_date or "", main.last_date or "9999"
    related = [h for h in histories[1:] if h.key == main.key and _within_gap(h, main) or (
        set(h.parties) & set(main.parties)
        and (h.first_date or "") <= last and (h.last_date or "9999") >= first)]
    if not related:
        return main
    steps = sorted({(s.path, s.negotiation_id): s for h in (main, *related)
                    for s in h.steps}.values(),
                   key=lambda s: (s.date is None, s.date or "", s.path, s.primary))
    count: Counter[str] = Counter(p for s in steps for p in s.parties)
    parties = list(main.parties) + [p for h in related for p in h.parties
                                    if p not in main.parties and count[p] * 3 >= len(steps)]
    parties = list(dict.fromkeys(parties))
    names = dict(zip(main.parties, main.names, strict=False))
    for h in related:
        names.update(zip(h.parties, h.names, strict=False))
    return replace(main, parties=tuple(parties), names=tuple(name_for(p, names) for p in parties),
                   steps=tuple(steps))


def _within_gap(one: History, other: History) -> bool:
    """No silence longer than the histories' :data:`GAP_DAYS` lies between the two (undated
    ones cannot be told apart: they are close)."""
    a0, a1, b0, b1 = (_day(one.first_date), _day(one.last_date),
                      _day(other.first_date), _day(other.last_date))
    if a0 is None or a1 is None or b0 is None or b1 is None:
        return True
    return max(a0, b0) - min(a1, b1) <= GAP_DAYS


def _words(text: str) -> int:
    return len(text.split())


def _title(main: History | None, briefings: Sequence[Any]) -> str:
    if main is None:
        return "Briefing memo"
    # the parties' names take "talks"; without names the thread's label already names its
    # kind ("Unidentified parties talks", "A–B negotiations (mediated by C)"): never "talks talks"
    who = _then_word(" – ".join(main.names), "talks") or main.label
    return f"Briefing: {who}" + (f" ({main.topic.split(';')[0]})" if main.topic else "")


def _then_word(text: str, word: str) -> str:
    """``text`` followed by ``word``, unless it already ends with that word ("" stays "")."""
    if not text or text.split()[-1].casefold() == word.casefold():
        return text
    return f"{text} {word}"


def _lead(main: History | None, briefings: Sequence[Any]) -> list[str]:
    if main is None:
        return ["*No negotiation found in these documents.*", ""]
    latest = main.latest
    status = _STATUS.get(latest.status, latest.status.replace("_", " "))
    when = latest.date or "undated"
    lines = [f"**Latest status ({when}): {status}.**"]
    if latest.evidence is not None:
        lines[0] += f" “{_md(_cut(quoted_sentence(latest.evidence.text), 45))}”"
    lines.append("")
    earlier = [s for s in main.steps[:-1] if s.status != latest.status]
    if earlier:
        path = " → ".join(f"{_STATUS.get(s.status, s.status.replace('_', ' '))} "
                          f"({s.date or 'undated'})" for s in _runs(main.steps))
        lines += [f"Status over time: {path}.", ""]
    names = {a.id: a.name for b in briefings for a in b.actors}
    sides = ", ".join(_md(name_for(p, names)) for p in main.parties)
    lines.append(f"**Sides:** {sides or 'not identified'}")
    third = _third_parties(main, briefings)
    if third:
        lines.append("**Mediators and guarantors:** " + ", ".join(_md(n) for n in third))
    lines.append("")
    return lines


def _runs(steps: Sequence[Any]) -> list[Any]:
    """The first step of each run of equal statuses (the status path, without repeats)."""
    out: list[Any] = []
    for step in steps:
        if not out or out[-1].status != step.status:
            out.append(step)
    return out[-6:]


def _third_parties(main: History, briefings: Sequence[Any]) -> list[str]:
    """Mediators of the threads, then states and bodies that the text has working with the
    sides (a sentence naming two sides, the third party and a mediation cue)."""
    names = {a.id: a.name for b in briefings for a in b.actors}
    score: Counter[str] = Counter()
    for step in main.steps:
        for mediator in step.mediators:
            score[mediator] += 3
    sides = set(main.parties)
    paths = {s.path for s in main.steps}
    for briefing in briefings:
        if briefing.document.path not in paths:
            continue
        text = briefing.document.text
        spans: list[tuple[int, int, str]] = sorted(
            (m.start, m.end, a.id) for a in briefing.actors for m in a.mentions
            if (a.kind in _THIRD_PARTY_KINDS or a.id in sides)
            and getattr(m, "role", "actor") != "location")  # "talks in Riyadh, Saudi Arabia"
        for sentence in briefing.document.sentences:
            inside = {i for s, _e, i in spans if sentence.start <= s < sentence.end}
            if len(inside & sides) < 2:
                continue
            if not _THIRD_PARTY_CUE.search(text, sentence.start, sentence.end):
                continue
            for actor_id in inside - sides:
                score[actor_id] += 1
    return [name_for(a, names) for a, _n in score.most_common(4) if a not in sides]


def _sections(main: History | None, briefings: Sequence[Any]) -> list[_Section]:
    if main is None:
        return []
    paths = {s.path for s in main.steps}
    docs = [b for b in briefings if b.document.path in paths]
    agenda = _Section("Agenda (latest status)", floor=2, keep=8)
    seen: dict[str, tuple[str, str, str]] = {}
    for step in main.steps:  # date order: a later document's status wins
        briefing = next(b for b in docs if b.document.path == step.path)
        thread = next((n for n in briefing.negotiations if n.id == step.negotiation_id), None)
        for issue in thread.issues if thread else ():
            if issue.key == "other":
                continue
            seen[issue.key] = (issue.label, issue.status, step.date or "undated")
    for label, status, date in seen.values():
        agenda.items.append(_Item(f"{_MARK.get(status, '-')} {_md(_cut(label, 12))} "
                                  f"(*{status.replace('_', ' ')}*, {date})"))
    terms = _Section("Key terms", floor=3)
    terms.items = _key_terms(docs)
    rounds = _Section("Rounds", floor=1)
    for rnd in main.rounds:
        outcome = f": {rnd.outcome.replace('_', ' ')}" if rnd.outcome else ""
        rounds.items.append(_Item(f"{rnd.date or 'undated'}, {_md(rnd.place) or 'place unknown'}"
                                  f"{outcome}"))
    questions = _Section("Open questions", floor=0, keep=4)
    texts: dict[str, None] = {}
    # Only this negotiation's threads: a briefing transcript's other threads ask of others.
    threads = {(s.path, s.negotiation_id) for s in main.steps}
    for briefing in reversed(docs):  # the latest documents' questions first
        for thread in briefing.negotiations:
            if (briefing.document.path, thread.id) not in threads:
                continue
            for question in thread.open_questions:
                flat = " ".join(question.text.split())
                if flat.endswith("?") and len(flat.split()) >= 6:  # a whole question
                    texts.setdefault(flat, None)
    questions.items = [_Item(_md(_cut(q, 30))) for q in texts]
    return [s for s in (agenda, terms, rounds, questions) if s.items]


def _key_terms(docs: Sequence[Any]) -> list[_Item]:
    """Durations, mechanisms and figures, each once with its shortest sentence; what more
    documents say comes first."""
    # key -> (paths, kind, best sentence, whether a sentence speaks of the deal)
    found: dict[str, tuple[set[str], str, str, bool]] = {}
    for briefing in docs:
        text = briefing.document.text
        for sentence in briefing.document.sentences:
            chunk = " ".join(text[sentence.start:sentence.end].split())
            if "?" in chunk or len(chunk.split()) < 5:
                continue  # a question asked at a briefing is no term of the deal
            deal = bool(_DEAL.search(chunk)) and not _PAST.search(chunk)
            for kind, pattern in (("duration", _DURATION), ("mechanism", _MECHANISM),
                                  ("figure", _FIGURE)):
                for match in pattern.finditer(chunk):
                    key = _term_key(kind, match)
                    paths, _k, best, about = found.get(key, (set(), kind, "", False))
                    paths.add(briefing.document.path)
                    # The shortest sentence about the deal, else the shortest one.
                    if not best or (deal and not about) or (
                            deal == about and len(chunk) < len(best)):
                        best = chunk
                    found[key] = (paths, kind, best, about or deal)
    items: list[_Item] = []
    used: set[str] = set()
    order = {"duration": 0, "mechanism": 1, "figure": 2}
    # Terms of the deal (said in a sentence about it) first, then by documents saying them.
    ranked = sorted(found.items(), key=lambda kv: (-kv[1][3], -len(kv[1][0]),
                                                  order[kv[1][1]], kv[0]))
    per_kind: Counter[str] = Counter()
    for key, (paths, kind, sentence, about) in ranked:
        if sentence in used or per_kind[kind] >= 3 or (not about and len(paths) < 2):
            continue  # a term not said of the deal must at least be repeated
        used.add(sentence)
        per_kind[kind] += 1
        label = key.split(":", 1)[1]
        n = len(paths)
        items.append(_Item(f"**{_md(label)}** ({kind}{f', {n} documents' if n > 1 else ''}): "
                           f"“{_md(_cut(sentence, MAX_SENTENCE_WORDS))}”", n, key))
    # One of each kind first (the page must carry a duration and a mechanism), then the rest.
    firsts = [next((i for i in items if i.key.startswith(k)), None) for k in order]
    head = [i for i in firsts if i is not None]
    return head + [i for i in items if i not in head]


def _term_key(kind: str, match: re.Match[str]) -> str:
    if kind == "duration":
        return f"duration:{match.group(1).lower()} {match.group(2).lower()}s"
    if kind == "mechanism":
        word = match.group(1).lower()
        word = {"monitored": "monitoring", "monitors": "monitoring", "monitor": "monitoring",
                "mechanisms": "mechanism", "verify": "verification",
                "verified": "verification"}.get(word, word)
        return f"mechanism:{word}"
    return f"figure:{match.group(0).strip().lower()}"


def _cut(text: str, limit: int) -> str:
    words = text.split()
    return " ".join(words) if len(words) <= limit else " ".join(words[:limit]) + " …"


def _sources(briefings: Sequence[Any], twins: dict[str, list[str]]) -> list[str]:
    lines = []
    for briefing in reversed(briefings):  # newest first
        doc = briefing.document
        parts = [doc.published or "undated", _md(doc.source) if doc.source else "source unknown",
                 _md(doc.display_title), _code(doc.path)]
        line = "- " + " · ".join(parts)
        if twins.get(doc.path):
            line += " (also " + ", ".join(_code(p) for p in twins[doc.path]) + ")"
        lines.append(line)
    return lines
