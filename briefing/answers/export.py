"""The briefing memo: what ``briefing export --format md`` writes.

One Markdown section per document: parties, where the talks stand (status, trend and the
sentences that show it), the agenda, rounds, the dated timeline, key quotes with their speakers,
and the source.  Outside text (document text, names from sidecars and curation, file names) is
quoted as data: it goes through the one cleaning step
(:func:`briefing.common.textsafe.display_safe`: no control character, no undecodable byte),
Markdown-significant characters are escaped, and a bare URL, ``www.`` address or e-mail address
is written as inline code -- GitHub-flavoured renderers turn those into live links, code spans
never -- so an article cannot inject links, headings, HTML or terminal sequences into the memo.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.answers.actor_names import known_name
from briefing.common.textsafe import display_safe, quoted_sentence
from briefing.extract.thread_curation import user_fields
from briefing.model import TEXT_ONLY, Briefing, Negotiation

MAX_QUOTES = 6
MAX_EVIDENCE = 3
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!&~])")
# What GitHub-flavoured Markdown autolinks (extended autolinks: a scheme, www., an e-mail
# address, mailto:/xmpp:), and any other scheme://, taken to the next space or backtick.
_AUTOLINK = re.compile(
    r"(?i)(?:\b[a-z][a-z0-9+.-]{0,30}://|\bwww\.|\b(?:mailto|xmpp):)[^\s`]*"
    r"|[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_STATUS_TEXT = {
    "exploratory": "exploratory", "ongoing": "ongoing", "near_agreement": "near agreement",
    "agreed": "agreed", "implementing": "implementing", "stalled": "stalled",
    "collapsed": "collapsed",
}
_ISSUE_MARK = {"agreed": "✔", "provisionally_agreed": "≈", "contested": "✖", "open": "?",
               "objective": "→"}


def _md(text: str | None) -> str:
    """One line of document text, safe inside Markdown."""
    if not text:
        return ""
    flat = " ".join(display_safe(text, 1 << 30).split())
    out = []
    last = 0
    for match in _AUTOLINK.finditer(flat):
        out.append(_MD_SPECIAL.sub(r"\\\1", flat[last:match.start()]))
        out.append(f"`{match.group()}`")  # a code span is never a link
        last = match.end()
    out.append(_MD_SPECIAL.sub(r"\\\1", flat[last:]))
    return "".join(out)


def _code(text: str) -> str:
    """Outside text as an inline code span (shown as written, never a link)."""
    flat = " ".join(display_safe(text, 1 << 30).split())
    fence = "`" * (max((len(run) for run in re.findall("`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _name(briefing: Briefing, actor_id: str | None) -> str:
    if actor_id is None:
        return "unattributed"
    actor = briefing.actor(actor_id)
    return _md(actor.name if actor else known_name(actor_id))


def _thread(briefing: Briefing, thread: Negotiation) -> list[str]:
    lines = [f"### {'Primary: ' if thread.primary else ''}{_md(thread.label)}", ""]
    parties = ", ".join(_name(briefing, p) for p in thread.parties) or "not identified"
    lines.append(f"- **Parties:** {parties}")
    if thread.mediators:
        lines.append("- **Mediators:** " + ", ".join(_name(briefing, m) for m in thread.mediators))
    status = _STATUS_TEXT.get(thread.status, thread.status)
    trend = f" (trend: {thread.trend})" if thread.trend else ""
    mine = user_fields(briefing.document, thread)  # the sidecar's corrections, said as such
    lines.append(f"- **Status:** {status}{trend}{' (set by the user)' if 'status' in mine else ''}")
    if thread.note:
        lines.append(f"- {'Note (user): ' if 'note' in mine else ''}*{_md(thread.note)}*")
    for ev in thread.status_evidence[:MAX_EVIDENCE]:
        lines.append(f"  > {_md(quoted_sentence(ev.text))}")
    if thread.issues:
        lines += ["", "**Agenda**", ""]
        for issue in thread.issues:
            mark = _ISSUE_MARK.get(issue.status, "-")
            # the label, never the internal topic key (``joint_strikes``): labels name their topic
            lines.append(f"- {mark} {_md(issue.label)} "
                         f"(*{issue.status.replace('_', ' ')}*)")
    if thread.rounds:
        lines += ["", "**Rounds**", ""]
        for rnd in thread.rounds:
            outcome = f": {rnd.outcome.replace('_', ' ')}" if rnd.outcome else ""
            lines.append(f"- {_md(rnd.place) or 'unknown place'}, {_md(rnd.date) or 'undated'}"
                         f"{outcome}")
    if thread.open_questions:
        lines += ["", "**Open questions**", ""]
        lines += [f"- {_md(q.text)}" for q in thread.open_questions[:MAX_EVIDENCE]]
    lines.append("")
    return lines


def _document(briefing: Briefing) -> list[str]:
    doc = briefing.document
    lines = [f"## {_md(doc.display_title)}", ""]
    parties = [a for a in briefing.actors if a.tier == "party"]
    if parties:
        lines.append("**Parties:** " + ", ".join(_md(a.name) for a in parties))
        lines.append("")
    threads = briefing.negotiations
    if threads:
        for thread in threads:
            lines += _thread(briefing, thread)
    elif briefing.unanalysed() is not None:  # too long to analyse: not "no negotiation"
        reason = (briefing.unanalysed() or "").removesuffix(TEXT_ONLY).rstrip("; ")
        lines += [f"*Not analysed: {_md(reason)}.*", ""]
    elif briefing.failed("negotiations"):
        lines += ["*The negotiations could not be analysed (an internal error, reported).*", ""]
    else:
        lines += ["*No negotiation found in this text.*", ""]
    if briefing.timeline:
        lines += ["**Timeline**", ""]
        for event in briefing.timeline:
            lines.append(f"- {_md(event.date)} — {_md(event.label)} (“{_md(event.evidence.text)}”)")
        lines.append("")
    attributed = [q for q in briefing.quotes if q.speaker]
    if attributed:
        lines += ["**Key quotes**", ""]
        longest = sorted(attributed, key=lambda q: -len(q.text))[:MAX_QUOTES]
        for quote in sorted(longest, key=lambda q: q.start):
            when = f", {_md(quote.date)}" if quote.date else ""
            lines.append(f"- “{_md(quote.text)}” — {_name(briefing, quote.speaker)}{when}")
        lines.append("")
    return lines


def _source(briefing: Briefing) -> str:
    doc = briefing.document
    parts = [_md(doc.display_title)]
    parts.append(_md(doc.source) if doc.source else "source unknown")
    parts.append(_md(doc.published) or "date unknown")
    parts.append(_code(doc.path))
    return "- " + " · ".join(parts)


def memo_markdown(briefings: Iterable[Briefing], title: str = "Briefing memo") -> str:
    """The memo for ``briefings`` as one Markdown string."""
    items = list(briefings)
    lines = [f"# {_md(title)}", ""]
    if not items:
        lines += ["*No documents.*", ""]
    for briefing in items:
        lines += _document(briefing)
    lines += ["## Sources", ""]
    lines += [_source(b) for b in items] or ["- none"]
    return "\n".join(lines).rstrip() + "\n"
