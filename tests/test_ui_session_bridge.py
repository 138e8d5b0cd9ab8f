"""The screen and its session: the jobs' events reach the screen as messages, in order.

The message hook sees every message the app handles (as harlequin's tests watch the message
flow): the session's events arrive as :class:`SessionMessage`, the first document as text
before its analysis, the loading's end before the full index, and the screen shows them.
"""

from __future__ import annotations

from pathlib import Path

from conftest import main_screen

from briefing.session.events import BriefingsLoaded, DocumentAnalysed, IndexReady, StateLoaded
from briefing.ui.app import BriefingApp
from briefing.ui.session_view import SessionMessage
from briefing.ui.status import StatusBar


async def test_session_events_arrive_as_messages_in_order(small_corpus: Path) -> None:
    seen: list[object] = []

    def hook(message: object) -> None:
        if isinstance(message, SessionMessage):
            seen.append(message.event)

    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24), message_hook=hook) as pilot:
        screen = await main_screen(pilot, rounds=8)
        kinds = [type(e) for e in seen]
        loaded = [e for e in seen if isinstance(e, BriefingsLoaded)]
        assert loaded[0].seen == 0 and len(loaded[0].briefings) == 1  # the first text, at once
        analysed = kinds.index(DocumentAnalysed)
        assert kinds.index(BriefingsLoaded) < analysed and StateLoaded in kinds
        done = next(i for i, e in enumerate(seen) if isinstance(e, BriefingsLoaded) and e.done)
        full = [i for i, e in enumerate(seen)
                if isinstance(e, IndexReady) and e.index is not None and e.covered is None]
        assert full and full[-1] > done  # cold start: the full index after the loading
        assert len(screen.session.briefings) == 3 and screen.session.indexing.phase == "full"
        assert screen.document_list.option_count == 3
        status = (screen.query_one(StatusBar).load or "")
        assert status == "3 documents"
