"""The Textual application: theme variables, keymap and the main screen; nothing else.

Kept small on purpose (the main screen owns the state).  :func:`run` is what ``briefing``
calls.  Start-up is lean: the corpus, the extractor and the search layer are imported by the
loading worker after the first frame, never here.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App

from briefing.ui.main import MainScreen
from briefing.ui.text import safe_str
from briefing.userdata.theme_spec import THEME_VARIABLE_DEFAULTS

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.timer import Timer

    from briefing.model import Problem

def _with_alpha(colour: str | None, percent: int) -> str | None:
    """``"#rrggbb 35%"``: a theme colour as a translucent highlight (None stays None)."""
    return f"{colour} {percent}%" if colour and " " not in colour else colour


def _reader_commands() -> type[Provider]:
    """The palette's reader commands, imported when the palette first opens."""
    from briefing.ui.commands import ReaderCommands

    return ReaderCommands


class BriefingApp(App[int]):
    """The reader.  ``paths`` empty means the bundled seeds."""

    TITLE = "briefing"  # never set from document data (nor is the terminal title)
    CSS_PATH = ["main.tcss"]  # the main screen's (see briefing.ui.main)
    # Every screen's width class for the toasts (main.tcss): below 60 columns they are wider.
    HORIZONTAL_BREAKPOINTS = [(0, "-toasts-narrow"), (60, "-toasts-wide")]
    COMMANDS = App.COMMANDS | {_reader_commands}
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, paths: Sequence[str] = (), *, keymap: Mapping[str, str] | None = None,
                 theme: str | None = None, themes: Sequence[Any] = (),
                 problems: Sequence[Problem] = (), save_theme: bool = False,
                 limits: Mapping[str, Any] | None = None,
                 layout: Mapping[str, Any] | None = None) -> None:
        """``themes`` are :class:`briefing.userdata.themes.ThemeSpec` (already validated); they are
        registered here, before the stylesheet is parsed.  ``problems`` (from the settings and
        theme files) join the problems view.  ``save_theme`` persists a theme the user picks."""
        super().__init__()
        self.paths = list(paths)
        self.limits = dict(limits or {})
        # settings ``layout:`` -- sidebar shown at start, which panel, its width
        self.layout_settings: dict[str, Any] = dict(layout or {})
        self.startup_problems = list(problems)
        from briefing.common.textsafe import valid_binding_id, valid_key_name

        # Key names reach the footer and the help screen: whatever the source (settings, the
        # start-up cache, a caller), only real binding ids and key names are used, and none
        # that clashes with another binding (reported).
        self.keymap: dict[str, str] = self._checked_keymap(
            {k: v for k, v in (keymap or {}).items()
             if valid_binding_id(k) and valid_key_name(v)})
        # briefing's own and the user's themes, in order; the one in use is registered now
        # (its variables are in the stylesheet), the others after the first frame
        # (register_themes: checking and registering each costs ~1 M instructions).
        self._theme_names: list[str] = [str(getattr(s, "name", "")) for s in themes]
        self._later_themes = [s for s in themes if not theme or s.name != theme]
        for spec in themes:
            if theme and spec.name == theme:
                self._register_spec(spec)
        if self.keymap:
            self.set_keymap(self.keymap)
        if theme and theme in self.available_themes:
            self.theme = theme
        self._save_theme = save_theme
        self._styled = False  # set on mount: the stylesheet has been applied (refresh_css)
        self.exit_messages: list[str] = []  # printed on stderr once the screen is restored
        # Each key from the terminal -> the screen that was on top when it came (type_ahead).
        self._key_screens: weakref.WeakKeyDictionary[events.Key, object] = \
            weakref.WeakKeyDictionary()
        self._keys_quiet: Timer | None = None  # fires once the keys stop (full gc passes)

    def _checked_keymap(self, keymap: dict[str, str]) -> dict[str, str]:
        """The keymap without entries that clash or name no binding (each one reported)."""
        from briefing.ui.keys import keymap_problems

        bad = keymap_problems(keymap)
        if bad:
            from briefing.model import Problem

            for binding_id, message in bad.items():
                self.startup_problems.append(Problem(
                    "keys", f"{safe_str(binding_id, 40)}: {message}; ignored, the default "
                            "key is kept"))
        return {k: v for k, v in keymap.items() if k not in bad}

    def _register_spec(self, spec: Any) -> Problem | None:
        """Register one theme; a theme that cannot be used is a problem (returned, and
        reported with the start-up problems), never fatal."""
        from textual.theme import Theme

        try:
            theme = Theme(**spec.textual_kwargs())
            self.register_theme(theme)
            if theme.name not in self._theme_names:
                self._theme_names.append(theme.name)
        except Exception as exc:  # noqa: BLE001 - a bad theme is reported, never fatal
            from briefing.model import Problem

            where = getattr(spec, "path", "") or getattr(spec, "name", "theme")
            problem = Problem(str(where), f"theme not usable: {exc}")
            self.startup_problems.append(problem)
            return problem
        return None

    def register_themes(self) -> None:
        """The themes not in use, registered after the first frame (or when ``T`` or the
        palette needs them sooner); one that cannot be used joins the problems view."""
        later, self._later_themes = self._later_themes, []
        problems = [p for p in map(self._register_spec, later) if p is not None]
        screen = self.screen_stack[0] if self.screen_stack else None
        if problems and isinstance(screen, MainScreen):
            # The session's problems (the ! view), or the screen's until the session exists.
            (screen.session.problems if screen.started else screen.startup_problems).extend(
                problems)
            from briefing.ui.text import notify_safe

            notify_safe(screen, str(problems[0]), severity="warning", timeout=8)
            screen.update_status()

    def theme_cycle(self) -> list[str]:
        """The themes ``T`` cycles through: briefing's (and the user's) when there are any."""
        self.register_themes()
        names = [n for n in self._theme_names if n in self.available_themes]
        return names or sorted(self.available_themes)

    def search_themes(self) -> None:
        """The palette's "Theme": only the themes briefing can save and ``briefing themes``
        marks (not every Textual built-in), each previewed on a highlight like Textual's."""
        from functools import partial

        from textual.command import SimpleCommand

        commands = [SimpleCommand(name, partial(setattr, self, "theme", name),
                                  "in use" if name == self.theme else "saved as your theme")
                    for name in self.theme_cycle()]
        self.search_commands(commands, placeholder="Search for themes…")

    def exit(self, *args: Any, **kwargs: Any) -> None:
        """Save the reading position before leaving, whichever key or signal asked; what could
        not be saved is kept in :attr:`exit_messages` for the terminal (:func:`run`)."""
        for screen in self.screen_stack:
            flush = getattr(screen, "flush_state", None)
            if callable(flush):
                # Never stop the user from quitting; say afterwards what was not saved.
                try:
                    said = flush()
                except Exception as exc:  # noqa: BLE001 - quitting must always work
                    said = f"briefing: the reader state was not saved: {exc}"
                if isinstance(said, str) and said not in self.exit_messages:
                    self.exit_messages.append(said)
        super().exit(*args, **kwargs)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            self._key_screens[event] = self.screen  # a key from the terminal: where it goes
            self._key_pressed()
        await super().on_event(event)

    def _key_pressed(self) -> None:
        """The collector's full passes wait while the user types (briefing.session.memory):
        a key is answered without one, and they run once the keys stop."""
        # Imported here: the session package would otherwise load before the first frame.
        from briefing.session.memory import KEYS_QUIET, hold_full_passes

        hold_full_passes()
        if self._keys_quiet is None:
            self._keys_quiet = self.set_timer(KEYS_QUIET, self._keys_stopped)
        else:
            self._keys_quiet.reset()

    def on_app_focus(self, _event: events.AppFocus) -> None:
        """The terminal is back in front: the document being read is checked on disk now
        (edited or deleted meanwhile), not at the next tick of the reader's timer."""
        from briefing.ui.actions import check_on_disk

        screen = self.screen
        if isinstance(screen, MainScreen):
            check_on_disk(screen)

    def on_unmount(self) -> None:
        from briefing.session.memory import release_full_passes

        release_full_passes()  # the collector as it was, whatever runs after the reader

    def _keys_stopped(self) -> None:
        self._keys_quiet = None
        from briefing.session.memory import release_full_passes

        release_full_passes()

    def on_key(self, event: events.Key) -> None:
        """Type-ahead: a printable key that comes back unused from a screen that is no longer
        on top was typed in one burst with the key that opened the screen on top ("/kerry"
        from a fast typist, a paste, or a busy machine reading the keys together): it is
        that screen's, if it takes typed text (``type_ahead``, :mod:`briefing.ui.typeahead`),
        never lost nor a command."""
        origin = self._key_screens.pop(event, None)
        top = self.screen
        if origin is None or origin is top or not event.is_printable or not event.character:
            return
        type_ahead = getattr(top, "type_ahead", None)
        if callable(type_ahead):
            event.prevent_default()  # (runs before App's own handler: no binding for it)
            type_ahead(event.character)

    def refresh_css(self, animate: bool = True) -> None:
        """Setting the theme in ``__init__`` (the user's) queues Textual's CSS refresh, which
        runs before anything is styled: it parses every stylesheet into a fresh one and drops
        the parsed rules' cache, so the screen's widgets make the app parse them all again
        (~6 ms of the first frame).  Until the app is mounted, only the variables change:
        the stylesheet is then parsed once, with them, when the screen is styled."""
        if not self._styled:
            self.stylesheet.set_variables(self.get_css_variables())
            return
        super().refresh_css(animate)

    def on_mount(self) -> None:
        self._styled = True
        if self._later_themes:
            self.call_after_refresh(self.register_themes)  # after the first frame
        if self._save_theme:
            self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme: object) -> None:
        name = getattr(theme, "name", None)
        if isinstance(name, str):
            self.run_worker(lambda: self._persist_theme(name), thread=True, group="settings",
                            exclusive=True)

    def _persist_theme(self, name: str) -> None:
        from briefing.userdata.settings import save_theme

        problem = save_theme(name)
        if problem is not None:
            self.call_from_thread(self.notify, str(problem), severity="warning", markup=False)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **THEME_VARIABLE_DEFAULTS}

    def get_css_variables(self) -> dict[str, str]:
        """Theme variables; the app's own ones, when a theme leaves them out, follow its colours."""
        variables = super().get_css_variables()
        own = self.current_theme.variables
        derived = {
            "briefing-heading": variables.get("accent"),
            "briefing-mention": _with_alpha(variables.get("primary"), 35),
            "briefing-evidence": _with_alpha(variables.get("success"), 35),
            "briefing-search": _with_alpha(variables.get("warning"), 55),
            "briefing-status-ok": variables.get("success"),
            "briefing-status-busy": variables.get("warning"),
            "briefing-status-warning": variables.get("warning"),
            "briefing-status-error": variables.get("error"),
        }
        for name, value in derived.items():
            if name not in own and value:
                variables[name] = value
        self.theme_variables = variables
        return variables

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.paths, self.limits)


def build_app(paths: Sequence[str] = ()) -> BriefingApp:
    """The reader as ``briefing`` starts it: the user's settings, themes and keymap."""
    from briefing.ui.prefs import Preferences, load_preferences, theme_specs

    try:
        prefs = load_preferences()
    except Exception as exc:  # noqa: BLE001 - settings must never stop the reader
        prefs = Preferences(problems=[("(settings)", f"{exc.__class__.__name__}: {exc}", None)])
    problems = []
    if prefs.problems:  # the data model is imported only when there is something to report
        from briefing.model import Problem

        problems = [Problem(path, message, line) for path, message, line in prefs.problems]
    if not paths and prefs.default_corpus:
        paths = list(prefs.default_corpus)
        import os

        if not all(os.path.exists(p) for p in paths):  # said with where the path came from
            from briefing.userdata.settings import missing_corpus

            problems += missing_corpus(paths)
    keymap, theme, specs = prefs.keymap, prefs.theme, theme_specs(prefs)
    return BriefingApp(paths, keymap=keymap, theme=theme, themes=specs, problems=problems,
                       save_theme=True, limits=prefs.limits, layout=prefs.layout)


def run(paths: Sequence[str] = ()) -> int:
    """Run the reader with the user's settings and themes until they quit; the exit status."""
    app = build_app(paths)
    result = app.run()
    if app.exit_messages:
        import sys

        from briefing.common.textsafe import display_safe

        for message in app.exit_messages:  # file names and notes are outside text
            for line in message.splitlines():
                print(display_safe(line, 1000), file=sys.stderr)
    return int(result) if isinstance(result, int) else int(app.return_code or 0)
