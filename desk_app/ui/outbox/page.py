"""The Outbox page: what is waiting to go out, what failed and why; edit, retry or cancel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.errors import DeskAppError
from desk_app.core.outbox import CANCELLABLE, EDITABLE, RETRYABLE
from desk_app.core.records import OutboxItem
from desk_app.services.context import Services
from desk_app.ui.icons import icon
from desk_app.ui.outbox.model import Column, OutboxModel
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.empty_state import EmptyState
from desk_app.ui.widgets.list_page import PageHeading
from desk_app.ui.widgets.table import configure_table, set_column_widths

log = logging.getLogger(__name__)

REFRESH_MS = 30_000
ERROR_COLOR = "#c0392b"


class OutboxPage(QWidget):
    """Lists the outbox; Edit takes a queued or failed message back into a compose window, Retry
    sends a failed (or cancelled) one with the next sync, Cancel stops one from going out.

    It re-reads the outbox when shown, every 30 s while shown, and when told (after a sync, after
    a message was queued). Sent messages are listed only when asked for ("Show sent").

    Signals:
        edit_requested(int): the outbox entry to take back into a draft (the window opens it).
        items_loaded(int): how many rows the table now shows.
    """

    edit_requested = Signal(int)
    items_loaded = Signal(int)

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None, *,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._request = 0  # only the newest load may land
        self.heading = PageHeading(self.tr("Outbox"))
        self.model = OutboxModel(tz, self)
        self.view = QTableView()
        self.view.setObjectName("outboxTable")
        self.view.setModel(self.model)
        configure_table(self.view)
        set_column_widths(self.view, {
            Column.STATE: self.tr("Cancelled") + "MM", Column.TO: 220, Column.SUBJECT: 300,
            Column.TIME: "2026/11/02 10:00", Column.ATTEMPTS: self.tr("Attempts"),
        }, stretch=Column.ERROR)
        self.empty = EmptyState(
            icon("outbox"),
            self.tr("Nothing waiting to be sent"),
            self.tr("A message you send waits here until the next sync hands it to the mail server."),
        )
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Take the message back into a draft to change it"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Send the message again with the next sync"))
        self.cancel_button = QPushButton(self.tr("Cancel Sending"))
        self.cancel_button.setToolTip(self.tr("Stop the message from going out (Retry sends it after all)"))
        self.show_sent = QCheckBox(self.tr("Show sent messages"))
        self.message = QLabel()
        self.message.setObjectName("outboxMessage")
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message.setWordWrap(True)

        bar = QHBoxLayout()
        bar.setContentsMargins(12, 0, 12, 8)
        for button in (self.edit_button, self.retry_button, self.cancel_button):
            bar.addWidget(button)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.show_sent)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        holder = QWidget()
        framed = QVBoxLayout(holder)
        framed.setContentsMargins(12, 0, 12, 12)  # as the other list pages
        framed.addWidget(self.view)
        self._stack.addWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.show_sent.toggled.connect(self._on_show_sent_toggled)
        self._timer.timeout.connect(self._on_timer_timeout)

    # -- public API -------------------------------------------------------------------------------

    def state_parts(self) -> dict[str, object]:
        return {"outbox/columns": self.view.horizontalHeader()}

    def reload(self) -> None:
        """Re-read the outbox in the background."""
        self._request += 1
        request = self._request
        compose, include_sent = self._services.compose, self.show_sent.isChecked()
        self._runner.run(lambda: compose.outbox(include_sent=include_sent),
                         lambda items: self._loaded(request, items), self._load_failed, owner=self)

    def is_empty_state(self) -> bool:
        return self._stack.currentWidget() is self.empty

    def current_item(self) -> OutboxItem | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_item(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, Column.STATE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def retry_current(self) -> None:
        item = self.current_item()
        if item is not None and item.state in RETRYABLE:
            self._change(lambda: self._services.compose.retry(item.id))

    def cancel_current(self) -> None:
        item = self.current_item()
        if item is not None and item.state in CANCELLABLE:
            self._change(lambda: self._services.compose.cancel(item.id))

    def edit_current(self) -> None:
        item = self.current_item()
        if item is not None and item.state in EDITABLE:
            self.edit_requested.emit(item.id)

    # -- events -----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    # -- internals --------------------------------------------------------------------------------

    def _loaded(self, request: int, items: list[OutboxItem]) -> None:
        if request != self._request:
            return
        current = self.current_item()
        self.model.set_rows(items)
        self._stack.setCurrentIndex(1 if items else 0)
        for button in (self.edit_button, self.retry_button, self.cancel_button):
            button.setVisible(bool(items))
        waiting = sum(1 for i in items if i.state in ("queued", "sending"))
        failed = sum(1 for i in items if i.state == "failed")
        notes = [self.tr("%n waiting", "", waiting)] if waiting else []
        if failed:
            notes.append(self.tr("%n failed", "", failed))
        self.heading.set_note(" · ".join(notes))
        if not (current is not None and self.select_item(current.id)) and items:
            self.select_item(items[0].id)
        self._update_buttons()
        self.items_loaded.emit(len(items))

    def _load_failed(self, error: BaseException) -> None:
        log.error("reading the outbox failed", exc_info=error)
        self._show_message(self.tr("The outbox could not be read: {error}").format(error=error))

    def _change(self, fn: Callable[[], OutboxItem]) -> None:
        self._show_message("")
        self._runner.run(fn, lambda _item: self.reload(), self._change_failed, owner=self)

    def _change_failed(self, error: BaseException) -> None:
        # Most often the sync got there first (the message went out meanwhile): show what is true now.
        detail = error.detail if isinstance(error, DeskAppError) else str(error)
        self._show_message(self.tr("This message has changed meanwhile ({detail}).").format(detail=detail))
        self.reload()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)

    def _update_buttons(self) -> None:
        item = self.current_item()
        state = item.state if item is not None else ""
        self.edit_button.setEnabled(state in EDITABLE)
        self.retry_button.setEnabled(state in RETRYABLE)
        self.cancel_button.setEnabled(state in CANCELLABLE)

    # -- slots ------------------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    @Slot(QModelIndex)
    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_current()

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        self.edit_current()

    @Slot()
    def _on_retry_button_clicked(self) -> None:
        self.retry_current()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel_current()

    @Slot(bool)
    def _on_show_sent_toggled(self, _checked: bool) -> None:
        self.reload()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.reload()
