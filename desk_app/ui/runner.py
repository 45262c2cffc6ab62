"""The one way the UI runs work off the GUI thread.

`ThreadRunner.run(fn, on_done, on_error)` calls `fn()` on a pool thread and delivers its result
(or the exception it raised) back on the GUI thread through a queued signal. The callable must not
touch widgets or models; the callbacks may. `SyncRunner` has the same interface and calls
everything at once, so most UI tests need no waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Runner(Protocol):
    """What pages and windows need of a runner."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        owner: QObject | None = None,
    ) -> None: ...

    def is_idle(self) -> bool: ...


def _log_error(error: BaseException) -> None:
    log.error("background task failed", exc_info=error)


def _deliver(
    callback: Callable[[Any], None] | None, value: Any, owner: QObject | None, has_owner: bool
) -> None:
    # A page closed while its task ran must not get a callback on a deleted widget.
    if has_owner and (owner is None or not shiboken6.isValid(owner)):
        return
    if callback is not None:
        callback(value)


class _Relay(QObject):
    """Lives on the GUI thread and hands a task's outcome to its callbacks there.

    Signals:
        succeeded(object): the callable's return value (emitted on the pool thread).
        failed(object): the exception it raised (emitted on the pool thread).
        delivered(): after a callback ran on the GUI thread.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    delivered = Signal()

    def __init__(
        self, on_done: DoneCallback | None, on_error: ErrorCallback, owner: QObject | None
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._owner = owner
        self._has_owner = owner is not None
        # Explicitly queued: the emit happens on a pool thread, the slots must run on ours.
        self.succeeded.connect(self._on_self_succeeded, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._on_self_failed, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_self_succeeded(self, value: Any) -> None:
        try:
            _deliver(self._on_done, value, self._owner, self._has_owner)
        finally:
            self.delivered.emit()

    @Slot(object)
    def _on_self_failed(self, error: BaseException) -> None:
        try:
            _deliver(self._on_error, error, self._owner, self._has_owner)
        finally:
            self.delivered.emit()


class _Task(QRunnable):
    """Calls the function on a pool thread and reports through the relay's queued signals."""

    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class ThreadRunner(QObject):
    """Runs callables on its own thread pool; results come back on the GUI thread.

    Signals:
        work_started(): a task was started while none was pending.
        work_finished(): the last pending task has been delivered (the runner is idle).
    """

    work_started = Signal()
    work_finished = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pending: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Start `fn` in the background; `owner` (a widget) cancels delivery once it is deleted."""
        relay = _Relay(on_done, on_error or _log_error, owner)
        relay.delivered.connect(self._on_relay_delivered)
        was_idle = not self._pending
        self._pending.add(relay)
        if was_idle:
            self.work_started.emit()
        self._pool.start(_Task(fn, relay))

    def is_idle(self) -> bool:
        """True when no task is running or waiting to be delivered."""
        return not self._pending

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool threads finish (used on shutdown); deliveries still need events."""
        return self._pool.waitForDone(msecs)

    @Slot()
    def _on_relay_delivered(self) -> None:
        relay = self.sender()
        self._pending.discard(relay)  # type: ignore[arg-type]
        if relay is not None:
            relay.deleteLater()
        if not self._pending:
            self.work_finished.emit()


class SyncRunner:
    """Calls the function and its callbacks at once, on the calling thread (for tests)."""

    def __init__(self) -> None:
        self.calls = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        self.calls += 1
        has_owner = owner is not None
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - same contract as ThreadRunner
            _deliver(on_error or _log_error, exc, owner, has_owner)
        else:
            _deliver(on_done, result, owner, has_owner)

    def is_idle(self) -> bool:
        return True
