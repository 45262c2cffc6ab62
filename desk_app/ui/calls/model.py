"""The call log's table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from desk_app.core.records import CallSummary
from desk_app.ui import formatting
from desk_app.ui.icons import icon
from desk_app.ui.labels import call_direction_label, category_label
from desk_app.ui.widgets.record_model import RecordTableModel


class CallColumn(IntEnum):
    """The call log's columns, left to right."""

    TIME = 0
    DIRECTION = 1
    CUSTOMER = 2
    MINUTES = 3
    CATEGORY = 4
    SUMMARY = 5


class CallListModel(RecordTableModel[CallSummary]):
    """Logged calls, newest first.

    Signals: only QAbstractItemModel's own.
    """

    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Direction"),
            self.tr("Customer / phone"),
            self.tr("Minutes"),
            self.tr("Category"),
            self.tr("Summary"),
        ]

    def cell(self, record: CallSummary, column: int, role: int) -> Any:
        column = CallColumn(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.DecorationRole and column == CallColumn.DIRECTION:
            return icon("call-in" if record.direction == "in" else "call-out")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CallColumn.MINUTES:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == CallColumn.SUMMARY and record.summary:
            return formatting.tooltip_text(record.summary)
        return None

    def _text(self, call: CallSummary, column: CallColumn) -> str:
        if column == CallColumn.TIME:
            return formatting.date_time(call.at, self._tz)
        if column == CallColumn.DIRECTION:
            return call_direction_label(call.direction)
        if column == CallColumn.CUSTOMER:
            if call.contact_name and call.phone:
                return f"{call.contact_name} / {call.phone}"
            return call.contact_name or call.phone
        if column == CallColumn.MINUTES:
            return self.tr("%n min", "", call.minutes)
        if column == CallColumn.CATEGORY:
            return category_label(call.category)
        return call.summary.replace("\n", " ")
