"""The NEGOTIATION TRACKER panel and the corpus histories behind it.

Fixture texts are invented for these tests (fictional states and people).
"""

from __future__ import annotations

import threading

import pytest
from _panel_app import SidePanelApp, prompts
from textual.app import App, ComposeResult
from textual.color import Color

from briefing.answers.history import merge_histories
from briefing.model import (
    NEGOTIATION_STATUSES,
    Actor,
    Briefing,
    Document,
    Issue,
    Negotiation,
    Quote,
    Round,
    Span,
    TimelineEvent,
)
from briefing.ui.tracker import TrackerPanel
from briefing.userdata.theme_spec import STATUS_VARIABLE_DEFAULTS

TEXT = (
    "Freedonia and Sylvania are close to a truce deal, officials said Monday. "
    "Both sides agreed to pull troops back from the river. "
    "The exchange of prisoners remains disputed. "
    "Talks in Hillport failed on May 2. "
    "\"We are not there yet,\" Ana Ruiz said. \"But we are close.\" "
    "An earlier truce collapsed in March."
)
HOSTILE = "[@click=app.quit]x[/] Front [/] [R-TX]"


def span(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface), surface)


def make_briefing(path: str = "/c/a.txt", *, status: str = "near_agreement",
                  published: str | None = "2024-05-09", title: str | None = "Truce near",
                  parties: tuple[str, ...] = ("freedonia", "sylvania"),
                  label: str = "Truce talks", speaker: str | None = "ruiz",
                  extra_threads: tuple[Negotiation, ...] = (),
                  rounds: tuple[Round, ...] | None = None) -> Briefing:
    t = TEXT
    actors = (
        Actor("freedonia", "Freedonia", "state", "party"),
        Actor("sylvania", "Sylvania", "state", "party"),
        Actor("ruiz", "Ana Ruiz", "person", "party", affiliation="freedonia"),
    )
    issues = (
        Issue("ceasefire", "Truce", "provisionally_agreed",
              (span(t, "close to a truce deal"), span(t, "But we are close."))),
        Issue("withdrawal", "Troop pull-back", "agreed",
              (span(t, "Both sides agreed to pull troops back from the river."),)),
        Issue("prisoners", "Prisoner exchange", "contested",
              (span(t, "The exchange of prisoners remains disputed."),)),
        Issue("monitoring", "Monitoring", "open"),
        Issue("peace", "Lasting peace", "objective"),
    )
    if rounds is None:
        rounds = (Round("Hillport", "2024-05-02", "no_deal",
                        (span(t, "Talks in Hillport failed on May 2."),)),)
    primary = Negotiation(
        "n1", label, True, parties=parties, status=status, trend="improving",
        status_evidence=(span(t, "Freedonia and Sylvania are close to a truce deal"),),
        issues=issues, rounds=rounds)
    first = t.index('"We')
    quotes = (
        Quote(first, first + len('"We are not there yet,"'), "We are not there yet,", speaker,
              "2024-05-09"),
        Quote(t.index('"But'), t.index('"But') + len('"But we are close."'),
              "But we are close.", None),
    )
    timeline = (
        TimelineEvent("2024-05-06", "Officials say a deal is close",
                      span(t, "officials said Monday")),
        TimelineEvent("2024-03", "Earlier truce collapses", span(t, "collapsed in March")),
        TimelineEvent("2024-05-02", "Hillport talks fail", span(t, "failed on May 2")),
    )
    document = Document(path=path, sha256=path, text=t, title=title, published=published)
    return Briefing(document, actors=actors, quotes=quotes,
                    negotiations=(*extra_threads, primary), timeline=timeline)


class PanelApp(SidePanelApp):
    PANEL = TrackerPanel

    def on_tracker_panel_evidence_selected(self, message: TrackerPanel.EvidenceSelected) -> None:
        self.messages.append(message)


async def select(pilot, panel: TrackerPanel, startswith: str) -> None:
    """Put the cursor on the first item starting with ``startswith`` and press enter."""
    index = next(i for i, p in enumerate(prompts(panel)) if p.startswith(startswith))
    panel.option_list.highlighted = index
    await pilot.press("enter")
    await pilot.pause()


def status_classes(panel: TrackerPanel) -> set[str]:
    return {c for c in panel.badge.classes if c.startswith("-status-")}


# -- the badge ---------------------------------------------------------------------------------


async def test_badge_class_and_text_follow_the_status() -> None:
    app = PanelApp(make_briefing())
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        backgrounds = {}
        for status in NEGOTIATION_STATUSES:
            panel.set_briefing(make_briefing(f"/c/{status}.txt", status=status))
            await pilot.pause()
            assert status_classes(panel) == {f"-status-{status}"}
            assert "status-badge" in panel.badge.classes
            assert str(panel.badge.render()).startswith(status.replace("_", " ").upper())
            backgrounds[status] = panel.badge.styles.background
        # Colours differ where the meaning differs.
        assert backgrounds["near_agreement"] != backgrounds["collapsed"]
        assert backgrounds["stalled"] != backgrounds["near_agreement"]
        panel.set_briefing(Briefing(Document("/c/none.txt", "0", "Nothing here.")))
        await pilot.pause()
        assert status_classes(panel) == {"-status-none"}
        assert str(panel.badge.render()) == "NO NEGOTIATION FOUND"


async def test_badge_colour_comes_from_the_theme_variable_when_defined() -> None:
    app = PanelApp(make_briefing(), variables={"briefing-status-near_agreement": "#123456"})
    async with app.run_test(size=(60, 40)):
        panel = app.query_one(TrackerPanel)
        assert panel.badge.styles.background == Color.parse("#123456")


async def test_badge_uses_the_shipped_defaults_when_an_app_registers_them() -> None:
    app = PanelApp(make_briefing(status="collapsed"), variables=STATUS_VARIABLE_DEFAULTS)
    async with app.run_test(size=(60, 40)):
        panel = app.query_one(TrackerPanel)
        expected = Color.parse(STATUS_VARIABLE_DEFAULTS["briefing-status-collapsed"])
        assert panel.badge.styles.background == expected


# -- the list ------------------------------------------------------------------------------------


async def test_agenda_marks_rounds_timeline_and_quotes() -> None:
    app = PanelApp(make_briefing())
    async with app.run_test(size=(60, 40)):
        shown = prompts(app.query_one(TrackerPanel))
        agenda = shown[shown.index("AGENDA · 5") + 1: shown.index("AGENDA · 5") + 6]
        assert [line.split(" ", 1)[0] for line in agenda] == ["≈", "✓", "✗", "?", "→"]
        assert agenda[0] == "≈ Truce  provisional"
        assert agenda[4] == "→ Lasting peace  aim"
        # Published 2024-05-09: the failed round was a week before.
        assert shown[shown.index("ROUNDS · 1") + 1] == (
            "Hillport · 2024-05-02 (7 days before) · ✗ no deal")
        timeline = shown[shown.index("TIMELINE · 3") + 1: shown.index("TIMELINE · 3") + 4]
        assert [line.split(" ", 1)[0] for line in timeline] == [
            "2024-03", "2024-05-02", "2024-05-06"]
        quotes = shown[shown.index("QUOTES · 2") + 1:]
        assert quotes[0] == "Ana Ruiz: “We are not there yet,”  2024-05-09"
        assert quotes[1] == "unattributed: “But we are close.”"
        assert shown[shown.index("WHY · 1") + 1] == (
            "“Freedonia and Sylvania are close to a truce deal”")


async def test_head_names_the_parties_and_trend() -> None:
    app = PanelApp(make_briefing())
    async with app.run_test(size=(60, 40)):
        head = str(app.query_one("#tracker-head").render())
        assert head.splitlines() == ["Truce talks", "↗ improving", "Freedonia · Sylvania"]
        assert str(app.query_one(TrackerPanel).badge.render()) == "NEAR AGREEMENT ↗"


async def test_enter_posts_the_evidence_span_and_walks_further_evidence() -> None:
    briefing = make_briefing()
    app = PanelApp(briefing)
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        await select(pilot, panel, "≈ Truce")
        await pilot.press("enter")
        await pilot.pause()
        await select(pilot, panel, "Hillport")
        await select(pilot, panel, "2024-03")
        await select(pilot, panel, "Ana Ruiz:")
        await select(pilot, panel, "? Monitoring")  # no evidence: nothing is posted
        text = briefing.document.text
        got = [(m.path, text[m.start:m.end]) for m in app.messages]
        assert got == [
            ("/c/a.txt", "close to a truce deal"),
            ("/c/a.txt", "But we are close."),  # enter again: the issue's next evidence
            ("/c/a.txt", "Talks in Hillport failed on May 2."),
            ("/c/a.txt", "collapsed in March"),
            ("/c/a.txt", '"We are not there yet,"'),
        ]
        assert all(isinstance(m, TrackerPanel.EvidenceSelected) for m in app.messages)


async def test_other_threads_are_listed_and_shift_t_cycles_them() -> None:
    earlier = Negotiation("n0", "March truce", False, parties=("freedonia", "sylvania"),
                          status="collapsed")
    app = PanelApp(make_briefing(extra_threads=(earlier,)))
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        assert panel.thread is not None and panel.thread.id == "n1"  # primary first
        shown = prompts(panel)
        assert shown[shown.index("OTHER THREADS · 1") + 1] == "March truce  collapsed"
        await select(pilot, panel, "March truce")
        assert panel.thread.id == "n0"
        assert status_classes(panel) == {"-status-collapsed"}
        await pilot.press("T")
        await pilot.pause()
        assert panel.thread.id == "n1"
        assert app.messages == []


async def test_a_document_without_negotiation_still_shows_timeline_and_quotes() -> None:
    base = make_briefing()
    briefing = Briefing(base.document, actors=base.actors, quotes=base.quotes,
                        timeline=base.timeline)
    app = PanelApp(briefing)
    async with app.run_test(size=(60, 40)):
        shown = prompts(app.query_one(TrackerPanel))
        assert "AGENDA · 5" not in shown
        assert "TIMELINE · 3" in shown and "QUOTES · 2" in shown


# -- corpus histories (pure) ------------------------------------------------------------------


def test_threads_with_the_same_parties_merge_in_date_order() -> None:
    late = make_briefing("/c/late.txt", published="2024-06-01", status="agreed")
    early = make_briefing("/c/early.txt", published="2024-04-01", status="ongoing",
                          parties=("sylvania", "freedonia"))  # same set, other order
    middle = make_briefing("/c/middle.txt", published="2024-05-01", status="stalled")
    other = make_briefing("/c/other.txt", published="2024-05-15",
                          parties=("freedonia", "ruiz"))
    histories = merge_histories([late, other, early, middle])
    assert len(histories) == 2
    main = histories[0]
    assert main.key == ("freedonia", "sylvania")
    assert [s.path for s in main.steps] == ["/c/early.txt", "/c/middle.txt", "/c/late.txt"]
    assert [s.status for s in main.steps] == ["ongoing", "stalled", "agreed"]
    assert main.status == "agreed"
    assert set(main.names) == {"Freedonia", "Sylvania"}
    assert main.document_count == 3
    assert main.steps[0].evidence is not None
    assert main.steps[0].title == "Truce near"
    assert histories[1].key == ("freedonia", "ruiz")


def test_undated_steps_stand_apart_and_round_dates_stand_in_for_publication() -> None:
    dated = make_briefing("/c/dated.txt", published="2024-05-01")
    by_round = make_briefing("/c/round.txt", published=None,
                             rounds=(Round("Hillport", "2024-04-20", "progress"),))
    undated = make_briefing("/c/undated.txt", published=None, rounds=())
    # An undated thread could belong to any year of these talks: it is a history of its own.
    history, alone = merge_histories([undated, dated, by_round])
    assert [(s.path, s.date) for s in history.steps] == [
        ("/c/round.txt", "2024-04-20"), ("/c/dated.txt", "2024-05-01")]
    assert [(s.path, s.date) for s in alone.steps] == [("/c/undated.txt", None)]


def test_same_document_non_primary_thread_comes_before_the_primary() -> None:
    earlier = Negotiation("n0", "March truce", False, parties=("freedonia", "sylvania"),
                          status="collapsed")
    (history,) = merge_histories([make_briefing(extra_threads=(earlier,))])
    assert [s.negotiation_id for s in history.steps] == ["n0", "n1"]
    assert history.status == "near_agreement"


def test_threads_without_parties_are_never_merged() -> None:
    a = make_briefing("/c/a.txt", parties=())
    b = make_briefing("/c/b.txt", parties=())
    histories = merge_histories([a, b])
    assert len(histories) == 2
    assert all(len(h.steps) == 1 for h in histories)
    assert merge_histories([]) == []


def test_histories_with_more_documents_come_first() -> None:
    one = make_briefing("/c/1.txt", parties=("ruiz", "sylvania"), published="2024-07-01")
    two = [make_briefing(f"/c/{n}.txt", published=f"2024-0{n}-01") for n in (2, 3)]
    assert [h.key for h in merge_histories([one, *two])] == [
        ("freedonia", "sylvania"), ("ruiz", "sylvania")]


# -- corpus mode in the panel -------------------------------------------------------------------


async def test_corpus_mode_shows_merged_history_and_opens_a_step() -> None:
    late = make_briefing("/c/late.txt", published="2024-06-01", status="agreed",
                         title="Truce signed")
    early = make_briefing("/c/early.txt", published="2024-04-01", status="ongoing",
                          title="Talks begin")
    app = PanelApp(late, corpus=[late, early])
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        await pilot.press("a")
        await pilot.pause()
        assert panel.mode == "corpus"
        assert app.focused is panel.option_list  # the focus moved to the histories list
        assert panel.option_list.id == "tracker-history"
        shown = prompts(panel)
        assert shown[0].splitlines()[0] == "Freedonia · Sylvania  2 docs"
        assert shown[0].splitlines()[1].endswith("2024-04-01 – 2024-06-01")  # topic, span
        assert [p.splitlines()[0].strip() for p in shown[1:3]] == [
            "2024-04-01 ● ongoing ↗", "2024-06-01 ● agreed ↗"]
        assert shown[1].splitlines()[1].strip() == "Talks begin"
        assert "round: Hillport · 2024-05-02 · no deal" in shown[1]
        assert shown[1].splitlines()[-1].strip() == "round: Hillport · 2024-05-02 · no deal"
        assert panel.badge.display is False
        await pilot.press("enter")  # the cursor starts on the current document's step
        await pilot.pause()
        assert app.messages[-1].path == "/c/late.txt"
        await pilot.press("up", "enter")
        await pilot.pause()
        message = app.messages[-1]
        assert isinstance(message, TrackerPanel.EvidenceSelected)  # for another document
        assert message.path == "/c/early.txt"
        text = early.document.text
        assert text[message.start:message.end] == (
            "Freedonia and Sylvania are close to a truce deal")
        await pilot.press("escape")
        await pilot.pause()
        assert panel.mode == "document"
        assert app.focused is panel.option_list
        assert panel.option_list.id == "tracker-list"


async def test_histories_open_at_the_current_thread_and_filter_as_one_types() -> None:
    here = make_briefing("/c/here.txt", published="2024-06-01", parties=("ruiz", "sylvania"))
    others = [make_briefing(f"/c/o{n}.txt", published=f"2024-0{n}-01") for n in (2, 3, 4)]
    app = PanelApp(here, corpus=[*others, here])
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        await pilot.press("a")
        await pilot.pause()
        shown = prompts(panel)
        # The bigger history comes second: the current document's opens the list.
        assert shown[0].startswith("Ana Ruiz · Sylvania")
        assert "Freedonia · Sylvania  3 docs" in "\n".join(shown)
        await pilot.press("f", *"freedonia")
        await pilot.pause()
        shown = prompts(panel)
        assert shown[0].startswith("Freedonia · Sylvania") and not any(
            p.startswith("Ana Ruiz") for p in shown)
        assert "HISTORIES · 1 of 2" in str(panel.query_one("#tracker-header").render())
        await pilot.press(*"zzz")
        await pilot.pause()
        assert prompts(panel) == ["No history has all of: freedoniazzz"]
        await pilot.press("escape")  # clears the filter first
        await pilot.pause()
        assert panel.mode == "corpus" and len(prompts(panel)) > 3


async def test_corpus_mode_without_corpus_says_so() -> None:
    app = PanelApp(make_briefing())
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert prompts(app.query_one(TrackerPanel)) == ["No corpus loaded yet."]


# -- hostile text --------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [40, 30])
async def test_hostile_text_renders_literally(width: int) -> None:
    base = make_briefing(label=HOSTILE, title=HOSTILE)
    actors = (*base.actors, Actor("spoiler", HOSTILE, "armed_group", "party"))
    quote = Quote(0, 5, HOSTILE, "spoiler")
    issue = Issue("x", HOSTILE, "open")
    thread = Negotiation("n1", HOSTILE, True, parties=("freedonia", "spoiler"),
                         status="stalled", issues=(issue,),
                         rounds=(Round(HOSTILE, None, None),),
                         status_evidence=(Span(0, 5, HOSTILE),))
    briefing = Briefing(base.document, actors=actors, quotes=(quote,),
                        negotiations=(thread,),
                        timeline=(TimelineEvent("2024-01-01", HOSTILE, Span(0, 5, HOSTILE)),))
    app = PanelApp(briefing, corpus=[briefing], width=width)
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        shown = prompts(panel)
        assert f"{HOSTILE}: “{HOSTILE}”" in shown  # speaker resolved to the (hostile) name
        assert f"? {HOSTILE}  open" in shown
        assert f"2024-01-01 {HOSTILE}" in shown
        assert f"“{HOSTILE}”" in shown
        assert str(app.query_one("#tracker-head").render()).startswith(HOSTILE)
        option_list = panel.option_list
        rendered = [option_list.render_line(y).text for y in range(option_list.size.height)]
        assert all(len(line) <= width for line in rendered)
        assert any("[@click=app.quit]x[/]" in line for line in rendered)
        await pilot.click(TrackerPanel, offset=(3, 6))
        await pilot.press("a")
        await pilot.pause()
        assert prompts(panel)[0].startswith(f"Freedonia · {HOSTILE}")
        assert app.is_running


async def test_big_corpus_is_merged_in_a_worker_then_shown(monkeypatch) -> None:
    from briefing.ui import tracker as tracker_module

    monkeypatch.setattr(tracker_module, "SYNC_LIMIT", 1)
    release = threading.Event()

    from briefing.answers import digest

    merge = digest.histories  # a big corpus's histories come from the answers digests

    def slow_merge(digests):
        release.wait(10)  # the worker thread waits until the test has looked at the panel
        return merge(digests)

    monkeypatch.setattr(digest, "histories", slow_merge)
    a = make_briefing("/c/a.txt", published="2024-05-01")
    b = make_briefing("/c/b.txt", published="2024-06-01")
    app = PanelApp(a, corpus=[a, b])
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        await pilot.press("a")
        assert prompts(panel) == ["Merging the negotiations of 2 documents…"]
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert prompts(panel)[0].splitlines()[0] == "Freedonia · Sylvania  2 docs"


async def test_set_briefing_before_mount_is_shown_on_mount() -> None:
    class EarlyApp(App):
        def compose(self) -> ComposeResult:
            panel = TrackerPanel()
            panel.set_briefing(make_briefing(status="stalled"))
            yield panel

    app = EarlyApp()
    async with app.run_test(size=(60, 40)):
        assert status_classes(app.query_one(TrackerPanel)) == {"-status-stalled"}


def test_days_before_needs_two_full_dates() -> None:
    from briefing.ui.tracker_rows import days_before

    assert days_before("2016-08-28", "2016-09-04") == 7
    assert days_before("2016-09-05", "2016-09-04") == -1
    assert days_before("2016-08", "2016-09-04") is None
    assert days_before("2016-08-28", None) is None
    assert days_before("2016-02-30", "2016-09-04") is None


async def test_badge_follows_a_theme_change() -> None:
    app = PanelApp(make_briefing(status="collapsed"))
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        app.theme = "textual-dark"
        await pilot.pause()
        dark = panel.badge.styles.background
        assert dark == Color.parse(app.theme_variables["error"])  # the built-in fallback
        app.theme = "nord"  # another error colour than textual-dark's
        await pilot.pause()
        assert panel.badge.styles.background == Color.parse(app.theme_variables["error"])
        assert panel.badge.styles.background != dark


async def test_a_status_and_its_trend_are_never_split_at_28_columns() -> None:
    late = make_briefing("/c/late.txt", published="2024-06-01")  # near agreement, improving
    early = make_briefing("/c/early.txt", published="2024-04-01", status="ongoing")
    other = Negotiation("n0", "Water commission", False, parties=("freedonia",),
                        status="near_agreement")
    here = make_briefing("/c/here.txt", published="2024-06-02", extra_threads=(other,))
    app = PanelApp(here, corpus=[late, early, here], width=28)
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        option_list = panel.option_list
        option_list.scroll_end(animate=False)  # the other threads close the list
        await pilot.pause()
        rendered = [option_list.render_line(y).text.rstrip()
                    for y in range(option_list.size.height)]
        # The other thread's row names its status whole.
        assert not any(line.strip().startswith("agreement") for line in rendered), rendered
        assert any(line.endswith("near agreement") for line in rendered), rendered
        await pilot.press("a")
        await pilot.pause()
        option_list = panel.option_list  # the histories' list
        rendered = [option_list.render_line(y).text.rstrip()
                    for y in range(option_list.size.height)]
        assert sum("near agreement ↗" in line for line in rendered) >= 2, rendered
        assert not any(line.strip().startswith("agreement") for line in rendered), "\n".join(rendered)
