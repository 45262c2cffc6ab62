"""The other machines of the shop, as the record sync knows them from their change sets."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desk_app.services.record_sync import KnownMachine
from desk_app.ui import formatting

translate = QCoreApplication.translate
VISIBLE_ROWS = 5


def role_label(role: str) -> str:
    """`Owner's machine` or `Agent's machine`."""
    if role == "owner":
        return translate("record_sync", "Owner's machine")
    return translate("record_sync", "Agent's machine")


def short_role_label(role: str) -> str:
    """`Owner` or `Agent` (in the table, where the fingerprint needs the room)."""
    if role == "owner":
        return translate("record_sync", "Owner")
    return translate("record_sync", "Agent")


class KnownMachinesTable(QTableWidget):
    """Agent, role, key fingerprint, the last change number and when it was last heard from (local time).

    Signals: only QTableWidget's own.
    """

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("knownMachines")
        self._tz = tz
        self.setHorizontalHeaderLabels([self.tr("Agent"), self.tr("Role"), self.tr("Key fingerprint"),
                                        self.tr("Last change"), self.tr("Last seen")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for column in range(self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names may be elided, keys not
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._row_height = self.fontMetrics().height() + 10
        self.verticalHeader().setDefaultSectionSize(self._row_height)
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def show_machines(self, machines: list[KnownMachine]) -> None:
        self.setRowCount(len(machines))
        rows = min(max(len(machines), 1), VISIBLE_ROWS)  # more scroll
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + self._row_height * rows + 4)
        for row, machine in enumerate(machines):
            fingerprint = QTableWidgetItem(machine.fingerprint)
            fingerprint.setFont(self._mono)
            fingerprint.setToolTip(self.tr("Device {device}").format(device=machine.device_id))
            number = QTableWidgetItem(f"{machine.last_seq:,}")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells = [QTableWidgetItem(machine.agent), QTableWidgetItem(short_role_label(machine.role)), fingerprint,
                     number, QTableWidgetItem(formatting.date_time(machine.last_seen, self._tz))]
            for column, item in enumerate(cells):
                self.setItem(row, column, item)

    def cell_texts(self, row: int) -> list[str]:
        """The texts of one row, left to right."""
        return [self.item(row, column).text() for column in range(self.columnCount())]
