"""The per-customer tally of a month: calls, mails answered and the pay for each customer's pieces.

Callers not on file are counted by their number; pieces tied to no customer (shipments, returns,
a reply to an address not on file) are counted apart, so the rows add up to the month's total.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from desk_app.core.pieces import PieceKind, RateCard, tally
from desk_app.core.records import CALLER_KEY_PREFIX, CustomerTally, MonthTally


@dataclass(frozen=True)
class TallyCall:
    """A logged call as the tally counts it."""

    contact_id: str | None
    phone: str
    phone_normalized: str
    direction: str  # in | out
    seconds: int
    at: datetime


@dataclass(frozen=True)
class TallyPiece:
    """A live piece with the customer it came from; a call's piece brings its call's contact and
    number (a caller not on file is counted by the number) and length (a short call may pay 0)."""

    kind: str
    quantity: int
    day: date
    contact_id: str | None
    call_phone: str | None = None
    call_phone_normalized: str | None = None
    call_seconds: int | None = None


@dataclass(frozen=True)
class TallyContact:
    """A customer's name, its reading (kana, for sorting) and first number on file."""

    id: str
    name: str
    kana: str
    phone: str


def customer_key(contact_id: str | None, phone_normalized: str | None, phone: str | None) -> str | None:
    """The contact id, else `phone:<digits>` for a number not on file; None for neither."""
    if contact_id:
        return contact_id
    if phone_normalized is None and phone is None:
        return None
    return CALLER_KEY_PREFIX + (phone_normalized or (phone or "").strip())


def _minutes(seconds: int) -> int:
    """Started minutes, as the call list shows them, so the tally adds up to the list."""
    return (seconds + 59) // 60


def month_tally(month: str, calls: Iterable[TallyCall], pieces: Iterable[TallyPiece],
                cards: Iterable[RateCard], contacts: Mapping[str, TallyContact]) -> MonthTally:
    """Group the month's calls and pieces per customer and price each piece at the rate card in
    force on its day (as the status bar does). Most yen first, then most calls, then by name in
    reading order (customers on file before callers known only by their number)."""
    cards = list(cards)
    calls_by: dict[str | None, list[TallyCall]] = {}
    for call in sorted(calls, key=lambda c: c.at):
        calls_by.setdefault(customer_key(call.contact_id, call.phone_normalized, call.phone), []).append(call)
    pieces_by: dict[str | None, list[TallyPiece]] = {}
    for piece in pieces:
        key = customer_key(piece.contact_id, piece.call_phone_normalized, piece.call_phone)
        pieces_by.setdefault(key, []).append(piece)

    def row(key: str | None) -> CustomerTally:
        its_calls, its_pieces = calls_by.get(key, []), pieces_by.get(key, [])
        paid = tally(((p.kind, p.quantity, p.day, p.call_seconds) for p in its_pieces), cards)
        contact = contacts.get(key) if key else None
        last_phone = its_calls[-1].phone if its_calls else ""
        return CustomerTally(
            id=key or "",
            name=contact.name if contact else "",
            phone=last_phone or (contact.phone if contact else ""),
            calls=len(its_calls),
            incoming=sum(1 for c in its_calls if c.direction == "in"),
            outgoing=sum(1 for c in its_calls if c.direction == "out"),
            minutes=sum(_minutes(c.seconds) for c in its_calls),
            mails_answered=sum(p.quantity for p in its_pieces if p.kind == PieceKind.EMAIL_REPLY),
            pieces=paid.pieces,
            amount_yen=paid.amount_yen,
        )

    def order(t: CustomerTally) -> tuple[int, int, bool, str, str]:
        contact = contacts.get(t.id)
        return -t.amount_yen, -t.calls, not t.known, (contact.kana or contact.name) if contact else t.phone, t.id

    customers = sorted((row(key) for key in calls_by.keys() | pieces_by.keys() if key is not None), key=order)
    others = row(None)
    return MonthTally(month, tuple(customers), others, _sum([*customers, others]))


def _sum(rows: list[CustomerTally]) -> CustomerTally:
    return CustomerTally(
        id="", name="", phone="",
        calls=sum(r.calls for r in rows),
        incoming=sum(r.incoming for r in rows),
        outgoing=sum(r.outgoing for r in rows),
        minutes=sum(r.minutes for r in rows),
        mails_answered=sum(r.mails_answered for r in rows),
        pieces=sum(r.pieces for r in rows),
        amount_yen=sum(r.amount_yen for r in rows),
    )
