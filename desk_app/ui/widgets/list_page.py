"""A page that lists a short set of records in a table, with a heading and an empty state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

from desk_app.ui.runner import Runner
from desk_app.ui.widgets.empty_state import EmptyState
from desk_app.ui.widgets.record_model import RecordTableModel
from desk_app.ui.widgets.table import configure_table


def select_record(table: QTableView, model: RecordTableModel, record_id: Any) -> bool:
    """Make the row of `record_id` current and selected, scrolled into view; False when the model
    has no such row (yet)."""
    row = model.row_of(record_id)
    if row is None:
        return False
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.scrollTo(index)
    return True


class PageHeading(QWidget):
    """A page's title in large type, with a quieter note (a count) beside it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel(title)
        self._title.setObjectName("pageTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._title.setFont(font)
        self._note = QLabel()
        self._note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._note)
        layout.addStretch(1)

    def set_title(self, text: str) -> None:
        self._title.setText(text)

    def title(self) -> str:
        return self._title.text()

    def set_note(self, text: str) -> None:
        self._note.setText(text)

    def note(self) -> str:
        return self._note.text()


class RecordListPage(QWidget):
    """Loads records in the background into a table; shows an empty state when there are none.

    Signals:
        rows_loaded(int): how many records the table now shows.
    """

    rows_loaded = Signal(int)

    def __init__(
        self,
        *,
        runner: Runner,
        model: RecordTableModel[Any],
        load: Callable[[], Sequence[Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._load = load
        self._pending_id: Any = None
        self.model = model
        model.setParent(self)
        # Subclasses fill in the words once their QObject part exists (tr needs it).
        self.heading = PageHeading("")
        self.empty = EmptyState(QIcon(), "", "")
        self.table = QTableView()
        self.table.setModel(model)
        configure_table(self.table)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self._framed(self.table))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self._stack, 1)

    @staticmethod
    def _framed(table: QTableView) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(12, 0, 12, 12)
        layout.addWidget(table)
        return holder

    def reload(self) -> None:
        """Read the records again in the background."""
        self._runner.run(self._load, self._show_rows, owner=self)

    def select_record(self, record_id: Any) -> None:
        """Select the row of `record_id` now, or once the rows have loaded."""
        self._pending_id = record_id
        self._apply_pending()

    def is_empty_state(self) -> bool:
        return self._stack.currentWidget() is self.empty

    def state_parts(self) -> dict[str, object]:
        return {}

    def count_note(self, count: int) -> str:
        """The quiet note beside the heading; pages override it to say what was counted."""
        return str(count)

    def _show_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self._stack.setCurrentIndex(1 if rows else 0)
        self.heading.set_note(self.count_note(len(rows)) if rows else "")
        self._apply_pending()
        self.rows_loaded.emit(len(rows))

    def _apply_pending(self) -> None:
        if self._pending_id is not None and select_record(self.table, self.model, self._pending_id):
            self._pending_id = None


class PlaceholderPage(QWidget):
    """A page whose content comes with a later feature: its heading and an empty state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PageHeading("")
        self.empty = EmptyState(QIcon(), "", "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty, 1)

    def reload(self) -> None:
        """Nothing to load yet."""

    def state_parts(self) -> dict[str, object]:
        return {}
