"""Sales figures over the order-line rows the store returns; pure functions, money in integer yen.

Definitions (issue #8): revenue = Σ quantity × unit price over the line items of orders that are
neither cancelled nor refunded/voided in full; orders = the number of such orders; units = Σ
quantity; average order value = revenue ÷ orders, rounded down. Months are the desk's (Asia/Tokyo).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

# Financial statuses of an order whose money went back (or never came) in full.
VOID_STATUSES = frozenset({"refunded", "voided"})
TOP_SELLERS = 10

# (order id, created at, financial status, cancelled at, sku, name, quantity, unit price yen)
SaleLineRow = tuple[int, datetime, str, datetime | None, str, str, int, int]


@dataclass(frozen=True)
class MonthSales:
    """One calendar month's figures; `month` is `YYYY-MM`."""

    month: str
    revenue_yen: int
    orders: int
    units: int


@dataclass(frozen=True)
class ProductSales:
    """One product's (sku's) units and revenue; `name` is the name on its latest line."""

    sku: str
    name: str
    units: int
    revenue_yen: int


@dataclass(frozen=True)
class SalesSummary:
    """The headline figures of a period, by month, and the best sellers."""

    revenue_yen: int
    orders: int
    units: int
    aov_yen: int
    by_month: list[MonthSales]
    top: list[ProductSales]


def counts_as_sale(financial_status: str, cancelled_at: datetime | None) -> bool:
    """False for a cancelled order and one refunded or voided in full."""
    return cancelled_at is None and financial_status.strip().lower() not in VOID_STATUSES


def average_order_value(revenue_yen: int, orders: int) -> int:
    """Revenue ÷ orders rounded down; 0 without orders."""
    return revenue_yen // orders if orders else 0


def summarize(rows: Iterable[SaleLineRow], zone: ZoneInfo, *, top_n: int = TOP_SELLERS) -> SalesSummary:
    """Revenue, orders, units, AOV, the months (in `zone`) and the top `top_n` products.

    Top products are sorted by revenue, then units (both descending), then sku.
    """
    months: dict[str, list[int]] = {}  # month → [revenue, units]
    month_orders: dict[str, set[int]] = {}
    products: dict[str, list] = {}  # sku → [name, units, revenue]
    for order_id, created_at, status, cancelled_at, sku, name, quantity, price in rows:
        if not counts_as_sale(status, cancelled_at):
            continue
        amount = quantity * price
        month = created_at.astimezone(zone).strftime("%Y-%m")
        figures = months.setdefault(month, [0, 0])
        figures[0] += amount
        figures[1] += quantity
        month_orders.setdefault(month, set()).add(order_id)
        product = products.setdefault(sku, [name, 0, 0])
        product[0] = name
        product[1] += quantity
        product[2] += amount
    by_month = [MonthSales(m, months[m][0], len(month_orders[m]), months[m][1]) for m in sorted(months)]
    revenue = sum(m.revenue_yen for m in by_month)
    orders = sum(m.orders for m in by_month)  # an order falls in exactly one month
    ranked = sorted(products.items(), key=lambda item: (-item[1][2], -item[1][1], item[0]))
    return SalesSummary(
        revenue_yen=revenue,
        orders=orders,
        units=sum(m.units for m in by_month),
        aov_yen=average_order_value(revenue, orders),
        by_month=by_month,
        top=[ProductSales(sku, name, units, revenue_yen) for sku, (name, units, revenue_yen) in ranked[:top_n]],
    )
