"""Mail threads: a scenario played out between one customer and the desk, placed in time.

A thread gets as many turns as fit before `now` (the rest "have not happened yet"), or exactly
as many as its case's status implies: a new case has only the customer's first mail, a case
waiting for the customer ends with the desk's reply, a closed one has the whole conversation.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desk_app.core.cases import CaseStatus
from desk_app.services.demo.attachments import make_attachment
from desk_app.services.demo.bank import Bank, Product, Scenario
from desk_app.services.demo.mailtext import MailText
from desk_app.services.demo.orders import OrderBook, WorkingOrder
from desk_app.core.demo_records import DemoAttachment, DemoContact, DemoMail
from desk_app.services.demo.timeline import DeskClock

ISO2022JP_SHARE = 0.22
UNREAD_HOURS = 30

# How many turns a case's thread has, by status (None: as many as fit before now).
TURNS_BY_STATUS: dict[str, int | None] = {
    CaseStatus.NEW: 1,
    CaseStatus.OPEN: 2,
    CaseStatus.WAITING_CUSTOMER: 2,
    CaseStatus.WAITING_SHOP: 3,
    CaseStatus.RESOLVED: None,
    CaseStatus.CLOSED: None,
}

# Where the order a thread is about was placed, relative to the first mail (days before).
ORDER_WINDOWS: dict[str, tuple[float, float]] = {
    "inquiry.order_change": (0.6, 0.02),
    "payment.method": (2.0, 0.05),
    "delivery.not_arrived": (9.0, 4.0),
    "delivery.late": (6.0, 3.0),
    "support.slow": (12.0, 5.0),
}
DEFAULT_ORDER_WINDOW = (28.0, 2.0)


@dataclass(frozen=True)
class ThreadSpec:
    """What to play out: a scenario, the customer, when it starts and what it must look like."""

    scenario: Scenario
    contact: DemoContact
    start: datetime
    status: str | None = None
    deadline: datetime | None = None
    force_reply_at: datetime | None = None


@dataclass
class BuiltThread:
    """A thread after it has been played out: its mails' keys and times and what it is about."""

    number: int
    spec: ThreadSpec
    mail_keys: list[str] = field(default_factory=list)
    times: list[datetime] = field(default_factory=list)
    order: WorkingOrder | None = None
    product: Product | None = None
    values: dict[str, str] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Whether every turn of the scenario has happened."""
        return len(self.times) == len(self.spec.scenario.turns)


@dataclass
class _Mail:
    key: str
    folder: str
    thread: int
    fields: dict


class ThreadBuilder:
    """Plays out thread specs into mails and keeps them until `mails()` numbers them."""

    def __init__(self, rng: random.Random, bank: Bank, desk: DeskClock, book: OrderBook) -> None:
        self._rng = rng
        self._bank = bank
        self._desk = desk
        self._book = book
        self._text = MailText(bank, desk)
        self._mails: list[_Mail] = []
        self._threads = 0
        self._attachments = 0

    def _timeline(self, spec: ThreadSpec) -> list[datetime]:
        rng, desk = self._rng, self._desk
        turns = spec.scenario.turns
        wanted = len(turns) if spec.status is None else (TURNS_BY_STATUS[spec.status] or len(turns))
        wanted = min(wanted, len(turns))
        times = [spec.start]
        for i in range(1, wanted):
            previous = times[-1]
            if turns[i].sender == "agent":
                at = desk.working(previous + timedelta(hours=rng.uniform(0.3, 5)), rng)
                if i == 1 and spec.force_reply_at is not None:
                    at = spec.force_reply_at
            else:
                at = desk.awake(previous + timedelta(hours=rng.uniform(1.5, 30)), rng)
            if at >= desk.now:
                break
            times.append(at)
        if spec.status is not None and len(times) < wanted:
            # A case's status promises these turns happened: squeeze them in before now.
            times += desk.spread_until_now(times[-1], wanted - len(times))
        # Whole seconds, as a Date header carries them, so pieces match their stored mails.
        return [t.replace(microsecond=0) for t in times]

    def _values(self, spec: ThreadSpec, order: WorkingOrder | None, product: Product) -> dict[str, str]:
        rng, desk, bank = self._rng, self._desk, self._bank
        # The "other" product (a wrong item sent) is a neighbour on the shelf: same category.
        same_kind = [p.sku for p in bank.products if p.category == product.category and p.sku != product.sku]
        listed = [s for s in spec.scenario.products if s in same_kind]
        any_other = [p.sku for p in bank.products if p.sku != product.sku]
        second = bank.product(rng.choice(listed or same_kind or any_other))
        deadline = spec.deadline if spec.deadline and spec.deadline > spec.start + timedelta(hours=12) \
            else spec.start + timedelta(days=rng.uniform(2, 4))
        number = order.number if order else ""
        return {
            "customer": spec.contact.name,
            "surname": spec.contact.name.split()[0],
            "product": product.name,
            "product2": second.name,
            "price": f"{self._book.total(order) if order else product.price:,}円",
            "order_ref": MailText.order_ref(rng, number) if order else "",
            "order_no": number.lstrip("#"),
            "occasion": rng.choice(bank.texts["occasions"]),
            "deadline": desk.japanese_date(deadline),
            "carrier": rng.choice(bank.texts["carriers"]),
            "tracking": f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "payment_code": f"{rng.randint(10000, 99999)}-{rng.randint(100000, 999999)}",
        }

    def _order(self, spec: ThreadSpec) -> tuple[WorkingOrder | None, Product]:
        scenario = spec.scenario
        if not scenario.needs_order:
            skus = scenario.products or tuple(p.sku for p in self._bank.products)
            return None, self._bank.product(self._rng.choice(skus))
        far, near = ORDER_WINDOWS.get(scenario.category, DEFAULT_ORDER_WINDOW)
        order = self._book.give_to(spec.contact, spec.start - timedelta(days=far),
                                   spec.start - timedelta(days=near), scenario.products)
        return order, self._book.product_of(order, scenario.products)

    def build(self, spec: ThreadSpec) -> BuiltThread:
        """Play out `spec`; returns the thread with its mails' keys and times."""
        rng, text = self._rng, self._text
        self._threads += 1
        thread = BuiltThread(self._threads, spec)
        thread.order, thread.product = self._order(spec)
        values = thread.values = self._values(spec, thread.order, thread.product)
        times = self._timeline(spec)
        contact, shop = spec.contact, self._bank.shop
        customer_addr = contact.emails[0]
        subject = text.fill(spec.scenario.subject, values)
        ids: list[str] = []
        previous: tuple[datetime, str, str] | None = None
        for i, at in enumerate(times):
            turn = spec.scenario.turns[i]
            from_customer = turn.sender == "customer"
            if from_customer:
                own = text.customer(rng, turn.text, values, first=i == 0, name=contact.name,
                                    plain=spec.scenario.plain)
                sender = (contact.name, customer_addr)
                to = (f"{shop['name']} <{shop['email']}>",)
            else:
                own = text.agent(rng, turn.text, values, customer=contact.name)
                sender = (shop["name"], shop["email"])
                to = (f"{contact.name} <{customer_addr}>",)
            domain = sender[1].split("@", 1)[1]
            message_id = f"<{at:%Y%m%d%H%M%S}.{rng.getrandbits(40):010x}@{domain}>"
            answered = from_customer and i + 1 < len(times)
            fresh = at > self._desk.now - timedelta(hours=UNREAD_HOURS)
            key = f"m{self._threads:03d}-{i + 1}"
            self._mails.append(_Mail(key, "inbox" if from_customer else "sent", self._threads, dict(
                from_name=sender[0],
                from_address=sender[1],
                to=to,
                subject=subject if i == 0 else f"Re: {subject}",
                text=text.with_quote(own, previous if i else None),
                date=at,
                message_id=message_id,
                in_reply_to=ids[-1] if ids else None,
                references=tuple(ids),
                charset="iso-2022-jp" if from_customer and rng.random() < ISO2022JP_SHARE else "utf-8",
                # The desk reads everything it answers; only recent, unanswered mail is unread.
                seen=not from_customer or answered or not fresh or spec.status not in (None, CaseStatus.NEW),
                answered=answered,
                contact_key=contact.key,
                attachments=self._attachment(turn.attach, thread),
            )))
            ids.append(message_id)
            thread.mail_keys.append(key)
            previous = (at, f"{sender[0]} <{sender[1]}>", own)
        thread.times = times
        return thread

    def _attachment(self, kind: str | None, thread: BuiltThread) -> tuple[DemoAttachment, ...]:
        if kind is None:
            return ()
        self._attachments += 1
        order = thread.order
        return (make_attachment(
            kind, self._rng, serial=self._attachments,
            order_number=order.number if order else "",
            total_yen=self._book.total(order) if order else 0,
            shop_domain=self._bank.shop["domain"],
        ),)

    @property
    def mail_count(self) -> int:
        """How many mails have been built so far."""
        return len(self._mails)

    def mails(self) -> tuple[DemoMail, ...]:
        """All mails, oldest first, with IMAP-like uids numbered per folder by date."""
        ordered = sorted(self._mails, key=lambda m: (m.fields["date"], m.key))
        uids = {"inbox": 0, "sent": 0}
        result = []
        for mail in ordered:
            uids[mail.folder] += 1
            result.append(DemoMail(key=mail.key, folder=mail.folder, uid=uids[mail.folder],
                                   thread=mail.thread, **mail.fields))
        return tuple(result)
