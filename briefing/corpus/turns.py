"""Transcripts: speaker labels, turns, and the topic sections of a transcript without headings.

A press briefing, a press gaggle, remarks or an interview opens its turns with a label at the
start of a line: ``MS. JEAN-PIERRE:``, ``MR. KIRBY:``, ``THE PRESIDENT:``, ``SENIOR
ADMINISTRATION OFFICIAL:``, a reporter's ``Q`` (or ``Q:``) and an interviewee's ``A:``.  Such a
line is a paragraph of the speaker's turn, never a heading; the turn runs to the next label.

Which upper-case labels are speakers (and not "NOTE:" or "FACT SHEET:") is decided by their
words: an honorific or a title first ("MR.", "SECRETARY", "PRIME MINISTER", "THE PRESIDENT"),
or a role ("MODERATOR", "AUDIENCE MEMBER", "... OFFICIAL").  A bare surname ("LEAVITT:") counts
when it opens two turns or more in a document that has such labels too.  A reporter's "Q"
needs a second "Q" or a speaker label in the document ("Q magazine said..." is no question).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from briefing.model import Section, Turn

# An upper-case label of up to six words and a colon, at the start of a line.
_CAPS_LABEL = re.compile(r"([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,5}):(?=\s|$)")
# A reporter's question: "Q" and a space or a colon; an answer: "A:".
_Q_LABEL = re.compile(r"Q(?::[ \t]*|[ \t]+)(?=\S)")
_A_LABEL = re.compile(r"A:[ \t]*(?=\S)")
# "END 2:10 P.M. EDT", "END": the end of the transcript, in no turn.
_END = re.compile(r"END(?:\s+\d{1,2}:\d{2}\b.*)?")
MAX_LABEL_CHARS = 60
# An interview's label in reading case: one to four capitalised words and a colon.
_NAME_LABEL = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(?=\S)")
# Line openings with a colon that are no speaker ("Note: …", "Source: …").
_NOT_SPEAKERS = frozenset({"note", "notes", "source", "sources", "update", "updated", "editor",
                           "editors", "photo", "image", "related", "correction", "warning",
                           "see", "read", "also", "tags", "category", "categories", "date",
                           "time", "location", "subject", "re", "to", "from", "cc", "tel",
                           "fax", "email", "web", "step", "part", "chapter", "section",
                           "article", "annex", "table", "figure"})
MIN_INTERVIEW_CHANGES = 3  # speaker changes that make the labels an interview

# First words of a speaker label: honorifics and titles (upper case, as labels are written).
_LEADS = frozenset("""
MR MR. MS MS. MRS MRS. DR DR. MISS MADAM MADAME SIR DAME LORD LADY HIS HER PRESIDENT VICE
SECRETARY PRIME MINISTER SENATOR SEN. REPRESENTATIVE REP. CONGRESSMAN CONGRESSWOMAN GOVERNOR
GOV. MAYOR AMBASSADOR GENERAL GEN. ADMIRAL ADM. COLONEL COL. CAPTAIN CAPT. LIEUTENANT MAJOR
SERGEANT ADMINISTRATOR CHAIR CHAIRMAN CHAIRWOMAN DIRECTOR ACTING DEPUTY SPEAKER LEADER
CHANCELLOR KING QUEEN PRINCE PRINCESS SHEIKH EMIR CROWN TAOISEACH FIRST SECOND SENIOR STATE
CHIEF COMMISSIONER ATTORNEY JUDGE JUSTICE PROFESSOR PROF. REVEREND REV. FATHER FOREIGN
DEFENSE DEFENCE SPOKESPERSON SPOKESMAN SPOKESWOMAN PRESS NATIONAL SPECIAL ASSISTANT
""".split())  # noqa: SIM905 - a word list reads better as text
# Labels that are a role rather than a name.
_ROLES = frozenset("""
MODERATOR AUDIENCE AIDE PARTICIPANT PARTICIPANTS OPERATOR INTERVIEWER INTERVIEWEE REPORTER
REPORTERS QUESTION ANSWER HOST PANELIST PANELLIST NARRATOR ANNOUNCER CROWD VOICE VOICES
STUDENT STUDENTS
""".split())  # noqa: SIM905
# Last words that make a label a role: "SENIOR ADMINISTRATION OFFICIAL", "AUDIENCE MEMBER".
_ROLE_TAILS = frozenset("""
OFFICIAL OFFICIALS MEMBER MEMBERS CREW SPOKESPERSON SPOKESMAN SPOKESWOMAN MODERATOR HOST AIDE
REPORTER PARTICIPANT PARTICIPANTS INTERVIEWER
""".split())  # noqa: SIM905
# Interviewers' labels: their turns ask.
_ASKING = frozenset({"Q", "QUESTION", "INTERVIEWER", "REPORTER", "REPORTERS"})


@dataclass(frozen=True, slots=True)
class Label:
    """A speaker label found at ``start`` (a line's first character)."""

    start: int
    end: int  # after the label's words (the colon, if any, is not included)
    text_start: int  # where the turn's words begin on that line
    speaker: str  # reading case: "Ms. Jean-Pierre"
    question: bool


def reading_case(label: str) -> str:
    """``MS. JEAN-PIERRE`` → ``Ms. Jean-Pierre``; ``O'BRIEN`` → ``O'Brien``; "Q" stays."""
    if len(label) <= 2:
        return label
    words = []
    for word in label.split():
        parts = re.split(r"([-'’])", word.lower())  # separators at odd indexes
        words.append("".join(part.capitalize() if i % 2 == 0 and (i == 0 or len(part) > 1)
                             else part for i, part in enumerate(parts)))
    return " ".join(words)


# Memoised by label: a transcript repeats a handful of labels thousands of times.
@lru_cache(maxsize=4096)
def _letters(label: str) -> int:
    return sum(c.isalpha() for c in label)


@lru_cache(maxsize=4096)
def _reading(label: str) -> str:
    return reading_case(label.rstrip("."))


@lru_cache(maxsize=4096)
def _strong(label: str) -> bool:
    """Whether an upper-case label is a speaker's by its own words (see the module doc)."""
    words = label.split()
    first, last = words[0], words[-1]
    if first == "THE":
        return len(words) > 1 and (words[1] in _LEADS or words[1] in _ROLES)
    return first in _LEADS or " ".join(words) in _ROLES or first in _ROLES or last in _ROLE_TAILS


def find_labels(text: str, line_starts: Sequence[int]) -> dict[int, Label]:
    """The speaker labels of a document, by line start (empty unless it is a transcript).

    ``line_starts``: the offsets of the document's non-blank lines (after any title).
    """
    caps: list[tuple[int, re.Match[str], bool]] = []
    qs: list[tuple[int, re.Match[str]]] = []
    answers: list[tuple[int, re.Match[str]]] = []
    for start in line_starts:
        first = text[start:start + 1]
        if first == "Q":
            m = _Q_LABEL.match(text, start)
            if m:
                qs.append((start, m))
                continue
        if first == "A":
            m = _A_LABEL.match(text, start)
            if m:
                answers.append((start, m))
                continue
        if first.isupper():
            m = _CAPS_LABEL.match(text, start)
            if m and len(m.group(1)) <= MAX_LABEL_CHARS and _letters(m.group(1)) >= 2:
                caps.append((start, m, _strong(m.group(1))))
    strong = [c for c in caps if c[2]]
    counts: dict[str, int] = {}
    for _start, m, _ok in caps:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    labels: dict[int, Label] = {}
    for start, m, ok in caps:
        name = m.group(1)
        if ok or (strong and counts[name] >= 2):
            labels[start] = Label(start, m.end(1), _skip_colon(text, m.end(1)),
                                  _reading(name), name in _ASKING)
    if len(qs) >= 2 or (qs and labels):
        for start, m in qs:
            labels[start] = Label(start, start + 1, m.end(), "Q", True)
    if answers and any(text[s + 1:s + 2] == ":" for s, _m in qs):
        for start, m in answers:
            labels[start] = Label(start, start + 1, m.end(), "A", False)
    if not labels:
        labels = interview_labels(text, line_starts)
    return labels


def interview_labels(text: str, line_starts: Sequence[int]) -> dict[int, Label]:
    """An interview written with names as labels ("Wikinews: …", "Shimon Peres: …"): two or
    more names, each opening two lines or more, that take turns.  The name whose lines end
    with a question mark more often than not asks."""
    found: dict[str, list[tuple[int, re.Match[str]]]] = {}
    order: list[str] = []
    for start in line_starts:
        if not text[start:start + 1].isupper():
            continue
        m = _NAME_LABEL.match(text, start)
        if m is None or m.group(1).split()[0].rstrip(".").lower() in _NOT_SPEAKERS:
            continue
        found.setdefault(m.group(1), []).append((start, m))
        order.append(m.group(1))
    names = {name for name, hits in found.items() if len(hits) >= 2}
    turns = [name for name in order if name in names]
    changes = sum(1 for a, b in zip(turns, turns[1:], strict=False) if a != b)
    if len(names) < 2 or changes < MIN_INTERVIEW_CHANGES:
        return {}
    labels: dict[int, Label] = {}
    for name in names:
        lines = [text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
                 for start, _m in found[name]]
        asks = sum(line.rstrip().endswith("?") for line in lines) * 2 > len(lines)
        for start, m in found[name]:
            labels[start] = Label(start, m.end(1), _skip_colon(text, m.end(1)), name, asks)
    return labels


def _skip_colon(text: str, end: int) -> int:
    pos = end + 1 if text[end:end + 1] == ":" else end
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def is_end_line(line: str) -> bool:
    """A transcript's closing "END" line (with or without the time)."""
    return bool(_END.fullmatch(line))


def assign_turns(sections: list[Section], labels: dict[int, Label],
                 text: str) -> list[Section]:
    """``sections`` with their turns: each labelled paragraph opens one, which runs to the
    next label (a turn crossing a heading continues in the next section, unlabelled).  When
    only questions are labelled, a question is one paragraph and the answers are no turn."""
    out: list[Section] = []
    current: Label | None = None  # the speaker whose turn is running
    # Questions without labelled answers ("Q ..." then the answer as plain paragraphs): a
    # question is its own paragraph, and who answers is not known
    unnamed_answers = all(label.question for label in labels.values())
    for section in sections:
        turns: list[Turn] = []
        span: list[int] = []  # [start, end] of the running turn within this section
        label_span: tuple[int, int] | None = None
        for para in section.paragraphs:
            label = labels.get(para.start)
            ends = label is not None or (text.startswith("END", para.start)
                                         and is_end_line(text[para.start:para.end]))
            if ends and current is not None and span:
                turns.append(Turn(current.speaker, span[0], span[1], label_span,
                                  current.question))
                span, label_span = [], None
            if label is not None:
                current, label_span, span = label, (label.start, label.end), [para.start]
            elif ends:
                current = None
            if current is not None:
                span = [span[0] if span else para.start, para.end]
                if unnamed_answers:
                    turns.append(Turn(current.speaker, span[0], span[1], label_span, True))
                    current, span, label_span = None, [], None
        if current is not None and span:
            turns.append(Turn(current.speaker, span[0], span[1], label_span, current.question))
        out.append(replace(section, turns=tuple(turns)))
    return out


# --------------------------------------------------------------------------- topic sections
MIN_QUESTION_WORDS = 6  # "Q But on the —" and "Q Thank you." open no topic
MIN_STATEMENT_WORDS = 40  # a principal speaker's statement, not "Thanks, Admiral."
MAX_TOPIC_LABEL = 48  # about two lines of the side panel
_CONTINUED = ("—", "–", "-", "…", "...")


def topic_sections(section: Section, labels: dict[int, Label], text: str) -> list[Section]:
    """A transcript's section divided by topic: each new question opens a section
    ("Q: ..."), and before the first question each principal speaker's statement does
    ("Mr. Kirby: ...").  Each gets a ``label`` for the contents; the first keeps the section's
    heading, if any.  A section without turns is returned as it is."""
    paragraphs = section.paragraphs
    turns = section.turns
    if not turns:
        return [section]
    cuts: list[tuple[int, str]] = []  # (offset a section starts at, its label)
    asked = False
    speaker: str | None = None
    for turn in turns:
        label = labels.get(turn.start)
        if label is None:
            continue
        first = _first_line(text, label.text_start, turn.end)
        if turn.question:
            asked = True
            if len(first.split()) >= MIN_QUESTION_WORDS and not first.startswith(_CONTINUED):
                cuts.append((turn.start, "Q: " + shorten(opening_topic(first))))
        elif not asked and turn.speaker != speaker and (
                not cuts or len(text[turn.start:turn.end].split()) >= MIN_STATEMENT_WORDS):
            speaker = turn.speaker
            # "Thank you, Karine." says less than the statement's first real sentence
            lines = [first, *text[label.text_start + len(first):turn.end].split("\n")]
            telling = next((x for x in lines if len(x.split()) >= 8), first)
            cuts.append((turn.start, f"{turn.speaker}: {shorten(opening_topic(telling))}"))
    if not cuts:
        return [section]
    out: list[Section] = []
    bounds = [c[0] for c in cuts[1:]] + [section.end + 1]
    para_starts = [p.start for p in paragraphs]
    turn_starts = [t.start for t in turns]
    lo = section.start
    for (_cut, name), hi in zip(cuts, bounds, strict=True):
        # bisect, not a scan per piece: a transcript may have thousands of questions
        paras = paragraphs[bisect_left(para_starts, lo):bisect_left(para_starts, hi)]
        if paras:
            piece = turns[bisect_left(turn_starts, lo):bisect_left(turn_starts, hi)]
            if out:
                out.append(Section(None, None, paras[0].start, paras[-1].end, paras,
                                   section.level, piece, name))
            else:  # the first piece keeps the section's heading (before the first turn)
                out.append(replace(section, end=paras[-1].end, paragraphs=paras, turns=piece,
                                 label=name))
        lo = hi
    return out


# A short opening sentence: "Thank you.", "Thanks, Karine.", "Admiral, so sorry."
_COURTESY = re.compile(r"(?:\S+\s+){0,2}\S*[a-z][.?!]\s+")
_ABBREVIATED = frozenset({"mr.", "ms.", "mrs.", "dr.", "st.", "gen.", "sen.", "rep.", "no."})
MIN_TOPIC_WORDS = 6


def opening_topic(words: str) -> str:
    """The line without its opening courtesies, when enough remains to name the topic."""
    while True:
        m = _COURTESY.match(words)
        if m is None or m.group(0).split()[-1].lower() in _ABBREVIATED \
                or len(words[m.end():].split()) < MIN_TOPIC_WORDS:
            return words
        words = words[m.end():]


def _first_line(text: str, start: int, end: int) -> str:
    nl = text.find("\n", start, end)
    return text[start:nl if nl >= 0 else end].strip()


def shorten(words: str, limit: int = MAX_TOPIC_LABEL) -> str:
    """The first line of ``words`` cut at a word boundary within ``limit`` characters."""
    line = " ".join(words.split("\n", 1)[0].split())
    if len(line) <= limit:
        return line
    cut = line.rfind(" ", 0, limit)
    head = line[:cut if cut > limit // 2 else limit].rstrip(" ,;:—–-")
    return head + "…"
