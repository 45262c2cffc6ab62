"""A short text the user must give: why a piece is voided, why a statement goes back, a comment."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class TextDialog(QDialog):
    """A question, a box for the answer and OK (named `accept`), enabled once something is written.

    Signals:
        text_entered(str): the text, trimmed, when OK was clicked.
    """

    text_entered = Signal(str)

    def __init__(self, title: str, question: str, accept: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setDefault(True)
        self.accept_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 32))
        self.text.textChanged.connect(self._on_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        written = self.text.toPlainText().strip()
        if not written:
            return
        super().accept()
        self.text_entered.emit(written)

    @Slot()
    def _on_text_changed(self) -> None:
        self.accept_button.setEnabled(bool(self.text.toPlainText().strip()))
