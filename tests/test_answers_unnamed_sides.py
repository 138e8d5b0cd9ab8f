"""A side named only through its people ("John Kerry met Sergei Lavrov") has no actor in the
document: `briefing history`, the memos and the tracker's histories showed its internal id
("usa"); they show the knowledge base's name ("United States")."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.runner import analyse_corpus
from briefing.answers.export import memo_markdown
from briefing.answers.history import merge_histories
from briefing.answers.memo import merged_memo
from briefing.model import Briefing

TEXT = ("Talks in Geneva\n\nJohn Kerry met Sergei Lavrov in Geneva on Monday to discuss a "
        "ceasefire. Both men said the talks were near a deal.\n")


def _briefing(folder: Path) -> Briefing:
    (folder / "geneva.txt").write_text(TEXT, encoding="utf-8")
    return analyse_corpus([str(folder)], cache=False).briefings[0]


def test_a_side_without_an_actor_is_named_in_the_histories_and_the_memos(tmp_path: Path
                                                                          ) -> None:
    briefing = _briefing(tmp_path)
    local = {a.id for a in briefing.actors}
    sides = [p for n in briefing.negotiations for p in n.parties]
    assert "usa" in sides and "usa" not in local  # the case itself
    history = merge_histories([briefing])[0]
    assert "United States" in history.names and "usa" not in history.names
    assert "usa" not in history.title
    merged = merged_memo([briefing])
    assert "United States" in merged and "usa" not in merged.replace("`", " ").split()
    memo = memo_markdown([briefing])
    assert "**Parties:** United States" in memo


def test_the_reader_s_ui_thread_never_loads_the_knowledge_base(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Within ``without_loading_kb`` an id is put in words unless the base is loaded."""
    import briefing.knowledge as knowledge
    from briefing.answers import actor_names

    monkeypatch.setattr(knowledge, "default_kb_loaded", lambda: False)
    monkeypatch.setattr(actor_names, "_kb_name", lambda _id: (_ for _ in ()).throw(
        AssertionError("the knowledge base was loaded")))
    with actor_names.without_loading_kb():
        assert actor_names.known_name("usa") == "USA"
        assert actor_names.known_name("jabhat_al_nusra") == "Jabhat Al Nusra"
