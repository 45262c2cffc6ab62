"""Which format to read an orders export in: recognised automatically, Shopify's, a saved column
mapping, or a new column mapping made for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desk_app.ui.sales.import_texts import format_label

NEW_MAPPING = "\0new"  # the combo's data for "New column mapping…" (no format can be called that)


class ImportFormatDialog(QDialog):
    """The file's name, a format list and a line saying what "Automatic" recognised.

    `format_combo`'s current data, once accepted, is a format for the import ("auto", "shopify"
    or a mapping's name) or NEW_MAPPING.
    """

    def __init__(self, path: Path, formats: list[str], detected: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Orders"))
        self._detected = detected
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("importFormat")
        for name in formats:
            self.format_combo.addItem(format_label(name), name)
        self.format_combo.addItem(self.tr("New column mapping…"), NEW_MAPPING)
        self.hint = QLabel()
        self.hint.setObjectName("importFormatHint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setDefault(True)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), QLabel(path.name))
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.format_combo.setCurrentIndex(0 if detected else self.format_combo.count() - 1)
        self._on_format_combo_changed()
        self.setMinimumWidth(420)

    def chosen(self) -> str:
        """The format picked: "auto", "shopify", a mapping's name, or NEW_MAPPING."""
        return self.format_combo.currentData()

    @Slot()
    def _on_format_combo_changed(self) -> None:
        chosen = self.chosen()
        self.go.setText(self.tr("Next…") if chosen == NEW_MAPPING else self.tr("Import"))
        if chosen == NEW_MAPPING:
            self.hint.setText(self.tr("Map this file's columns to the order fields, and save the mapping under"
                                      " a name to use it again for this shop's next exports."))
        elif chosen == "auto" and self._detected:
            self.hint.setText(self.tr("Recognised as: {format}").format(format=format_label(self._detected)))
        elif chosen == "auto":
            self.hint.setText(self.tr("Not recognised: choose a format, or make a new column mapping."))
        else:
            self.hint.setText("")
