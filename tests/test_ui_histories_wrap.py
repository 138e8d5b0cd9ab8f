"""The tracker's corpus histories (``t`` then ``a``) read whole at a side panel's width: rows
wrap, each line hanging under its own start (lead's tmux test at 80x24, session 11: every row
was cut with "…", "conflict and security; cea…", "2025-11-23 ● near agreemen…", the titles).

Fixture texts are invented (fictional states and people)."""

from __future__ import annotations

from test_ui_tracker import PanelApp, make_briefing

from briefing.ui.tracker import TrackerPanel

WIDTH = 28  # the side panel at 80x24
TITLE = "Freedonia and Sylvania leaders meet again in Hillport for the truce talks"


def drawn(panel: TrackerPanel) -> list[str]:
    option_list = panel.option_list
    return [option_list.render_line(y).text.rstrip() for y in range(option_list.size.height)]


async def test_history_rows_wrap_whole_and_hang_at_a_side_panels_width() -> None:
    late = make_briefing("/c/late.txt", published="2024-06-01", status="near_agreement",
                         title=TITLE)
    early = make_briefing("/c/early.txt", published="2024-04-01", status="ongoing",
                          title="Talks begin")
    app = PanelApp(late, corpus=[late, early], width=WIDTH)
    async with app.run_test(size=(60, 50)) as pilot:
        panel = app.query_one(TrackerPanel)
        await pilot.press("a")
        await pilot.pause()
        lines = [line for line in drawn(panel) if line.strip()]
        assert not any("…" in line for line in lines), lines  # nothing is cut
        assert all(len(line) <= WIDTH for line in lines), lines
        text = " ".join(" ".join(lines).split())
        assert TITLE in text and "near agreement" in text, text
        # The heading: parties and count, then the topic; continuations two cells in.
        assert lines[0] == "Freedonia · Sylvania  2 docs", lines
        topic = lines[1:lines.index(next(x for x in lines if x.startswith("2024-04-01")))]
        assert topic and not topic[0].startswith(" "), topic
        assert all(x.startswith("  ") and x[2] != " " for x in topic[1:]), topic
        assert "2024-04-01 – 2024-06-01" in "\n".join(topic)  # the span is never split
        # A step: date, dot and status; its title and round hang two cells in.
        step = lines.index(next(x for x in lines if x.startswith("2024-06-01 ●")))
        after = lines[step + 1:]
        # The status and its trend, one label, move down whole (session 12: "near" /
        # "agreement ↗" split the label), hanging two cells in.
        assert lines[step] == "2024-06-01 ●", lines
        assert after[0] == "  near agreement ↗", after
        title_lines = after[1:after.index(next(x for x in after if "round:" in x))]
        assert len(title_lines) >= 3, lines  # the long title wrapped, whole
        assert all(x.startswith("  ") and x[2] != " " for x in title_lines), title_lines


async def test_the_threads_head_wraps_whole_at_a_side_panels_width() -> None:
    """The head named the sides cut with "…" at 28 columns ("United States · Soviet Uni…",
    user test at 80x24): each line wraps, hanging two cells in, a name kept whole."""
    briefing = make_briefing(parties=("freedonia", "sylvania", "ruiz"),
                             label="Freedonia–Sylvania truce and prisoner exchange talks")
    app = PanelApp(briefing, width=WIDTH)
    async with app.run_test(size=(60, 50)) as pilot:
        await pilot.pause()
        head = app.query_one("#tracker-head")
        lines = [head.render_line(y).text.rstrip() for y in range(head.size.height)]
        lines = [line for line in lines if line.strip()]
        assert not any("…" in line for line in lines), lines
        text = " ".join(" ".join(lines).split())
        assert "Freedonia–Sylvania truce and prisoner exchange talks" in text, lines
        assert "Freedonia · Sylvania Ana Ruiz" in text, lines  # (no "·" where a line breaks)
        assert any(line.startswith("  ") for line in lines), lines  # a continuation hangs
        assert not any(line.strip() in ("Ruiz", "Ana") for line in lines), lines
