"""The demo data set: loaded into a real SQLite file, counted, checked for coverage and repeatability."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk_app.core.cases import CaseStatus, is_open
from desk_app.core.categories import CATEGORY_KEYS, is_claim
from desk_app.paths import AppPaths, resolve_paths
from desk_app.services.context import Services
from desk_app.services.demo.bank import load_bank
from desk_app.services.demo.generate import generate
from desk_app.services.demo.people import normalize_phone
from desk_app.services.status import StatusService
from desk_app.store.models import (
    Account, Call, Case, CaseMessageLink, Contact, ContactChannel, Message, MessageSource, Order,
    OrderLine, RateCard, WorkItem,
)

NOW = datetime.now(UTC).replace(microsecond=0)
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
MOJIBAKE = re.compile(r"\ufffd|\x1b|=\?|\$B|\(B")
# JIS codes that cp932 (what mail clients decode ISO-2022-JP with) maps to other code points.
CP932_FORMS = str.maketrans({"\u301c": "\uff5e", "\u2212": "\uff0d", "\u2016": "\u2225",
                             "\u00a2": "\uffe0", "\u00a3": "\uffe1", "\u00ac": "\uffe2"})


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, float]]:
    """A db in a temp folder with the demo loaded at NOW, and how long loading took."""
    home = tmp_path_factory.mktemp("demo")
    services = Services.open(resolve_paths(env={"DESK_APP_HOME": str(home)}))
    started = time.perf_counter()
    result = services.demo.load(NOW)
    elapsed = time.perf_counter() - started
    assert not result.already_loaded
    yield services, elapsed
    services.close()


def _count(services: Services, model: type) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_counts_are_in_range(loaded: tuple[Services, float]) -> None:
    services, _ = loaded
    assert 180 <= _count(services, Message) <= 240
    assert 40 <= _count(services, Call) <= 60
    assert _count(services, Case) == 30
    assert 1800 <= _count(services, OrderLine) <= 2300
    assert _count(services, Contact) == 60
    assert _count(services, RateCard) == 1
    with services.db.read() as session:
        products = session.scalar(select(func.count(func.distinct(OrderLine.sku))))
        refunded = session.scalar(select(func.count()).where(Order.financial_status == "refunded"))
        cancelled = session.scalar(select(func.count()).where(Order.cancelled_at.is_not(None)))
        numbers = list(session.scalars(select(Order.number).where(Order.source == "shopify")))
    assert 35 <= products <= 45
    assert refunded > 0 and cancelled > 0
    assert "#1001" in numbers


def test_loading_is_fast(loaded: tuple[Services, float]) -> None:
    _, elapsed = loaded
    assert elapsed < 5.0


def test_every_case_status_and_category_appears(loaded: tuple[Services, float]) -> None:
    services, _ = loaded
    with services.db.read() as session:
        statuses = set(session.scalars(select(Case.status)))
        categories = set(session.scalars(select(Case.category))) | set(session.scalars(select(Call.category)))
    assert statuses == {s.value for s in CaseStatus}
    assert set(CATEGORY_KEYS) <= categories


def test_generated_threads_cover_every_category() -> None:
    data = generate(NOW, agent="森川")
    bank = load_bank()
    subjects = {m.subject.removeprefix("Re: ") for m in data.mails}
    # Subjects with a product placeholder vary; the fixed ones identify their scenario.
    covered = {s.category for s in bank.scenarios if "{" not in s.subject and s.subject in subjects}
    covered |= {c.category for c in data.cases}
    assert covered == set(CATEGORY_KEYS)


def test_some_mails_came_as_iso_2022_jp_and_decode_cleanly(loaded: tuple[Services, float]) -> None:
    services, _ = loaded
    expected = {m.message_id: m for m in generate(NOW, agent=services.settings.agent_name).mails}
    with services.db.read() as session:
        rows = session.execute(
            select(Message.message_id, Message.subject, Message.from_name, Message.text, MessageSource.raw)
            .join(MessageSource, MessageSource.message_pk == Message.id)).all()
    jis = [row for row in rows if b"iso-2022-jp" in row.raw.lower()]
    assert 15 <= len(jis) <= 60
    for row in jis:
        assert b"\x1b$B" in row.raw  # really JIS-encoded, not just labelled
        assert JAPANESE.search(row.subject) and not MOJIBAKE.search(row.subject)
        source = expected[row.message_id]
        assert row.subject == source.subject
        assert row.from_name == source.from_name
        assert row.text.strip() == source.text.strip().translate(CP932_FORMS)


def test_mails_thread_and_link_to_cases(loaded: tuple[Services, float]) -> None:
    services, _ = loaded
    with services.db.read() as session:
        sizes = list(session.scalars(select(func.count()).select_from(Message).group_by(Message.thread_key)))
        links = session.scalar(select(func.count()).select_from(CaseMessageLink))
        linked = session.scalar(select(func.count()).select_from(CaseMessageLink)
                                .join(Message, Message.message_id == CaseMessageLink.message_id))
        folders = {f.name: f for f in services.mail.folders()}
        attachments = session.scalar(select(func.count()).where(Message.has_attachments.is_(True)))
    assert sum(1 for n in sizes if n >= 2) >= 40
    assert links > 0 and linked == links
    assert folders["INBOX"].role == "inbox" and folders["送信済み"].role == "sent"
    assert 0 < folders["INBOX"].unread < folders["INBOX"].total
    assert attachments >= 2


def test_cases_are_coherent(loaded: tuple[Services, float]) -> None:
    services, _ = loaded
    with services.db.read() as session:
        cases = list(session.scalars(select(Case)))
        order_numbers = set(session.scalars(select(Order.number)))
        session.expunge_all()  # keep the loaded values readable after the read session ends
    open_deadlines = [c.deadline for c in cases if is_open(c.status) and c.deadline]
    assert any(d < NOW for d in open_deadlines)
    assert any(NOW <= d < NOW + timedelta(hours=24) for d in open_deadlines)
    assert any(d > NOW + timedelta(days=1) for d in open_deadlines)
    for case in cases:
        assert case.contact_id is not None
        assert case.order_number is None or case.order_number in order_numbers
        if case.status == CaseStatus.CLOSED:
            assert case.closed_at is not None and case.closed_at <= NOW
            if is_claim(case.category):
                assert case.cause and case.responsibility and case.recovery and case.prevention_audience
    assert any(c.after_follow_on for c in cases if c.status == CaseStatus.CLOSED)
    assert any(c.escalated for c in cases)


def test_contacts_and_calls(loaded: tuple[Services, float]) -> None:
    services, _ = loaded
    with services.db.read() as session:
        flagged = list(session.scalars(select(Contact).where(Contact.unreasonable.is_(True))))
        channels = session.execute(select(ContactChannel.normalized, ContactChannel.contact_id)
                                   .where(ContactChannel.kind == "phone"))
        phones = {normalized: contact_id for normalized, contact_id in channels}
        calls = list(session.scalars(select(Call)))
        session.expunge_all()
    assert 1 <= len(flagged) <= 2
    assert flagged[0].unreasonable_criteria == {"excessive_demand": True, "venting": False,
                                                "money_or_goods": True}
    assert all(c.unreasonable_note for c in flagged)
    for call in calls:
        assert call.phone_normalized.isdigit() and call.phone_normalized.startswith("0")
        assert call.contact_id == phones.get(call.phone_normalized)
        assert 60 <= call.seconds <= 1200
    assert any(c.case_id for c in calls) and any(c.contact_id is None for c in calls)


def test_pieces_and_rates(loaded: tuple[Services, float]) -> None:
    services, _ = loaded
    tally = StatusService(services.db, services.settings, now=lambda: NOW).piece_tally()
    assert tally.month_pieces > 0 and tally.month_yen > 0
    assert tally.today_pieces > 0
    with services.db.read() as session:
        card = session.scalar(select(RateCard))
        session.expunge_all()
        replies = session.scalar(select(func.count()).select_from(WorkItem)
                                 .join(Message, Message.message_id == WorkItem.source_ref)
                                 .where(WorkItem.kind == "email_reply"))
        sent = session.scalar(select(func.count()).select_from(Message)
                              .where(Message.from_address.like("support@%")))
    assert card.rates == {"email_reply": 150, "call_in": 200, "call_out": 200, "shipment": 80, "return": 120}
    assert card.agent == services.settings.agent_name and card.effective_from.day == 1
    assert replies == sent


def test_the_demo_names_its_shop_unless_one_is_set(loaded: tuple[Services, float], tmp_path) -> None:
    services, _ = loaded
    assert services.settings.shop_name == "木と革の道具店 ひだまり"
    own = Services.open(AppPaths(data_dir=tmp_path / "own", db_file=tmp_path / "own.db"))
    try:
        own.settings.set("shop_name", "革工房ことり")
        own.demo.load(NOW)
        assert own.settings.shop_name == "革工房ことり"
    finally:
        own.close()


def test_second_load_writes_nothing(loaded: tuple[Services, float]) -> None:
    services, _ = loaded
    before = [_count(services, m) for m in (Message, Case, Call, Order, WorkItem, Account)]
    result = services.demo.load(NOW)
    assert result.already_loaded and result.messages == 0
    assert [_count(services, m) for m in (Message, Case, Call, Order, WorkItem, Account)] == before
    assert services.demo.is_loaded() and services.settings.demo_loaded


def test_generation_is_deterministic_and_relative_to_now() -> None:
    now = datetime(2025, 3, 14, 6, 30, tzinfo=UTC)
    first, second = generate(now, agent="agent"), generate(now, agent="agent")
    assert first == second
    later = generate(now + timedelta(days=40), agent="agent")
    assert later.mails[-1].date - first.mails[-1].date > timedelta(days=35)
    assert all(now - timedelta(days=62) < m.date <= now for m in first.mails)
    assert all(now - timedelta(days=190) < o.created_at <= now for o in first.orders)


@pytest.mark.parametrize(("written", "normalized"), [
    ("03-1234-5678", "0312345678"),
    ("(03)1234-5678", "0312345678"),
    ("+81 90 1234 5678", "09012345678"),
    ("+81-3-1234-5678", "0312345678"),
    ("０９０－１２３４－５６７８", "09012345678"),
    ("０３（３２６１）４４０５", "0332614405"),
    ("080−3367−9902", "08033679902"),
])
def test_normalize_phone(written: str, normalized: str) -> None:
    assert normalize_phone(written) == normalized
