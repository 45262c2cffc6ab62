"""Setting, changing or removing the owner's passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desk_app.services.owner import MIN_LENGTH

ERROR_COLOR = "#c0392b"


class OwnerPassphraseDialog(QDialog):
    """The current passphrase (when one is set), the new one twice. A new one left empty removes
    the passphrase. The passphrases leave only through the signal. `intro` replaces the opening
    sentences where the passphrase is asked for another reason (making the owner's machine).

    Signals:
        passphrase_chosen(str, object): the new passphrase ("" to remove it) and the current one
            (None when none is set), when the form is complete and OK was clicked.
    """

    passphrase_chosen = Signal(str, object)

    def __init__(self, has_passphrase: bool, parent: QWidget | None = None, *, intro: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("ownerPassphraseDialog")
        self._has_passphrase = has_passphrase
        self.setWindowTitle(self.tr("Change Owner's Passphrase") if has_passphrase
                            else self.tr("Set Owner's Passphrase"))
        self.current = self._field("currentPassphrase")
        self.new = self._field("newPassphrase")
        self.repeat = self._field("repeatPassphrase")
        intro_label = QLabel(intro or self.tr(
            "The passphrase guards the owner's steps on this computer: approving, sending back and marking"
            " statements paid, and changing rates. It keeps the two roles apart; it does not encrypt the data."))
        intro_label.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        form.addRow(intro_label)
        if has_passphrase:
            form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        if has_passphrase:
            form.addRow(QLabel(self.tr("Leave the new passphrase empty to remove it.")))
        form.addRow(self.problem)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 34))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for field in (self.current, self.new, self.repeat):
            field.textEdited.connect(self._on_field_edited)

    @staticmethod
    def _field(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def problem_text(self) -> str:
        """What is wrong with the form; empty when it can be sent."""
        new = self.new.text()
        if self._has_passphrase and not self.current.text():
            return self.tr("Enter the current passphrase.")
        if not new and not self._has_passphrase:
            return self.tr("Enter the new passphrase.")
        if new and len(new) < MIN_LENGTH:
            return self.tr("A passphrase needs at least %n character(s).", "", MIN_LENGTH)
        if new != self.repeat.text():
            return self.tr("The two new passphrases differ.")
        return ""

    def accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        new, current = self.new.text(), self.current.text() if self._has_passphrase else None
        for field in (self.current, self.new, self.repeat):
            field.clear()
        super().accept()
        self.passphrase_chosen.emit(new, current)

    @Slot()
    def _on_field_edited(self) -> None:
        self.problem.hide()
