"""The unreasonable-claimant box (モンスタークレーマー): the three signs as check boxes, and a note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desk_app.core.claimants import CRITERIA
from desk_app.core.records import ContactDetail
from desk_app.ui.contacts.texts import criterion_text


class ClaimantBox(QGroupBox):
    """Ticking a sign flags the customer at once; the note is saved when the focus leaves it.

    Signals:
        flag_edited(list, str): the ticked criterion keys and the note, after the agent changed either.
    """

    flag_edited = Signal(list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimantBox")
        self.setTitle(self.tr("Unreasonable claimant"))
        self._stored_note = ""
        self.hint = QLabel(self.tr("Tick the signs you have seen; one is enough to flag the customer."))
        self.hint.setWordWrap(True)
        self.checks: dict[str, QCheckBox] = {}
        for key in CRITERIA:
            check = QCheckBox(criterion_text(key))
            check.setObjectName(f"criterion_{key.value}")
            self.checks[key.value] = check
        self.note = QPlainTextEdit()
        self.note.setObjectName("claimantNote")
        self.note.setPlaceholderText(self.tr("How to handle this customer (saved when you leave the field)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.note.installEventFilter(self)  # saved on leaving the field, like a line edit
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        for check in self.checks.values():
            layout.addWidget(check)
        layout.addWidget(self.note)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for check in self.checks.values():
            check.toggled.connect(self._on_check_toggled)

    # -- public API ---------------------------------------------------------------------------

    def set_contact(self, contact: ContactDetail, *, keep_note: bool = False) -> None:
        """Show the stored flag; `keep_note` leaves a note being edited as it is."""
        for key, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(key in contact.unreasonable_criteria)
            check.blockSignals(False)
        if not keep_note or self.note.toPlainText().strip() == self._stored_note:
            self.note.setPlainText(contact.unreasonable_note)
        self._stored_note = contact.unreasonable_note

    def ticked(self) -> list[str]:
        return [key for key, check in self.checks.items() if check.isChecked()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        left = watched is self.note and event.type() == QEvent.Type.FocusOut
        if left and self.note.toPlainText().strip() != self._stored_note:
            self.flag_edited.emit(self.ticked(), self.note.toPlainText())
        return super().eventFilter(watched, event)

    # -- slots --------------------------------------------------------------------------------

    @Slot(bool)
    def _on_check_toggled(self, _checked: bool) -> None:
        self.flag_edited.emit(self.ticked(), self.note.toPlainText())
