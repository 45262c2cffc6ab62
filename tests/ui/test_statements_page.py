"""The Statements page: the month as it will print, pieces added and voided, and the workflow of
agent and owner (submit, approve, send back), with real services over a SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desk_app.core.statements import StatementStatus
from desk_app.ui import formatting
from desk_app.ui.runner import SyncRunner
from desk_app.ui.statements.message_bar import Tone
from desk_app.ui.statements.owner_mode import OwnerMode
from desk_app.ui.statements.page import StatementsPage
from desk_app.ui.statements.pieces_model import PieceColumn
from statement_sample import MONTH, PAGE_NOW, PASSPHRASE, fill_march

TOKYO = formatting.zone("Asia/Tokyo")


@pytest.fixture
def march(services):
    fill_march(services)
    return services


@pytest.fixture
def mode(qapp):
    made = OwnerMode()
    yield made
    made.deleteLater()


@pytest.fixture
def page(qtbot, march, mode, english):
    made = StatementsPage(march, SyncRunner(), TOKYO, mode, now=lambda: PAGE_NOW)
    qtbot.addWidget(made)
    made.reload()
    made.month_bar.step_back()  # April → March
    assert made.shown().month == MONTH
    return made


def status(services) -> StatementStatus:
    return services.statements.statement(MONTH).status


def confirm(page: StatementsPage) -> None:
    page.steps.question.findChild(QPushButton, "confirmButton").click()


def test_the_page_shows_the_months_total_as_the_service_computes_it(qtbot, page, march):
    statement = march.statements.statement(MONTH)
    assert statement.total_yen == (5 * 80 + 2 * 80 + 120 + 200) * 110 // 100
    text = page.document.toPlainText()
    assert formatting.yen(statement.total_yen) in text
    assert "March 2025" in text
    assert "Shipment" in text and "Consumption tax 10%" in text
    assert page.heading.note() == f"Draft · {formatting.yen(statement.total_yen)}"
    shown = page.tabs.pieces.shown_rows()
    assert sum(row.quantity for row in shown) == 9
    assert page.tabs.contacts_model.rowCount() == len(statement.by_contact)
    page.show()
    qtbot.waitExposed(page)
    bars = page.chart.canvas.figure.axes[0].patches
    assert [bar.get_height() for bar in bars] == [day.amount_yen for day in statement.by_day]
    assert len(bars) == 31


def test_months_step_with_alt_arrows(qtbot, page):
    with qtbot.waitActive(page):  # shortcuts work in the active window
        page.show()
        page.activateWindow()
    qtbot.keyClick(page.tabs.pieces.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.shown().month == "2025-04"
    assert not page.month_bar.next_button.isEnabled()  # no statement of months to come
    qtbot.keyClick(page.tabs.pieces.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.shown().month == MONTH


def test_pieces_are_added_and_voided_with_a_reason(page, march):
    before = march.statements.statement(MONTH).total_yen
    page.tabs.pieces.add_button.click()
    dialog = page.pieces.dialog
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == ["shipment", "return"]  # replies and calls count themselves
    dialog.kind.setCurrentIndex(kinds.index("return"))
    dialog.quantity.setValue(3)
    dialog.day.setDate(date(2025, 3, 25))
    dialog.note.setText("返品3件")
    dialog.add_button.click()
    assert page.message_bar.tone() is Tone.INFO
    assert page.message_bar.text().startswith("Added: 3 piece")  # "pieces" once the plural is translated
    assert page.message_bar.text().endswith("of Return.")
    statement = march.statements.statement(MONTH)
    assert statement.total_yen == before + 3 * 120 * 110 // 100
    assert formatting.yen(statement.total_yen) in page.document.toPlainText()

    tab = page.tabs.pieces
    tab.search.setText("返品3件")
    assert [r.note for r in tab.shown_rows()] == ["返品3件"]
    assert not tab.void_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.void_button.isEnabled()
    tab.void_button.click()
    dialog = page.pieces.dialog
    assert not dialog.accept_button.isEnabled()  # a reason is required
    dialog.text.setPlainText("二重に入力した")
    dialog.accept_button.click()
    assert march.statements.statement(MONTH).total_yen == before
    voided = [p for p in march.work.pieces(MONTH) if p.voided]
    assert [(p.note, p.void_reason) for p in voided] == [("返品3件", "二重に入力した")]
    assert tab.shown_rows() == []  # voided ones show on request
    tab.show_voided.setChecked(True)
    (row,) = tab.shown_rows()
    assert row.voided
    assert tab.model.data(tab.model.index(0, PieceColumn.NOTE)) == "Voided: 二重に入力した · 返品3件"
    assert tab.model.data(tab.model.index(0, PieceColumn.AMOUNT)) == "—"


def test_the_agent_submits(page, march):
    assert page.actions.submit.isVisible() and page.actions.submit.isEnabled()
    assert not page.actions.approve.isVisible()  # the owner's steps show in owner mode only
    page.actions.submit.trigger()
    assert status(march) is StatementStatus.SUBMITTED
    assert page.heading.note().startswith("Submitted")
    assert "Export Bundle" in page.message_bar.text()
    assert not page.actions.submit.isEnabled()
    assert "Submitted" in page.actions.submit.toolTip()
    assert [page.tabs.events_model.data(page.tabs.events_model.index(0, c)) for c in (1, 3)] == ["Submitted", ""]


def test_the_owner_approves_and_the_month_is_locked(page, march, mode):
    march.owner.set_passphrase(PASSPHRASE)
    march.statements.submit(MONTH)
    page.reload()
    mode.enter(PASSPHRASE)
    assert page.actions.approve.isVisible() and not page.actions.submit.isVisible()
    assert page.month_bar.agent.isVisible() or page.month_bar.agent.isVisibleTo(page)
    assert page.actions.approve.isEnabled()
    page.actions.approve.trigger()
    confirm(page)
    assert status(march) is StatementStatus.APPROVED
    assert page.steps.owner_steps.dialog is None  # the passphrase of owner mode was enough
    assert page.lock_bar.tone() is Tone.LOCKED
    assert "approved and locked" in page.lock_bar.text()
    assert not page.actions.approve.isEnabled()
    assert page.actions.mark_paid.isEnabled()

    mode.leave()  # back to the agent: the locked month takes no piece
    tab = page.tabs.pieces
    assert not tab.add_button.isEnabled()
    assert "locked" in tab.add_button.toolTip()
    tab.table.selectRow(0)
    assert not tab.void_button.isEnabled()
    assert page.lock_bar.tone() is Tone.LOCKED


def test_the_passphrase_is_asked_for_when_the_service_needs_it(page, march, mode):
    march.statements.submit(MONTH)
    mode.enter(None)  # no passphrase when owner mode began …
    march.owner.set_passphrase(PASSPHRASE)  # … one was set since
    page.reload()
    page.actions.approve.trigger()
    confirm(page)
    dialog = page.steps.owner_steps.dialog
    assert dialog is not None and not dialog.problem.isVisibleTo(dialog)
    dialog.field.setText("wrong")
    dialog.accept()
    assert status(march) is StatementStatus.SUBMITTED
    again = page.steps.owner_steps.dialog
    assert again is not dialog
    assert again.problem.text() == "That is not the owner's passphrase."
    again.field.setText(PASSPHRASE)
    again.accept()
    assert status(march) is StatementStatus.APPROVED
    assert mode.passphrase() == PASSPHRASE  # kept for the session's next steps
    assert PASSPHRASE not in repr(mode)


def test_sending_back_needs_a_comment_and_returns_to_draft(page, march, mode):
    march.statements.submit(MONTH)
    mode.enter(None)
    page.actions.send_back.trigger()
    dialog = page.steps.dialog
    assert not dialog.accept_button.isEnabled()
    dialog.text.setPlainText("3月14日の発送は2件ではなく1件です")
    dialog.accept_button.click()
    assert status(march) is StatementStatus.DRAFT
    model = page.tabs.events_model
    assert model.data(model.index(0, 1)) == "Sent back"
    assert model.data(model.index(0, 3)) == "3月14日の発送は2件ではなく1件です"
    assert "(owner)" in model.data(model.index(0, 2))
    assert page.tabs.tabText(2) == "History (2)"


def test_approving_waits_for_the_month_to_end(qtbot, march, mode, english):
    page = StatementsPage(march, SyncRunner(), TOKYO, mode, now=lambda: datetime(2025, 3, 20, tzinfo=UTC))
    qtbot.addWidget(page)
    march.statements.submit(MONTH)
    mode.enter(None)
    page.reload()
    assert not page.actions.approve.isEnabled()
    assert "not over" in page.actions.approve.toolTip()


def test_a_refused_step_shows_in_the_message_bar(page, march, mode):
    mode.enter(None)
    march.statements.submit(MONTH)
    page.reload()
    march.statements.approve(MONTH)  # elsewhere, meanwhile: the page still offers to send back
    page.actions.send_back.trigger()
    page.steps.dialog.text.setPlainText("やり直し")
    page.steps.dialog.accept_button.click()
    assert page.message_bar.tone() is Tone.ERROR
    assert "does not fit the statement" in page.message_bar.text()
    assert "Traceback" not in page.message_bar.text()
    assert page.lock_bar.tone() is Tone.LOCKED  # read again: it shows the month as it is now


def test_the_owner_marks_an_approved_month_paid(page, march, mode):
    march.statements.submit(MONTH)
    march.statements.approve(MONTH)
    mode.enter(None)
    assert page.actions.mark_paid.isEnabled()
    page.actions.mark_paid.trigger()
    dialog = page.steps.dialog
    assert dialog.day.date().toPython() == date(2025, 4, 2)  # the page's today
    dialog.day.setDate(date(2025, 4, 25))
    dialog.accept()
    statement = march.statements.statement(MONTH)
    assert statement.status is StatementStatus.PAID and statement.workflow.paid_on == date(2025, 4, 25)
    assert "paid on 2025/04/25" in page.document.toPlainText()
    assert not page.actions.mark_paid.isEnabled()


def test_agent_and_owner_comment_in_the_history(page, march, mode):
    page.actions.comment.trigger()
    page.steps.dialog.text.setPlainText("3日の発送は午後の分も含みます")
    page.steps.dialog.accept_button.click()
    mode.enter(None)
    page.actions.comment.trigger()
    page.steps.dialog.text.setPlainText("了解です")
    page.steps.dialog.accept_button.click()
    events = march.statements.statement(MONTH).workflow.events
    assert [(e.role.value, e.comment) for e in events] == [("agent", "3日の発送は午後の分も含みます"),
                                                          ("owner", "了解です")]
    model = page.tabs.events_model
    assert [model.data(model.index(row, 3)) for row in range(2)] == ["了解です", "3日の発送は午後の分も含みます"]


def test_in_owner_mode_the_agent_is_chosen(page, march, mode):
    march.rates.set(effective_from=date(2025, 1, 1), rates={"shipment": 90}, agent="鈴木")
    march.work.add("shipment", 2, at=datetime(2025, 3, 5, 3, tzinfo=UTC), agent="鈴木")
    assert not page.month_bar.agent.isVisibleTo(page)
    mode.enter(None)
    assert page.month_bar.agent.isVisibleTo(page)
    agents = [page.month_bar.agent.itemText(i) for i in range(page.month_bar.agent.count())]
    assert "鈴木" in agents and march.settings.agent_name in agents
    page.month_bar.agent.setCurrentIndex(agents.index("鈴木"))
    page.month_bar.agent.activated.emit(agents.index("鈴木"))
    shown = page.shown().statement
    assert (shown.agent, shown.subtotal_yen) == ("鈴木", 180)
    assert not page.tabs.pieces.add_button.isEnabled()  # pieces are the agent's to enter
    mode.leave()
    assert page.shown().statement.agent == march.settings.agent_name  # back to the local agent
