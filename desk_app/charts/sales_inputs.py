"""What the sales charts are given: the sales analysis records, described by what a chart reads of
them (see sales/analysis.py for the records and their definitions), and the words to write.

Protocols rather than imports: charts depend on core alone, and any record with these fields will do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

KINDS = ("revenue", "top", "slow", "pairs", "claims", "repeat")  # the sales charts there are


class PeriodSalesLike(Protocol):
    """A day, ISO week or month of sales (analysis.PeriodSales)."""

    label: str  # 2026-11-02, 2026-W45 or 2026-11
    start: date
    revenue_yen: int
    orders: int


class ProductSalesLike(Protocol):
    """A product's sales in the period (analysis.ProductSales)."""

    name: str
    revenue_yen: int


class SlowMoverLike(Protocol):
    """A product that sells little (analysis.SlowMover)."""

    name: str
    idle_days: int | None  # None: never sold


class ProductPairLike(Protocol):
    """Two products bought together (analysis.ProductPair)."""

    a_name: str
    b_name: str
    orders: int
    lift: float


class ProductClaimsLike(Protocol):
    """Claims about one product (analysis.ProductClaims)."""

    name: str
    claims: int
    claim_rate: float  # claims ÷ units sold


class RepeatCustomersLike(Protocol):
    """Customers of the period and how many came back (analysis.RepeatCustomers)."""

    customers: int
    repeat_customers: int
    rate: float


@dataclass(frozen=True)
class SalesChartWords:
    """The sales charts' words in the user's language; the caller translates them. A note with
    `{…}` is formatted by the chart."""

    no_data: str  # the whole figure when there is nothing to chart
    revenue: str  # revenue bars and their scale
    orders: str  # the orders line and its scale
    saturday: str
    sunday: str
    idle_days: str  # the slow movers' scale: days since the last sale
    never_sold: str  # a slow mover without any sale
    together: str  # the pairs' scale: orders holding both products
    pair_lift: str  # beside a pair's bar, with {lift}
    claim_rate: str  # the claims' scale
    claims: str  # beside a product's claim-rate bar, with {claims}
    new_customers: str
    repeat_customers: str
    repeat_rate: str  # under the rate in the middle of the repeat donut
