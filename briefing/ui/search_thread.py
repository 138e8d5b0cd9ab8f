"""One long-lived thread that runs only the latest of the queries handed to it.

The search screen used to start a Textual thread worker per keystroke: an executor submit, a
``Worker`` and its state messages (pending, running, done) handled on the UI thread, about
2 ms of the interpreter lock a key while a corpus is analysed beside it.  A
:class:`LatestOnly` is one plain thread per screen, started with its first query: a query
not yet started when a newer one comes is dropped unrun (a typist's keys supersede each
other), and the thread never touches widgets — the job it runs posts its result to the
screen as a message, which the screen coalesces (only the newest waiting result is shown).

``stop()`` (the screen's unmount) ends the thread after the job it is running, if any; a
job's result after that is not delivered (the screen is gone: ``post_message`` refuses it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

JobT = TypeVar("JobT")


class LatestOnly(Generic[JobT]):
    """Runs ``run(job)`` in one daemon thread for the newest job submitted only."""

    def __init__(self, run: Callable[[JobT], None], name: str = "briefing-search") -> None:
        self._run = run
        self._name = name
        self._lock = threading.Condition()
        self._waiting: tuple[JobT] | None = None  # the job waiting to start, if any
        self._running = False
        self._stopped = False
        self.thread: threading.Thread | None = None  # started with the first job

    def submit(self, job: JobT) -> None:
        """Run ``job`` next, in place of any job still waiting to start."""
        with self._lock:
            if self._stopped:
                return
            self._waiting = (job,)
            if self.thread is None:
                self.thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self.thread.start()
            self._lock.notify()

    def stop(self) -> None:
        """No more jobs: the waiting one is dropped, the thread ends after the running one."""
        with self._lock:
            self._stopped, self._waiting = True, None
            self._lock.notify()

    @property
    def busy(self) -> bool:
        """Whether a job is waiting or running."""
        with self._lock:
            return self._waiting is not None or self._running

    @property
    def stopped(self) -> bool:
        return self._stopped

    def _loop(self) -> None:
        while True:
            with self._lock:
                while self._waiting is None and not self._stopped:
                    self._lock.wait()
                if self._stopped or self._waiting is None:
                    return
                (job,), self._waiting = self._waiting, None
                self._running = True
            try:
                self._run(job)
            except Exception:  # noqa: BLE001, S110 - the job reports its own failures;
                pass  # the thread must outlive one that did not
            finally:
                with self._lock:
                    self._running = False
