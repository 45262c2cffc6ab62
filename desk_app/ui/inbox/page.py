"""The Inbox page: folder tree | message list | reading pane, or a hint when there is no mail."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.records import FolderInfo, MessageDetail, MessageSummary
from desk_app.services.context import Services
from desk_app.ui.icons import icon
from desk_app.ui.inbox.folders import FolderTree
from desk_app.ui.inbox.model import Column, MessageListModel
from desk_app.ui.inbox.reading_pane import ReadingPane
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.empty_state import EmptyState
from desk_app.ui.widgets.table import configure_table, set_column_widths


class InboxPage(QWidget):
    """Mail of every account: pick a folder, pick a message, read it (which marks it read).

    Signals:
        message_shown(int): the id of the message now in the reading pane.
        unread_changed(): a message was marked read (counts elsewhere may need a refresh).
    """

    message_shown = Signal(int)
    unread_changed = Signal()

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._pending_message: int | None = None
        self._ids_request = 0  # only the newest id-list request may land

        self.empty = EmptyState(
            icon("inbox"),
            self.tr("No mail yet"),
            self.tr("Add an account in Settings, and its mail will appear here."),
        )
        self._folders = FolderTree()
        self._folders.setObjectName("folderTree")
        self.model = MessageListModel(services.mail, tz, self)
        self._list = QTableView()
        self._list.setObjectName("messageList")
        self._list.setModel(self.model)
        self._setup_list()
        self.reading_pane = ReadingPane(tz)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._folders)
        self.splitter.addWidget(self._list)
        self.splitter.addWidget(self.reading_pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([200, 520, 380])

        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._connect_signals()

    def _setup_list(self) -> None:
        configure_table(self._list)
        set_column_widths(
            self._list,
            {Column.FROM: "M" * 12, Column.DATE: "2026/11/02 10:00", Column.ATTACHMENT: 30},
            stretch=Column.SUBJECT,
        )
        self._list.horizontalHeader().setSectionResizeMode(Column.ATTACHMENT, QHeaderView.ResizeMode.Fixed)

    def _connect_signals(self) -> None:
        self._folders.folder_selected.connect(self._on_folders_folder_selected)
        self._list.selectionModel().currentRowChanged.connect(self._on_list_current_row_changed)

    # -- public API ---------------------------------------------------------------------------

    def state_parts(self) -> dict[str, object]:
        """Layouts the window remembers between runs."""
        return {"inbox/splitter": self.splitter, "inbox/columns": self._list.horizontalHeader()}

    def reload(self) -> None:
        """Re-read folders (and, through them, the message list) in the background."""
        pending = self._pending_message
        mail = self._services.mail

        def load() -> tuple[list[FolderInfo], list[MessageSummary]]:
            return mail.folders(), (mail.summaries([pending]) if pending is not None else [])

        self._runner.run(load, self._folders_loaded, owner=self)

    def select_message(self, message_id: int) -> None:
        """Open the folder holding `message_id`, select it in the list and show it."""
        self._pending_message = message_id
        self.reload()

    def message_view(self) -> QTableView:
        return self._list

    def folder_tree(self) -> FolderTree:
        return self._folders

    def is_empty_state(self) -> bool:
        return self._stack.currentWidget() is self.empty

    # -- runner callbacks (on the GUI thread) ---------------------------------------------------

    def _folders_loaded(self, loaded: tuple[list[FolderInfo], list[MessageSummary]]) -> None:
        folders, pending = loaded
        if not folders or not any(f.total for f in folders):
            self._stack.setCurrentWidget(self.empty)
            self._folders.set_folders(folders)
            self.model.set_ids([])
            return
        self._stack.setCurrentWidget(self.splitter)
        self._folders.set_folders(folders)
        target = None
        if pending:
            target = self._folders.folder_id_for(pending[0].account, pending[0].folder)
        if target is None:
            target = self._folders.selected_folder_id()
        if target is None:
            inboxes = [f.id for f in folders if f.role == "inbox" and f.total]
            target = inboxes[0] if inboxes else next(f.id for f in folders if f.total)
        self._folders.select_folder(target, notify=False)
        self._load_ids(target)

    def _load_ids(self, folder_id: int) -> None:
        self._ids_request += 1
        request = self._ids_request
        mail = self._services.mail
        self._runner.run(
            lambda: mail.message_ids(folder_id=folder_id),
            lambda ids: self._ids_loaded(request, ids),
            owner=self,
        )

    def _ids_loaded(self, request: int, ids: list[int]) -> None:
        if request != self._ids_request:
            return  # the user picked another folder meanwhile
        shown = self.reading_pane.message_id()
        self.model.set_ids(ids)
        wanted = self._pending_message if self._pending_message is not None else shown
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None:
            self.reading_pane.clear()
            return
        self._pending_message = None
        index = self.model.index(row, Column.SUBJECT)
        self._list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _show(self, message_id: int) -> None:
        mail = self._services.mail
        self._runner.run(lambda: mail.show(message_id), self._message_loaded, owner=self)
        row = self.model.row_of(message_id)
        summary = self.model.summary(row) if row is not None else None
        if summary is not None and not summary.seen:
            folder_id = self._folders.selected_folder_id()
            self._runner.run(
                lambda: mail.mark_seen(message_id),
                lambda changed: self._marked_seen(message_id, folder_id, changed),
                owner=self,
            )

    def _message_loaded(self, message: MessageDetail) -> None:
        if self.model.row_of(message.id) is None:
            return  # another folder was opened while it loaded
        self.reading_pane.show_message(message)
        self.message_shown.emit(message.id)

    def _marked_seen(self, message_id: int, folder_id: int | None, changed: bool) -> None:
        self.model.set_seen(message_id)
        if changed and folder_id is not None:
            self._folders.add_unread(folder_id, -1)
            self.unread_changed.emit()

    # -- slots --------------------------------------------------------------------------------

    @Slot(int)
    def _on_folders_folder_selected(self, folder_id: int) -> None:
        self.reading_pane.clear()
        self._load_ids(folder_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_list_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        message_id = self.model.message_id(current.row()) if current.isValid() else None
        if message_id is not None and message_id != self.reading_pane.message_id():
            self._show(message_id)
