"""The case detail panel and the close dialog: edits save at once, a claim closes only with its
cause, responsibility, recovery and prevention, flagged customers get a banner."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from desk_app.core.categories import is_claim
from desk_app.ui import formatting
from desk_app.ui.cases.detail import CaseDetailPanel
from desk_app.ui.runner import SyncRunner

TOKYO = formatting.zone("Asia/Tokyo")


@pytest.fixture
def panel(qtbot, demo, english):
    shown = CaseDetailPanel(demo, SyncRunner(), TOKYO)
    qtbot.addWidget(shown)
    shown.resize(560, 720)
    return shown


def open_claim(demo, *, unreasonable: bool | None = None) -> str:
    for case in demo.support.cases():
        detail = demo.cases.get(case.id)
        if detail.status in ("new", "open", "waiting_customer", "waiting_shop") and is_claim(detail.category) \
                and (unreasonable is None or detail.contact_unreasonable == unreasonable):
            return case.id
    raise AssertionError("no such case in the demo")


def test_opening_a_case_shows_its_fields_and_timeline(panel, demo):
    case_id = open_claim(demo)
    panel.open_case(case_id)
    detail = demo.cases.get(case_id)
    timeline = demo.calls.timeline(case_id)
    assert panel.currentIndex() == 1
    assert panel.fields.title_edit.text() == detail.title
    assert panel.fields.customer.text() == detail.contact_name
    assert panel.fields.category.currentData() == detail.category
    assert panel.timeline.count() == len(timeline) > 0
    assert [panel.timeline.entry_at(r).id for r in range(panel.timeline.count())] == [e.id for e in timeline]


def test_editing_status_and_category_saves(qtbot, panel, demo):
    case_id = open_claim(demo)
    panel.open_case(case_id)
    fields = panel.fields
    # A status other than the one it has (the demo's cases move on with the calendar).
    target = "waiting_shop" if demo.cases.get(case_id).status == "waiting_customer" else "waiting_customer"
    fields.status.setCurrentIndex(fields.status.findData(target))
    with qtbot.waitSignal(panel.case_changed):
        fields.status.activated.emit(fields.status.currentIndex())
    assert demo.cases.get(case_id).status == target
    fields.category.setCurrentIndex(fields.category.findData("delivery.late"))
    fields.category.activated.emit(fields.category.currentIndex())
    assert demo.cases.get(case_id).category == "delivery.late"
    fields.order.setText("#9999")
    fields.order.editingFinished.emit()
    assert demo.cases.get(case_id).order_number == "#9999"
    fields.escalated.setChecked(not demo.cases.get(case_id).escalated)
    assert demo.cases.get(case_id).escalated == fields.escalated.isChecked()
    fields.has_deadline.setChecked(False)
    assert demo.cases.get(case_id).deadline is None
    fields.has_deadline.setChecked(True)
    assert demo.cases.get(case_id).deadline is not None
    assert not panel.error_text()


def test_adding_a_note_with_ctrl_return(qtbot, panel, demo):
    case_id = open_claim(demo)
    panel.open_case(case_id)
    before = panel.timeline.count()
    panel.note.setPlainText("お客様に再送の日程を連絡済み")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.timeline.count() == before + 1
    assert panel.note.toPlainText() == ""
    assert "再送" in panel.timeline.entry_at(panel.timeline.count() - 1).title


def test_mail_entries_open_and_reply(qtbot, panel, demo):
    case_id = next(c.id for c in demo.support.cases()
                   if any(e.kind == "mail" for e in demo.calls.timeline(c.id)))
    panel.open_case(case_id)
    row = next(r for r in range(panel.timeline.count()) if panel.timeline.entry_at(r).kind == "mail")
    item = panel.timeline.entries.item(row)
    with qtbot.waitSignal(panel.message_open_requested) as opened:
        panel.timeline.entries.itemActivated.emit(item)
    assert opened.args == [int(panel.timeline.entry_at(row).id)]
    panel.timeline.entries.setCurrentRow(row)
    with qtbot.waitSignal(panel.reply_requested) as replied:
        panel.timeline.reply_button.click()
    assert replied.args == ["reply", int(panel.timeline.entry_at(row).id)]


def test_close_dialog_refuses_a_claim_without_its_fields(qtbot, panel, demo):
    case_id = open_claim(demo)
    panel.open_case(case_id)
    panel.close_button.click()
    dialog = panel.close_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.cause.clear()
    dialog.recovery.clear()
    dialog.prevention.clear()
    dialog.responsibility.setCurrentIndex(0)
    for box in dialog.audience.values():
        box.setChecked(False)
    dialog.close_button.click()
    assert dialog.isVisible()
    message = dialog.error.text()
    for name in ("Cause", "Responsibility", "Recovery", "Prevention note", "Must reach"):
        assert name in message
    assert "border" in dialog.cause.styleSheet()
    assert demo.cases.get(case_id).status != "closed"

    dialog.cause.setText("倉庫での検品漏れ")
    dialog.responsibility.setCurrentIndex(dialog.responsibility.findData("shop"))
    dialog.recovery.setText("良品を再送、送料返金")
    dialog.prevention.setPlainText("出荷前の検品項目に縫製を追加")
    dialog.audience["logistics"].setChecked(True)
    with qtbot.waitSignal(panel.case_changed):
        dialog.close_button.click()
    closed = demo.cases.get(case_id)
    assert closed.status == "closed"
    assert closed.responsibility == "shop"
    assert closed.prevention_audience == ("logistics",)
    assert not panel.closing.isHidden() and "倉庫" in panel.closing.text()
    assert not panel.reopen_button.isHidden() and panel.close_button.isHidden()

    panel.reopen_button.click()
    assert demo.cases.get(case_id).status == "open"


def test_close_dialog_for_an_inquiry_asks_only_the_after_follow(qtbot, panel, demo):
    case_id = next(c.id for c in demo.support.cases()
                   if (c.category or "").startswith("inquiry.") and c.status != "closed")
    panel.open_case(case_id)
    panel.close_button.click()
    dialog = panel.close_dialog
    assert dialog.cause.isHidden() and dialog.audience_box.isHidden()
    dialog.follow.setChecked(True)
    dialog.close_button.click()
    closed = demo.cases.get(case_id)
    assert closed.status == "closed" and closed.after_follow_on is not None


def test_banner_for_a_flagged_customer(panel, demo):
    flagged = open_claim(demo, unreasonable=True)
    panel.open_case(flagged)
    assert not panel.banner.isHidden()
    assert "involve the owner" in panel.banner.text()
    panel.open_case(open_claim(demo, unreasonable=False))
    assert panel.banner.isHidden()


def test_a_refused_edit_shows_inline_and_reverts(panel, demo):
    case_id = open_claim(demo)
    panel.open_case(case_id)
    before = demo.cases.get(case_id).status
    panel.fields.field_edited.emit("status", "nonsense")
    assert "status" in panel.error_text().lower()
    assert panel.fields.status.currentData() == before
