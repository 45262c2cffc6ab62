"""The Cases, Calls and Settings pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desk_app.core.records import CaseSummary
from desk_app.ui import formatting
from desk_app.ui.calls.model import CallColumn
from desk_app.ui.calls.page import CallsPage
from desk_app.ui.cases.model import CaseColumn, CaseListModel, OVERDUE_COLOR
from desk_app.ui.cases.page import CasesPage
from desk_app.ui.runner import SyncRunner
from desk_app.ui.settings.page import SettingsPage

TOKYO = formatting.zone("Asia/Tokyo")


@pytest.fixture
def runner():
    return SyncRunner()


def case(status: str, deadline: datetime | None) -> CaseSummary:
    return CaseSummary("c1", "件名", status, "delivery.late", None, "佐藤", "#1", deadline,
                       datetime.now(UTC))


def test_case_model_passes_model_tester(qtmodeltester, english):
    model = CaseListModel(TOKYO)
    now = datetime.now(UTC)
    model.set_rows([case("open", now - timedelta(days=1)), case("closed", None)])
    qtmodeltester.check(model, force_py=True)


def test_overdue_open_cases_are_red(english):
    now = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
    model = CaseListModel(TOKYO, now=lambda: now)
    model.set_rows([
        case("open", now - timedelta(hours=1)),
        case("resolved", now - timedelta(hours=1)),
        case("open", now + timedelta(hours=1)),
    ])
    red = model.data(model.index(0, CaseColumn.DEADLINE), Qt.ItemDataRole.ForegroundRole)
    assert red.color() == OVERDUE_COLOR
    assert model.data(model.index(1, CaseColumn.DEADLINE), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(2, CaseColumn.DEADLINE), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, CaseColumn.DEADLINE)) == "2026/11/02"
    assert model.data(model.index(0, CaseColumn.STATUS)) == "In progress"
    assert model.data(model.index(0, CaseColumn.CATEGORY)) == "Late delivery"


def test_cases_page_lists_and_selects(qtbot, services, sample, runner, english):
    page = CasesPage(services, runner, TOKYO)
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == len(sample.case_ids)
    assert "1 overdue" in page.heading.note()
    page.select_record(sample.case_ids[1])
    assert page.table.currentIndex().row() == page.model.row_of(sample.case_ids[1])


def test_calls_page_shows_the_log(qtbot, services, sample, runner, japanese):
    page = CallsPage(services, runner, TOKYO)
    qtbot.addWidget(page)
    page.reload()
    qtmodel = page.model
    assert qtmodel.rowCount() == 3
    assert qtmodel.data(qtmodel.index(0, CallColumn.DIRECTION)) == "着信"
    assert qtmodel.data(qtmodel.index(0, CallColumn.CUSTOMER)) == "佐藤 花子 / 03-1234-5678"
    assert qtmodel.data(qtmodel.index(0, CallColumn.MINUTES)) == "5分"
    assert qtmodel.data(qtmodel.index(0, CallColumn.CATEGORY)) == "未着"
    assert page.heading.title() == "通話記録"


def test_calls_and_cases_empty_states(qtbot, services, runner, english):
    for page_type in (CasesPage, CallsPage):
        page = page_type(services, runner, TOKYO)
        qtbot.addWidget(page)
        page.reload()
        assert page.is_empty_state()
        assert page.empty.title()


def test_settings_save(qtbot, services, runner, english):
    page = SettingsPage(services, runner)
    qtbot.addWidget(page)
    page.reload()
    assert page.agent_name.text() == services.settings.agent_name
    page.language.setCurrentIndex(page.language.findData("ja"))
    page.agent_name.setText("山田 太郎")
    page.shop_name.setText("革小物の店")
    with qtbot.waitSignal(page.settings_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert services.settings.language == "ja"
    assert services.settings.agent_name == "山田 太郎"
    assert services.settings.shop_name == "革小物の店"
    assert page.message.text() == "Saved."


def test_settings_errors_are_inline(qtbot, services, runner, english):
    page = SettingsPage(services, runner)
    qtbot.addWidget(page)
    page.reload()
    before = services.settings.agent_name
    page.agent_name.setText("   ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "agent name" in page.message.text()
    assert page.message.property("error") is True
    assert services.settings.agent_name == before
