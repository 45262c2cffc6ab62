"""Queries over work items and rate cards."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, case, select
from sqlalchemy.orm import Session

from desk_app.core.customer_tally import TallyPiece
from desk_app.core.pieces import RateCard as RateCardRecord
from desk_app.store.models import Call, RateCard, WorkItem


def rate_cards(session: Session, agent: str) -> list[RateCardRecord]:
    rows = session.scalars(
        select(RateCard)
        .where(RateCard.agent == agent, RateCard.deleted_at.is_(None))
        .order_by(RateCard.effective_from)
    )
    return [RateCardRecord(effective_from=r.effective_from, rates=dict(r.rates)) for r in rows]


def _live(agent: str, start: date, end: date) -> ColumnElement[bool]:
    """The agent's pieces with start <= day < end, neither voided nor deleted."""
    return and_(
        WorkItem.agent == agent,
        WorkItem.day >= start,
        WorkItem.day < end,
        WorkItem.voided_at.is_(None),
        WorkItem.deleted_at.is_(None),
    )


def piece_items(session: Session, agent: str, start: date, end: date) -> list[tuple[str, int, date]]:
    """`(kind, quantity, day)` of live pieces with start <= day < end."""
    rows = session.execute(select(WorkItem.kind, WorkItem.quantity, WorkItem.day).where(_live(agent, start, end)))
    return [(k, q, d) for k, q, d in rows]


def customer_pieces(session: Session, agent: str, start: date, end: date) -> list[TallyPiece]:
    """The live pieces with start <= day < end and whom they came from. A call's piece goes with
    its call as it stands (its customer, or its number for a caller not on file), so both always
    land on the same row of the tally; any other piece with its own contact."""
    call = and_(WorkItem.source_kind == "call", Call.id == WorkItem.source_ref)
    contact = case((Call.id.is_not(None), Call.contact_id), else_=WorkItem.contact_id)
    rows = session.execute(
        select(WorkItem.kind, WorkItem.quantity, WorkItem.day, contact, Call.phone, Call.phone_normalized)
        .outerjoin(Call, call)
        .where(_live(agent, start, end))
    )
    return [TallyPiece(kind, quantity, day, contact_id, phone, normalized)
            for kind, quantity, day, contact_id, phone, normalized in rows]
