"""The customer list's table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from desk_app.core.records import ContactInfo
from desk_app.ui.icons import icon
from desk_app.ui.widgets.record_model import RecordTableModel


class ContactColumn(IntEnum):
    """The customer list's columns, left to right."""

    NAME = 0
    KANA = 1
    REACH = 2


def reach(contact: ContactInfo) -> str:
    """How to reach the customer at a glance: the first number, else the first address."""
    return (contact.phones or contact.emails or ("",))[0]


class ContactListModel(RecordTableModel[ContactInfo]):
    """Customers by kana; a flagged customer (unreasonable claims) carries a warning sign.

    Signals: only QAbstractItemModel's own.
    """

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kana"), self.tr("Phone / email")]

    def cell(self, record: ContactInfo, column: int, role: int) -> Any:
        column = ContactColumn(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ContactColumn.NAME:
                return record.name
            return record.kana if column == ContactColumn.KANA else reach(record)
        if column == ContactColumn.NAME and record.unreasonable:
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("warning")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Flagged: unreasonable claimant")
        return None
