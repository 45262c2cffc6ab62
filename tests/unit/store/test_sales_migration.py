"""Migration 0008 on a db that already has orders: they learn their shop day (the zone setting),
whether they count and their number key, and the day totals are filled as the store keeps them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from desk_app.store import db as dbmod
from desk_app.store import files
from desk_app.store.db import open_database

STAMP = "2026-11-01T00:00:00.000000Z"
ORDERS = [
    # id, number, created_at (UTC), financial status, cancelled at
    (1, "#1001", "2026-10-31T14:59:00.000000Z", "paid", None),       # 23:59 on 10-31 in Tokyo
    (2, "＃1002", "2026-10-31T15:30:00.000000Z", "Paid", None),      # 00:30 on 11-01
    (3, "#1003", "2026-11-01T03:00:00.000000Z", "REFUNDED", None),
    (4, "#1004", "2026-11-01T04:00:00.000000Z", "paid", "2026-11-02T00:00:00.000000Z"),
    (5, "#1005", "2026-11-01T05:00:00.000000Z", "partially_refunded", None),
]
LINES = [  # order id, position, sku, name, quantity, unit price
    (1, 0, "A", "湯呑み", 1, 1000), (2, 0, "A", "湯呑み", 2, 1000), (2, 1, "B", "急須", 1, 3300),
    (3, 0, "A", "湯呑み", 5, 1000), (4, 0, "B", "急須", 1, 3300), (5, 0, "B", "急須", 2, 3300),
    (5, 1, "B", "急須", 1, 3300),
]


def make_0007_db(path: Path, timezone: str | None = None) -> None:
    files.create_private_file(path)
    engine = dbmod.make_engine(path)
    dbmod.migrate(engine, "0007")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO orders (id, source, number, email, customer_name, created_at, total_yen, financial_status,"
            " cancelled_at, imported_at) VALUES (?, 'shopify', ?, '', '', ?, 0, ?, ?, ?)",
            [(*order, STAMP) for order in ORDERS])
        conn.executemany("INSERT INTO order_lines (order_id, position, sku, name, quantity, unit_price_yen)"
                         " VALUES (?, ?, ?, ?, ?, ?)", LINES)
        if timezone:
            conn.execute("INSERT INTO settings (name, value) VALUES ('timezone', ?)", (f'"{timezone}"',))


def read(path: Path, query: str) -> list[tuple]:
    database = open_database(path)
    try:
        with database.read() as session:
            return [tuple(row) for row in session.execute(text(query))]
    finally:
        database.close()


def test_0008_fills_the_orders_facts_and_the_day_totals(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    make_0007_db(path)
    assert read(path, "SELECT id, local_day, counted, number_key FROM orders ORDER BY id") == [
        (1, "2026-10-31", 1, "1001"), (2, "2026-11-01", 1, "1002"), (3, "2026-11-01", 0, "1003"),
        (4, "2026-11-01", 0, "1004"), (5, "2026-11-01", 1, "1005")]
    assert read(path, "SELECT * FROM sales_days ORDER BY day") == [
        ("2026-10-31", 1, 1000, 1), ("2026-11-01", 2, 2000 + 3300 + 9900, 2 + 1 + 3)]
    assert read(path, "SELECT * FROM sales_day_products ORDER BY day, sku") == [
        ("2026-10-31", "A", "湯呑み", 1, 1, 1000), ("2026-11-01", "A", "湯呑み", 1, 2, 2000),
        ("2026-11-01", "B", "急須", 2, 4, 13200)]


def test_0008_takes_the_days_in_the_zone_set(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    make_0007_db(path, timezone="UTC")
    assert read(path, "SELECT day, orders FROM sales_days ORDER BY day") == [("2026-10-31", 2), ("2026-11-01", 1)]
