"""Rates, pieces and the monthly statement over a real SQLite file: mid-month rate changes, replies
counted once, the approval workflow and its lock, corrections as adjustments, the owner's
passphrase, CSV and the bundle that carries a month from the agent's machine to the owner's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import DraftData
from desk_app.core.statements import Role, StatementStatus, Step
from desk_app.core.tax import TaxMode
from desk_app.paths import AppPaths
from desk_app.services import statements as statements_module
from desk_app.services.context import Services
from desk_app.services.statements import StatementService
from desk_app.services.work import WorkService
from desk_app.store import outbox_repo
from desk_app.store.models import Account, AuditEntry, Call, Contact, WorkItem
from desk_app.store.outbox_store import AccountOutboxStore

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)  # November is over in Tokyo
PASSPHRASE = "店長のひみつ"


def open_services(folder: Path) -> Services:
    folder.mkdir(parents=True, exist_ok=True)
    services = Services.open(AppPaths(data_dir=folder, db_file=folder / "shop.db"))
    services.settings.set("agent_name", "hanako")
    services.statements = StatementService(services.db, services.settings, services.owner, now=lambda: NOW)
    services.work = WorkService(services.db, services.settings, now=lambda: NOW)
    return services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(tmp_path / "agent")
    yield opened
    opened.close()


def tokyo(day: int, hour: int = 10, month: int = 11) -> datetime:
    return datetime.fromisoformat(f"2026-{month:02d}-{day:02d}T{hour:02d}:00:00+09:00")


def standard_rates(services: Services) -> None:
    services.rates.set(effective_from=date(2026, 10, 1),
                       rates={"email_reply": 150, "call_in": 200, "call_out": 200, "shipment": 80, "return": 120})


def send_reply(services: Services, to: str, at: datetime, message_id: str) -> int:
    """Queue a reply and record it as sent, as delivery does; returns its outbox entry."""
    with services.db.write() as session:
        account = session.scalar(select(Account).where(Account.name == "shop"))
        if account is None:
            account = Account(name="shop", email="support@shop.example", imap_host="localhost", imap_port=993,
                              imap_security="ssl", smtp_host="localhost", smtp_port=465, smtp_security="ssl",
                              username="support@shop.example")
            session.add(account)
            session.flush()
        item = outbox_repo.enqueue(
            session, DraftData(id=None, account_id=account.id, kind="reply", to=(to,), cc=(), subject="Re: 注文",
                               body="お問い合わせありがとうございます。"),
            message_id=message_id, sender="support@shop.example", body="お問い合わせありがとうございます。", raw=b"raw",
        )
    assert outbox(services, item.account_id).mark_sent(item.id, at, filed=True)
    return item.id


def outbox(services: Services, account_id: int) -> AccountOutboxStore:
    return AccountOutboxStore(services.db, account_id, agent="hanako", device_id=services.settings.device_id,
                              zone="Asia/Tokyo")


def lines(services: Services, month: str = "2026-11") -> list[tuple[str, int, int, int]]:
    return [(x.kind, x.rate_yen, x.count, x.amount_yen) for x in services.statements.statement(month).lines]


def count(services: Services, model: type) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_rate_change_in_mid_month_applies_from_its_tokyo_day(services: Services) -> None:
    standard_rates(services)
    card = services.rates.set(effective_from=date(2026, 11, 16), rates={"email_reply": 180}, tax_percent=8)
    assert card.rates == {"email_reply": 180, "call_in": 200, "call_out": 200, "shipment": 80, "return": 120}
    assert card.tax.rate_percent == 8 and card.tax.mode is TaxMode.EXCLUSIVE
    # 15 November 23:30 in Tokyo is still the old rate; 16 November 00:30 (15th in UTC) the new one.
    send_reply(services, "a@example.jp", tokyo(15, 23).replace(minute=30), "<r1@shop.example>")
    send_reply(services, "a@example.jp", tokyo(16, 0).replace(minute=30), "<r2@shop.example>")
    services.work.add("shipment", 4, at=tokyo(20))
    services.calls.log(phone="03-1234-5678", direction="in", minutes=3, category="inquiry.shipping", summary="配送",
                       at=tokyo(21))
    assert lines(services) == [
        ("email_reply", 150, 1, 150), ("email_reply", 180, 1, 180), ("call_in", 200, 1, 200), ("shipment", 80, 4, 320),
    ]
    statement = services.statements.statement("2026-11")
    assert (statement.subtotal_yen, statement.tax_rate_percent, statement.tax_yen, statement.total_yen) == (
        850, 8, 68, 918)
    # The status bar and the per-customer tally show the same yen as the statement.
    assert services.status.customer_tally("2026-11").total.amount_yen == 850


def test_a_reply_sent_twice_after_a_crash_is_counted_once(services: Services) -> None:
    standard_rates(services)
    entry = send_reply(services, "a@example.jp", tokyo(3), "<same@shop.example>")
    # The process died before the state change was kept, so delivery finds the reply in the Sent
    # folder on the next pass and records the send again: still one piece for one Message-ID.
    with services.db.write() as session:
        outbox_repo.set_state(session, entry, "sending")
        account_id = outbox_repo.get(session, entry).account_id
    assert outbox(services, account_id).mark_sent(entry, tokyo(3, 11), filed=True)
    assert not outbox(services, account_id).mark_sent(entry, tokyo(3, 12), filed=True)
    assert lines(services) == [("email_reply", 150, 1, 150)]
    assert count(services, WorkItem) == 1


def test_short_calls_are_logged_but_not_paid(services: Services) -> None:
    standard_rates(services)
    services.rates.set(effective_from=date(2026, 11, 1), min_call_seconds=60)
    services.calls.log(phone="090-1111-2222", direction="out", minutes=0, category="inquiry.other", summary="不在",
                       at=tokyo(4))
    services.calls.log(phone="090-1111-2222", direction="out", minutes=2, category="inquiry.other", summary="折り返し",
                       at=tokyo(5))
    assert lines(services) == [("call_out", 0, 1, 0), ("call_out", 200, 1, 200)]
    assert services.status.customer_tally("2026-11").total.amount_yen == 200


def test_voiding_needs_a_reason_and_leaves_an_audit_entry(services: Services) -> None:
    standard_rates(services)
    piece = services.work.add("return", 2, at=tokyo(6), note="交換品")
    with pytest.raises(DeskAppError) as no_reason:
        services.work.void(piece.id, "  ")
    assert no_reason.value.code is ErrorCode.INVALID_INPUT
    voided = services.work.void(piece.id, "entered twice")
    assert voided.voided and voided.void_reason == "entered twice"
    assert lines(services) == []
    assert [p.id for p in services.work.pieces("2026-11")] == [piece.id]  # still listed, as voided
    with services.db.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "void_piece"))
        assert (entry.entity_id, entry.actor, entry.detail["reason"]) == (piece.id, "hanako", "entered twice")
    with pytest.raises(DeskAppError):
        services.work.void(piece.id, "again")


def test_hand_entered_pieces_need_a_kind_with_a_rate(services: Services) -> None:
    standard_rates(services)
    for kind, qty in (("email_reply", 1), ("call_in", 1), ("Shipment", 1), ("gift_wrap", 1), ("shipment", 0)):
        with pytest.raises(DeskAppError) as refused:
            services.work.add(kind, qty, at=tokyo(2))
        assert refused.value.code is ErrorCode.INVALID_INPUT
    services.rates.set(effective_from=date(2026, 11, 10), rates={"gift_wrap": 50, "hourly": 1_200})
    with pytest.raises(DeskAppError):
        services.work.add("gift_wrap", 1, at=tokyo(9))  # not yet in force on the 9th
    services.work.add("gift_wrap", 3, at=tokyo(10))
    services.work.add("hourly", 8, at=tokyo(11), note="9:00–17:00")
    assert lines(services) == [("hourly", 1_200, 8, 9_600), ("gift_wrap", 50, 3, 150)]


def test_the_workflow_with_events_roles_and_comments(services: Services) -> None:
    standard_rates(services)
    services.work.add("shipment", 10, at=tokyo(3))
    with pytest.raises(DeskAppError) as too_early:
        services.statements.approve("2026-11")
    assert too_early.value.code is ErrorCode.STATEMENT_STEP  # a draft cannot be approved
    assert services.statements.submit("2026-11", comment="11月分です").status is StatementStatus.SUBMITTED
    with pytest.raises(DeskAppError):
        services.statements.send_back("2026-11", "")  # sending back needs a reason
    back = services.statements.send_back("2026-11", "発送件数を確認してください")
    assert back.status is StatementStatus.DRAFT and back.workflow.submitted_at is None
    services.statements.comment("2026-11", "確認しました。9件でした")
    services.statements.submit("2026-11")
    approved = services.statements.approve("2026-11", comment="承認します")
    assert approved.status is StatementStatus.APPROVED and approved.frozen and approved.locked
    with pytest.raises(DeskAppError) as twice:
        services.statements.submit("2026-11")
    assert twice.value.code is ErrorCode.STATEMENT_STEP
    paid = services.statements.mark_paid("2026-11", on=date(2026, 12, 10))
    assert paid.status is StatementStatus.PAID and paid.workflow.paid_on == date(2026, 12, 10)
    events = [(e.event, e.role, e.actor, e.comment) for e in paid.workflow.events]
    assert events == [
        (Step.SUBMIT, Role.AGENT, "hanako", "11月分です"),
        (Step.SEND_BACK, Role.OWNER, "hanako", "発送件数を確認してください"),
        (Step.COMMENT, Role.AGENT, "hanako", "確認しました。9件でした"),
        (Step.SUBMIT, Role.AGENT, "hanako", ""),
        (Step.APPROVE, Role.OWNER, "hanako", "承認します"),
        (Step.PAID, Role.OWNER, "hanako", ""),
    ]
    assert all(e.at == NOW for e in paid.workflow.events)
    summary = services.statements.statements()
    assert [(s.agent, s.month, s.status, s.total_yen) for s in summary] == [("hanako", "2026-11", "paid", 880)]


def test_a_month_can_be_approved_only_once_it_is_over(services: Services) -> None:
    standard_rates(services)
    services.work.add("shipment", 1, at=tokyo(1, month=12))
    services.statements.submit("2026-12")
    with pytest.raises(DeskAppError) as refused:
        services.statements.approve("2026-12")
    assert refused.value.code is ErrorCode.MONTH_NOT_OVER and refused.value.detail == "2026-12"


def test_approval_locks_the_month(services: Services) -> None:
    standard_rates(services)
    piece = services.work.add("shipment", 5, at=tokyo(3))
    services.statements.submit("2026-11")
    services.statements.approve("2026-11")
    refusals = [
        lambda: services.work.add("shipment", 1, at=tokyo(30, 23)),
        lambda: services.work.void(piece.id, "wrong count"),
        lambda: services.calls.log(phone="03-1234-5678", direction="in", minutes=2, category="inquiry.other",
                                   summary="x", at=tokyo(12)),
        lambda: services.rates.set(effective_from=date(2026, 11, 20), rates={"shipment": 90}),
    ]
    for attempt in refusals:
        with pytest.raises(DeskAppError) as locked:
            attempt()
        assert locked.value.code is ErrorCode.MONTH_LOCKED and locked.value.detail == "2026-11"
    assert count(services, Call) == 0  # the refused call left nothing behind
    # December is still open, for pieces and for new rates.
    services.work.add("shipment", 1, at=tokyo(1, 0, month=12))
    services.rates.set(effective_from=date(2026, 12, 1), rates={"shipment": 90})
    # The approved month is frozen as approved, whatever happens to the rows beneath it.
    with services.db.write() as session:
        session.get(WorkItem, piece.id).quantity = 50
    assert lines(services) == [("shipment", 80, 5, 400)]


def test_a_correction_to_a_locked_month_goes_to_the_next_open_month(services: Services) -> None:
    standard_rates(services)
    for month in (10, 11):
        services.work.add("shipment", 5, at=tokyo(3, month=month))
        services.statements.submit(f"2026-{month}")
        services.statements.approve(f"2026-{month}")
    placed = services.statements.adjust("2026-10", -80, "shipment counted twice")
    assert (placed.month, placed.moved_from, placed.adjustment.reference) == ("2026-12", "2026-10", "2026-10")
    december = services.statements.statement("2026-12")
    assert [(a.reason, a.amount_yen, a.reference) for a in december.adjustments] == [
        ("shipment counted twice", -80, "2026-10")]
    assert (december.subtotal_yen, december.tax_yen, december.total_yen) == (-80, -8, -88)
    assert services.statements.statement("2026-10").total_yen == 440  # unchanged
    on_open = services.statements.adjust("2026-12", 500, "bonus", reference="claim #12")
    assert (on_open.month, on_open.moved_from, on_open.adjustment.reference) == ("2026-12", None, "claim #12")
    with pytest.raises(DeskAppError):
        services.statements.adjust("2026-12", 0, "nothing")


def test_owner_steps_need_the_passphrase_once_it_is_set(services: Services) -> None:
    standard_rates(services)
    services.work.add("shipment", 1, at=tokyo(3))
    services.statements.submit("2026-11")
    services.owner.set_passphrase(PASSPHRASE)
    stored = services.settings.owner_passphrase_hash
    assert stored.startswith("scrypt$") and PASSPHRASE not in stored
    assert PASSPHRASE.encode() not in (services.db.path.read_bytes() + Path(f"{services.db.path}-wal").read_bytes())
    for passphrase, code in ((None, ErrorCode.PASSPHRASE_REQUIRED), ("店長のひみつ ", ErrorCode.PASSPHRASE_WRONG)):
        with pytest.raises(DeskAppError) as refused:
            services.statements.approve("2026-11", passphrase=passphrase)
        assert refused.value.code is code
        with pytest.raises(DeskAppError):
            services.rates.set(effective_from=date(2026, 12, 1), rates={"shipment": 90}, passphrase=passphrase)
    assert services.statements.statement("2026-11").status is StatementStatus.SUBMITTED
    assert services.statements.approve("2026-11", passphrase=PASSPHRASE).status is StatementStatus.APPROVED
    services.rates.set(effective_from=date(2026, 12, 1), rates={"shipment": 90}, passphrase=PASSPHRASE)
    # Changing it needs the current one.
    with pytest.raises(DeskAppError):
        services.owner.set_passphrase("new passphrase", "guess")
    services.owner.set_passphrase("new passphrase", PASSPHRASE)
    assert services.owner.verify("new passphrase") and not services.owner.verify(PASSPHRASE)


def test_csv_in_utf8_with_bom_or_cp932(services: Services, tmp_path: Path) -> None:
    standard_rates(services)
    services.work.add("shipment", 2, at=tokyo(3), note="=1+2 お客様より")
    utf8 = services.statements.write_csv("2026-11", tmp_path / "nov.csv", labels={"shipment": "発送"})
    data = utf8.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "発送,80,2,160\r\n".encode() in data
    assert "'=1+2 お客様より".encode() in data
    cp932 = services.statements.write_csv("2026-11", tmp_path / "nov-sjis.csv", encoding="cp932",
                                          labels={"shipment": "発送"})
    assert "発送,80,2,160".encode("cp932") in cp932.read_bytes()
    services.work.add("shipment", 1, at=tokyo(4), note="ありがとう🙏")
    with pytest.raises(DeskAppError) as unencodable:
        services.statements.write_csv("2026-11", tmp_path / "bad.csv", encoding="cp932")
    assert unencodable.value.code is ErrorCode.EXPORT_UNENCODABLE and unencodable.value.detail == "🙏"
    assert not (tmp_path / "bad.csv").exists()


@pytest.fixture
def fake_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF writer that needs no fonts: the bundle tests are about the bundle."""
    def write_pdf(statement: object, path: Path, **options: object) -> Path:
        path.write_bytes(b"%PDF-1.7 statement")
        return path

    monkeypatch.setattr(statements_module, "render_pdf", write_pdf)


def agent_month(services: Services) -> None:
    """The agent's November: rates, a customer's replies and calls, shipments, a voided piece, submitted."""
    standard_rates(services)
    services.contacts.add("山田 花子", kana="ヤマダ ハナコ", emails=["hanako@example.jp"], phones=["03-1234-5678"])
    send_reply(services, "山田 花子 <hanako@example.jp>", tokyo(2), "<r1@shop.example>")
    services.calls.log(phone="0312345678", direction="in", minutes=4, category="inquiry.shipping", summary="配送",
                       at=tokyo(3))
    services.work.add("shipment", 6, at=tokyo(4))
    wrong = services.work.add("return", 1, at=tokyo(5))
    services.work.void(wrong.id, "not a return")
    services.statements.adjust("2026-11", 100, "extra call on the 1st")
    services.statements.submit("2026-11", comment="11月分")


def test_the_bundle_carries_a_month_to_the_owner_and_importing_again_changes_nothing(
        services: Services, tmp_path: Path, fake_pdf: None) -> None:
    agent_month(services)
    mine = services.statements.statement("2026-11")
    exported = services.statements.export_bundle("2026-11", tmp_path / "out")
    assert Path(exported.path) == tmp_path / "out" / "hanako-2026-11.json"
    document = json.loads(Path(exported.path).read_text(encoding="utf-8"))
    assert len(document["content"]["pieces"]) == 4

    owner = open_services(tmp_path / "owner")
    try:
        owner.settings.set("agent_name", "tencho")
        done = owner.statements.import_bundle(Path(exported.path))
        assert (done.agent, done.month, done.status) == ("hanako", "2026-11", StatementStatus.SUBMITTED)
        assert (done.pieces_added, done.pieces_updated, done.pieces_unchanged) == (4, 0, 0) and done.totals_match
        theirs = owner.statements.statement("2026-11", "hanako")
        assert (theirs.lines, theirs.adjustments, theirs.total_yen) == (mine.lines, mine.adjustments, mine.total_yen)
        assert [p.id for p in theirs.pieces] == [p.id for p in mine.pieces]  # the agent's ids kept
        assert theirs.by_contact[0].name == "山田 花子"
        assert [e.event for e in theirs.workflow.events] == [Step.ADJUST, Step.SUBMIT, Step.IMPORT]
        assert owner.statements.agents() == ["hanako", "tencho"]
        again = owner.statements.import_bundle(Path(exported.path))
        assert (again.pieces_added, again.pieces_updated, again.pieces_unchanged) == (0, 0, 4)
        assert len(owner.statements.statement("2026-11", "hanako").workflow.events) == 3
        assert count(owner, WorkItem) == 4 and count(owner, Contact) == 1
        owner.statements.approve("2026-11", "hanako")
        assert owner.statements.statement("2026-11", "hanako").total_yen == mine.total_yen
    finally:
        owner.close()


def test_a_tampered_bundle_is_refused_and_nothing_is_written(services: Services, tmp_path: Path,
                                                             fake_pdf: None) -> None:
    agent_month(services)
    exported = Path(services.statements.export_bundle("2026-11", tmp_path / "out").path)
    tampered = exported.with_name("tampered.json")
    tampered.write_text(exported.read_text(encoding="utf-8").replace('"quantity": 6', '"quantity": 60'),
                        encoding="utf-8")
    assert tampered.read_text(encoding="utf-8") != exported.read_text(encoding="utf-8")
    owner = open_services(tmp_path / "owner")
    try:
        with pytest.raises(DeskAppError) as refused:
            owner.statements.import_bundle(tampered)
        assert refused.value.code is ErrorCode.BUNDLE_TAMPERED and refused.value.detail == "tampered.json"
        assert count(owner, WorkItem) == 0 and owner.statements.statements() == []
    finally:
        owner.close()


def test_the_pdf_beside_the_bundle_is_named_and_checked(services: Services, tmp_path: Path, fake_pdf: None) -> None:
    agent_month(services)
    exported = services.statements.export_bundle("2026-11", tmp_path / "out")
    assert exported.pdf == str(tmp_path / "out" / "hanako-2026-11.pdf")
    pdf = json.loads(Path(exported.path).read_text(encoding="utf-8"))["content"]["pdf"]
    assert pdf["file"] == "hanako-2026-11.pdf" and len(pdf["sha256"]) == 64
    Path(exported.pdf).write_bytes(b"%PDF-1.7 changed")
    owner = open_services(tmp_path / "owner")
    try:
        with pytest.raises(DeskAppError) as refused:
            owner.statements.import_bundle(Path(exported.path))
        assert refused.value.code is ErrorCode.BUNDLE_TAMPERED and refused.value.detail == "hanako-2026-11.pdf"
    finally:
        owner.close()
