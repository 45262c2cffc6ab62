"""The sales definitions of issue #8, in one place for the store (which keeps the day totals) and
the analyses: which orders count as sales, and the average order value. Money in integer yen."""

from __future__ import annotations

from datetime import datetime

# Financial statuses of an order whose money went back (or never came) in full.
VOID_STATUSES = frozenset({"refunded", "voided"})


def counts_as_sale(financial_status: str, cancelled_at: datetime | None) -> bool:
    """False for a cancelled order and one refunded or voided in full."""
    return cancelled_at is None and financial_status.strip().lower() not in VOID_STATUSES


def average_order_value(revenue_yen: int, orders: int) -> int:
    """Revenue ÷ orders rounded down; 0 without orders."""
    return revenue_yen // orders if orders else 0
