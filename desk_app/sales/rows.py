"""What both importers do with one record: find its columns, read its line item, or say which cell is bad."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import TypeVar

from desk_app.sales.reading import ABSENT
from desk_app.sales.records import ImportedLine, SkipReason
from desk_app.sales.values import parse_quantity, parse_yen

T = TypeVar("T")

# Amounts and quantities repeat (a shop has a few hundred prices and a handful of quantities): a
# small cache saves parsing the same text again on every row of a big file.
_quantity = lru_cache(maxsize=1024)(parse_quantity)
cached_yen = lru_cache(maxsize=4096)(parse_yen)
LINES_KEPT = 20_000  # distinct lines LineColumns keeps at most (then it starts afresh)


class RowError(Exception):
    """A cell of the record cannot be used; carries why and the cell's text."""

    def __init__(self, reason: SkipReason, value: str) -> None:
        super().__init__(reason, value)
        self.reason = reason
        self.value = value


def cell(reason: SkipReason, parse: Callable[[str], T], text: str) -> T:
    """`parse(text)`, or RowError(reason, text) when it cannot be parsed."""
    try:
        return parse(text)
    except ValueError:
        raise RowError(reason, text) from None


def column(header: Sequence[str], name: str) -> int:
    """The index of the first column called `name`, or ABSENT (records read "" there)."""
    try:
        return header.index(name)
    except ValueError:
        return ABSENT


def _unit_price(total: int, quantity: int) -> int:
    """A line total shared over its items, rounded to the nearest yen (half up)."""
    whole, rest = divmod(total, quantity)
    return whole + (1 if 2 * rest >= quantity else 0)


class LineColumns:
    """Where a record's line item is (column indexes; ABSENT for a column the format lacks), and
    how it becomes an ImportedLine. The line total is read only when there is no unit price.

    Lines repeat (a shop sells a few hundred products, mostly one or two at a time): the line read
    from the same cells is kept and handed out again, which spares reading it anew on most lines of
    a big file, and lets the orders of one batch share their strings when they are sent on.
    """

    def __init__(self, *, sku: int, product: int, quantity: int, unit_price: int, line_total: int = ABSENT) -> None:
        self._by_total = unit_price == ABSENT
        # One C call fetches the cells a line needs (this runs once per line of a big file).
        self._cells = itemgetter(sku, product, quantity, line_total if self._by_total else unit_price)
        self._read: dict[tuple[str, ...], ImportedLine] = {}

    def read(self, cells: list[str]) -> ImportedLine:
        """The record's line item; raises RowError for a missing item, a bad quantity or a bad amount."""
        key = self._cells(cells)
        line = self._read.get(key)
        if line is None:
            line = self._parse(*key)
            if len(self._read) >= LINES_KEPT:
                self._read.clear()
            self._read[key] = line
        return line

    def _parse(self, sku: str, name: str, quantity_text: str, amount_text: str) -> ImportedLine:
        sku, name = sku.strip(), name.strip()
        if not name and not sku:
            raise RowError(SkipReason.NO_ITEM, "")
        try:
            quantity = _quantity(quantity_text)
        except ValueError:
            raise RowError(SkipReason.BAD_QUANTITY, quantity_text) from None
        try:
            amount = cached_yen(amount_text)
        except ValueError:
            raise RowError(SkipReason.BAD_AMOUNT, amount_text) from None
        return ImportedLine(sku or name, name or sku, quantity,
                            _unit_price(amount, quantity) if self._by_total else amount)
