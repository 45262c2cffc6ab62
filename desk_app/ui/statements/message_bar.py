"""A coloured line over the statement: what just happened, why something was refused, or that
the month is locked."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class Tone(StrEnum):
    """How a message looks: news, a refusal, or the standing notice of a locked month."""

    INFO = "info"
    ERROR = "error"
    LOCKED = "locked"


STYLES = {
    Tone.INFO: "MessageBar { background: #e8f3ec; border: 1px solid #9ccfae; border-radius: 4px; }"
               " QLabel { color: #1e5631; }",
    Tone.ERROR: "MessageBar { background: #fdecea; border: 1px solid #e6a39a; border-radius: 4px; }"
                " QLabel { color: #8e2a1e; }",
    Tone.LOCKED: "MessageBar { background: #eef2f8; border: 1px solid #a9bad3; border-radius: 4px; }"
                 " QLabel { color: #233b61; }",
}


class MessageBar(QFrame):
    """One sentence in plain text (selectable, so a path or a checksum can be copied); hidden
    when empty. A passing message can be closed; the locked notice cannot.

    Signals: only QFrame's own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone: Tone | None = None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self.close_button.clicked.connect(self._on_close_button_clicked)

    def show_message(self, text: str, tone: Tone) -> None:
        self._tone = tone
        self.setStyleSheet(STYLES[tone])
        self.label.setText(text)
        self.close_button.setVisible(tone is not Tone.LOCKED)
        self.show()

    def clear(self) -> None:
        self._tone = None
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def tone(self) -> Tone | None:
        """How the message shown looks; None when the bar is empty."""
        return self._tone

    @Slot()
    def _on_close_button_clicked(self) -> None:
        self.clear()
