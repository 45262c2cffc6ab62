"""Every analysis of issue #8 on one small hand-checked set of orders and cases (Tokyo days).

Counted orders (the refunded #1007 and the cancelled #1008 are not):
  #1000 09-15 e@   E×1 @700                    =   700
  #1001 11-02 a@   A×1 @1000, B×2 @500          = 2,000
  #1002 11-02 b@   A×1, B×1                     = 1,500
  #1003 11-03 A@   A×2, C×1 @300                = 2,300   (the same customer as a@)
  #1004 11-09 c@   B×1, C×1                     =   800
  #1005 11-10 b@   A×1, B×1, B×1 (two lines)     = 2,000
  #1006 12-01 —    D×1 @2000                    = 2,000   (no email)
Products: A 5 units ¥5,000 (4 orders), B 6 ¥3,000 (4), C 2 ¥600 (2), D 1 ¥2,000, E 1 ¥700.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk_app.core.order_rows import order_rows
from desk_app.paths import AppPaths
from desk_app.sales.records import ImportedLine as Line
from desk_app.sales.records import ImportedOrder as Sale
from desk_app.sales.analysis import (
    MonthSales, PeriodSales, ProductClaims, ProductPair, ProductSales, RepeatCustomers, SlowMover, revenue_by,
)
from desk_app.services.context import Services
from desk_app.store import sales_repo
from desk_app.store.models import Case

TOKYO = ZoneInfo("Asia/Tokyo")
NOV = (date(2026, 11, 1), date(2026, 11, 30))
PRICES = {"A": 1000, "B": 500, "C": 300, "D": 2000, "E": 700}


def sale(number: str, day: str, email: str, items: list[tuple[str, int]], *, status: str = "paid",
         cancelled: bool = False) -> Sale:
    created = datetime.fromisoformat(f"{day}T01:00:00+00:00")  # 10:00 in Tokyo, the same day
    return Sale(number, email, "", created, 0, status, created if cancelled else None,
                list(Line(sku, f"商品{sku}", qty, PRICES[sku]) for sku, qty in items))


ORDERS = [
    sale("#1000", "2026-09-15", "e@example.jp", [("E", 1)]),
    sale("#1001", "2026-11-02", "a@example.jp", [("A", 1), ("B", 2)]),
    sale("#1002", "2026-11-02", "b@example.jp", [("A", 1), ("B", 1)]),
    sale("#1003", "2026-11-03", " A@Example.JP", [("A", 2), ("C", 1)]),
    sale("#1004", "2026-11-09", "c@example.jp", [("B", 1), ("C", 1)]),
    sale("#1005", "2026-11-10", "b@example.jp", [("A", 1), ("B", 1), ("B", 1)]),
    sale("#1006", "2026-12-01", "", [("D", 1)]),
    sale("#1007", "2026-11-04", "a@example.jp", [("A", 5), ("C", 1)], status="refunded"),
    sale("#1008", "2026-11-05", "d@example.jp", [("D", 3)], cancelled=True),
]

# (order number as the case has it, category, deleted)
CASES = [
    ("＃1001", "quality.damaged", False),      # K1: A, B
    ("1003", "delivery.late", False),           # K2: A, C
    ("#1005", "quality.damaged", False),        # K3: A, B (B on two lines: one claim)
    ("#1007", "quality.not_working", False),    # K4: the refunded order's A, C still count as claims
    ("#1001", "inquiry.product", False),        # an inquiry, not a claim
    ("#1002", None, False),                     # not categorised yet: not a claim
    ("#1004", "quality.damaged", True),         # deleted
    ("#9999", "quality.damaged", False),        # no such order
    ("#1000", "quality.damaged", False),        # K9: E, in September
]


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "shop.db"))
    with opened.db.write() as session:
        sales_repo.upsert_orders(session, order_rows("shopify", ORDERS, TOKYO))
        stamp = datetime(2026, 12, 2, tzinfo=UTC)
        session.add_all(Case(title=f"case {i}", order_number=number, category=category, device_id="dev",
                             deleted_at=stamp if deleted else None)
                        for i, (number, category, deleted) in enumerate(CASES))
    yield opened
    opened.close()


def test_summary(services: Services) -> None:
    summary = services.sales.summary()
    # 11,300 over 7 orders = 1,614.28… → 1,614.
    assert (summary.revenue_yen, summary.orders, summary.units, summary.aov_yen) == (11300, 7, 15, 1614)
    assert summary.by_month == [MonthSales("2026-09", 700, 1, 1), MonthSales("2026-11", 8600, 5, 13),
                                MonthSales("2026-12", 2000, 1, 1)]
    assert summary.top == [ProductSales("A", "商品A", 5, 5000), ProductSales("B", "商品B", 6, 3000),
                           ProductSales("D", "商品D", 1, 2000), ProductSales("E", "商品E", 1, 700),
                           ProductSales("C", "商品C", 2, 600)]
    assert services.sales.top(*NOV, limit=2) == [ProductSales("A", "商品A", 5, 5000),
                                                 ProductSales("B", "商品B", 6, 3000)]


def test_revenue_by_day_week_and_month(services: Services) -> None:
    days = services.sales.revenue(*NOV, by="day")
    assert [(p.label, p.revenue_yen, p.orders, p.units) for p in days] == [
        ("2026-11-02", 3500, 2, 5), ("2026-11-03", 2300, 1, 3),
        ("2026-11-04", 0, 0, 0), ("2026-11-05", 0, 0, 0), ("2026-11-06", 0, 0, 0), ("2026-11-07", 0, 0, 0),
        ("2026-11-08", 0, 0, 0), ("2026-11-09", 800, 1, 2), ("2026-11-10", 2000, 1, 3)]
    weeks = services.sales.revenue(date(2026, 11, 1), date(2026, 12, 31), by="week")
    assert weeks == [
        PeriodSales("2026-W45", date(2026, 11, 2), 5800, 3, 8), PeriodSales("2026-W46", date(2026, 11, 9), 2800, 2, 5),
        PeriodSales("2026-W47", date(2026, 11, 16), 0, 0, 0), PeriodSales("2026-W48", date(2026, 11, 23), 0, 0, 0),
        PeriodSales("2026-W49", date(2026, 11, 30), 2000, 1, 1)]
    months = services.sales.revenue()
    assert [(p.label, p.start, p.revenue_yen) for p in months] == [
        ("2026-09", date(2026, 9, 1), 700), ("2026-10", date(2026, 10, 1), 0), ("2026-11", date(2026, 11, 1), 8600),
        ("2026-12", date(2026, 12, 1), 2000)]
    with pytest.raises(ValueError):
        services.sales.revenue(by="year")


def test_weeks_are_iso_weeks_across_the_new_year() -> None:
    weeks = revenue_by([(date(2026, 12, 31), 1, 100, 1), (date(2027, 1, 4), 1, 200, 2)], "week")
    # 2026-12-31 is a Thursday of 2026-W53 (Monday 12-28); 2027-01-04 is the Monday of 2027-W01.
    assert [(w.label, w.start, w.revenue_yen) for w in weeks] == [
        ("2026-W53", date(2026, 12, 28), 100), ("2027-W01", date(2027, 1, 4), 200)]


def test_slow_movers(services: Services) -> None:
    # The open end is the last order's day, 12-01: E last sold 77 days before, D that day.
    movers = services.sales.slow_movers(NOV[0], None, idle_days=30, limit=2)
    assert movers == [SlowMover("E", "商品E", 0, 0, date(2026, 9, 15), 77),
                      SlowMover("D", "商品D", 1, 2000, date(2026, 12, 1), 0),
                      SlowMover("C", "商品C", 2, 600, date(2026, 11, 9), 22)]
    # Unsold for 20 days or more: A, B (11-10: 21 days), C (22), E; and the one other selling least: D.
    movers = services.sales.slow_movers(NOV[0], None, idle_days=20, limit=1)
    assert [(m.sku, m.units, m.idle_days) for m in movers] == [
        ("E", 0, 77), ("D", 1, 0), ("C", 2, 22), ("A", 5, 21), ("B", 6, 21)]
    # Up to November's end, D (first sold 12-01) is not a product yet.
    assert [m.sku for m in services.sales.slow_movers(*NOV, idle_days=60, limit=1)] == ["E", "C"]


def test_pairs_bought_together(services: Services) -> None:
    # 7 counted orders; A in 4, B in 4, C in 2. A+B in 3 (#1001, #1002, #1005): confidence 3/4,
    # lift 0.75 ÷ (4/7) = 1.3125. The refunded #1007 would have made A+C a second time.
    assert services.sales.pairs() == [ProductPair("A", "商品A", "B", "商品B", 3, 0.75, 1.3125)]
    # C+A and C+B once each: C is the less often ordered, 1/2 = 0.5, lift 0.5 ÷ (4/7) = 0.875.
    assert [(p.a, p.b, p.orders, p.confidence, p.lift) for p in services.sales.pairs(min_support=1)] == [
        ("A", "B", 3, 0.75, 1.3125), ("C", "A", 1, 0.5, 0.875), ("C", "B", 1, 0.5, 0.875)]
    # In 11-09..11-10: #1004 (B, C) and #1005 (A, B): B in both, so lift = (1/1) ÷ (2/2) = 1.
    assert [(p.a, p.b, p.orders, p.confidence, p.lift)
            for p in services.sales.pairs(date(2026, 11, 9), date(2026, 11, 10), min_support=1, limit=1)] == [
        ("A", "B", 1, 1.0, 1.0)]


def test_repeat_customers(services: Services) -> None:
    # e, a (#1001 and #1003 as A@Example.JP), b (#1002, #1005), c: 4 customers, 2 repeat; #1006 has no email.
    assert services.sales.repeat_customers() == RepeatCustomers(4, 2, 0.5)
    assert services.sales.repeat_customers(*NOV) == RepeatCustomers(3, 2, 0.6667)
    assert services.sales.repeat_customers(date(2027, 1, 1)) == RepeatCustomers(0, 0, 0.0)


def test_claims_per_product_and_category(services: Services) -> None:
    a = ProductClaims("A", "商品A", 5, 4, 0.8, {"delivery.late": 1, "quality.damaged": 2, "quality.not_working": 1})
    c = ProductClaims("C", "商品C", 2, 2, 1.0, {"delivery.late": 1, "quality.not_working": 1})
    b = ProductClaims("B", "商品B", 6, 2, 0.3333, {"quality.damaged": 2})
    e = ProductClaims("E", "商品E", 1, 1, 1.0, {"quality.damaged": 1})
    assert services.sales.claims() == [a, c, b, e]
    # November's orders only: E's claim is about a September order.
    assert services.sales.claims(*NOV) == [a, c, b]
