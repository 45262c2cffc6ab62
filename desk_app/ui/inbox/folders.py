"""The folder tree: accounts with their folders and unread counts."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from desk_app.core.records import FolderInfo
from desk_app.ui.icons import icon
from desk_app.ui.labels import folder_label

FOLDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDER_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 3


class FolderTree(QTreeView):
    """Accounts as headings, their folders beneath, each with its unread count on the right.

    Signals:
        folder_selected(int): the id of the folder the user (or code) selected.
    """

    folder_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(0, 2, self)
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._items: dict[int, QStandardItem] = {}
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def set_folders(self, folders: list[FolderInfo]) -> None:
        """Show these folders grouped by account, keeping the selected folder selected."""
        selected = self.selected_folder_id()
        self.selectionModel().blockSignals(True)
        try:
            self._model.removeRows(0, self._model.rowCount())
            self._items.clear()
            accounts: dict[str, QStandardItem] = {}
            for folder in folders:
                parent = accounts.get(folder.account)
                if parent is None:
                    parent = self._account_item(folder.account)
                    accounts[folder.account] = parent
                    self._model.appendRow([parent, QStandardItem()])
                name = QStandardItem(icon("inbox") if folder.role == "inbox" else icon("reading"),
                                     folder_label(folder.name, folder.role))
                name.setData(folder.id, FOLDER_ID_ROLE)
                name.setData((folder.account, folder.name), FOLDER_KEY_ROLE)
                count = QStandardItem()
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                parent.appendRow([name, count])
                self._items[folder.id] = name
                self._show_unread(folder.id, folder.unread)
            self.expandAll()
        finally:
            self.selectionModel().blockSignals(False)
        if selected is not None and selected in self._items:
            self.select_folder(selected, notify=False)

    def folder_ids(self) -> list[int]:
        return list(self._items)

    def folder_id_for(self, account: str, name: str) -> int | None:
        for folder_id, item in self._items.items():
            if item.data(FOLDER_KEY_ROLE) == (account, name):
                return folder_id
        return None

    def selected_folder_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(FOLDER_ID_ROLE)
        return int(value) if value is not None else None

    def select_folder(self, folder_id: int, *, notify: bool = True) -> None:
        item = self._items.get(folder_id)
        if item is None:
            return
        if not notify:
            self.selectionModel().blockSignals(True)
        try:
            self.setCurrentIndex(item.index())
        finally:
            if not notify:
                self.selectionModel().blockSignals(False)

    def add_unread(self, folder_id: int, delta: int) -> None:
        """Adjust a folder's shown unread count (after marking a message read)."""
        item = self._items.get(folder_id)
        if item is not None:
            current = int(item.data(UNREAD_ROLE) or 0)
            self._show_unread(folder_id, max(0, current + delta))

    def unread(self, folder_id: int) -> int:
        item = self._items.get(folder_id)
        return int(item.data(UNREAD_ROLE) or 0) if item is not None else 0

    def _show_unread(self, folder_id: int, unread: int) -> None:
        item = self._items[folder_id]
        item.setData(unread, UNREAD_ROLE)
        parent = item.parent()
        count = parent.child(item.row(), 1) if parent is not None else None
        font = QFont(self.font())
        font.setBold(unread > 0)
        item.setFont(font)
        if count is not None:
            count.setText(str(unread) if unread else "")
            count.setFont(font)

    def _account_item(self, account: str) -> QStandardItem:
        item = QStandardItem(account)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(self.palette().placeholderText())
        return item

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = [i for i in selected.indexes() if i.column() == 0]
        if not indexes:
            return
        value = QModelIndex(indexes[0]).data(FOLDER_ID_ROLE)
        if value is not None:
            self.folder_selected.emit(int(value))
