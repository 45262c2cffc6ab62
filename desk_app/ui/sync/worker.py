"""The per-account sync worker: one QThread that owns one IMAP login for its whole life.

Why a thread of its own and not `runner.py`: the runner runs one-shot jobs on a small pool and
delivers one result. A sync worker holds a connection open for hours — pass, IDLE, pass … — and
reports many times along the way; on the pool it would occupy a thread for good and starve the
short jobs the pages run. So this is the one place besides runner.py that owns a thread.

The worker never touches widgets or models. Everything it knows leaves as plain payloads on
signals, which Qt queues to the GUI thread (the receivers live there). It is steered from the
GUI thread only through thread-safe events: stop, sync now, cancel the current pass. It checks
them at least once a second (IDLE is polled with a one-second timeout, the engine asks
`cancelled` between batches), so a quitting app never waits on the network for long.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.services.sync import AccountSession, SyncService

log = logging.getLogger(__name__)

# Worth trying again by themselves; anything else (sign-in, certificate, password, a server
# without IMAP4rev1) only the user can fix, so the worker waits for "Sync now".
RETRYABLE = frozenset({ErrorCode.CONNECTION_LOST, ErrorCode.HOST_UNREACHABLE, ErrorCode.TIMEOUT})
BACKOFF_FIRST_S = 15.0
BACKOFF_MAX_S = 15 * 60.0
# A link that worked and dropped (server restart, NAT timeout) gets one quiet reconnect first.
RECONNECT_DELAY_S = 2.0


class SyncWorker(QObject):
    """Connects, runs a pass, waits for new mail (IDLE or polling) or the interval, repeats.

    Failures mark the account offline; the retryable ones are tried again after a delay that
    doubles from 15 s to 15 min (back to 15 s after a pass succeeds).

    Signals (all queued to the GUI thread; `int` is the account id):
        sync_started(int): a pass began.
        sync_progress(int, str, int, int): folder name, messages done, messages to fetch.
        messages_stored(int, list): ids of messages just stored in the local db.
        records_reported(int, object): the RecordsReport of the pass's record sync (on the account
            that carries it), just before sync_finished.
        sync_finished(int, int): the pass completed; how many new messages it stored.
        sync_cancelled(int): the pass was cancelled (`cancel_pass`); the worker waits as usual.
        sync_failed(int, str, str): an ErrorCode value and its detail (host:port, no secrets).
        retry_scheduled(int, int): after a retryable failure, seconds until the next attempt.
        connection_changed(int, bool): the account went online (True) or offline (False).
        stopped(int): the loop has ended and the connection is closed; the thread quits.
    """

    sync_started = Signal(int)
    sync_progress = Signal(int, str, int, int)
    messages_stored = Signal(int, list)
    records_reported = Signal(int, object)
    sync_finished = Signal(int, int)
    sync_cancelled = Signal(int)
    sync_failed = Signal(int, str, str)
    retry_scheduled = Signal(int, int)
    connection_changed = Signal(int, bool)
    stopped = Signal(int)

    def __init__(
        self,
        sync: SyncService,
        account: AccountInfo,
        interval_s: float,
        *,
        backoff: tuple[float, float] = (BACKOFF_FIRST_S, BACKOFF_MAX_S),
    ) -> None:
        super().__init__()
        assert account.id is not None
        self.account = account
        self.account_id: int = account.id
        self._sync = sync
        self._interval_s = interval_s
        self._backoff_first, self._backoff_max = backoff
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._cancel = threading.Event()
        self._session: AccountSession | None = None
        self._online: bool | None = None  # None until the first connect succeeds or fails
        self._reconnect_used = False

    # -- control, from the GUI thread (thread-safe) ----------------------------------------------

    def stop(self) -> None:
        """Ask the loop to end: the current pass is cancelled, a wait or a retry delay ends."""
        self._stop.set()
        self._wake.set()

    def sync_now(self) -> None:
        """Run a pass at once: interrupts the wait for new mail, a retry delay, or a stopped state."""
        self._wake.set()

    def cancel_pass(self) -> None:
        """Cancel the pass that is running (the next one comes after the usual wait)."""
        self._cancel.set()

    def is_stopping(self) -> bool:
        return self._stop.is_set()

    # -- the loop, on the worker's thread ----------------------------------------------------------

    @Slot()
    def run(self) -> None:
        """The thread's body (connected to QThread.started); returns when `stop()` was called."""
        try:
            self._loop()
        except BaseException:  # noqa: BLE001 — nothing may escape a thread; the log says what
            log.exception("sync worker for account %s ended by an unexpected error", self.account.name)
        finally:
            self._drop_session()
            self.stopped.emit(self.account_id)
            # Called here, on the worker's own thread: a queued quit() would need the GUI thread's
            # event loop, which is blocked in QThread.wait() while the window closes.
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()

    def _loop(self) -> None:
        delay = self._backoff_first
        while not self._stop.is_set():
            try:
                self._connect()
                if self._one_pass():
                    delay = self._backoff_first
                    self._reconnect_used = False
                self._wait_for_mail()
            except DeskAppError as exc:
                delay = self._failed(exc.code, exc.detail, delay)
            except Exception as exc:  # noqa: BLE001 — a bug must not end syncing for good
                log.exception("sync of account %s failed unexpectedly", self.account.name)
                delay = self._failed(ErrorCode.CONNECTION_LOST, type(exc).__name__, delay)

    def _connect(self) -> None:
        if self._session is not None:
            return
        self._session = self._sync.open_session(self.account)
        self._set_online(True)

    def _one_pass(self) -> bool:
        """Run one pass; False when it was cancelled."""
        assert self._session is not None
        self._wake.clear()
        self._cancel.clear()
        self.sync_started.emit(self.account_id)
        try:
            report = self._session.run_pass(
                progress=self._on_engine_progress,
                stored=self._on_engine_stored,
                cancelled=self._pass_cancelled,
            )
        except DeskAppError as exc:
            if exc.code is not ErrorCode.CANCELLED:
                raise
            if not self._stop.is_set():
                self.sync_cancelled.emit(self.account_id)
            return False
        if self._session.records_report is not None:
            self.records_reported.emit(self.account_id, self._session.records_report)
        self.sync_finished.emit(self.account_id, report.new)
        return True

    def _wait_for_mail(self) -> None:
        """Until the server announces mail, the interval ends, or "Sync now"/stop interrupts."""
        if self._session is None or self._interrupted():
            return
        self._session.wait(self._interval_s, self._interrupted)

    def _failed(self, code: ErrorCode, detail: str, delay: float) -> float:
        """Handle a failed connect or pass; returns the delay for the next failure."""
        self._drop_session()
        if self._stop.is_set():
            return delay
        if code is ErrorCode.CONNECTION_LOST and self._online and not self._reconnect_used:
            self._reconnect_used = True
            self._sleep(RECONNECT_DELAY_S)
            return delay
        self._set_online(False)
        self.sync_failed.emit(self.account_id, str(code), detail)
        if code in RETRYABLE:
            self.retry_scheduled.emit(self.account_id, round(delay))
            self._sleep(delay)
            return min(delay * 2, self._backoff_max)
        self._sleep(None)  # until the user fixes it and asks (Sync now), or the app quits
        return self._backoff_first

    def _sleep(self, seconds: float | None) -> None:
        """Wait `seconds` (None: indefinitely) unless "Sync now" or stop comes first."""
        # Clear first, then look at stop: stop() sets the stop flag before the wake flag, so a
        # stop that arrives now is seen either here or by the wait below. A wake left over from
        # before the failure must not count, or a failing server would be hammered in a loop.
        self._wake.clear()
        if self._stop.is_set():
            return
        self._wake.wait(seconds)

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.connection_changed.emit(self.account_id, online)

    def _drop_session(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            session.close()

    def _interrupted(self) -> bool:
        return self._wake.is_set() or self._stop.is_set()

    def _pass_cancelled(self) -> bool:
        return self._cancel.is_set() or self._stop.is_set()

    # -- engine callbacks (worker thread): turned into queued signals ----------------------------

    def _on_engine_progress(self, folder: str, done: int, total: int) -> None:
        self.sync_progress.emit(self.account_id, folder, done, total)

    def _on_engine_stored(self, ids: list[int]) -> None:
        self.messages_stored.emit(self.account_id, list(ids))
