"""The Inbox page: folder tree | filter bar over the message list | reading pane."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget

from desk_app.core.flags import FLAGGED
from desk_app.core.records import FolderInfo, MessageSummary
from desk_app.services.context import Services
from desk_app.services.mail import ListQuery
from desk_app.ui.icons import icon
from desk_app.ui.inbox.actions import InboxActions
from desk_app.ui.inbox.filter_bar import InboxFilterBar, ListFilter
from desk_app.ui.window_state import CheckMemory
from desk_app.ui.inbox.folders import FolderTree
from desk_app.ui.inbox.message_list import MessageListPanel
from desk_app.ui.inbox.model import Column, MessageListModel
from desk_app.ui.inbox.reading_pane import ReadingPane
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.empty_state import EmptyState

LINKED = {ListFilter.LINKED: True, ListFilter.NOT_LINKED: False}


class InboxPage(QWidget):
    """Mail of every account: pick a folder, narrow the list, open a conversation (marking it read).

    Signals:
        message_shown(int): the id of the message now open in the reading pane.
        unread_changed(): a message was marked read or unread (counts elsewhere may need a refresh).
        list_loaded(int): the list shows the result of a new query (its row count).
        message_closed(): the reading pane shows no message any more.
        reply_requested(str, int): reply, reply_all or forward, and the id of the message shown.
        case_created(str): a case was made (or found) for the shown message: its id.
        case_failed(str): a sentence for the status bar: no case could be made.
    """

    message_shown = Signal(int)
    message_closed = Signal()
    reply_requested = Signal(str, int)
    case_created = Signal(str)
    case_failed = Signal(str)
    unread_changed = Signal()
    list_loaded = Signal(int)

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._pending_message: int | None = None  # to open once its folder's list has loaded
        self._ids_request = 0  # only the newest id-list request may land
        self._folder_id: int | None = None
        self._sort = ("date", True)
        self._opened: tuple[int, bool] | None = None  # (row's message id, threaded) now in the pane
        self._next_focus: int | None = None  # the message to open when a row is selected for it

        self.empty = EmptyState(
            icon("inbox"),
            self.tr("No mail yet"),
            self.tr("Add an account in Settings, and its mail will appear here."),
        )
        self._folders = FolderTree()
        self._folders.setObjectName("folderTree")
        self.model = MessageListModel(services.mail, tz, self)
        self.list_panel = MessageListPanel(self.model)
        self.reading_pane = ReadingPane(tz, services.mail, runner)
        self.commands = InboxActions(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._folders)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.reading_pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([170, 540, 450])

        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._install_actions()
        self._connect_signals()

    def _install_actions(self) -> None:
        view = self.list_panel.view
        view.addActions(self.commands.list_actions())
        view.set_context_actions(self.commands.menu_actions())
        self.addActions(self.commands.inbox_actions())

    def _connect_signals(self) -> None:
        view, bar = self.list_panel.view, self.list_panel.bar
        self._folders.folder_selected.connect(self._on_folders_folder_selected)
        view.selectionModel().currentRowChanged.connect(self._on_list_current_row_changed)
        view.sort_requested.connect(self._on_list_sort_requested)
        view.flag_clicked.connect(self._on_list_flag_clicked)
        bar.options_changed.connect(self._on_bar_options_changed)
        bar.search_dismissed.connect(self._on_bar_search_dismissed)
        self.list_panel.no_matches.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.reading_pane.message_shown.connect(self.message_shown)
        self.reading_pane.message_closed.connect(self.message_closed)
        self.reading_pane.reply_requested.connect(self.reply_requested)
        self.commands.open_message.triggered.connect(self._on_open_message_triggered)
        self.commands.page_message.triggered.connect(self._on_page_message_triggered)
        self.commands.toggle_read.triggered.connect(self._on_toggle_read_triggered)
        self.commands.toggle_flag.triggered.connect(self._on_toggle_flag_triggered)
        self.commands.find.triggered.connect(self._on_find_triggered)
        self.commands.create_case.triggered.connect(self._on_create_case_triggered)
        self.reading_pane.case_requested.connect(self._on_reading_pane_case_requested)

    # -- public API ---------------------------------------------------------------------------

    def state_parts(self) -> dict[str, object]:
        """Layouts the window remembers between runs."""
        # The view stands in for its header: restoring widths must keep sorting by header click.
        return {"inbox/splitter": self.splitter, "inbox/columns": self.list_panel.view,
                "inbox/threaded": CheckMemory(self.list_panel.bar.threaded_box)}

    def reload(self) -> None:
        """Re-read folders (and, through them, the message list) in the background."""
        pending = self._pending_message
        mail = self._services.mail

        def load() -> tuple[list[FolderInfo], list[MessageSummary]]:
            return mail.folders(), (mail.summaries([pending]) if pending is not None else [])

        self._runner.run(load, self._folders_loaded, owner=self)

    def select_message(self, message_id: int) -> None:
        """Open the folder holding `message_id`, select its row (or its conversation's) and show it."""
        self._pending_message = message_id
        self.list_panel.bar.clear_filters(announce=False)  # a filter must not hide what was asked for
        self.reload()

    def message_view(self) -> QTableView:
        return self.list_panel.view

    def filter_bar(self) -> InboxFilterBar:
        return self.list_panel.bar

    def folder_tree(self) -> FolderTree:
        return self._folders

    def is_empty_state(self) -> bool:
        return self._stack.currentWidget() is self.empty

    def current_summary(self) -> MessageSummary | None:
        """The row the list's cursor is on."""
        index = self.list_panel.view.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    # -- loading (runner callbacks run on the GUI thread) ---------------------------------------

    def _folders_loaded(self, loaded: tuple[list[FolderInfo], list[MessageSummary]]) -> None:
        folders, pending = loaded
        self.reading_pane.set_folders(folders)
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
        self._folder_id = target
        self._load_ids()

    def _query(self) -> ListQuery:
        options = self.list_panel.bar.options()
        sort, descending = self._sort
        return ListQuery(
            folder_id=self._folder_id,
            unread_only=options.filter is ListFilter.UNREAD,
            with_attachments=options.filter is ListFilter.ATTACHMENTS,
            linked=LINKED.get(options.filter),
            text=options.text,
            sort=sort,
            descending=descending,
            threaded=options.threaded,
        )

    def _load_ids(self) -> None:
        if self._folder_id is None:
            return
        self._ids_request += 1
        request = self._ids_request
        query = self._query()
        # The message to find again: one asked for by id, else the one open in the pane. In a
        # threaded list it may sit inside a conversation whose row is another (newer) message.
        anchor = self._pending_message if self._pending_message is not None else self.reading_pane.message_id()
        mail = self._services.mail

        def load() -> tuple[list[int], list[int]]:
            ids = mail.message_ids(query)
            thread = [s.id for s in mail.conversation(anchor)] if anchor is not None and query.threaded else []
            return ids, thread

        self._runner.run(load, lambda result: self._ids_loaded(request, query, result), owner=self)

    def _ids_loaded(self, request: int, query: ListQuery, result: tuple[list[int], list[int]]) -> None:
        if request != self._ids_request:
            return  # the user changed folder, filter or order meanwhile
        ids, thread = result
        previous = self.current_summary()
        shown = self.reading_pane.message_id()
        self.model.set_ids(ids, threaded=query.threaded)
        self.list_panel.show_rows(len(ids), self.list_panel.bar.options().is_narrowed())
        focus = self._pending_message
        row = None
        if focus is None and previous is not None:
            row = self.model.row_of(previous.id)
            if row is None and shown is not None:
                focus = shown  # e.g. a new reply made another message the conversation's row
        if row is None and focus is not None:
            candidates = [focus, *reversed(thread)]  # the newest message of the thread is the row
            row = next((r for r in map(self.model.row_of, candidates) if r is not None), None)
        if row is not None and self._pending_message is not None:
            self._pending_message = None
        if row is None:
            self._opened = None
            self.reading_pane.clear()
            self._update_commands()
        else:
            self._select_row(row, focus)
        self.list_loaded.emit(len(ids))

    def _select_row(self, row: int, focus: int | None) -> None:
        index = self.model.index(row, Column.SUBJECT)
        view = self.list_panel.view
        self._next_focus = focus
        try:
            # After the reset there is no current row, so this always lands in _open_row.
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        finally:
            self._next_focus = None
        view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _open_row(self, row: int) -> None:
        summary = self.model.summary(row)
        self._update_commands()
        if summary is None:
            return
        threaded = self.model.is_threaded()
        focus = self._next_focus
        same = self._opened == (summary.id, threaded) and self.reading_pane.message_id() is not None
        if focus is None and same:
            return  # the same row again after a new query: keep the pane as the reader left it
        self._opened = (summary.id, threaded)
        self.reading_pane.open(focus if focus is not None else summary.id, whole_thread=threaded)
        if not summary.seen and focus in (None, summary.id):
            self._set_seen(summary, True)  # only what the user opened: not a reply that just came in

    # -- marking ------------------------------------------------------------------------------

    def _set_seen(self, summary: MessageSummary, seen: bool) -> None:
        mail, folder_id, message_id = self._services.mail, self._folder_id, summary.id
        self._runner.run(
            lambda: mail.mark_seen(message_id, seen),
            lambda changed: self._seen_set(message_id, folder_id, seen, changed),
            owner=self,
        )

    def _seen_set(self, message_id: int, folder_id: int | None, seen: bool, changed: bool) -> None:
        self.model.set_seen(message_id, seen)
        self._update_commands()
        if changed and folder_id is not None:
            self._folders.add_unread(folder_id, -1 if seen else 1)
            self.unread_changed.emit()

    def _set_flagged(self, summary: MessageSummary, flagged: bool) -> None:
        mail, message_id = self._services.mail, summary.id
        self._runner.run(
            lambda: mail.set_flag(message_id, FLAGGED, flagged),
            lambda _changed: self._flag_set(message_id, flagged),
            owner=self,
        )

    def _flag_set(self, message_id: int, flagged: bool) -> None:
        self.model.set_flagged(message_id, flagged)
        self.reading_pane.set_flagged(message_id, flagged)
        self._update_commands()

    def _update_commands(self) -> None:
        summary = self.current_summary()
        if summary is None:
            self.commands.show_state(seen=True, flagged=False, enabled=False)
        else:
            self.commands.show_state(seen=summary.seen, flagged=summary.flagged)

    # -- slots --------------------------------------------------------------------------------

    @Slot(int)
    def _on_folders_folder_selected(self, folder_id: int) -> None:
        self._folder_id = folder_id
        self._opened = None
        self.reading_pane.clear()
        self._load_ids()

    @Slot(QModelIndex, QModelIndex)
    def _on_list_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._open_row(current.row())
        else:
            self._update_commands()

    @Slot(str, bool)
    def _on_list_sort_requested(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self._load_ids()

    @Slot(int)
    def _on_list_flag_clicked(self, row: int) -> None:
        summary = self.model.summary(row)
        if summary is not None:
            self._set_flagged(summary, not summary.flagged)

    @Slot()
    def _on_bar_options_changed(self) -> None:
        self._load_ids()

    @Slot()
    def _on_bar_search_dismissed(self) -> None:
        self.list_panel.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        self.list_panel.bar.clear_filters()

    @Slot()
    def _on_open_message_triggered(self) -> None:
        if self.reading_pane.message_id() is not None:
            self.reading_pane.focus_reader()

    @Slot()
    def _on_page_message_triggered(self) -> None:
        self.reading_pane.page_down()

    @Slot()
    def _on_toggle_read_triggered(self) -> None:
        summary = self.current_summary()
        if summary is not None:
            self._set_seen(summary, not summary.seen)

    @Slot()
    def _on_toggle_flag_triggered(self) -> None:
        summary = self.current_summary()
        if summary is not None:
            self._set_flagged(summary, not summary.flagged)

    @Slot()
    def _on_find_triggered(self) -> None:
        self.list_panel.bar.focus_search()

    @Slot()
    def _on_create_case_triggered(self) -> None:
        message_id = self.reading_pane.message_id()
        if message_id is not None:
            self._on_reading_pane_case_requested(message_id)

    @Slot(int)
    def _on_reading_pane_case_requested(self, message_id: int) -> None:
        cases = self._services.cases
        self._runner.run(lambda: cases.create_from_message(message_id), self.case_created.emit,
                         lambda error: self.case_failed.emit(self.tr("No case could be made: {error}").format(
                             error=error)), owner=self)
