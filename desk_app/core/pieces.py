"""Piece kinds and piece-rate arithmetic. Money is integer yen throughout."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from desk_app.core.tax import TaxTerms


class PieceKind(StrEnum):
    """The built-in kinds of paid work; owners may add their own keys."""

    EMAIL_REPLY = "email_reply"
    CALL_IN = "call_in"
    CALL_OUT = "call_out"
    SHIPMENT = "shipment"
    RETURN = "return"
    HOURLY = "hourly"  # a time-based contract: the quantity is whole hours, the rate yen per hour


# Counted by the app itself, one per reply sent or call logged: never entered by hand.
AUTOMATIC_KINDS = frozenset({PieceKind.EMAIL_REPLY, PieceKind.CALL_IN, PieceKind.CALL_OUT})
CALL_KINDS = frozenset({PieceKind.CALL_IN, PieceKind.CALL_OUT})

_KIND_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def is_valid_kind(key: str) -> bool:
    """Owner-defined kinds are lowercase letters, digits and underscores."""
    return bool(_KIND_KEY.match(key))


def kind_order(kind: str) -> tuple[int, str]:
    """Built-in kinds in their declared order, then owner-defined ones alphabetically."""
    builtin = list(PieceKind)
    return (builtin.index(PieceKind(kind)), "") if kind in builtin else (len(builtin), kind)


@dataclass(frozen=True)
class RateCard:
    """Yen per piece kind, in force from `effective_from` (an Asia/Tokyo calendar day), with the
    shortest paid call (shorter calls are logged, counted and priced at 0) and the tax terms."""

    effective_from: date
    rates: Mapping[str, int]
    min_call_seconds: int = 0
    tax: TaxTerms = TaxTerms()
    agent: str = ""
    id: str = ""
    device_id: str = ""


def card_on(cards: Iterable[RateCard], day: date) -> RateCard | None:
    """The card in force on `day`: the latest one effective on or before it."""
    in_force = [c for c in cards if c.effective_from <= day]
    return max(in_force, key=lambda c: c.effective_from) if in_force else None


def rate_on(cards: Iterable[RateCard], kind: str, day: date) -> int:
    """The rate for `kind` on `day`: the latest card in force that day; 0 when none names it."""
    in_force = sorted((c for c in cards if c.effective_from <= day), key=lambda c: c.effective_from)
    for card in reversed(in_force):
        if kind in card.rates:
            return card.rates[kind]
    return 0


def unit_rate(cards: Iterable[RateCard], kind: str, day: date, call_seconds: int | None = None) -> int:
    """What one piece earns on `day`: its kind's rate, but 0 for a call shorter than the minimum
    of the card in force that day."""
    cards = list(cards)
    if call_seconds is not None and kind in CALL_KINDS:
        card = card_on(cards, day)
        if card is not None and call_seconds < card.min_call_seconds:
            return 0
    return rate_on(cards, kind, day)


@dataclass(frozen=True)
class WorkPiece:
    """A stored piece. `customer` is what the per-customer tally groups it under: the contact id
    (for a call piece, its call's contact), `phone:<digits>` for a caller not on file, else None.
    `call_seconds` is the length of a call piece's call (None for other pieces)."""

    id: str
    agent: str
    kind: str
    quantity: int
    at: datetime
    day: date
    note: str = ""
    source_kind: str | None = None  # message | call | None for a piece entered by hand
    source_ref: str | None = None
    contact_id: str | None = None
    customer: str | None = None
    call_seconds: int | None = None
    voided_at: datetime | None = None
    void_reason: str = ""
    device_id: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


class PricedItem(NamedTuple):
    """A piece as pricing needs it; `call_seconds` is the length of a call piece's call."""

    kind: str
    quantity: int
    day: date
    call_seconds: int | None = None


@dataclass(frozen=True)
class Tally:
    """Count of pieces and their value at the rates in force."""

    pieces: int = 0
    amount_yen: int = 0


def tally(items: Iterable[tuple], cards: Iterable[RateCard]) -> Tally:
    """Sum `(kind, quantity, day[, call_seconds])` items at the rates in force on each item's day."""
    cards = list(cards)
    pieces = amount = 0
    for kind, qty, day, call_seconds in (PricedItem(*item) for item in items):
        pieces += qty
        amount += qty * unit_rate(cards, kind, day, call_seconds)
    return Tally(pieces=pieces, amount_yen=amount)
