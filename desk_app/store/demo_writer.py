"""Writing the generated demo data set into the db, inside the caller's transaction.

The records are core's demo dataclasses; the built mails are described by a Protocol, so the store
depends on no layer above it. Records refer to each other by keys; the writer gives replicable records fresh UUIDs and resolves the keys.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.core.demo_records import (
    DemoAccount,
    DemoCall,
    DemoCase,
    DemoCaseNote,
    DemoContact,
    DemoData,
    DemoRateCard,
    DemoWorkItem,
)
from desk_app.core.order_rows import order_rows
from desk_app.core.records import DemoResult
from desk_app.store import mail_repo, sales_repo
from desk_app.store.mail_repo import ParsedMessageLike
from desk_app.store.models import (
    Account, AuditEntry, Call, Case, CaseMessageLink, CaseNote, Contact, ContactChannel, Order, RateCard,
    WorkItem, new_uuid,
)

DEMO_ACCOUNT = "demo"


class BuiltMailLike(Protocol):
    """A demo mail as raw bytes and their parse, with its place in the account."""

    key: str
    folder: str  # inbox | sent
    uid: int
    seen: bool
    answered: bool
    raw: bytes
    parsed: ParsedMessageLike


def demo_present(session: Session) -> bool:
    """Whether the demo account exists, i.e. the demo has been loaded into this db."""
    return session.scalar(select(Account.id).where(Account.name == DEMO_ACCOUNT)) is not None


def _write_mails(session: Session, account: DemoAccount, mails: Sequence[BuiltMailLike]) -> dict[str, str]:
    row = Account(
        name=account.name, email=account.email, display_name=account.display_name,
        imap_host=account.host, imap_port=993, imap_security="ssl",
        smtp_host=account.host, smtp_port=465, smtp_security="ssl",
        username=account.email, signature=account.signature,
    )
    session.add(row)
    session.flush()
    folders = {
        "inbox": mail_repo.get_or_create_folder(session, row, account.inbox, "inbox"),
        "sent": mail_repo.get_or_create_folder(session, row, account.sent, "sent"),
    }
    stored: dict[str, str] = {}
    for folder_key, folder in folders.items():
        mine = [m for m in mails if m.folder == folder_key]
        mail_repo.add_messages(session, folder.id, row.id, [
            mail_repo.NewMessage(uid=m.uid, parsed=m.parsed, raw=m.raw, seen=m.seen, answered=m.answered)
            for m in mine
        ])
    return {m.key: m.parsed.message_id for m in mails if m.parsed.message_id}


def _write_contacts(session: Session, contacts: Sequence[DemoContact], device_id: str) -> dict[str, str]:
    ids: dict[str, str] = {}
    for c in contacts:
        contact = Contact(
            id=new_uuid(), name=c.name, kana=c.kana, notes=c.notes, unreasonable=c.unreasonable,
            unreasonable_criteria=dict(c.unreasonable_criteria), unreasonable_note=c.unreasonable_note,
            device_id=device_id, created_at=c.created_at, updated_at=c.created_at,
        )
        session.add(contact)
        ids[c.key] = contact.id
        channels = [("email", e, e.strip().lower()) for e in c.emails]
        channels += [("phone", p, n) for p, n in zip(c.phones, c.phones_normalized, strict=True)]
        session.add_all(
            ContactChannel(contact_id=contact.id, kind=kind, value=value, normalized=normalized,
                           device_id=device_id, created_at=c.created_at, updated_at=c.created_at)
            for kind, value, normalized in channels
        )
    return ids


def _write_cases(session: Session, data: DemoData, contacts: Mapping[str, str],
                 message_ids: Mapping[str, str], device_id: str) -> dict[str, str]:
    ids: dict[str, str] = {}
    for c in data.cases:
        case = Case(
            id=new_uuid(), title=c.title, status=c.status, category=c.category, channel=c.channel,
            contact_id=contacts.get(c.contact_key or ""), order_number=c.order_number, agent=data.agent,
            deadline=c.deadline, escalated=c.escalated, cause=c.cause, responsibility=c.responsibility,
            recovery=c.recovery, prevention_note=c.prevention_note,
            prevention_audience=list(c.prevention_audience), closed_at=c.closed_at,
            after_follow_on=c.after_follow_on, device_id=device_id, created_at=c.created_at,
            updated_at=c.updated_at,
        )
        session.add(case)
        ids[c.key] = case.id
        session.add_all(CaseNote(case_id=case.id, author=data.agent, body=n.body, device_id=device_id,
                                 created_at=n.at, updated_at=n.at) for n in c.notes)
        session.add_all(CaseMessageLink(case_id=case.id, message_id=message_ids[k], device_id=device_id,
                                        created_at=c.created_at, updated_at=c.created_at)
                        for k in c.mail_keys if k in message_ids)
    return ids


def _write_calls(session: Session, data: DemoData, contacts: Mapping[str, str],
                 cases: Mapping[str, str], device_id: str) -> dict[str, str]:
    ids: dict[str, str] = {}
    for c in data.calls:
        call = Call(
            id=new_uuid(), at=c.at, direction=c.direction, phone=c.phone,
            phone_normalized=c.phone_normalized, contact_id=contacts.get(c.contact_key or ""),
            case_id=cases.get(c.case_key or ""), seconds=c.seconds, category=c.category,
            summary=c.summary, outcome=c.outcome, follow_up=c.follow_up, agent=data.agent,
            device_id=device_id, created_at=c.at, updated_at=c.at,
        )
        session.add(call)
        ids[c.key] = call.id
    return ids


def _write_pay(session: Session, data: DemoData, refs: Mapping[str, Mapping[str, str]],
               contacts: Mapping[str, str], device_id: str) -> int:
    card = data.rate_card
    session.add(RateCard(agent=data.agent, effective_from=card.effective_from, rates=dict(card.rates),
                         tax_rate_percent=card.tax_rate_percent, tax_mode=card.tax_mode,
                         device_id=device_id))
    items = [
        WorkItem(agent=data.agent, kind=w.kind, quantity=w.quantity, at=w.at, day=w.day,
                 source_kind=w.source_kind,
                 source_ref=refs[w.source_kind][w.source_key] if w.source_kind and w.source_key else None,
                 contact_id=contacts.get(w.contact_key or ""), note=w.note, device_id=device_id,
                 created_at=w.at, updated_at=w.at)
        for w in data.work_items
        # A reply whose stored copy has no Message-ID cannot be referenced; it is not counted.
        if not w.source_kind or (w.source_key in refs.get(w.source_kind, {}))
    ]
    session.add_all(items)
    return len(items)


def _write_orders(session: Session, data: DemoData, zone: ZoneInfo) -> tuple[int, int]:
    """Store the orders as an import would (day totals too); returns (orders, lines) written.

    Numbers already present for the source (orders imported before the demo) are left alone.
    """
    existing = set(session.scalars(select(Order.number).where(Order.source == data.order_source)))
    orders = [o for o in data.orders if o.number not in existing]
    sales_repo.upsert_orders(session, order_rows(data.order_source, orders, zone))
    return len(orders), sum(len(o.lines) for o in orders)


def write_demo(session: Session, data: DemoData, mails: Sequence[BuiltMailLike], *,
               device_id: str, zone: ZoneInfo) -> DemoResult:
    """Insert the whole demo data set with `session` (the caller owns the transaction); orders get
    their shop day in `zone`."""
    # A flush after each stage: the unit of work orders inserts by relationships, and these
    # models link by plain foreign keys, so parents must be in the db before their children.
    message_ids = _write_mails(session, data.account, mails)
    contacts = _write_contacts(session, data.contacts, device_id)
    session.flush()
    cases = _write_cases(session, data, contacts, message_ids, device_id)
    session.flush()
    calls = _write_calls(session, data, contacts, cases, device_id)
    session.flush()
    work_items = _write_pay(session, data, {"message": message_ids, "call": calls}, contacts, device_id)
    orders, order_lines = _write_orders(session, data, zone)
    result = DemoResult(
        messages=len(mails),
        cases=len(cases),
        calls=len(calls),
        contacts=len(contacts),
        orders=orders,
        order_lines=order_lines,
        work_items=work_items,
    )
    session.add(AuditEntry(device_id=device_id, actor=data.agent, action="demo_load", entity="database",
                           entity_id=DEMO_ACCOUNT, detail={k: v for k, v in asdict(result).items()
                                                           if k != "already_loaded"}))
    session.flush()
    return result
