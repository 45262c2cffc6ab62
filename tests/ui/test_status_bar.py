"""The status bar's sync and connection fields, the window's Sync now, and the throttled Inbox reload."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from desk_app.core.errors import ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import PageId
from desk_app.ui.runner import SyncRunner
from desk_app.ui.status_bar import ConnectionState, DeskStatusBar, SyncState
from desk_app.ui.sync.controller import AccountSyncState
from desk_app.ui.sync.status import show_sync_status


def plural(text: str) -> str:
    """The English plural as the en .ts gives it; the bare source form until the lead's i18n run adds it."""
    return text.replace("account(s)", "accounts").replace("(1 accounts)", "(1 account)")


@pytest.fixture
def bar(qtbot, english) -> DeskStatusBar:
    widget = DeskStatusBar()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def account(name: str, n: int = 1) -> AccountInfo:
    return AccountInfo(
        id=n, name=name, email=f"{name}@example.jp", display_name="", imap_host=f"imap.{name}.jp",
        imap_port=993, imap_security="ssl", smtp_host="smtp", smtp_port=465, smtp_security="ssl", username=name,
    )


def test_a_running_pass_shows_folder_progress_and_cancel(qtbot, bar):
    bar.set_sync_state(SyncState.SYNCING, folder="INBOX", done=120, total=4000)
    assert bar.sync_label.text() == "Syncing INBOX 120/4,000…"
    assert bar.sync_progress.isVisible()
    assert (bar.sync_progress.maximum(), bar.sync_progress.value()) == (4000, 120)
    assert bar.cancel_button.isVisible()
    with qtbot.waitSignal(bar.cancel_requested):
        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bar.cancel_requested):
        bar.cancel_button.setFocus()
        qtbot.keyClick(bar.cancel_button, Qt.Key.Key_Escape)

    bar.set_sync_state(SyncState.SYNCING)  # connecting, counts not known yet: a busy bar
    assert bar.sync_label.text() == "Syncing…"
    assert bar.sync_progress.maximum() == 0

    bar.set_sync_state(SyncState.IDLE)
    assert bar.sync_label.text() == "Up to date"
    assert not bar.sync_progress.isVisible()
    assert not bar.cancel_button.isVisible()
    assert not bar.sync_now_button.isVisible()


def test_failures_say_when_the_retry_comes_or_offer_sync_now(qtbot, bar):
    bar.set_sync_state(SyncState.FAILED, retry_in=60)
    assert bar.sync_label.text() == "Sync failed — retrying in 1 min"
    bar.set_sync_state(SyncState.FAILED, retry_in=15)
    assert bar.sync_label.text() == "Sync failed — retrying in 15 s"
    bar.set_sync_state(SyncState.FAILED, retry_in=900)
    assert bar.sync_label.text() == "Sync failed — retrying in 15 min"
    assert not bar.sync_now_button.isVisible()

    bar.set_sync_state(SyncState.FAILED, reason="sign-in failed", details="shop: Wrong user name or password")
    assert bar.sync_label.text() == "Sync stopped — sign-in failed"
    assert bar.sync_label.toolTip() == "shop: Wrong user name or password"
    assert bar.sync_now_button.isVisible()
    with qtbot.waitSignal(bar.sync_now_requested):
        qtbot.mouseClick(bar.sync_now_button, Qt.MouseButton.LeftButton)


def test_offline_counts_the_accounts(bar):
    bar.set_connection_state(ConnectionState.OFFLINE, offline_accounts=2, details="a: down")
    assert plural(bar.connection_label.text()) == "Offline (2 accounts)"
    assert bar.connection_label.toolTip() == "a: down"
    bar.set_connection_state(ConnectionState.OFFLINE, offline_accounts=1)
    assert plural(bar.connection_label.text()) == "Offline (1 account)"


def test_summary_of_several_accounts(bar):
    now = time.monotonic()
    shop = AccountSyncState(account("shop", 1), online=False, error=ErrorCode.HOST_UNREACHABLE, retry_at=now + 60)
    info = AccountSyncState(account("info", 2), online=True, synced=True)
    show_sync_status(bar, [info, shop], now)
    assert plural(bar.connection_label.text()) == "Offline (1 account)"
    assert "shop: The server imap.shop.jp cannot be reached" in bar.connection_label.toolTip()
    assert bar.sync_label.text() == "Sync failed — retrying in 1 min"

    shop.error, shop.retry_at = ErrorCode.AUTH_FAILED, None
    show_sync_status(bar, [info, shop], now)
    assert bar.sync_label.text() == "Sync stopped — sign-in failed"
    assert "Wrong user name or password" in bar.sync_label.toolTip()
    assert "Sync now" in bar.sync_label.toolTip()

    shop.online, shop.error, shop.syncing, shop.folder, shop.done, shop.total = True, None, True, "INBOX", 5, 10
    show_sync_status(bar, [info, shop], now)
    assert bar.connection_label.text() == "Online"
    assert bar.sync_label.text() == "Syncing Inbox 5/10…"

    shop.syncing, shop.synced = False, True
    show_sync_status(bar, [info, shop], now)
    assert bar.sync_label.text() == "Up to date"


@pytest.fixture
def window(qtbot, services, sample, english) -> MainWindow:
    main = MainWindow(services, SyncRunner(), remember_state=False)
    qtbot.addWidget(main)
    main.reload_all()
    return main


def test_file_menu_sync_now_is_f5(window, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(window.sync, "sync_now", lambda: calls.append("now"))
    assert window.sync_now_action.shortcut().toString() == "F5"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.sync_now_action in file_menu.actions()
    window.sync_now_action.trigger()
    window.status.sync_now_button.click()
    assert calls == ["now", "now"]


def test_the_window_starts_no_sync_by_itself(window):
    assert not window.sync.is_started()
    assert window.sync.threads() == []
    assert window.status.sync_label.text() == "Sync off"


def test_stored_mail_reloads_the_inbox_at_most_once_a_second(qtbot, window, sample, monkeypatch):
    window.show()
    window.show_page(PageId.INBOX)
    reloads: list[float] = []
    original = window.inbox.reload
    monkeypatch.setattr(window.inbox, "reload", lambda: (reloads.append(time.monotonic()), original()))
    for _ in range(5):
        window.sync.messages_stored.emit(1, sample.message_ids[:2])
        qtbot.wait(300)
    qtbot.wait(1100)
    assert 1 <= len(reloads) <= 3
    assert all(b - a >= 0.95 for a, b in zip(reloads, reloads[1:]))


def test_stored_mail_while_another_page_is_shown_waits(qtbot, window, sample, monkeypatch):
    window.show()
    window.show_page(PageId.CASES)
    reloads: list[int] = []
    monkeypatch.setattr(window.inbox, "reload", lambda: reloads.append(1))
    window.sync.messages_stored.emit(1, sample.message_ids[:1])
    qtbot.wait(1100)
    assert reloads == []  # not on screen
    window.show_page(PageId.INBOX)
    assert reloads == [1]  # caught up when shown


def test_a_screenshot_starts_no_network_worker(qapp, tmp_path, paths, sample, monkeypatch):
    from desk_app.ui import app as app_module

    started: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "start_sync", lambda self: started.append(self))
    target = tmp_path / "inbox.png"
    assert app_module.run_gui(paths, lang="en", demo=False, page="inbox", screenshot=target) == 0
    assert target.exists()
    assert started == []
