"""The demo data set as plain frozen records: what generation produces and the store writes.

Records refer to each other by stable keys (`c07`, `case12`, `mail031`), never by database ids:
the writer gives them UUIDs when it inserts them, so two machines that load the demo never
share record ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class DemoAccount:
    """The local, never-synced mail account the demo mails live in."""

    name: str
    email: str
    display_name: str
    host: str
    signature: str
    inbox: str = "INBOX"
    sent: str = "送信済み"


@dataclass(frozen=True)
class DemoContact:
    """A customer with their addresses and phone numbers (as written and normalised)."""

    key: str
    name: str
    kana: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    phones_normalized: tuple[str, ...]
    created_at: datetime
    notes: str = ""
    unreasonable: bool = False
    unreasonable_criteria: dict[str, bool] = field(default_factory=dict)
    unreasonable_note: str = ""


@dataclass(frozen=True)
class DemoAttachment:
    """A small file attached to a demo mail."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class DemoMail:
    """One mail of a thread, before it is turned into RFC 5322 bytes.

    `folder` is `inbox` (customer mails) or `sent` (the desk's replies).
    """

    key: str
    folder: str
    uid: int
    thread: int
    from_name: str
    from_address: str
    to: tuple[str, ...]
    subject: str
    text: str
    date: datetime
    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    charset: str
    seen: bool
    answered: bool
    contact_key: str | None
    attachments: tuple[DemoAttachment, ...] = ()


@dataclass(frozen=True)
class DemoCaseNote:
    """A note on a case's timeline."""

    at: datetime
    body: str


@dataclass(frozen=True)
class DemoCase:
    """A case with its closing fields (empty until closed) and the mails it links to."""

    key: str
    title: str
    status: str
    category: str
    channel: str
    contact_key: str | None
    order_number: str | None
    deadline: datetime | None
    created_at: datetime
    updated_at: datetime
    escalated: bool = False
    cause: str = ""
    responsibility: str | None = None
    recovery: str = ""
    prevention_note: str = ""
    prevention_audience: tuple[str, ...] = ()
    closed_at: datetime | None = None
    after_follow_on: date | None = None
    notes: tuple[DemoCaseNote, ...] = ()
    mail_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoCall:
    """A logged phone call."""

    key: str
    at: datetime
    direction: str
    phone: str
    phone_normalized: str
    contact_key: str | None
    case_key: str | None
    seconds: int
    category: str
    summary: str
    outcome: str
    follow_up: bool = False


@dataclass(frozen=True)
class DemoWorkItem:
    """A paid piece; `source_key` is the key of the reply mail or call it came from, if any."""

    kind: str
    quantity: int
    at: datetime
    day: date
    source_kind: str | None
    source_key: str | None
    contact_key: str | None = None
    note: str = ""


@dataclass(frozen=True)
class DemoRateCard:
    """The agent's piece rates (yen) in force from a calendar day."""

    effective_from: date
    rates: dict[str, int]
    tax_rate_percent: int = 10
    tax_mode: str = "exclusive"


@dataclass(frozen=True)
class DemoOrderLine:
    """One line item of an order."""

    sku: str
    name: str
    quantity: int
    unit_price_yen: int


@dataclass(frozen=True)
class DemoOrder:
    """An order as a Shopify export would hold it."""

    number: str
    email: str
    customer_name: str
    created_at: datetime
    total_yen: int
    financial_status: str
    cancelled_at: datetime | None
    lines: tuple[DemoOrderLine, ...]


@dataclass(frozen=True)
class DemoData:
    """The whole demo data set for one `now`."""

    agent: str
    account: DemoAccount
    contacts: tuple[DemoContact, ...]
    mails: tuple[DemoMail, ...]
    cases: tuple[DemoCase, ...]
    calls: tuple[DemoCall, ...]
    work_items: tuple[DemoWorkItem, ...]
    rate_card: DemoRateCard
    orders: tuple[DemoOrder, ...]
    order_source: str = "shopify"

    @property
    def order_lines(self) -> int:
        """How many order lines all orders hold together."""
        return sum(len(o.lines) for o in self.orders)
