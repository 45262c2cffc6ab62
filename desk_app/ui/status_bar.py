"""The status bar: connection and sync state, today's and this month's pieces, overdue cases."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QFrame, QLabel, QStatusBar, QWidget

from desk_app.core.records import PieceTally
from desk_app.ui import formatting

ALERT_STYLE = "color: #c0392b; font-weight: bold;"


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
    """Permanent fields along the bottom of the main window; fed by the window, never by services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection_label = _field("connectionState")
        self.sync_label = _field("syncState")
        self.tally_label = _field("pieceTally")
        self.overdue_label = _field("overdueCases")
        self.addWidget(self.connection_label)
        self.addWidget(_separator())
        self.addWidget(self.sync_label)
        self.addPermanentWidget(self.tally_label)
        self.addPermanentWidget(_separator())
        self.addPermanentWidget(self.overdue_label)
        self.set_connection_state(ConnectionState.NO_ACCOUNT)
        self.set_sync_state(SyncState.OFF)
        self.set_tally(PieceTally(0, 0, 0, 0))
        self.set_overdue(0)

    def set_connection_state(self, state: ConnectionState) -> None:
        texts = {
            ConnectionState.NO_ACCOUNT: self.tr("No account"),
            ConnectionState.DEMO: self.tr("Offline (demo data)"),
            ConnectionState.OFFLINE: self.tr("Offline"),
            ConnectionState.ONLINE: self.tr("Online"),
        }
        self.connection_label.setText(texts[state])
        self._connection = state

    def connection_state(self) -> ConnectionState:
        return self._connection

    def sync_state(self) -> SyncState:
        return self._sync

    def set_sync_state(self, state: SyncState) -> None:
        texts = {
            SyncState.OFF: self.tr("Sync off"),
            SyncState.IDLE: self.tr("Up to date"),
            SyncState.SYNCING: self.tr("Syncing…"),
            SyncState.FAILED: self.tr("Sync failed"),
        }
        self.sync_label.setText(texts[state])
        self._sync = state

    def set_tally(self, tally: PieceTally) -> None:
        text = self.tr("Today {today_pieces} {today_yen} · This month {month_pieces} {month_yen}").format(
            today_pieces=self.tr("%n piece(s)", "", tally.today_pieces),
            today_yen=formatting.yen(tally.today_yen),
            month_pieces=self.tr("%n piece(s)", "", tally.month_pieces),
            month_yen=formatting.yen(tally.month_yen),
        )
        self.tally_label.setText(text)
        self.tally_label.setToolTip(self.tr("Pieces handled and their pay at your piece rates"))

    def set_overdue(self, count: int) -> None:
        if count:
            self.overdue_label.setText(self.tr("%n overdue case(s)", "", count))
            self.overdue_label.setStyleSheet(ALERT_STYLE)
        else:
            self.overdue_label.setText(self.tr("No overdue cases"))
            self.overdue_label.setStyleSheet("")
