"""The case workflow across the window: log a call from a case, a new case from the call entry,
reply on a case, the after-follow reminder and its follow-up mail, the after-follow date, the case
list's view remembered between sessions, and the Cases section of Settings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QByteArray, Qt

from desk_app.core import clock
from desk_app.core.cases import is_open
from desk_app.core.records import CaseDetail
from desk_app.services.context import Services
from desk_app.ui import formatting
from desk_app.ui.calls.entry_fields import NEW_CASE
from desk_app.ui.calls.quick_entry import QuickEntryDialog
from desk_app.ui.cases.page import CasesPage
from desk_app.ui.cases.views import CaseFilter, FilterMemory, SavedView, decode_filter, encode_filter
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import PageId
from desk_app.ui.runner import SyncRunner
from desk_app.ui.settings.page import SettingsPage

TOKYO = formatting.zone("Asia/Tokyo")
# Raising the open entry again is not supported by the offscreen platform.
OFFSCREEN_ONLY = ("This plugin does not support raise()",)


@pytest.fixture
def demo(services: Services) -> Services:
    services.demo.load(datetime.now(UTC))
    services.settings.set("shop_name", "革工房ことり")
    return services


@pytest.fixture
def make_window(qtbot, demo, english):
    def make(*, remember_state: bool = False) -> MainWindow:
        window = MainWindow(demo, SyncRunner(), remember_state=remember_state)
        qtbot.addWidget(window)
        window.reload_all()
        return window

    return make


def open_case_with_phone(services: Services) -> CaseDetail:
    for row in services.support.cases():
        customer = services.cases.customer(row.id)
        if is_open(row.status) and customer and customer.phones:
            return services.cases.get(row.id)
    raise AssertionError("no such case in the demo")


def closed_case(services: Services, *, with_address: bool = True) -> CaseDetail:
    for row in services.support.cases():
        customer = services.cases.customer(row.id)
        if row.status == "closed" and bool(customer and customer.emails) == with_address and row.order_number:
            return services.cases.get(row.id)
    raise AssertionError("no such case in the demo")


def today(services: Services) -> date:
    return clock.local_day(datetime.now(UTC), services.settings.timezone)


def test_log_call_from_a_case_shows_the_call_in_its_timeline(qtbot, make_window, demo):
    window = make_window()
    case = open_case_with_phone(demo)
    customer = demo.cases.customer(case.id)
    window.select_case(case.id)
    detail = window.cases.detail
    assert detail.case_id() == case.id
    before = detail.timeline.count()

    qtbot.mouseClick(detail.log_call_button, Qt.MouseButton.LeftButton)
    dialog = window.call_entry.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.case.case_id() == case.id
    assert dialog.phone.text() == customer.phones[0]
    assert dialog.phone.contact() == customer
    assert dialog.customer.text().startswith(customer.name)
    assert dialog.case.case_id() == case.id  # still chosen once the customer's cases moved up
    dialog.summary.setText("再送の到着を電話で確認")
    with qtbot.waitSignal(window.call_entry.call_logged):
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    assert window.call_entry.dialog is None
    assert detail.timeline.count() == before + 1
    calls = [detail.timeline.entry_at(r) for r in range(detail.timeline.count())
             if detail.timeline.entry_at(r).kind == "call"]
    assert "再送の到着を電話で確認" in [entry.title for entry in calls]


@pytest.mark.qt_log_ignore(*OFFSCREEN_ONLY)
def test_log_call_keeps_a_number_already_typed(make_window, demo):
    window = make_window()
    case = open_case_with_phone(demo)
    dialog = window.call_entry.open()
    dialog.phone.edit.setText("03-0000-1111")  # the phone rang first, the case was looked up after
    window.select_case(case.id)
    window.cases.detail.log_call_button.click()
    assert window.call_entry.dialog is dialog
    assert dialog.phone.text() == "03-0000-1111"
    assert dialog.case.case_id() == case.id


def test_a_closed_case_can_be_linked_too(qtbot, demo, english):
    case = closed_case(demo)
    dialog = QuickEntryDialog(demo, SyncRunner(), TOKYO, lookup_debounce_ms=0)
    qtbot.addWidget(dialog)
    dialog.link_case(case.id)
    assert dialog.case.case_id() == case.id  # offered although closed: the agent asked for it
    dialog.case.setCurrentIndex(0)
    dialog.case.activated.emit(0)  # the agent picks "No case" after all
    dialog.case.set_cases(demo.support.cases())
    assert dialog.case.case_id() is None and dialog.case.findData(case.id) == -1


def test_a_call_becomes_a_new_case_in_one_go(qtbot, demo, english):
    dialog = QuickEntryDialog(demo, SyncRunner(), TOKYO, lookup_debounce_ms=0)
    qtbot.addWidget(dialog)
    dialog.phone.edit.setText("090-1111-2222")
    dialog.category.set_category("delivery.late")
    dialog.summary.setText("荷物が予定日を過ぎても届かない")
    dialog.case.setCurrentIndex(dialog.case.findData(NEW_CASE))
    assert dialog.case.wants_new_case() and dialog.case.case_id() is None
    cases_before = len(demo.support.cases())
    with qtbot.waitSignal(dialog.call_logged) as logged:
        dialog.save_button.click()

    call = logged.args[0]
    assert call.case_id is not None
    assert len(demo.support.cases()) == cases_before + 1
    case = demo.cases.get(call.case_id)
    assert (case.title, case.category, case.channel) == (
        "荷物が予定日を過ぎても届かない", "delivery.late", "phone")
    assert [(e.kind, e.id) for e in demo.calls.timeline(case.id)] == [("call", call.id)]
    assert [c.case_id for c in demo.calls.list() if c.id == call.id] == [case.id]


def test_a_new_case_from_the_call_entry_appears_in_the_case_list(qtbot, make_window, demo):
    window = make_window()
    rows = window.cases.model.rowCount()
    dialog = window.call_entry.open()
    dialog.phone.edit.setText("090-1111-3333")
    dialog.summary.setText("ポイントの使い方")
    dialog.case.setCurrentIndex(dialog.case.findData(NEW_CASE))
    dialog.save_button.click()
    assert window.cases.model.rowCount() == rows + 1


def test_reply_on_a_case_answers_the_customers_latest_mail(qtbot, make_window, demo):
    window = make_window()
    case_id = next(c.id for c in demo.support.cases() if demo.cases.latest_mail(c.id) is not None)
    window.select_case(case_id)
    timeline = window.cases.detail.timeline
    assert timeline.entries.currentItem() is None and timeline.reply_button.isEnabled()
    assert timeline.reply_button.toolTip() == "Answer the customer's latest mail"
    with qtbot.waitSignal(window.compose.window_opened) as opened:
        qtbot.mouseClick(timeline.reply_button, Qt.MouseButton.LeftButton)
    draft = opened.args[0].current_draft()
    assert draft.kind == "reply" and draft.replied_pk == demo.cases.latest_mail(case_id)
    opened.args[0].close()


def test_reply_is_off_for_a_case_without_mail(make_window, demo):
    window = make_window()
    logged = demo.calls.log(phone="0120-222-333", direction="in", minutes=1, category=None, summary="電話だけ")
    case_id = demo.cases.create_from_call(logged.id)
    window.select_case(case_id)
    assert window.cases.detail.case_id() == case_id
    assert not window.cases.detail.timeline.reply_button.isEnabled()


def test_a_due_after_follow_brings_a_reminder_and_the_follow_up_mail(qtbot, make_window, demo):
    case = closed_case(demo)
    demo.cases.update(case.id, after_follow_on=today(demo) - timedelta(days=400))  # first in date order
    customer = demo.cases.customer(case.id)
    window = make_window()
    window.show_page(PageId.CASES)
    reminder = window.cases.after_follow_reminder
    assert not reminder.isHidden() and reminder.case_id() == case.id
    assert case.title in reminder.text() and "more case" in reminder.text()  # the demo has one due too

    with qtbot.waitSignal(window.compose.window_opened) as opened:
        qtbot.mouseClick(reminder.button, Qt.MouseButton.LeftButton)
    compose = opened.args[0]
    draft = compose.current_draft()
    assert window.cases.detail.case_id() == case.id  # the case is shown beside the list
    assert draft.to == (f"{customer.name} <{customer.emails[0]}>",)
    assert draft.subject == f"革工房ことり: Caring for your purchase (order {case.order_number})"
    agent = demo.settings.agent_name
    assert draft.body.startswith(f"Dear {case.contact_name},\n\nThis is {agent} from 革工房ことり.")
    assert "care tips" in compose.body.toPlainText()
    assert draft.case_id == case.id and not compose.gap_names()

    compose.send()  # into the outbox: the follow-up is done, the reminder moves on
    assert case.id not in {c.id for c in demo.cases.after_follow_due()}
    assert reminder.case_id() != case.id


def test_the_reminders_link_shows_every_case_due(qtbot, make_window, demo):
    demo.cases.update(closed_case(demo).id, after_follow_on=today(demo))
    window = make_window()
    reminder = window.cases.after_follow_reminder
    reminder.label.linkActivated.emit("show-all")
    assert window.cases.current_filter().view is SavedView.AFTER_FOLLOW
    assert window.cases.model.rowCount() == len(demo.cases.after_follow_due()) >= 2


def test_no_address_no_follow_up_mail_and_it_says_so(qtbot, make_window, demo):
    case = closed_case(demo)
    from desk_app.store.models import ContactChannel

    with demo.db.write() as session:  # the customer's only address is gone
        for channel in session.query(ContactChannel).filter_by(contact_id=case.contact_id, kind="email"):
            session.delete(channel)
    window = make_window()
    window.select_case(case.id)
    detail = window.cases.detail
    assert not detail.after_follow.isHidden()
    qtbot.mouseClick(detail.after_follow.send_button, Qt.MouseButton.LeftButton)
    assert window.compose.windows() == []
    error = window.cases.follow_up_error
    assert not error.isHidden()
    assert error.text().startswith(f"“{case.title}”: the customer has no mail address on record")


def test_the_after_follow_date_is_set_and_cleared_on_a_closed_case(qtbot, demo, english):
    page = CasesPage(demo, SyncRunner(), TOKYO)
    qtbot.addWidget(page)
    page.reload()
    case = closed_case(demo)
    page.select_record(case.id)
    row = page.detail.after_follow
    assert not row.isHidden()
    row.follow.setChecked(False)
    assert demo.cases.get(case.id).after_follow_on is None
    row.follow.setChecked(True)
    chosen = demo.cases.get(case.id).after_follow_on
    assert chosen is not None and chosen > today(demo)
    row.follow_date.setDate(row.follow_date.date().addDays(-200))
    row.follow_date.editingFinished.emit()
    assert demo.cases.get(case.id).after_follow_on == chosen - timedelta(days=200)
    # An open case has no after-follow yet.
    page.select_record(open_case_with_phone(demo).id)
    assert row.isHidden()


def test_the_chosen_view_and_filters_survive_a_restart(qtbot, make_window, paths):
    first = make_window(remember_state=True)
    page = first.cases
    page.set_view(SavedView.CLAIMS)
    page.group_filter.setCurrentIndex(page.group_filter.findData("delivery"))
    page.group_filter.activated.emit(page.group_filter.currentIndex())
    page.search.setText("配送")
    shown = page.model.rowCount()
    first.close()

    second = make_window(remember_state=True)
    assert second.cases.current_filter() == CaseFilter(SavedView.CLAIMS, None, "delivery", "配送")
    assert second.cases.view.currentText() == "Claims by category"
    assert second.cases.model.rowCount() == shown


def test_a_filter_read_back_keeps_only_what_makes_sense(qtbot, demo, english):
    chosen = CaseFilter(SavedView.WAITING, "waiting_shop", "payment", "二重")
    assert decode_filter(encode_filter(chosen)) == chosen
    assert decode_filter(b"\xff not json") is None
    assert decode_filter(b"[1, 2]") is None
    assert decode_filter(b'{"view": "gone", "status": 3, "text": "x"}') == CaseFilter(SavedView.ALL, None, None, "x")
    page = CasesPage(demo, SyncRunner(), TOKYO)
    qtbot.addWidget(page)
    memory = page.state_parts()["cases/filter"]
    assert isinstance(memory, FilterMemory)
    assert memory.restoreState(QByteArray(b'{"view": "overdue", "status": "no_such_status"}'))
    assert page.current_filter() == CaseFilter(SavedView.OVERDUE, None, None, "")
    assert decode_filter(bytes(memory.saveState())) == page.current_filter()


def test_the_cases_section_of_settings_changes_the_settings(qtbot, services, english):
    page = SettingsPage(services, SyncRunner())
    qtbot.addWidget(page)
    page.reload()
    section = page.cases
    assert not section.auto_case.isChecked() and section.repeats.value() == 2
    qtbot.mouseClick(section.auto_case, Qt.MouseButton.LeftButton)
    assert services.settings.auto_case_new_threads is True
    assert section.message.text() == "Saved."
    section.repeats.setValue(5)
    assert services.settings.prevention_repeat_threshold == 5
    qtbot.mouseClick(section.auto_case, Qt.MouseButton.LeftButton)
    assert services.settings.auto_case_new_threads is False

    again = SettingsPage(services, SyncRunner())
    qtbot.addWidget(again)
    again.reload()
    assert not again.cases.auto_case.isChecked() and again.cases.repeats.value() == 5
