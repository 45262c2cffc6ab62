"""Replies that are never lost nor sent twice: outbox, SMTP (aiosmtpd) and the Sent folder (Dovecot)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from conftest import Mailbox
from smtp_server import SmtpServer
from sqlalchemy import select

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.mail.compose import build_message
from desk_app.services.context import Services
from desk_app.store import outbox_store
from desk_app.store.models import WorkItem


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def shop(services: Services, mailbox: Mailbox, smtp_server: SmtpServer) -> AccountInfo:
    account = replace(mailbox.account(), smtp_port=smtp_server.port, email=f"{mailbox.user}@shop.example",
                      signature="木と革の道具店 ひだまり\n森川")
    return services.accounts.add(account, mailbox.password, remember_for_session=True)


def customer_question(mailbox: Mailbox, shop: AccountInfo) -> None:
    mailbox.append(build_message(
        from_name="山田 花子", from_address="hanako@example.jp", to=[shop.email],
        subject="注文した財布が届きません", text="注文番号 #1042 の財布がまだ届きません。\n記念日の贈り物なので心配です。",
        date=datetime(2026, 11, 2, 1, 0, tzinfo=UTC), message_id="<q1@example.jp>",
    ))


def original(services: Services) -> int:
    return next(r.id for r in services.mail.list(folder="INBOX") if r.message_id == "<q1@example.jp>")


def write_reply(services: Services, text: str, **changes: object) -> object:
    draft = services.compose.start("reply", message_pk=original(services), lang="ja")
    assert draft.to == ("山田 花子 <hanako@example.jp>",) and draft.subject == "Re: 注文した財布が届きません"
    assert "2026年11月2日(月) 10:00 山田 花子様 wrote:\n> 注文番号 #1042" in draft.body
    return replace(draft, body=text + draft.body, **changes)


def email_reply_pieces(services: Services) -> int:
    return services.status.piece_tally().today_pieces


def test_reply_queued_while_smtp_is_down_goes_out_once_when_it_is_back(
    services: Services, mailbox: Mailbox, shop: AccountInfo, smtp_server: SmtpServer
) -> None:
    customer_question(mailbox, shop)
    services.sync.sync_account(shop)
    smtp_server.stop()
    item = services.compose.queue(write_reply(services, "山田様\n\nご心配をおかけしております。"))
    assert item.state == "queued"
    report = services.sync.sync_account(shop)
    assert report.sent == 0 and report.send_retrying == 1
    waiting = services.compose.outbox()[0]
    assert waiting.state == "queued" and waiting.error == "unreachable" and waiting.next_attempt_at
    smtp_server.start()
    assert services.sync.sync_account(shop).sent == 1  # `sync` sends at once, whatever the backoff
    assert services.sync.sync_account(shop).sent == 0
    assert len(smtp_server.received) == 1
    delivered = smtp_server.received[0]
    assert delivered.recipients == ["hanako@example.jp"]
    assert b"In-Reply-To: <q1@example.jp>" in delivered.data and b"References: <q1@example.jp>" in delivered.data
    assert services.compose.outbox()[0].state == "sent"
    # Filed in Sent on the server, original answered there, one piece counted.
    assert len(mailbox.flags("Sent")) == 1
    assert "\\Answered" in mailbox.flags("INBOX")[1]
    assert email_reply_pieces(services) == 1
    sent_copy = services.mail.list(folder="Sent")
    assert len(sent_copy) == 1 and sent_copy[0].message_id == item.message_id
    assert sent_copy[0].thread_key == services.mail.summaries([original(services)])[0].thread_key


def test_a_crash_after_smtp_accepted_does_not_send_twice(
    services: Services, mailbox: Mailbox, shop: AccountInfo, smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer_question(mailbox, shop)
    services.sync.sync_account(shop)
    services.compose.queue(write_reply(services, "山田様\n\n本日発送いたしました。"))

    def crash(*args: object, **kwargs: object) -> bool:
        raise KeyboardInterrupt  # the process dies between SMTP acceptance and the state update

    monkeypatch.setattr(outbox_store.AccountOutboxStore, "mark_sent", crash)
    with pytest.raises(KeyboardInterrupt):
        services.sync.sync_account(shop)
    assert len(smtp_server.received) == 1
    assert services.compose.outbox()[0].state == "sending"
    monkeypatch.undo()
    report = services.sync.sync_account(shop)
    assert report.sent == 1  # recognised in the Sent folder, not sent again
    assert len(smtp_server.received) == 1
    assert services.compose.outbox()[0].state == "sent"
    assert email_reply_pieces(services) == 1
    assert len(mailbox.flags("Sent")) == 1


def test_a_reply_sent_to_a_known_customer_counts_for_that_customer(
    services: Services, mailbox: Mailbox, shop: AccountInfo, smtp_server: SmtpServer
) -> None:
    hanako = services.contacts.add("山田 花子", kana="ヤマダ ハナコ", emails=["Hanako@Example.JP"])
    customer_question(mailbox, shop)
    services.sync.sync_account(shop)
    item = services.compose.queue(write_reply(services, "山田様\n\n本日発送いたしました。"))
    assert services.sync.sync_account(shop).sent == 1
    assert smtp_server.received[0].recipients == ["hanako@example.jp"]
    with services.db.read() as session:
        piece = session.scalar(select(WorkItem).where(WorkItem.source_ref == item.message_id))
        assert piece is not None and piece.kind == "email_reply" and piece.contact_id == hanako
    month = services.status.customer_tally(datetime.now(UTC).astimezone(ZoneInfo("Asia/Tokyo")).strftime("%Y-%m"))
    assert [(t.id, t.name, t.mails_answered) for t in month.customers] == [(hanako, "山田 花子", 1)]


@pytest.mark.parametrize("charset", ["utf-8", "iso-2022-jp"])
def test_replies_decode_back_to_what_was_written(
    services: Services, mailbox: Mailbox, shop: AccountInfo, charset: str
) -> None:
    customer_question(mailbox, shop)
    services.sync.sync_account(shop)
    text = "山田様\n\n①お届け予定：11月30日\n②担当：髙橋（㈱ひだまり）\n"
    item = services.compose.queue(write_reply(services, text, charset=charset))
    services.sync.sync_account(shop)
    sent = next(r for r in services.mail.list(folder="Sent") if r.message_id == item.message_id)
    shown = services.mail.show(sent.id)
    assert shown.text.startswith(text)
    assert shown.subject == "Re: 注文した財布が届きません"
    assert shown.from_name == shop.display_name


def test_iso_2022_jp_refuses_and_names_what_it_cannot_carry(
    services: Services, mailbox: Mailbox, shop: AccountInfo
) -> None:
    customer_question(mailbox, shop)
    services.sync.sync_account(shop)
    draft = write_reply(services, "ありがとうございます😀", charset="iso-2022-jp")
    with pytest.raises(DeskAppError) as refused:
        services.compose.queue(draft)
    assert refused.value.code is ErrorCode.UNENCODABLE and refused.value.detail == "😀"
    assert services.compose.outbox() == [] and services.compose.drafts()  # the draft is kept


def test_a_permanent_refusal_stops_retrying(
    services: Services, mailbox: Mailbox, shop: AccountInfo, smtp_server: SmtpServer
) -> None:
    customer_question(mailbox, shop)
    services.sync.sync_account(shop)
    services.compose.queue(write_reply(services, "ご連絡です。", to=("refuse-me@example.jp",)))
    report = services.sync.sync_account(shop)
    assert report.send_failed == 1
    failed = services.compose.outbox()[0]
    assert failed.state == "failed" and failed.error == "recipient_refused"
    services.sync.sync_account(shop)
    assert smtp_server.received == [] and services.compose.outbox()[0].state == "failed"
    # The agent corrects the address and sends again.
    draft = services.compose.edit(failed.id)
    services.compose.queue(replace(draft, to=("hanako@example.jp",)))
    assert services.sync.sync_account(shop).sent == 1 and len(smtp_server.received) == 1


def test_unfilled_placeholders_block_queueing(services: Services, mailbox: Mailbox, shop: AccountInfo) -> None:
    customer_question(mailbox, shop)
    services.sync.sync_account(shop)
    draft = write_reply(services, "{customer_name}様\nご注文番号 {order_number} の件です。")
    with pytest.raises(DeskAppError) as blocked:
        services.compose.queue(draft)
    assert blocked.value.code is ErrorCode.MISSING_PLACEHOLDERS
    assert blocked.value.detail == "customer_name, order_number"
