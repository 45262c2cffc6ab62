"""The day an approved statement was paid."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget


class PaidDialog(QDialog):
    """A day (today at first) and "Mark Paid".

    Signals:
        day_chosen(object): the `datetime.date` the statement was paid on, when accepted.
    """

    day_chosen = Signal(object)

    def __init__(self, today: date, earliest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark Paid"))
        self.day = QDateEdit()
        self.day.setObjectName("paidOn")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy/MM/dd")
        self.day.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("Mark Paid"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Paid on:"), self.day)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        super().accept()
        chosen = self.day.date()
        self.day_chosen.emit(date(chosen.year(), chosen.month(), chosen.day()))
