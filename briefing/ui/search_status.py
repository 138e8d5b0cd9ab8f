"""The search screen's status line: what the query found, and what it has that was not
understood, made to fit the lines the status has.

:func:`status_parts` says it as parts, each with forms from the longest to the shortest
(``status:won is not one of exploratory, …`` → ``status:won is not a status`` →
``status:won``); :func:`fit_status` joins them with `` · `` and shortens, the longest part
first, then leaves out the last parts, until the wrapped text fits ``lines`` lines of
``width`` cells.  A status cut by its widget (``max-height``) hid what followed and could end
on a dangling separator; a fitted one is shown whole.  :func:`status_line` is the longest
form in one line (the text the tests and the CLI-like callers read).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.content import Content

from briefing.ui.joined import wrap_joined
from briefing.ui.text import safe_str

MAX_CANDIDATES = 6  # actor rows above the hits: enough to disambiguate, few enough to see hits
IGNORED = "ignored: "


@dataclass(frozen=True)
class Part:
    """One part of the status: its forms, the longest first; ``style`` over the part."""

    forms: tuple[str, ...]
    style: str = ""


def other_names(actor: Any, main: str) -> list[str]:
    """The actor's aliases and former names, each once and none its name again: letter case
    aside ("Jabhat Fatah al-Sham (also Nusra Front, Jabhat Fatah Al-Sham, Nusra, Nusra Front)"
    said its own name and one alias twice)."""
    seen = {main.casefold()} if main else set()
    names: list[str] = []
    for name in (*(getattr(actor, "aliases", ()) or ()),
                 *(getattr(actor, "former_names", ()) or ())):
        key = name.casefold() if isinstance(name, str) else ""
        if key and key not in seen:
            seen.add(key)
            names.append(name)
    return names


def candidates_of(result: Any) -> list[Any]:
    """The actors to list as rows: an actor query that may mean more than one."""
    if getattr(result, "mode", "text") != "actor":
        return []
    actors = list(getattr(result, "actors", []) or [])
    return actors[:MAX_CANDIDATES] if len(actors) > 1 else []


def _names_nothing(result: Any) -> bool:
    """Whether the query's actor part is a bare ``@`` (no name yet)."""
    from briefing.search.checks import actor_name, names_nothing

    return names_nothing(actor_name(getattr(result, "query", "") or ""))


def _exact_id_wanted(result: Any) -> bool:
    """Whether the query's actor part is ``@=`` (one actor by id) with no id yet."""
    from briefing.search.checks import actor_name

    return (actor_name(getattr(result, "query", "") or "") or "").lstrip().startswith("=")


def status_line(result: Any, actors_pending: bool = False) -> Content:
    """The line above the results, in its longest form (see :func:`status_parts`)."""
    return fit_status(status_parts(result, actors_pending), 0, 0)


def status_parts(result: Any, actors_pending: bool = False) -> list[Part]:
    """The status of ``result``: counts, and the actors an actor query may mean
    (``actors_pending``: the index has the text only, the actors are being analysed); what
    the query has that was not understood comes first (``status:won``, a ``role:`` without
    a value), for an actor query too: on a narrow screen it is what to fix."""
    notes = [str(n) for n in (getattr(result, "notes", []) or [])]
    parts = [_notes_part(notes)] if notes else []
    return parts + _found_parts(result, actors_pending)


def _notes_part(notes: list[str]) -> Part:
    """The notes, then the longest note shortened, in turn, until each is the filter alone
    (one long note shortened keeps the others whole: what a ``status:`` takes, say)."""
    levels = [(n, _short_note(n), _shortest_note(n)) for n in notes]
    at = [0] * len(notes)
    forms: list[str] = []
    while True:
        shown = [levels[i][at[i]] for i in range(len(notes))]
        form = IGNORED + (", " if all(a == 2 for a in at) else "; ").join(shown)
        if not forms or forms[-1] != form:
            forms.append(form)
        movable = [i for i in range(len(notes)) if at[i] < 2]
        if not movable:
            return Part(tuple(forms))
        at[max(movable, key=lambda i: len(shown[i]))] += 1


def _short_note(note: str) -> str:
    """``status:won is not one of a, b, c`` → ``status:won is not a status``; ``role: needs a
    value: a, b`` → ``role: needs a value``; ``… (e.g. …)`` → ``…``."""
    head, sep, _choices = note.partition(" is not one of ")
    if sep:
        name = head.split(":", 1)[0]
        return f"{head} is not a {name}"
    head, sep, _choices = note.partition(": needs a value")
    if sep:
        return head + sep
    return note.split(" (", 1)[0]


def _shortest_note(note: str) -> str:
    """The filter the note is about (``status:won``, ``role:``), else its first words."""
    head = note.split(" ", 1)[0]
    if ":" in head or head == "@":
        return head
    return " ".join(note.split()[:3])


def _found_parts(result: Any, actors_pending: bool) -> list[Part]:
    hits = len(getattr(result, "hits", []) or [])
    total = int(getattr(result, "total", hits) or hits)
    if getattr(result, "mode", "text") == "actor":
        return _actor_parts(result, hits, total, actors_pending)
    if not hits:
        from briefing.search.checks import NOTHING_TO_SEARCH, filters_only

        why = filters_only(str(getattr(result, "query", "") or ""))
        if why == NOTHING_TO_SEARCH:  # "sort:" alone: no words, so "no match" misleads
            return [Part((why, "a filter alone searches nothing: add words",
                          "add words to search"))]
        return [Part((why or "no match", "no match"))] if why else [Part(("no match",))]
    text = f"{total:,} match{'es' if total != 1 else ''}"
    if total > hits:
        text += f", best {hits:,} shown"
    if getattr(result, "near", False):
        return [Part((text + " — no exact phrase: near matches", text + " (near matches)"))]
    if getattr(result, "relaxed", False):
        complete = int(getattr(result, "complete", 0) or 0)
        # "3 matches (not every word found)" read as "none has every word" when the first
        # two had them all: how many do, and that the rest miss one.
        return [Part((text + (f" ({complete:,} with every word, then missing one)" if complete
                              else " (none with every word: each misses one)"),
                      text + (f" ({complete:,} with every word)" if complete
                              else " (each misses a word)")))]
    return [Part((text,))]


def _actor_parts(result: Any, hits: int, total: int, actors_pending: bool) -> list[Part]:
    actors = list(getattr(result, "actors", []) or [])
    if not hits and _names_nothing(result):  # "@" alone: not a name yet
        if _exact_id_wanted(result):  # "@=" alone: an id is what it takes
            return [Part(("type an actor's id after @= (as in @=russia), or a name after @",
                          "type an actor's id after @=", "an id after @="))]
        if actors:
            return [Part(("type a name after @ — or choose one of the actors mentioned most "
                          "(↑↓ enter)", "type a name after @, or choose one (↑↓ enter)",
                          "type a name after @"))]
        return [Part(("type a name after @",))]
    if not actors and actors_pending:  # not "no such actor": none is known yet
        found = f"{total:,} match{'es' if total != 1 else ''}" if hits else "no match"
        return [Part((found,)),
                Part(("the actors are not known yet: the name is searched as words meanwhile",
                      "actors not known yet: searched as words"))]
    if not actors:
        return [Part(("no actor by that name",))]
    first = actors[0]
    text = f"actor: {safe_str(first.name, 60)}"
    others = len(candidates_of(result)) - 1
    names = other_names(first, first.name)[:4]
    count = f" — {total:,} paragraph{'s' if total != 1 else ''}"
    forms = [text + count]
    if names and others <= 0:  # else its row above says so
        forms.insert(0, text + " (also " + ", ".join(safe_str(n, 40) for n in names) + ")"
                     + count)
    parts = [Part(tuple(forms))]
    if others > 0:  # they are the rows above the hits
        parts.append(Part((f"or: {others:,} other{'s' if others != 1 else ''} above (↑ enter)",
                           f"or: {others:,} above")))
    return parts


def fit_status(parts: list[Part], width: int, lines: int) -> Content:
    """``parts`` joined by " · " (:func:`~briefing.ui.joined.wrap_joined`), made to wrap to at most
    ``lines`` lines of ``width`` cells (``width`` 0: the longest forms, as they are): the part whose
    form is longest takes its next shorter form, in turn, then the last part is left out; one part
    still too long keeps the words that fit and ends in "…". Never ends on a separator."""
    level = [0] * len(parts)
    kept = list(parts)
    while True:
        content = _joined(kept, level, width)
        if width <= 0 or lines <= 0 or len(content.wrap(width)) <= lines:
            return content
        shorter = [i for i, part in enumerate(kept) if level[i] < len(part.forms) - 1]
        if shorter:
            i = max(shorter, key=lambda i: len(kept[i].forms[level[i]]))
            level[i] += 1
        elif len(kept) > 1:
            kept.pop()
            level.pop()
        else:
            return _cut(content, width, lines)


def _joined(parts: list[Part], level: list[int], width: int = 0) -> Content:
    """The parts at their ``level``, styled, joined and wrapped by :func:`wrap_joined`."""
    pieces = []
    for part, at in zip(parts, level, strict=True):
        piece = Content(part.forms[at])
        pieces.append(piece.stylize(part.style) if part.style else piece)
    return wrap_joined(pieces, width)


def _cut(content: Content, width: int, lines: int) -> Content:
    """The words of ``content`` that fit ``lines`` lines of ``width``, then "…"."""
    words = content.plain.split(" ")
    while len(words) > 1:
        words.pop()
        while words and words[-1].strip(" ·;,:—") == "":  # never end on a separator
            words.pop()
        cut = content[:len(" ".join(words))] + Content("…")
        if len(cut.wrap(width)) <= lines:
            return cut
    return content[:max(1, width * lines - 1)] + Content("…")
