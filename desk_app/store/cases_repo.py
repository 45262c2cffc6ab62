"""Cases: create, change, link mail, close, and the lists and report built on them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.core import clock
from desk_app.core.cases import OPEN_STATUSES
from desk_app.core.orders import find_order_number
from desk_app.core.records import CaseDetail, ContactInfo, PreventionRow
from desk_app.store import contacts_repo
from desk_app.store.models import (
    Account,
    Case,
    CaseMessageLink,
    CaseNote,
    Contact,
    ContactChannel,
    Message,
    Order,
    OrderLine,
    OutboxEntry,
)

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
        after_follow_on=case.after_follow_on, checklist=_checklist(case.checklist), updated=case.updated_at,
        contact_unreasonable=bool(contact and contact.unreasonable),
    )


def _checklist(stored: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    return {section: tuple(sorted(ticked)) for section, ticked in stored.items() if isinstance(ticked, list)}


def set_checklist(session: Session, case_id: str, section_id: str, ticked: list[int]) -> bool:
    """Store the steps ticked in one manual section's checklist (none: the section is dropped)."""
    case = _live(session, case_id)
    if case is None:
        return False
    checklist = {section: steps for section, steps in case.checklist.items() if section != section_id}
    if ticked:
        checklist[section_id] = sorted(set(ticked))
    case.checklist = checklist  # a new dict: the JSON column sees only assignments
    return True


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


def after_follow_due(session: Session, day: date, zone: str) -> list[str]:
    """Closed cases whose after-follow date has come and that no mail has gone to since that day
    (a follow-up queued or sent on or after the date ends the reminder; a later date brings it back)."""
    due = session.execute(select(Case.id, Case.after_follow_on).where(
        Case.status.in_(("resolved", "closed")), Case.deleted_at.is_(None), Case.after_follow_on.is_not(None),
        Case.after_follow_on <= day).order_by(Case.after_follow_on)).all()
    if not due:
        return []
    last_mail = dict(session.execute(
        select(OutboxEntry.case_id, func.max(OutboxEntry.created_at))
        .where(OutboxEntry.case_id.in_([case_id for case_id, _ in due]), OutboxEntry.state != "cancelled")
        .group_by(OutboxEntry.case_id)).all())
    return [case_id for case_id, follow_on in due
            if case_id not in last_mail or last_mail[case_id] < clock.day_start_utc(follow_on, zone)]


def customer(session: Session, case_id: str) -> ContactInfo | None:
    """The customer of a live case, with their addresses and numbers (None: no customer known)."""
    case = _live(session, case_id)
    if case is None or case.contact_id is None:
        return None
    return next(iter(contacts_repo.list_contacts_by_ids(session, [case.contact_id])), None)


def latest_customer_message(session: Session, case_id: str) -> int | None:
    """The newest linked mail that did not come from one of our own accounts (the one to answer);
    the newest linked mail of all when every one is ours."""
    own = select(func.lower(Account.email))
    linked = select(CaseMessageLink.message_id).where(
        CaseMessageLink.case_id == case_id, CaseMessageLink.deleted_at.is_(None))
    newest = select(Message.id).where(Message.message_id.in_(linked)).order_by(Message.date.desc(), Message.id.desc())
    return session.scalar(newest.where(func.lower(Message.from_address).not_in(own)).limit(1)) \
        or session.scalar(newest.limit(1))


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


def open_cases_for_new_mail(session: Session, message_pks: list[int]) -> dict[int, str]:
    """Open cases that new mail belongs to, in a few set-wise queries (this runs for every synced
    batch): a mail of a thread an open case is linked to joins it; otherwise a mail from a customer
    whose open case names the order number the mail quotes joins that case.

    The open cases' threads and customers are few however big the batch, so they are read first,
    whole: with no open case (a first sync) the batch's own rows are never read."""
    if not message_pks:
        return {}
    open_case = (Case.status.in_(OPEN_STATUSES), Case.deleted_at.is_(None))
    by_thread: dict[str, str] = {key: case_id for key, case_id in session.execute(  # the newest case wins
        select(Message.thread_key, Case.id)
        .join(CaseMessageLink, CaseMessageLink.message_id == Message.message_id)
        .join(Case, Case.id == CaseMessageLink.case_id)
        .where(Message.thread_key.is_not(None), CaseMessageLink.deleted_at.is_(None), *open_case)
        .order_by(Case.updated_at)
    )}
    # Customers who have an open case with an order number.
    candidates: dict[str, list[tuple[str, str]]] = {}
    for address, case_id, number in session.execute(
        select(ContactChannel.normalized, Case.id, Case.order_number)
        .join(Case, Case.contact_id == ContactChannel.contact_id)
        .where(ContactChannel.kind == "email", ContactChannel.deleted_at.is_(None),
               Case.order_number.is_not(None), *open_case)
        .order_by(Case.updated_at)
    ):
        candidates.setdefault(address, []).append((case_id, number.lstrip("#").upper()))
    if not by_thread and not candidates:
        return {}
    rows = session.execute(
        select(Message.id, Message.thread_key, Message.from_address).where(Message.id.in_(message_pks))
    ).all()
    found = {pk: by_thread[key] for pk, key, _ in rows if key in by_thread}
    rest = {pk: (address or "").strip().lower() for pk, key, address in rows if pk not in found}
    wanted = [pk for pk, address in rest.items() if address in candidates]
    if wanted:
        for pk, subject, text in session.execute(
            select(Message.id, Message.subject, Message.text).where(Message.id.in_(wanted))
        ):
            number = find_order_number(subject + "\n" + text)
            if number is None:
                continue
            for case_id, case_number in reversed(candidates[rest[pk]]):  # newest case first
                if case_number == number.lstrip("#").upper():
                    found[pk] = case_id
                    break
    return found
