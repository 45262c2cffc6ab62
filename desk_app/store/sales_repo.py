"""Orders and their lines: upserts by (source, number) for the importers, line rows for the analyses."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Protocol

from sqlalchemy import String, delete, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from desk_app.store.models import Order, OrderLine

# SQLite's limit on bound parameters is generous, but IN lists are kept short anyway.
_IN_CHUNK = 500


class OrderLineLike(Protocol):
    """A line item as an importer delivers it."""

    sku: str
    name: str
    quantity: int
    unit_price_yen: int


class OrderLike(Protocol):
    """An order as an importer delivers it (sales.records.ImportedOrder)."""

    number: str
    email: str
    customer_name: str
    created_at: datetime
    total_yen: int
    financial_status: str
    cancelled_at: datetime | None

    @property
    def lines(self) -> Sequence[OrderLineLike]: ...


def _ids_by_number(session: Session, source: str, numbers: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(numbers), _IN_CHUNK):
        chunk = numbers[start:start + _IN_CHUNK]
        query = select(Order.number, Order.id).where(Order.source == source, Order.number.in_(chunk))
        found.update({number: order_id for number, order_id in session.execute(query)})
    return found


def upsert_orders(session: Session, source: str, orders: Sequence[OrderLike]) -> int:
    """Insert new orders, update existing ones (replacing their lines); returns how many existed.

    An order given twice in `orders` counts as existing the second time; the last one wins.
    """
    latest = {o.number: o for o in orders}
    existing = _ids_by_number(session, source, list(latest))
    repeated = len(orders) - len(latest)
    fields = [dict(number=o.number, email=o.email, customer_name=o.customer_name, created_at=o.created_at,
                   total_yen=o.total_yen, financial_status=o.financial_status, cancelled_at=o.cancelled_at)
              for o in latest.values()]
    old = [dict(f, id=existing[f["number"]]) for f in fields if f["number"] in existing]
    new = [dict(f, source=source) for f in fields if f["number"] not in existing]
    if old:
        session.execute(update(Order), old)
        ids = [o["id"] for o in old]
        for start in range(0, len(ids), _IN_CHUNK):
            session.execute(delete(OrderLine).where(OrderLine.order_id.in_(ids[start:start + _IN_CHUNK])))
    if new:
        session.execute(insert(Order), new)
    ids = existing | _ids_by_number(session, source, [n["number"] for n in new])
    lines = [dict(order_id=ids[o.number], position=i, sku=line.sku, name=line.name, quantity=line.quantity,
                  unit_price_yen=line.unit_price_yen)
             for o in latest.values() for i, line in enumerate(o.lines)]
    if lines:
        session.execute(insert(OrderLine), lines)
    return len(existing) + repeated


def sale_lines(
    session: Session, *, since: datetime | None = None, until: datetime | None = None,
) -> Iterator[tuple[int, datetime, str, datetime | None, str, str, int, int]]:
    """(order id, created at, financial status, cancelled at, sku, name, quantity, unit price) rows,
    oldest order first, of orders created in [since, until)."""
    # The timestamps are read as their stored text and parsed with fromisoformat: UtcDateTime's
    # strptime takes most of a summary's time over a million lines.
    query = (
        select(Order.id, type_coerce(Order.created_at, String), Order.financial_status,
               type_coerce(Order.cancelled_at, String),
               OrderLine.sku, OrderLine.name, OrderLine.quantity, OrderLine.unit_price_yen)
        .join(OrderLine, OrderLine.order_id == Order.id)
        .order_by(Order.created_at, Order.id, OrderLine.position)
    )
    if since is not None:
        query = query.where(Order.created_at >= since)
    if until is not None:
        query = query.where(Order.created_at < until)
    for order_id, created, status, cancelled, sku, name, quantity, price in session.execute(
            query.execution_options(yield_per=10_000)):
        yield (order_id, datetime.fromisoformat(created), status,
               datetime.fromisoformat(cancelled) if cancelled else None, sku, name, quantity, price)
