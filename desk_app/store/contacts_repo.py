"""Customers and their email addresses / phone numbers (matched in normalised form): the list,
one customer in full, edits, the flag, their history, look-alikes and merging two into one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, exists, func, literal, or_, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from desk_app.core.claimants import criteria_map, ticked
from desk_app.core.contacts import joined_text, name_key, normalize_email
from desk_app.core.records import ContactDetail, ContactInfo, ContactTimelineEntry, DuplicateMatch, MergeSummary
from desk_app.store.models import Call, Case, Contact, ContactChannel, Message, Order, WorkItem

EDITABLE = frozenset({"name", "kana", "notes"})
TIMELINE_LIMIT = 500  # per kind: a customer's whole history, but never an unbounded read


def add(session: Session, *, name: str, kana: str, emails: list[str], phones: list[tuple[str, str]],
        device_id: str) -> str:
    """A new contact; `phones` are (as written, normalised). Returns its id."""
    contact = Contact(name=name, kana=kana, device_id=device_id)
    session.add(contact)
    session.flush()
    for email in emails:
        add_channel(session, contact.id, "email", email.strip(), normalize_email(email), device_id)
    for written, normalized in phones:
        add_channel(session, contact.id, "phone", written.strip(), normalized, device_id)
    session.flush()
    return contact.id


def find_by_channel(session: Session, kind: str, normalized: str) -> str | None:
    """The live contact (not merged away) owning this address or number."""
    if not normalized:
        return None
    return session.scalar(
        select(Contact.id)
        .join(ContactChannel, ContactChannel.contact_id == Contact.id)
        .where(ContactChannel.kind == kind, ContactChannel.normalized == normalized,
               ContactChannel.deleted_at.is_(None), Contact.deleted_at.is_(None),
               Contact.merged_into_id.is_(None))
        .limit(1)
    )


def list_contacts(session: Session) -> list[ContactInfo]:
    """Every live customer, by kana (by name where the kana is not known)."""
    contacts = list(session.scalars(
        select(Contact).where(Contact.deleted_at.is_(None), Contact.merged_into_id.is_(None))
        .order_by(func.coalesce(func.nullif(Contact.kana, ""), Contact.name), Contact.name)  # by kana, else name
    ))
    channels: dict[str, list[ContactChannel]] = {}
    for channel in session.scalars(
        select(ContactChannel).where(ContactChannel.deleted_at.is_(None)).order_by(ContactChannel.created_at)
    ):
        channels.setdefault(channel.contact_id, []).append(channel)
    return [_info(c, channels.get(c.id, [])) for c in contacts]


def search(session: Session, *, phone_digits: str = "", text: str = "", limit: int = 10) -> list[ContactInfo]:
    """Customers whose number starts with `phone_digits` or whose name/kana/email contains `text`."""
    query = select(Contact.id).where(Contact.deleted_at.is_(None), Contact.merged_into_id.is_(None))
    if phone_digits:
        query = query.join(ContactChannel, ContactChannel.contact_id == Contact.id).where(
            ContactChannel.kind == "phone", ContactChannel.normalized.startswith(phone_digits, autoescape=True),
            ContactChannel.deleted_at.is_(None),
        )
    elif text:
        live = ContactChannel.deleted_at.is_(None)
        query = query.outerjoin(ContactChannel, (ContactChannel.contact_id == Contact.id) & live).where(
            Contact.name.contains(text, autoescape=True) | Contact.kana.contains(text, autoescape=True)
            | ContactChannel.value.contains(text, autoescape=True)
        )
    else:
        return []
    ids = list(dict.fromkeys(session.scalars(query.limit(limit * 3))))[:limit]
    found = {c.id: c for c in list_contacts_by_ids(session, ids)}
    return [found[i] for i in ids if i in found]


def list_contacts_by_ids(session: Session, ids: list[str]) -> list[ContactInfo]:
    """These customers (merged ones too), in no particular order."""
    if not ids:
        return []
    contacts = list(session.scalars(select(Contact).where(Contact.id.in_(ids))))
    channels = _channels_of(session, ids)
    return [_info(c, channels.get(c.id, [])) for c in contacts]


def detail(session: Session, contact_id: str) -> ContactDetail | None:
    """One live customer in full; None when unknown, deleted or merged into another."""
    contact = _live(session, contact_id)
    if contact is None:
        return None
    channels = _channels_of(session, [contact.id]).get(contact.id, [])
    return ContactDetail(
        id=contact.id, name=contact.name, kana=contact.kana,
        emails=tuple(ch.value for ch in channels if ch.kind == "email"),
        phones=tuple(ch.value for ch in channels if ch.kind == "phone"),
        notes=contact.notes, unreasonable=contact.unreasonable,
        unreasonable_criteria=ticked(contact.unreasonable_criteria),
        unreasonable_note=contact.unreasonable_note, updated=contact.updated_at,
    )


def update_fields(session: Session, contact_id: str, fields: Mapping[str, Any]) -> bool:
    """Set name, kana or notes of a live customer; False when there is none."""
    contact = _live(session, contact_id)
    if contact is None:
        return False
    for name, value in fields.items():
        if name in EDITABLE:
            setattr(contact, name, value)
    return True


def add_channel(session: Session, contact_id: str, kind: str, value: str, normalized: str, device_id: str) -> bool:
    """Give the customer an address or number; False (nothing added) when they have it already."""
    if _live_channel(session, contact_id, kind, normalized) is not None:
        return False
    session.add(ContactChannel(contact_id=contact_id, kind=kind, value=value, normalized=normalized,
                               device_id=device_id))
    session.flush()
    return True


def remove_channel(session: Session, contact_id: str, kind: str, normalized: str) -> bool:
    """Soft-delete the customer's address or number; False when they have no such one."""
    channel = _live_channel(session, contact_id, kind, normalized)
    if channel is None:
        return False
    channel.deleted_at = datetime.now(UTC)
    return True


def set_flag(session: Session, contact_id: str, *, unreasonable: bool, criteria: dict[str, bool], note: str) -> bool:
    """Store the unreasonable-claimant flag, its criteria map and note; False when no such live customer."""
    contact = _live(session, contact_id)
    if contact is None:
        return False
    contact.unreasonable = unreasonable
    contact.unreasonable_criteria = criteria
    contact.unreasonable_note = note
    return True


def timeline(session: Session, contact_id: str) -> list[ContactTimelineEntry]:
    """The customer's mails (from or to one of their addresses), calls, cases and orders, newest first."""
    addresses = sorted({ch.normalized for ch in _channels_of(session, [contact_id]).get(contact_id, [])
                        if ch.kind == "email"})
    entries = _mail_entries(session, addresses) + _order_entries(session, addresses)
    for call in session.scalars(select(Call).where(Call.contact_id == contact_id, Call.deleted_at.is_(None))
                                .order_by(Call.at.desc()).limit(TIMELINE_LIMIT)):
        entries.append(ContactTimelineEntry("call", call.id, call.at, call.summary, call.direction))
    for case in session.scalars(select(Case).where(Case.contact_id == contact_id, Case.deleted_at.is_(None))
                                .order_by(Case.created_at.desc()).limit(TIMELINE_LIMIT)):
        entries.append(ContactTimelineEntry("case", case.id, case.created_at, case.title, case.status))
    earliest = datetime.min.replace(tzinfo=UTC)
    return sorted(entries, key=lambda e: (e.at is not None, e.at or earliest), reverse=True)


def duplicates(session: Session, contact_id: str) -> list[DuplicateMatch]:
    """Other live customers sharing a number, an address, the name or the kana with this one."""
    contact = _live(session, contact_id)
    if contact is None:
        return []
    reasons: dict[str, list[str]] = {}
    own = [(ch.kind, ch.normalized) for ch in _channels_of(session, [contact_id]).get(contact_id, [])]
    if own:
        same_channel = or_(*((ContactChannel.kind == kind) & (ContactChannel.normalized == normalized)
                             for kind, normalized in own))
        for other_id, kind in session.execute(
            select(ContactChannel.contact_id, ContactChannel.kind)
            .join(Contact, Contact.id == ContactChannel.contact_id)
            .where(same_channel, ContactChannel.deleted_at.is_(None), ContactChannel.contact_id != contact_id,
                   Contact.deleted_at.is_(None), Contact.merged_into_id.is_(None))
        ):
            _note_reason(reasons, other_id, kind)
    name, kana = name_key(contact.name), name_key(contact.kana)
    for other_id, other_name, other_kana in session.execute(
        select(Contact.id, Contact.name, Contact.kana)
        .where(Contact.id != contact_id, Contact.deleted_at.is_(None), Contact.merged_into_id.is_(None))
    ):
        if name and name_key(other_name) == name:
            _note_reason(reasons, other_id, "name")
        if kana and name_key(other_kana) == kana:
            _note_reason(reasons, other_id, "kana")
    infos = {c.id: c for c in list_contacts_by_ids(session, list(reasons))}
    found = [DuplicateMatch(infos[i], tuple(r)) for i, r in reasons.items() if i in infos]
    return sorted(found, key=lambda m: (-len(m.reasons), m.contact.kana, m.contact.name))


def merge_plan(session: Session, survivor_id: str, merged_id: str) -> MergeSummary | None:
    """What merging `merged_id` into `survivor_id` would move; None unless both are live."""
    survivor, merged = _live(session, survivor_id), _live(session, merged_id)
    if survivor is None or merged is None:
        return None
    moving, _ = _split_channels(session, survivor_id, merged_id)
    return _summary(session, survivor, merged, len(moving), {
        model: _count_pointing(session, model, merged_id) for model in (Case, Call, WorkItem)
    })


def merge(session: Session, survivor_id: str, merged_id: str) -> MergeSummary | None:
    """Merge `merged_id` into `survivor_id`: channels, notes and flag join the survivor; cases,
    calls and work items point to it; the merged one stays only as a pointer. None unless both live."""
    survivor, merged = _live(session, survivor_id), _live(session, merged_id)
    if survivor is None or merged is None:
        return None
    now = datetime.now(UTC)
    moving, doubles = _split_channels(session, survivor_id, merged_id)
    for channel in moving:
        channel.contact_id = survivor_id
    for channel in doubles:
        channel.deleted_at = now
    survivor.kana = survivor.kana or merged.kana
    survivor.notes = joined_text(survivor.notes, merged.notes)
    if merged.unreasonable:
        survivor.unreasonable = True
        survivor.unreasonable_criteria = criteria_map(
            ticked(survivor.unreasonable_criteria) + ticked(merged.unreasonable_criteria))
        survivor.unreasonable_note = joined_text(survivor.unreasonable_note, merged.unreasonable_note)
    # Row by row through the unit of work (not one UPDATE): each re-pointed record is an edit that
    # record sync captures and sends to the other machines.
    moved = {}
    for model in (Case, Call, WorkItem):
        rows = session.scalars(select(model).where(model.contact_id == merged_id)).all()
        for row in rows:
            row.contact_id = survivor_id
        moved[model] = len(rows)
    # Customers merged into this one earlier follow it, so every pointer leads to a live customer.
    for earlier in session.scalars(select(Contact).where(Contact.merged_into_id == merged_id)).all():
        earlier.merged_into_id = survivor_id
    merged.merged_into_id = survivor_id
    session.flush()
    return _summary(session, survivor, merged, len(moving), moved)


# -- helpers ----------------------------------------------------------------------------------------


def _live(session: Session, contact_id: str) -> Contact | None:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None or contact.merged_into_id is not None:
        return None
    return contact


def _live_channel(session: Session, contact_id: str, kind: str, normalized: str) -> ContactChannel | None:
    return session.scalar(select(ContactChannel).where(
        ContactChannel.contact_id == contact_id, ContactChannel.kind == kind,
        ContactChannel.normalized == normalized, ContactChannel.deleted_at.is_(None)).limit(1))


def _channels_of(session: Session, ids: Sequence[str]) -> dict[str, list[ContactChannel]]:
    channels: dict[str, list[ContactChannel]] = {}
    for channel in session.scalars(
        select(ContactChannel).where(ContactChannel.contact_id.in_(list(ids)), ContactChannel.deleted_at.is_(None))
        .order_by(ContactChannel.created_at)
    ):
        channels.setdefault(channel.contact_id, []).append(channel)
    return channels


def _split_channels(session: Session, survivor_id: str,
                    merged_id: str) -> tuple[list[ContactChannel], list[ContactChannel]]:
    """The merged customer's channels the survivor lacks, and those it already has."""
    channels = _channels_of(session, [survivor_id, merged_id])
    have = {(ch.kind, ch.normalized) for ch in channels.get(survivor_id, [])}
    moving: list[ContactChannel] = []
    doubles: list[ContactChannel] = []
    for channel in channels.get(merged_id, []):
        key = (channel.kind, channel.normalized)
        (doubles if key in have else moving).append(channel)
        have.add(key)
    return moving, doubles


def _count_pointing(session: Session, model: type[Case | Call | WorkItem], contact_id: str) -> int:
    return session.scalar(select(func.count()).select_from(model).where(model.contact_id == contact_id)) or 0


def _summary(session: Session, survivor: Contact, merged: Contact, channels: int,
             counts: Mapping[type, int]) -> MergeSummary:
    infos = {c.id: c for c in list_contacts_by_ids(session, [survivor.id, merged.id])}
    return MergeSummary(infos[survivor.id], infos[merged.id], channels, counts[Case], counts[Call], counts[WorkItem])


def _note_reason(reasons: dict[str, list[str]], contact_id: str, reason: str) -> None:
    found = reasons.setdefault(contact_id, [])
    if reason not in found:
        found.append(reason)


def _addressed_to(column: InstrumentedAttribute[Any], addresses: list[str]) -> Any:
    """`column` (a JSON list of `Name <address>` entries) names one of `addresses`.

    A plain LIKE on the text first (cheap), then the exact test on each entry: `bob@x.jp` must
    not match `jimbob@x.jp`.
    """
    text = type_coerce(column, String)
    rough = or_(*(text.contains(address, autoescape=True) for address in addresses))
    entry = func.json_each(column).table_valued("value")
    value = func.lower(entry.c.value)
    exact = or_(value.in_(addresses), *(value.endswith(f"<{address}>", autoescape=True) for address in addresses))
    return rough & exists(select(literal(1)).select_from(entry).where(exact))


def _mail_entries(session: Session, addresses: list[str]) -> list[ContactTimelineEntry]:
    if not addresses:
        return []
    sender = func.lower(Message.from_address).in_(addresses)
    query = (
        select(Message.id, Message.message_id, Message.date, Message.subject, Message.from_address)
        .where(Message.deleted.is_(False),
               or_(sender, _addressed_to(Message.to_addrs, addresses), _addressed_to(Message.cc_addrs, addresses)))
        .order_by(Message.date.desc(), Message.id.desc())
        .limit(TIMELINE_LIMIT)
    )
    entries: list[ContactTimelineEntry] = []
    seen: set[str] = set()
    for pk, message_id, date, subject, from_address in session.execute(query):
        if message_id is not None and message_id in seen:
            continue  # the same mail in two folders (a copy in the archive) shows once
        if message_id is not None:
            seen.add(message_id)
        direction = "in" if normalize_email(from_address) in addresses else "out"
        entries.append(ContactTimelineEntry("mail", str(pk), date, subject, direction))
    return entries


def _order_entries(session: Session, addresses: list[str]) -> list[ContactTimelineEntry]:
    if not addresses:
        return []
    query = (select(Order).where(func.lower(Order.email).in_(addresses))
             .order_by(Order.created_at.desc()).limit(TIMELINE_LIMIT))
    return [
        ContactTimelineEntry("order", str(order.id), order.created_at, order.number,
                             "cancelled" if order.cancelled_at else order.financial_status, order.total_yen)
        for order in session.scalars(query)
    ]


def _info(contact: Contact, channels: list[ContactChannel]) -> ContactInfo:
    return ContactInfo(
        id=contact.id, name=contact.name, kana=contact.kana,
        emails=tuple(ch.value for ch in channels if ch.kind == "email"),
        phones=tuple(ch.value for ch in channels if ch.kind == "phone"),
        unreasonable=contact.unreasonable,
    )
