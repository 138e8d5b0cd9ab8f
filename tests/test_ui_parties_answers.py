"""The parties panel across the corpus: actors filtered as one types, with their roles;
identical documents counted once; a person's quotes from every document (``Q``)."""

from __future__ import annotations

from dataclasses import replace

from test_ui_parties import PanelApp, make_briefing, prompts

from briefing.model import Quote
from briefing.ui.parties import PartiesPanel


class QuoteApp(PanelApp):
    def on_parties_panel_quote_selected(self, message: PartiesPanel.QuoteSelected) -> None:
        self.messages.append(message)


def _with_quote(path: str, published: str, words: str):
    base = make_briefing(path, published=published)
    text = base.document.text
    quote = Quote(0, len(words), words, "ruiz", published)
    document = replace(base.document, text=words + text[len(words):])
    return replace(base, document=document, quotes=(quote,))


async def test_corpus_actors_filter_as_one_types_and_show_roles():
    a = make_briefing("/c/a.txt", published="2024-05-01")
    b = make_briefing("/c/b.txt", published="2024-06-01")
    copy = replace(a, document=replace(a.document, path="/c/copy-of-a.txt"))  # same sha256
    app = PanelApp(a, corpus=[a, b, copy])
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("a")
        await pilot.pause()
        shown = prompts(panel)
        assert "ST    2 Sylvania  side in 2" in shown  # the copy of a is not a third document
        await pilot.press("f", *"sylv")
        await pilot.pause()
        assert prompts(panel)[1:] == ["ST    2 Sylvania  side in 2"]
        await pilot.press("enter", "enter")  # back to the list, then its documents
        await pilot.pause()
        assert panel.mode == "documents"
        await pilot.press("escape")
        await pilot.pause()
        assert panel.mode == "corpus" and len(prompts(panel)) == 2
        await pilot.press("escape")  # clears the filter
        await pilot.pause()
        assert panel.mode == "corpus" and len(prompts(panel)) > 3


async def test_q_lists_a_persons_quotes_across_documents_and_enter_opens_one():
    a = _with_quote("/c/a.txt", "2024-05-01", "We are close")
    b = _with_quote("/c/b.txt", "2024-06-01", "It is done now")
    app = QuoteApp(a, corpus=[a, b])
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        while panel._highlighted_target() != "ruiz":
            await pilot.press("down")
        await pilot.press("Q")
        await pilot.pause()
        assert panel.mode == "quotes"
        shown = prompts(panel)
        assert [p.splitlines()[0] for p in shown] == ["“It is done now”", "“We are close”"]
        assert shown[0].splitlines()[1].strip().startswith("2024-06-01")
        await pilot.press("enter")
        await pilot.pause()
        (message,) = [m for m in app.messages if isinstance(m, PartiesPanel.QuoteSelected)]
        assert (message.path, message.start, message.end) == ("/c/b.txt", 0, 14)
        await pilot.press("escape")
        await pilot.pause()
        assert panel.mode == "document"
