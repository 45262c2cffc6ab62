"""The Outbox page: states and last errors in words; Edit, Retry and Cancel; refreshing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMainWindow

from desk_app.core.records import OutboxItem
from desk_app.services.context import Services
from desk_app.store import outbox_repo
from desk_app.ui import formatting
from desk_app.ui.compose.controller import ComposeController
from desk_app.ui.outbox.model import Column
from desk_app.ui.outbox.page import OutboxPage
from desk_app.ui.runner import SyncRunner

TOKYO = formatting.zone("Asia/Tokyo")


def queue(services: Services, subject: str, to: str = "customer@example.jp") -> OutboxItem:
    draft = services.compose.start("new")
    return services.compose.queue(replace(draft, to=(to,), subject=subject, body="本文です。\n"))


def fail(services: Services, item: OutboxItem, reason: str, *, permanent: bool) -> None:
    retry_at = None if permanent else datetime.now(UTC) + timedelta(minutes=5)
    with services.db.write() as session:
        outbox_repo.mark_sending(session, item.id)
        outbox_repo.mark_failed(session, item.id, reason, permanent, retry_at)


@pytest.fixture
def make_page(qtbot, services, sample, english):
    def make(refresh_ms: int = 30_000) -> OutboxPage:
        page = OutboxPage(services, SyncRunner(), TOKYO, refresh_ms=refresh_ms)
        qtbot.addWidget(page)
        page.reload()
        return page

    return make


def texts(page: OutboxPage, column: Column) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_nothing_queued_shows_the_empty_state(make_page):
    page = make_page()
    assert page.is_empty_state()
    assert page.empty.title() == "Nothing waiting to be sent"
    assert not page.edit_button.isEnabled()


def test_queued_and_failed_messages_are_listed_with_their_errors(make_page, services):
    failed = queue(services, "領収書の再発行", to="bad@example.jp")
    fail(services, failed, "recipient_refused", permanent=True)
    waiting = queue(services, "発送のご連絡")
    fail(services, waiting, "temporary", permanent=False)
    queue(services, "ご注文の確認")
    page = make_page()
    assert not page.is_empty_state()
    assert texts(page, Column.SUBJECT) == ["ご注文の確認", "発送のご連絡", "領収書の再発行"]
    assert texts(page, Column.STATE) == ["Queued", "Queued", "Failed"]
    assert texts(page, Column.ATTEMPTS) == ["0", "1", "1"]
    errors = texts(page, Column.ERROR)
    assert errors[0] == ""
    assert errors[1].startswith("The server is busy for now · next try ")
    assert errors[2] == "The server refused a recipient address"
    assert texts(page, Column.TO)[2] == "bad@example.jp"
    assert page.heading.note().startswith("2 ")  # waiting, and one failed


def test_retry_and_cancel_change_the_state(make_page, services):
    item = queue(services, "領収書の再発行")
    fail(services, item, "rejected", permanent=True)
    page = make_page()
    page.select_item(item.id)
    assert page.retry_button.isEnabled() and page.cancel_button.isEnabled() and page.edit_button.isEnabled()
    page.retry_button.click()
    assert [i.state for i in services.compose.outbox()] == ["queued"]
    assert texts(page, Column.STATE) == ["Queued"]
    assert texts(page, Column.ERROR) == [""]
    assert not page.retry_button.isEnabled()

    page.cancel_button.click()
    assert [i.state for i in services.compose.outbox()] == ["cancelled"]
    assert texts(page, Column.STATE) == ["Cancelled"]
    assert page.retry_button.isEnabled() and not page.cancel_button.isEnabled()


def test_edit_takes_the_message_back_into_a_compose_window(qtbot, make_page, services):
    item = queue(services, "ご注文の確認")
    page = make_page()
    host = QMainWindow()
    qtbot.addWidget(host)
    controller = ComposeController(services, SyncRunner(), host)
    page.edit_requested.connect(controller.take_back)
    page.select_item(item.id)
    with qtbot.waitSignal(controller.window_opened) as opened:
        page.edit_button.click()
    compose = opened.args[0]
    assert compose.fields.subject.text() == "ご注文の確認"
    assert compose.fields.to.text() == "customer@example.jp"
    assert services.compose.outbox() == []  # it left the outbox
    page.reload()
    assert page.is_empty_state()


def test_sent_messages_show_when_asked(make_page, services):
    item = queue(services, "送信済みの返信")
    with services.db.write() as session:
        outbox_repo.mark_sending(session, item.id)
        outbox_repo.mark_sent(session, item.id, at=datetime.now(UTC), filed=True, agent="agent",
                              device_id="d", zone="Asia/Tokyo")
    page = make_page()
    assert page.is_empty_state()
    page.show_sent.setChecked(True)
    assert texts(page, Column.STATE) == ["Sent"]
    assert not page.edit_button.isEnabled() and not page.retry_button.isEnabled()


def test_the_page_refreshes_while_shown(qtbot, make_page, services):
    page = make_page(refresh_ms=30)
    page.show()
    qtbot.waitExposed(page)
    assert page.is_empty_state()
    queue(services, "あとから来た返信")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
