"""The quick call entry (通話を記録): by keyboard alone from the main window, the flagged-customer
banner, the timer, validation, and closing without losing what was typed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desk_app.services.context import Services
from desk_app.ui import formatting
from desk_app.ui.calls.quick_entry import QuickEntryDialog
from desk_app.ui.calls.tally import TallyColumn
from desk_app.ui.compose.questions import CONFIRM_BUTTON
from desk_app.ui.main_window import MainWindow
from desk_app.ui.runner import SyncRunner, ThreadRunner

TOKYO = formatting.zone("Asia/Tokyo")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# The completer's popup and raising a window are not supported by the offscreen platform.
OFFSCREEN_ONLY = ("This plugin does not support grabbing the keyboard", "This plugin does not support raise()")


def focused() -> QWidget:
    """Where a key goes: an open popup (the category finder), else the focus widget."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    return target


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def ime_commit(text: str) -> None:
    """Text as a Japanese input method delivers it (full-width digits, kana, kanji).

    QTest's key clicks only know ASCII (a full-width digit aborts in qasciikey.cpp), and such text
    reaches a real widget as an input-method commit anyway.
    """
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(focused(), event)


def add_call_out_rate(services: Services, yen: int) -> None:
    """A newer rate card that pays outgoing calls (the sample's card does not; tests may use the store)."""
    from desk_app.store.models import RateCard

    with services.db.write() as session:
        session.add(RateCard(agent=services.settings.agent_name, effective_from=date(2000, 1, 2),
                             rates={"call_out": yen}, device_id=services.settings.device_id))


def tally_names(window: MainWindow) -> list[str]:
    model = window.calls.tally_model
    return [model.data(model.index(row, TallyColumn.CUSTOMER)) for row in range(model.rowCount())]


def flag_contact(services: Services, contact_id: str) -> None:
    """Mark a customer as an unreasonable claimant (no service does it yet; tests may use the store)."""
    from desk_app.store.models import Contact

    with services.db.write() as session:
        session.get(Contact, contact_id).unreasonable = True


@pytest.fixture
def window(qtbot, services, sample, english) -> MainWindow:
    made = MainWindow(services, SyncRunner(), remember_state=False)
    qtbot.addWidget(made)
    made.reload_all()
    with qtbot.waitActive(made):
        made.show()
        made.activateWindow()
    return made


@pytest.fixture
def make_dialog(qtbot, services, english):
    def make(runner=None, **options) -> QuickEntryDialog:
        dialog = QuickEntryDialog(services, runner or SyncRunner(), TOKYO, lookup_debounce_ms=0, **options)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return make


def fill(dialog: QuickEntryDialog, phone: str = "03-5555-0123", summary: str = "Asked about the fee") -> None:
    dialog.phone.edit.setText(phone)
    dialog.summary.setText(summary)


@pytest.mark.qt_log_ignore(*OFFSCREEN_ONLY)
def test_a_call_logged_by_keyboard_alone_changes_the_tally(qtbot, window, services):
    contact_id = services.contacts.add("山田 太郎", kana="ヤマダ タロウ", phones=["03-5555-0123"])
    services.contacts.add("山田 次郎", phones=["03-5555-0999"])  # two matches: a real choice
    add_call_out_rate(services, 180)
    window.refresh_status()
    tally_before = window.status.tally_label.text()
    rows_before = window.calls.model.rowCount()
    assert "山田 太郎" not in tally_names(window)

    qtbot.keyClick(window, Qt.Key.Key_L, CTRL_SHIFT)
    dialog = window.call_entry.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.phone.edit)

    qtbot.keyClicks(focused(), "03-")
    ime_commit("５５５５")  # the rest in full width, as typed with the IME on
    qtbot.waitUntil(dialog.phone.matches_shown)
    assert dialog.phone.matches.count() == 2
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Enter)
    assert dialog.phone.text() == "03-5555-0123"
    assert dialog.customer.text() == "山田 太郎（ヤマダ タロウ）"
    assert focused() is dialog.phone.edit and dialog.isVisible()  # Enter took the customer, not the dialog

    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.direction.incoming
    press(qtbot, Qt.Key.Key_O)
    assert dialog.direction.direction() == "out"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.started
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.minutes
    qtbot.keyClicks(focused(), "12")
    assert not dialog.timer.is_running()  # typed minutes win over the timer
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.category
    qtbot.keyClicks(focused(), "ship")  # part of "Shipping question"
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Enter)
    assert dialog.category.category() == "inquiry.shipping"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.summary
    qtbot.keyClicks(focused(), "Asked about the shipping fee to Hokkaido")
    press(qtbot, Qt.Key.Key_Return)

    assert window.call_entry.dialog is None  # saved and closed
    [logged] = [c for c in services.calls.list() if c.summary == "Asked about the shipping fee to Hokkaido"]
    assert logged.contact_id == contact_id
    assert (logged.direction, logged.minutes, logged.category) == ("out", 12, "inquiry.shipping")
    assert logged.phone == "03-5555-0123"
    assert window.status.tally_label.text() != tally_before
    assert window.status.currentMessage() == "Call logged"
    assert window.calls.model.rowCount() == rows_before + 1
    tally = window.calls.tally_model
    row = tally_names(window).index("山田 太郎")
    shown = [tally.data(tally.index(row, column)) for column in TallyColumn]
    assert shown == ["山田 太郎", "1", "0 / 1", "12", "0", "¥180"]  # the newer card pays ¥180 a call out
    month_yen = window.status.tally_label.text().rsplit(" ", 1)[-1]
    assert window.calls.tally_total.text().endswith(f" {month_yen}")  # the page and the bar agree


def test_the_log_call_action_is_in_the_file_menu_and_on_the_calls_page(qtbot, window):
    action = window.call_entry.action
    assert action.shortcut().toString() == "Ctrl+Shift+L"
    assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    qtbot.mouseClick(window.calls.log_call_button, Qt.MouseButton.LeftButton)
    first = window.call_entry.dialog
    assert first is not None and first.isVisible()
    assert not first.isModal()


@pytest.mark.qt_log_ignore(*OFFSCREEN_ONLY)
def test_triggering_again_brings_back_the_open_entry(window):
    first = window.call_entry.open()
    first.summary.setText("half typed")
    window.call_entry.action.trigger()
    assert window.call_entry.dialog is first
    assert first.summary.text() == "half typed"


def test_a_flagged_customer_brings_up_the_banner(qtbot, services, make_dialog):
    flagged = services.contacts.add("柴田 誠司", phones=["090-7280-5561"])
    services.contacts.add("青木 里奈", phones=["070-2281-6654"])
    flag_contact(services, flagged)
    dialog = make_dialog()
    assert dialog.banner.isHidden()

    qtbot.keyClicks(dialog.phone.edit, "09072805561")  # in full: found without a pick
    qtbot.waitUntil(lambda: dialog.phone.contact() is not None)
    assert dialog.phone.contact().id == flagged
    assert not dialog.banner.isHidden()
    assert dialog.banner.text() == "Flagged customer: stay firm and polite; involve the owner if needed."

    dialog.phone.edit.clear()
    qtbot.keyClicks(dialog.phone.edit, "070-2281-6654")
    qtbot.waitUntil(lambda: dialog.phone.contact() is not None)
    assert dialog.banner.isHidden()
    assert dialog.customer.text() == "青木 里奈"


def test_an_unknown_number_is_a_new_caller(qtbot, services, make_dialog):
    dialog = make_dialog()
    qtbot.keyClicks(dialog.phone.edit, "0120-000-111")
    qtbot.waitUntil(lambda: dialog.customer.text() == "New caller")
    dialog.summary.setText("Wrong number")
    with qtbot.waitSignal(dialog.call_logged) as logged:
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert logged.args[0].contact_id is None


def test_the_timer_fills_in_the_minutes(qtbot, make_dialog):
    now = [1000.0]
    dialog = make_dialog(clock=lambda: now[0])
    assert dialog.timer.is_running()  # from the moment the entry opens
    now[0] += 125  # 2 min 5 s: a started minute counts
    qtbot.keyClick(dialog.phone.edit, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.timer.is_running()
    assert dialog.minutes.value() == 3
    assert dialog.timer.display.text() == "02:05"

    qtbot.keyClick(dialog.phone.edit, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert dialog.timer.is_running()  # goes on from where it stopped
    now[0] += 60
    dialog.minutes.setValue(9)  # typed: stops the timer and keeps the typed value
    assert not dialog.timer.is_running()
    assert dialog.minutes.value() == 9


def test_saving_while_the_timer_runs_takes_its_minutes(qtbot, services, make_dialog):
    now = [0.0]
    dialog = make_dialog(clock=lambda: now[0])
    fill(dialog)
    now[0] += 61
    with qtbot.waitSignal(dialog.call_logged):
        dialog.save_button.click()
    [call] = [c for c in services.calls.list() if c.summary == "Asked about the fee"]
    assert call.minutes == 2


def test_an_empty_summary_blocks_saving(qtbot, services, make_dialog):
    dialog = make_dialog()
    before = len(services.calls.list())
    fill(dialog, summary="   ")
    assert not dialog.save_button.isEnabled()
    assert "summary" in dialog.hint.text()
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    dialog.save()
    assert dialog.isVisible()
    assert len(services.calls.list()) == before

    dialog.category.setEditText("no such category")
    dialog.summary.setText("Asked about the fee")
    assert not dialog.save_button.isEnabled()
    assert "category" in dialog.hint.text()
    dialog.category.setEditText("")
    assert dialog.save_button.isEnabled()
    assert dialog.hint.text() == ""


def test_a_missing_recording_file_blocks_saving(make_dialog, tmp_path):
    dialog = make_dialog()
    fill(dialog)
    dialog.recording.edit.setText(str(tmp_path / "missing.m4a"))
    assert not dialog.save_button.isEnabled()
    (tmp_path / "call.m4a").write_bytes(b"")
    dialog.recording.edit.setText(str(tmp_path / "call.m4a"))
    assert dialog.save_button.isEnabled()


def test_browse_picks_the_recording(qtbot, make_dialog, monkeypatch, tmp_path):
    recording = tmp_path / "2026-11-02 0930.m4a"
    recording.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(recording), ""))
    dialog = make_dialog()
    qtbot.mouseClick(dialog.recording.browse, Qt.MouseButton.LeftButton)
    assert dialog.recording.path() == str(recording)


def test_everything_typed_reaches_the_service(qtbot, services, sample, make_dialog, monkeypatch, tmp_path):
    logged: list[dict] = []
    real_log = services.calls.log
    monkeypatch.setattr(services.calls, "log", lambda **kw: logged.append(kw) or real_log(**kw))
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"")
    dialog = make_dialog()
    fill(dialog)
    dialog.direction.set_direction("out")
    dialog.started.setDateTime(QDateTime.fromString("2026/11/02 09:30", "yyyy/MM/dd HH:mm"))
    dialog.minutes.setValue(4)
    dialog.category.set_category("delivery.late")
    dialog.outcome.setText("Re-sent the tracking number")
    dialog.follow_up.setChecked(True)
    dialog.case.setCurrentIndex(dialog.case.findData(sample.case_ids[0]))
    dialog.recording.edit.setText(str(recording))
    with qtbot.waitSignal(dialog.call_logged) as done:
        dialog.save_button.click()
    assert logged == [{
        "phone": "03-5555-0123", "direction": "out", "minutes": 4, "category": "delivery.late",
        "summary": "Asked about the fee", "at": datetime(2026, 11, 2, 9, 30, tzinfo=TOKYO),
        "case_id": sample.case_ids[0], "outcome": "Re-sent the tracking number", "follow_up": True,
        "recording_path": str(recording),
    }]
    assert logged[0]["at"].astimezone(UTC) == datetime(2026, 11, 2, 0, 30, tzinfo=UTC)
    assert done.args[0].case_id == sample.case_ids[0]
    assert not dialog.isVisible()


def test_the_customers_open_cases_come_first(qtbot, services, sample, make_dialog):
    from desk_app.store.models import Contact, ContactChannel

    with services.db.write() as session:  # give the sample's 佐藤 花子 a number
        hanako = session.query(Contact).filter_by(name="佐藤 花子").one()
        session.add(ContactChannel(contact_id=hanako.id, kind="phone", value="03-1234-5678",
                                   normalized="0312345678", device_id=services.settings.device_id))
    dialog = make_dialog()
    open_cases = 3  # the sample's resolved case is left out
    assert [dialog.case.itemText(0), dialog.case.itemText(1)] == ["No case", "New case from this call"]
    assert dialog.case.count() == 2 + 1 + open_cases  # a separator before the cases
    qtbot.keyClicks(dialog.phone.edit, "0312345678")
    qtbot.waitUntil(lambda: dialog.phone.contact() is not None)
    assert dialog.case.itemData(3) == sample.case_ids[0]  # hers first
    assert dialog.case.count() == 2 + 1 + open_cases + 1  # and a separator before the others


def test_esc_closes_an_untouched_entry_and_asks_about_a_typed_one(qtbot, make_dialog):
    untouched = make_dialog()
    qtbot.keyClick(untouched.phone.edit, Qt.Key.Key_Escape)
    assert not untouched.isVisible()

    dialog = make_dialog()
    qtbot.keyClicks(dialog.summary, "Half a note")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    question = dialog.discard_question
    assert question is not None and dialog.isVisible()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.summary.text() == "Half a note"

    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    dialog.discard_question.findChild(QWidget, CONFIRM_BUTTON).click()
    assert not dialog.isVisible()


def test_esc_in_the_phone_field_first_closes_the_matches(qtbot, services, make_dialog):
    services.contacts.add("山田 太郎", phones=["03-5555-0123"])
    services.contacts.add("山田 次郎", phones=["03-5555-0999"])
    dialog = make_dialog()
    qtbot.keyClicks(dialog.phone.edit, "03555")
    qtbot.waitUntil(dialog.phone.matches_shown)
    assert dialog.customer.text().startswith("2 customer")  # "2 customers match…" once translated
    qtbot.keyClick(dialog.phone.edit, Qt.Key.Key_Escape)
    assert not dialog.phone.matches_shown()
    assert dialog.isVisible() and dialog.discard_question is None


def test_a_failed_save_says_why_and_keeps_the_entry(qtbot, services, make_dialog):
    dialog = make_dialog()
    fill(dialog)
    dialog.case.set_cases([])
    from desk_app.core.errors import DeskAppError, ErrorCode

    def refuse(**_kw):
        raise DeskAppError(ErrorCode.NOT_FOUND, "case x")

    services.calls.log = refuse  # type: ignore[method-assign]
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "no longer exists" in dialog.error.text()
    assert dialog.save_button.isEnabled()


def test_a_call_is_logged_on_a_real_thread(qtbot, services, make_dialog):
    runner = ThreadRunner()
    dialog = make_dialog(runner)
    qtbot.waitUntil(runner.is_idle)  # the cases have loaded
    fill(dialog)
    with qtbot.waitSignal(dialog.call_logged, timeout=5000) as logged:
        dialog.save_button.click()
    assert logged.args[0].id in {c.id for c in services.calls.list()}
    qtbot.waitUntil(runner.is_idle)
    runner.wait_for_done()


def test_enter_on_a_focused_button_does_what_it_says(qtbot, services, make_dialog, monkeypatch):
    def no_picker(*_args):
        raise AssertionError("Enter in a field must save, not open the file picker")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", no_picker)
    dialog = make_dialog()
    fill(dialog)
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    assert dialog.discard_question is not None  # Cancel, not Save: it asks before discarding
    dialog.discard_question.button(QMessageBox.StandardButton.Cancel).click()
    assert not [c for c in services.calls.list() if c.summary == "Asked about the fee"]
    dialog.recording.edit.setFocus()
    with qtbot.waitSignal(dialog.call_logged):  # from a field, Enter saves
        qtbot.keyClick(dialog.recording.edit, Qt.Key.Key_Return)
