"""Orders imported from the shop platforms' CSV exports."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.store.models.base import Base
from desk_app.store.types import UtcDateTime, utcnow


class Order(Base):
    """An order as the platform exported it; re-imports update it by (source, number)."""

    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("source", "number"),
        Index("ix_orders_local_day", "local_day"),
        Index("ix_orders_number_key", "number_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(64))
    email: Mapped[str] = mapped_column(Text, default="")
    customer_name: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    total_yen: Mapped[int] = mapped_column(Integer, default=0)
    financial_status: Mapped[str] = mapped_column(String(32), default="paid")
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Filled at import: the day the order was placed in the shop's time zone (`YYYY-MM-DD`),
    # whether it counts as a sale (not cancelled, not refunded or voided in full), and the
    # number as cases write it (core.orders.order_key) so claims find their order.
    local_day: Mapped[str] = mapped_column(String(10), default="")
    counted: Mapped[bool] = mapped_column(Boolean, default=True)
    number_key: Mapped[str] = mapped_column(String(64), default="")

    lines: Mapped[list[OrderLine]] = relationship(cascade="all, delete-orphan", order_by="OrderLine.position")


class OrderLine(Base):
    """One line item of an order."""

    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_yen: Mapped[int] = mapped_column(Integer)


class SalesDay(Base):
    """The counted sales of one day (shop's zone): kept by the store whenever orders change."""

    __tablename__ = "sales_days"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    orders: Mapped[int] = mapped_column(Integer)
    revenue_yen: Mapped[int] = mapped_column(Integer)
    units: Mapped[int] = mapped_column(Integer)


class SalesDayProduct(Base):
    """The counted sales of one product on one day; `name` is the name on its latest line that day."""

    __tablename__ = "sales_day_products"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    orders: Mapped[int] = mapped_column(Integer)
    units: Mapped[int] = mapped_column(Integer)
    revenue_yen: Mapped[int] = mapped_column(Integer)


class ImportProfile(Base):
    """A named column mapping for another platform's order export (JSON in `definition`)."""

    __tablename__ = "import_profiles"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    definition: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
