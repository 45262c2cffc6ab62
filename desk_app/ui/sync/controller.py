"""Runs the background sync: one `SyncWorker` per syncable account, each on its own QThread.

The main window owns one controller. It starts the workers once the window is up (never for a
screenshot: those are offline and deterministic), restarts them when accounts change, and stops
them on close, waiting at most two seconds in all. A thread blocked in the network longer than
that (a connect to a silent host waits for its socket timeout) is kept alive in `_LINGERING`
rather than destroyed while running, and `wait_for_lingering_threads` joins it at exit.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot

from desk_app.core.errors import ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.services.context import Services
from desk_app.ui.runner import Runner
from desk_app.ui.sync.password_prompt import PasswordPrompt
from desk_app.ui.sync.worker import BACKOFF_FIRST_S, BACKOFF_MAX_S, SyncWorker

log = logging.getLogger(__name__)

STOP_TIMEOUT_MS = 2000
ASK_PASSWORD = frozenset({ErrorCode.NO_PASSWORD, ErrorCode.NO_KEYRING})

# Workers whose thread did not stop in time: held (thread and worker) so that neither is
# destroyed while the thread still runs.
_LINGERING: list[tuple[QThread, SyncWorker]] = []


def wait_for_lingering_threads(timeout_s: float = 35.0) -> bool:
    """Join sync threads still blocked in the network after their window closed (call at exit)."""
    deadline = time.monotonic() + timeout_s
    for held in list(_LINGERING):
        if held[0].wait(max(0, int((deadline - time.monotonic()) * 1000))):
            _LINGERING.remove(held)
    return not _LINGERING


@dataclass
class AccountSyncState:
    """What the window knows of one account's sync, as the worker's signals told it."""

    account: AccountInfo
    online: bool | None = None  # None: not connected yet
    syncing: bool = False
    folder: str = ""
    done: int = 0
    total: int = 0
    error: str | None = None  # ErrorCode value of the last failure, until a pass succeeds
    detail: str = ""
    retry_at: float | None = None  # time.monotonic() of the next attempt; None: waits for the user
    synced: bool = False  # a pass has completed since the worker started
    cancelled: bool = False  # the last pass was cancelled by the user


@dataclass
class _Entry:
    worker: SyncWorker
    thread: QThread
    state: AccountSyncState


class SyncController(QObject):
    """Starts, restarts and stops the per-account workers and keeps their state for the window.

    Signals (the workers' own, passed on; `int` is the account id):
        sync_started(int), sync_progress(int, str, int, int), messages_stored(int, list),
        records_reported(int, object), sync_finished(int, int), sync_cancelled(int),
        sync_failed(int, str, str), connection_changed(int, bool): see SyncWorker.
        workers_started(int): how many workers a start launched (after the accounts were read).
        state_changed(): `states()` changed; the status bar re-reads it.
    """

    sync_started = Signal(int)
    sync_progress = Signal(int, str, int, int)
    messages_stored = Signal(int, list)
    records_reported = Signal(int, object)
    sync_finished = Signal(int, int)
    sync_cancelled = Signal(int)
    sync_failed = Signal(int, str, str)
    connection_changed = Signal(int, bool)
    workers_started = Signal(int)
    state_changed = Signal()

    def __init__(
        self,
        services: Services,
        runner: Runner,
        prompt: PasswordPrompt | None = None,
        parent: QObject | None = None,
        *,
        backoff: tuple[float, float] = (BACKOFF_FIRST_S, BACKOFF_MAX_S),
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._prompt = prompt
        self._backoff = backoff
        self._entries: dict[int, _Entry] = {}
        self._retiring: list[_Entry] = []
        self._asked: set[int] = set()  # accounts whose password was asked for this session
        self._started = False
        self._generation = 0  # a restart makes the accounts read by an earlier start stale
        self._connect_signals()

    def _connect_signals(self) -> None:
        if self._prompt is not None:
            self._prompt.password_entered.connect(self._on_prompt_password_entered)

    # -- public API -------------------------------------------------------------------------------

    def start(self) -> None:
        """Read the syncable accounts in the background and start a worker for each."""
        self._started = True
        self._generation += 1
        generation = self._generation
        self._runner.run(
            self._services.sync.syncable_accounts,
            lambda accounts: self._accounts_loaded(generation, accounts),
            owner=self,
        )

    def restart(self) -> None:
        """After accounts changed: the old workers wind down in the background, new ones start."""
        if not self._started:
            return
        for entry in self._entries.values():
            entry.worker.stop()
            self._retiring.append(entry)
        self._entries.clear()
        self.state_changed.emit()
        self.start()

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Stop every worker and join its thread, within `timeout_ms` in all; True if all ended."""
        self._started = False
        self._generation += 1
        for entry in self._entries.values():
            entry.worker.stop()
        entries = [*self._entries.values(), *self._retiring]
        self._entries.clear()
        self._retiring.clear()
        deadline = time.monotonic() + timeout_ms / 1000
        joined = True
        for entry in entries:
            if not entry.thread.wait(max(0, int((deadline - time.monotonic()) * 1000))):
                log.warning("sync thread %s still busy in the network; joined at exit", entry.thread.objectName())
                _LINGERING.append((entry.thread, entry.worker))
                joined = False
        self._flush_worker_signals()
        self.state_changed.emit()
        return joined

    def sync_now(self) -> None:
        """Every account: a pass at once (also after a failure that waits for the user)."""
        self._asked.clear()  # asked explicitly: a missing password may be asked for again
        for entry in self._entries.values():
            entry.state.retry_at = None
            entry.worker.sync_now()
        self.state_changed.emit()

    def cancel(self) -> None:
        """Cancel the passes that are running."""
        for entry in self._entries.values():
            if entry.state.syncing:
                entry.worker.cancel_pass()

    def is_started(self) -> bool:
        return self._started

    def states(self) -> list[AccountSyncState]:
        """One state per running worker, in account-name order."""
        return sorted((e.state for e in self._entries.values()), key=lambda s: s.account.name)

    def threads(self) -> list[QThread]:
        """The threads of the running and the winding-down workers."""
        return [e.thread for e in (*self._entries.values(), *self._retiring)]

    # -- workers ----------------------------------------------------------------------------------

    def _accounts_loaded(self, generation: int, accounts: list[AccountInfo]) -> None:
        if generation != self._generation or not self._started:
            return
        interval_s = float(self._services.settings.sync_interval_minutes * 60)
        for account in accounts:
            if account.id is not None and account.id not in self._entries:
                self._launch(account, interval_s)
        self.workers_started.emit(len(self._entries))
        self.state_changed.emit()

    def _launch(self, account: AccountInfo, interval_s: float) -> None:
        assert account.id is not None
        worker = SyncWorker(self._services.sync, account, interval_s, backoff=self._backoff)
        thread = QThread()  # no parent: its end is managed by stop() and _LINGERING, never by a parent
        thread.setObjectName(f"sync-{account.name}")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Worker and thread are Python-owned and dropped together only after the thread has
        # ended and the worker's queued signals were delivered (see _flush_worker_signals).
        thread.finished.connect(self._on_thread_finished)
        worker.sync_started.connect(self._on_worker_sync_started)
        worker.sync_progress.connect(self._on_worker_sync_progress)
        worker.messages_stored.connect(self._on_worker_messages_stored)
        worker.records_reported.connect(self._on_worker_records_reported)
        worker.sync_finished.connect(self._on_worker_sync_finished)
        worker.sync_cancelled.connect(self._on_worker_sync_cancelled)
        worker.sync_failed.connect(self._on_worker_sync_failed)
        worker.retry_scheduled.connect(self._on_worker_retry_scheduled)
        worker.connection_changed.connect(self._on_worker_connection_changed)
        self._entries[account.id] = _Entry(worker, thread, AccountSyncState(account))
        thread.start()

    def _flush_worker_signals(self) -> None:
        """Deliver the queued signals of ended workers while those workers still exist.

        A queued call remembers its sender; delivering it after the sender was deleted would let
        `sender()` point at freed memory.
        """
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def _state_of(self, account_id: int) -> AccountSyncState | None:
        """The state of the worker that sent this signal, if it is a current one."""
        entry = self._entries.get(account_id)
        if entry is None or self.sender() is not entry.worker:
            return None  # a worker winding down after a restart: its news is stale
        return entry.state

    # -- slots ------------------------------------------------------------------------------------

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()
        for entry in list(self._retiring):
            if entry.thread is thread:
                entry.thread.wait()  # finished is emitted just before the thread really ends
                self._flush_worker_signals()
                self._retiring.remove(entry)

    @Slot(int)
    def _on_worker_sync_started(self, account_id: int) -> None:
        state = self._state_of(account_id)
        if state is None:
            return
        state.syncing, state.folder, state.done, state.total = True, "", 0, 0
        state.retry_at, state.cancelled = None, False
        self.sync_started.emit(account_id)
        self.state_changed.emit()

    @Slot(int, str, int, int)
    def _on_worker_sync_progress(self, account_id: int, folder: str, done: int, total: int) -> None:
        state = self._state_of(account_id)
        if state is None:
            return
        state.folder, state.done, state.total = folder, done, total
        self.sync_progress.emit(account_id, folder, done, total)
        self.state_changed.emit()

    @Slot(int, list)
    def _on_worker_messages_stored(self, account_id: int, ids: list[int]) -> None:
        if self._state_of(account_id) is not None:
            self.messages_stored.emit(account_id, ids)

    @Slot(int, object)
    def _on_worker_records_reported(self, account_id: int, report: object) -> None:
        if self._state_of(account_id) is not None:
            self.records_reported.emit(account_id, report)

    @Slot(int, int)
    def _on_worker_sync_finished(self, account_id: int, new_count: int) -> None:
        state = self._state_of(account_id)
        if state is None:
            return
        state.syncing, state.synced, state.error, state.detail = False, True, None, ""
        self.sync_finished.emit(account_id, new_count)
        self.state_changed.emit()

    @Slot(int)
    def _on_worker_sync_cancelled(self, account_id: int) -> None:
        state = self._state_of(account_id)
        if state is None:
            return
        state.syncing, state.cancelled = False, True
        self.sync_cancelled.emit(account_id)
        self.state_changed.emit()

    @Slot(int, str, str)
    def _on_worker_sync_failed(self, account_id: int, code: str, detail: str) -> None:
        state = self._state_of(account_id)
        if state is None:
            return
        state.syncing, state.error, state.detail, state.retry_at = False, code, detail, None
        self.sync_failed.emit(account_id, code, detail)
        self.state_changed.emit()
        if code in ASK_PASSWORD and self._prompt is not None and account_id not in self._asked:
            self._asked.add(account_id)
            self._prompt.ask(state.account)

    @Slot(int, int)
    def _on_worker_retry_scheduled(self, account_id: int, seconds: int) -> None:
        state = self._state_of(account_id)
        if state is None:
            return
        state.retry_at = time.monotonic() + seconds
        self.state_changed.emit()

    @Slot(int, bool)
    def _on_worker_connection_changed(self, account_id: int, online: bool) -> None:
        state = self._state_of(account_id)
        if state is None:
            return
        state.online = online
        self.connection_changed.emit(account_id, online)
        self.state_changed.emit()

    @Slot(int, str)
    def _on_prompt_password_entered(self, account_id: int, password: str) -> None:
        entry = self._entries.get(account_id)
        if entry is None:
            return
        self._services.accounts.remember_session_password(entry.state.account, password)
        entry.worker.sync_now()
