"""The status bar: connection and sync state, records waiting to go out, today's and this month's
pieces, overdue cases."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from desk_app.core.records import PieceTally
from desk_app.ui import formatting

ALERT_STYLE = "color: #c0392b; font-weight: bold;"
PROGRESS_WIDTH = 110


class ConnectionState(Enum):
    """Whether mail can reach the server, as far as the window knows."""

    NO_ACCOUNT = "no_account"
    DEMO = "demo"
    OFFLINE = "offline"
    ONLINE = "online"


class SyncState(Enum):
    """What the background sync is doing."""

    OFF = "off"
    IDLE = "idle"
    SYNCING = "syncing"
    CANCELLED = "cancelled"
    FAILED = "failed"


def _field(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setContentsMargins(8, 0, 8, 0)
    return label


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class DeskStatusBar(QStatusBar):
    """Permanent fields along the bottom of the main window; fed by the window, never by services.

    While a sync pass runs, a small progress bar and a cancel button (Esc when it has focus) sit
    beside the sync text; after a failure that needs the user, a "Sync now" button does.

    Signals:
        sync_now_requested(): the "Sync now" button was clicked.
        cancel_requested(): the cancel button was clicked (or Esc pressed on it).
    """

    sync_now_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection_label = _field("connectionState")
        self.sync_label = _field("syncState")
        self.sync_progress = QProgressBar()
        self.sync_progress.setObjectName("syncProgress")
        self.sync_progress.setTextVisible(False)
        self.sync_progress.setFixedWidth(PROGRESS_WIDTH)
        self.sync_progress.setMaximumHeight(self.fontMetrics().height())
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Cancel this sync pass (Esc)"))
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.cancel_button)
        self._escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.sync_now_button = QToolButton()
        self.sync_now_button.setObjectName("syncNow")
        self.sync_now_button.setText(self.tr("Sync now"))
        self.records_label = _field("recordsWaiting")
        self.records_label.setToolTip(self.tr("Changes made here that the next sync sends to the shop's other"
                                              " machines"))
        self._records_separator = _separator()
        self.tally_label = _field("pieceTally")
        self.overdue_label = _field("overdueCases")
        self.addWidget(self.connection_label)
        self.addWidget(_separator())
        self.addWidget(self.sync_label)
        self.addWidget(self.sync_progress)
        self.addWidget(self.cancel_button)
        self.addWidget(self.sync_now_button)
        self.addPermanentWidget(self.records_label)
        self.addPermanentWidget(self._records_separator)
        self.addPermanentWidget(self.tally_label)
        self.addPermanentWidget(_separator())
        self.addPermanentWidget(self.overdue_label)
        self._connect_signals()
        self.set_connection_state(ConnectionState.NO_ACCOUNT)
        self.set_sync_state(SyncState.OFF)
        self.set_tally(PieceTally(0, 0, 0, 0))
        self.set_overdue(0)
        self.set_records_waiting(0)

    def _connect_signals(self) -> None:
        self.cancel_button.clicked.connect(self.cancel_requested)
        self._escape.activated.connect(self.cancel_requested)
        self.sync_now_button.clicked.connect(self.sync_now_requested)

    def set_connection_state(
        self, state: ConnectionState, *, offline_accounts: int = 0, details: str = ""
    ) -> None:
        """Show the state; `offline_accounts` counts the accounts the sync could not reach."""
        texts = {
            ConnectionState.NO_ACCOUNT: self.tr("No account"),
            ConnectionState.DEMO: self.tr("Offline (demo data)"),
            ConnectionState.OFFLINE: self.tr("Offline"),
            ConnectionState.ONLINE: self.tr("Online"),
        }
        text = texts[state]
        if state is ConnectionState.OFFLINE and offline_accounts:
            text = self.tr("Offline (%n account(s))", "", offline_accounts)
        self.connection_label.setText(text)
        self.connection_label.setToolTip(details)
        self._connection = state

    def connection_state(self) -> ConnectionState:
        return self._connection

    def sync_state(self) -> SyncState:
        return self._sync

    def set_sync_state(
        self,
        state: SyncState,
        *,
        folder: str = "",
        done: int = 0,
        total: int = 0,
        retry_in: int | None = None,
        reason: str = "",
        details: str = "",
    ) -> None:
        """Show what the sync does: a pass with its progress, up to date, or a failure.

        FAILED with `retry_in` (seconds) says when the next attempt comes; without it the sync
        waits for the user, `reason` says why, and the "Sync now" button appears.
        """
        texts = {
            SyncState.OFF: self.tr("Sync off"),
            SyncState.IDLE: self.tr("Up to date"),
            SyncState.SYNCING: self.tr("Syncing…"),
            SyncState.CANCELLED: self.tr("Sync cancelled"),
            SyncState.FAILED: self.tr("Sync failed"),
        }
        text = texts[state]
        if state is SyncState.SYNCING and folder and total:
            text = self.tr("Syncing {folder} {done}/{total}…").format(
                folder=folder, done=f"{done:,}", total=f"{total:,}"
            )
        elif state is SyncState.FAILED and retry_in is not None:
            text = self.tr("Sync failed — retrying in {delay}").format(delay=self._delay_text(retry_in))
        elif state is SyncState.FAILED and reason:
            text = self.tr("Sync stopped — {reason}").format(reason=reason)
        self.sync_label.setText(text)
        self.sync_label.setToolTip(details)
        running = state is SyncState.SYNCING
        self.sync_progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.sync_progress.setRange(0, total)  # 0…0: busy, until the pass knows a count
            self.sync_progress.setValue(min(done, total))
        self.sync_now_button.setVisible(state is SyncState.FAILED and retry_in is None)
        self._sync = state

    def _delay_text(self, seconds: int) -> str:
        if seconds < 60:
            return self.tr("%n s", "", max(seconds, 1))
        return self.tr("%n min", "", (seconds + 59) // 60)

    def set_tally(self, tally: PieceTally) -> None:
        text = self.tr("Today {today_pieces} {today_yen} · This month {month_pieces} {month_yen}").format(
            today_pieces=self.tr("%n piece(s)", "", tally.today_pieces),
            today_yen=formatting.yen(tally.today_yen),
            month_pieces=self.tr("%n piece(s)", "", tally.month_pieces),
            month_yen=formatting.yen(tally.month_yen),
        )
        self.tally_label.setText(text)
        self.tally_label.setToolTip(self.tr("Pieces handled and their pay at your piece rates"))

    def set_records_waiting(self, count: int) -> None:
        """How many records changed here have not reached the sync folder; hidden when none."""
        self.records_label.setText(self.tr("%n record(s) waiting to go out", "", count))
        self.records_label.setVisible(count > 0)
        self._records_separator.setVisible(count > 0)

    def set_overdue(self, count: int) -> None:
        if count:
            self.overdue_label.setText(self.tr("%n overdue case(s)", "", count))
            self.overdue_label.setStyleSheet(ALERT_STYLE)
        else:
            self.overdue_label.setText(self.tr("No overdue cases"))
            self.overdue_label.setStyleSheet("")
