"""Sales figures from the day totals and order rows the store returns; pure functions, money in
integer yen.

Definitions (issue #8; core.sales holds the rules that decide them): revenue = Σ quantity × unit
price over the line items of orders that are neither cancelled nor refunded/voided in full (the
counted orders); orders = the number of such orders; units = Σ quantity; average order value =
revenue ÷ orders, rounded down. Days are the shop's (its time zone setting); weeks are ISO weeks,
Monday to Sunday.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations, groupby
from operator import itemgetter

from desk_app.core.categories import is_claim
from desk_app.core.sales import average_order_value

TOP_SELLERS = 10
PERIODS = ("day", "week", "month")
RATIO_DIGITS = 4  # shares, confidences, lifts and claim rates are rounded to this many decimals

# What the store returns (store.sales_repo): the counted sales of one day, of one product over a
# period (and the last day it sold), a line of a counted order, a line that a case names.
DayRow = tuple[date, int, int, int]  # day, orders, revenue yen, units
ProductRow = tuple[str, str, int, int, date]  # sku, name, units, revenue yen, last day sold
OrderSkuRow = tuple[int, str]  # order id, sku
CaseLineRow = tuple[str, str | None, str, str]  # case id, category, sku, name


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


@dataclass(frozen=True)
class PeriodSales:
    """Figures of one day, ISO week or month; `label` is `2026-11-02`, `2026-W45` or `2026-11`,
    `start` its first day."""

    label: str
    start: date
    revenue_yen: int
    orders: int
    units: int


@dataclass(frozen=True)
class SlowMover:
    """A product that sells little: its units and revenue in the period, the day it last sold
    (None: never) and the days since then up to the period's end."""

    sku: str
    name: str
    units: int
    revenue_yen: int
    last_sale: date | None
    idle_days: int | None


@dataclass(frozen=True)
class ProductPair:
    """Two products bought in the same orders: `orders` holding both (the support), the confidence
    of "bought a, also bought b" (orders with both ÷ orders with a) and the lift (confidence ÷ the
    share of orders with b). `a` is the less often ordered of the two, so the confidence is the
    higher of the two directions."""

    a: str
    a_name: str
    b: str
    b_name: str
    orders: int
    confidence: float
    lift: float


@dataclass(frozen=True)
class RepeatCustomers:
    """Customers (by email) with a counted order in the period, those with two or more, the share."""

    customers: int
    repeat_customers: int
    rate: float


@dataclass(frozen=True)
class ProductClaims:
    """Claims about one product: claim cases whose order holds it, by claim category (key → cases),
    and the claim rate (claims ÷ units sold); see product_claims for the definitions."""

    sku: str
    name: str
    units: int
    claims: int
    claim_rate: float
    categories: dict[str, int]


def summarize(days: Iterable[DayRow], products: Iterable[ProductRow], *, top_n: int = TOP_SELLERS) -> SalesSummary:
    """Revenue, orders, units and AOV of the period, its months and its top `top_n` products."""
    by_month = [MonthSales(p.label, p.revenue_yen, p.orders, p.units) for p in revenue_by(days, "month") if p.orders]
    revenue = sum(m.revenue_yen for m in by_month)
    orders = sum(m.orders for m in by_month)  # an order falls on exactly one day
    return SalesSummary(
        revenue_yen=revenue,
        orders=orders,
        units=sum(m.units for m in by_month),
        aov_yen=average_order_value(revenue, orders),
        by_month=by_month,
        top=top_products(products, top_n),
    )


def _period_start(day: date, by: str) -> date:
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def _next_start(start: date, by: str) -> date:
    if by == "month":
        return (start + timedelta(days=31)).replace(day=1)
    return start + timedelta(days=7 if by == "week" else 1)


def _label(start: date, by: str) -> str:
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.strftime("%Y-%m") if by == "month" else start.isoformat()


def revenue_by(days: Iterable[DayRow], by: str) -> list[PeriodSales]:
    """Figures per day, ISO week (`2026-W45`, Monday to Sunday) or month, oldest first.

    The periods run from the first to the last one with a sale; those between without a sale are
    there with zeros, so a chart's axis has no gaps. A week or month cut by the period's ends
    holds the days inside it only.
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}")
    totals: dict[date, list[int]] = {}  # start → [revenue, orders, units]
    for day, orders, revenue, units in days:
        figures = totals.setdefault(_period_start(day, by), [0, 0, 0])
        figures[0] += revenue
        figures[1] += orders
        figures[2] += units
    if not totals:
        return []
    periods = []
    start, last = min(totals), max(totals)
    while start <= last:
        revenue, orders, units = totals.get(start, (0, 0, 0))
        periods.append(PeriodSales(_label(start, by), start, revenue, orders, units))
        start = _next_start(start, by)
    return periods


def top_products(products: Iterable[ProductRow], limit: int = TOP_SELLERS) -> list[ProductSales]:
    """The best `limit` sellers: revenue, then units (both descending), then sku."""
    ranked = sorted(products, key=lambda p: (-p[3], -p[2], p[0]))
    return [ProductSales(sku, name, units, revenue) for sku, name, units, revenue, _ in ranked[:limit]]


def slow_movers(products: Iterable[ProductRow], end: date, *, idle_days: int = 30,
                limit: int = TOP_SELLERS) -> list[SlowMover]:
    """The products that sell little, among all those sold up to `end` (the period's last day).

    `products` holds every product sold up to `end`: its units and revenue in the period (0 when
    it did not sell in it) and the last day it sold. A product is a slow mover when it has not
    sold in the `idle_days` days up to `end` (its last sale is `idle_days` or more days before
    `end`), or when it is among the `limit` others with the fewest units in the period. Sorted by
    units in the period, revenue, the oldest last sale first, then sku.
    """
    movers = sorted((SlowMover(sku, name, units, revenue, last_sale, (end - last_sale).days)
                     for sku, name, units, revenue, last_sale in products),
                    key=lambda m: (m.units, m.revenue_yen, m.last_sale, m.sku))
    slow, others = [], 0
    for mover in movers:
        if (mover.idle_days or 0) >= idle_days:
            slow.append(mover)
        elif others < limit:
            slow.append(mover)
            others += 1
    return slow


def product_pairs(order_skus: Iterable[OrderSkuRow], names: Mapping[str, str], *, min_support: int = 2,
                  limit: int = 50) -> list[ProductPair]:
    """Pairs of products bought in the same orders, `order_skus` being the (order id, sku) of every
    line of the counted orders of the period, ordered by order id (a product twice in one order
    counts once), `names` the products' names.

    Only pairs held by at least `min_support` orders; `a` is the product in fewer orders (the
    smaller sku on a tie); confidence = orders with both ÷ orders with a; lift = confidence ÷
    (orders with b ÷ orders). Sorted by orders, lift (both descending), then a and b; the first
    `limit`.
    """
    ordered: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    orders = 0
    for _, rows in groupby(order_skus, key=itemgetter(0)):
        skus = sorted({sku for _, sku in rows})
        orders += 1
        ordered.update(skus)
        if len(skus) > 1:
            together.update(combinations(skus, 2))
    pairs = []
    for (first, second), both in together.items():
        if both < min_support:
            continue
        a, b = sorted((first, second), key=lambda sku: (ordered[sku], sku))
        confidence = both / ordered[a]
        pairs.append((both, confidence * orders / ordered[b], a, b, confidence))
    pairs.sort(key=lambda p: (-p[0], -p[1], p[2], p[3]))
    return [ProductPair(a, names.get(a, ""), b, names.get(b, ""), both, round(confidence, RATIO_DIGITS),
                        round(lift, RATIO_DIGITS))
            for both, lift, a, b, confidence in pairs[:limit]]


def repeat_customers(emails: Iterable[str]) -> RepeatCustomers:
    """Customers (emails, lower-cased) among `emails`, one per counted order of the period; repeat
    customers are those with two or more of those orders. Orders without an email are left out."""
    orders = Counter(key for key in (email.strip().lower() for email in emails) if key)
    repeat = sum(1 for count in orders.values() if count >= 2)
    return RepeatCustomers(len(orders), repeat, round(repeat / len(orders), RATIO_DIGITS) if orders else 0.0)


def product_claims(lines: Iterable[CaseLineRow], products: Sequence[ProductRow]) -> list[ProductClaims]:
    """Claims per product: `lines` are the lines of the period's orders (counted or not: a refunded
    order is often the claim's outcome) that cases name, `products` the period's sales.

    A claim is a case whose category is a claim category (core.categories.is_claim: quality,
    delivery, payment, support, security); inquiries and cases not yet categorised are not
    claims. claims = the product's distinct claim cases, categories = cases per category key,
    units = units sold in the period (counted orders), claim rate = claims ÷ units (0 without
    units). Sorted by claims, claim rate (both descending), then sku.
    """
    sold = {sku: (name, units) for sku, name, units, _, _ in products}
    cases: dict[str, set[str]] = {}
    categories: dict[str, dict[str, set[str]]] = {}
    names: dict[str, str] = {}
    for case_id, category, sku, name in lines:
        if category is None or not is_claim(category):
            continue
        cases.setdefault(sku, set()).add(case_id)
        categories.setdefault(sku, {}).setdefault(category, set()).add(case_id)
        names[sku] = name
    result = []
    for sku, claimed in cases.items():
        name, units = sold.get(sku, (names[sku], 0))
        rate = round(len(claimed) / units, RATIO_DIGITS) if units > 0 else 0.0
        by_category = {key: len(ids) for key, ids in sorted(categories[sku].items())}
        result.append(ProductClaims(sku, name, units, len(claimed), rate, by_category))
    result.sort(key=lambda p: (-p.claims, -p.claim_rate, p.sku))
    return result
