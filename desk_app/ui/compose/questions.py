"""A yes/cancel question that does not block: the answer arrives through a callback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

CONFIRM_BUTTON = "confirmButton"


def ask(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, confirm: str,
        on_confirm: Callable[[], None], *, on_cancel: Callable[[], None] | None = None,
        destructive: bool = False) -> QMessageBox:
    """Open a window-modal question with `confirm` and Cancel (the default) and return it.

    `on_confirm` runs when `confirm` was clicked, `on_cancel` otherwise; the box then goes away.
    The confirm button is named `confirmButton`, so tests can find it.
    """
    box = QMessageBox(icon, title, text, parent=parent)
    role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    yes = box.addButton(confirm, role)
    yes.setObjectName(CONFIRM_BUTTON)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def answered(_result: int) -> None:
        box.deleteLater()
        if box.clickedButton() is yes:
            on_confirm()
        elif on_cancel is not None:
            on_cancel()

    box.finished.connect(answered)
    box.open()
    return box
