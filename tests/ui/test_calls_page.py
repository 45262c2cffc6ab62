"""The Calls page: a month of calls, its filters, and the per-customer tally beside the list."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from desk_app.core.records import CallSummary
from desk_app.ui import formatting
from desk_app.ui.calls.call_filter import CLAIMS, INQUIRIES, CallFilter
from desk_app.ui.calls.model import CallColumn
from desk_app.ui.calls.page import CallsPage
from desk_app.ui.calls.tally import CustomerTallyModel, TallyColumn
from desk_app.ui.runner import SyncRunner

TOKYO = formatting.zone("Asia/Tokyo")
MARCH = datetime(2026, 3, 20, 3, 0, tzinfo=UTC)  # "now" for the page: March 2026 in Tokyo


def at(day: int, hour: int = 1, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def add_rates(services) -> None:
    """Piece rates for the tests' months (no service sets them yet; tests may use the store)."""
    from desk_app.store.models import RateCard

    with services.db.write() as session:
        session.add(RateCard(agent=services.settings.agent_name, effective_from=date(2026, 1, 1),
                             rates={"call_in": 200, "call_out": 150, "email_reply": 180},
                             device_id=services.settings.device_id))


@pytest.fixture
def march(services):
    """Two known customers and one stranger calling in March 2026, and one call in February."""
    add_rates(services)
    sato = services.contacts.add("佐藤 花子", kana="サトウ ハナコ", phones=["03-1234-5678"])
    tanaka = services.contacts.add("田中 一郎", phones=["090-1111-2222"])
    log = services.calls.log
    log(phone="03-1234-5678", direction="in", minutes=5, category="delivery.not_arrived",
        summary="荷物がまだ届かない", at=at(2))
    log(phone="０３－１２３４－５６７８", direction="out", minutes=3, category="delivery.not_arrived",
        summary="追跡番号を案内", at=at(3))
    log(phone="090-1111-2222", direction="in", minutes=7, category="inquiry.return_exchange",
        summary="サイズ交換の方法", at=at(5))
    log(phone="06-9876-5432", direction="in", minutes=1, category="inquiry.shipping",
        summary="送料無料の条件", at=at(10))
    log(phone="03-1234-5678", direction="in", minutes=2, category="payment.wrong_amount",
        summary="二重請求では？", at=at(27, month=2))
    return {"sato": sato, "tanaka": tanaka}


@pytest.fixture
def page(qtbot, services, march, english):
    made = CallsPage(services, SyncRunner(), TOKYO, now=lambda: MARCH)
    qtbot.addWidget(made)
    made.reload()
    return made


def shown_summaries(page: CallsPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, CallColumn.SUMMARY)) for row in range(model.rowCount())]


def test_the_page_opens_on_this_month(page, march):
    assert page.filter_bar.month_key() == "2026-03"
    assert shown_summaries(page) == ["送料無料の条件", "サイズ交換の方法", "追跡番号を案内", "荷物がまだ届かない"]
    assert page.heading.note().startswith("4 call")
    assert page.tally_title.text() == "By customer, 2026/03"


def test_another_month_is_chosen_with_the_arrow_keys(qtbot, page, march):
    page.filter_bar.month.setFocus()
    page.filter_bar.month.setCurrentSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClick(page.filter_bar.month, Qt.Key.Key_Down)
    assert page.filter_bar.month_key() == "2026-02"
    assert shown_summaries(page) == ["二重請求では？"]
    page.filter_bar.set_month(2025, 12)
    assert page.is_empty_state()
    assert not page.filter_bar.isHidden()  # the way back to other months stays


def test_direction_category_and_text_filters(qtbot, page, march):
    bar = page.filter_bar
    bar.direction.setCurrentIndex(bar.direction.findData("out"))
    assert shown_summaries(page) == ["追跡番号を案内"]
    assert page.heading.note().startswith("1 of 4")
    bar.direction.setCurrentIndex(0)

    bar.category.setCurrentIndex(bar.category.findData(CLAIMS))
    assert shown_summaries(page) == ["追跡番号を案内", "荷物がまだ届かない"]
    bar.category.setCurrentIndex(bar.category.findData(INQUIRIES))
    assert shown_summaries(page) == ["送料無料の条件", "サイズ交換の方法"]
    bar.category.setCurrentIndex(bar.category.findData("inquiry.shipping"))
    assert shown_summaries(page) == ["送料無料の条件"]
    bar.category.setCurrentIndex(0)

    with qtbot.waitSignal(page.rows_loaded):  # the search waits for a pause in typing
        bar.search.setText("交換")
    assert shown_summaries(page) == ["サイズ交換の方法"]
    bar.search.setText("０９０－１１１１")  # a number in full width finds it written any way
    bar.apply_search_now()
    assert shown_summaries(page) == ["サイズ交換の方法"]
    bar.search.setText("0312345678")
    bar.apply_search_now()
    assert shown_summaries(page) == ["追跡番号を案内", "荷物がまだ届かない"]
    bar.search.setText("佐藤")
    bar.apply_search_now()
    assert len(shown_summaries(page)) == 2
    bar.search.setText("nothing like this")
    bar.apply_search_now()
    assert shown_summaries(page) == []
    assert not page.is_empty_state()  # the month has calls: an empty result, not "no calls"
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    bar.apply_search_now()
    assert len(shown_summaries(page)) == 4


def tally_rows(page: CallsPage) -> list[tuple[str, ...]]:
    model = page.tally_model
    return [tuple(model.data(model.index(r, c)) for c in TallyColumn) for r in range(model.rowCount())]


def test_the_tally_counts_the_month_per_customer(page, march):
    assert tally_rows(page) == [
        ("佐藤 花子", "2", "1 / 1", "8", "0", "¥350"),
        ("田中 一郎", "1", "1 / 0", "7", "0", "¥200"),
        ("06-9876-5432", "1", "1 / 0", "1", "0", "¥200"),  # callers not on file after customers
    ]
    model = page.tally_model
    assert "Not on file" in model.data(model.index(2, TallyColumn.CUSTOMER), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(TallyColumn.MAILS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    total = page.tally_total.text()
    assert total.startswith("Total: 4 call") and " · 0 mail" in total and total.endswith(" ¥750")
    page.filter_bar.direction.setCurrentIndex(page.filter_bar.direction.findData("out"))
    assert model.rowCount() == 3  # the tally is the whole month's, whatever the list shows


def test_the_tally_follows_the_month_and_shows_pieces_of_no_customer(page, services, march):
    from desk_app.store.models import WorkItem

    with services.db.write() as session:  # no service records shipments yet; tests may use the store
        session.add(WorkItem(agent=services.settings.agent_name, kind="email_reply", quantity=12,
                             at=at(3, month=2), day=date(2026, 2, 3), device_id=services.settings.device_id))
    page.filter_bar.set_month(2026, 2)
    assert page.tally_title.text() == "By customer, 2026/02"
    assert tally_rows(page) == [("佐藤 花子", "1", "1 / 0", "2", "0", "¥200"),
                                ("Other pieces", "", "", "", "12", "¥2,160")]
    total = page.tally_total.text()
    assert total.startswith("Total: 1 call") and " · 12 mail" in total and " · 13 piece" in total
    assert total.endswith(" ¥2,360")


def test_call_filter_words_must_all_match():
    call = CallSummary("x", MARCH, "090-1111-2222", None, "田中 一郎", "in", 3, "inquiry.product", "サイズの相談", None)
    assert CallFilter(text="田中 サイズ").matches(call)
    assert not CallFilter(text="田中 返品").matches(call)
    assert CallFilter(text="ＳＩＺＥ").matches(
        CallSummary("y", MARCH, "", None, "", "in", 1, None, "size question", None))
    assert not CallFilter(direction="out").matches(call)


def test_the_tally_model_passes_the_model_tester(qtmodeltester, services, page):
    model = CustomerTallyModel()
    model.set_tally(services.status.customer_tally("2026-03"))
    qtmodeltester.check(model, force_py=True)


def test_the_log_call_button_asks_for_the_quick_entry(qtbot, page):
    with qtbot.waitSignal(page.log_call_requested):
        qtbot.mouseClick(page.log_call_button, Qt.MouseButton.LeftButton)
    assert "Ctrl+Shift+L" in page.log_call_button.toolTip()


def test_a_logged_call_is_selected_once_loaded(page, services, march):
    logged = services.calls.log(phone="090-1111-2222", direction="out", minutes=1, category=None,
                                summary="折り返し", at=at(19))
    page.select_record(logged.id)
    page.reload()
    assert page.table.currentIndex().row() == page.model.row_of(logged.id) == 0


def test_japanese_labels(qtbot, services, march, japanese):
    page = CallsPage(services, SyncRunner(), TOKYO, now=lambda: MARCH)
    qtbot.addWidget(page)
    page.reload()
    assert page.heading.title() == "通話記録"
    assert page.model.data(page.model.index(3, CallColumn.DIRECTION)) == "着信"
