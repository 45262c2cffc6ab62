"""Opens compose windows (one per draft) for the main window and counts the drafts left over."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desk_app.core.records import DraftData, OutboxItem
from desk_app.services.context import Services
from desk_app.ui.compose.actions import ComposeActions
from desk_app.ui.compose.context import ComposeContext, load_context, ui_language
from desk_app.ui.compose.drafts_dialog import DraftsDialog
from desk_app.ui.compose.error_text import start_error_text
from desk_app.ui.compose.window import AUTOSAVE_MS, ComposeWindow
from desk_app.ui.runner import Runner

log = logging.getLogger(__name__)

CASCADE = 28  # each further window a little down and to the right


class ComposeController(QObject):
    """Starts replies, forwards and new messages, reopens drafts and outbox entries, and keeps
    one window per draft (asking again for an open draft brings its window to the front).

    Signals:
        window_opened(object): a ComposeWindow was opened.
        message_queued(object): an OutboxItem was queued from one of the windows.
        drafts_counted(int): how many drafts exist that no window shows (after start and changes).
        failed(str): a sentence for the status bar (a message could not be opened for writing).
    """

    window_opened = Signal(object)
    message_queued = Signal(object)
    drafts_counted = Signal(int)
    failed = Signal(str)

    def __init__(self, services: Services, runner: Runner, parent_window: QWidget, *,
                 autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent_window)
        self._services = services
        self._runner = runner
        self._parent_window = parent_window
        self._autosave_ms = autosave_ms
        self._windows: dict[int, ComposeWindow] = {}
        self._dialog: DraftsDialog | None = None
        self._current_message: Callable[[], int | None] = lambda: None

    # -- public API -------------------------------------------------------------------------------

    def use_actions(self, actions: ComposeActions, current_message: Callable[[], int | None]) -> None:
        """Let New message and Drafts… act, and the reply commands on `current_message()`."""
        self._current_message = current_message
        actions.new_message.triggered.connect(self._on_new_message_triggered)
        actions.drafts.triggered.connect(self._on_drafts_triggered)
        for action in actions.reply_actions():
            action.triggered.connect(self._on_reply_action_triggered)

    @Slot(str, int)
    def start(self, kind: str, message_pk: int | None = None) -> None:
        """A new reply, reply-all or forward of `message_pk`, or a new message (`kind` "new")."""
        services, lang = self._services, ui_language()

        def begin() -> ComposeContext:
            draft = services.compose.start(kind, message_pk=message_pk, lang=lang)
            return load_context(services, draft, fresh=True)

        self._runner.run(begin, self._context_loaded, self._start_failed, owner=self)

    def open_draft(self, draft: DraftData) -> None:
        """Show `draft` in its window (opened if needed)."""
        window = self._windows.get(draft.id or 0)
        if window is not None:
            self._raise(window)
            return
        services = self._services
        self._runner.run(lambda: load_context(services, draft), self._context_loaded, self._start_failed, owner=self)

    def take_back(self, entry_id: int) -> None:
        """Edit a queued or failed outbox entry: it becomes a draft again, in a window."""
        services = self._services

        def take() -> ComposeContext:
            return load_context(services, services.compose.edit(entry_id))

        self._runner.run(take, self._context_loaded, self._start_failed, owner=self)

    def show_drafts(self) -> DraftsDialog:
        """The list of saved drafts (not modal); Open shows one in its window."""
        if self._dialog is None:
            self._dialog = DraftsDialog(self._services, self._runner, self._parent_window)
            self._dialog.draft_opened.connect(self._on_dialog_draft_opened)
            self._dialog.drafts_changed.connect(self._on_dialog_drafts_changed)
        self._dialog.reload()
        if self._dialog.isVisible():
            self._dialog.raise_()  # already open behind another window
        self._dialog.show()
        self._dialog.activateWindow()
        return self._dialog

    def count_drafts(self) -> None:
        """Count the drafts no window shows (drafts_counted tells the result)."""
        compose = self._services.compose
        self._runner.run(compose.drafts, self._drafts_loaded, owner=self)

    def windows(self) -> list[ComposeWindow]:
        return list(self._windows.values())

    def close_all(self) -> None:
        """Close every compose window (each saves its draft first)."""
        for window in list(self._windows.values()):
            window.close()

    # -- internals --------------------------------------------------------------------------------

    def _context_loaded(self, context: ComposeContext) -> None:
        draft_id = context.draft.id or 0
        if draft_id in self._windows:
            self._raise(self._windows[draft_id])
            return
        window = ComposeWindow(self._services, self._runner, context, lang=ui_language(),
                               autosave_ms=self._autosave_ms, parent=self._parent_window)
        window.message_queued.connect(self._on_window_message_queued)
        window.closed.connect(self._on_window_closed)
        # Counted again once the window is gone: by then its last save or discard is written.
        window.destroyed.connect(self._on_window_destroyed)
        self._windows[draft_id] = window
        self._place(window)
        window.show()  # a new window comes up in front by itself
        window.activateWindow()
        window.body.setFocus()
        self.window_opened.emit(window)
        self.count_drafts()

    def _start_failed(self, error: BaseException) -> None:
        log.warning("a message could not be opened for writing: %s", error)
        self.failed.emit(start_error_text(error))

    def _drafts_loaded(self, drafts: list[DraftData]) -> None:
        self.drafts_counted.emit(sum(1 for d in drafts if (d.id or 0) not in self._windows))

    def _place(self, window: ComposeWindow) -> None:
        parent = self._parent_window.frameGeometry()
        offset = CASCADE * (len(self._windows) - 1)
        centre = parent.center() - QPoint(window.width() // 2, window.height() // 2)
        window.move(centre + QPoint(offset, offset))

    @staticmethod
    def _raise(window: ComposeWindow) -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    # -- slots ------------------------------------------------------------------------------------

    @Slot()
    def _on_new_message_triggered(self) -> None:
        self.start("new")

    @Slot()
    def _on_drafts_triggered(self) -> None:
        self.show_drafts()

    @Slot()
    def _on_reply_action_triggered(self) -> None:
        action = self.sender()
        message_id = self._current_message()
        if isinstance(action, QAction) and message_id is not None:
            self.start(str(action.data()), message_id)

    @Slot(object)
    def _on_window_message_queued(self, item: OutboxItem) -> None:
        self.message_queued.emit(item)

    @Slot(int)
    def _on_window_closed(self, draft_id: int) -> None:
        self._windows.pop(draft_id, None)

    @Slot()
    def _on_window_destroyed(self) -> None:
        self.count_drafts()
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.reload()

    @Slot(object)
    def _on_dialog_draft_opened(self, draft: DraftData) -> None:
        self.open_draft(draft)

    @Slot()
    def _on_dialog_drafts_changed(self) -> None:
        self.count_drafts()
