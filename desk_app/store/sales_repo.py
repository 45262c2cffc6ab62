"""Orders and their lines: upserts by (source, number) that keep the day totals in step, and the
queries the sales analyses read (day totals, product totals, order lines, customers, claims).

Periods are shop days `YYYY-MM-DD` (the orders' `local_day`), both ends inclusive, None = open.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk_app.core.order_rows import LINE_COLUMNS, ORDER_COLUMNS, OrderRows
from desk_app.core.orders import order_key
from desk_app.store.bulk import insert_values, next_ids
from desk_app.store.models import Case, Order, OrderLine

_DAY, _COUNTED = ORDER_COLUMNS.index("local_day"), ORDER_COLUMNS.index("counted")


def _plain_rows(session: Session, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The rows of `sql` straight from the DBAPI cursor. For the reads of hundreds of thousands of
    rows: SQLAlchemy's row processing costs several times what SQLite takes to find them."""
    cursor = session.connection().connection.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


class _DayTotals:
    """Changes to `sales_days` and `sales_day_products` gathered over one upsert, then written.

    Working by difference (take away what the replaced orders counted, add what the new ones
    count) keeps an upsert's cost to the size of its batch, whatever the order of the file: a
    recount of every touched day would read the whole db for a batch spread over the year.
    """

    def __init__(self) -> None:
        self.days: dict[str, list[int]] = {}  # day → [orders, revenue, units]
        # (day, sku) → [orders, units, revenue, name of the latest line added or None, the order
        # counted last by the count under way]
        self.products: dict[tuple[str, str], list[Any]] = {}

    def count(self, lines: Iterable[tuple[Any, ...]], days: Mapping[int, str | None] | Sequence[str | None],
              sign: int) -> None:
        """Add (sign 1) or take away (sign -1) the lines of counted orders, given as line rows
        (order, position, sku, name or None, quantity, unit price) with each order's lines
        together; `days[order]` is the order's shop day, None for an order that does not count.

        An order without lines sells nothing, as a recount joining the lines sees it.
        """
        products, totals = self.products, self.days
        for product in products.values():
            product[4] = None  # the orders of an earlier count are not this one's
        last: Any = None
        figures: list[int] = []
        for order, _, sku, name, quantity, price in lines:
            day = days[order]
            if day is None:
                continue
            if order != last:
                last = order
                figures = totals.get(day) or totals.setdefault(day, [0, 0, 0])
                figures[0] += sign
            key = (day, sku)
            product = products.get(key)
            if product is None:
                product = products[key] = [0, 0, 0, None, None]
            if product[4] != order:  # the order's first line of this product
                product[4] = order
                product[0] += sign
            units = sign * quantity
            amount = units * price
            product[1] += units
            product[2] += amount
            figures[1] += amount
            figures[2] += units
            if name is not None:
                product[3] = name

    def write(self, session: Session) -> None:
        """Apply the changes; rows left without orders go, names of rows only taken from are re-read."""
        cursor = session.connection().connection.cursor()
        try:
            cursor.executemany(
                "INSERT INTO sales_days (day, orders, revenue_yen, units) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (day) DO UPDATE SET orders = orders + excluded.orders,"
                " revenue_yen = revenue_yen + excluded.revenue_yen, units = units + excluded.units",
                [(day, *figures) for day, figures in self.days.items() if any(figures)])
            cursor.executemany("DELETE FROM sales_days WHERE day = ? AND orders <= 0",
                               [(day,) for day, figures in self.days.items() if figures[0] < 0])
            added = [(day, sku, p[3], p[0], p[1], p[2]) for (day, sku), p in self.products.items() if p[3] is not None]
            cursor.executemany(
                "INSERT INTO sales_day_products (day, sku, name, orders, units, revenue_yen)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (day, sku) DO UPDATE SET name = excluded.name,"
                " orders = orders + excluded.orders, units = units + excluded.units,"
                " revenue_yen = revenue_yen + excluded.revenue_yen", added)
            taken = [(p[0], p[1], p[2], day, sku) for (day, sku), p in self.products.items() if p[3] is None]
            cursor.executemany(
                "UPDATE sales_day_products SET orders = orders + ?, units = units + ?,"
                " revenue_yen = revenue_yen + ? WHERE day = ? AND sku = ?", taken)
            cursor.executemany("DELETE FROM sales_day_products WHERE day = ? AND sku = ? AND orders <= 0",
                               [(day, sku) for (day, sku), p in self.products.items() if p[0] < 0])
            # The name is the one on the product's latest line that day: re-read where it may have gone.
            cursor.executemany(
                "UPDATE sales_day_products SET name = (SELECT l.name FROM orders o"
                " JOIN order_lines l ON l.order_id = o.id WHERE o.local_day = sales_day_products.day"
                " AND o.counted AND l.sku = sales_day_products.sku ORDER BY l.id DESC LIMIT 1)"
                " WHERE day = ? AND sku = ?", [(day, sku) for *_, day, sku in taken])
        finally:
            cursor.close()


def _stored(session: Session, source: str, numbers: list[str]) -> list[int]:
    """The ids of the orders of `source` with one of `numbers` already stored."""
    # One statement with the numbers as a JSON array: an IN list of thousands of bound values costs
    # more to build and compile than the lookups themselves.
    return [order_id for order_id, in _plain_rows(
        session, "SELECT id FROM orders WHERE source = :source AND number IN (SELECT value FROM json_each(:numbers))",
        {"source": source, "numbers": json.dumps(numbers)})]


def _forget(session: Session, ids: list[int], totals: _DayTotals) -> None:
    """Take the counted lines of orders `ids` out of the totals and delete the orders with their lines."""
    if not ids:
        return
    params = {"ids": json.dumps(ids)}
    days: dict[int, str] = {}
    lines: list[tuple[Any, ...]] = []
    for order_id, day, sku, quantity, price in _plain_rows(
            session, "SELECT l.order_id, o.local_day, l.sku, l.quantity, l.unit_price_yen FROM order_lines l"
            " JOIN orders o ON o.id = l.order_id WHERE o.id IN (SELECT value FROM json_each(:ids)) AND o.counted"
            " ORDER BY l.order_id", params):
        days[order_id] = day
        lines.append((order_id, None, sku, None, quantity, price))
    totals.count(lines, days, -1)
    session.execute(text("DELETE FROM order_lines WHERE order_id IN (SELECT value FROM json_each(:ids))"), params)
    session.execute(text("DELETE FROM orders WHERE id IN (SELECT value FROM json_each(:ids))"), params)


def upsert_orders(session: Session, rows: OrderRows) -> int:
    """Store a batch of orders (core.order_rows.order_rows) with their lines: new orders are
    inserted, existing ones (by source and number) replaced, lines and all; the day totals of
    every day touched (a replaced order's old day too) are brought in step.

    Returns how many of the orders already existed (an order given twice in the batch counts as
    existing the second time). Runs in the caller's transaction.
    """
    stored = _stored(session, rows.source, rows.numbers)
    # A replaced order is stored anew with a fresh id, as a new one is: each order's id is then the
    # batch's first id plus its index, and no line row needs rewriting here. Ids are taken before
    # the replaced orders go, so none is given twice.
    first_id = next_ids(session, Order.__table__, len(rows.orders)).start
    totals = _DayTotals()
    _forget(session, stored, totals)
    insert_values(session, Order.__table__, ORDER_COLUMNS, rows.orders, first_plus=first_id)
    insert_values(session, OrderLine.__table__, LINE_COLUMNS, rows.lines, first_plus=first_id)
    totals.count(rows.lines, [o[_DAY] if o[_COUNTED] else None for o in rows.orders], 1)
    totals.write(session)
    return len(stored) + rows.given - len(rows.numbers)


# --- queries for the analyses ----------------------------------------------------------------------


def order_days(session: Session) -> tuple[date, date] | None:
    """The shop days of the first and the last order stored (counted or not); None without orders."""
    first, last = session.execute(select(func.min(Order.local_day), func.max(Order.local_day))).one()
    return (date.fromisoformat(first), date.fromisoformat(last)) if first else None


def _days_sql(column: str, start: date | None, end: date | None) -> tuple[str, dict[str, str]]:
    """SQL conditions (each led by AND) and parameters keeping `column` within the period."""
    conditions, params = "", {}
    if start is not None:
        conditions += f" AND {column} >= :start"
        params["start"] = start.isoformat()
    if end is not None:
        conditions += f" AND {column} <= :end"
        params["end"] = end.isoformat()
    return conditions, params


def day_totals(session: Session, start: date | None, end: date | None) -> list[tuple[date, int, int, int]]:
    """(day, orders, revenue yen, units) of the days with counted sales in the period, oldest first."""
    within, params = _days_sql("day", start, end)
    rows = _plain_rows(session, f"SELECT day, orders, revenue_yen, units FROM sales_days WHERE 1{within}"
                                " ORDER BY day", params)
    return [(date.fromisoformat(day), orders, revenue, units) for day, orders, revenue, units in rows]


def _product_rows(session: Session, start: date | None, end: date | None,
                  *, history: bool) -> list[tuple[str, str, int, int, date]]:
    within, params = _days_sql("day", None if history else start, end)
    units, revenue = "SUM(units)", "SUM(revenue_yen)"
    if history and start is not None:
        params["start"] = start.isoformat()
        units = "SUM(CASE WHEN day >= :start THEN units ELSE 0 END)"
        revenue = "SUM(CASE WHEN day >= :start THEN revenue_yen ELSE 0 END)"
    # SQLite takes the bare `name` from the row that holds the max(day).
    rows = _plain_rows(session, f"SELECT sku, name, {units}, {revenue}, MAX(day) FROM sales_day_products"
                                f" WHERE 1{within} GROUP BY sku", params)
    return [(sku, name, units, revenue, date.fromisoformat(last)) for sku, name, units, revenue, last in rows]


def product_totals(session: Session, start: date | None, end: date | None) -> list[tuple[str, str, int, int, date]]:
    """(sku, name, units, revenue yen, last day sold) of every product sold in the period; the name
    is the one of its last day in the period."""
    return _product_rows(session, start, end, history=False)


def product_history(session: Session, start: date | None, end: date | None) -> list[tuple[str, str, int, int, date]]:
    """(sku, name, units and revenue yen in the period, last day sold) of every product sold up to
    the period's end, in the period or before it; the name is the one of its last day sold."""
    return _product_rows(session, start, end, history=True)


def counted_order_skus(session: Session, start: date | None, end: date | None) -> list[tuple[int, str]]:
    """(order id, sku) of every line of the counted orders of the period, in order id order."""
    within, params = _days_sql("o.local_day", start, end)
    return _plain_rows(session, "SELECT l.order_id, l.sku FROM order_lines l JOIN orders o ON o.id = l.order_id"
                                f" WHERE o.counted{within} ORDER BY l.order_id", params)


def counted_order_emails(session: Session, start: date | None, end: date | None) -> list[str]:
    """The email of each counted order of the period (as stored; empty when the export had none)."""
    within, params = _days_sql("local_day", start, end)
    return [email for email, in _plain_rows(session, f"SELECT email FROM orders WHERE counted{within}", params)]


def case_order_lines(session: Session, start: date | None,
                     end: date | None) -> list[tuple[str, str | None, str, str]]:
    """(case id, category, sku, name) for each line of an order of the period (counted or not) that
    a case (not deleted) names by its order number, matched as core.orders.order_key reduces them."""
    cases: dict[str, list[tuple[str, str | None]]] = {}
    query = select(Case.id, Case.category, Case.order_number).where(
        Case.deleted_at.is_(None), Case.order_number.is_not(None), Case.order_number != "")
    for case_id, category, number in session.execute(query):
        key = order_key(number)
        if key:
            cases.setdefault(key, []).append((case_id, category))
    within, params = _days_sql("o.local_day", start, end)
    lines = _plain_rows(session, "SELECT o.number_key, l.sku, l.name FROM orders o"
                                 " JOIN order_lines l ON l.order_id = o.id"
                                 f" WHERE o.number_key IN (SELECT value FROM json_each(:keys)){within} ORDER BY l.id",
                        {**params, "keys": json.dumps(list(cases))})
    return [(case_id, category, sku, name) for key, sku, name in lines for case_id, category in cases[key]]
