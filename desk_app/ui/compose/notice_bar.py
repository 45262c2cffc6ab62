"""A coloured line above the text: what blocks sending, or why sending failed, with one action."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STYLES = {
    "gap": 'QFrame[notice="gap"] { background: #fff4d1; border: 1px solid #e9c46a; border-radius: 4px; }'
           " QLabel { color: #5c3c00; }",
    "error": 'QFrame[notice="error"] { background: #fdecea; border: 1px solid #e6a39a; border-radius: 4px; }'
             " QLabel { color: #8e2a1e; }",
}


class NoticeBar(QFrame):
    """A sentence (plain, or rich text with one link) and an optional button; hidden when empty.

    Signals:
        link_activated(str): the link in the sentence was clicked (its href).
        action_clicked(): the button was clicked.
    """

    link_activated = Signal(str)
    action_clicked = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("notice", kind)
        self.setStyleSheet(STYLES[kind])
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.button = QPushButton()
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.label.linkActivated.connect(self._on_label_link_activated)
        self.button.clicked.connect(self._on_button_clicked)

    def show_text(self, text: str, *, rich: bool = False, action: str = "") -> None:
        """Show `text` (plain unless `rich`); `action` labels the button (none when empty)."""
        self.label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.label.setText(text)
        self.button.setText(action)
        self.button.setVisible(bool(action))
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.button.hide()
        self.hide()

    def text(self) -> str:
        return self.label.text()

    @Slot(str)
    def _on_label_link_activated(self, href: str) -> None:
        self.link_activated.emit(href)

    @Slot()
    def _on_button_clicked(self) -> None:
        self.action_clicked.emit()
