"""Screenshots of each side panel (contents, parties, tracker) and of the search results, on the
bundled seed, at three widths (40, 80 and 120 columns: the narrow, medium and wide layouts) and
in two themes (briefing-dark and briefing-light).

Regenerate with ``pytest tests/test_ui_panel_snapshots.py --snapshot-update`` and look at the
SVGs (``snapshot_report.html`` shows the differences when one fails).
"""

from __future__ import annotations

import time

import pytest
from conftest import searches_done

from briefing.ui.app import BriefingApp
from briefing.userdata.themes import load_themes

SIZES = {40: (40, 20), 80: (80, 24), 120: (120, 30)}
THEMES = ("briefing-dark", "briefing-light")


async def _settle(pilot) -> None:
    """Until the seed is loaded and analysed, the panels mounted and the index built: the
    first test of a process also waits for the imports, which the workers do."""
    from briefing.ui.main import MainScreen
    from briefing.ui.panels import PanelSlot

    main = next(s for s in pilot.app.screen_stack if isinstance(s, MainScreen))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        session = main.session
        if not session.is_loading and session.index is not None and session.briefings[0].actors \
                and not any(isinstance(main.panel(n), PanelSlot) for n in ("parties", "tracker")):
            break
    await pilot.pause()
    await pilot.pause()


def _opens(keys: list[str], search: str = ""):
    """A ``run_before``: settle, press ``keys``, type ``search`` into the search screen."""

    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        if search:
            await pilot.press(*search)
            await searches_done(pilot)
            await pilot.pause(0.2)
        await _settle(pilot)

    return run_before


PANELS = {
    "contents": _opens(["c"]),
    "parties": _opens(["p"]),
    "tracker": _opens(["t"]),
    "search": _opens(["slash"], search="ceasefire"),
}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("width", sorted(SIZES))
@pytest.mark.parametrize("panel", sorted(PANELS))
def test_panel(snap_compare, panel: str, width: int, theme: str) -> None:
    app = BriefingApp([], theme=theme, themes=load_themes()[0])
    assert app.theme == theme
    assert snap_compare(app, terminal_size=SIZES[width], run_before=PANELS[panel])
