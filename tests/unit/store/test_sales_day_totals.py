"""The day totals (sales_days, sales_day_products) stay equal to a plain recount of the orders and
their lines, whatever the upserts do: new orders, re-imports that move an order to another day,
cancel or refund it, change its lines, the same order twice in one batch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desk_app.core.order_rows import order_rows
from desk_app.paths import AppPaths
from desk_app.sales.records import ImportedLine as Line
from desk_app.sales.records import ImportedOrder as Sale
from desk_app.services.context import Services
from desk_app.store import sales_repo
from desk_app.store.db import Database, open_database

TOKYO = ZoneInfo("Asia/Tokyo")


def sale(number: str, created: datetime, *lines: tuple[str, int, int], status: str = "paid",
         cancelled: datetime | None = None, name: str = "") -> Sale:
    return Sale(number, "", "", created, 0, status, cancelled,
                list(Line(sku, name or f"name {sku}", qty, price) for sku, qty, price in lines))


def totals(db: Database) -> tuple[dict, dict]:
    with db.read() as session:
        days = {row[0]: tuple(row[1:]) for row in session.execute(text("SELECT * FROM sales_days"))}
        products = {(row[0], row[1]): tuple(row[2:]) for row in session.execute(text(
            "SELECT day, sku, name, orders, units, revenue_yen FROM sales_day_products"))}
    return days, products


def recount(db: Database) -> tuple[dict, dict]:
    """The day totals by their definition, from the orders and lines as stored."""
    with db.read() as session:
        orders = {order_id: (day, counted) for order_id, day, counted in session.execute(text(
            "SELECT id, local_day, counted FROM orders"))}
        lines = list(session.execute(text(
            "SELECT id, order_id, sku, name, quantity, unit_price_yen FROM order_lines ORDER BY id")))
    days: dict[str, list] = {}
    products: dict[tuple[str, str], list] = {}
    day_orders: dict[str, set] = {}
    product_orders: dict[tuple[str, str], set] = {}
    for _, order_id, sku, name, quantity, price in lines:
        day, counted = orders[order_id]
        if not counted:
            continue
        d = days.setdefault(day, [0, 0])
        d[0] += quantity * price
        d[1] += quantity
        day_orders.setdefault(day, set()).add(order_id)
        p = products.setdefault((day, sku), ["", 0, 0])
        p[0] = name  # lines in id order: the latest line's name wins
        p[1] += quantity
        p[2] += quantity * price
        product_orders.setdefault((day, sku), set()).add(order_id)
    return ({day: (len(day_orders[day]), revenue, units) for day, (revenue, units) in days.items()},
            {key: (name, len(product_orders[key]), units, revenue) for key, (name, units, revenue) in products.items()})


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "shop.db")
    yield opened
    opened.close()


def upsert(db: Database, *orders: Sale, source: str = "shopify") -> int:
    with db.write() as session:
        return sales_repo.upsert_orders(session, order_rows(source, orders, TOKYO))


def test_an_import_fills_the_orders_facts_and_the_totals(db: Database) -> None:
    # 15:30 UTC on 10-31 is 00:30 on 11-01 in Tokyo.
    assert upsert(db, sale("＃1001", datetime(2026, 10, 31, 15, 30, tzinfo=UTC), ("A", 2, 500), ("B", 1, 300)),
                  sale("#1002", datetime(2026, 11, 1, 1, 0, tzinfo=UTC), ("A", 1, 500), status="refunded")) == 0
    with db.read() as session:
        facts = list(session.execute(text("SELECT number, local_day, counted, number_key FROM orders ORDER BY id")))
    assert facts == [("＃1001", "2026-11-01", 1, "1001"), ("#1002", "2026-11-01", 0, "1002")]
    assert totals(db) == ({"2026-11-01": (1, 1300, 3)},
                          {("2026-11-01", "A"): ("name A", 1, 2, 1000), ("2026-11-01", "B"): ("name B", 1, 1, 300)})


def test_a_reimport_that_moves_an_order_updates_both_days(db: Database) -> None:
    first, second = datetime(2026, 11, 2, 1, tzinfo=UTC), datetime(2026, 11, 3, 1, tzinfo=UTC)
    upsert(db, sale("#1", first, ("A", 1, 1000)))
    upsert(db, sale("#2", first, ("A", 2, 1000), ("B", 1, 100), name="new name"))
    assert totals(db) == ({"2026-11-02": (2, 3100, 4)}, {("2026-11-02", "A"): ("new name", 2, 3, 3000),
                                                         ("2026-11-02", "B"): ("new name", 1, 1, 100)})
    assert upsert(db, sale("#2", second, ("A", 1, 1000), name="renamed")) == 1
    # The 2nd's A row lost its latest line: its name is again the one of the line still there.
    assert totals(db) == ({"2026-11-02": (1, 1000, 1), "2026-11-03": (1, 1000, 1)},
                          {("2026-11-02", "A"): ("name A", 1, 1, 1000), ("2026-11-03", "A"): ("renamed", 1, 1, 1000)})
    # Cancelled later: its day empties and goes.
    upsert(db, sale("#2", second, ("A", 1, 1000), cancelled=second))
    assert totals(db) == ({"2026-11-02": (1, 1000, 1)}, {("2026-11-02", "A"): ("name A", 1, 1, 1000)})
    assert totals(db) == recount(db)


def test_the_same_number_from_two_sources_is_two_orders(db: Database) -> None:
    day = datetime(2026, 11, 2, 1, tzinfo=UTC)
    upsert(db, sale("1001", day, ("A", 1, 1000)))
    assert upsert(db, sale("1001", day, ("A", 1, 1000)), source="base") == 0
    assert totals(db)[0] == {"2026-11-02": (2, 2000, 2)}


def test_the_same_order_twice_in_a_batch_counts_once_and_the_last_wins(db: Database) -> None:
    day = datetime(2026, 11, 2, 1, tzinfo=UTC)
    assert upsert(db, sale("#1", day, ("A", 1, 1000)), sale("#1", day, ("B", 3, 10))) == 1
    assert totals(db) == ({"2026-11-02": (1, 30, 3)}, {("2026-11-02", "B"): ("name B", 1, 3, 30)})


BASE = datetime(2026, 11, 1, 14, tzinfo=UTC)  # 23:00 in Tokyo: a few hours more is the next day
lines_st = st.lists(st.tuples(st.sampled_from("ABC"), st.integers(0, 3), st.sampled_from([100, 250])), max_size=3)
order_st = st.builds(
    lambda number, hours, lines, status, cancelled, name: sale(
        f"#{number}", BASE + timedelta(hours=hours), *lines, status=status,
        cancelled=BASE if cancelled else None, name=name),
    st.integers(1, 6), st.integers(0, 30), lines_st, st.sampled_from(["paid", "refunded", "partially_refunded"]),
    st.booleans(), st.sampled_from(["", "x", "y"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(order_st, max_size=4), min_size=1, max_size=5))
def test_the_totals_always_equal_a_recount(db: Database, batches: list[list[Sale]]) -> None:
    with db.write() as session:
        for table in ("order_lines", "orders", "sales_days", "sales_day_products"):
            session.execute(text(f"DELETE FROM {table}"))
    for batch in batches:
        upsert(db, *batch)
        assert totals(db) == recount(db)


def test_the_demo_orders_fill_the_totals(tmp_path: Path) -> None:
    services = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "shop.db"))
    try:
        assert services.demo.load().orders > 0
        days, products = totals(services.db)
        assert days and (days, products) == recount(services.db)
        assert services.sales.summary().orders == sum(orders for orders, _, _ in days.values())
    finally:
        services.close()
