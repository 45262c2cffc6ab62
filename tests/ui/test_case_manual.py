"""The manual beside a case: its category's section with a checklist ticked per case and kept, the
unreasonable-claimant section first for a flagged customer, the warning when closing with steps
left, and the jump to the Manual page."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from desk_app.core.cases import is_open
from desk_app.core.categories import is_claim
from desk_app.services.manual import UNREASONABLE_CLAIMANT
from desk_app.ui import formatting
from desk_app.ui.cases.page import CasesPage
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import PageId
from desk_app.ui.runner import SyncRunner

TOKYO = formatting.zone("Asia/Tokyo")


@pytest.fixture
def page(qtbot, demo, english):
    made = CasesPage(demo, SyncRunner(), TOKYO)
    qtbot.addWidget(made)
    made.resize(1200, 800)
    with qtbot.waitExposed(made):
        made.show()
    made.reload()
    return made


def open_claims(demo, *, unreasonable: bool) -> list[str]:
    found = []
    for case in demo.support.cases():
        detail = demo.cases.get(case.id)
        if is_open(detail.status) and is_claim(detail.category) and detail.contact_unreasonable == unreasonable:
            found.append(case.id)
    assert len(found) >= 1
    return found


def test_a_case_shows_its_section_and_a_tick_is_kept_with_the_case(qtbot, page, demo):
    case_id, other_id = open_claims(demo, unreasonable=False)[:2]
    page.select_record(case_id)
    detail = page.detail
    panel = detail.manual
    expected = demo.manual.for_category(demo.cases.get(case_id).category, "en")
    assert detail.tabs.currentWidget() is panel  # an open claim: the manual comes forward
    assert panel.section_id() == expected.id
    assert panel.text.toPlainText().startswith(expected.title)
    assert panel.ticks() == [False] * len(expected.checklist)
    assert detail.tabs.tabText(1) == f"Manual 0/{len(expected.checklist)}"

    qtbot.mouseClick(panel.text.viewport(), Qt.MouseButton.LeftButton, pos=panel.text.step_point(1))
    assert panel.ticks()[:3] == [False, True, False]
    assert demo.cases.get(case_id).checklist == {expected.id: (1,)}
    assert detail.tabs.tabText(1) == f"Manual 1/{len(expected.checklist)}"

    page.select_record(other_id)
    assert detail.case_id() == other_id and not any(panel.ticks())
    page.select_record(case_id)
    assert detail.case_id() == case_id
    assert panel.ticks()[:3] == [False, True, False]
    qtbot.mouseClick(panel.text.viewport(), Qt.MouseButton.LeftButton, pos=panel.text.step_point(1))
    assert demo.cases.get(case_id).checklist == {}


def test_the_tab_the_agent_chose_is_kept_for_the_next_case(qtbot, page, demo):
    first, second = open_claims(demo, unreasonable=False)[:2]
    page.select_record(first)
    tabs = page.detail.tabs
    tabs.tabBarClicked.emit(0)
    tabs.setCurrentIndex(0)
    page.select_record(second)
    assert tabs.currentWidget() is page.detail.timeline


def test_a_flagged_customer_gets_the_unreasonable_claimant_section_first(page, demo):
    case_id = open_claims(demo, unreasonable=True)[0]
    page.select_record(case_id)
    panel = page.detail.manual
    unreasonable = demo.manual.for_category(UNREASONABLE_CLAIMANT, "en")
    category = demo.manual.for_category(demo.cases.get(case_id).category, "en")
    assert page.detail.tabs.currentWidget() is panel
    assert [panel.chooser.itemData(i) for i in range(panel.chooser.count())] == [unreasonable.id, category.id]
    assert not panel.chooser.isHidden()
    assert panel.section_id() == unreasonable.id
    assert panel.text.toPlainText().startswith(unreasonable.title)
    panel.chooser.setCurrentIndex(1)
    panel.chooser.activated.emit(1)
    assert panel.section_id() == category.id
    panel.text.toggle_step(0)
    assert demo.cases.get(case_id).checklist == {category.id: (0,)}


def test_closing_with_unticked_steps_warns_but_still_closes(qtbot, page, demo):
    case_id = open_claims(demo, unreasonable=False)[0]
    page.select_record(case_id)
    detail = page.detail
    section = demo.manual.for_category(demo.cases.get(case_id).category, "en")
    for step in range(len(section.checklist) - 2):
        detail.manual.text.toggle_step(step)
    detail.close_button.click()
    dialog = detail.close_dialog
    warning = dialog.checklist_warning
    assert not warning.isHidden()
    assert warning.text().startswith("⚠ 2 step") and f"“{section.title}”" in warning.text()
    assert section.checklist[-2] in warning.text() and section.checklist[-1] in warning.text()
    assert section.checklist[0] not in warning.text()
    dialog.cause.setText("配送中の事故")
    dialog.responsibility.setCurrentIndex(dialog.responsibility.findData("carrier"))
    dialog.recovery.setText("交換品を発送")
    dialog.prevention.setPlainText("緩衝材を増やす")
    dialog.audience["logistics"].setChecked(True)
    with qtbot.waitSignal(detail.case_changed):
        dialog.close_button.click()
    assert demo.cases.get(case_id).status == "closed"


def test_no_warning_when_every_step_is_ticked(page, demo):
    case_id = open_claims(demo, unreasonable=False)[0]
    page.select_record(case_id)
    detail = page.detail
    for step in range(len(detail.manual.ticks())):
        detail.manual.text.toggle_step(step)
    detail.close_button.click()
    assert detail.close_dialog.checklist_warning.isHidden()
    detail.close_dialog.reject()


def test_open_in_manual_shows_the_section_in_the_manual_page(qtbot, demo, english):
    window = MainWindow(demo, SyncRunner(), remember_state=False)
    qtbot.addWidget(window)
    window.reload_all()
    case_id = open_claims(demo, unreasonable=False)[0]
    window.select_case(case_id)
    panel = window.cases.detail.manual
    panel.open_button.click()
    assert window.current_page() is PageId.MANUAL
    assert window.manual.current_place() == panel.section_id()
    assert window.manual.viewer.toPlainText().startswith(demo.manual.show(panel.section_id(), "en").title)


def test_an_edit_of_the_case_keeps_the_section_where_it_was_read(page, demo):
    case_id = open_claims(demo, unreasonable=False)[0]
    page.select_record(case_id)
    detail = page.detail
    bar = detail.manual.text.verticalScrollBar()
    assert bar.maximum() > 50
    bar.setValue(50)
    detail.fields.order.setText("#7777")
    detail.fields.order.editingFinished.emit()
    assert demo.cases.get(case_id).order_number == "#7777"
    assert bar.value() == 50
