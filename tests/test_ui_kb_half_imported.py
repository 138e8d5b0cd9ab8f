"""The knowledge base's module seen half imported (another thread is importing it) is "not
loaded", never an error: the corpus loading stopped once at one document with "partially
initialized module 'briefing.knowledge' has no attribute 'default_kb_loaded'" (user test in
tmux, session 11), and the parties panel asks the same question on the UI thread."""

from __future__ import annotations

import sys
import types

import pytest

from briefing.session.loading import _knowledge_loaded
from briefing.ui.panel_groups import name_of_id


def test_a_half_imported_knowledge_module_counts_as_not_loaded(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "briefing.knowledge",
                        types.ModuleType("briefing.knowledge"))  # no attributes yet
    assert _knowledge_loaded() is False
    assert name_of_id("usa") == "USA"  # the id in words, as when the base is not loaded
