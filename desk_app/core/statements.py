"""The monthly statement (月次支払明細): one line per kind and rate, adjustments, consumption tax
computed once on the subtotal, the breakdowns by customer and by day, the appendix of every piece,
and where the statement stands in the approval workflow. Money is integer yen throughout.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from desk_app.core.clock import next_month
from desk_app.core.documents import from_plain
from desk_app.core.pieces import RateCard, WorkPiece, card_on, kind_order, unit_rate
from desk_app.core.records import MonthTally
from desk_app.core.tax import TaxMode, TaxTerms, consumption_tax


class StatementStatus(StrEnum):
    """draft → submitted (agent) → approved (owner) → paid (owner); sending back returns to draft."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    PAID = "paid"


# An approved month is locked: its pieces can no longer be added, changed or voided.
LOCKED_STATUSES = frozenset({StatementStatus.APPROVED, StatementStatus.PAID})


class Role(StrEnum):
    """Who takes a step: the agent, or the owner (behind the owner's passphrase when one is set)."""

    AGENT = "agent"
    OWNER = "owner"


class Step(StrEnum):
    """What can happen to a statement; each is kept as an event with its actor and time."""

    SUBMIT = "submit"
    APPROVE = "approve"
    SEND_BACK = "send_back"
    PAID = "paid"
    COMMENT = "comment"
    ADJUST = "adjust"
    IMPORT = "import"


@dataclass(frozen=True)
class Transition:
    """The statuses a step starts from, the status it leads to and who may take it."""

    sources: frozenset[StatementStatus]
    target: StatementStatus
    role: Role


TRANSITIONS: Mapping[Step, Transition] = {
    Step.SUBMIT: Transition(frozenset({StatementStatus.DRAFT}), StatementStatus.SUBMITTED, Role.AGENT),
    Step.APPROVE: Transition(frozenset({StatementStatus.SUBMITTED}), StatementStatus.APPROVED, Role.OWNER),
    Step.SEND_BACK: Transition(frozenset({StatementStatus.SUBMITTED}), StatementStatus.DRAFT, Role.OWNER),
    Step.PAID: Transition(frozenset({StatementStatus.APPROVED}), StatementStatus.PAID, Role.OWNER),
}


@dataclass(frozen=True)
class StatementLine:
    """count × rate_yen = amount_yen for one kind at one rate (a mid-month change makes two lines)."""

    kind: str
    rate_yen: int
    count: int
    amount_yen: int


@dataclass(frozen=True)
class Adjustment:
    """A ± correction with its reason; `reference` names what it corrects (e.g. a locked month)."""

    id: str
    amount_yen: int
    reason: str
    reference: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class ContactShare:
    """One customer's part of the month. A caller not on file has no contact id and is named by
    the number; the pieces tied to no customer make one last row with neither."""

    contact_id: str | None
    name: str
    count: int
    amount_yen: int


@dataclass(frozen=True)
class DayShare:
    """One calendar day of the month (every day is there, idle ones with zeros, for the chart)."""

    day: date
    count: int
    amount_yen: int


@dataclass(frozen=True)
class AppendixPiece:
    """One live piece as the statement prices it; `customer` is the name, or a caller's number."""

    id: str
    at: datetime
    day: date
    kind: str
    quantity: int
    rate_yen: int
    amount_yen: int
    contact_id: str | None
    customer: str
    note: str
    source_kind: str | None
    late: bool = False  # done in an earlier month already approved without it (it reached it late)


@dataclass(frozen=True)
class WorkflowEvent:
    """A step taken on a statement: who (name and role), when, and the comment given."""

    id: str
    event: Step
    actor: str
    role: Role
    comment: str
    at: datetime


@dataclass(frozen=True)
class Workflow:
    """Where a statement stands. `id` is None while nothing has been stored for the month."""

    id: str | None = None
    status: StatementStatus = StatementStatus.DRAFT
    submitted_at: datetime | None = None
    approved_at: datetime | None = None
    paid_on: date | None = None
    events: tuple[WorkflowEvent, ...] = ()


@dataclass(frozen=True)
class MonthlyStatement:
    """An agent's statement of one month. `frozen` is True when it is read from the snapshot taken
    at approval (an approved month never changes); otherwise it is computed from the pieces."""

    agent: str
    month: str  # YYYY-MM
    workflow: Workflow
    lines: tuple[StatementLine, ...]
    adjustments: tuple[Adjustment, ...]
    subtotal_yen: int
    tax: TaxTerms
    tax_yen: int
    total_yen: int
    by_contact: tuple[ContactShare, ...]
    by_day: tuple[DayShare, ...]
    pieces: tuple[AppendixPiece, ...]
    frozen: bool = False

    @property
    def status(self) -> StatementStatus:
        return self.workflow.status

    @property
    def locked(self) -> bool:
        return self.workflow.status in LOCKED_STATUSES

    @property
    def tax_rate_percent(self) -> int:
        """The rate the tax was computed at; 0 for a tax-exempt agent."""
        return 0 if self.tax.mode is TaxMode.EXEMPT else self.tax.rate_percent


@dataclass(frozen=True)
class StatementSummary:
    """A stored statement in the list of every agent's months."""

    id: str
    agent: str
    month: str
    status: StatementStatus
    total_yen: int
    submitted_at: datetime | None
    approved_at: datetime | None
    paid_on: date | None


def month_days(first: date) -> list[date]:
    """Every calendar day of the month that starts on `first`."""
    end = next_month(first)
    return [first + timedelta(days=n) for n in range((end - first).days)]


def build_statement(agent: str, first: date, workflow: Workflow, pieces: Iterable[WorkPiece],
                    cards: Sequence[RateCard], adjustments: Sequence[Adjustment],
                    tally: MonthTally) -> MonthlyStatement:
    """Price the month's live pieces at the rates in force on each piece's day and add it up.

    The tax terms are those of the card in force on the month's last day; the tax is computed
    once, on the subtotal (lines plus adjustments), and rounded as the terms say.
    `tally` is the month's per-customer tally of the same pieces (the by-customer breakdown).
    """
    days = month_days(first)
    names = {t.id: t.name or t.phone for t in tally.customers}
    appendix = tuple(
        _priced(p, unit_rate(cards, p.kind, p.day, p.call_seconds), names, late=p.day < first)
        for p in sorted(pieces, key=lambda p: (p.at, p.id)) if not p.voided
    )
    lines = _lines(appendix)
    subtotal = sum(line.amount_yen for line in lines) + sum(a.amount_yen for a in adjustments)
    card = card_on(cards, days[-1])
    terms = card.tax if card is not None else TaxTerms()
    tax, total = consumption_tax(subtotal, terms)
    return MonthlyStatement(
        agent=agent, month=f"{first:%Y-%m}", workflow=workflow, lines=lines, adjustments=tuple(adjustments),
        subtotal_yen=subtotal, tax=terms, tax_yen=tax, total_yen=total, by_contact=_shares(tally),
        by_day=_by_day(days, appendix), pieces=appendix,
    )


def _priced(piece: WorkPiece, rate: int, names: Mapping[str, str], *, late: bool = False) -> AppendixPiece:
    return AppendixPiece(
        id=piece.id, at=piece.at, day=piece.day, kind=piece.kind, quantity=piece.quantity, rate_yen=rate,
        amount_yen=piece.quantity * rate, contact_id=piece.contact_id,
        customer=names.get(piece.customer or "", ""), note=piece.note, source_kind=piece.source_kind, late=late,
    )


def _lines(pieces: Sequence[AppendixPiece]) -> tuple[StatementLine, ...]:
    """One line per (kind, rate): built-in kinds first, each kind's rates in the order they applied."""
    groups: dict[tuple[str, int], list[AppendixPiece]] = {}
    for piece in pieces:
        groups.setdefault((piece.kind, piece.rate_yen), []).append(piece)
    ordered = sorted(groups.items(), key=lambda g: (kind_order(g[0][0]), min(p.day for p in g[1]), g[0][1]))
    return tuple(
        StatementLine(kind, rate, sum(p.quantity for p in group), sum(p.amount_yen for p in group))
        for (kind, rate), group in ordered
    )


def _shares(tally: MonthTally) -> tuple[ContactShare, ...]:
    rows = [ContactShare(t.id if t.known else None, t.name or t.phone, t.pieces, t.amount_yen)
            for t in tally.customers if t.pieces]
    if tally.others.pieces:
        rows.append(ContactShare(None, "", tally.others.pieces, tally.others.amount_yen))
    return tuple(rows)


def _by_day(days: Sequence[date], pieces: Sequence[AppendixPiece]) -> tuple[DayShare, ...]:
    count = dict.fromkeys(days, 0)
    amount = dict.fromkeys(days, 0)
    for piece in pieces:
        if piece.day in count:  # a late piece keeps its real day, in an earlier month
            count[piece.day] += piece.quantity
            amount[piece.day] += piece.amount_yen
    return tuple(DayShare(day, count[day], amount[day]) for day in days)


@dataclass(frozen=True)
class PlacedAdjustment:
    """Where an adjustment went: its month, and the locked month it corrects when it was moved on."""

    month: str
    adjustment: Adjustment
    moved_from: str | None = None


@dataclass(frozen=True)
class ExportedBundle:
    """A statement bundle written for the owner, with its checksum and the PDF beside it, if any."""

    path: str
    sha256: str
    pdf: str | None = None


@dataclass(frozen=True)
class ImportedBundle:
    """What importing a bundle did. `total_yen` is the statement as this machine now computes it
    (with its own rate cards), `bundle_total_yen` the agent's figure; they differ when the rates
    here differ from the agent's."""

    agent: str
    month: str
    status: StatementStatus
    pieces_added: int
    pieces_updated: int
    pieces_unchanged: int
    bundle_total_yen: int
    total_yen: int

    @property
    def totals_match(self) -> bool:
        return self.total_yen == self.bundle_total_yen


@dataclass(frozen=True)
class StatementInputs:
    """Everything stored about an agent's month that its statement is made of. `snapshot` is the
    statement as frozen at approval (`documents.to_plain` form), None before approval."""

    agent: str
    first: date
    workflow: Workflow
    snapshot: Mapping[str, object] | None
    pieces: tuple[WorkPiece, ...]
    cards: tuple[RateCard, ...]
    adjustments: tuple[Adjustment, ...]
    tally: MonthTally


def statement_from(inputs: StatementInputs) -> MonthlyStatement:
    """The statement of an approved month as it was frozen (with its workflow as it stands now);
    of any other month, computed from its pieces."""
    if inputs.workflow.status in LOCKED_STATUSES and inputs.snapshot is not None:
        return replace(from_plain(MonthlyStatement, inputs.snapshot), workflow=inputs.workflow, frozen=True)
    return build_statement(inputs.agent, inputs.first, inputs.workflow, inputs.pieces, inputs.cards,
                           inputs.adjustments, inputs.tally)
