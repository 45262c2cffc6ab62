"""Shopify's orders export: one row per line item, order-level columns only on an order's first row."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from desk_app.sales.records import ImportedLine, ImportedOrder, SkippedRow, SkipReason
from desk_app.sales.values import parse_datetime, parse_quantity, parse_yen

SOURCE = "shopify"
REQUIRED_COLUMNS = ("Name", "Created at", "Lineitem quantity", "Lineitem price")

T = TypeVar("T")


def looks_like_shopify(header: list[str]) -> bool:
    """True when the header has the columns a Shopify orders export always has."""
    return all(column in header for column in REQUIRED_COLUMNS)


class _RowError(Exception):
    """A cell of the row cannot be used; carries why and the cell's text."""

    def __init__(self, reason: SkipReason, value: str) -> None:
        super().__init__(reason, value)
        self.reason = reason
        self.value = value


def _parse(reason: SkipReason, parse: Callable[[str], T], text: str) -> T:
    try:
        return parse(text)
    except ValueError:
        raise _RowError(reason, text) from None


def _line(row: dict[str, str]) -> ImportedLine:
    name = row.get("Lineitem name", "").strip()
    sku = row.get("Lineitem sku", "").strip()
    if not name and not sku:
        raise _RowError(SkipReason.NO_ITEM, "")
    return ImportedLine(
        sku=sku or name,
        name=name or sku,
        quantity=_parse(SkipReason.BAD_QUANTITY, parse_quantity, row.get("Lineitem quantity", "")),
        unit_price_yen=_parse(SkipReason.BAD_AMOUNT, parse_yen, row.get("Lineitem price", "")),
    )


def _order(number: str, row: dict[str, str]) -> ImportedOrder:
    cancelled = row.get("Cancelled at", "").strip()
    total = row.get("Total", "").strip()
    return ImportedOrder(
        number=number,
        email=row.get("Email", "").strip(),
        customer_name=(row.get("Billing Name", "") or row.get("Shipping Name", "")).strip(),
        created_at=_parse(SkipReason.BAD_DATE, parse_datetime, row["Created at"]),
        total_yen=_parse(SkipReason.BAD_AMOUNT, parse_yen, total) if total else 0,
        financial_status=row.get("Financial Status", "").strip().lower() or "paid",
        cancelled_at=_parse(SkipReason.BAD_DATE, parse_datetime, cancelled) if cancelled else None,
    )


def parse_shopify(rows: Iterable[tuple[int, dict[str, str]]]) -> Iterator[ImportedOrder | SkippedRow]:
    """Each complete order (once its last row is read), and each row that cannot be used.

    A row with `Created at` starts an order; a row without it continues the order of the same Name
    just before it. When an order's first row is bad, its continuation rows are skipped with it.
    """
    current: ImportedOrder | None = None
    skipped_number: str | None = None
    for line, row in rows:
        number = row.get("Name", "").strip()
        if not number:
            yield SkippedRow(line, SkipReason.NO_NUMBER)
            continue
        starts = bool(row.get("Created at", "").strip())
        if starts:
            if current is not None:
                yield current
            current, skipped_number = None, None
            try:
                order = _order(number, row)
                order.lines.append(_line(row))
            except _RowError as exc:
                skipped_number = number
                yield SkippedRow(line, exc.reason, exc.value)
                continue
            current = order
        elif current is not None and current.number == number:
            try:
                current.lines.append(_line(row))
            except _RowError as exc:
                yield SkippedRow(line, exc.reason, exc.value)
        else:
            yield SkippedRow(line, SkipReason.ORDER_SKIPPED if number == skipped_number else SkipReason.ORPHAN_LINE,
                             number)
    if current is not None:
        yield current
