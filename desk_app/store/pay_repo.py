"""Queries over work items and rate cards."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.core.pieces import RateCard as RateCardRecord
from desk_app.store.models import RateCard, WorkItem


def rate_cards(session: Session, agent: str) -> list[RateCardRecord]:
    rows = session.scalars(
        select(RateCard)
        .where(RateCard.agent == agent, RateCard.deleted_at.is_(None))
        .order_by(RateCard.effective_from)
    )
    return [RateCardRecord(effective_from=r.effective_from, rates=dict(r.rates)) for r in rows]


def piece_items(session: Session, agent: str, start: date, end: date) -> list[tuple[str, int, date]]:
    """`(kind, quantity, day)` of live pieces with start <= day < end."""
    rows = session.execute(
        select(WorkItem.kind, WorkItem.quantity, WorkItem.day).where(
            WorkItem.agent == agent,
            WorkItem.day >= start,
            WorkItem.day < end,
            WorkItem.voided_at.is_(None),
            WorkItem.deleted_at.is_(None),
        )
    )
    return [(k, q, d) for k, q, d in rows]
