"""Deterministic generation of the demo data set: same `now`, same data, with no database access.

One `random.Random` with a fixed seed drives everything, and every step draws from it in a fixed
order, so the output depends only on `now`, the agent's name, the zone and the content banks.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from desk_app.core.cases import CaseStatus
from desk_app.core.pieces import PieceKind
from desk_app.services.demo.bank import Bank, load_bank
from desk_app.services.demo.calls import CallLog
from desk_app.services.demo.cases import CasePlanner, PHONE_CASE_STATUSES, build_case, case_scenarios
from desk_app.services.demo.mailtext import MailText
from desk_app.services.demo.orders import OrderBook
from desk_app.services.demo.people import make_contacts
from desk_app.core.demo_records import (
    DemoAccount, DemoCall, DemoCase, DemoContact, DemoData, DemoMail, DemoRateCard, DemoWorkItem,
)
from desk_app.services.demo.threads import BuiltThread, ThreadBuilder, ThreadSpec
from desk_app.services.demo.timeline import DeskClock

SEED = 20_240_611
TARGET_MAILS = 205
REPLIES_TODAY = 3
HISTORY_DAYS = 60
RATES = {"email_reply": 150, "call_in": 200, "call_out": 200, "shipment": 80, "return": 120}
RATE_CARD_MONTHS_BACK = 6
AFTER_FOLLOW_CATEGORIES = frozenset({"革小物", "バッグ", "調理家電"})


def generate(now: datetime, *, agent: str, zone: str = "Asia/Tokyo", bank: Bank | None = None) -> DemoData:
    """The demo data set as it looks at `now` (an aware datetime) for `agent` in `zone`."""
    rng = random.Random(SEED)
    bank = bank or load_bank()
    desk = DeskClock(now, zone)
    contacts = make_contacts(rng, bank, desk)
    ordinary = [c for c in contacts if not c.unreasonable]
    flagged = [c for c in contacts if c.unreasonable]
    book = OrderBook(rng, bank, desk)
    builder = ThreadBuilder(rng, bank, desk, book)
    planner = CasePlanner(rng, desk)
    log = CallLog(rng, bank, desk, book)

    case_people = iter(rng.sample(ordinary, len(ordinary)))
    cases, threads = _mail_cases(rng, bank, desk, builder, planner, flagged[0], case_people)
    for mail_case, thread in zip(list(cases), threads, strict=True):
        if mail_case.status == CaseStatus.WAITING_CUSTOMER or rng.random() < 0.15:
            log.callback(mail_case, thread.spec.contact)
    for i, (template, status) in enumerate(zip(bank.phone_cases, PHONE_CASE_STATUSES, strict=True)):
        contact = flagged[-1] if template.unreasonable else next(case_people)
        cases.append(log.phone_case(planner, f"case{len(cases) + 1:02d}", template, status, contact))
    threads += _everyday_threads(rng, bank, desk, builder, ordinary)
    log.everyday(ordinary)
    _apply_order_effects(threads)
    for contact in ordinary:
        # Repeat customers: a few more orders of theirs across the history.
        for _ in range(rng.randint(0, 3)):
            book.give_to(contact, desk.now - timedelta(days=180), desk.now - timedelta(days=1))

    mails = builder.mails()
    calls = log.sorted_calls()
    return DemoData(
        agent=agent,
        account=DemoAccount(
            name="demo",
            email=bank.shop["email"],
            display_name=bank.shop["name"],
            host=bank.shop["mail_host"],
            signature=MailText(bank, desk).signature,
        ),
        contacts=contacts,
        mails=mails,
        cases=tuple(cases),
        calls=calls,
        work_items=_work_items(rng, bank, desk, mails, calls),
        rate_card=DemoRateCard(effective_from=desk.months_back(RATE_CARD_MONTHS_BACK), rates=dict(RATES)),
        orders=book.freeze(),
    )


def _mail_cases(rng: random.Random, bank: Bank, desk: DeskClock, builder: ThreadBuilder,
                planner: CasePlanner, claimant: DemoContact,
                people: Iterator[DemoContact]) -> tuple[list[DemoCase], list[BuiltThread]]:
    scenarios = case_scenarios(rng, bank)
    cases, threads = [], []
    for scenario, status in zip(scenarios, planner.mail_statuses(scenarios), strict=True):
        contact = claimant if scenario.unreasonable else next(people)
        start = desk.awake(planner.start_for(status), rng)
        if start >= desk.now:
            start = desk.now - timedelta(minutes=rng.randint(20, 90))
        deadline = planner.deadline_for(status, start)
        thread = builder.build(ThreadSpec(scenario, contact, start, status, deadline))
        title = scenario.title.format_map(thread.values)
        wants_follow = scenario.after_follow or (
            thread.product is not None and thread.product.category in AFTER_FOLLOW_CATEGORIES)
        cases.append(build_case(
            desk, rng, key=f"case{len(cases) + 1:02d}", title=title, status=status,
            category=scenario.category, channel="mail", contact_key=contact.key,
            order_number=thread.order.number if thread.order else None, activity=thread.times,
            deadline=deadline, notes=scenario.notes[: max(1, len(thread.times) - 1)],
            closing=scenario.closing, escalated=scenario.unreasonable, mail_keys=thread.mail_keys,
            after_follow_on=planner.follow_on(status, wants_follow),
        ))
        threads.append(thread)
    return cases, threads


def _everyday_threads(rng: random.Random, bank: Bank, desk: DeskClock, builder: ThreadBuilder,
                      people: list[DemoContact]) -> list[BuiltThread]:
    """Threads no case is about: every inquiry once, then a weighted mix until the target."""
    pool = [s for s in bank.scenarios if not s.unreasonable]
    inquiries = [s for s in pool if s.category.startswith("inquiry.")]
    weights = [s.weight * 3 if s.category.startswith("inquiry.") else 1 for s in pool]
    threads = []
    queue = list(inquiries)
    forced = 0
    while builder.mail_count < TARGET_MAILS:
        scenario = queue.pop(0) if queue else rng.choices(pool, weights=weights)[0]
        contact = rng.choice(people)
        reply_at = None
        if forced < REPLIES_TODAY:
            # A few replies written today, so today's piece tally is never empty.
            forced += 1
            reply_at = desk.today_slot(0.2 * (forced + 1))
            start = reply_at - timedelta(hours=rng.uniform(2, 14))
        else:
            start = desk.days_ago(rng, 0.05, HISTORY_DAYS)
            moved = desk.awake(start, rng)
            start = moved if moved < desk.now else start
        threads.append(builder.build(ThreadSpec(scenario, contact, start, force_reply_at=reply_at)))
    return threads


def _apply_order_effects(threads: list[BuiltThread]) -> None:
    """Orders whose thread ended in a cancellation or refund show it in their status."""
    for thread in threads:
        effect, order = thread.spec.scenario.order_effect, thread.order
        if not (effect and order and thread.complete):
            continue
        if effect == "cancel":
            order.cancelled_at, order.financial_status = thread.times[-1], "voided"
        elif effect == "refund":
            order.financial_status = "refunded"


def _work_items(rng: random.Random, bank: Bank, desk: DeskClock, mails: tuple[DemoMail, ...],
                calls: tuple[DemoCall, ...]) -> tuple[DemoWorkItem, ...]:
    """A piece per reply sent and per call, plus shipments and returns entered by hand."""
    items = [
        DemoWorkItem(PieceKind.EMAIL_REPLY, 1, m.date, desk.day_of(m.date), "message", m.key, m.contact_key)
        for m in mails if m.folder == "sent"
    ]
    items += [
        DemoWorkItem(PieceKind.CALL_IN if c.direction == "in" else PieceKind.CALL_OUT, 1, c.at,
                     desk.day_of(c.at), "call", c.key, c.contact_key)
        for c in calls
    ]
    texts = bank.call_texts
    for offset in range(HISTORY_DAYS, 0, -1):
        day = desk.today - timedelta(days=offset)
        if day.weekday() < 6 and rng.random() < 0.4:
            at = desk.local(day, rng.choice((15, 16, 17)), rng.randint(0, 59))
            items.append(DemoWorkItem(PieceKind.SHIPMENT, rng.randint(3, 14), at, day, None, None,
                                      note=rng.choice(texts["shipment_notes"])))
        elif day.weekday() < 6 and rng.random() < 0.08:
            at = desk.local(day, 14, rng.randint(0, 59))
            items.append(DemoWorkItem(PieceKind.RETURN, rng.randint(1, 2), at, day, None, None,
                                      note=rng.choice(texts["return_notes"])))
    at = desk.today_slot(0.7)
    items.append(DemoWorkItem(PieceKind.SHIPMENT, rng.randint(2, 6), at, desk.day_of(at), None, None,
                              note=texts["shipment_notes"][0]))
    return tuple(sorted(items, key=lambda i: i.at))
