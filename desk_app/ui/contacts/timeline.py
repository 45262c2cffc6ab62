"""A customer's history: mails, calls, cases and orders, newest first; each opens where it lives."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desk_app.core.records import ContactTimelineEntry
from desk_app.ui import formatting
from desk_app.ui.icons import icon
from desk_app.ui.labels import call_direction_label, case_status_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ICONS = {"mail": "inbox", "call": "calls", "case": "cases", "order": "sales"}
OPENABLE = frozenset({"mail", "call", "case"})  # orders have no page of their own yet
LINE_CHARS = 80


class ContactTimeline(QWidget):
    """Double-click (or Return on) an entry, or press Open: a mail opens in the Inbox, a case on
    the Cases page, a call in the call log.

    Signals:
        message_open_requested(int): the id of a mail to show in the Inbox.
        case_open_requested(str): the id of a case to show on the Cases page.
        call_open_requested(str): the id of a call to show in the call log.
    """

    message_open_requested = Signal(int)
    case_open_requested = Signal(str)
    call_open_requested = Signal(str)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.entries = QListWidget()
        self.entries.setObjectName("contactTimeline")
        self.entries.setAlternatingRowColors(True)
        self.entries.setWordWrap(True)
        self.entries.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("contactTimelineOpen")
        self.open_button.setToolTip(self.tr("Show the selected mail, call or case where it lives"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entries, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self._update_button()

    def _connect_signals(self) -> None:
        self.entries.itemActivated.connect(self._on_entries_item_activated)
        self.entries.currentItemChanged.connect(self._on_entries_current_item_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    # -- public API ---------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[ContactTimelineEntry]) -> None:
        """Show `entries` (already newest first)."""
        self.entries.clear()
        for entry in entries:
            item = QListWidgetItem(icon(KIND_ICONS.get(entry.kind, "cases")), self._text(entry))
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(formatting.tooltip_text(entry.title))
            self.entries.addItem(item)
        if not entries:
            placeholder = QListWidgetItem(self.tr("No mails, calls, cases or orders yet"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.entries.addItem(placeholder)
        self._update_button()

    def entry_at(self, row: int) -> ContactTimelineEntry | None:
        item = self.entries.item(row)
        entry = item.data(ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, ContactTimelineEntry) else None

    def count(self) -> int:
        return sum(1 for row in range(self.entries.count()) if self.entry_at(row) is not None)

    def open_entry(self, entry: ContactTimelineEntry) -> None:
        """Ask for `entry` to be shown where it lives (nothing for an order)."""
        if entry.kind == "mail" and entry.id.isdigit():
            self.message_open_requested.emit(int(entry.id))
        elif entry.kind == "case":
            self.case_open_requested.emit(entry.id)
        elif entry.kind == "call":
            self.call_open_requested.emit(entry.id)

    # -- helpers ------------------------------------------------------------------------------

    def _text(self, entry: ContactTimelineEntry) -> str:
        when = formatting.date_time(entry.at, self._tz)
        first = (entry.title.strip().splitlines() or [""])[0]
        if len(first) > LINE_CHARS:
            first = first[: LINE_CHARS - 1] + "…"
        if entry.kind == "mail":
            what = self.tr("Mail from the customer") if entry.detail == "in" else self.tr("Mail to the customer")
        elif entry.kind == "call":
            what = self.tr("Call ({direction})").format(direction=call_direction_label(entry.detail))
        elif entry.kind == "case":
            what = self.tr("Case · {status}").format(status=case_status_label(entry.detail))
        else:
            what = self.tr("Order · {total}").format(total=formatting.yen(entry.amount_yen or 0))
            if entry.detail == "cancelled":
                what += " · " + self.tr("cancelled")
        return f"{when}  {what}\n{first}"

    def _current(self) -> ContactTimelineEntry | None:
        return self.entry_at(self.entries.currentRow())

    def _update_button(self) -> None:
        current = self._current()
        self.open_button.setEnabled(current is not None and current.kind in OPENABLE)

    # -- slots --------------------------------------------------------------------------------

    @Slot(QListWidgetItem)
    def _on_entries_item_activated(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        if isinstance(entry, ContactTimelineEntry):
            self.open_entry(entry)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_entries_current_item_changed(self, _current: QListWidgetItem, _previous: QListWidgetItem) -> None:
        self._update_button()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        current = self._current()
        if current is not None:
            self.open_entry(current)
