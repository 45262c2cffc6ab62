"""Reloading the Inbox page when the sync stored mail for the folder on screen, at most once a second."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Slot

from desk_app.core.records import MessageSummary
from desk_app.services.mail import MailService
from desk_app.ui.inbox.page import InboxPage
from desk_app.ui.runner import Runner

THROTTLE_MS = 1000
LOOKUP_LIMIT = 500  # more new ids than this in a second: just reload


class InboxRefresh(QObject):
    """Collects the ids the sync stored and reloads the Inbox page when they concern its folder.

    Reloading re-reads the folder list and the open folder's list (keeping the message shown),
    so it runs at most once per second, only while the Inbox is on screen, and only when a new
    message landed in the folder shown (or in one the folder tree does not know yet). Mail that
    arrives while another page is shown reloads the Inbox when it is shown again.
    """

    def __init__(
        self,
        inbox: InboxPage,
        mail: MailService,
        runner: Runner,
        is_shown: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._inbox = inbox
        self._mail = mail
        self._runner = runner
        self._is_shown = is_shown
        self._pending: list[int] = []
        self._stale = False  # mail came while the Inbox was not shown
        self._last_reload = 0.0
        self.reloads = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% early
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)

    def note_stored(self, ids: list[int]) -> None:
        """The sync stored these messages; look at them within the next second."""
        self._pending.extend(ids)
        if not self._timer.isActive():
            since = (time.monotonic() - self._last_reload) * 1000
            self._timer.start(max(0, int(THROTTLE_MS - since)))

    def inbox_shown(self) -> None:
        """The Inbox page came on screen: catch up with mail that came meanwhile."""
        if self._stale:
            self._stale = False
            self._reload()

    @Slot()
    def _on_timer_timeout(self) -> None:
        ids, self._pending = self._pending, []
        if not ids:
            return
        if not self._is_shown():
            self._stale = True
            return
        if self._inbox.is_empty_state() or len(ids) > LOOKUP_LIMIT:
            self._reload()
            return
        mail = self._mail
        self._runner.run(lambda: mail.summaries(ids), self._summaries_loaded, owner=self._inbox)

    def _summaries_loaded(self, summaries: list[MessageSummary]) -> None:
        tree = self._inbox.folder_tree()
        shown = tree.selected_folder_id()
        folders = {tree.folder_id_for(s.account, s.folder) for s in summaries}
        if shown is None or shown in folders or None in folders:
            self._reload()

    def _reload(self) -> None:
        self._last_reload = time.monotonic()
        self.reloads += 1
        self._inbox.reload()
