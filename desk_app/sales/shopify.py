"""Shopify's orders export: one row per line item, order-level columns only on an order's first row."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from operator import itemgetter
from zoneinfo import ZoneInfo

from desk_app.sales.records import ImportedOrder, SkippedRow, SkipReason
from desk_app.sales.rows import LineColumns, RowError, cached_yen, column
from desk_app.sales.values import TOKYO, parse_datetime

SOURCE = "shopify"
REQUIRED_COLUMNS = ("Name", "Created at", "Lineitem quantity", "Lineitem price")
_ORDER_COLUMNS = ("Email", "Billing Name", "Shipping Name", "Created at", "Total", "Financial Status", "Cancelled at")
_LINE_COLUMNS = ("Lineitem sku", "Lineitem name", "Lineitem quantity", "Lineitem price")
# Every column parse_shopify reads (an export has some 80; the reader can leave the others unsplit).
COLUMNS_READ = ("Name", *_ORDER_COLUMNS, *_LINE_COLUMNS)


def missing_columns(header: list[str]) -> tuple[str, ...]:
    """The columns every Shopify orders export has that `header` lacks (none: it is one)."""
    return tuple(name for name in REQUIRED_COLUMNS if name not in header)


class _Order:
    """Where the order-level cells are (column indexes) and how they become an ImportedOrder."""

    def __init__(self, header: list[str], zone: ZoneInfo) -> None:
        self._datetime = partial(parse_datetime, zone=zone)
        # One C call fetches the cells an order needs (this runs once per order of a big file).
        self._cells = itemgetter(*(column(header, name) for name in _ORDER_COLUMNS))

    def read(self, number: str, cells: list[str]) -> ImportedOrder:
        email, billing_name, shipping_name, created, total, status, cancelled = self._cells(cells)
        total, cancelled = total.strip(), cancelled.strip()
        # Each cell parsed in a try of its own rather than through rows.cell: this runs once per
        # order of a big file, and the call with its reason costs as much as the parse of a total.
        try:
            created_at = self._datetime(created)
        except ValueError:
            raise RowError(SkipReason.BAD_DATE, created) from None
        try:
            total_yen = cached_yen(total) if total else 0
        except ValueError:
            raise RowError(SkipReason.BAD_AMOUNT, total) from None
        try:
            cancelled_at = self._datetime(cancelled) if cancelled else None
        except ValueError:
            raise RowError(SkipReason.BAD_DATE, cancelled) from None
        return ImportedOrder(number, email.strip(), (billing_name or shipping_name).strip(), created_at, total_yen,
                             status.strip().lower() or "paid", cancelled_at)


def parse_shopify(records: Iterable[tuple[int, list[str]]], header: list[str], zone: ZoneInfo = TOKYO
                  ) -> Iterator[ImportedOrder | SkippedRow]:
    """Each complete order (once its last row is read), and each row that cannot be used.

    `records` are reading.read_records() of a file with `header`; times without an offset are in
    `zone` (the shop's). A row with `Created at` starts
    an order; a row without it continues the order of the same Name just before it. When an
    order's first row is bad, its continuation rows are skipped with it.
    """
    number_at, created_at = column(header, "Name"), column(header, "Created at")
    orders = _Order(header, zone)
    sku, product, quantity, unit_price = (column(header, name) for name in _LINE_COLUMNS)
    lines = LineColumns(sku=sku, product=product, quantity=quantity, unit_price=unit_price)
    current: ImportedOrder | None = None
    skipped_number: str | None = None
    for line, cells in records:
        number = cells[number_at].strip()
        if not number:
            yield SkippedRow(line, SkipReason.NO_NUMBER)
            continue
        if cells[created_at].strip():
            if current is not None:
                yield current
            current, skipped_number = None, None
            try:
                order = orders.read(number, cells)
                order.lines.append(lines.read(cells))
            except RowError as exc:
                skipped_number = number
                yield SkippedRow(line, exc.reason, exc.value)
                continue
            current = order
        elif current is not None and current.number == number:
            try:
                current.lines.append(lines.read(cells))
            except RowError as exc:
                yield SkippedRow(line, exc.reason, exc.value)
        else:
            yield SkippedRow(line, SkipReason.ORDER_SKIPPED if number == skipped_number else SkipReason.ORPHAN_LINE,
                             number)
    if current is not None:
        yield current
