"""The PARTIES panel: grouping and order, rows, messages, corpus mode, hostile names.

Fixture texts are invented for these tests (fictional states and people).
"""

from __future__ import annotations

import threading

import pytest
from _panel_app import SidePanelApp, prompts
from conftest import until
from textual.app import App, ComposeResult

from briefing.model import Actor, Briefing, Document, Mention, Negotiation
from briefing.ui import parties as parties_module
from briefing.ui.panel_groups import aggregate_actors, documents_of, group_actors
from briefing.ui.parties import PartiesPanel

TEXT = (
    "Freedonia and Sylvania are close to a truce, Freedonian Foreign Minister Ana Ruiz said. "
    "Ruiz met Sylvanian envoy Bo Tran in Lakeside. Freedonian troops pulled back. "
    "The Northern Front rejected the talks; Ruiz called it a spoiler. Freedonia insisted."
)
HOSTILE = "[@click=app.quit]x[/] Front [/] [R-TX]"


def mentions(text: str, *surfaces: str) -> tuple[Mention, ...]:
    """Mentions of each surface string in text order, one per start offset."""
    found: dict[int, Mention] = {}
    for surface in surfaces:
        start = text.find(surface)
        while start >= 0:
            found.setdefault(start, Mention(start, start + len(surface), surface))
            start = text.find(surface, start + 1)
    return tuple(sorted(found.values(), key=lambda m: m.start))


def make_briefing(path: str = "/corpus/a.txt", *, title: str | None = "Truce near",
                  published: str | None = "2024-05-09", negotiated: bool = True,
                  rebel_name: str = "Northern Front", extra: tuple[Actor, ...] = ()) -> Briefing:
    text = TEXT.replace("Northern Front", rebel_name) if rebel_name != "Northern Front" else TEXT
    actors = (
        # Freedonia: "Freedonia" twice + "Freedonian" twice = 4.
        Actor("freedonia", "Freedonia", "state", "party",
              mentions=mentions(text, "Freedonia ", "Freedonian ")),
        Actor("sylvania", "Sylvania", "state", "party", mentions=mentions(text, "Sylvania")),
        Actor("ruiz", "Ana Ruiz", "person", "party", affiliation="freedonia",
              title="Foreign Minister", mentions=mentions(text, "Ana Ruiz", "Ruiz met", "Ruiz called")),
        Actor("tran", "Bo Tran", "person", "party", affiliation="sylvania", title="envoy",
              mentions=mentions(text, "Bo Tran")),
        Actor("fr_troops", "Freedonian troops", "armed_forces", "sub_actor",
              part_of="freedonia", mentions=mentions(text, "Freedonian troops")),
        Actor("nf", rebel_name, "armed_group", "party", mentions=mentions(text, rebel_name)),
        Actor("lakeside", "Lakeside", "other", "mentioned", mentions=mentions(text, "Lakeside")),
        Actor("anon", "a senior official", "person", "party", affiliation="sylvania"),
        *extra,
    )
    threads = (Negotiation("n1", "Truce talks", True, parties=("freedonia", "sylvania")),
               ) if negotiated else ()
    document = Document(path=path, sha256=path, text=text, title=title, published=published)
    return Briefing(document, actors=actors, negotiations=threads)


class PanelApp(SidePanelApp):
    PANEL = PartiesPanel

    def on_parties_panel_actor_selected(self, message: PartiesPanel.ActorSelected) -> None:
        self.messages.append(message)

    def on_parties_panel_filter_toggled(self, message: PartiesPanel.FilterToggled) -> None:
        self.messages.append(message)

    def on_parties_panel_open_document(self, message: PartiesPanel.OpenDocument) -> None:
        self.messages.append(message)


def lines(panel: PartiesPanel) -> list[str]:
    """What the list shows on screen, line by line."""
    option_list = panel.option_list
    return [option_list.render_line(y).text for y in range(option_list.size.height)]


def highlighted_prompt(panel: PartiesPanel) -> str:
    option_list = panel.option_list
    assert option_list.highlighted is not None
    return option_list.get_option_at_index(option_list.highlighted).prompt.plain


# -- grouping and order (pure) -------------------------------------------------------------------


def test_groups_table_conflict_mentioned_with_sub_actor_under_parent() -> None:
    groups = group_actors(make_briefing())
    assert [g.key for g in groups] == ["table", "conflict", "mentioned"]
    table = [(row.actor.id, row.depth) for row in groups[0].rows]
    # Freedonia (4 mentions) with its troops under it, Ruiz (3), Sylvania (2), Tran (1),
    # then the anonymous official (no name mention) last.
    assert table == [("freedonia", 0), ("fr_troops", 1), ("ruiz", 0), ("sylvania", 0),
                     ("tran", 0), ("anon", 0)]
    assert [row.actor.id for row in groups[1].rows] == ["nf"]
    assert [row.actor.id for row in groups[2].rows] == ["lakeside"]


def test_affiliation_is_shown_by_the_affiliated_actors_name() -> None:
    rows = {row.actor.id: row for g in group_actors(make_briefing()) for row in g.rows}
    assert rows["ruiz"].affiliation_name == "Freedonia"
    assert rows["ruiz"].count == 3
    assert rows["freedonia"].count == 4


def test_without_a_negotiation_parties_are_in_the_conflict_group() -> None:
    groups = group_actors(make_briefing(negotiated=False))
    assert [g.key for g in groups] == ["conflict", "mentioned"]
    assert groups[0].rows[0].actor.id == "freedonia"


def test_equal_counts_order_by_first_mention() -> None:
    text = "Beta met Alpha. Alpha and Beta."
    actors = (Actor("alpha", "Alpha", "state", "party", mentions=mentions(text, "Alpha")),
              Actor("beta", "Beta", "state", "party", mentions=mentions(text, "Beta")))
    briefing = Briefing(Document("/p.txt", "0", text), actors=actors)
    assert [r.actor.id for r in group_actors(briefing)[0].rows] == ["beta", "alpha"]


def test_mediator_is_at_the_table_and_marked() -> None:
    base = make_briefing()
    thread = Negotiation("n1", "Truce talks", True, parties=("freedonia", "sylvania"),
                         mediators=("nf",))
    briefing = Briefing(base.document, actors=base.actors, negotiations=(thread,))
    rows = {row.actor.id: (g.key, row) for g in group_actors(briefing) for row in g.rows}
    assert rows["nf"][0] == "table"
    assert rows["nf"][1].role == "mediator"
    assert rows["freedonia"][1].role is None


def test_part_of_cycle_does_not_hang_or_drop_actors() -> None:
    actors = (Actor("x", "X", "state", "party", part_of="y"),
              Actor("y", "Y", "state", "party", part_of="x"))
    briefing = Briefing(Document("/p.txt", "0", "X Y"), actors=actors)
    ids = [row.actor.id for g in group_actors(briefing) for row in g.rows]
    assert sorted(ids) == ["x", "y"]


def test_corpus_aggregation_merges_by_id_and_counts_documents() -> None:
    a = make_briefing("/c/a.txt", published="2024-05-01")
    b = make_briefing("/c/b.txt", published="2024-06-01")
    c = Briefing(Document("/c/c.txt", "c", "Sylvania only.", published="2024-04-01"),
                 actors=(Actor("sylvania", "Sylvania", "state", "party",
                               mentions=(Mention(0, 8, "Sylvania"),)),))
    entries = {e.id: e for e in aggregate_actors([a, b, c])}
    assert len(entries["sylvania"].documents) == 3
    assert len(entries["freedonia"].documents) == 2
    assert entries["sylvania"].mentions == 2 + 2 + 1
    order = [e.id for e in aggregate_actors([a, b, c])]
    assert order[0] == "sylvania"  # in the most documents
    # Newest document first in an actor's document list.
    assert [br.document.path for br, _ in documents_of(entries["sylvania"], [a, b, c])] == [
        "/c/b.txt", "/c/a.txt", "/c/c.txt"]


# -- the widget --------------------------------------------------------------------------------


async def test_rows_show_badge_count_title_affiliation_and_group_headings() -> None:
    app = PanelApp(make_briefing())
    async with app.run_test(size=(60, 30)):
        panel = app.query_one(PartiesPanel)
        shown = prompts(panel)
        assert shown[0] == "AT THE TABLE · 6"
        assert shown[1] == "ST   4 Freedonia"
        assert shown[2] == "AF   1 └ Freedonian troops"
        assert shown[3].splitlines() == ["PE   3 Ana Ruiz", "       Freedonia · Foreign Minister"]
        assert "unnamed source" in shown[6]
        assert shown.index("IN THE CONFLICT · 1") < shown.index("MENTIONED · 1")
        # The heading is not selectable: the cursor starts on the first actor.
        assert highlighted_prompt(panel).startswith("ST   4 Freedonia")


async def test_user_curated_actor_is_marked() -> None:
    curated = Actor("kurds", "Kurdish groups", "armed_group", "party", origin="user")
    app = PanelApp(make_briefing(extra=(curated,)))
    async with app.run_test(size=(60, 30)):
        row = next(p for p in prompts(app.query_one(PartiesPanel)) if "Kurdish" in p)
        assert "✎ Kurdish groups" in row
        assert "curated" in row


async def test_cursor_moves_post_actor_selected_but_initial_cursor_does_not() -> None:
    app = PanelApp(make_briefing())
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        assert app.messages == []  # the cursor the panel placed itself announces nothing
        await pilot.press("down")
        await pilot.pause()
        assert [(m.path, m.actor_id) for m in app.messages] == [("/corpus/a.txt", "fr_troops")]
        await pilot.press("up", "enter")
        await pilot.pause()
        assert [m.actor_id for m in app.messages] == ["fr_troops", "freedonia", "freedonia"]
        assert all(isinstance(m, PartiesPanel.ActorSelected) for m in app.messages)
        assert app.query_one(PartiesPanel).selected_actor == "freedonia"


async def test_f_toggles_the_paragraph_filter_and_escape_backs_out() -> None:
    app = PanelApp(make_briefing())
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("f")
        await pilot.pause()
        # f on a not yet announced actor selects it first, then filters.
        assert [(type(m).__name__, m.actor_id) for m in app.messages] == [
            ("ActorSelected", "freedonia"), ("FilterToggled", "freedonia")]
        assert app.messages[-1].only is True
        assert panel.filter_actor == "freedonia"
        assert "only Freedonia" in str(panel.query_one("#parties-header").render())
        # The filter follows the selection.
        await pilot.press("down")
        await pilot.pause()
        assert (type(app.messages[-1]).__name__, app.messages[-1].actor_id,
                app.messages[-1].only) == ("FilterToggled", "fr_troops", True)
        await pilot.press("f")
        await pilot.pause()
        assert (app.messages[-1].actor_id, app.messages[-1].only) == ("fr_troops", False)
        await pilot.press("f", "escape")  # on again, then escape turns it off
        await pilot.pause()
        assert (app.messages[-1].only, panel.filter_actor) == (False, None)
        app.messages.clear()
        await pilot.press("escape")  # then clears the selection
        await pilot.pause()
        assert [(type(m).__name__, m.actor_id) for m in app.messages] == [
            ("ActorSelected", None)]


async def test_new_document_resets_selection_and_keeps_panel_quiet() -> None:
    app = PanelApp(make_briefing())
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("down", "f")
        await pilot.pause()
        app.messages.clear()
        panel.set_briefing(make_briefing("/corpus/b.txt"))
        await pilot.pause()
        assert app.messages == []
        assert (panel.selected_actor, panel.filter_actor) == (None, None)
        panel.set_briefing(None)
        await pilot.pause()
        assert prompts(panel) == ["No document open."]


async def test_corpus_mode_lists_actors_then_documents_then_opens_one() -> None:
    a = make_briefing("/c/a.txt", title="First", published="2024-05-01")
    b = make_briefing("/c/b.txt", title="Second", published="2024-06-01")
    c = Briefing(Document("/c/c.txt", "c", "Sylvania only.", title="Third",
                          published="2024-04-01"),
                 actors=(Actor("sylvania", "Sylvania", "state", "party",
                               mentions=(Mention(0, 8, "Sylvania"),)),))
    app = PanelApp(a, corpus=[a, b, c])
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("a")
        await pilot.pause()
        assert panel.mode == "corpus"
        shown = prompts(panel)
        assert shown[0] == "   docs actor"  # the column legend
        assert shown[1] == "ST    3 Sylvania  side in 2"  # a side of a thread in a and b
        assert "ST    2 Freedonia  side in 2" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert panel.mode == "documents"
        header = str(panel.query_one("#parties-header").render())
        assert header == "Sylvania · state · 3 docs"
        assert [p.splitlines()[0] for p in prompts(panel)] == ["Second", "First", "Third"]
        assert prompts(panel)[2].splitlines()[1].strip() == "2024-04-01 · 1 mention"
        await pilot.press("down", "enter")
        await pilot.pause()
        opened = [m for m in app.messages if isinstance(m, PartiesPanel.OpenDocument)]
        assert [(m.path, m.actor_id) for m in opened] == [("/c/a.txt", "sylvania")]
        assert panel.mode == "documents"  # stays, so the next document is one key away
        # The screen opens the document: back in document mode the actor is selected.
        panel.set_briefing(a)
        await pilot.press("escape")
        await pilot.pause()
        assert panel.mode == "corpus"
        assert highlighted_prompt(panel).startswith("ST    3 Sylvania")
        await pilot.press("escape")
        await pilot.pause()
        assert panel.mode == "document"
        assert panel.selected_actor == "sylvania"
        assert highlighted_prompt(panel).startswith("ST   2 Sylvania")


async def test_corpus_list_is_capped_with_a_count_of_the_rest(monkeypatch) -> None:
    monkeypatch.setattr(parties_module, "MAX_CORPUS_ACTORS", 3)
    briefing = make_briefing()
    app = PanelApp(briefing, corpus=[briefing])
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("a")
        await pilot.pause()
        shown = prompts(panel)
        assert len(shown) == 1 + 3 + 1  # legend, three actors, the rest counted
        assert shown[-1] == f"… {len(briefing.actors) - 3} more actors, in fewer documents"


async def test_set_corpus_defers_aggregation_until_corpus_mode() -> None:
    briefing = make_briefing()
    app = PanelApp(briefing, corpus=[briefing] * 50)
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        assert panel._corpus_actors is None
        await pilot.press("a")
        await pilot.pause()
        assert panel._corpus_actors is not None
        # A corpus without documents says so instead of showing an empty list.
        panel.set_corpus([])
        await until(pilot, lambda: prompts(panel) == ["No corpus loaded yet."])
        assert prompts(panel) == ["No corpus loaded yet."]


@pytest.mark.parametrize("width", [40, 30])
async def test_hostile_names_render_literally_and_long_names_wrap(width: int) -> None:
    long_title = "Commander of the Joint Operations Command of the Northern Provinces"
    spy = Actor("spy", "[b]Bold[/b] Agent", "person", "party", affiliation="nf",
                title=long_title, mentions=(Mention(0, 1, "F"),))
    briefing = make_briefing(rebel_name=HOSTILE, title=HOSTILE, extra=(spy,))
    app = PanelApp(briefing, corpus=[briefing], width=width)
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.pause()
        shown = prompts(panel)
        assert any(HOSTILE in p for p in shown)
        assert any("[b]Bold[/b] Agent" in p for p in shown)
        assert any(f"{HOSTILE} · {long_title}" in p for p in shown)  # affiliation by name
        screen = lines(panel)
        assert all(len(line) <= width for line in screen)
        hostile_line = next(line for line in screen if line.startswith("AG "))
        assert hostile_line.startswith("AG   1 [@click=app.quit]x[/]")
        assert any(line.startswith("       [@click=app.quit]x[/]") for line in screen)
        # Wrapped whole (the title too), each continuation under the details' start.
        title_at = next(i for i, line in enumerate(screen) if line.startswith("       [@click"))
        assert screen[title_at + 1].startswith("       ") and \
            screen[title_at + 1][7] != " ", screen
        # Clicking the row must not run the embedded "action".
        await pilot.click(PartiesPanel, offset=(12, screen.index(hostile_line) + 1))
        await pilot.pause()
        assert app.is_running
        await pilot.press("a", "enter")
        await pilot.pause()
        # In the corpus view too: the document title and actor name stay literal.
        await pilot.press("escape")
        await pilot.pause()
        entries = prompts(panel)
        target = next(i for i, p in enumerate(entries) if HOSTILE in p)
        panel.option_list.highlighted = target
        await pilot.press("enter")
        await pilot.pause()
        assert prompts(panel)[0].splitlines()[0] == HOSTILE
        assert app.is_running


async def test_big_corpus_is_counted_in_a_worker_then_shown(monkeypatch) -> None:
    monkeypatch.setattr(parties_module, "SYNC_LIMIT", 1)
    release = threading.Event()

    def slow_aggregate(briefings):
        release.wait(10)  # the worker thread waits until the test has looked at the panel
        return aggregate_actors(briefings)

    monkeypatch.setattr(parties_module, "aggregate_actors", slow_aggregate)
    a = make_briefing("/c/a.txt")
    b = make_briefing("/c/b.txt")
    app = PanelApp(a, corpus=[a, b])
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("a")
        assert prompts(panel) == ["Counting the actors of 2 documents…"]
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = prompts(panel)
        assert shown[1] == "ST    2 Freedonia  side in 2"
        # A corpus that changed while counting: the stale result is dropped, the new one shown.
        panel.set_corpus([a])
        await until(pilot, lambda: prompts(panel)[1:2] == ["ST    1 Freedonia  side in 1"])
        assert prompts(panel)[1] == "ST    1 Freedonia  side in 1"


async def test_set_briefing_before_mount_is_shown_on_mount() -> None:
    class EarlyApp(App):
        def compose(self) -> ComposeResult:
            panel = PartiesPanel()
            panel.set_briefing(make_briefing())
            panel.set_corpus([make_briefing()])
            yield panel

    app = EarlyApp()
    async with app.run_test(size=(60, 30)):
        assert prompts(app.query_one(PartiesPanel))[1] == "ST   4 Freedonia"


async def test_control_characters_in_names_never_reach_the_terminal() -> None:
    sneaky = Actor("sneaky", "Evil\x1b]2;PWNED\x07 Corp\x9b31m", "organization", "mentioned",
                   mentions=(Mention(0, 1, "F"),))
    app = PanelApp(make_briefing(extra=(sneaky,)))
    async with app.run_test(size=(60, 30)):
        row = next(p for p in prompts(app.query_one(PartiesPanel)) if "Evil" in p)
        assert "\x1b" not in row and "\x07" not in row and "\x9b" not in row
        assert "PWNED" in row  # shown as text, not obeyed


def test_a_persons_state_missing_from_the_document_is_named_not_shown_as_its_id() -> None:
    """"Sergei Lavrov · russia · Foreign Minister" when Russia itself was not among the
    document's actors: the affiliation is a name, not the id."""
    from briefing.ui.panel_groups import name_of_id

    extra = (Actor("lv", "Sergei Lavrov", "person", "party", affiliation="russia",
                   title="Foreign Minister", mentions=mentions(TEXT, "Ruiz met")),)
    rows = [r for g in group_actors(make_briefing(extra=extra)) for r in g.rows]
    lavrov = next(r for r in rows if r.actor.id == "lv")
    assert lavrov.affiliation_name == "Russia"
    assert name_of_id("united_states") in {"United States"}
    assert name_of_id("usa") in {"USA", "United States"}
    assert name_of_id("freedonia_north") == "Freedonia North"


def test_a_threads_side_missing_from_the_document_is_named_in_the_tracker() -> None:
    from briefing.ui.tracker_curation import thread_head

    briefing = make_briefing()
    thread = Negotiation("n2", "Border talks", False, parties=("freedonia", "north_arland"))
    head = thread_head(thread, {a.id: a.name for a in briefing.actors}, 0, 1, briefing)
    assert "Freedonia · North Arland" in head.plain


async def test_a_correction_key_in_the_corpus_list_says_where_corrections_are_made() -> None:
    briefing = make_briefing()
    app = PanelApp(briefing, corpus=[briefing])
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("a")
        await pilot.pause()
        assert panel.mode == "corpus"
        for key in ("r", "x", "M"):
            await pilot.press(key)
            await pilot.pause()
        said = [n.message for n in app._notifications]  # noqa: SLF001
        assert said.count("corrections are made on one document's actors: a returns to them") \
            == 3, said
        assert panel.mode == "corpus" and not app.screen_stack[1:]  # no prompt opened
