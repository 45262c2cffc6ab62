"""The placeholder a page shows when it has nothing to show yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

ICON_SIZE = 72
COLUMN_WIDTH = 520


class EmptyState(QWidget):
    """A large faint icon, a title and one sentence, centred: what will appear here, and how."""

    def __init__(self, icon: QIcon, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = QLabel()
        self._title.setObjectName("emptyStateTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        title_font = self._title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._text = QLabel()
        self._text.setObjectName("emptyStateText")
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setWordWrap(True)
        self._text.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # A column of limited width, centred by stretches rather than by layout alignment: an
        # aligned item loses height-for-width, and a wrapped sentence would be cut off.
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(12)
        column_layout.addWidget(self._icon)
        column_layout.addSpacing(4)
        column_layout.addWidget(self._title)
        column_layout.addWidget(self._text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 48)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self.set_content(icon, title, text)

    def set_content(self, icon: QIcon, title: str, text: str) -> None:
        """Change what the placeholder says (e.g. after the language or the reason changed)."""
        self._icon.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE, QIcon.Mode.Disabled))
        self._icon.setVisible(not icon.isNull())
        self._title.setText(title)
        self._text.setText(text)

    def title(self) -> str:
        return self._title.text()

    def text(self) -> str:
        return self._text.text()
