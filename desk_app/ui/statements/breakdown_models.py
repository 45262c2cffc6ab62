"""Two small tables of a statement: its pay by customer, and the history of its workflow."""

from __future__ import annotations

from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from desk_app.core.statements import ContactShare, WorkflowEvent
from desk_app.ui import formatting
from desk_app.ui.statements.texts import role_label, step_label
from desk_app.ui.widgets.record_model import RecordTableModel


class ContactColumn(IntEnum):
    """The by-customer table's columns, left to right."""

    CUSTOMER = 0
    PIECES = 1
    AMOUNT = 2


class ContactSharesModel(RecordTableModel[ContactShare]):
    """The month's customers, most yen first, then the pieces tied to no customer.

    Signals: only QAbstractItemModel's own.
    """

    def headers(self) -> list[str]:
        return [self.tr("Customer"), self.tr("Pieces"), self.tr("Amount")]

    def cell(self, record: ContactShare, column: int, role: int) -> Any:
        column = ContactColumn(column)
        others = record.contact_id is None and not record.name
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ContactColumn.CUSTOMER:
                return self.tr("Other pieces") if others else record.name
            if column == ContactColumn.PIECES:
                return f"{record.count:,}"
            return formatting.yen(record.amount_yen)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != ContactColumn.CUSTOMER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and others:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == ContactColumn.CUSTOMER:
            if others:
                return self.tr("Pieces tied to no customer: shipments, returns, replies to addresses not on file")
            if record.contact_id is None:
                return formatting.tooltip_text(self.tr("Not on file: {phone}").format(phone=record.name))
        return None


class EventColumn(IntEnum):
    """The history table's columns, left to right."""

    TIME = 0
    STEP = 1
    BY = 2
    COMMENT = 3


class EventsModel(RecordTableModel[WorkflowEvent]):
    """What happened to the statement, newest first: who (name and role), when, and why.

    Signals: only QAbstractItemModel's own.
    """

    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Step"), self.tr("By"), self.tr("Comment")]

    def cell(self, record: WorkflowEvent, column: int, role: int) -> Any:
        column = EventColumn(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == EventColumn.TIME:
                return formatting.date_time(record.at, self._tz)
            if column == EventColumn.STEP:
                return step_label(record.event)
            if column == EventColumn.BY:
                return self.tr("{name} ({role})").format(name=record.actor, role=role_label(record.role))
            return record.comment.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and column == EventColumn.COMMENT and record.comment:
            return formatting.tooltip_text(record.comment)
        return None
