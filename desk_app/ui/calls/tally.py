"""The per-customer tally of a month's calls, and the small table that shows it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from desk_app.core.phones import normalize_phone
from desk_app.core.records import CallSummary
from desk_app.ui import formatting
from desk_app.ui.widgets.record_model import RecordTableModel


@dataclass(frozen=True)
class CustomerTally:
    """One customer's calls in a month; callers not on file are counted by their number."""

    id: str  # the contact id, or `phone:<digits>` for a caller not on file
    name: str
    phone: str
    calls: int
    incoming: int
    outgoing: int
    minutes: int

    @property
    def known(self) -> bool:
        return not self.id.startswith("phone:")


def customer_tallies(calls: Iterable[CallSummary]) -> list[CustomerTally]:
    """Calls, in/out and minutes per customer, most calls first (then most minutes, then name)."""
    groups: dict[str, list[CallSummary]] = {}
    for call in calls:
        key = call.contact_id or f"phone:{normalize_phone(call.phone) or call.phone}"
        groups.setdefault(key, []).append(call)
    tallies = [
        CustomerTally(
            id=key,
            name=next((c.contact_name for c in group if c.contact_name), ""),
            phone=group[0].phone,  # calls come newest first: the number last used
            calls=len(group),
            incoming=sum(1 for c in group if c.direction == "in"),
            outgoing=sum(1 for c in group if c.direction == "out"),
            minutes=sum(c.minutes for c in group),
        )
        for key, group in groups.items()
    ]
    return sorted(tallies, key=lambda t: (-t.calls, -t.minutes, t.name or t.phone))


class TallyColumn(IntEnum):
    """The tally table's columns, left to right."""

    CUSTOMER = 0
    CALLS = 1
    MINUTES = 2


class CustomerTallyModel(RecordTableModel[CustomerTally]):
    """Customers of the month with their call counts, most calls first.

    Signals: only QAbstractItemModel's own.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Customer"), self.tr("Calls"), self.tr("Minutes")]

    def cell(self, record: CustomerTally, column: int, role: int) -> Any:
        column = TallyColumn(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TallyColumn.CUSTOMER:
                return record.name or record.phone
            if column == TallyColumn.CALLS:
                return str(record.calls)
            return str(record.minutes)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TallyColumn.CUSTOMER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TallyColumn.CUSTOMER:
                if not record.known:
                    return formatting.tooltip_text(self.tr("Not on file: {phone}").format(phone=record.phone))
                return formatting.tooltip_text(record.phone)
            if column == TallyColumn.CALLS:
                return self.tr("Incoming {incoming} · outgoing {outgoing}").format(
                    incoming=record.incoming, outgoing=record.outgoing
                )
        return None
