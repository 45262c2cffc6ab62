"""A manual section shown beside a case, its checklist steps tickable for that case.

The section reads as in the Manual; a click on a step (its box or its words) ticks or unticks it.
Steps are counted as the manual counts them: the task-list items, in order.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QWidget

from desk_app.ui.manual.browser import ManualBrowser, task_blocks

CHECKED = QTextBlockFormat.MarkerType.Checked
UNCHECKED = QTextBlockFormat.MarkerType.Unchecked
TOP_HEADING_SIZE = 1  # the font-size step of a level-1 heading beside a case (the Manual uses 3)
HINT_LINES = 6  # asks for little height: the case detail gives it what is left


class ChecklistBrowser(ManualBrowser):
    """Renders a section with the case's ticks; clicks on steps toggle them.

    Signals:
        step_toggled(int, bool): the index of the step clicked and whether it is now ticked.
    """

    step_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseManualText")
        self.setMouseTracking(True)  # the pointer turns into a hand over a step

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * HINT_LINES)

    def show_section(self, markdown: str, ticked: Collection[int]) -> None:
        """Render `markdown` with the steps of `ticked` (indexes) ticked."""
        self.show_markdown(markdown)
        self._compact_headings()
        for index, block in enumerate(task_blocks(self.document())):
            self._set_marker(block, index in ticked)

    def ticks(self) -> list[bool]:
        """Whether each step is ticked, in order."""
        return [block.blockFormat().marker() == CHECKED for block in task_blocks(self.document())]

    def toggle_step(self, index: int) -> None:
        """Tick or untick step `index`, as a click on it does."""
        blocks = task_blocks(self.document())
        if 0 <= index < len(blocks):
            ticked = blocks[index].blockFormat().marker() != CHECKED
            self._set_marker(blocks[index], ticked)
            self.step_toggled.emit(index, ticked)

    def step_at(self, pos: QPoint) -> int | None:
        """The index of the step at a point of the viewport (None: not on a step)."""
        block = self.cursorForPosition(pos).block()
        for index, candidate in enumerate(task_blocks(self.document())):
            if candidate == block:
                rect = self.document().documentLayout().blockBoundingRect(block)
                y = pos.y() + self.verticalScrollBar().value()
                return index if rect.top() <= y <= rect.bottom() else None
        return None

    def step_point(self, index: int) -> QPoint:
        """A viewport point on step `index`'s words (what a click there hits)."""
        block = task_blocks(self.document())[index]
        rect = self.document().documentLayout().blockBoundingRect(block)
        return QPoint(int(rect.left()) + 20, int(rect.center().y()) - self.verticalScrollBar().value())

    def _compact_headings(self) -> None:
        """Smaller headings: the panel is narrow, and the steps should show without scrolling."""
        block = self.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, TOP_HEADING_SIZE + 1 - level))
                cursor.mergeCharFormat(fmt)
            block = block.next()

    def _set_marker(self, block: QTextBlock, ticked: bool) -> None:
        fmt = block.blockFormat()
        fmt.setMarker(CHECKED if ticked else UNCHECKED)
        QTextCursor(block).setBlockFormat(fmt)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        on_step = not self.anchorAt(event.position().toPoint()) and self.step_at(event.position().toPoint()) is not None
        if on_step:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        elif not self.anchorAt(event.position().toPoint()):
            self.viewport().unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection() or self.anchorAt(point):
            return  # a drag selected text, or a link was followed
        index = self.step_at(point)
        if index is not None:
            self.toggle_step(index)
