"""The manual's table of contents: its sections in their order, under headings, and the files that
could not be loaded at the top.

A section goes under its category group when all its categories share one (Delivery, Payment, …,
Inquiry), or under the unreasonable-claimant heading. Sections for no single category are placed
by their `order`, in the hundreds the bundled manual numbers them in: below 200 the basics of
reception, 800–999 what comes after a case, 1000 and above the channels and the shop. Consecutive
sections of the same heading share it, so the order of the manual is never changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desk_app.core.categories import group_of
from desk_app.services.manual import UNREASONABLE_CLAIMANT, ManualError, Section
from desk_app.ui.icons import icon
from desk_app.ui.labels import category_group_label
from desk_app.ui.manual.error_text import error_summary, error_title

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_COLOR = "#c0392b"
BASICS_BEFORE = 200
AFTER_FROM = 800
CHANNELS_FROM = 1000
FILE_PREFIX = "file:"
TEXT_MARGINS = 10  # the style's space around an item's text and icon

translate = QCoreApplication.translate


def heading_of(section: Section) -> str:
    """The key of the heading a section is listed under (a category group, or a topic)."""
    if UNREASONABLE_CLAIMANT in section.categories:
        return "unreasonable"
    groups = {group_of(key) for key in section.categories}
    if len(groups) == 1:
        return groups.pop()
    if section.order < BASICS_BEFORE:
        return "basics"
    if section.order >= CHANNELS_FROM:
        return "channels"
    return "after" if section.order >= AFTER_FROM else "other"


def heading_label(key: str) -> str:
    """The translated words of a heading key."""
    topics = {
        "basics": translate("manual", "Reception basics"),
        "after": translate("manual", "After the case"),
        "unreasonable": translate("manual", "Unreasonable claimants"),
        "channels": translate("manual", "Channels and the shop"),
        "other": translate("manual", "Other topics"),
    }
    return topics.get(key) or category_group_label(key)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: a tree view asks a row's height without its width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        depth = 1 if index.parent().isValid() else 0
        width = self._view.viewport().width() - self._view.indentation() * depth - TEXT_MARGINS
        if not options.icon.isNull():
            width -= options.decorationSize.width() + TEXT_MARGINS
        text = options.fontMetrics.boundingRect(QRect(0, 0, max(width, 40), 10_000), Qt.TextFlag.TextWordWrap,
                                                options.text)
        return QSize(hint.width(), max(hint.height(), text.height() + 4))


def error_key(error: ManualError) -> str:
    """The place of a failed file (a path: never a section id, which has no slash)."""
    return FILE_PREFIX + str(error.path)


class ManualToc(QTreeWidget):
    """Headings with their sections; the chosen place is announced (not when set from code).

    Signals:
        place_chosen(str): a section id, or the `error_key` of a file that failed.
    """

    place_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualToc")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(WrappingDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._on_self_current_item_changed)

    def set_contents(self, sections: Sequence[Section], errors: Sequence[ManualError]) -> None:
        """List `sections` (in their order) under headings, after the files that failed."""
        self.blockSignals(True)
        self.clear()
        self._items = {}
        if errors:
            heading = self._heading(translate("manual", "Could not be loaded"))
            heading.setIcon(0, icon("warning"))
            heading.setForeground(0, QBrush(QColor(ERROR_COLOR)))
            for error in errors:
                item = self._place(heading, error_title(error), error_key(error))
                item.setToolTip(0, error_summary(error))
                item.setForeground(0, QBrush(QColor(ERROR_COLOR)))
        last_key = None
        heading = None
        for section in sections:
            key = heading_of(section)
            if key != last_key or heading is None:
                heading = self._heading(heading_label(key))
                last_key = key
            self._place(heading, section.title, section.id).setToolTip(0, section.title)
        self.expandAll()
        self.blockSignals(False)

    def select_place(self, place: str | None) -> None:
        """Mark `place` as the one shown (nothing when it is not listed), without announcing it."""
        self.blockSignals(True)
        item = self._items.get(place) if place else None
        self.setCurrentItem(item)  # type: ignore[arg-type]
        if item is not None:
            self.scrollToItem(item)
        self.blockSignals(False)

    def places(self) -> list[str]:
        """The places listed, top to bottom (for tests and keyboard users alike)."""
        return list(self._items)

    def headings(self) -> list[str]:
        return [self.topLevelItem(i).text(0) for i in range(self.topLevelItemCount())]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # the rows' heights follow the width

    def _heading(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [text])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading cannot be chosen
        return item

    def _place(self, heading: QTreeWidgetItem, text: str, place: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(heading, [text])
        item.setData(0, PLACE_ROLE, place)
        self._items[place] = item
        return item

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_self_current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        place = current.data(0, PLACE_ROLE) if current is not None else None
        if place:
            self.place_chosen.emit(str(place))
