"""The Manual page's reading view: one section (or a failed file's error) at a time, zoomable, with
the words of a search marked."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from desk_app.ui.manual.browser import ManualBrowser

MARK_BACKGROUND = "#ffe58a"
MARK_FOREGROUND = "#000000"
ZOOM_STEP = 1  # point size per step
ZOOM_MIN, ZOOM_MAX = -4, 12


class ManualViewer(ManualBrowser):
    """Renders a section's Markdown; `mark` highlights words (extra selections: the document and
    what is printed stay unmarked); zoom changes the text size, not what is printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualViewer")
        self._base_font = QFont(self.font())
        self._zoom = 0

    # -- content ------------------------------------------------------------------------------

    def show_html(self, text: str) -> None:
        """A page of our own (a failed file's error, a missing section)."""
        self.setExtraSelections([])
        self.setHtml(text)

    def mark(self, words: Iterable[str]) -> int:
        """Highlight every occurrence of each word (exactly as written) and scroll to the first;
        the number of places marked."""
        document = self.document()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(MARK_BACKGROUND))
        fmt.setForeground(QColor(MARK_FOREGROUND))
        found: list[QTextCursor] = []
        for word in sorted({w for w in words if w.strip()}, key=len, reverse=True):
            cursor = document.find(word, 0, QTextDocument.FindFlag.FindCaseSensitively)
            while not cursor.isNull():
                found.append(cursor)
                cursor = document.find(word, cursor, QTextDocument.FindFlag.FindCaseSensitively)
        found.sort(key=lambda c: c.selectionStart())
        selections = []
        for cursor in found:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.setExtraSelections(selections)
        if found:
            first = QTextCursor(found[0])
            first.clearSelection()
            self.setTextCursor(first)
            self.ensureCursorVisible()
        return len(found)

    def marked_texts(self) -> list[str]:
        """The text of every marked place, top to bottom."""
        return [s.cursor.selectedText() for s in self.extraSelections()]  # type: ignore[attr-defined]

    def printable(self) -> QTextDocument:
        """A copy of the document at the usual text size, for printing and PDF."""
        copy = self.document().clone()  # no parent: freed once printed
        copy.setDefaultFont(self._base_font)
        return copy

    # -- zoom ---------------------------------------------------------------------------------

    def zoom_by(self, steps: int) -> None:
        wanted = max(ZOOM_MIN, min(ZOOM_MAX, self._zoom + steps))
        self.zoomIn((wanted - self._zoom) * ZOOM_STEP)
        self._zoom = wanted

    def reset_zoom(self) -> None:
        self.zoom_by(-self._zoom)

    def zoom_percent(self) -> int:
        return round(100 * self.font().pointSizeF() / self._base_font.pointSizeF())
