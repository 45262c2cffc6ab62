"""The middle of the Inbox: the filter bar over the message list, or a note that nothing matches."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QContextMenuEvent, QIcon, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.icons import icon
from desk_app.ui.inbox.delegates import SubjectDelegate
from desk_app.ui.inbox.filter_bar import InboxFilterBar
from desk_app.ui.inbox.model import SORT_KEYS, Column, MessageListModel
from desk_app.ui.widgets.table import configure_table, set_column_widths

ICON_COLUMN_WIDTH = 30


class MessageListView(QTableView):
    """The message table: fixed-height rows, sorting by header click, a flag column, a context menu.

    Sorting is asked of the page (which re-queries SQL), never done by the view or a proxy.

    Signals:
        sort_requested(str, bool): the sort key ("date", "from", "subject") and descending.
        flag_clicked(int): the row whose flag cell was clicked.
    """

    sort_requested = Signal(str, bool)
    flag_clicked = Signal(int)

    def __init__(self, model: MessageListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageList")
        self.setModel(model)
        configure_table(self)  # fixed row heights: the view never measures rows it does not show
        set_column_widths(
            self,
            {Column.FROM: "M" * 9, Column.DATE: "2026/11/02 10:00",
             Column.ATTACHMENT: ICON_COLUMN_WIDTH, Column.FLAG: ICON_COLUMN_WIDTH},
            stretch=Column.SUBJECT,
        )
        self._sorted_by = (int(Column.DATE), Qt.SortOrder.DescendingOrder)
        self._configure_header()
        self._subject_delegate = SubjectDelegate(self)
        self.setItemDelegateForColumn(Column.SUBJECT, self._subject_delegate)
        self._menu_actions: list[QAction | None] = []
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.clicked.connect(self._on_self_clicked)

    def _configure_header(self) -> None:
        header = self.horizontalHeader()
        for column in (Column.ATTACHMENT, Column.FLAG):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, ICON_COLUMN_WIDTH)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted_by)
        header.blockSignals(False)

    # -- public API ---------------------------------------------------------------------------

    def saveState(self) -> QByteArray:
        """The column layout and sort order, for the window to remember (see window_state.py)."""
        return self.horizontalHeader().saveState()

    def restoreState(self, state: QByteArray | bytes) -> bool:
        """Column widths and the sort order as remembered; what the list needs stays as it is.

        A header state holds more than widths (clickability, resize modes, whether the sort
        indicator shows); one saved by an older layout must not switch sorting off.
        """
        header = self.horizontalHeader()
        header.blockSignals(True)
        try:
            restored = header.restoreState(state)
        finally:
            header.blockSignals(False)
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        # Only an order the user chose: a layout from before sorting existed says "column 0".
        if restored and header.isSortIndicatorShown() and column in SORT_KEYS:
            self._sorted_by = (column, order)
        self._configure_header()
        key, descending = self.sort_order()
        self.sort_requested.emit(key, descending)
        return restored

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """The actions the right-click menu offers (None for a separator)."""
        self._menu_actions = list(actions)

    def context_menu(self) -> QMenu:
        """A new menu with the context actions (the caller shows it, then deletes it)."""
        menu = QMenu(self)
        for action in self._menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def sort_order(self) -> tuple[str, bool]:
        """The current sort key and whether it is descending."""
        column, order = self._sorted_by
        return SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder

    # -- events and slots ---------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.indexAt(event.pos()).isValid() or not self._menu_actions:
            return
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    @Slot(int, Qt.SortOrder)
    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:
            # The icon columns have no order of their own: put the indicator back.
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted_by)
            header.blockSignals(False)
            return
        self._sorted_by = (column, order)
        key, descending = self.sort_order()
        self.sort_requested.emit(key, descending)

    @Slot(QModelIndex)
    def _on_self_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == Column.FLAG:
            self.flag_clicked.emit(index.row())


class NoMatches(QFrame):
    """Said in place of the list when a filter or search leaves nothing (or a folder is empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noMatches")
        # Framed and filled like the list it stands in for, so the column does not jump.
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._icon.setPixmap(icon("search").pixmap(40, 40, QIcon.Mode.Disabled))
        self._title = QLabel()
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        font = self._title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._title.setFont(font)
        self._text = QLabel()
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setWordWrap(True)
        self._text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addStretch(2)
        layout.addWidget(self._icon)
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        layout.addSpacing(4)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_narrowed(self, narrowed: bool) -> None:
        """Nothing matches a filter (offer to clear it), or the folder itself is empty."""
        if narrowed:
            self._title.setText(self.tr("No messages match"))
            self._text.setText(self.tr("Try other words, or show all messages of this folder."))
        else:
            self._title.setText(self.tr("This folder is empty"))
            self._text.setText("")
        self._text.setVisible(narrowed)
        self.clear_button.setVisible(narrowed)

    def title(self) -> str:
        return self._title.text()


class MessageListPanel(QWidget):
    """The filter bar, and under it the list or the no-matches note."""

    def __init__(self, model: MessageListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = InboxFilterBar()
        self.view = MessageListView(model)
        self.no_matches = NoMatches()
        self._stack = QStackedWidget()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.no_matches)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self._stack, 1)

    def show_rows(self, count: int, narrowed: bool) -> None:
        """The list when it has rows; otherwise the note, worded for why it is empty."""
        if count:
            self._stack.setCurrentWidget(self.view)
        else:
            self.no_matches.set_narrowed(narrowed)
            self._stack.setCurrentWidget(self.no_matches)

    def is_showing_no_matches(self) -> bool:
        return self._stack.currentWidget() is self.no_matches
