"""Trusting the owner's key on an agent machine: its fingerprint, typed as the owner's machine shows it."""

from __future__ import annotations

import string

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.core.signing import FINGERPRINT_DIGITS, compact_fingerprint

ERROR_COLOR = "#c0392b"


class TrustOwnerDialog(QDialog):
    """One field for the fingerprint; the dialog stays open until it has 40 hexadecimal digits.

    Signals:
        fingerprint_entered(str): the fingerprint as typed (spaces allowed), when OK was clicked.
    """

    fingerprint_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustOwnerDialog")
        self.setWindowTitle(self.tr("Trust the Owner's Key"))
        intro = QLabel(self.tr(
            "Type the fingerprint exactly as the owner's machine shows it (Settings → Record sync). Take it"
            " from the owner in person or on the phone, not from a mail: a mail could have been changed on"
            " the way. Once trusted, rates, approvals and send-backs signed with this key apply here, and"
            " this machine no longer takes the owner's steps itself."))
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("ownerFingerprint")
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.field.setPlaceholderText("3f2c 1e9a 0c1d …")
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Trust"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 36))
        # A window's layout sizes a wrapped label by its size hint, not by the lines its width needs.
        margins = layout.contentsMargins()
        intro.setMinimumHeight(intro.heightForWidth(self.minimumWidth() - margins.left() - margins.right()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.field.textEdited.connect(self._on_field_text_edited)

    def problem_text(self) -> str:
        """What is wrong with the fingerprint typed; empty when it can be trusted."""
        compact = compact_fingerprint(self.field.text())
        if not compact:
            return self.tr("Enter the fingerprint the owner's machine shows.")
        if any(c not in string.hexdigits for c in compact):
            return self.tr("A fingerprint has only the digits 0–9 and the letters a–f.")
        if len(compact) != FINGERPRINT_DIGITS:
            return self.tr("A fingerprint has {digits} digits; this one has {count}.").format(
                digits=FINGERPRINT_DIGITS, count=len(compact))
        return ""

    def accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        fingerprint = self.field.text().strip()
        super().accept()
        self.fingerprint_entered.emit(fingerprint)

    @Slot(str)
    def _on_field_text_edited(self, _text: str) -> None:
        self.problem.hide()
