"""The rows of the parties panel as ``Content``: an actor, a corpus actor, a quote, a document;
and its lists of them, each row ``(prompt, target)`` (a heading's target is ``None``).

Every piece of document text goes through :func:`~briefing.ui.panel_style.safe_text` and
``Content``: never markup.
"""

from __future__ import annotations

from textual.content import Content

from briefing.answers.quotes import CorpusQuote
from briefing.model import Briefing
from briefing.ui.hanging import GLUE, hanging, keep_together
from briefing.ui.panel_groups import ActorGroup, ActorRow, CorpusActor
from briefing.ui.panel_style import KIND_BADGES, USER_MARK, kind_style, safe_text, unanalysed_note

Row = tuple[Content, object | None]


def actor_rows(briefing: Briefing, groups: list[ActorGroup], variables: dict[str, str]
               ) -> list[Row]:
    """The document's actors by group (each under its heading; target: the actor id), or a
    line saying why there are none."""
    rows: list[Row] = []
    for group in groups:
        title = f"{group.title.upper()} · {len(group.rows)}"
        rows.append((Content.assemble((title, "bold $text-accent")), None))
        rows.extend((actor_prompt(row, variables), row.actor.id) for row in group.rows)
    if not rows:
        # One row of ~28 columns: short (the problems view, `!`, says the rest).
        said = unanalysed_note(briefing, short=True) or (
            "Not found: an error (!)" if briefing.failed("actors") else "No parties found.")
        rows.append((Content(said), None))
    return rows


def corpus_rows(entries: list[CorpusActor], shown: list[CorpusActor], typed: str,
                variables: dict[str, str]) -> list[Row]:
    """The corpus actors ``shown`` (the first of ``entries``, those the filter ``typed``
    kept) under a column legend, and what the list leaves out."""
    # A column legend: the number is of documents, not of mentions as in document mode.
    rows: list[Row] = [(Content.assemble(("   docs actor", "bold $text-accent")), None)]
    rows.extend((corpus_prompt(entry, variables), entry) for entry in shown)
    if len(entries) > len(shown):
        more = len(entries) - len(shown)
        rows.append((Content.assemble((f"… {more} more actors, in fewer documents",
                                       "italic $text-muted")), None))
    if not entries:
        said = f"No actor matches “{safe_text(typed, 40)}”." if typed else (
            "No actors found in the corpus.")
        rows.append((Content(said), None))
    return rows


def document_rows(documents: list[tuple[Briefing, int]], most: int) -> list[Row]:
    """An actor's documents (with its mentions in each), the first ``most`` of them."""
    shown = documents[:most]
    rows: list[Row] = [(document_prompt(briefing, mentions), briefing)
                       for briefing, mentions in shown]
    if len(documents) > len(shown):
        rows.append((Content.assemble((f"… {len(documents) - len(shown)} older documents",
                                       "italic $text-muted")), None))
    if not rows:
        rows.append((Content("No documents."), None))
    return rows


def quote_rows(quotes: list[CorpusQuote]) -> list[Row]:
    """An actor's quotes across the corpus (target: the quote)."""
    rows: list[Row] = [(quote_prompt(q), q) for q in quotes]
    if not rows:
        rows.append((Content("No quote of this actor in the documents."), None))
    return rows


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _count_cell(count: int) -> str:
    """A mention count in the row's three cells ("12k"): "12095" pushed the name two cells
    right of where its detail lines hang."""
    return f"{count:>3}" if count < 1000 else f"{min(count // 1000, 99):>2}k"


def _documents_cell(count: int) -> str:
    """A document count in the corpus row's four cells (" 12k", "  1M"): "12095"
    took five and pushed the name one cell right of where its continuation lines hang."""
    if count < 10_000:
        return f"{count:>4}"
    if count < 1_000_000:
        return f"{count // 1000:>3}k"
    return f"{min(count // 1_000_000, 999):>3}M"


def actor_prompt(row: ActorRow, variables: dict[str, str]) -> Content:
    actor = row.actor
    badge = KIND_BADGES.get(actor.kind, "··")
    count = _count_cell(row.count) if row.count else "  ·"
    indent = ("  " * (row.depth - 1) + "└ ") if row.depth else ""
    parts: list[str | tuple[str, str]] = [
        (badge, f"bold {kind_style(variables, actor.kind)}"), " ",
        (count, "$text-muted"), " ", indent,
    ]
    if actor.origin == "user":
        parts.append((USER_MARK + " ", "$text-accent"))
    parts.append((safe_text(actor.name, 120), "bold" if row.depth == 0 else ""))
    # The side a person is on comes first: it is what a narrow panel must not cut off.
    # Each detail kept on one line when it fits ("Russia · Foreign / Minister" split a title).
    details = []
    if row.affiliation_name:
        details.append(keep_together(safe_text(row.affiliation_name, 80)))
    if actor.title:
        details.append(keep_together(safe_text(actor.title, 80)))
    if row.role:
        details.append(row.role)
    if actor.kind == "person" and not actor.mentions:
        details.append("unnamed source")
    if actor.origin == "user":
        details.append("curated")
    if details:
        parts.extend(["\n", " " * (7 + len(indent)), (" · ".join(details), "$text-muted")])
    return hanging(Content.assemble(*parts), 7 + len(indent))


def corpus_prompt(entry: CorpusActor, variables: dict[str, str]) -> Content:
    documents = len(entry.documents)
    parts: list[str | tuple[str, str]] = [
        (KIND_BADGES.get(entry.kind, "··"), f"bold {kind_style(variables, entry.kind)}"), " ",
        (_documents_cell(documents), "$text-muted"), " ",
    ]
    if entry.user:
        parts.append((USER_MARK + " ", "$text-accent"))
    parts.append((safe_text(entry.name, 120), "bold"))
    # A role and its count never part ("mediator in / 5" at 80x24); a line breaks after "·".
    roles = [keep_together(f"{label} in {n}") for label, n in (("mediator", entry.mediator),
                                                               ("side", entry.side)) if n]
    if roles:
        parts.append(("  " + f"{GLUE}· ".join(roles), "$text-muted"))
    return hanging(Content.assemble(*parts), 8)


def quote_prompt(quote: CorpusQuote) -> Content:
    mark = "≈ " if quote.reported else "“"
    end = "" if quote.reported else "”"
    return hanging(Content.assemble(
        (mark, "$text-muted"), safe_text(" ".join(quote.text.split()), 300), (end, "$text-muted"),
        "\n", ("  " + " · ".join([quote.date or "undated", safe_text(quote.title, 100)]),
                "$text-muted")), len(mark))


def document_prompt(briefing: Briefing, mentions: int) -> Content:
    document = briefing.document
    details = [document.published or "undated"]
    if document.source:
        details.append(safe_text(document.source, 60))
    details.append(plural(mentions, "mention"))
    return hanging(Content.assemble(
        (safe_text(document.display_title, 160), "bold"), "\n",
        ("  " + " · ".join(details), "$text-muted"),
    ), 2)
