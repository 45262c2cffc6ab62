"""The message list of the Inbox: threading, filters, search, sorting, keys, empty results, size."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHeaderView

from desk_app.core.records import MessageSummary
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.ui import formatting
from desk_app.ui.inbox.filter_bar import ListFilter
from desk_app.ui.inbox.model import FLAGGED_ROLE, PAGE_SIZE, SEEN_ROLE, THREAD_SIZE_ROLE, Column, MessageListModel
from desk_app.ui.inbox.page import InboxPage
from desk_app.ui.runner import SyncRunner

TOKYO = formatting.zone("Asia/Tokyo")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """The demo data set loaded once into a db file; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("demo")
    services = Services.open(AppPaths(data_dir=folder, db_file=folder / "desk_app.db"))
    services.demo.load()
    services.close()
    return folder / "desk_app.db"


@pytest.fixture
def demo(demo_template, tmp_path):
    shutil.copy(demo_template, tmp_path / "desk_app.db")
    opened = Services.open(AppPaths(data_dir=tmp_path, db_file=tmp_path / "desk_app.db"))
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, demo):
    shown = InboxPage(demo, SyncRunner(), TOKYO)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.reload()
    return shown


def inbox_id(services: Services) -> int:
    return next(f.id for f in services.mail.folders() if f.role == "inbox")


def type_text(widget, text: str) -> None:
    """Type characters one by one, like an input method commits them (QTest cannot send kana)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def shown_page(qtbot, page):
    """The page in an active window: needed for keyboard shortcuts."""
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def test_conversations_are_grouped_by_default_and_the_toggle_ungroups(page, demo):
    folder = inbox_id(demo)
    threaded = demo.mail.message_ids(folder_id=folder, threaded=True)
    every = demo.mail.message_ids(folder_id=folder)
    assert len(threaded) < len(every)
    assert page.model.ids() == threaded
    sizes = [page.model.data(page.model.index(r, Column.SUBJECT), THREAD_SIZE_ROLE) for r in range(10)]
    assert max(sizes) > 1  # rows stand for conversations and say how big they are

    page.filter_bar().set_threaded(False)
    assert page.model.ids() == every
    assert page.model.data(page.model.index(0, Column.SUBJECT), THREAD_SIZE_ROLE) == 1


def test_filter_unread_shows_only_unread(page, demo):
    page.filter_bar().set_filter(ListFilter.UNREAD)
    count = page.model.rowCount()
    assert 0 < count < len(demo.mail.message_ids(folder_id=inbox_id(demo), threaded=True))
    assert all(page.model.data(page.model.index(r, 0), SEEN_ROLE) is False for r in range(count))


@pytest.mark.parametrize(
    ("choice", "query"),
    [
        (ListFilter.ATTACHMENTS, {"with_attachments": True}),
        (ListFilter.LINKED, {"linked": True}),
        (ListFilter.NOT_LINKED, {"linked": False}),
    ],
)
def test_other_filters_query_the_service(page, demo, choice, query):
    page.filter_bar().set_filter(choice)
    expected = demo.mail.message_ids(folder_id=inbox_id(demo), threaded=True, **query)
    assert page.model.ids() == expected


@pytest.mark.parametrize("word", ["返品", "再入荷"])  # 2 characters: LIKE; 3 and more: FTS trigram
def test_search_box_narrows_the_list_after_a_pause(qtbot, page, demo, word):
    everything = page.model.rowCount()
    expected = demo.mail.message_ids(folder_id=inbox_id(demo), threaded=True, text=word)
    assert 0 < len(expected) < everything
    type_text(page.filter_bar().search, word)
    assert page.filter_bar().search.text() == word
    assert page.model.rowCount() == everything  # not yet: the list waits for a pause in typing
    qtbot.waitUntil(lambda: page.model.rowCount() == len(expected), timeout=2000)
    assert page.model.ids() == expected

    qtbot.keyClick(page.filter_bar().search, Qt.Key.Key_Escape)  # Esc clears, and all is back
    assert page.filter_bar().search.text() == ""
    assert page.model.rowCount() == everything


def test_search_typed_quickly_queries_once(qtbot, monkeypatch, page, demo):
    calls = []
    original = demo.mail.message_ids
    monkeypatch.setattr(demo.mail, "message_ids", lambda query=None, **kw: calls.append(query) or original(query, **kw))
    type_text(page.filter_bar().search, "再入荷")
    qtbot.waitUntil(lambda: not page.filter_bar().is_search_pending(), timeout=2000)
    assert [q.text for q in calls] == ["再入荷"]


def test_nothing_found_shows_an_inline_empty_state_that_clears_filters(qtbot, page):
    everything = page.model.rowCount()
    page.filter_bar().search.setText("該当なしの言葉xyz")
    qtbot.waitUntil(lambda: page.list_panel.is_showing_no_matches(), timeout=2000)
    assert page.model.rowCount() == 0
    assert page.list_panel.no_matches.title() == "No messages match"
    assert page.reading_pane.message_id() is None

    qtbot.mouseClick(page.list_panel.no_matches.clear_button, Qt.MouseButton.LeftButton)
    assert not page.list_panel.is_showing_no_matches()
    assert page.filter_bar().search.text() == ""
    assert page.model.rowCount() == everything


def test_header_click_sorts_by_subject_in_sql(qtbot, page, demo):
    first_by_date = page.model.message_id(0)
    header = page.message_view().horizontalHeader()
    page.show()
    qtbot.waitExposed(page)
    x = header.sectionViewportPosition(Column.SUBJECT) + header.sectionSize(Column.SUBJECT) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    expected = demo.mail.message_ids(folder_id=inbox_id(demo), threaded=True, sort="subject", descending=False)
    assert page.model.ids() == expected
    assert page.model.message_id(0) != first_by_date
    assert header.sortIndicatorSection() == Column.SUBJECT

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.model.ids() == demo.mail.message_ids(
        folder_id=inbox_id(demo), threaded=True, sort="subject", descending=True
    )


def old_header_state(sort_column: int | None):
    """A header layout as saved by an earlier version (4 columns), maybe with a sort order shown."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    old = QTableView()
    old.setModel(QStandardItemModel(0, 4))
    old.horizontalHeader().resizeSection(0, 150)
    if sort_column is not None:
        old.horizontalHeader().setSortIndicatorShown(True)
        old.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
    return old.horizontalHeader().saveState()


def test_a_remembered_header_layout_keeps_sorting_by_click(page, demo):
    header = page.message_view().horizontalHeader()
    assert page.state_parts()["inbox/columns"].restoreState(old_header_state(None))
    assert header.isSortIndicatorShown() and header.sectionsClickable()
    assert header.count() == len(Column) and header.sectionSize(Column.FLAG) == 30
    assert header.sectionSize(Column.FROM) == 150
    assert header.sortIndicatorSection() == Column.DATE  # an old layout chose no order

    assert page.state_parts()["inbox/columns"].restoreState(old_header_state(Column.SUBJECT))
    assert page.model.ids() == demo.mail.message_ids(
        folder_id=inbox_id(demo), threaded=True, sort="subject", descending=False
    )


def test_icon_columns_do_not_sort(page):
    before = page.model.ids()
    header = page.message_view().horizontalHeader()
    header.setSortIndicator(Column.FLAG, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == Column.DATE
    assert page.model.ids() == before


def test_key_m_toggles_read_in_the_model_and_the_service(qtbot, page, demo):
    shown_page(qtbot, page)
    view = page.message_view()
    view.setFocus()
    view.selectRow(0)  # opening marks it read
    message_id = page.model.message_id(0)
    assert demo.mail.summaries([message_id])[0].seen

    qtbot.keyClick(view, Qt.Key.Key_M)
    assert page.model.data(page.model.index(0, Column.SUBJECT), SEEN_ROLE) is False
    assert not demo.mail.summaries([message_id])[0].seen
    assert page.commands.toggle_read.text() == "Mark as Read"

    qtbot.keyClick(view, Qt.Key.Key_M)
    assert page.model.data(page.model.index(0, Column.SUBJECT), SEEN_ROLE) is True
    assert demo.mail.summaries([message_id])[0].seen


def test_key_f_and_the_flag_column_toggle_the_flag(qtbot, page, demo):
    shown_page(qtbot, page)
    view = page.message_view()
    view.setFocus()
    view.selectRow(1)
    message_id = page.model.message_id(1)
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert page.model.data(page.model.index(1, Column.FLAG), FLAGGED_ROLE) is True
    assert page.model.data(page.model.index(1, Column.FLAG), Qt.ItemDataRole.DecorationRole) is not None
    assert demo.mail.summaries([message_id])[0].flagged

    view.flag_clicked.emit(1)  # what a click on the flag cell does
    assert not demo.mail.summaries([message_id])[0].flagged
    assert page.model.data(page.model.index(1, Column.FLAG), Qt.ItemDataRole.DecorationRole) is None


def test_typing_m_in_the_search_box_is_text_not_a_command(qtbot, page, demo):
    shown_page(qtbot, page)
    page.message_view().selectRow(0)
    message_id = page.model.message_id(0)
    page.filter_bar().search.setFocus()
    qtbot.keyClicks(page.filter_bar().search, "mf")
    assert page.filter_bar().search.text() == "mf"
    summary = demo.mail.summaries([message_id])[0]
    assert summary.seen and not summary.flagged


def test_ctrl_f_focuses_search_and_return_focuses_the_reader(qtbot, page):
    shown_page(qtbot, page)
    view = page.message_view()
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_bar().search.hasFocus()
    qtbot.keyClick(page.filter_bar().search, Qt.Key.Key_Escape)  # empty: back to the list
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.reading_pane.reader_has_focus()


def test_space_pages_the_reading_pane(qtbot, page, demo):
    shown_page(qtbot, page)
    page.resize(1200, 360)
    view = page.message_view()
    view.setFocus()
    longest = max(range(20), key=lambda r: len(demo.mail.show(page.model.message_id(r)).text))
    view.selectRow(longest)
    page.reading_pane.expand_all()
    qtbot.waitUntil(lambda: page.reading_pane.scroll_maximum() > 0)
    before = page.reading_pane.scroll_position()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.reading_pane.scroll_position() > before
    assert view.currentIndex().row() == longest  # Space did not move or toggle the selection


def test_context_menu_offers_read_and_flag(qtbot, page):
    page.message_view().selectRow(0)
    menu = page.message_view().context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Mark as Unread" in texts and "Flag" in texts
    shortcuts = {a.text(): a.shortcut().toString() for a in menu.actions()}
    assert shortcuts["Mark as Unread"] == "M" and shortcuts["Flag"] == "F"
    menu.deleteLater()


@pytest.mark.parametrize("query", [{"threaded": True}, {"threaded": True, "unread_only": True},
                                   {"threaded": False, "text": "返品"}])
def test_model_passes_qt_model_tester_threaded_and_filtered(qtmodeltester, demo, query):
    model = MessageListModel(demo.mail, TOKYO)
    model.set_ids(demo.mail.message_ids(folder_id=inbox_id(demo), **query), threaded=query["threaded"])
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


class SyntheticMail:
    """100,000 messages without a db: summaries made up on request, calls counted."""

    def __init__(self) -> None:
        self.calls: list[int] = []
        self._now = datetime(2026, 11, 1, tzinfo=UTC)

    def summaries(self, ids):
        self.calls.append(len(ids))
        return [MessageSummary(i, "shop", "INBOX", i, None, f"お問い合わせ {i}", f"お客様 {i}", "c@example.jp",
                               self._now - timedelta(minutes=i), i % 3 == 0, i % 11 == 0, False, i % 7 == 0)
                for i in ids]

    def thread_sizes(self, ids):
        return {i: 1 + i % 4 for i in ids}


def test_a_list_of_100000_rows_pages_lazily_with_fixed_row_heights(qtbot):
    from desk_app.ui.inbox.message_list import MessageListView

    mail = SyntheticMail()
    model = MessageListModel(mail, TOKYO)
    model.set_ids(range(100_000), threaded=True)
    view = MessageListView(model)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    for row in (50_000, 99_999, 25_000):
        view.scrollTo(model.index(row, 0))
        qtbot.wait(10)
    assert sum(mail.calls) <= 8 * PAGE_SIZE  # a few pages, never the whole list
    assert len(model.cached_pages()) <= 10
