"""Queries over cases, contacts and calls; returns core records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from desk_app.core.cases import OPEN_STATUSES
from desk_app.core.records import CallSummary, CaseContext, CaseSummary
from desk_app.store.models import Call, Case, CaseMessageLink, Contact


def list_cases(
    session: Session,
    *,
    status: str | None = None,
    overdue_at: datetime | None = None,
    limit: int | None = None,
) -> list[CaseSummary]:
    """Live cases: open ones by soonest deadline (none last), then resolved/closed ones, newest first."""
    contact = aliased(Contact)
    query = (
        select(Case, contact.name)
        .outerjoin(contact, contact.id == Case.contact_id)
        .where(Case.deleted_at.is_(None))
    )
    if status is not None:
        query = query.where(Case.status == status)
    if overdue_at is not None:
        query = query.where(Case.status.in_(OPEN_STATUSES), Case.deadline < overdue_at)
    # Work still to do first, by the deadline promised; finished cases after, newest first.
    finished = Case.status.not_in(OPEN_STATUSES)
    query = query.order_by(
        finished, Case.deadline.is_(None), case((finished, None), else_=Case.deadline), Case.updated_at.desc()
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        CaseSummary(
            id=case.id,
            title=case.title,
            status=case.status,
            category=case.category,
            contact_id=case.contact_id,
            contact_name=name or "",
            order_number=case.order_number,
            deadline=case.deadline,
            updated=case.updated_at,
            escalated=case.escalated,
        )
        for case, name in session.execute(query)
    ]


def list_calls(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[CallSummary]:
    """Logged calls, newest first, optionally within [since, until)."""
    query = (
        select(Call, Contact.name)
        .outerjoin(Contact, Contact.id == Call.contact_id)
        .where(Call.deleted_at.is_(None))
        .order_by(Call.at.desc())
    )
    if since is not None:
        query = query.where(Call.at >= since)
    if until is not None:
        query = query.where(Call.at < until)
    if limit is not None:
        query = query.limit(limit)
    return [
        CallSummary(
            id=call.id,
            at=call.at,
            phone=call.phone,
            contact_id=call.contact_id,
            contact_name=name or "",
            direction=call.direction,
            minutes=(call.seconds + 59) // 60,
            category=call.category,
            summary=call.summary,
            case_id=call.case_id,
        )
        for call, name in session.execute(query)
    ]


def count_cases(session: Session, *, open_only: bool = True, overdue_at: datetime | None = None) -> int:
    query = select(func.count(Case.id)).where(Case.deleted_at.is_(None))
    if open_only:
        query = query.where(Case.status.in_(OPEN_STATUSES))
    if overdue_at is not None:
        query = query.where(Case.deadline < overdue_at)
    return session.scalar(query) or 0


def case_for_message_ids(session: Session, message_ids: list[str]) -> CaseContext | None:
    """The newest live case linked to any of these Message-IDs (a conversation's mails)."""
    if not message_ids:
        return None
    row = session.execute(
        select(Case, Contact.name)
        .join(CaseMessageLink, CaseMessageLink.case_id == Case.id)
        .outerjoin(Contact, Contact.id == Case.contact_id)
        .where(CaseMessageLink.message_id.in_(message_ids), Case.deleted_at.is_(None),
               CaseMessageLink.deleted_at.is_(None))
        .order_by(Case.updated_at.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    case, name = row
    return CaseContext(case.id, name or "", case.order_number, case.deadline, case.category)
