"""Any other platform's orders export, read through a column mapping (sales.profiles.ImportProfile).

An order is the run of consecutive rows with the same order number: one row per line item, the
order-level cells (date, email, total, status…) read from its first row, whether the platform
repeats them on every row (BASE) or writes them once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from zoneinfo import ZoneInfo

from desk_app.sales.profiles import ImportProfile, ProfileField, fold
from desk_app.sales.reading import ABSENT
from desk_app.sales.records import ImportedOrder, SkippedRow, SkipReason
from desk_app.sales.rows import LineColumns, RowError, cell
from desk_app.sales.values import TOKYO, parse_datetime, parse_yen

_REFUND_WORDS = ("返金", "refund")


def missing_columns(profile: ImportProfile, header: list[str]) -> tuple[str, ...]:
    """The columns `profile` reads that `header` lacks (none: the profile fits the file)."""
    return tuple(dict.fromkeys(c for c in profile.columns.values() if c not in header))


def _void_status(status: str, cancelled: frozenset[str]) -> str | None:
    """`refunded` or `voided` (the statuses an order does not count with) when `status` is one of
    the profile's cancelled values, else None."""
    folded = fold(status)
    if folded not in cancelled:
        return None
    return "refunded" if any(word in folded for word in _REFUND_WORDS) else "voided"


class _Order:
    """Where the order-level cells are (column indexes) and how they become an ImportedOrder."""

    def __init__(self, profile: ImportProfile, header: list[str], zone: ZoneInfo) -> None:
        self._datetime = partial(parse_datetime, zone=zone)
        def at(name: ProfileField) -> int:
            return header.index(profile.columns[name]) if name in profile.columns else ABSENT

        self.number = at(ProfileField.NUMBER)
        self.date = at(ProfileField.DATE)
        self.email = at(ProfileField.EMAIL)
        self.customer = at(ProfileField.CUSTOMER)
        self.total = at(ProfileField.TOTAL)
        self.status = at(ProfileField.STATUS)
        self.cancelled = frozenset(fold(v) for v in profile.cancelled_values)
        self.lines = LineColumns(sku=at(ProfileField.SKU), product=at(ProfileField.PRODUCT),
                                 quantity=at(ProfileField.QUANTITY), unit_price=at(ProfileField.UNIT_PRICE),
                                 line_total=at(ProfileField.LINE_TOTAL))

    def read(self, number: str, cells: list[str]) -> ImportedOrder:
        total = cells[self.total].strip()
        return ImportedOrder(
            number=number,
            email=cells[self.email].strip(),
            customer_name=cells[self.customer].strip(),
            created_at=cell(SkipReason.BAD_DATE, self._datetime, cells[self.date]),
            total_yen=cell(SkipReason.BAD_AMOUNT, parse_yen, total) if total else 0,
            financial_status=_void_status(cells[self.status], self.cancelled) or "paid",
            cancelled_at=None,
        )


def _complete(order: ImportedOrder, summed: bool) -> ImportedOrder:
    """The order once all its rows are read; without a total (no column, or an empty cell), its
    total is the sum of its lines."""
    if summed:
        order.total_yen = sum(line.quantity * line.unit_price_yen for line in order.lines)
    return order


def parse_generic(records: Iterable[tuple[int, list[str]]], header: list[str], zone: ZoneInfo = TOKYO, *,
                  profile: ImportProfile) -> Iterator[ImportedOrder | SkippedRow]:
    """Each complete order (once its last row is read), and each row that cannot be used.

    `records` are reading.read_records() of a file with `header`, which must have every column of
    `profile` (missing_columns); times without an offset are in `zone` (the shop's). A status among the profile's cancelled values makes the order
    `refunded` (a refund word in it) or `voided`: either way it does not count as a sale. When an
    order's first row is bad, the rest of its rows are skipped with it.
    """
    orders = _Order(profile, header, zone)
    current: ImportedOrder | None = None
    current_number: str | None = None
    summed = False
    for line, cells in records:
        number = cells[orders.number].strip()
        if not number:
            yield SkippedRow(line, SkipReason.NO_NUMBER)
            continue
        if number != current_number:
            if current is not None:
                yield _complete(current, summed)
            current, current_number, summed = None, number, not cells[orders.total].strip()
            try:
                order = orders.read(number, cells)
                order.lines.append(orders.lines.read(cells))
            except RowError as exc:
                yield SkippedRow(line, exc.reason, exc.value)
                continue
            current = order
        elif current is None:
            yield SkippedRow(line, SkipReason.ORDER_SKIPPED, number)
        else:
            try:
                current.lines.append(orders.lines.read(cells))
            except RowError as exc:
                yield SkippedRow(line, exc.reason, exc.value)
    if current is not None:
        yield _complete(current, summed)
