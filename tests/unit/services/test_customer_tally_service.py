"""StatusService.customer_tally over a real SQLite file: a month of calls, replies and other pieces
per customer, priced by the rate card of each piece's day, bounded by Tokyo calendar days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from desk_app.core.errors import DeskAppError
from desk_app.core.records import DraftData, MonthTally
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.services.status import StatusService
from desk_app.store import outbox_repo
from desk_app.store.models import Account, RateCard, WorkItem
from desk_app.store.outbox_store import AccountOutboxStore

NOW = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)  # 12:00 on 29 November in Tokyo


@pytest.fixture
def services(tmp_path) -> Iterator[Services]:
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "shop.db"))
    yield opened
    opened.close()


@pytest.fixture
def status(services: Services) -> StatusService:
    return StatusService(services.db, services.settings, now=lambda: NOW)


def add_cards(services: Services, *cards: tuple[date, dict[str, int]]) -> None:
    with services.db.write() as session:
        for effective_from, rates in cards:
            session.add(RateCard(agent=services.settings.agent_name, effective_from=effective_from, rates=rates,
                                 device_id=services.settings.device_id))


def add_piece(services: Services, kind: str, quantity: int, day: date, **fields: object) -> str:
    with services.db.write() as session:
        item = WorkItem(agent=services.settings.agent_name, kind=kind, quantity=quantity, day=day,
                        at=datetime.combine(day, datetime.min.time(), tzinfo=UTC),
                        device_id=services.settings.device_id, **fields)
        session.add(item)
        session.flush()
        return item.id


def send_reply(services: Services, to: str, at: datetime) -> str:
    """Queue a reply to `to` and record it as sent, as delivery does; returns its Message-ID."""
    with services.db.write() as session:
        account = session.scalar(select(Account).where(Account.name == "shop"))
        if account is None:
            account = Account(name="shop", email="support@shop.example", imap_host="localhost", imap_port=993,
                              imap_security="ssl", smtp_host="localhost", smtp_port=465, smtp_security="ssl",
                              username="support@shop.example")
            session.add(account)
            session.flush()
        message_id = f"<reply-{at.timestamp()}@shop.example>"
        item = outbox_repo.enqueue(
            session, DraftData(id=None, account_id=account.id, kind="reply", to=(to,), cc=(), subject="Re: 注文",
                               body="ご連絡ありがとうございます。"),
            message_id=message_id, sender="support@shop.example", body="ご連絡ありがとうございます。", raw=b"raw",
        )
        account_id = account.id
    settings = services.settings
    store = AccountOutboxStore(services.db, account_id, agent=settings.agent_name, device_id=settings.device_id,
                               zone=settings.timezone)
    assert store.mark_sent(item.id, at, filed=True)
    return message_id


def row(tally: MonthTally, name_or_phone: str):
    return next(t for t in tally.customers if name_or_phone in (t.name, t.phone))


def test_a_rate_change_mid_month_prices_each_piece_at_its_days_rate(services: Services, status: StatusService) -> None:
    add_cards(services, (date(2026, 10, 1), {"email_reply": 150, "call_in": 200}),
              (date(2026, 11, 16), {"email_reply": 180, "call_in": 250}))
    sato = services.contacts.add("佐藤 花子", kana="サトウ ハナコ", emails=["Hanako@Example.jp"],
                                 phones=["03-1234-5678"])
    services.calls.log(phone="03-1234-5678", direction="in", minutes=4, category=None, summary="未着",
                       at=datetime(2026, 11, 15, 15, 0, tzinfo=UTC))  # 16 Nov 0:00 in Tokyo: the new card
    services.calls.log(phone="03-1234-5678", direction="in", minutes=2, category=None, summary="再送",
                       at=datetime(2026, 11, 15, 14, 59, tzinfo=UTC))  # 15 Nov 23:59 in Tokyo: the old card
    send_reply(services, "佐藤 花子 <hanako@example.jp>", datetime(2026, 11, 15, 15, 0, tzinfo=UTC))  # 16 Nov 0:00
    send_reply(services, "hanako@example.jp", datetime(2026, 11, 2, 1, 0, tzinfo=UTC))

    tally = status.customer_tally("2026-11")
    [only] = tally.customers
    assert (only.id, only.name, only.phone) == (sato, "佐藤 花子", "03-1234-5678")
    assert (only.calls, only.incoming, only.outgoing, only.minutes) == (2, 2, 0, 6)
    assert only.mails_answered == 2 and only.pieces == 4
    assert only.amount_yen == 250 + 200 + 180 + 150
    assert tally.others.pieces == 0


def test_voided_and_deleted_pieces_do_not_count(services: Services, status: StatusService) -> None:
    add_cards(services, (date(2026, 1, 1), {"email_reply": 150, "shipment": 40}))
    kato = services.contacts.add("加藤 浩二", emails=["koji@example.jp"])
    add_piece(services, "email_reply", 1, date(2026, 11, 3), contact_id=kato)
    add_piece(services, "email_reply", 1, date(2026, 11, 4), contact_id=kato,
              voided_at=NOW, void_reason="counted twice")
    add_piece(services, "email_reply", 1, date(2026, 11, 5), contact_id=kato, deleted_at=NOW)
    add_piece(services, "shipment", 3, date(2026, 11, 6))
    add_piece(services, "shipment", 9, date(2026, 11, 7), voided_at=NOW)

    tally = status.customer_tally("2026-11")
    [only] = tally.customers
    assert (only.name, only.mails_answered, only.pieces, only.amount_yen) == ("加藤 浩二", 1, 1, 150)
    assert (tally.others.pieces, tally.others.amount_yen) == (3, 120)
    assert (tally.total.pieces, tally.total.amount_yen) == (4, 270)


def test_a_reply_counts_for_the_customer_of_its_first_known_to_address(services: Services,
                                                                      status: StatusService) -> None:
    add_cards(services, (date(2026, 1, 1), {"email_reply": 150}))
    tanaka = services.contacts.add("田中 一郎", emails=["ichiro@example.com"])
    message_id = send_reply(services, "ＩＣＨＩＲＯ@example.com", datetime(2026, 11, 10, 1, 0, tzinfo=UTC))
    send_reply(services, "stranger@example.net", datetime(2026, 11, 11, 1, 0, tzinfo=UTC))

    with services.db.read() as session:
        piece = session.scalar(select(WorkItem).where(WorkItem.source_ref == message_id))
        assert piece is not None and piece.contact_id == tanaka
    tally = status.customer_tally("2026-11")
    [only] = tally.customers
    assert (only.id, only.mails_answered, only.calls, only.amount_yen) == (tanaka, 1, 0, 150)
    assert (tally.others.mails_answered, tally.others.amount_yen) == (1, 150)  # not on file: counted apart
    assert tally.total.mails_answered == 2


def test_callers_not_on_file_are_grouped_by_their_number(services: Services, status: StatusService) -> None:
    add_cards(services, (date(2026, 1, 1), {"call_in": 200, "call_out": 120}))
    log = services.calls.log
    log(phone="06-9876-5432", direction="in", minutes=1, category=None, summary="送料", at=NOW - timedelta(days=3))
    log(phone="０６（９８７６）５４３２", direction="out", minutes=3, category=None, summary="折り返し",
        at=NOW - timedelta(days=2))
    log(phone="+81 6 9876 5432", direction="in", minutes=2, category=None, summary="再度", at=NOW - timedelta(days=1))
    log(phone="03-0000-1111", direction="in", minutes=5, category=None, summary="別の人", at=NOW)

    tally = status.customer_tally("2026-11")
    assert [(t.id, t.phone, t.known, t.calls, t.incoming, t.outgoing, t.minutes, t.amount_yen)
            for t in tally.customers] == [
        ("phone:0698765432", "+81 6 9876 5432", False, 3, 2, 1, 6, 200 + 120 + 200),
        ("phone:0300001111", "03-0000-1111", False, 1, 1, 0, 5, 200),
    ]


def test_the_month_begins_and_ends_at_midnight_in_tokyo(services: Services, status: StatusService) -> None:
    add_cards(services, (date(2026, 1, 1), {"call_in": 200}))
    for moment in (
        datetime(2026, 10, 31, 14, 59, tzinfo=UTC),  # 31 Oct 23:59 in Tokyo
        datetime(2026, 10, 31, 15, 0, tzinfo=UTC),  # 1 Nov 0:00
        datetime(2026, 11, 30, 14, 59, tzinfo=UTC),  # 30 Nov 23:59
        datetime(2026, 11, 30, 15, 0, tzinfo=UTC),  # 1 Dec 0:00
    ):
        services.calls.log(phone="03-1234-5678", direction="in", minutes=1, category=None, summary="", at=moment)

    november = status.customer_tally("2026-11")
    assert (november.total.calls, november.total.pieces, november.total.amount_yen) == (2, 2, 400)
    assert status.customer_tally("2026-10").total.calls == 1
    assert status.customer_tally("2026-12").total.calls == 1


def test_the_total_is_the_status_bars_month_and_other_agents_do_not_count(services: Services,
                                                                          status: StatusService) -> None:
    add_cards(services, (date(2026, 1, 1), {"call_in": 200, "email_reply": 150, "return": 80}))
    services.contacts.add("佐藤 花子", emails=["hanako@example.jp"], phones=["03-1234-5678"])
    services.calls.log(phone="03-1234-5678", direction="in", minutes=4, category=None, summary="", at=NOW)
    services.calls.log(phone="03-1234-5678", direction="in", minutes=4, category=None, summary="", at=NOW,
                       agent="someone else")
    send_reply(services, "hanako@example.jp", NOW)
    add_piece(services, "return", 2, date(2026, 11, 1))

    tally = status.customer_tally("2026-11")
    bar = status.piece_tally()
    assert (tally.total.pieces, tally.total.amount_yen) == (bar.month_pieces, bar.month_yen) == (4, 200 + 150 + 160)
    assert tally.total.calls == 1
    assert status.customer_tally("2026-11", agent="someone else").total.calls == 1


def test_a_month_must_be_year_and_month(status: StatusService) -> None:
    with pytest.raises(DeskAppError):
        status.customer_tally("November")
    assert status.customer_tally("2026-1").month == "2026-01"


def test_the_demo_tally_names_its_customers(tmp_path) -> None:
    services = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "demo.db"))
    try:
        services.demo.load(NOW)
        tally = StatusService(services.db, services.settings, now=lambda: NOW).customer_tally("2026-11")
        bar = StatusService(services.db, services.settings, now=lambda: NOW).piece_tally()
    finally:
        services.close()
    known = [t for t in tally.customers if t.known]
    assert len(known) >= 10 and all(t.name for t in known)
    assert sum(t.mails_answered for t in known) > 0 and sum(t.calls for t in known) > 0
    assert tally.total.amount_yen == bar.month_yen
