"""The message list as a lazy table model.

It holds only the ordered id list of one query (sorting and filtering happen in SQL) and fetches
the rows it is asked to show in pages of PAGE_SIZE into a small LRU cache, so a folder of 100,000
messages costs one id list and a few hundred rows.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desk_app.core.records import MessageSummary
from desk_app.ui import formatting
from desk_app.ui.icons import icon

PAGE_SIZE = 200
MAX_CACHED_PAGES = 10

MESSAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEEN_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The message list's columns, left to right."""

    FROM = 0
    SUBJECT = 1
    DATE = 2
    ATTACHMENT = 3


class SummarySource(Protocol):
    """What the model needs of the mail service."""

    def summaries(self, ids: Sequence[int]) -> list[MessageSummary]: ...


class MessageListModel(QAbstractTableModel):
    """Rows of one folder's messages, newest first, fetched page by page as the view needs them.

    Signals: only QAbstractItemModel's own (modelReset on a new id list, dataChanged when a row's
    read state changes).
    """

    def __init__(self, mail: SummarySource, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mail = mail
        self._tz = tz
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, MessageSummary]] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- public API ---------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show a new ordered id list; rows are fetched later, when the view asks for them."""
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, message_id: int) -> int | None:
        try:
            return self._ids.index(message_id)
        except ValueError:
            return None

    def message_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def summary(self, row: int) -> MessageSummary | None:
        """The row's record, fetching its page if needed; None if the message is gone."""
        if not 0 <= row < len(self._ids):
            return None
        page = self._page(row // PAGE_SIZE)
        return page.get(self._ids[row])

    def set_seen(self, message_id: int, seen: bool = True) -> None:
        """Update one cached row after it was marked read, and repaint only that row."""
        row = self.row_of(message_id)
        if row is None:
            return
        page = self._pages.get(row // PAGE_SIZE)
        if page is None or message_id not in page:
            return  # not cached: the next fetch reads the new state from the db
        page[message_id] = dataclasses.replace(page[message_id], seen=seen)
        self.dataChanged.emit(
            self.index(row, 0), self.index(row, len(Column) - 1), [Qt.ItemDataRole.FontRole, SEEN_ROLE]
        )

    def cached_pages(self) -> list[int]:
        """Page numbers in the cache (for tests and diagnostics)."""
        return list(self._pages)

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.FROM: self.tr("From"),
                Column.SUBJECT: self.tr("Subject"),
                Column.DATE: self.tr("Date"),
                Column.ATTACHMENT: "",
            }[column]
        if role == Qt.ItemDataRole.DecorationRole and column == Column.ATTACHMENT:
            return icon("attachment")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ATTACHMENT:
            return self.tr("Attachments")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.FontRole:
            return None if summary.seen else self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == Column.ATTACHMENT:
            return icon("attachment") if summary.has_attachments else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == MESSAGE_ID_ROLE:
            return summary.id
        if role == SEEN_ROLE:
            return summary.seen
        return None

    # -- internals ----------------------------------------------------------------------------

    def _display(self, summary: MessageSummary, column: Column) -> str:
        if column == Column.FROM:
            return summary.from_name or summary.from_address
        if column == Column.SUBJECT:
            return summary.subject or self.tr("(no subject)")
        if column == Column.DATE:
            return formatting.date_time(summary.date, self._tz)
        return ""

    def _tooltip(self, summary: MessageSummary, column: Column) -> str | None:
        if column == Column.FROM and summary.from_address:
            if summary.from_name:
                return formatting.tooltip_text(f"{summary.from_name} <{summary.from_address}>")
            return formatting.tooltip_text(summary.from_address)
        if column == Column.SUBJECT and summary.subject:
            return formatting.tooltip_text(summary.subject)
        if column == Column.ATTACHMENT and summary.has_attachments:
            return self.tr("Has attachments")
        return None

    def _page(self, number: int) -> dict[int, MessageSummary]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        page = {s.id: s for s in self._mail.summaries(ids)}
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page
