"""The summary's definitions on a small hand-checked set: exclusions, AOV rounded down, Tokyo days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk_app.core.order_rows import order_rows
from desk_app.core.sales import average_order_value, counts_as_sale
from desk_app.paths import AppPaths
from desk_app.sales.analysis import MonthSales, ProductSales
from desk_app.sales.records import ImportedLine, ImportedOrder
from desk_app.services.context import Services
from desk_app.store import sales_repo

TOKYO = ZoneInfo("Asia/Tokyo")
CANCELLED = datetime(2026, 11, 5, tzinfo=UTC)


def order(number: str, created: datetime, lines: list[tuple[str, int, int]], *, status: str = "paid",
          cancelled: datetime | None = None) -> ImportedOrder:
    return ImportedOrder(number, "", "", created, 0, status, cancelled,
                         [ImportedLine(sku, f"name {sku}", qty, price) for sku, qty, price in lines])


# 2026-10-31 15:30 UTC is already 2026-11-01 00:30 in Tokyo: a November sale.
ORDERS = [
    order("#1", datetime(2026, 10, 31, 14, 59, tzinfo=UTC), [("A", 1, 1000)]),           # Oct (23:59 JST)
    order("#2", datetime(2026, 10, 31, 15, 30, tzinfo=UTC), [("A", 2, 1000), ("B", 1, 333)]),  # Nov
    order("#3", datetime(2026, 11, 10, 3, 0, tzinfo=UTC), [("B", 3, 333)], status="partially_refunded"),  # Nov
    order("#4", datetime(2026, 11, 11, 3, 0, tzinfo=UTC), [("A", 9, 1000)], status="refunded"),
    order("#5", datetime(2026, 11, 12, 3, 0, tzinfo=UTC), [("A", 9, 1000)], status="Voided"),
    order("#6", datetime(2026, 11, 13, 3, 0, tzinfo=UTC), [("C", 9, 5000)], cancelled=CANCELLED),
]


def open_with(tmp_path: Path, orders: list[ImportedOrder]) -> Services:
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "shop.db"))
    with opened.db.write() as session:
        sales_repo.upsert_orders(session, order_rows("shopify", orders, TOKYO))
    return opened


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_with(tmp_path, ORDERS)
    yield opened
    opened.close()


def test_cancelled_refunded_and_voided_orders_do_not_count() -> None:
    assert counts_as_sale("paid", None) and counts_as_sale("partially_refunded", None)
    assert not counts_as_sale("refunded", None) and not counts_as_sale("VOIDED", None)
    assert not counts_as_sale("paid", CANCELLED)
    assert (average_order_value(2002, 3), average_order_value(0, 0)) == (667, 0)


def test_summary_definitions(services: Services) -> None:
    summary = services.sales.summary()
    # Revenue: 1000 + (2000 + 333) + 999 = 4332 over 3 orders (4332 / 3 = 1444).
    assert (summary.revenue_yen, summary.orders, summary.units, summary.aov_yen) == (4332, 3, 7, 1444)
    assert summary.by_month == [MonthSales("2026-10", 1000, 1, 1), MonthSales("2026-11", 3332, 2, 6)]
    assert summary.top == [ProductSales("A", "name A", 3, 3000), ProductSales("B", "name B", 4, 1332)]


def test_aov_is_rounded_down(tmp_path: Path) -> None:
    day = datetime(2026, 11, 1, tzinfo=UTC)
    opened = open_with(tmp_path, [order("#1", day, [("A", 1, 1000)]), order("#2", day, [("A", 1, 1001)]),
                                  order("#3", day, [("B", 1, 1)])])
    try:
        summary = opened.sales.summary()
    finally:
        opened.close()
    assert (summary.revenue_yen, summary.orders, summary.aov_yen) == (2002, 3, 667)  # 667.33…


def test_top_breaks_revenue_ties_by_units(tmp_path: Path) -> None:
    opened = open_with(tmp_path, [order("#1", CANCELLED, [("X", 1, 600), ("Y", 2, 300), ("Z", 1, 100)])])
    try:
        assert [p.sku for p in opened.sales.summary().top] == ["Y", "X", "Z"]
    finally:
        opened.close()


def test_nothing_sold_is_all_zero(tmp_path: Path) -> None:
    opened = open_with(tmp_path, [])
    try:
        summary = opened.sales.summary()
        assert opened.sales.date_range() is None
    finally:
        opened.close()
    assert (summary.revenue_yen, summary.orders, summary.units, summary.aov_yen, summary.by_month, summary.top) == (
        0, 0, 0, 0, [], [])


def test_the_period_is_tokyo_days_with_an_inclusive_end(services: Services) -> None:
    november = services.sales.summary(start=date(2026, 11, 1), end=date(2026, 11, 30))
    assert (november.revenue_yen, november.orders, [m.month for m in november.by_month]) == (3332, 2, ["2026-11"])
    october = services.sales.summary(end=date(2026, 10, 31))
    assert (october.revenue_yen, october.orders) == (1000, 1)
    tenth = services.sales.summary(start=date(2026, 11, 10), end=date(2026, 11, 10))
    assert (tenth.revenue_yen, tenth.units) == (999, 3)
    assert services.sales.date_range() == (date(2026, 10, 31), date(2026, 11, 13))
