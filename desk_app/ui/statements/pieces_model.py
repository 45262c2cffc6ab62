"""The month's pieces (the statement's appendix) as a table, with the voided ones when asked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from desk_app.core.pieces import WorkPiece
from desk_app.core.statements import MonthlyStatement
from desk_app.ui import formatting
from desk_app.ui.statements.texts import kind_label, source_label
from desk_app.ui.widgets.record_model import RecordTableModel

VOIDED_COLOR = QColor("#8a9199")


@dataclass(frozen=True)
class PieceRow:
    """One piece as the list shows it; a voided one has no rate or amount, and its reason."""

    id: str
    at: datetime
    kind: str
    quantity: int
    rate_yen: int | None
    amount_yen: int | None
    customer: str
    source_kind: str | None
    note: str
    void_reason: str = ""
    voided: bool = False

    def matches(self, text: str) -> bool:
        """Whether `text` (already folded to lower case) occurs in the customer, note or reason."""
        return any(text in field.lower() for field in (self.customer, self.note, self.void_reason))


def piece_rows(statement: MonthlyStatement, voided: Sequence[WorkPiece]) -> list[PieceRow]:
    """The statement's live pieces and the month's `voided` ones, newest first."""
    rows = [PieceRow(p.id, p.at, p.kind, p.quantity, p.rate_yen, p.amount_yen, p.customer, p.source_kind, p.note)
            for p in statement.pieces]
    # A voided piece is named like the live ones: by its customer, else a caller by the number.
    names = {p.contact_id: p.customer for p in statement.pieces if p.contact_id}
    names |= {c.contact_id: c.name for c in statement.by_contact if c.contact_id}
    for v in voided:
        key = v.customer or ""
        phone = key.removeprefix("phone:") if key.startswith("phone:") else ""
        rows.append(PieceRow(v.id, v.at, v.kind, v.quantity, None, None, names.get(v.contact_id or "", phone),
                             v.source_kind, v.note, v.void_reason, voided=True))
    return sorted(rows, key=lambda r: (r.at, r.id), reverse=True)


class PieceColumn(IntEnum):
    """The piece list's columns, left to right."""

    TIME = 0
    KIND = 1
    QUANTITY = 2
    RATE = 3
    AMOUNT = 4
    CUSTOMER = 5
    SOURCE = 6
    NOTE = 7


NUMBER_COLUMNS = (PieceColumn.QUANTITY, PieceColumn.RATE, PieceColumn.AMOUNT)


class PiecesModel(RecordTableModel[PieceRow]):
    """The pieces shown (after the page's filters); a voided one is grey and struck through.

    Signals: only QAbstractItemModel's own.
    """

    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Kind"), self.tr("Qty"), self.tr("Rate"), self.tr("Amount"),
                self.tr("Customer"), self.tr("Source"), self.tr("Note")]

    def cell(self, record: PieceRow, column: int, role: int) -> Any:
        column = PieceColumn(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if record.voided and role == Qt.ItemDataRole.ForegroundRole:
            return VOIDED_COLOR
        if record.voided and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(column != PieceColumn.NOTE)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == PieceColumn.NOTE and self._text(record, column):
            return formatting.tooltip_text(self._text(record, column))
        return None

    def _text(self, record: PieceRow, column: PieceColumn) -> str:
        if column == PieceColumn.TIME:
            return record.at.astimezone(self._tz).strftime("%m/%d %H:%M")  # the month is the page's
        if column == PieceColumn.KIND:
            return kind_label(record.kind)
        if column == PieceColumn.QUANTITY:
            return f"{record.quantity:,}"
        if column == PieceColumn.RATE:
            return "—" if record.rate_yen is None else formatting.yen(record.rate_yen)
        if column == PieceColumn.AMOUNT:
            return "—" if record.amount_yen is None else formatting.yen(record.amount_yen)
        if column == PieceColumn.CUSTOMER:
            return record.customer
        if column == PieceColumn.SOURCE:
            return source_label(record.source_kind)
        if record.voided:
            reason = self.tr("Voided: {reason}").format(reason=record.void_reason) if record.void_reason \
                else self.tr("Voided")
            return f"{reason} · {record.note}" if record.note else reason
        return record.note.replace("\n", " ")
