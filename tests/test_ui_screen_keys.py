"""The main screen's key actions live in a helper it owns (``MainScreen.keys``): every binding of
the screen reaches a method of it, and a key acts on its own screen."""

from __future__ import annotations

from conftest import main_screen

from briefing.ui.app import BriefingApp
from briefing.ui.keys import bindings
from briefing.ui.main import MainScreen
from briefing.ui.screen_keys import KeyAction, ScreenKeys


def _action_name(action: str) -> str:
    return action.split("(", 1)[0].removeprefix("screen.")


def test_every_screen_binding_names_a_method_of_the_keys_helper() -> None:
    for binding in bindings("screen"):
        name = _action_name(binding.action)
        if "." in name:  # app.* actions are the app's
            continue
        attribute = MainScreen.__dict__.get(f"action_{name}")
        assert isinstance(attribute, KeyAction), binding.action
        assert callable(getattr(ScreenKeys, name, None)), binding.action


async def test_the_keys_act_on_their_own_screen(small_corpus) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        assert screen.keys is screen.keys and screen.keys._screen is screen
        bound = screen.action_next_document
        assert bound.__self__ is screen.keys  # type: ignore[attr-defined]
        before = screen.current
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert screen.current == before + 1
        await pilot.press("left_curly_bracket")
        await pilot.pause()
        assert screen.current == before
