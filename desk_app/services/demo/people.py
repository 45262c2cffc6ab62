"""The demo's customers (contacts), the anonymous buyers of the order history, and phone numbers."""

from __future__ import annotations

import random
from datetime import timedelta

from desk_app.core.phones import normalize_phone
from desk_app.services.demo.bank import Bank
from desk_app.core.demo_records import DemoContact
from desk_app.services.demo.timeline import DeskClock


def make_contacts(rng: random.Random, bank: Bank, desk: DeskClock) -> tuple[DemoContact, ...]:
    """One contact per bank customer, keyed `c01`…, known to the shop for three to six months."""
    contacts = []
    for i, customer in enumerate(bank.customers, start=1):
        flagged = customer.unreasonable_criteria is not None
        contacts.append(DemoContact(
            key=f"c{i:02d}",
            name=customer.name,
            kana=customer.kana,
            emails=customer.emails,
            phones=customer.phones,
            phones_normalized=tuple(normalize_phone(p) for p in customer.phones),
            created_at=desk.now - timedelta(days=rng.uniform(95, 185)),
            unreasonable=flagged,
            unreasonable_criteria=dict(customer.unreasonable_criteria or {}),
            unreasonable_note=customer.unreasonable_note,
        ))
    return tuple(contacts)


class Buyers:
    """Invented buyers for orders that no support contact is about."""

    def __init__(self, rng: random.Random, bank: Bank) -> None:
        self._rng = rng
        self._surnames = list(zip(bank.people["buyer_surnames"], bank.people["buyer_surname_roman"],
                                  strict=True))
        self._given = [tuple(g) for g in bank.people["buyer_given"]]
        self._domains = bank.people["mail_domains"]
        # A pool of repeat buyers: most orders come from people who have ordered before.
        self._pool = [self._invent() for _ in range(420)]

    def _invent(self) -> tuple[str, str]:
        rng = self._rng
        surname, surname_roman = rng.choice(self._surnames)
        given, given_roman = rng.choice(self._given)
        local = rng.choice((
            f"{given_roman}.{surname_roman}",
            f"{surname_roman}{rng.randint(1, 99)}",
            f"{given_roman[0]}-{surname_roman}",
            f"{surname_roman}.{given_roman}{rng.randint(70, 99)}",
        ))
        return f"{surname} {given}", f"{local}@{rng.choice(self._domains)}"

    def pick(self) -> tuple[str, str]:
        """A buyer's `(name, email)`; a quarter are first-time buyers."""
        if self._rng.random() < 0.25:
            return self._invent()
        # Squaring skews towards the front of the pool: a few buyers order often.
        return self._pool[int(self._rng.random() ** 2 * len(self._pool))]
