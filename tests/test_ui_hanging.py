"""A side panel's row that wraps hangs its continuation lines under its text, never at column 0
(session 9's user test: "? Security interests / open" read like a new agenda item).

Fixture texts are invented (fictional states and people)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widget import Widget

from briefing.model import (
    Actor,
    Briefing,
    Document,
    Issue,
    Mention,
    Negotiation,
    Quote,
    Span,
    TimelineEvent,
)
from briefing.ui.hanging import GLUE, hanging, keep_together
from briefing.ui.parties import PartiesPanel
from briefing.ui.tracker import TrackerPanel

TEXT = ("Freedonia and Sylvania met in Hillport. The security interests of both neighbours "
        "remain open, Deputy Minister for Northern Border Affairs Ana Ruiz said. "
        "\"We will not sign a partial arrangement on the northern water commission,\" Ruiz "
        "said on Monday.")


def _span(surface: str) -> Span:
    start = TEXT.index(surface)
    return Span(start, start + len(surface), surface)


def make_briefing() -> Briefing:
    ruiz = TEXT.index("Ana Ruiz")
    actors = (
        Actor("freedonia", "Freedonia", "state", "party",
              mentions=(Mention(0, 9, "Freedonia"),)),
        Actor("sylvania", "Sylvania", "state", "party", mentions=(Mention(14, 22, "Sylvania"),)),
        Actor("ruiz", "Ana Ruiz", "person", "party", affiliation="freedonia",
              title="Deputy Minister for Northern Border Affairs",
              mentions=(Mention(ruiz, ruiz + 8, "Ana Ruiz"),)),
    )
    issues = (Issue("security", "Security interests of both neighbours", "open",
                    (_span("security interests of both neighbours remain open"),)),)
    thread = Negotiation("n1", "Border talks", True, parties=("freedonia", "sylvania"),
                         status="ongoing", issues=issues,
                         status_evidence=(_span("Freedonia and Sylvania met in Hillport."),))
    quote_start = TEXT.index('"We')
    quote_end = TEXT.index('," Ruiz') + 2
    quotes = (Quote(quote_start, quote_end, TEXT[quote_start + 1:quote_end - 2], "ruiz",
                    "2024-05-06"),)
    timeline = (TimelineEvent("2024-05-06", "Ruiz rules out a partial water arrangement",
                              _span("Ruiz said on Monday")),)
    document = Document(path="/c/a.txt", sha256="a", text=TEXT, title="Border talks",
                        published="2024-05-07")
    return Briefing(document, actors=actors, quotes=quotes, negotiations=(thread,),
                    timeline=timeline)


class PanelApp(App[None]):
    def __init__(self, panel: Widget, width: int) -> None:
        super().__init__()
        self.panel = panel
        self.panel_width = width

    def compose(self) -> ComposeResult:
        self.panel.styles.width = self.panel_width
        yield self.panel

    def on_mount(self) -> None:
        assert isinstance(self.panel, (TrackerPanel, PartiesPanel))
        self.panel.set_briefing(make_briefing())


def shown(panel: TrackerPanel | PartiesPanel) -> list[str]:
    option_list = panel.option_list
    return [option_list.render_line(y).text.rstrip() for y in range(option_list.size.height)]


def after(lines: list[str], start: str, count: int) -> list[str]:
    index = next(i for i, line in enumerate(lines) if line.startswith(start))
    return lines[index:index + count]


# -- the layout (pure) ----------------------------------------------------------------------------


def test_continuation_lines_hang_after_the_lead() -> None:
    row = hanging(Content.assemble(("?", "bold"), " Security interests of both", ("  open", "dim")),
                  2)
    assert row.laid_out(20).plain.split("\n") == ["? Security interests", "  of both  open"]
    assert row.plain == "? Security interests of both  open"  # the text itself is unchanged


def test_a_later_line_hangs_after_its_own_indent() -> None:
    row = hanging(Content("PE   3 Ana Ruiz\n       Freedonia · Deputy Minister"), 7)
    assert row.laid_out(24).plain.split("\n") == [
        "PE   3 Ana Ruiz", "       Freedonia", "       Deputy Minister"]


def test_a_lead_wider_than_half_the_width_wraps_as_before() -> None:
    row = hanging(Content("2024-05-06 Ruiz rules out a deal"), 11)
    assert row.laid_out(20).plain.split("\n") == ["2024-05-06 Ruiz", "rules out a deal"]


def test_a_line_with_no_lead_hangs_its_indent() -> None:
    row = hanging(Content("Freedonia talks on the northern water commission\ntopic: water"), 0,
                  indent=2)
    assert row.laid_out(24).plain.split("\n") == [
        "Freedonia talks on the", "  northern water", "  commission", "topic: water"]


def test_glued_words_stay_on_one_line_and_show_as_spaces() -> None:
    row = hanging(Content("ST    6 Freedonia  " + keep_together("mediator in 5") + " · "
                          + keep_together("side in 1")), 8)
    assert GLUE not in row.plain and row.plain == "ST    6 Freedonia  mediator in 5 · side in 1"
    assert row.laid_out(28).plain.split("\n") == [
        "ST    6 Freedonia", "        mediator in 5", "        side in 1"]
    assert GLUE not in row.laid_out(12).plain


def test_rows_that_fit_are_unchanged_and_styles_stay() -> None:
    row = hanging(Content.assemble(("✓", "bold green"), " Truce"), 2)
    laid = row.laid_out(30)
    assert laid.plain == "✓ Truce"
    assert [(s.start, s.end, s.style) for s in laid.spans] == [(0, 1, "bold green")]


# -- the panels -------------------------------------------------------------------------------------


async def test_tracker_agenda_status_timeline_and_quotes_hang() -> None:
    app = PanelApp(TrackerPanel(), width=24)
    async with app.run_test(size=(60, 50)) as pilot:
        await pilot.pause()
        lines = shown(app.panel)  # type: ignore[arg-type]
        agenda = after(lines, "? Security", 4)
        assert agenda[-1] == "WHY · 1", agenda
        assert all(line.startswith("  ") and line[2] != " " for line in agenda[1:-1]), agenda
        assert agenda[-2] == "  open", agenda  # the status under the label, not at column 0
        timeline = after(lines, "2024-05-06 Ruiz", 3)
        assert all(line.startswith(" " * 11) for line in timeline[1:]), timeline
        quote = after(lines, "Ana Ruiz:", 3)
        assert quote[1].startswith("  ") and quote[2].startswith("  "), quote
        why = after(lines, "“Freedonia", 2)
        assert why[1].startswith(" "), why


def test_the_height_counted_is_the_lines_drawn() -> None:
    rows = [hanging(Content("? Security interests of both neighbours remain open"), 2),
            hanging(Content("PE   3 Ana Ruiz\n       Freedonia · Deputy Minister for Border"), 7),
            hanging(Content("2024-05-06 Ruiz rules out a partial water arrangement"), 11),
            hanging(Content("Averyveryveryverylongwordwithoutanyspace and more"), 2),
            hanging(Content("“Ünïcödé ‘quotes’ — and 中文 wide characters here”"), 1),
            hanging(Content("Freedonia · Sylvania via Ruritania\nwater; border — 2024"), 0, 2),
            hanging(Content("ST   12 Freedonia  " + keep_together("mediator in 12") + " · "
                            + keep_together("side in 3")), 8)]
    for row in rows:
        for width in range(4, 60):
            assert row.height(width) == len(row.laid_out(width).plain.split("\n")), (row, width)
            assert all(line.cell_length <= width
                       for line in row.laid_out(width).split(allow_blank=True)), (row, width)


async def test_parties_titles_are_whole_and_hang_under_the_name() -> None:
    app = PanelApp(PartiesPanel(), width=28)
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        lines = shown(app.panel)  # type: ignore[arg-type]
        ruiz = after(lines, "PE   1 Ana Ruiz", 4)
        # The whole title, each wrapped line under the details' start (not cut with "…").
        # (a "·" only where no line breaks: test_ui_parties_roles)
        assert " ".join(line.strip() for line in ruiz[1:]).replace(" ·", "").startswith(
            "Freedonia Deputy Minister for Northern Border Affairs"), ruiz
        assert all(line.startswith(" " * 7) and line[7] != " " for line in ruiz[1:3]), ruiz


async def test_a_bookmarks_snippet_that_wraps_stays_under_its_start() -> None:
    from textual.widgets import OptionList

    from briefing.ui.bookmarks import BookmarksScreen
    from briefing.userdata.state import Bookmark

    mark = Bookmark("b1", "a", "/c/a.txt", 10, "check the water commission figures again")
    snippet = "security interests of both neighbours remain open, Deputy Minister said"

    class MarksApp(App[None]):
        def on_mount(self) -> None:
            self.push_screen(BookmarksScreen([mark], lambda _m: ("Border talks", snippet),
                                             lambda _id: None))

    app = MarksApp()
    async with app.run_test(size=(40, 15)) as pilot:
        await pilot.pause()
        listed = app.screen.query_one(OptionList)
        lines = [listed.render_line(y).text.rstrip() for y in range(listed.size.height)]
        body = [line for line in lines[1:] if line.strip()]
        assert len(body) >= 4, lines  # the note and the snippet each wrap at 40 columns
        assert all(line.startswith("  ") and line[2] != " " for line in body), lines


def test_a_glued_group_too_wide_for_the_lead_moves_down_whole() -> None:
    # "near agreement ↗" (a status and its trend) split at 28 columns: "near" / "agreement ↗".
    row = hanging(Content("2024-04-01 ● " + keep_together("near agreement ↗")
                          + "\n  Truce signed"), 13)
    lines = row.laid_out(26).plain.split("\n")
    assert [line.rstrip() for line in lines] == [
        "2024-04-01 ●", "  near agreement ↗", "  Truce signed"]
    assert row.height(26) == 3
    wide = hanging(Content("2024-04-01 ● " + keep_together("near agreement ↗") + " and more"), 13)
    assert wide.laid_out(40).plain == "2024-04-01 ● near agreement ↗ and more"
    assert [line.rstrip() for line in wide.laid_out(26).plain.split("\n")] == [
        "2024-04-01 ●", "  near agreement ↗ and", "  more"]
    assert wide.height(26) == 3
    short = hanging(Content("2024-04-01 ● " + keep_together("a b") + " " + keep_together(
        "near agreement ↗")), 13)
    assert [line.rstrip() for line in short.laid_out(26).plain.split("\n")] == [
        "2024-04-01 ● a b", "  near agreement ↗"]
    assert short.height(26) == 2
