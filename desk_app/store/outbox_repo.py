"""Drafts and the outbox: queue, state changes that survive a crash, and the piece for a sent reply."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, defer

from desk_app.core.clock import local_day
from desk_app.core.contacts import normalize_email
from desk_app.core.flags import ANSWERED
from desk_app.core.outbox import EDITABLE
from desk_app.core.pieces import PieceKind
from desk_app.core.records import DraftData, OutboxItem, OutgoingMessage
from desk_app.core.reply import recipient_address
from desk_app.store import contacts_repo, mail_repo
from desk_app.store.models import Draft, Message, OutboxEntry, WorkItem, new_uuid

ACTIVE = ("queued", "sending")
REPLY_KINDS = ("reply", "reply_all")


def _draft(row: Draft) -> DraftData:
    return DraftData(
        id=row.id, account_id=row.account_id, kind=row.kind, to=tuple(row.to_addrs), cc=tuple(row.cc_addrs),
        subject=row.subject, body=row.body, charset=row.charset, replied_pk=row.replied_pk,
        case_id=row.case_id, template_key=row.template_key,
        attachments=tuple(a["path"] for a in row.attachments),
    )


def save_draft(session: Session, draft: DraftData) -> DraftData:
    row = session.get(Draft, draft.id) if draft.id is not None else None
    if row is None:
        row = Draft(account_id=draft.account_id, kind=draft.kind)
        session.add(row)
    row.replied_pk = draft.replied_pk
    row.case_id = draft.case_id
    row.to_addrs = list(draft.to)
    row.cc_addrs = list(draft.cc)
    row.subject = draft.subject
    row.body = draft.body
    row.charset = draft.charset
    row.template_key = draft.template_key
    row.attachments = [{"path": p} for p in draft.attachments]
    session.flush()
    return replace(draft, id=row.id)


def drafts(session: Session) -> list[DraftData]:
    return [_draft(r) for r in session.scalars(select(Draft).order_by(Draft.updated_at.desc()))]


def get_draft(session: Session, draft_id: int) -> DraftData | None:
    row = session.get(Draft, draft_id)
    return _draft(row) if row else None


def delete_draft(session: Session, draft_id: int) -> None:
    row = session.get(Draft, draft_id)
    if row is not None:
        session.delete(row)


def _item(row: OutboxEntry) -> OutboxItem:
    return OutboxItem(
        id=row.id, account_id=row.account_id, state=row.state, kind=row.kind, to=tuple(row.to_addrs),
        cc=tuple(row.cc_addrs), subject=row.subject, message_id=row.message_id, error=row.last_error,
        attempts=row.attempts, created_at=row.created_at, sent_at=row.sent_at,
        next_attempt_at=row.next_attempt_at, replied_pk=row.replied_pk,
        replied_message_id=row.replied_message_id, case_id=row.case_id,
    )


def enqueue(session: Session, draft: DraftData, *, message_id: str, sender: str, body: str, raw: bytes) -> OutboxItem:
    """Put a built message in the outbox (state queued) and drop its draft, in one transaction."""
    replied_message_id = None
    if draft.replied_pk is not None:
        replied_message_id = session.scalar(select(Message.message_id).where(Message.id == draft.replied_pk))
    row = OutboxEntry(
        account_id=draft.account_id, message_id=message_id, state="queued", kind=draft.kind,
        replied_pk=draft.replied_pk, replied_message_id=replied_message_id, case_id=draft.case_id,
        sender=sender, recipients=[*draft.to, *draft.cc], to_addrs=list(draft.to), cc_addrs=list(draft.cc),
        subject=draft.subject, body=body, charset=draft.charset, raw=raw,
        attachments=[{"path": p} for p in draft.attachments],
    )
    session.add(row)
    if draft.id is not None:
        delete_draft(session, draft.id)
    session.flush()
    return _item(row)


def outbox(session: Session, *, include_sent: bool = True) -> list[OutboxItem]:
    # The frozen message bytes are not needed for a listing: leave them on disk.
    query = (
        select(OutboxEntry)
        .options(defer(OutboxEntry.raw))
        .order_by(OutboxEntry.created_at.desc(), OutboxEntry.id.desc())
    )
    if not include_sent:
        query = query.where(OutboxEntry.state != "sent")
    return [_item(r) for r in session.scalars(query)]


def get(session: Session, entry_id: int) -> OutboxItem | None:
    row = session.get(OutboxEntry, entry_id)
    return _item(row) if row else None


def due(session: Session, account_id: int, now: datetime, force: bool) -> list[OutgoingMessage]:
    """Entries to work on now: every `sending` one (a pass was cut off), and `queued` ones whose
    backoff has passed (all of them when `force`), oldest first."""
    query = select(OutboxEntry).where(OutboxEntry.account_id == account_id, OutboxEntry.state.in_(ACTIVE))
    if not force:
        query = query.where(
            or_(
                OutboxEntry.state == "sending",
                OutboxEntry.next_attempt_at.is_(None),
                OutboxEntry.next_attempt_at <= now,
            )
        )
    rows = session.scalars(query.order_by(OutboxEntry.id))
    return [
        OutgoingMessage(r.id, r.state, r.message_id, r.sender, tuple(r.recipients), r.raw, r.attempts)
        for r in rows
    ]


def mark_sending(session: Session, entry_id: int) -> None:
    row = session.get(OutboxEntry, entry_id)
    row.state = "sending"
    row.attempts += 1


def mark_failed(session: Session, entry_id: int, error: str, permanent: bool, retry_at: datetime | None) -> None:
    row = session.get(OutboxEntry, entry_id)
    row.state = "failed" if permanent else "queued"
    row.last_error = error
    row.next_attempt_at = None if permanent else retry_at


def mark_sent(session: Session, entry_id: int, *, at: datetime, filed: bool, agent: str, device_id: str, zone: str) -> bool:
    """Record the send: state, \\Answered on the original (queued for the server), and one
    `email_reply` piece for a reply — keyed by the Message-ID, so a resend can never count twice —
    counted for the customer it went to. Returns False when the entry was already sent."""
    row = session.get(OutboxEntry, entry_id)
    if row is None or row.state == "sent":
        return False
    row.state = "sent"
    row.sent_at = at
    row.last_error = None
    row.filed_in_sent = filed
    if row.replied_pk is not None:
        mail_repo.set_flag(session, row.replied_pk, ANSWERED, True)
    already = session.scalar(select(WorkItem.id).where(WorkItem.source_kind == "message",
                                                        WorkItem.source_ref == row.message_id))
    if row.kind in REPLY_KINDS and already is None:
        # Through the unit of work, so record sync captures the piece; the (source_kind,
        # source_ref) key still refuses a second piece for the same reply.
        session.add(WorkItem(
            id=new_uuid(), device_id=device_id, agent=agent, kind=PieceKind.EMAIL_REPLY.value, quantity=1,
            at=at, day=local_day(at, zone), source_kind="message", source_ref=row.message_id,
            contact_id=_customer(session, row.to_addrs), created_at=at, updated_at=at, note="", void_reason="",
        ))
        session.flush()
    return True


def _customer(session: Session, to: list[str]) -> str | None:
    """The live contact of the first To address that is on file."""
    for entry in to:
        contact_id = contacts_repo.find_by_channel(session, "email", normalize_email(recipient_address(entry)))
        if contact_id is not None:
            return contact_id
    return None


def set_state(session: Session, entry_id: int, state: str, *, clear_error: bool = False) -> OutboxItem | None:
    row = session.get(OutboxEntry, entry_id)
    if row is None:
        return None
    row.state = state
    if clear_error:
        row.last_error = None
        row.next_attempt_at = None
    return _item(row)


def take_back(session: Session, entry_id: int) -> DraftData | None:
    """Turn a queued or failed entry back into a draft for editing (it leaves the outbox)."""
    row = session.get(OutboxEntry, entry_id)
    if row is None or row.state not in EDITABLE:
        return None
    draft = save_draft(
        session,
        DraftData(
            id=None, account_id=row.account_id, kind=row.kind, to=tuple(row.to_addrs), cc=tuple(row.cc_addrs),
            subject=row.subject, body=row.body, charset=row.charset, replied_pk=row.replied_pk,
            case_id=row.case_id, attachments=tuple(a["path"] for a in row.attachments),
        ),
    )
    session.delete(row)
    return draft
