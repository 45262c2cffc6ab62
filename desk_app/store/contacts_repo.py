"""Customers and their email addresses / phone numbers (matched in normalised form)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.core.records import ContactInfo
from desk_app.store.models import Contact, ContactChannel


def add(session: Session, *, name: str, kana: str, emails: list[str], phones: list[tuple[str, str]],
        device_id: str) -> str:
    """A new contact; `phones` are (as written, normalised). Returns its id."""
    contact = Contact(name=name, kana=kana, device_id=device_id)
    session.add(contact)
    session.flush()
    for email in emails:
        session.add(ContactChannel(contact_id=contact.id, kind="email", value=email,
                                   normalized=email.strip().lower(), device_id=device_id))
    for written, normalized in phones:
        session.add(ContactChannel(contact_id=contact.id, kind="phone", value=written,
                                   normalized=normalized, device_id=device_id))
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
    contacts = list(session.scalars(
        select(Contact).where(Contact.deleted_at.is_(None), Contact.merged_into_id.is_(None)).order_by(Contact.kana, Contact.name)
    ))
    channels: dict[str, list[ContactChannel]] = {}
    for channel in session.scalars(select(ContactChannel).where(ContactChannel.deleted_at.is_(None))):
        channels.setdefault(channel.contact_id, []).append(channel)
    return [_info(c, channels.get(c.id, [])) for c in contacts]


def search(session: Session, *, phone_digits: str = "", text: str = "", limit: int = 10) -> list[ContactInfo]:
    """Customers whose number starts with `phone_digits` or whose name/kana/email contains `text`."""
    query = select(Contact.id).where(Contact.deleted_at.is_(None), Contact.merged_into_id.is_(None))
    if phone_digits:
        query = query.join(ContactChannel, ContactChannel.contact_id == Contact.id).where(
            ContactChannel.kind == "phone", ContactChannel.normalized.startswith(phone_digits, autoescape=True)
        )
    elif text:
        like = ContactChannel.value.contains(text, autoescape=True)
        query = query.outerjoin(ContactChannel, ContactChannel.contact_id == Contact.id).where(
            Contact.name.contains(text, autoescape=True) | Contact.kana.contains(text, autoescape=True) | like
        )
    else:
        return []
    ids = list(dict.fromkeys(session.scalars(query.limit(limit * 3))))[:limit]
    found = {c.id: c for c in list_contacts_by_ids(session, ids)}
    return [found[i] for i in ids if i in found]


def list_contacts_by_ids(session: Session, ids: list[str]) -> list[ContactInfo]:
    if not ids:
        return []
    contacts = list(session.scalars(select(Contact).where(Contact.id.in_(ids))))
    channels: dict[str, list[ContactChannel]] = {}
    for channel in session.scalars(
        select(ContactChannel).where(ContactChannel.contact_id.in_(ids), ContactChannel.deleted_at.is_(None))
    ):
        channels.setdefault(channel.contact_id, []).append(channel)
    return [_info(c, channels.get(c.id, [])) for c in contacts]


def _info(contact: Contact, channels: list[ContactChannel]) -> ContactInfo:
    return ContactInfo(
        id=contact.id, name=contact.name, kana=contact.kana,
        emails=tuple(ch.value for ch in channels if ch.kind == "email"),
        phones=tuple(ch.value for ch in channels if ch.kind == "phone"),
        unreasonable=contact.unreasonable,
    )
