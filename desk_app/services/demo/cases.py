"""The demo's 30 cases: which statuses, when they started, their deadlines and closing fields.

Deadlines are spread on purpose: some open cases are overdue, some due later today, most due in
the coming days, a couple without one yet, so every deadline view of the app has something in it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from desk_app.core.cases import CaseStatus, is_open
from desk_app.core.categories import CLAIM_GROUPS, group_of
from desk_app.services.demo.bank import Bank, Closing, Scenario
from desk_app.core.demo_records import DemoCase, DemoCaseNote
from desk_app.services.demo.timeline import DeskClock

S = CaseStatus
MAIL_CASE_STATUSES: tuple[str, ...] = (
    (S.NEW,) * 4 + (S.OPEN,) * 4 + (S.WAITING_CUSTOMER,) * 4 + (S.WAITING_SHOP,) * 3
    + (S.RESOLVED,) * 3 + (S.CLOSED,) * 4
)
# The first phone case is the unreasonable claimant's: it waits for the owner's answer.
PHONE_CASE_STATUSES: tuple[str, ...] = (
    S.WAITING_SHOP, S.OPEN, S.OPEN, S.WAITING_CUSTOMER, S.WAITING_SHOP, S.RESOLVED, S.CLOSED, S.CLOSED,
)
START_AGE_DAYS: dict[str, tuple[float, float]] = {
    S.NEW: (0.04, 0.9),
    S.OPEN: (1.0, 4.0),
    S.WAITING_CUSTOMER: (1.5, 6.0),
    S.WAITING_SHOP: (1.5, 6.0),
    S.RESOLVED: (5.0, 14.0),
    S.CLOSED: (12.0, 58.0),
}
INQUIRY_CASE_CATEGORIES = (
    "inquiry.return_exchange", "inquiry.order_change", "inquiry.invoice", "inquiry.restock",
    "inquiry.product",
)
# Days from today of the after-follow mails of the first closed cases: one due, the rest ahead.
AFTER_FOLLOW_OFFSETS = (0, 3, 12, 40)


def case_scenarios(rng: random.Random, bank: Bank) -> list[Scenario]:
    """The scenarios of the mail cases: the unreasonable claim first, then one per claim category
    and a few inquiries that typically need follow-up work."""
    by_category: dict[str, list[Scenario]] = {}
    for scenario in bank.scenarios:
        if not scenario.unreasonable:
            by_category.setdefault(scenario.category, []).append(scenario)
    chosen = [s for s in bank.scenarios if s.unreasonable][:1]
    claims = sorted(k for k in by_category if group_of(k) in CLAIM_GROUPS)
    for category in claims + list(INQUIRY_CASE_CATEGORIES):
        chosen.append(rng.choice(by_category[category]))
    return chosen[: len(MAIL_CASE_STATUSES)]


class CasePlanner:
    """Hands out statuses, start times and deadlines for the mail and phone cases."""

    def __init__(self, rng: random.Random, desk: DeskClock) -> None:
        self._rng = rng
        self._desk = desk
        statuses = MAIL_CASE_STATUSES + PHONE_CASE_STATUSES
        open_count = sum(is_open(s) for s in statuses)
        buckets = ["overdue"] * 5 + ["today"] * 4 + ["none"] * 2
        buckets += ["coming"] * (open_count - len(buckets))
        rng.shuffle(buckets)
        self._buckets = iter(buckets)
        self._follow_offsets = iter(AFTER_FOLLOW_OFFSETS)

    def mail_statuses(self, scenarios: Sequence[Scenario]) -> list[str]:
        """A status per mail-case scenario; the unreasonable claim always waits on the shop."""
        rest = list(MAIL_CASE_STATUSES)
        rest.remove(S.WAITING_SHOP)
        self._rng.shuffle(rest)
        return [S.WAITING_SHOP if sc.unreasonable else rest.pop() for sc in scenarios]

    def start_for(self, status: str) -> datetime:
        """When a case of `status` plausibly began."""
        low, high = START_AGE_DAYS[status]
        return self._desk.working(self._desk.days_ago(self._rng, low, high), self._rng) \
            if status in (S.RESOLVED, S.CLOSED) else self._desk.days_ago(self._rng, low, high)

    def deadline_for(self, status: str, start: datetime) -> datetime | None:
        """The promised date: spread over overdue/today/coming for open cases, met for the rest."""
        rng, desk = self._rng, self._desk
        if not is_open(status):
            return start + timedelta(days=rng.uniform(1.5, 4))
        bucket = next(self._buckets, "coming")
        if bucket == "none":
            return None
        if bucket == "today":
            return desk.due_today()
        if bucket == "coming":
            return desk.in_days(rng.randint(1, 6), rng.choice((12, 17, 18)))
        overdue = desk.now - timedelta(hours=rng.uniform(2, 60))
        earliest = start + timedelta(minutes=30)
        return overdue if overdue > earliest else start + (desk.now - start) / 2

    def follow_on(self, status: str, wanted: bool) -> date | None:
        """An after-follow day for closed cases that want one (leather care, device check-in)."""
        if status != S.CLOSED or not wanted:
            return None
        offset = next(self._follow_offsets, None)
        return None if offset is None else self._desk.today + timedelta(days=offset)


def build_case(
    desk: DeskClock,
    rng: random.Random,
    *,
    key: str,
    title: str,
    status: str,
    category: str,
    channel: str,
    contact_key: str | None,
    order_number: str | None,
    activity: Sequence[datetime],
    deadline: datetime | None,
    notes: Sequence[str],
    closing: Closing | None,
    escalated: bool = False,
    mail_keys: Sequence[str] = (),
    after_follow_on: date | None = None,
) -> DemoCase:
    """A case record from its activity (mail or call times, oldest first) and its bank texts."""
    start, last = activity[0], activity[-1]
    closed_at = None
    if status == S.CLOSED:
        closed_at = min(last + timedelta(hours=rng.uniform(4, 40)), desk.now - timedelta(minutes=10))
        closed_at = max(closed_at, last + timedelta(minutes=1))
    span_end = closed_at or min(desk.now, last + timedelta(hours=2))
    case_notes = tuple(
        DemoCaseNote(at=start + (span_end - start) * (i + 1) / (len(notes) + 1), body=body)
        for i, body in enumerate(notes)
    )
    updated = max([span_end if closed_at else last] + [n.at for n in case_notes])
    filled = closing if status == S.CLOSED and closing else None
    return DemoCase(
        key=key,
        title=title,
        status=status,
        category=category,
        channel=channel,
        contact_key=contact_key,
        order_number=order_number,
        deadline=deadline,
        created_at=start,
        updated_at=updated,
        escalated=escalated,
        cause=filled.cause if filled else "",
        responsibility=filled.responsibility if filled else None,
        recovery=filled.recovery if filled else "",
        prevention_note=filled.prevention_note if filled else "",
        prevention_audience=filled.audience if filled else (),
        closed_at=closed_at,
        after_follow_on=after_follow_on,
        notes=case_notes,
        mail_keys=tuple(mail_keys),
    )
