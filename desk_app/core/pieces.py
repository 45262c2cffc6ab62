"""Piece kinds and piece-rate arithmetic. Money is integer yen throughout."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class PieceKind(StrEnum):
    """The built-in kinds of paid work; owners may add their own keys."""

    EMAIL_REPLY = "email_reply"
    CALL_IN = "call_in"
    CALL_OUT = "call_out"
    SHIPMENT = "shipment"
    RETURN = "return"


_KIND_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def is_valid_kind(key: str) -> bool:
    """Owner-defined kinds are lowercase letters, digits and underscores."""
    return bool(_KIND_KEY.match(key))


@dataclass(frozen=True)
class RateCard:
    """Yen per piece kind, in force from `effective_from` (an Asia/Tokyo calendar day)."""

    effective_from: date
    rates: Mapping[str, int]


def rate_on(cards: Iterable[RateCard], kind: str, day: date) -> int:
    """The rate for `kind` on `day`: the latest card in force that day; 0 when none names it."""
    in_force = sorted((c for c in cards if c.effective_from <= day), key=lambda c: c.effective_from)
    for card in reversed(in_force):
        if kind in card.rates:
            return card.rates[kind]
    return 0


@dataclass(frozen=True)
class Tally:
    """Count of pieces and their value at the rates in force."""

    pieces: int = 0
    amount_yen: int = 0


def tally(items: Iterable[tuple[str, int, date]], cards: Iterable[RateCard]) -> Tally:
    """Sum `(kind, quantity, day)` items at the rates in force on each item's day."""
    cards = list(cards)
    pieces = amount = 0
    for kind, qty, day in items:
        pieces += qty
        amount += qty * rate_on(cards, kind, day)
    return Tally(pieces=pieces, amount_yen=amount)
