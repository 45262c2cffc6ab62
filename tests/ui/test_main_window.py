"""The main window: pages, keyboard navigation, menus, status bar and remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QTableView

import desk_app
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import PAGES, PageId
from desk_app.ui.runner import SyncRunner
from desk_app.ui.status_bar import ConnectionState


@pytest.fixture
def make_window(qtbot, services, english):
    def make(*, remember_state: bool = False) -> MainWindow:
        window = MainWindow(services, SyncRunner(), remember_state=remember_state)
        qtbot.addWidget(window)
        window.reload_all()
        return window

    return make


@pytest.fixture
def window(make_window, sample):
    return make_window()


@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens_with_content(window, page):
    window.show_page(page)
    assert window.current_page() == page
    widget = window.stack.currentWidget()
    assert widget is window.pages[page]
    texts = [label.text() for label in widget.findChildren(QLabel) if label.text()]
    tables = [t for t in widget.findChildren(QTableView) if t.model() and t.model().rowCount()]
    assert texts or tables


def test_pages_show_the_sample_data(window, sample):
    assert window.inbox.model.rowCount() == len(sample.message_ids)
    assert window.cases.model.rowCount() == len(sample.case_ids)
    assert window.calls.model.rowCount() == len(sample.call_ids)
    assert not window.inbox.is_empty_state()
    assert not window.cases.is_empty_state()


def test_empty_db_shows_empty_states(make_window):
    window = make_window()
    assert window.inbox.is_empty_state()
    assert window.cases.is_empty_state()
    assert window.calls.is_empty_state()
    assert "Settings" in window.inbox.empty.text()


def test_ctrl_number_switches_pages(qtbot, window):
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for number, page in enumerate(PAGES, start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == page
        assert window.stack.currentWidget() is window.pages[page]


def test_arrow_keys_in_navigation_switch_pages(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setFocus()
    assert window.current_page() == PageId.INBOX
    for page in PAGES[1:]:
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
        assert window.current_page() == page
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.current_page() == PAGES[-2]


def test_view_menu_lists_pages_with_shortcuts(window):
    actions = [a for a in window.menuBar().actions() if a.menu()]
    assert len(actions) == 4  # File, View, Message, Help
    view = actions[1].menu()
    shortcuts = [a.shortcut().toString() for a in view.actions()]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, len(PAGES) + 1)]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_about_shows_version(qtbot, window):
    box = window.show_about()
    qtbot.addWidget(box)
    assert desk_app.__version__ in box.text()
    assert desk_app.APP_NAME in box.text()
    box.close()


def test_status_bar_shows_tally_and_overdue(window):
    # Sample: today 2 replies at 150 + 1 call at 200; earlier this month 5 more replies.
    text = window.status.tally_label.text()
    assert "¥500" in text
    assert "Today 3 pieces" in text
    assert "This month" in text
    assert "1 overdue case" in window.status.overdue_label.text()


def test_connection_state_label(make_window):
    window = make_window()
    assert window.status.connection_label.text() == "No account"
    window.set_connection_state(ConnectionState.DEMO)
    assert window.status.connection_label.text() == "Offline (demo data)"


def test_geometry_and_splitters_are_remembered(qtbot, make_window, sample, paths):
    first = make_window(remember_state=True)
    first.show()
    qtbot.waitExposed(first)
    first.resize(720, 540)  # within the offscreen screen (800x600), which restoreGeometry clamps to
    first.inbox.splitter.setSizes([150, 300, 200])
    sizes = first.inbox.splitter.sizes()
    first.close()
    assert paths.settings_file.exists()
    stored = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    assert stored.value("window/geometry") is not None

    second = make_window(remember_state=True)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (720, 540)
    assert second.inbox.splitter.sizes() == sizes


def test_the_inbox_grouping_choice_is_remembered(make_window, sample):
    first = make_window(remember_state=True)
    box = first.inbox.filter_bar().threaded_box
    assert box.isChecked()  # conversations by default
    box.setChecked(False)
    assert not first.inbox.model.is_threaded()
    first.close()

    second = make_window(remember_state=True)
    assert not second.inbox.filter_bar().threaded_box.isChecked()
    assert not second.inbox.model.is_threaded()


def test_connection_state_follows_the_data(make_window, services, sample):
    window = make_window()
    assert window.status.connection_label.text() == "Offline"  # an account, no sync yet
    services.settings.set("demo_loaded", True)
    window.status.set_connection_state(ConnectionState.NO_ACCOUNT)
    window.refresh_status()
    assert window.status.connection_label.text() == "Offline (demo data)"
    window.set_connection_state(ConnectionState.ONLINE)
    window.refresh_status()
    assert window.status.connection_label.text() == "Online"  # the sync's word stands


def test_the_command_line_knows_every_page():
    from desk_app.cli.main import PAGES as CLI_PAGES

    assert CLI_PAGES == tuple(page.value for page in PAGES)
