"""Logging calls: the call, and its piece for the tally, in one transaction."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.core.records import CaseTimelineEntry
from desk_app.store import pay_repo
from desk_app.store.models import Call, Case, CaseMessageLink, CaseNote, Message


def case_exists(session: Session, case_id: str) -> bool:
    return session.scalar(select(Case.id).where(Case.id == case_id, Case.deleted_at.is_(None))) is not None


def add_call(session: Session, *, at: datetime, day: date, direction: str, phone: str, phone_normalized: str,
             contact_id: str | None, case_id: str | None, seconds: int, category: str | None, summary: str,
             outcome: str, follow_up: bool, agent: str, recording_path: str | None, device_id: str) -> str:
    """Store a call and one `call_in`/`call_out` piece keyed by the call (so it can never count twice);
    refused (MONTH_LOCKED) on a day of an approved month."""
    call = Call(at=at, direction=direction, phone=phone, phone_normalized=phone_normalized, contact_id=contact_id,
                case_id=case_id, seconds=seconds, category=category, summary=summary, outcome=outcome,
                follow_up=follow_up, agent=agent, recording_path=recording_path, device_id=device_id)
    session.add(call)
    session.flush()
    pay_repo.add_piece(session, agent=agent, kind=f"call_{direction}", quantity=1, at=at, day=day, source_kind="call",
                       source_ref=call.id, contact_id=contact_id, call_seconds=seconds, device_id=device_id)
    return call.id


def case_timeline(session: Session, case_id: str) -> list[CaseTimelineEntry]:
    """Mails (by Message-ID), calls and notes of a case, oldest first."""
    entries: list[CaseTimelineEntry] = []
    linked = select(CaseMessageLink.message_id).where(
        CaseMessageLink.case_id == case_id, CaseMessageLink.deleted_at.is_(None)
    )
    for message in session.scalars(select(Message).where(Message.message_id.in_(linked))):
        entries.append(CaseTimelineEntry("mail", str(message.id), message.date, message.subject,
                                         message.from_name or message.from_address))
    for call in session.scalars(select(Call).where(Call.case_id == case_id, Call.deleted_at.is_(None))):
        entries.append(CaseTimelineEntry("call", call.id, call.at, call.summary, call.direction))
    for note in session.scalars(select(CaseNote).where(CaseNote.case_id == case_id, CaseNote.deleted_at.is_(None))):
        entries.append(CaseTimelineEntry("note", note.id, note.created_at, note.body, note.author))
    return sorted(entries, key=lambda e: (e.at is None, e.at))


def call_facts(session: Session, call_id: str) -> dict[str, str | None] | None:
    """What a case made from this call takes over from it."""
    call = session.get(Call, call_id)
    if call is None or call.deleted_at is not None:
        return None
    return {"case_id": call.case_id, "contact_id": call.contact_id, "category": call.category,
            "summary": call.summary, "agent": call.agent}


def set_call_case(session: Session, call_id: str, case_id: str) -> None:
    call = session.get(Call, call_id)
    if call is not None:
        call.case_id = case_id
