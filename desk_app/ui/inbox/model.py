"""The message list as a lazy table model.

It holds only the ordered id list of one query (sorting and filtering happen in SQL) and fetches
the rows it is asked to show in pages of PAGE_SIZE into a small LRU cache, so a folder of 100,000
messages costs one id list and a few hundred rows. In a threaded list each id is the newest
message of a conversation, and a page also fetches how many messages each conversation holds.
"""

from __future__ import annotations

import dataclasses
import html
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
FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 3
THREAD_SIZE_ROLE = Qt.ItemDataRole.UserRole + 4  # messages in the row's conversation (1 unthreaded)

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The message list's columns, left to right."""

    FROM = 0
    SUBJECT = 1
    DATE = 2
    ATTACHMENT = 3
    FLAG = 4


# The columns a header click sorts by, as the mail service names the order (SQL does the sorting).
SORT_KEYS = {Column.FROM: "from", Column.SUBJECT: "subject", Column.DATE: "date"}


class SummarySource(Protocol):
    """What the model needs of the mail service."""

    def summaries(self, ids: Sequence[int]) -> list[MessageSummary]: ...

    def thread_sizes(self, ids: Sequence[int]) -> dict[int, int]: ...


class _Page:
    """One cached page: the rows by id, and (threaded) each row's conversation size."""

    __slots__ = ("rows", "sizes")

    def __init__(self, rows: dict[int, MessageSummary], sizes: dict[int, int]) -> None:
        self.rows = rows
        self.sizes = sizes


class MessageListModel(QAbstractTableModel):
    """Rows of one folder's messages (or conversations), fetched page by page as the view needs them.

    Signals: only QAbstractItemModel's own (modelReset on a new id list, dataChanged when a row's
    read or flag state changes).
    """

    def __init__(self, mail: SummarySource, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mail = mail
        self._tz = tz
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}  # id → row, so finding a row never scans 100,000 ids
        self._threaded = False
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- public API ---------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int], *, threaded: bool = False) -> None:
        """Show a new ordered id list; rows are fetched later, when the view asks for them.

        `threaded`: each id stands for its conversation (the row shows how many messages it has).
        """
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {message_id: row for row, message_id in enumerate(self._ids)}
        self._threaded = threaded
        self._pages.clear()
        self.endResetModel()

    def is_threaded(self) -> bool:
        return self._threaded

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, message_id: int) -> int | None:
        return self._rows.get(message_id)

    def message_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def summary(self, row: int) -> MessageSummary | None:
        """The row's record, fetching its page if needed; None if the message is gone."""
        if not 0 <= row < len(self._ids):
            return None
        page = self._page(row // PAGE_SIZE)
        return page.rows.get(self._ids[row])

    def thread_size(self, row: int) -> int:
        """How many messages the row's conversation holds (1 when the list is not threaded)."""
        if not self._threaded or not 0 <= row < len(self._ids):
            return 1
        return self._page(row // PAGE_SIZE).sizes.get(self._ids[row], 1)

    def set_seen(self, message_id: int, seen: bool = True) -> None:
        """Update one cached row after it was marked read or unread, and repaint only that row."""
        self._update(message_id, [Qt.ItemDataRole.FontRole, SEEN_ROLE], seen=seen)

    def set_flagged(self, message_id: int, flagged: bool) -> None:
        """Update one cached row after it was flagged or unflagged, and repaint only that row."""
        self._update(message_id, [Qt.ItemDataRole.DecorationRole, FLAGGED_ROLE], flagged=flagged)

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
                Column.FLAG: "",
            }[column]
        if role == Qt.ItemDataRole.DecorationRole and column == Column.ATTACHMENT:
            return icon("attachment")
        if role == Qt.ItemDataRole.DecorationRole and column == Column.FLAG:
            return icon("flag-outline")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ATTACHMENT:
            return self.tr("Attachments")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.FLAG:
            return self.tr("Flagged")
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # A first click on Date shows the newest first; names and subjects go A to Z.
            descending = column == Column.DATE
            return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
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
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.ATTACHMENT:
                return icon("attachment") if summary.has_attachments else None
            if column == Column.FLAG:
                return icon("flag") if summary.flagged else None
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column, self.thread_size(index.row()))
        if role == MESSAGE_ID_ROLE:
            return summary.id
        if role == SEEN_ROLE:
            return summary.seen
        if role == FLAGGED_ROLE:
            return summary.flagged
        if role == THREAD_SIZE_ROLE:
            return self.thread_size(index.row())
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

    def _tooltip(self, summary: MessageSummary, column: Column, thread_size: int) -> str | None:
        if column == Column.FROM and summary.from_address:
            if summary.from_name:
                return formatting.tooltip_text(f"{summary.from_name} <{summary.from_address}>")
            return formatting.tooltip_text(summary.from_address)
        if column == Column.SUBJECT and summary.subject:
            if thread_size > 1:
                count = self.tr("%n message(s) in this conversation", "", thread_size)
                return f"{formatting.tooltip_text(summary.subject)}<br>{html.escape(count)}"
            return formatting.tooltip_text(summary.subject)
        if column == Column.ATTACHMENT and summary.has_attachments:
            return self.tr("Has attachments")
        if column == Column.FLAG:
            return self.tr("Flagged") if summary.flagged else self.tr("Click to flag")
        return None

    def _update(self, message_id: int, roles: list[int], **changes: bool) -> None:
        row = self.row_of(message_id)
        if row is None:
            return
        page = self._pages.get(row // PAGE_SIZE)
        if page is None or message_id not in page.rows:
            return  # not cached: the next fetch reads the new state from the db
        page.rows[message_id] = dataclasses.replace(page.rows[message_id], **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1), roles)

    def _page(self, number: int) -> _Page:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        rows = {s.id: s for s in self._mail.summaries(ids)}
        sizes = self._mail.thread_sizes(ids) if self._threaded and ids else {}
        page = _Page(rows, sizes)
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page
