"""Cases: create, change, link mail, close, and the lists and report built on them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.core.cases import OPEN_STATUSES
from desk_app.core.records import CaseDetail, PreventionRow
from desk_app.store.models import Case, CaseMessageLink, CaseNote, Contact, Order, OrderLine

EDITABLE = frozenset({
    "title", "status", "category", "channel", "contact_id", "order_number", "deadline", "escalated", "agent",
    "cause", "responsibility", "recovery", "prevention_note", "prevention_audience", "closed_at",
    "after_follow_on", "checklist",
})


def create(session: Session, *, device_id: str, **fields: Any) -> str:
    case = Case(device_id=device_id, **{k: v for k, v in fields.items() if k in EDITABLE})
    session.add(case)
    session.flush()
    return case.id


def _live(session: Session, case_id: str) -> Case | None:
    case = session.get(Case, case_id)
    return case if case is not None and case.deleted_at is None else None


def detail(session: Session, case_id: str) -> CaseDetail | None:
    case = _live(session, case_id)
    if case is None:
        return None
    contact = session.get(Contact, case.contact_id) if case.contact_id else None
    return CaseDetail(
        id=case.id, title=case.title, status=case.status, category=case.category, channel=case.channel,
        contact_id=case.contact_id, contact_name=contact.name if contact else "", order_number=case.order_number,
        deadline=case.deadline, escalated=case.escalated, agent=case.agent, cause=case.cause,
        responsibility=case.responsibility, recovery=case.recovery, prevention_note=case.prevention_note,
        prevention_audience=tuple(case.prevention_audience), closed_at=case.closed_at,
        after_follow_on=case.after_follow_on, checklist=dict(case.checklist), updated=case.updated_at,
        contact_unreasonable=bool(contact and contact.unreasonable),
    )


def update(session: Session, case_id: str, fields: dict[str, Any]) -> bool:
    case = _live(session, case_id)
    if case is None:
        return False
    for name, value in fields.items():
        if name in EDITABLE:
            setattr(case, name, value)
    return True


def add_note(session: Session, case_id: str, body: str, author: str, device_id: str) -> str:
    note = CaseNote(case_id=case_id, body=body, author=author, device_id=device_id)
    session.add(note)
    session.flush()
    return note.id


def link_messages(session: Session, case_id: str, message_ids: list[str], device_id: str) -> int:
    """Link mails by Message-ID (already linked ones are skipped)."""
    known = set(session.scalars(select(CaseMessageLink.message_id).where(
        CaseMessageLink.case_id == case_id, CaseMessageLink.deleted_at.is_(None))))
    fresh = [m for m in dict.fromkeys(message_ids) if m and m not in known]
    session.add_all(CaseMessageLink(case_id=case_id, message_id=m, device_id=device_id) for m in fresh)
    return len(fresh)


def open_case_for(session: Session, contact_id: str, order_number: str) -> str | None:
    """The customer's open case about this order, newest first."""
    return session.scalar(
        select(Case.id).where(Case.contact_id == contact_id,
                              func.upper(func.ltrim(Case.order_number, "#")) == order_number.lstrip("#").upper(),
                              Case.status.in_(OPEN_STATUSES), Case.deleted_at.is_(None))
        .order_by(Case.updated_at.desc()).limit(1))


def open_case_linked_to(session: Session, message_ids: list[str]) -> str | None:
    """An open case already linked to one of these Message-IDs (a conversation's mails)."""
    if not message_ids:
        return None
    return session.scalar(
        select(Case.id).join(CaseMessageLink, CaseMessageLink.case_id == Case.id)
        .where(CaseMessageLink.message_id.in_(message_ids), CaseMessageLink.deleted_at.is_(None),
               Case.status.in_(OPEN_STATUSES), Case.deleted_at.is_(None))
        .order_by(Case.updated_at.desc()).limit(1))


def due_between(session: Session, start: datetime, end: datetime) -> list[str]:
    """Open cases whose deadline falls in [start, end)."""
    return list(session.scalars(select(Case.id).where(
        Case.status.in_(OPEN_STATUSES), Case.deleted_at.is_(None), Case.deadline >= start, Case.deadline < end)
        .order_by(Case.deadline)))


def after_follow_due(session: Session, day: date) -> list[str]:
    """Closed cases whose after-follow date has come."""
    return list(session.scalars(select(Case.id).where(
        Case.status.in_(("resolved", "closed")), Case.deleted_at.is_(None), Case.after_follow_on.is_not(None),
        Case.after_follow_on <= day).order_by(Case.after_follow_on)))


def prevention_rows(session: Session, since: datetime) -> list[PreventionRow]:
    """Closed cases with a prevention note since `since`, with the products of their order."""
    cases = list(session.scalars(select(Case).where(
        Case.deleted_at.is_(None), Case.prevention_note != "", Case.category.is_not(None),
        Case.closed_at >= since).order_by(Case.category, Case.closed_at)))
    numbers = {c.order_number for c in cases if c.order_number}
    products: dict[str, list[str]] = {}
    if numbers:
        for number, sku in session.execute(
            select(Order.number, OrderLine.sku).join(OrderLine, OrderLine.order_id == Order.id)
            .where(Order.number.in_(numbers))
        ):
            products.setdefault(number, []).append(sku)
    return [
        PreventionRow(c.id, c.category or "", c.title, c.closed_at, c.prevention_note,
                      tuple(c.prevention_audience), tuple(dict.fromkeys(products.get(c.order_number or "", []))))
        for c in cases
    ]
