"""The Cases page: saved views, filters, the deadline reminder, the prevention report, and opening
a case from elsewhere (the Inbox, the command line)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QImage

from desk_app.core.cases import is_open
from desk_app.core.categories import is_claim
from desk_app.core.records import CaseSummary
from desk_app.ui import formatting
from desk_app.ui.app import run_gui
from desk_app.ui.cases.page import CasesPage
from desk_app.ui.cases.reminder import DeadlineReminder
from desk_app.ui.cases.views import SavedView
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import PageId
from desk_app.ui.runner import SyncRunner

TOKYO = formatting.zone("Asia/Tokyo")


@pytest.fixture
def page(qtbot, demo, english):
    shown = CasesPage(demo, SyncRunner(), TOKYO)
    qtbot.addWidget(shown)
    shown.reload()
    return shown


def shown_rows(page: CasesPage) -> list[CaseSummary]:
    return [page.model.record(row) for row in range(page.model.rowCount())]  # type: ignore[misc]


def test_overdue_view_shows_only_overdue_open_cases(page):
    page.set_view(SavedView.OVERDUE)
    rows = shown_rows(page)
    now = datetime.now(UTC)
    assert rows
    assert all(is_open(c.status) and c.deadline is not None and c.deadline < now for c in rows)
    assert all(page.model.is_overdue(c) for c in rows)


def test_claims_view_shows_only_claims_sorted_by_category(page):
    page.set_view(SavedView.CLAIMS)
    rows = shown_rows(page)
    assert rows and all(is_claim(c.category) for c in rows)
    assert [c.category for c in rows] == sorted(c.category or "" for c in rows)
    everything = page._data.rows
    assert len(rows) == sum(1 for c in everything if is_claim(c.category))


def test_waiting_mine_and_all_views(page, demo):
    page.set_view(SavedView.WAITING)
    assert {c.status for c in shown_rows(page)} <= {"waiting_customer", "waiting_shop"}
    page.set_view(SavedView.MINE_OPEN)
    agent = demo.settings.agent_name
    assert all(demo.cases.get(c.id).agent == agent and is_open(c.status) for c in shown_rows(page))
    page.set_view(SavedView.ALL)
    assert page.model.rowCount() == len(demo.support.cases())


def test_text_and_group_filters_narrow(page):
    first = shown_rows(page)[0]
    page.search.setText(first.title)
    assert first.id in [c.id for c in shown_rows(page)]
    assert all(first.title.casefold() in (c.title + c.contact_name).casefold() for c in shown_rows(page))
    page.search.clear()
    page.group_filter.setCurrentIndex(page.group_filter.findData("delivery"))
    page.group_filter.activated.emit(page.group_filter.currentIndex())
    assert shown_rows(page) and all((c.category or "").startswith("delivery.") for c in shown_rows(page))


def test_selecting_a_case_hidden_by_the_view_widens_it(page):
    page.set_view(SavedView.OVERDUE)
    hidden = next(c for c in page._data.rows if not page.model.is_overdue(c))
    page.select_record(hidden.id)
    assert page.current_filter().view is SavedView.ALL
    assert page.table.currentIndex().row() == page.model.row_of(hidden.id)
    assert page.detail.case_id() == hidden.id


def test_reminder_reports_a_case_once_when_its_deadline_passes(qtbot, english):
    overdue: list[CaseSummary] = []
    reminder = DeadlineReminder(lambda: list(overdue), SyncRunner())
    reported: list[list[CaseSummary]] = []
    reminder.deadlines_passed.connect(reported.append)
    now = datetime.now(UTC)
    reminder.check()  # the first check only notes what is overdue already
    overdue.append(CaseSummary("c1", "未着", "open", "delivery.late", None, "佐藤", None, now, now))
    reminder.check()
    reminder.check()
    assert [[c.id for c in batch] for batch in reported] == [["c1"]]


def test_page_shows_the_reminder_banner(page, demo):
    case_id = page._data.rows[-1].id
    page.reminder._seen = set()  # what was overdue at start is known; this one passes now
    demo.cases.reopen(case_id)
    demo.cases.update(case_id, deadline=datetime.now(UTC) - timedelta(minutes=1))
    with_sentence: list[str] = []
    page.deadline_reminded.connect(with_sentence.append)
    page.reminder.check()
    assert not page.reminder_banner.isHidden()
    assert with_sentence and "Deadline passed" in with_sentence[0]


def test_prevention_report_flags_repeats(qtbot, page, demo):
    page.prevention_button.click()
    dialog = page.prevention_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    rows = demo.cases.prevention_report()
    assert dialog.tree.topLevelItemCount() == len({r.category for r in rows})
    assert sorted(dialog.repeat_titles()) == sorted(r.title for r in rows if r.repeat)
    dialog.reject()


def test_create_case_from_the_inbox_switches_to_it(qtbot, services, sample, english):
    window = MainWindow(services, SyncRunner(), remember_state=False)
    qtbot.addWidget(window)
    window.reload_all()
    message_id = sample.message_ids[3]
    window.select_message(message_id)
    assert window.inbox.reading_pane.message_id() == message_id
    with qtbot.waitSignal(window.inbox.case_created) as created:
        window.inbox.reading_pane.case_action.trigger()
    case_id = created.args[0]
    assert window.current_page() is PageId.CASES
    assert window.cases.detail.case_id() == case_id
    assert window.cases.table.currentIndex().row() == window.cases.model.row_of(case_id)
    assert any(e.kind == "mail" for e in services.calls.timeline(case_id))


def test_run_gui_opens_the_case_given(paths, services, tmp_path, english):
    services.demo.load(datetime.now(UTC))
    case_id = services.support.cases()[1].id
    services.close()
    target = tmp_path / "case.png"
    code = run_gui(paths, lang="en", demo=False, page="cases", screenshot=target, case_id=case_id)
    assert code == 0
    assert not QImage(str(target)).isNull()


def test_case_option_selects_the_case(qtbot, demo, english):
    window = MainWindow(demo, SyncRunner(), remember_state=False)
    qtbot.addWidget(window)
    case_id = demo.support.cases()[2].id
    window.show_page("cases")
    window.select_case(case_id)
    window.reload_all()
    assert window.cases.detail.case_id() == case_id
    assert window.cases.detail.fields.title_edit.text() == demo.cases.get(case_id).title
