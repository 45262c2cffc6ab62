"""The body of a message being written, with every unfilled `{placeholder}` highlighted."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from desk_app.core.templates import find_gaps

GAP_BACKGROUND = "#ffe08a"
GAP_FOREGROUND = "#5c3c00"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

Gap = tuple[int, int, str]


def to_qt_positions(text: str, gaps: tuple[Gap, ...]) -> list[Gap]:
    """Gaps with Python string indices turned into QTextDocument positions.

    Qt counts UTF-16 code units: a character beyond the BMP (an emoji) takes two, so every gap
    after one is shifted.
    """
    if not _ASTRAL.search(text):
        return list(gaps)

    def position(index: int) -> int:
        return len(text[:index].encode("utf-16-le")) // 2

    return [(position(start), position(end), name) for start, end, name in gaps]


class BodyEditor(QPlainTextEdit):
    """Plain text in the app's (Japanese-capable) font; unfilled placeholders get a yellow mark.

    The marks are extra selections, recomputed from the text after every change, so they follow
    edits and vanish once a placeholder is typed over.

    Signals:
        gaps_changed(list): the names of the placeholders still unfilled, in text order (repeats dropped).
    """

    gaps_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composeBody")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._gaps: list[Gap] = []
        self._names: list[str] = []
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(GAP_BACKGROUND))
        self._format.setForeground(QColor(GAP_FOREGROUND))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.textChanged.connect(self._on_self_text_changed)

    # -- public API -------------------------------------------------------------------------------

    def gaps(self) -> list[Gap]:
        """The unfilled placeholders as (start, end, name) in document positions."""
        return list(self._gaps)

    def gap_names(self) -> list[str]:
        return list(self._names)

    def insert_at_cursor(self, text: str) -> int:
        """Insert `text` where the cursor is (replacing a selection); returns where it starts."""
        cursor = self.textCursor()
        start = cursor.selectionStart()
        cursor.insertText(text)
        self.setTextCursor(cursor)
        return start

    def select_next_gap(self, after: int | None = None) -> bool:
        """Select the next unfilled placeholder after `after` (default: the cursor), wrapping round.

        Typing then replaces it. False when there is none.
        """
        if not self._gaps:
            return False
        cursor = self.textCursor()
        origin = cursor.selectionEnd() if after is None else after
        start, end, _name = next((g for g in self._gaps if g[0] >= origin), self._gaps[0])
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    # -- slots ------------------------------------------------------------------------------------

    @Slot()
    def _on_self_text_changed(self) -> None:
        text = self.toPlainText()
        self._gaps = to_qt_positions(text, find_gaps(text))
        selections = []
        for start, end, _name in self._gaps:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = self._format  # type: ignore[attr-defined]
            selections.append(selection)
        self.setExtraSelections(selections)
        names = list(dict.fromkeys(g[2] for g in self._gaps))
        if names != self._names:
            self._names = names
            self.gaps_changed.emit(names)
