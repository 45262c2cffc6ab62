"""Piece-rate work, rate cards and monthly statements (replicable)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.store.models.base import Base, Replicable
from desk_app.store.types import JsonText, UtcDateTime


class WorkItem(Replicable, Base):
    """One paid piece (or a quantity of one kind), linked to the reply or call it came from."""

    __tablename__ = "work_items"
    __table_args__ = (
        # A source can never yield two pieces: a reply sent twice after a crash counts once.
        UniqueConstraint("source_kind", "source_ref"),
        Index("ix_work_items_agent_day", "agent", "day"),
    )

    agent: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    day: Mapped[date] = mapped_column(Date)  # the Asia/Tokyo calendar day rates apply to
    source_kind: Mapped[str | None] = mapped_column(String(16), default=None)  # message | call
    source_ref: Mapped[str | None] = mapped_column(Text, default=None)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id"), default=None)
    # A call piece carries its call's length: calls shorter than the rate card's minimum pay 0,
    # and an imported piece has no call beside it to look the length up in.
    call_seconds: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class RateCard(Replicable, Base):
    """An agent's rates (yen per kind) and tax terms, in force from a calendar day."""

    __tablename__ = "rate_cards"
    __table_args__ = (UniqueConstraint("agent", "effective_from"),)

    agent: Mapped[str] = mapped_column(String(100))
    effective_from: Mapped[date] = mapped_column(Date)
    rates: Mapped[dict] = mapped_column(JsonText, default=dict)  # kind → yen (`hourly`: yen per hour)
    min_call_seconds: Mapped[int] = mapped_column(Integer, default=0)
    tax_rate_percent: Mapped[int] = mapped_column(Integer, default=10)
    tax_mode: Mapped[str] = mapped_column(String(10), default="exclusive")  # exclusive|inclusive|exempt
    tax_rounding: Mapped[str] = mapped_column(String(10), default="down")
    registration_number: Mapped[str | None] = mapped_column(String(14), default=None)


class Statement(Replicable, Base):
    """An agent's monthly piece-rate statement and where it is in the approval workflow."""

    __tablename__ = "statements"
    __table_args__ = (UniqueConstraint("agent", "month"),)

    agent: Mapped[str] = mapped_column(String(100))
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    status: Mapped[str] = mapped_column(String(12), default="draft")
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    paid_on: Mapped[date | None] = mapped_column(Date, default=None)
    snapshot: Mapped[dict | None] = mapped_column(JsonText, default=None)  # the statement frozen at approval


class StatementAdjustment(Replicable, Base):
    """A ± yen correction on a statement, with its reason and what it corrects."""

    __tablename__ = "statement_adjustments"

    statement_id: Mapped[str] = mapped_column(ForeignKey("statements.id"), index=True)
    amount_yen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(Text, default=None)


class StatementEvent(Replicable, Base):
    """A workflow step on a statement (core.statements.Step): submit, comment, send back, approve,
    paid, adjust, import — with who took it, in which role."""

    __tablename__ = "statement_events"

    statement_id: Mapped[str] = mapped_column(ForeignKey("statements.id"), index=True)
    event: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(8), default="agent")  # agent | owner
    comment: Mapped[str] = mapped_column(Text, default="")
