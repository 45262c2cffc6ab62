"""Plain frozen records the services hand to the GUI and the CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class MessageSummary:
    """One row of a message list."""

    id: int
    account: str
    folder: str
    uid: int | None
    message_id: str | None
    subject: str
    from_name: str
    from_address: str
    date: datetime | None
    seen: bool
    flagged: bool
    answered: bool
    has_attachments: bool
    thread_key: str | None = None


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment under the sanitised name saving would use."""

    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class MessageDetail:
    """A message for the reading pane and `messages show`."""

    id: int
    subject: str
    from_name: str
    from_address: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    date: datetime | None
    text: str
    html: str | None
    attachments: tuple[AttachmentInfo, ...]
    notes: tuple[str, ...] = ()

    @property
    def html_available(self) -> bool:
        return self.html is not None


@dataclass(frozen=True)
class FolderInfo:
    """A mail folder with its counts, for the folder tree."""

    id: int
    account: str
    name: str
    role: str | None
    total: int
    unread: int


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: str
    title: str
    status: str
    category: str | None
    contact_id: str | None
    contact_name: str
    order_number: str | None
    deadline: datetime | None
    updated: datetime
    escalated: bool = False


@dataclass(frozen=True)
class CallSummary:
    """One row of the call log."""

    id: str
    at: datetime
    phone: str
    contact_id: str | None
    contact_name: str
    direction: str
    minutes: int
    category: str | None
    summary: str
    case_id: str | None


@dataclass(frozen=True)
class PieceTally:
    """Pieces and yen for today and this month, for the status bar."""

    today_pieces: int
    today_yen: int
    month_pieces: int
    month_yen: int


CALLER_KEY_PREFIX = "phone:"  # before the digits of a caller not on file, in a CustomerTally id


@dataclass(frozen=True)
class CustomerTally:
    """One customer's month: calls, mails answered, and the pay for their pieces (integer yen).

    `id` is the contact id, or `phone:<digits>` for a caller not on file.
    """

    id: str
    name: str
    phone: str  # the number last called from, else the customer's first number on file
    calls: int
    incoming: int
    outgoing: int
    minutes: int
    mails_answered: int
    pieces: int
    amount_yen: int

    @property
    def known(self) -> bool:
        return not self.id.startswith(CALLER_KEY_PREFIX)


@dataclass(frozen=True)
class MonthTally:
    """A month's tally per customer (most yen first), the pieces tied to no customer (shipments,
    returns, a reply to an address not on file) and the month's total, which is the sum of both
    and the status bar's month figure. `others` and `total` have an empty id, name and phone."""

    month: str  # YYYY-MM
    customers: tuple[CustomerTally, ...]
    others: CustomerTally
    total: CustomerTally


@dataclass(frozen=True)
class DemoResult:
    """What loading the demo data set wrote."""

    messages: int
    cases: int
    calls: int
    contacts: int
    orders: int
    order_lines: int
    work_items: int
    already_loaded: bool = False


@dataclass(frozen=True)
class Overview:
    """Counts the window shows at start (and tells whether the db is still empty)."""

    messages: int
    unread: int
    cases_open: int
    cases_overdue: int
    calls: int
    accounts: int
    orders: int
    extra: dict[str, int] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.messages or self.cases_open or self.calls or self.orders)


@dataclass(frozen=True)
class Period:
    """A half-open range of calendar days [start, end)."""

    start: date
    end: date


@dataclass(frozen=True)
class FolderState:
    """A folder as stored locally, with the server state the last complete pass saw."""

    id: int
    name: str
    role: str | None
    uidvalidity: int | None
    uidnext: int | None
    highestmodseq: int | None


@dataclass(frozen=True)
class PendingAction:
    """A local change waiting for the server: flags set/cleared, or a move to another folder."""

    id: int
    folder_name: str
    uid: int | None
    uidvalidity: int | None
    add_flags: tuple[str, ...] = ()
    remove_flags: tuple[str, ...] = ()
    move_to: str | None = None


@dataclass(frozen=True)
class AccountInfo:
    """A mail account's settings (the password lives in the keyring, never here)."""

    id: int | None
    name: str
    email: str
    display_name: str
    imap_host: str
    imap_port: int
    imap_security: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    username: str
    ca_file: str | None = None
    signature: str = ""
    keep_days: int | None = None
    last_sync_at: datetime | None = None
    last_error: str | None = None


@dataclass(frozen=True)
class SearchHit:
    """One search result across mail, cases, calls and the manual."""

    kind: str  # mail | case | call | manual
    id: str
    title: str
    snippet: str


@dataclass(frozen=True)
class DraftData:
    """A message being written: a reply, reply-all, forward or new message."""

    id: int | None
    account_id: int
    kind: str  # reply | reply_all | forward | new
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    body: str
    charset: str = "utf-8"  # or iso-2022-jp for customers on old mailers
    replied_pk: int | None = None
    case_id: str | None = None
    template_key: str | None = None
    attachments: tuple[str, ...] = ()  # file paths, read when the message is queued


@dataclass(frozen=True)
class OutboxItem:
    """A queued message and where it is on its way out."""

    id: int
    account_id: int
    state: str  # queued | sending | sent | failed | cancelled
    kind: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    message_id: str
    error: str | None
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    next_attempt_at: datetime | None
    replied_pk: int | None = None
    replied_message_id: str | None = None
    case_id: str | None = None


@dataclass(frozen=True)
class OutgoingMessage:
    """What delivery needs of a due outbox entry: the frozen bytes and the envelope."""

    id: int
    state: str
    message_id: str
    sender: str
    recipients: tuple[str, ...]
    raw: bytes
    attempts: int


@dataclass(frozen=True)
class CaseContext:
    """What a reply template may take from the case a message belongs to."""

    case_id: str
    customer_name: str
    order_number: str | None
    deadline: datetime | None
    category: str | None = None


@dataclass(frozen=True)
class ContactInfo:
    """A customer with their addresses and phone numbers."""

    id: str
    name: str
    kana: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    unreasonable: bool = False


@dataclass(frozen=True)
class ContactDetail:
    """Everything about one customer for the Customers page: fields, channels and the flag."""

    id: str
    name: str
    kana: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    notes: str
    unreasonable: bool
    unreasonable_criteria: tuple[str, ...]  # the ticked keys of core.claimants, in its order
    unreasonable_note: str
    updated: datetime


@dataclass(frozen=True)
class ContactTimelineEntry:
    """One thing in a customer's history: a mail, a call, a case or an order."""

    kind: str  # mail | call | case | order
    id: str  # message pk, call id, case id, order id (as text)
    at: datetime | None
    title: str  # subject, call summary, case title, order number
    detail: str  # mail: in|out (from / to the customer); call: in|out; case: status; order: payment status
    amount_yen: int | None = None  # an order's total


@dataclass(frozen=True)
class DuplicateMatch:
    """Another customer who looks like the same person, and why (`phone`, `email`, `name`, `kana`)."""

    contact: ContactInfo
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MergeSummary:
    """What merging one customer into another moves (before: the plan; after: what was done)."""

    survivor: ContactInfo
    merged: ContactInfo
    channels: int  # addresses and numbers the survivor gains (duplicates not counted)
    cases: int
    calls: int
    work_items: int


@dataclass(frozen=True)
class LoggedCall:
    """What logging a call created: the call, the customer it matched and the case it joined."""

    id: str
    contact_id: str | None
    case_id: str | None


@dataclass(frozen=True)
class CaseTimelineEntry:
    """One thing that happened in a case: a mail, a call or a note."""

    kind: str  # mail | call | note
    id: str
    at: datetime | None
    title: str
    detail: str


@dataclass(frozen=True)
class CaseDetail:
    """Everything about one case, for its page and `cases show`."""

    id: str
    title: str
    status: str
    category: str | None
    channel: str
    contact_id: str | None
    contact_name: str
    order_number: str | None
    deadline: datetime | None
    escalated: bool
    agent: str
    cause: str
    responsibility: str | None
    recovery: str
    prevention_note: str
    prevention_audience: tuple[str, ...]
    closed_at: datetime | None
    after_follow_on: date | None
    # The manual checklists worked through: section id → indexes of the steps ticked, ascending.
    checklist: dict[str, tuple[int, ...]]
    updated: datetime
    contact_unreasonable: bool = False


@dataclass(frozen=True)
class PreventionRow:
    """A closed claim's recurrence-prevention note, for the report by category."""

    case_id: str
    category: str
    title: str
    closed_at: datetime | None
    note: str
    audience: tuple[str, ...]
    products: tuple[str, ...]
    repeat: bool = False
