"""Entering work the app cannot count by itself: shipments, returns, hours, the owner's own kinds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desk_app.ui.statements.texts import kind_label

MAX_QUANTITY = 10_000


@dataclass(frozen=True)
class NewPieces:
    """What the dialog was filled in with."""

    kind: str
    quantity: int
    day: date
    note: str


class AddPiecesDialog(QDialog):
    """Kind (from the rate card), quantity, day within the month shown, and a note.

    Signals:
        pieces_entered(object): a `NewPieces`, when "Add" was clicked.
    """

    pieces_entered = Signal(object)

    def __init__(self, kinds: Sequence[str], first: date, last: date, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPiecesDialog")
        self.setWindowTitle(self.tr("Add Pieces"))
        self.kind = QComboBox()
        self.kind.setObjectName("newPieceKind")
        for kind in kinds:
            self.kind.addItem(kind_label(kind), kind)
        self.quantity = QSpinBox()
        self.quantity.setObjectName("newPieceQuantity")
        self.quantity.setRange(1, MAX_QUANTITY)
        self.day = QDateEdit()
        self.day.setObjectName("newPieceDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy/MM/dd")
        self.day.setDateRange(QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day))
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.note = QLineEdit()
        self.note.setObjectName("newPieceNote")
        self.note.setPlaceholderText(self.tr("e.g. order numbers, what was sent"))
        self.hint = QLabel(self.tr("Replies and calls count themselves; enter here the work done by hand."))
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.add_button.setEnabled(bool(kinds))
        if not kinds:
            self.hint.setText(self.tr("The rate card names no kind to enter by hand: the owner sets the rates"
                                      " (Settings → Rates)."))
        form = QFormLayout(self)
        form.addRow(self.hint)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Quantity:"), self.quantity)
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 30))
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_kind_current_index_changed(self.kind.currentIndex())

    def accept(self) -> None:
        if self.kind.currentIndex() < 0:
            return
        super().accept()
        chosen = self.day.date()
        self.pieces_entered.emit(NewPieces(str(self.kind.currentData()), self.quantity.value(),
                                           date(chosen.year(), chosen.month(), chosen.day()),
                                           self.note.text().strip()))

    @Slot(int)
    def _on_kind_current_index_changed(self, _index: int) -> None:
        hours = self.kind.currentData() == "hourly"
        self.quantity.setSuffix(self.tr(" h") if hours else "")
