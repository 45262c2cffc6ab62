"""The per-customer tally of a month beside the call log: its table and the month's total under it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from desk_app.core.records import CustomerTally, MonthTally
from desk_app.ui import formatting
from desk_app.ui.widgets.record_model import RecordTableModel


class TallyColumn(IntEnum):
    """The tally table's columns, left to right."""

    CUSTOMER = 0
    CALLS = 1
    IN_OUT = 2
    MINUTES = 3
    MAILS = 4
    AMOUNT = 5


class CustomerTallyModel(RecordTableModel[CustomerTally]):
    """The month's customers, most yen first, then a row for the pieces tied to no customer
    (shipments, returns, replies to addresses not on file) when there are any.

    Signals: only QAbstractItemModel's own.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._others: CustomerTally | None = None

    def set_tally(self, tally: MonthTally) -> None:
        self._others = tally.others if tally.others.pieces else None
        self.set_rows([*tally.customers, *([self._others] if self._others else [])])

    def headers(self) -> list[str]:
        return [self.tr("Customer"), self.tr("Calls"), self.tr("In/Out"), self.tr("Minutes"),
                self.tr("Mails"), self.tr("Amount")]

    def _header_tips(self) -> list[str]:
        return [
            "",
            self.tr("Calls logged in the month"),
            self.tr("Incoming / outgoing calls"),
            self.tr("Minutes on the phone"),
            self.tr("Mails answered (replies sent)"),
            self.tr("Pay for the customer's pieces, each at the rates in force on its day"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tips = self._header_tips()
            if 0 <= section < len(tips) and tips[section]:
                return tips[section]
            return None
        return super().headerData(section, orientation, role)

    def cell(self, record: CustomerTally, column: int, role: int) -> Any:
        column = TallyColumn(column)
        others = record is self._others
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column, others)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TallyColumn.CUSTOMER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and others:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == TallyColumn.CUSTOMER:
            if others:
                return self.tr("Pieces tied to no customer: shipments, returns, replies to addresses not on file")
            if not record.known:
                return formatting.tooltip_text(self.tr("Not on file: {phone}").format(phone=record.phone))
            return formatting.tooltip_text(record.phone)
        return None

    def _text(self, record: CustomerTally, column: TallyColumn, others: bool) -> str:
        if column == TallyColumn.CUSTOMER:
            if others:
                return self.tr("Other pieces")
            return record.name or record.phone or self.tr("No number")
        if column == TallyColumn.AMOUNT:
            return formatting.yen(record.amount_yen)
        if column == TallyColumn.MAILS:
            return f"{record.mails_answered:,}"
        if column == TallyColumn.CALLS:
            return "" if others else f"{record.calls:,}"
        if not record.calls:
            return ""  # in/out and minutes of no calls: blank rather than zeros
        if column == TallyColumn.IN_OUT:
            return f"{record.incoming:,} / {record.outgoing:,}"
        return f"{record.minutes:,}"


class TallyTotal(QLabel):
    """The month's total under the tally: calls, mails answered, pieces and their pay — the
    figures the status bar shows for this month.

    Signals: only QLabel's own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callTallyTotal")
        self.setWordWrap(True)
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def set_total(self, total: CustomerTally) -> None:
        self.setText(self.tr("Total: {calls} · {mails} · {pieces} {amount}").format(
            calls=self.tr("%n call(s)", "", total.calls),
            mails=self.tr("%n mail(s) answered", "", total.mails_answered),
            pieces=self.tr("%n piece(s)", "", total.pieces),
            amount=formatting.yen(total.amount_yen),
        ))
        self.setToolTip(self.tr("%n minute(s) on the phone: {incoming} incoming, {outgoing} outgoing", "",
                                total.minutes).format(incoming=total.incoming, outgoing=total.outgoing))
