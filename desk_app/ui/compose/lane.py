"""One draft's writes, one after another, on the runner.

A compose window saves its draft every few seconds and on close, and sends or discards it at
the end. Run unordered on a thread pool, an autosave still on its way could land after the send
had removed the draft and bring it back as a ghost. So each window writes through one lane:
jobs run one at a time in the order asked, and saves coalesce — a save asked while another runs
is picked up by the running job itself, so the newest text is what reaches the db.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desk_app.core.records import DraftData
from desk_app.services.compose import ComposeService
from desk_app.ui.runner import DoneCallback, ErrorCallback, Runner


class _Pending:
    """The newest draft waiting to be saved; shared with the job that drains it (hence the lock)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._draft: DraftData | None = None

    def put(self, draft: DraftData | None) -> None:
        with self._lock:
            self._draft = draft

    def take(self) -> DraftData | None:
        with self._lock:
            draft, self._draft = self._draft, None
            return draft

    def waiting(self) -> bool:
        with self._lock:
            return self._draft is not None


class DraftLane:
    """Saves, sends and discards of one draft, in order; `owner` stops deliveries once deleted.

    Callbacks run on the GUI thread. `idle_callback` is called whenever the lane runs dry.
    """

    def __init__(self, runner: Runner, compose: ComposeService, owner: QObject,
                 idle_callback: Callable[[], None] | None = None) -> None:
        self._runner = runner
        self._compose = compose
        self._owner = owner
        self._idle_callback = idle_callback
        self._pending = _Pending()
        self._jobs: deque[tuple[Callable[[], Any], DoneCallback | None, ErrorCallback | None]] = deque()
        self._busy = False
        self._on_saved: DoneCallback | None = None
        self._on_save_failed: ErrorCallback | None = None

    def set_save_callbacks(self, on_saved: DoneCallback, on_failed: ErrorCallback) -> None:
        """Told after every save job: the stored DraftData, or the error."""
        self._on_saved, self._on_save_failed = on_saved, on_failed

    def save(self, draft: DraftData) -> None:
        """Store `draft` soon (replacing any save not yet written)."""
        self._pending.put(draft)
        self._next()

    def run(self, fn: Callable[[], Any], on_done: DoneCallback | None = None,
            on_error: ErrorCallback | None = None) -> None:
        """Run `fn` after what is already in the lane; saves not yet written are dropped (the job
        sends or discards the draft, which supersedes them)."""
        self._pending.put(None)
        self._jobs.append((fn, on_done, on_error))
        self._next()

    def is_idle(self) -> bool:
        return not self._busy and not self._jobs and not self._pending.waiting()

    # -- internals --------------------------------------------------------------------------------

    def _next(self) -> None:
        if self._busy:
            return
        if self._jobs:
            fn, on_done, on_error = self._jobs.popleft()
            self._start(fn, on_done, on_error)
        elif self._pending.waiting():
            self._start(self._drain, self._on_saved, self._on_save_failed)
        elif self._idle_callback is not None:
            self._idle_callback()

    def _drain(self) -> DraftData | None:
        # Runs on a pool thread: only the lock-guarded slot and the service are touched.
        saved = None
        while (draft := self._pending.take()) is not None:
            saved = self._compose.save_draft(draft)
        return saved

    def _start(self, fn: Callable[[], Any], on_done: DoneCallback | None, on_error: ErrorCallback | None) -> None:
        self._busy = True

        def done(value: Any) -> None:
            self._busy = False
            try:
                if on_done is not None:
                    on_done(value)
            finally:
                self._next()

        def failed(error: BaseException) -> None:
            self._busy = False
            try:
                if on_error is not None:
                    on_error(error)
            finally:
                self._next()

        self._runner.run(fn, done, failed, owner=self._owner)
