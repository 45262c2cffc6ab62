"""Work items (pieces) and rate cards: queries, and writing pieces (added, voided, imported)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, and_, case, select
from sqlalchemy.orm import Session

from desk_app.core import clock
from desk_app.core.customer_tally import TallyPiece, customer_key
from desk_app.core.customer_tally import month_tally as tally_month
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.pieces import PricedItem, WorkPiece
from desk_app.core.pieces import RateCard as RateCardRecord
from desk_app.core.records import MonthTally
from desk_app.core.tax import TaxMode, TaxRounding, TaxTerms
from desk_app.store import statements_repo, tally_repo
from desk_app.store.models import AuditEntry, Call, RateCard, Statement, WorkItem
from desk_app.store.models.base import stable_uuid


def _card(row: RateCard) -> RateCardRecord:
    return RateCardRecord(
        effective_from=row.effective_from, rates=dict(row.rates), min_call_seconds=row.min_call_seconds,
        tax=TaxTerms(row.tax_rate_percent, TaxMode(row.tax_mode), TaxRounding(row.tax_rounding),
                     row.registration_number),
        agent=row.agent, id=row.id, device_id=row.device_id,
    )


def rate_cards(session: Session, agent: str) -> list[RateCardRecord]:
    """The agent's cards, oldest first."""
    rows = session.scalars(
        select(RateCard)
        .where(RateCard.agent == agent, RateCard.deleted_at.is_(None))
        .order_by(RateCard.effective_from)
    )
    return [_card(r) for r in rows]


def save_card(session: Session, card: RateCardRecord, device_id: str) -> RateCardRecord:
    """Store the agent's card for its day, replacing the one already there for that day."""
    row = session.scalar(select(RateCard).where(RateCard.agent == card.agent,
                                                RateCard.effective_from == card.effective_from))
    if row is None:
        row = RateCard(id=stable_uuid("rate_card", card.agent, card.effective_from.isoformat()), agent=card.agent,
                       effective_from=card.effective_from)
        session.add(row)
    row.rates = dict(card.rates)
    row.min_call_seconds = card.min_call_seconds
    row.tax_rate_percent = card.tax.rate_percent
    row.tax_mode = card.tax.mode.value
    row.tax_rounding = card.tax.rounding.value
    row.registration_number = card.tax.registration_number
    row.device_id = device_id
    row.deleted_at = None
    session.flush()
    return _card(row)


def import_card(session: Session, card: RateCardRecord) -> bool:
    """Store a card from another machine under its own id, unless this machine already has that
    card or one for the same agent and day (the owner's own cards win). True when stored."""
    taken = session.scalar(select(RateCard.id).where(
        (RateCard.id == card.id) | and_(RateCard.agent == card.agent, RateCard.effective_from == card.effective_from)
    ))
    if taken is not None:
        return False
    session.add(RateCard(
        id=card.id, agent=card.agent, effective_from=card.effective_from, rates=dict(card.rates),
        min_call_seconds=card.min_call_seconds, tax_rate_percent=card.tax.rate_percent, tax_mode=card.tax.mode.value,
        tax_rounding=card.tax.rounding.value, registration_number=card.tax.registration_number,
        device_id=card.device_id,
    ))
    return True


def agents(session: Session) -> list[str]:
    """Every agent with pieces, rate cards or statements on this machine."""
    names: set[str] = set()
    for model in (WorkItem, RateCard, Statement):
        names.update(session.scalars(select(model.agent).distinct()))
    return sorted(names)


def _live(agent: str, start: date, end: date) -> ColumnElement[bool]:
    """The agent's pieces with start <= day < end, neither voided nor deleted."""
    return and_(
        WorkItem.agent == agent,
        WorkItem.day >= start,
        WorkItem.day < end,
        WorkItem.voided_at.is_(None),
        WorkItem.deleted_at.is_(None),
    )


def piece_items(session: Session, agent: str, start: date, end: date) -> list[PricedItem]:
    """`(kind, quantity, day, call_seconds)` of live pieces with start <= day < end."""
    rows = session.execute(select(WorkItem.kind, WorkItem.quantity, WorkItem.day, WorkItem.call_seconds)
                           .where(_live(agent, start, end)))
    return [PricedItem(*row) for row in rows]


_OF_CALL = and_(WorkItem.source_kind == "call", Call.id == WorkItem.source_ref)
# A call's piece goes with its call as it stands (its customer, or its number for a caller not on
# file), so both always land on the same row of the tally; any other piece with its own contact.
_CONTACT = case((Call.id.is_not(None), Call.contact_id), else_=WorkItem.contact_id)


def customer_pieces(session: Session, agent: str, start: date, end: date) -> list[TallyPiece]:
    """The live pieces with start <= day < end and whom they came from."""
    rows = session.execute(
        select(WorkItem.kind, WorkItem.quantity, WorkItem.day, _CONTACT, Call.phone, Call.phone_normalized,
               WorkItem.call_seconds)
        .outerjoin(Call, _OF_CALL)
        .where(_live(agent, start, end))
    )
    return [TallyPiece(*row) for row in rows]


def month_tally(session: Session, agent: str, first: date, zone: str) -> MonthTally:
    """The per-customer tally of the agent's month (calendar days in `zone`)."""
    end = clock.next_month(first)
    cards = rate_cards(session, agent)
    calls = tally_repo.month_calls(session, agent, clock.day_start_utc(first, zone), clock.day_start_utc(end, zone))
    pieces = customer_pieces(session, agent, first, end)
    contacts = tally_repo.contacts(
        session, {c.contact_id for c in calls if c.contact_id} | {p.contact_id for p in pieces if p.contact_id}
    )
    return tally_month(f"{first:%Y-%m}", calls, pieces, cards, contacts)


def _piece(row: WorkItem, contact_id: str | None, phone: str | None, normalized: str | None) -> WorkPiece:
    return WorkPiece(
        id=row.id, agent=row.agent, kind=row.kind, quantity=row.quantity, at=row.at, day=row.day, note=row.note,
        source_kind=row.source_kind, source_ref=row.source_ref, contact_id=contact_id,
        customer=customer_key(contact_id, normalized, phone), call_seconds=row.call_seconds,
        voided_at=row.voided_at, void_reason=row.void_reason, device_id=row.device_id,
        created_at=row.created_at, updated_at=row.updated_at,
    )


def _pieces_query() -> Select:
    """(piece, its customer's contact id, the call's number, the number normalised)."""
    return select(WorkItem, _CONTACT, Call.phone, Call.phone_normalized).outerjoin(Call, _OF_CALL)


def month_pieces(session: Session, agent: str, start: date, end: date, *, include_voided: bool) -> list[WorkPiece]:
    """The agent's pieces with start <= day < end, oldest first (voided ones too when asked)."""
    where = _live(agent, start, end) if not include_voided else and_(
        WorkItem.agent == agent, WorkItem.day >= start, WorkItem.day < end, WorkItem.deleted_at.is_(None)
    )
    rows = session.execute(_pieces_query().where(where).order_by(WorkItem.at, WorkItem.id))
    return [_piece(*row) for row in rows]


def pieces_left_out(session: Session, agent: str, approved: dict[date, frozenset[str]]) -> list[WorkPiece]:
    """Live pieces of the agent's approved months that their approval does not hold (they
    reached this machine after it): each month's pieces minus its snapshot's."""
    found: list[WorkPiece] = []
    for first, held in approved.items():
        pieces = month_pieces(session, agent, first, clock.next_month(first), include_voided=False)
        found += [p for p in pieces if p.id not in held]
    return found


def get_piece(session: Session, piece_id: str) -> WorkPiece | None:
    row = session.execute(_pieces_query().where(WorkItem.id == piece_id, WorkItem.deleted_at.is_(None))).first()
    return _piece(*row) if row else None


def add_piece(session: Session, *, agent: str, kind: str, quantity: int, at: datetime, day: date, device_id: str,
              note: str = "", source_kind: str | None = None, source_ref: str | None = None,
              contact_id: str | None = None, call_seconds: int | None = None) -> str:
    """Store one piece, refused (MONTH_LOCKED) on a day of an approved month. A source (a reply's
    Message-ID, a call) can never yield two pieces: the table's unique key sees to it."""
    statements_repo.ensure_open(session, agent, day)
    item = WorkItem(agent=agent, kind=kind, quantity=quantity, at=at, day=day, source_kind=source_kind,
                    source_ref=source_ref, contact_id=contact_id, call_seconds=call_seconds, note=note,
                    device_id=device_id)
    session.add(item)
    session.flush()
    return item.id


def void_piece(session: Session, piece_id: str, *, reason: str, at: datetime, actor: str, device_id: str) -> None:
    """Void a piece (it stays, marked, with its reason) and keep an audit entry; refused on a day
    of an approved month, and for a piece already voided."""
    row = session.get(WorkItem, piece_id)
    if row is None or row.deleted_at is not None:
        raise DeskAppError(ErrorCode.NOT_FOUND, f"piece {piece_id}")
    if row.voided_at is not None:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"piece {piece_id} is already voided")
    statements_repo.ensure_open(session, row.agent, row.day)
    row.voided_at = at
    row.void_reason = reason
    row.device_id = device_id
    session.add(AuditEntry(at=at, device_id=device_id, actor=actor, action="void_piece", entity="work_item",
                           entity_id=piece_id, detail={"reason": reason, "agent": row.agent, "kind": row.kind,
                                                       "quantity": row.quantity, "day": row.day.isoformat()}))
    session.flush()


def import_piece(session: Session, piece: WorkPiece) -> str:
    """Store a piece from another machine under its own id: `added`, `updated` (the bundle's copy
    is newer: a void, a corrected note) or `same`. A piece whose source this machine already
    counted under another id is `same` too: a source never yields two pieces."""
    row = session.get(WorkItem, piece.id)
    if row is None:
        if piece.source_kind and session.scalar(select(WorkItem.id).where(
                WorkItem.source_kind == piece.source_kind, WorkItem.source_ref == piece.source_ref)):
            return "same"
        statements_repo.ensure_open(session, piece.agent, piece.day)
        session.add(WorkItem(
            id=piece.id, agent=piece.agent, kind=piece.kind, quantity=piece.quantity, at=piece.at, day=piece.day,
            source_kind=piece.source_kind, source_ref=piece.source_ref, contact_id=piece.contact_id,
            call_seconds=piece.call_seconds, note=piece.note, voided_at=piece.voided_at, void_reason=piece.void_reason,
            device_id=piece.device_id, created_at=piece.created_at, updated_at=piece.updated_at,
        ))
        return "added"
    if piece.updated_at is None or row.updated_at >= piece.updated_at:
        return "same"
    statements_repo.ensure_open(session, row.agent, row.day)
    row.kind, row.quantity, row.note = piece.kind, piece.quantity, piece.note
    row.voided_at, row.void_reason = piece.voided_at, piece.void_reason
    row.device_id, row.updated_at = piece.device_id, piece.updated_at
    return "updated"
