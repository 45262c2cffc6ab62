"""What an order import did: orders, lines, how many were updated, and the rows it skipped (line + reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from desk_app.services.order_imports import ImportSummary
from desk_app.ui.sales.import_texts import format_label, skip_reason_text

# A file of bad rows could skip a million: the table lists the first ones, a sentence counts the rest.
SHOWN_SKIPS = 1000


class ImportResultDialog(QDialog):
    """The import's figures in a sentence, and a table of the skipped rows when there are any."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Cancelled") if summary.cancelled else self.tr("Orders Imported"))
        layout = QVBoxLayout(self)
        self.figures = QLabel(self._figures_text(summary))
        self.figures.setObjectName("importFigures")
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        self.skipped: QTableView | None = None
        if summary.skipped:
            layout.addWidget(QLabel(self.tr("%n row(s) could not be imported:", "", len(summary.skipped))))
            self.skipped = self._skipped_table(summary)
            layout.addWidget(self.skipped)
            if len(summary.skipped) > SHOWN_SKIPS:
                layout.addWidget(QLabel(self.tr("The first {shown} are listed.").format(shown=SHOWN_SKIPS)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420 if summary.skipped else 160)

    def _figures_text(self, summary: ImportSummary) -> str:
        text = self.tr("%n order(s) imported as {format}: {lines} line item(s), {updated} of the orders were"
                       " here already and were updated.", "", summary.orders).format(
            format=format_label(summary.format), lines=summary.lines, updated=summary.updated)
        if summary.cancelled:
            text += "\n" + self.tr("The import was cancelled: these orders were stored, the rest of the file"
                                   " was not read.")
        return text

    def _skipped_table(self, summary: ImportSummary) -> QTableView:
        shown = summary.skipped[:SHOWN_SKIPS]
        model = QStandardItemModel(len(shown), 2, self)
        model.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Reason")])
        for row, skip in enumerate(shown):
            line = QStandardItem(str(skip.line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.setItem(row, 0, line)
            model.setItem(row, 1, QStandardItem(skip_reason_text(skip.reason, skip.value)))
        table = QTableView()
        table.setObjectName("skippedRows")
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table
