"""A table model over a short list of frozen records (cases, calls): all rows in memory."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records; subclasses name the columns and say what each cell shows.

    For lists that stay small (a desk's open cases, a month of calls). Big lists page lazily
    instead (see ui/inbox/model.py).

    Signals: only QAbstractItemModel's own.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: Any) -> int | None:
        for row, record in enumerate(self._rows):
            if getattr(record, "id", None) == record_id:
                return row
        return None

    def headers(self) -> list[str]:
        """Translated column titles, left to right."""
        raise NotImplementedError

    def cell(self, record: R, column: int, role: int) -> Any:
        """What `record` shows in `column` for `role` (None for nothing)."""
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        record = self.record(index.row())
        if record is None or not 0 <= index.column() < self.columnCount():
            return None
        if role == RECORD_ID_ROLE:
            return getattr(record, "id", None)
        return self.cell(record, index.column(), role)
