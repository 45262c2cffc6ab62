"""What the per-customer tally reads besides the pieces: a month's calls and the customers' names."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.core.customer_tally import TallyCall, TallyContact
from desk_app.store.models import Call, Contact, ContactChannel


def month_calls(session: Session, agent: str, since: datetime, until: datetime) -> list[TallyCall]:
    """The agent's live calls with since <= at < until."""
    rows = session.execute(
        select(Call.contact_id, Call.phone, Call.phone_normalized, Call.direction, Call.seconds, Call.at)
        .where(Call.agent == agent, Call.at >= since, Call.at < until, Call.deleted_at.is_(None))
    )
    return [TallyCall(*row) for row in rows]


def contacts(session: Session, ids: Iterable[str]) -> dict[str, TallyContact]:
    """Name, kana and first number on file of each contact in `ids` (merging moves calls and
    pieces to the surviving contact, so these are the customers as they stand)."""
    wanted = set(ids)
    phones: dict[str, str] = {}
    for contact_id, value in session.execute(
        select(ContactChannel.contact_id, ContactChannel.value)
        .where(ContactChannel.contact_id.in_(wanted), ContactChannel.kind == "phone",
               ContactChannel.deleted_at.is_(None))
        .order_by(ContactChannel.created_at)
    ):
        phones.setdefault(contact_id, value)
    rows = session.execute(select(Contact.id, Contact.name, Contact.kana).where(Contact.id.in_(wanted)))
    return {contact_id: TallyContact(contact_id, name, kana, phones.get(contact_id, ""))
            for contact_id, name, kana in rows}
