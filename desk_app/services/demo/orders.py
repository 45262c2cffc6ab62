"""Six months of orders: popularity skew, bundles bought together, cancellations and refunds.

Orders are built as mutable working copies first because the mail threads later "claim" some of
them: a claim about order #1042 needs #1042 to be that customer's order, placed shortly before.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate

from desk_app.services.demo.bank import Bank, Product
from desk_app.services.demo.people import Buyers
from desk_app.core.demo_records import DemoContact, DemoOrder, DemoOrderLine
from desk_app.services.demo.timeline import DeskClock

HISTORY_DAYS = 183
ORDERS_PER_DAY = 7.0
FIRST_NUMBER = 1001
FREE_SHIPPING_FROM = 11000
SHIPPING_YEN = 880
# Evenings and lunch breaks are when people shop.
HOUR_WEIGHTS = [1, 1, 0, 0, 0, 0, 1, 2, 3, 3, 3, 3, 5, 4, 3, 3, 3, 3, 4, 5, 7, 8, 7, 4]


@dataclass
class WorkingOrder:
    """An order while the data set is being built; frozen into a DemoOrder at the end."""

    created_at: datetime
    name: str
    email: str
    lines: list[list]  # [sku, quantity]
    number: str = ""
    financial_status: str = "paid"
    cancelled_at: datetime | None = None
    claimed: bool = False

    def has(self, sku: str) -> bool:
        """Whether a line of the order is `sku`."""
        return any(line[0] == sku for line in self.lines)


class OrderBook:
    """The generated orders, with the means to hand one to a support thread."""

    def __init__(self, rng: random.Random, bank: Bank, desk: DeskClock) -> None:
        self._rng = rng
        self._bank = bank
        self._desk = desk
        self._products = {p.sku: p for p in bank.products}
        self._cum = list(accumulate(p.weight for p in bank.products))
        self.orders: list[WorkingOrder] = []
        self._generate(Buyers(rng, bank))

    def _product(self) -> Product:
        return self._rng.choices(self._bank.products, cum_weights=self._cum)[0]

    def _lines(self) -> list[list]:
        rng = self._rng
        first = self._product()
        skus = [first.sku]
        for a, b, chance in self._bank.bundles:
            if a == first.sku and b not in skus and rng.random() < chance:
                skus.append(b)
        for chance in (0.27, 0.07):
            if rng.random() < chance:
                extra = self._product().sku
                if extra not in skus:
                    skus.append(extra)
        lines = []
        for sku in skus:
            two = sku in self._bank.often_two and rng.random() < 0.45
            lines.append([sku, 2 if two else (3 if rng.random() < 0.02 else 1)])
        return lines

    def _generate(self, buyers: Buyers) -> None:
        rng, desk = self._rng, self._desk
        first_day = desk.today - timedelta(days=HISTORY_DAYS)
        for offset in range(HISTORY_DAYS + 1):
            day = first_day + timedelta(days=offset)
            growth = 0.85 + 0.3 * offset / HISTORY_DAYS
            weekend = 1.25 if day.weekday() >= 5 else 1.0
            # Less spread than a Poisson count, so totals stay near the target whatever `now` is.
            count = max(0, round(ORDERS_PER_DAY * growth * weekend + rng.gauss(0, 1.3)))
            for _ in range(count):
                hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
                at = desk.local(day, hour, rng.randint(0, 59)) + timedelta(seconds=rng.randint(0, 59))
                name, email = buyers.pick()
                order = WorkingOrder(created_at=at, name=name, email=email, lines=self._lines())
                if at < desk.now:
                    self.orders.append(order)
        self.orders.sort(key=lambda o: o.created_at)
        for number, order in enumerate(self.orders, start=FIRST_NUMBER):
            order.number = f"#{number}"
            self._settle(order)

    def _settle(self, order: WorkingOrder) -> None:
        rng, now = self._rng, self._desk.now
        age = now - order.created_at
        roll = rng.random()
        if roll < 0.02:
            cancel = order.created_at + timedelta(hours=rng.uniform(0.5, 20))
            if cancel < now:
                order.cancelled_at, order.financial_status = cancel, "voided"
        elif roll < 0.05 and age > timedelta(days=10):
            order.financial_status = "refunded"
        elif roll < 0.06 and age > timedelta(days=10):
            order.financial_status = "partially_refunded"
        elif age < timedelta(days=2) and roll < 0.2:
            order.financial_status = "pending"  # convenience-store payment not made yet

    def give_to(
        self,
        contact: DemoContact,
        earliest: datetime,
        latest: datetime,
        skus: tuple[str, ...] = (),
    ) -> WorkingOrder:
        """Hand an unclaimed order placed in [earliest, latest] to `contact`.

        Prefers an order holding one of `skus`; otherwise the chosen order's first line becomes
        one of them, so a thread about a product always has the product on its order.
        """
        window = [o for o in self.orders
                  if earliest <= o.created_at <= latest and not o.claimed and o.cancelled_at is None]
        if not window:
            window = [o for o in self.orders if o.created_at <= latest and not o.claimed][-20:]
        with_sku = [o for o in window if any(o.has(s) for s in skus)]
        order = self._rng.choice(with_sku or window)
        if skus and not with_sku:
            order.lines[0][0] = self._rng.choice(skus)
        order.claimed = True
        order.name, order.email = contact.name, contact.emails[0]
        return order

    def product_of(self, order: WorkingOrder, skus: tuple[str, ...] = ()) -> Product:
        """The product of `order` a thread is about: one of `skus` if present, else the first."""
        for sku, _qty in order.lines:
            if sku in skus:
                return self._products[sku]
        return self._products[order.lines[0][0]]

    def total(self, order: WorkingOrder) -> int:
        """The order's total in yen, shipping included below the free-shipping threshold."""
        subtotal = sum(self._products[sku].price * qty for sku, qty in order.lines)
        return subtotal + (SHIPPING_YEN if subtotal < FREE_SHIPPING_FROM else 0)

    def freeze(self) -> tuple[DemoOrder, ...]:
        """The orders as frozen records, oldest first."""
        return tuple(
            DemoOrder(
                number=o.number,
                email=o.email,
                customer_name=o.name,
                created_at=o.created_at,
                total_yen=self.total(o),
                financial_status=o.financial_status,
                cancelled_at=o.cancelled_at,
                lines=tuple(DemoOrderLine(sku, self._products[sku].name, qty, self._products[sku].price)
                            for sku, qty in o.lines),
            )
            for o in self.orders
        )
