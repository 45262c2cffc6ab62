"""Imported orders made into the rows the store writes: the orders' and lines' column values, with
each order's shop day, whether it counts as a sale and its number key.

A big import builds these in the process that parses the file (sales.importing's worker), and the
process that stores hands them to SQLite as they are: tuples of strings and numbers cost little
to send between processes, and the storing side is left with SQLite's work and the day totals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from desk_app.core.clock import day_start_utc, local_day, utc_text, utc_text_of
from desk_app.core.orders import order_key
from desk_app.core.sales import counts_as_sale

# The columns of OrderRows.orders and .lines, in their order. The first value of each row is the
# order's index in the batch: the store adds the first id it gives the batch to make the id.
ORDER_COLUMNS = ("id", "source", "number", "email", "customer_name", "created_at", "total_yen", "financial_status",
                 "cancelled_at", "imported_at", "local_day", "counted", "number_key")
LINE_COLUMNS = ("order_id", "position", "sku", "name", "quantity", "unit_price_yen")


class OrderLineLike(Protocol):
    """A line item as an importer delivers it."""

    sku: str
    name: str
    quantity: int
    unit_price_yen: int


class OrderLike(Protocol):
    """An order as an importer delivers it (sales.records.ImportedOrder, core's DemoOrder)."""

    number: str
    email: str
    customer_name: str
    created_at: datetime
    total_yen: int
    financial_status: str
    cancelled_at: datetime | None

    @property
    def lines(self) -> Sequence[OrderLineLike]: ...


class ShopMoments:
    """A moment as the store writes it (clock.utc_text) and its shop day (`YYYY-MM-DD` in `zone`).

    Orders come in time order, most on the day of the one before: that day's bounds are kept, in
    UTC as the moments are turned into (comparing moments of one time zone is cheap), and the zone
    is consulted once a day.
    """

    def __init__(self, zone: ZoneInfo) -> None:
        self._zone = zone.key
        self._start = self._end = datetime.min.replace(tzinfo=UTC)
        self._day = ""

    def __call__(self, moment: datetime) -> tuple[str, str]:
        utc = moment.astimezone(UTC)
        if not self._start <= utc < self._end:
            day = local_day(utc, self._zone)
            self._day = day.isoformat()
            self._start = day_start_utc(day, self._zone)
            self._end = day_start_utc(day + timedelta(days=1), self._zone)
        return utc_text_of(utc), self._day


@dataclass
class OrderRows:
    """A batch of orders of one source as the store writes them.

    `numbers` are the batch's order numbers, each once; `orders` and `lines` their rows (columns
    ORDER_COLUMNS and LINE_COLUMNS; an order's lines together, in its orders' order). `given` and
    `given_lines` count the orders and lines handed in, an order given twice in the batch twice
    (the last one is the one stored).
    """

    source: str
    numbers: list[str]
    orders: list[tuple[Any, ...]]
    lines: list[tuple[Any, ...]]
    given: int
    given_lines: int


def order_rows(source: str, orders: Sequence[OrderLike], zone: ZoneInfo,
               imported_at: datetime | None = None) -> OrderRows:
    """The rows of `orders` imported from `source` (at `imported_at`, by default now): each
    order's shop day in `zone`, whether it counts as a sale and its number key filled in."""
    latest = {o.number: o for o in orders}
    imported = utc_text(imported_at or datetime.now(UTC))
    shop_moment = ShopMoments(zone)
    order_values: list[tuple[Any, ...]] = []
    line_values: list[tuple[Any, ...]] = []
    for index, (number, o) in enumerate(latest.items()):
        created, day = shop_moment(o.created_at)
        cancelled = o.cancelled_at
        order_values.append((index, source, number, o.email, o.customer_name, created, o.total_yen, o.financial_status,
                             None if cancelled is None else utc_text(cancelled), imported, day,
                             counts_as_sale(o.financial_status, cancelled), order_key(number)))
        line_values += [(index, position, line.sku, line.name, line.quantity, line.unit_price_yen)
                        for position, line in enumerate(o.lines)]
    return OrderRows(source, list(latest), order_values, line_values, len(orders), sum(len(o.lines) for o in orders))
