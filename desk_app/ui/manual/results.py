"""The sections a manual search found: title and snippet, the matched words marked."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desk_app.services.manual import ManualHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_STYLE = "background-color: #ffe58a; color: #000000;"
PADDING = 6

Spans = Sequence[tuple[int, int]]


def marked(text: str, spans: Spans) -> str:
    """`text` as HTML with the `(start, end)` spans marked."""
    parts = []
    at = 0
    for start, end in spans:
        parts.append(html.escape(text[at:start]))
        parts.append(f'<span style="{MARK_STYLE}">{html.escape(text[start:end])}</span>')
        at = end
    parts.append(html.escape(text[at:]))
    return "".join(parts)


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as its title (bold) over its snippet (quieter), each with the matches marked,
    wrapped to the width of the list."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        hit: ManualHit = index.data(HIT_ROLE)
        quiet = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(
            f"<b>{marked(hit.title, hit.title_matches)}</b>"
            f'<br><span style="color: {quiet}">{marked(hit.snippet, hit.snippet_matches)}</span>'
        )
        document.setTextWidth(max(self._view.viewport().width() - 2 * PADDING, 40))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        size = self._document(options, index).size().toSize()
        return QSize(size.width() + 2 * PADDING, size.height() + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = self._document(options, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(options.rect.left() + PADDING, options.rect.top() + PADDING)
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchResults(QListWidget):
    """The hits of one search, best first.

    Signals:
        hit_chosen(object): the ManualHit clicked or reached with the keys.
    """

    hit_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualResults")
        self.setItemDelegate(HitDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # sizes follow the width: snippets re-wrap
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentItemChanged.connect(self._on_self_current_item_changed)

    def set_hits(self, hits: Sequence[ManualHit]) -> None:
        self.blockSignals(True)
        self.clear()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.title)
            self.addItem(item)
        self.blockSignals(False)

    def hit_at(self, row: int) -> ManualHit:
        return self.item(row).data(HIT_ROLE)

    def choose(self, row: int) -> None:
        """Make the hit of `row` current (announcing it), as a click would."""
        self.setCurrentRow(row)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_self_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.hit_chosen.emit(current.data(HIT_ROLE))
