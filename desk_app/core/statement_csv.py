"""A statement as spreadsheet rows: header, lines, adjustments, totals and the appendix of pieces.

Labels come from the caller (the CLI and the window word them in the user's language); without a
label a row shows its key. Text cells that a spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

from collections.abc import Mapping
from zoneinfo import ZoneInfo

from desk_app.core.statements import MonthlyStatement

Cell = str | int

# A spreadsheet takes a cell starting with these as a formula (or, for tab and CR, may shift it
# into one); a leading apostrophe makes it plain text (the OWASP advice against CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Cell | None) -> Cell:
    """Numbers as they are; text that could start a formula with an apostrophe in front."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def statement_rows(statement: MonthlyStatement, zone: str, labels: Mapping[str, str] | None = None) -> list[list[Cell]]:
    """The statement as rows of cells, every text cell already made safe."""
    labels = labels or {}

    def word(key: str) -> str:
        return labels.get(key, key)

    tz = ZoneInfo(zone)
    rows: list[list[Cell | None]] = [
        [word("agent"), statement.agent],
        [word("month"), statement.month],
        [word("status"), word(statement.status)],
        [word("registration_number"), statement.tax.registration_number or ""],
        [],
        [word("lines")],
        [word("kind"), word("rate_yen"), word("count"), word("amount_yen")],
        *([word(line.kind), line.rate_yen, line.count, line.amount_yen] for line in statement.lines),
        [],
        [word("adjustments")],
        [word("reason"), word("reference"), word("amount_yen")],
        *([a.reason, a.reference or "", a.amount_yen] for a in statement.adjustments),
        [],
        [word("subtotal_yen"), statement.subtotal_yen],
        [word("tax_mode"), word(statement.tax.mode)],
        [word("tax_rate_percent"), statement.tax_rate_percent],
        [word("tax_yen"), statement.tax_yen],
        [word("total_yen"), statement.total_yen],
        [],
        [word("pieces")],
        [word("at"), word("kind"), word("quantity"), word("rate_yen"), word("amount_yen"), word("customer"),
         word("note")],
        *([f"{p.at.astimezone(tz):%Y-%m-%d %H:%M}", word(p.kind), p.quantity, p.rate_yen, p.amount_yen, p.customer,
           p.note] for p in statement.pieces),
    ]
    return [[safe_cell(cell) for cell in row] for row in rows]
