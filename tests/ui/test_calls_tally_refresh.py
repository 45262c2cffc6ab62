"""The Calls page's tally keeps up with the status bar: a reply sent by a sync pass shows in both."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_app.core import clock
from desk_app.ui.calls.tally import TallyColumn
from desk_app.ui.main_window import MainWindow
from desk_app.ui.runner import SyncRunner


@pytest.fixture
def window(qtbot, services, sample, english) -> MainWindow:
    made = MainWindow(services, SyncRunner(), remember_state=False)
    qtbot.addWidget(made)
    made.reload_all()
    return made


def sent_reply_piece(services, contact_id: str) -> None:
    """What recording a sent reply leaves (the outbox tests send real ones; tests may use the store)."""
    from desk_app.store.models import WorkItem

    now = datetime.now(UTC)
    with services.db.write() as session:
        session.add(WorkItem(agent=services.settings.agent_name, kind="email_reply", quantity=1, at=now,
                             day=clock.local_day(now, services.settings.timezone), source_kind="message",
                             source_ref="<reply@shop.example>", contact_id=contact_id,
                             device_id=services.settings.device_id))


def test_a_reply_sent_in_a_sync_pass_shows_in_the_tally_and_the_status_bar(window, services):
    kato = services.contacts.add("加藤 浩二", kana="カトウ コウジ", emails=["koji@example.jp"])
    model = window.calls.tally_model
    bar_before = window.status.tally_label.text()
    assert model.rowCount() == 1  # the sample's pieces of no customer

    sent_reply_piece(services, kato)
    window.sync.sync_finished.emit(1, 0)

    assert window.status.tally_label.text() != bar_before
    assert [model.data(model.index(0, column)) for column in TallyColumn] == ["加藤 浩二", "0", "", "", "1", "¥150"]
    month_yen = window.status.tally_label.text().rsplit(" ", 1)[-1]
    assert window.calls.tally_total.text().endswith(f" {month_yen}")
