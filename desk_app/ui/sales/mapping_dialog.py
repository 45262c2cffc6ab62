"""Making a column mapping for another platform's orders export: a preview of the file, one column
list per order field (guessed from the header names), the cancelled statuses and a name."""

from __future__ import annotations

import re

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHeaderView, QLabel, QLineEdit,
    QTableView, QVBoxLayout, QWidget,
)

from desk_app.services.order_imports import (
    DEFAULT_CANCELLED_VALUES, REQUIRED, CsvPreview, ImportProfile, ImportRefused, OrderImportService, ProfileField,
)
from desk_app.ui.sales.import_texts import error_text, field_label

ERROR_STYLE = "color: #c0392b;"
PREVIEW_COLUMN_MAX = 220  # px: a long product name must not push the other columns out of sight
_VALUE_SEPARATORS = re.compile(r"[,、，]")
_REQUIRED_FIELDS = {field for group in REQUIRED for field in group}


class MappingDialog(QDialog):
    """The file's first rows above, a column list for each field below, then the name and Save.

    Save checks that every required field has a column (naming the ones without) and saves the
    mapping; a name already in use is replaced only when Save is pressed a second time.
    `saved` holds the mapping as saved once the dialog is accepted.
    """

    def __init__(self, preview: CsvPreview, imports: OrderImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Column Mapping"))
        self._imports = imports
        self._existing = {p.name for p in imports.profiles()}
        self._replace: str | None = None
        self.saved: ImportProfile | None = None
        encoding = self.tr("Shift_JIS (cp932)") if preview.encoding == "cp932" else self.tr("UTF-8")
        heading = QLabel(self.tr("The first rows of the file (encoding: {encoding}):").format(encoding=encoding))
        self.table = self._preview_table(preview)
        self.combos = self._field_combos(preview.header)
        self.cancelled = QLineEdit(", ".join(DEFAULT_CANCELLED_VALUES))
        self.cancelled.setObjectName("cancelledValues")
        self.cancelled.setToolTip(self.tr("Orders whose status is one of these (separated by commas) are not"
                                          " counted as sales."))
        self.name = QLineEdit()
        self.name.setObjectName("mappingName")
        self.name.setPlaceholderText(self.tr("e.g. BASE"))
        self.error = QLabel()
        self.error.setObjectName("mappingError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        fields = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(fields)
        for i, (field, combo) in enumerate(self.combos.items()):
            label = field_label(field)
            if field in _REQUIRED_FIELDS:
                label = self.tr("{field} *").format(field=label)
            row, column = divmod(i, 2)
            grid.addWidget(QLabel(label), row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
        note = QLabel(self.tr("* required. Of the product, the SKU or the name is enough; of the price, the"
                              " unit price or the line total."))
        note.setWordWrap(True)
        grid.addWidget(note, (len(self.combos) + 1) // 2, 0, 1, 4)
        details = QGridLayout()
        details.addWidget(QLabel(self.tr("Cancelled or refunded when the status is:")), 0, 0)
        details.addWidget(self.cancelled, 0, 1)
        details.addWidget(QLabel(self.tr("Mapping name:")), 1, 0)
        details.addWidget(self.name, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(fields)
        layout.addLayout(details)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(820, 620)

    def _preview_table(self, preview: CsvPreview) -> QTableView:
        model = QStandardItemModel(len(preview.rows), len(preview.header), self)
        model.setHorizontalHeaderLabels(preview.header)
        for r, cells in enumerate(preview.rows):
            for c, text in enumerate(cells):
                model.setItem(r, c, QStandardItem(text))
        table = QTableView()
        table.setObjectName("mappingPreview")
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)
        table.setMinimumHeight(160)
        table.resizeColumnsToContents()  # twenty rows: cheap
        for column in range(model.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), PREVIEW_COLUMN_MAX))
        return table

    def _field_combos(self, header: list[str]) -> dict[ProfileField, QComboBox]:
        guessed = self._imports.guess_columns(header)
        combos = {}
        for field in ProfileField:
            combo = QComboBox()
            combo.setObjectName(f"column_{field.value}")
            combo.addItem(self.tr("(none)"), "")
            for name in header:
                if name:
                    combo.addItem(name, name)
            if field in guessed:
                combo.setCurrentIndex(combo.findData(guessed[field]))
            combos[field] = combo
        return combos

    def profile(self) -> ImportProfile:
        """The mapping as the dialog shows it now."""
        columns = {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData()}
        values = tuple(v.strip() for v in _VALUE_SEPARATORS.split(self.cancelled.text()) if v.strip())
        return ImportProfile(self.name.text().strip(), columns, values)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        profile = self.profile()
        if profile.name in self._existing and self._replace != profile.name:
            self._replace = profile.name
            self._show_error(self.tr("A mapping called {name} exists already. Press Save again to replace it,"
                                     " or choose another name.").format(name=profile.name))
            return
        try:
            self.saved = self._imports.save_profile(profile)
        except ImportRefused as exc:
            self._show_error(error_text(exc))
            return
        super().accept()
