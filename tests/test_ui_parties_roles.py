"""The corpus-wide parties list (``p`` then ``a``) never splits a role from its count (lead's
tmux test at 80x24, session 11: "Egypt  mediator in / 5 · side in 1"); a line breaks after
the roles, the "·" between them dropped there (nor at a line's end, nor at the next start).  Fixture texts are invented (fictional states and people)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from test_ui_parties import PanelApp, make_briefing

from briefing.model import Negotiation
from briefing.ui.panel_groups import CorpusActor
from briefing.ui.parties import PartiesPanel
from briefing.ui.party_rows import corpus_prompt

ROLE = re.compile(r"\b(?:mediator|side) in\b")


def _split_roles(lines: list[str]) -> list[str]:
    """Lines where a role's words and its count are not together."""
    return [line for line in lines
            if ROLE.search(line) and not re.search(r"\b(?:mediator|side) in \d", line)
            or re.match(r"\s*\d+\s*(?:·|$)", line) and not line.lstrip().startswith("ST")]


def test_a_role_and_its_count_stay_on_one_line_at_every_width() -> None:
    entry = CorpusActor("nf", "Northern Liberation Front", "armed_group", documents=[0] * 6,
                        mediator=5, side=12)
    row = corpus_prompt(entry, {})
    for width in range(18, 60):  # (below 18, "Liberation" itself is folded)
        lines = row.laid_out(width).plain.split("\n")
        # Every word whole; below 8 + len("mediator in 5 ·") a group breaks at its spaces; the
        # separator only where no line breaks.
        assert " ".join(lines).split() == [w for w in row.plain.split()
                                           if w != "·" or "· " in " ".join(lines)], (width, lines)
        if width >= 8 + len("mediator in 5 ·"):
            assert not _split_roles(lines), (width, lines)
            assert not any(line.lstrip().startswith("·") or line.rstrip().endswith("·")
                           for line in lines), (width, lines)


@pytest.mark.parametrize("width", [29, 30, 31])
async def test_the_corpus_list_keeps_roles_whole_at_a_side_panels_width(width: int) -> None:
    mediated = Negotiation("n1", "Truce talks", True, parties=("freedonia", "sylvania"),
                           mediators=("sylvania",))
    sided = Negotiation("n1", "Truce talks", True, parties=("freedonia", "sylvania"))
    corpus = [dataclasses.replace(make_briefing(f"/corpus/{n}.txt"),
                                  negotiations=(mediated if n in "abc" else sided,))
              for n in "abcde"]
    app = PanelApp(corpus[0], corpus=corpus, width=width)
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("a")
        await pilot.pause()
        option_list = panel.option_list
        lines = [option_list.render_line(y).text.rstrip()
                 for y in range(option_list.size.height)]
        assert any("mediator in 3" in line for line in lines), lines
        assert any("side in 5" in line for line in lines), lines
        assert not _split_roles(lines), lines


async def test_the_quotes_of_an_actor_without_any_are_headed_by_its_name() -> None:
    """``Q`` on an actor with no quote said "QUOTES · egypt · 0" (its id; user test, 40x15)."""
    corpus = [make_briefing(f"/corpus/{n}.txt") for n in "ab"]
    app = PanelApp(corpus[0], corpus=corpus, width=40)
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("a")
        await pilot.pause()
        option_list = panel.option_list
        option_list.highlighted = next(
            i for i in range(option_list.option_count)
            if "Sylvania" in option_list.get_option_at_index(i).prompt.plain)
        await pilot.press("Q")
        await pilot.pause()
        header = str(panel.query_one("#parties-header").render())
        assert header == "QUOTES · Sylvania · 0", header


def test_a_persons_title_is_not_split_when_it_fits_on_a_line() -> None:
    """"Russia · Foreign / Minister" (user test on the seed at 80x24): a line breaks between
    the side and the title, the title whole when it fits."""
    from briefing.model import Actor, Mention
    from briefing.ui.panel_groups import ActorRow
    from briefing.ui.party_rows import actor_prompt

    person = Actor("ruiz", "Ana Ruiz", "person", "party", affiliation="freedonia",
                   title="Foreign Minister", mentions=(Mention(0, 8, "Ana Ruiz"),))
    row = ActorRow(person, 0, 2, "Freedonia")
    lines = actor_prompt(row, {}).laid_out(28).plain.split("\n")
    assert lines[1:] == ["       Freedonia", "       Foreign Minister"], lines


@pytest.mark.parametrize("width", [24, 28, 32, 36, 40])
async def test_no_separator_is_left_where_a_persons_details_wrap(width: int) -> None:
    """"United Kingdom ·" at a wrapped line's end (session 12's user test): the line break
    separates the side from the title; where they fit on one line the "·" stays."""
    from briefing.model import Actor, Mention

    kingdom = Actor("uk", "United Kingdom", "state", "party",
                    mentions=(Mention(0, 9, "Freedonia"),))
    envoy = Actor("lee", "Kim Lee", "person", "party", affiliation="uk",
                  title="Foreign Secretary", mentions=(Mention(0, 9, "Freedonia"),))
    app = PanelApp(make_briefing(extra=(kingdom, envoy)), width=width)
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        option_list = app.query_one(PartiesPanel).option_list
        lines = [option_list.render_line(y).text.rstrip()
                 for y in range(option_list.size.height)]
        start = next(i for i, line in enumerate(lines) if "Kim Lee" in line)
        details = [line.strip() for line in lines[start + 1:start + 3]]
        cut = re.compile(r"(?:^|\s)·$|^\s*·\s")  # (a badge "··" is no separator)
        assert not any(cut.search(line) for line in lines), "\n".join(lines)
        if details[0] == "United Kingdom":
            assert details[1] == "Foreign Secretary", lines
        else:
            assert details[0] == "United Kingdom · Foreign Secretary", lines


def test_a_corpus_rows_document_count_keeps_four_cells() -> None:
    """10,000 documents and more took five cells: the name moved one cell right of the column
    its continuation lines hang at (8)."""
    for count, cell in ((7, "   7"), (9_999, "9999"), (10_000, " 10k"), (123_456, "123k"),
                        (1_234_567, "  1M")):
        entry = CorpusActor("nf", "Northern Liberation Front", "armed_group",
                            documents=[0] * count, side=3)
        row = corpus_prompt(entry, {})
        assert row.plain[3:7] == cell and row.plain.index("Northern") == 8, (count, row.plain)
        lines = row.laid_out(20).plain.split("\n")
        assert all(line.startswith(" " * 8) for line in lines[1:]), (count, lines)
        assert lines[0][8:].startswith("Northern"), (count, lines)
