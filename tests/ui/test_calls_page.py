"""The Calls page: a month of calls, its filters, and the per-customer tally beside the list."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from desk_app.core.records import CallSummary
from desk_app.ui import formatting
from desk_app.ui.calls.call_filter import CLAIMS, INQUIRIES, CallFilter
from desk_app.ui.calls.model import CallColumn
from desk_app.ui.calls.page import CallsPage
from desk_app.ui.calls.tally import CustomerTallyModel, TallyColumn, customer_tallies
from desk_app.ui.runner import SyncRunner

TOKYO = formatting.zone("Asia/Tokyo")
MARCH = datetime(2026, 3, 20, 3, 0, tzinfo=UTC)  # "now" for the page: March 2026 in Tokyo


def at(day: int, hour: int = 1, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def march(services):
    """Two known customers and one stranger calling in March 2026, and one call in February."""
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


def test_the_tally_counts_the_month_per_customer(page, march):
    model = page.tally_model
    rows = [
        (model.data(model.index(r, TallyColumn.CUSTOMER)), model.data(model.index(r, TallyColumn.CALLS)),
         model.data(model.index(r, TallyColumn.MINUTES)))
        for r in range(model.rowCount())
    ]
    assert rows == [("佐藤 花子", "2", "8"), ("田中 一郎", "1", "7"), ("06-9876-5432", "1", "1")]
    assert "Not on file" in model.data(model.index(2, TallyColumn.CUSTOMER), Qt.ItemDataRole.ToolTipRole)
    page.filter_bar.direction.setCurrentIndex(page.filter_bar.direction.findData("out"))
    assert model.rowCount() == 3  # the tally is the whole month's, whatever the list shows


def test_customer_tallies_group_unknown_callers_by_number():
    def call(phone: str, contact: str | None, direction: str, minutes: int) -> CallSummary:
        return CallSummary("x", MARCH, phone, contact, "名" if contact else "", direction, minutes, None, "", None)

    tallies = customer_tallies([
        call("06-1111-2222", None, "in", 2),
        call("０６－１１１１－２２２２", None, "out", 3),
        call("03-0000-0000", "c1", "in", 1),
    ])
    assert [(t.id, t.calls, t.incoming, t.outgoing, t.minutes) for t in tallies] == [
        ("phone:0611112222", 2, 1, 1, 5), ("c1", 1, 1, 0, 1),
    ]


def test_call_filter_words_must_all_match():
    call = CallSummary("x", MARCH, "090-1111-2222", None, "田中 一郎", "in", 3, "inquiry.product", "サイズの相談", None)
    assert CallFilter(text="田中 サイズ").matches(call)
    assert not CallFilter(text="田中 返品").matches(call)
    assert CallFilter(text="ＳＩＺＥ").matches(
        CallSummary("y", MARCH, "", None, "", "in", 1, None, "size question", None))
    assert not CallFilter(direction="out").matches(call)


def test_the_tally_model_passes_the_model_tester(qtmodeltester, page):
    model = CustomerTallyModel()
    model.set_rows(customer_tallies(page.month_calls()))
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
