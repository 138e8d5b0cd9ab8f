"""The side panel's pages: one list for the settings file, the state file and the UI.

The settings' ``layout: panel:``, the state file's remembered page per corpus and the UI's panel
switcher all name a page by these words; keeping them in one place keeps a page added to the UI
valid in the files the user owns.
"""

from __future__ import annotations

SIDE_PAGES: tuple[str, ...] = ("contents", "parties", "tracker")
