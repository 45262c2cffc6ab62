"""A case's timeline: its mails, calls and notes, oldest first, with commands for the mails."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.records import CaseTimelineEntry
from desk_app.ui import formatting
from desk_app.ui.icons import icon
from desk_app.ui.labels import call_direction_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ICONS = {"mail": "inbox", "call": "calls", "note": "manual"}
LINE_CHARS = 90  # a note or call summary shows its first line, cut here


class CaseTimeline(QWidget):
    """The list of what happened in a case; a mail can be opened in the Inbox or replied to.

    Double-click (or Return on) a mail to open it in the Inbox; "Reply" answers the selected mail,
    or the customer's latest mail of the case while no mail is selected.

    Signals:
        message_open_requested(int): the id of a mail to show in the Inbox.
        reply_requested(str, int): "reply" and the id of the mail to answer.
    """

    message_open_requested = Signal(int)
    reply_requested = Signal(str, int)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._latest_mail: int | None = None
        self.entries = QListWidget()
        self.entries.setObjectName("caseTimeline")
        self.entries.setAlternatingRowColors(True)
        self.entries.setWordWrap(True)
        self.entries.setUniformItemSizes(False)
        self.open_button = QPushButton(self.tr("Open in Inbox"))
        self.open_button.setObjectName("timelineOpen")
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.setObjectName("timelineReply")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entries, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.entries.itemActivated.connect(self._on_entries_item_activated)
        self.entries.currentItemChanged.connect(self._on_entries_current_item_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.reply_button.clicked.connect(self._on_reply_button_clicked)

    # -- public API ---------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[CaseTimelineEntry], latest_mail: int | None = None) -> None:
        """Show `entries` (already oldest first); `latest_mail` is the mail "Reply" answers while
        none is selected."""
        self._latest_mail = latest_mail
        self.entries.clear()
        for entry in entries:
            item = QListWidgetItem(icon(KIND_ICONS.get(entry.kind, "cases")), self._text(entry))
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(formatting.tooltip_text(entry.title))
            self.entries.addItem(item)
        if entries:
            self.entries.scrollToBottom()
        self._update_buttons()

    def entry_at(self, row: int) -> CaseTimelineEntry | None:
        item = self.entries.item(row)
        return item.data(ENTRY_ROLE) if item is not None else None

    def count(self) -> int:
        return self.entries.count()

    # -- helpers ------------------------------------------------------------------------------

    def _text(self, entry: CaseTimelineEntry) -> str:
        when = formatting.date_time(entry.at, self._tz)
        first = (entry.title.strip().splitlines() or [""])[0]
        if len(first) > LINE_CHARS:
            first = first[: LINE_CHARS - 1] + "…"
        if entry.kind == "mail":
            who = self.tr("Mail from {sender}").format(sender=entry.detail)
        elif entry.kind == "call":
            who = self.tr("Call ({direction})").format(direction=call_direction_label(entry.detail))
        else:
            who = self.tr("Note by {author}").format(author=entry.detail or "—")
        return f"{when}  {who}\n{first}"

    def _current_mail(self) -> int | None:
        item = self.entries.currentItem()
        entry = item.data(ENTRY_ROLE) if item is not None else None
        if isinstance(entry, CaseTimelineEntry) and entry.kind == "mail" and entry.id.isdigit():
            return int(entry.id)
        return None

    def _reply_target(self) -> int | None:
        selected = self._current_mail()
        return selected if selected is not None else self._latest_mail

    def _update_buttons(self) -> None:
        selected = self._current_mail()
        self.open_button.setEnabled(selected is not None)
        self.reply_button.setEnabled(self._reply_target() is not None)
        if selected is not None:
            self.reply_button.setToolTip(self.tr("Answer the selected mail"))
        elif self._latest_mail is not None:
            self.reply_button.setToolTip(self.tr("Answer the customer's latest mail"))
        else:
            self.reply_button.setToolTip(self.tr("This case has no mail to answer yet"))

    # -- slots --------------------------------------------------------------------------------

    @Slot(QListWidgetItem)
    def _on_entries_item_activated(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        if isinstance(entry, CaseTimelineEntry) and entry.kind == "mail" and entry.id.isdigit():
            self.message_open_requested.emit(int(entry.id))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_entries_current_item_changed(self, _current: QListWidgetItem, _previous: QListWidgetItem) -> None:
        self._update_buttons()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        pk = self._current_mail()
        if pk is not None:
            self.message_open_requested.emit(pk)

    @Slot()
    def _on_reply_button_clicked(self) -> None:
        pk = self._reply_target()
        if pk is not None:
            self.reply_requested.emit("reply", pk)
