"""The outbox table: one row per message on its way out (the list is short, so all rows in memory)."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from desk_app.core.records import OutboxItem
from desk_app.ui import formatting
from desk_app.ui.outbox.state_text import delivery_error_text, state_label
from desk_app.ui.widgets.record_model import RecordTableModel

FAILED_COLOR = QColor("#c0392b")
QUIET_COLOR = QColor("#6b7280")
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw state of a row


class Column(IntEnum):
    """The outbox table's columns, left to right."""

    STATE = 0
    TO = 1
    SUBJECT = 2
    TIME = 3
    ATTEMPTS = 4
    ERROR = 5


class OutboxModel(RecordTableModel[OutboxItem]):
    """Each queued, sending, sent, failed or cancelled message: state, recipients, subject, time,
    attempts and the last error in words (with the next try for a temporary failure).

    Signals: only QAbstractItemModel's own.
    """

    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [self.tr("State"), self.tr("To"), self.tr("Subject"), self.tr("Time"), self.tr("Attempts"),
                self.tr("Last error")]

    def error_text(self, item: OutboxItem) -> str:
        text = delivery_error_text(item.error)
        if item.state == "queued" and item.next_attempt_at is not None:
            when = item.next_attempt_at.astimezone(self._tz)
            shown = when.strftime("%H:%M") if when.date() == datetime.now(self._tz).date() else \
                formatting.date_time(when, self._tz)
            next_try = self.tr("next try {time}").format(time=shown)
            text = f"{text} · {next_try}" if text else next_try
        return text

    def cell(self, record: OutboxItem, column: int, role: int) -> Any:
        if role == STATE_ROLE:
            return record.state
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, Column(column))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TO:
                return formatting.tooltip_text("\n".join([*record.to, *record.cc]))
            if column == Column.ERROR:
                return formatting.tooltip_text(self.error_text(record))
            if column == Column.SUBJECT:
                return formatting.tooltip_text(record.subject)
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.STATE, Column.ERROR):
            if record.state == "failed":
                return FAILED_COLOR
            if record.state in ("sent", "cancelled"):
                return QUIET_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, record: OutboxItem, column: Column) -> str:
        if column is Column.STATE:
            return state_label(record.state)
        if column is Column.TO:
            return ", ".join([*record.to, *record.cc])
        if column is Column.SUBJECT:
            return record.subject or self.tr("(no subject)")
        if column is Column.TIME:
            moment = record.sent_at if record.state == "sent" and record.sent_at else record.created_at
            return formatting.date_time(moment, self._tz)
        if column is Column.ATTEMPTS:
            return str(record.attempts)
        return self.error_text(record)
