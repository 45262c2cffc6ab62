"""The case list's table model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.core.cases import is_open
from desk_app.core.records import CaseSummary
from desk_app.ui import formatting
from desk_app.ui.labels import case_status_label, category_group_label, category_label
from desk_app.ui.widgets.record_model import RecordTableModel

OVERDUE_COLOR = QColor("#c0392b")


class CaseColumn(IntEnum):
    """The case list's columns, left to right."""

    TITLE = 0
    CUSTOMER = 1
    STATUS = 2
    CATEGORY = 3
    ORDER = 4
    DEADLINE = 5


class CaseListModel(RecordTableModel[CaseSummary]):
    """Cases, soonest deadline first; overdue open cases in red.

    Signals: only QAbstractItemModel's own.
    """

    def __init__(
        self, tz: ZoneInfo, now: Callable[[], datetime] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._tz = tz
        self._now = now or (lambda: datetime.now(UTC))
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Customer"),
            self.tr("Status"),
            self.tr("Category"),
            self.tr("Order number"),
            self.tr("Deadline"),
        ]

    def is_overdue(self, case: CaseSummary) -> bool:
        return case.deadline is not None and is_open(case.status) and case.deadline < self._now()

    def cell(self, record: CaseSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, CaseColumn(column))
        if role == Qt.ItemDataRole.ForegroundRole and self.is_overdue(record):
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.FontRole and column == CaseColumn.DEADLINE and self.is_overdue(record):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CaseColumn.DEADLINE and self.is_overdue(record):
                return self.tr("Past the deadline promised to the customer")
            if column == CaseColumn.CATEGORY and record.category:
                return category_group_label(record.category)
            if column == CaseColumn.TITLE:
                return formatting.tooltip_text(record.title)
        return None

    def _text(self, case: CaseSummary, column: CaseColumn) -> str:
        if column == CaseColumn.TITLE:
            return case.title
        if column == CaseColumn.CUSTOMER:
            return case.contact_name
        if column == CaseColumn.STATUS:
            return case_status_label(case.status)
        if column == CaseColumn.CATEGORY:
            return category_label(case.category)
        if column == CaseColumn.ORDER:
            return case.order_number or ""
        return formatting.local_date(case.deadline, self._tz)
