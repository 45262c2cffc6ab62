"""Orders imported from the shop platforms' CSV exports."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.store.models.base import Base
from desk_app.store.types import UtcDateTime, utcnow


class Order(Base):
    """An order as the platform exported it; re-imports update it by (source, number)."""

    __tablename__ = "orders"
    __table_args__ = (UniqueConstraint("source", "number"), Index("ix_orders_created", "created_at"))

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

    lines: Mapped[list[OrderLine]] = relationship(cascade="all, delete-orphan", order_by="OrderLine.position")


class OrderLine(Base):
    """One line item of an order."""

    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "position"), Index("ix_order_lines_sku", "sku"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_yen: Mapped[int] = mapped_column(Integer)
