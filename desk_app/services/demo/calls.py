"""The call log: calls that open phone cases, call-backs on mail cases, and everyday calls.

Most callers are known customers, written down the way the agent heard the number; a few are
strangers whose number matches nobody (their call has no contact).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from desk_app.core.cases import CaseStatus, is_open
from desk_app.core.categories import CATEGORY_KEYS, is_claim
from desk_app.services.demo.bank import Bank, PhoneCase
from desk_app.services.demo.cases import CasePlanner, build_case
from desk_app.services.demo.orders import OrderBook
from desk_app.core.phones import normalize_phone
from desk_app.core.demo_records import DemoCall, DemoCase, DemoContact
from desk_app.services.demo.timeline import DeskClock

TOTAL_CALLS = 50
CALLS_TODAY = 3
STRANGER_SHARE = 0.12


class CallLog:
    """Builds the calls (and the cases that begin with one) in the order they are asked for."""

    def __init__(self, rng: random.Random, bank: Bank, desk: DeskClock, book: OrderBook) -> None:
        self._rng = rng
        self._bank = bank
        self._desk = desk
        self._book = book
        self.calls: list[DemoCall] = []

    def _seconds(self, category: str, unreasonable: bool = False) -> int:
        if unreasonable:
            return self._rng.randint(1080, 1200)
        return self._rng.randint(180, 1080) if is_claim(category) else self._rng.randint(60, 420)

    def _values(self, contact: DemoContact | None, at: datetime, wants_order: bool) -> dict[str, str]:
        book, rng = self._book, self._rng
        order = None
        if wants_order:
            earliest, latest = at - timedelta(days=25), at - timedelta(days=1)
            if contact is not None:
                order = book.give_to(contact, earliest, latest)
            else:
                order = rng.choice([o for o in book.orders if earliest <= o.created_at <= latest]
                                   or book.orders[:1])
        product = book.product_of(order) if order else rng.choice(self._bank.products)
        return {"product": product.name, "order_no": order.number.lstrip("#") if order else ""}

    def add(self, *, at: datetime, direction: str, contact: DemoContact | None, category: str,
            summary: str, outcome: str, case_key: str | None = None, follow_up: bool = False,
            unreasonable: bool = False) -> DemoCall:
        """Log one call; the phone is one of the contact's numbers as written, or a stranger's."""
        if contact is not None:
            phone = self._rng.choice(contact.phones)
        else:
            phone = self._rng.choice(self._bank.people["stranger_phones"])
        call = DemoCall(
            key=f"call{len(self.calls) + 1:02d}",
            at=at.replace(microsecond=0),
            direction=direction,
            phone=phone,
            phone_normalized=normalize_phone(phone),
            contact_key=contact.key if contact else None,
            case_key=case_key,
            seconds=self._seconds(category, unreasonable),
            category=category,
            summary=summary,
            outcome=outcome,
            follow_up=follow_up,
        )
        self.calls.append(call)
        return call

    def phone_case(self, planner: CasePlanner, key: str, template: PhoneCase, status: str,
                   contact: DemoContact) -> DemoCase:
        """A case that began with a call, with its follow-up call once past the first stage."""
        rng, desk = self._rng, self._desk
        start = desk.working(planner.start_for(status), rng)
        if start >= desk.now:
            start = desk.today_slot(rng.uniform(0.2, 0.6))
        deadline = planner.deadline_for(status, start)
        wants_order = "{order_no}" in template.summary or "{product}" in template.summary
        values = self._values(contact, start, wants_order)
        order_no = f"#{values['order_no']}" if values["order_no"] else None
        first = self.add(at=start, direction="in", contact=contact, category=template.category,
                         summary=template.summary.format_map(values), outcome=template.outcome,
                         case_key=key, follow_up=is_open(status), unreasonable=template.unreasonable)
        activity = [first.at]
        if status not in (CaseStatus.NEW, CaseStatus.OPEN):
            later = desk.working(start + timedelta(hours=rng.uniform(18, 50)), rng)
            if later >= desk.now:
                later = desk.spread_until_now(start, 1)[0]
            call = self.add(at=later, direction="out", contact=contact, category=template.category,
                            summary=template.followup.format_map(values),
                            outcome=rng.choice(self._bank.call_texts["followup_outcomes"]),
                            case_key=key, unreasonable=template.unreasonable)
            activity.append(call.at)
        notes = [rng.choice(self._bank.call_texts["generic_notes"])]
        return build_case(
            desk, rng, key=key, title=template.title.format_map(values), status=status,
            category=template.category, channel="phone", contact_key=contact.key,
            order_number=order_no, activity=activity, deadline=deadline, notes=notes,
            closing=template.closing, escalated=template.unreasonable,
            after_follow_on=planner.follow_on(status, template.closing is not None),
        )

    def callback(self, case: DemoCase, contact: DemoContact) -> DemoCall | None:
        """An outgoing call about a mail case, some hours after its last activity."""
        rng, desk = self._rng, self._desk
        at = desk.working(case.updated_at + timedelta(hours=rng.uniform(3, 30)), rng)
        if at >= desk.now:
            return None
        template = rng.choice(self._bank.call_texts["callbacks"])
        return self.add(at=at, direction="out", contact=contact, category=case.category,
                        summary=template["summary"].format(title=case.title),
                        outcome=template["outcome"], case_key=case.key)

    def everyday(self, contacts: list[DemoContact]) -> None:
        """Fill the log up to its total with calls of every category, a few of them today."""
        rng, desk = self._rng, self._desk
        count = TOTAL_CALLS - len(self.calls)
        inquiries = [k for k in CATEGORY_KEYS if not is_claim(k)]
        categories = list(CATEGORY_KEYS) + rng.choices(inquiries, k=max(0, count - len(CATEGORY_KEYS)))
        rng.shuffle(categories)
        for n, category in enumerate(categories[:count]):
            if n < CALLS_TODAY:
                at = desk.today_slot((n + 1) / (CALLS_TODAY + 1))
            else:
                at = desk.working(desk.days_ago(rng, 0.2, 58), rng)
                if at >= desk.now:
                    at = desk.today_slot(rng.uniform(0.1, 0.9))
            template = rng.choice([c for c in self._bank.calls if c.category == category])
            contact = None if rng.random() < STRANGER_SHARE else rng.choice(contacts)
            values = self._values(contact, at, "{order_no}" in template.summary)
            self.add(at=at, direction=template.direction, contact=contact, category=category,
                     summary=template.summary.format_map(values), outcome=template.outcome,
                     follow_up=template.follow_up)

    def sorted_calls(self) -> tuple[DemoCall, ...]:
        """The calls, oldest first (keys keep their creation order)."""
        return tuple(sorted(self.calls, key=lambda c: (c.at, c.key)))
