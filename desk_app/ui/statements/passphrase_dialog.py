"""Asking for the owner's passphrase (to work as the owner, or when a step needs it again)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

ERROR_COLOR = "#c0392b"


class PassphraseDialog(QDialog):
    """A masked field for the passphrase, with a line saying why it is asked (or that the last
    one was wrong). The passphrase goes out through the signal only; the dialog keeps nothing.

    Signals:
        passphrase_entered(str): the passphrase typed, when OK was clicked.
    """

    passphrase_entered = Signal(str)

    def __init__(self, reason: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Owner's Passphrase"))
        reason_label = QLabel(reason)
        reason_label.setWordWrap(True)
        self.problem = QLabel(problem)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem.setVisible(bool(problem))
        self.field = QLineEdit()
        self.field.setObjectName("passphraseField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(reason_label)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 28))
        self.field.textChanged.connect(self._on_field_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        passphrase = self.field.text()
        if not passphrase:
            return
        self.field.clear()
        super().accept()
        self.passphrase_entered.emit(passphrase)

    @Slot(str)
    def _on_field_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text))
