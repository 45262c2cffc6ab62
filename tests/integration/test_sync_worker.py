"""The GUI's background sync against a real Dovecot: first pass, IDLE, offline and back, clean close."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QThread

import desk_app.mail.secrets as secrets
from desk_app.core.errors import ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.services.context import Services
from desk_app.ui.main_window import MainWindow
from desk_app.ui.runner import ThreadRunner
from desk_app.ui.status_bar import ConnectionState, SyncState
from desk_app.ui.sync.controller import SyncController

# One server flavour is enough here: the engine's CONDSTORE/fallback paths are tested elsewhere.
one_server = pytest.mark.parametrize("dovecot", ["condstore"], indirect=True)

WAIT_MS = 10_000


def message(n: int, subject: str = "") -> bytes:
    return (
        f"From: Customer {n} <c{n}@example.jp>\r\nTo: shop@example.jp\r\n"
        f"Subject: {subject or f'Order question {n}'}\r\nMessage-ID: <q{n}-{time.time_ns()}@example.jp>\r\n"
        f"Date: Mon, 2 Nov 2026 10:00:00 +0900\r\n\r\nHello {n}\r\n"
    ).encode()


@pytest.fixture
def window(qtbot, services: Services) -> Iterator[MainWindow]:
    runner = ThreadRunner()
    main = MainWindow(services, runner, remember_state=False)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()  # stops the workers if a test left them running
    runner.wait_for_done()
    qtbot.waitUntil(runner.is_idle, timeout=WAIT_MS)


def stored_subjects(services: Services, account: AccountInfo) -> list[str]:
    ids = services.mail.message_ids(account=account.name, folder="INBOX")
    return [s.subject for s in services.mail.summaries(ids)]


def close_within(qtbot, window: MainWindow, seconds: float) -> list[QThread]:
    threads = window.sync.threads()
    assert threads and all(t.isRunning() for t in threads)
    started = time.monotonic()
    window.close()
    elapsed = time.monotonic() - started
    assert elapsed < seconds, f"closing took {elapsed:.2f} s"
    assert all(t.isFinished() for t in threads)
    assert window.sync.threads() == []
    return threads


@one_server
def test_sync_idle_offline_and_back(qtbot, window, services, mailbox, synced_account, dovecot):
    for n in range(3):
        mailbox.append(message(n))
    sync = window.sync

    # Start: one worker, a first pass that stores the three messages.
    with qtbot.waitSignal(sync.sync_finished, timeout=WAIT_MS) as finished:
        window.start_sync()
    assert finished.args == [synced_account.id, 3]
    assert len(sync.threads()) == 1
    assert sorted(stored_subjects(services, synced_account)) == [f"Order question {n}" for n in range(3)]
    assert window.status.connection_state() is ConnectionState.ONLINE
    assert window.status.sync_state() is SyncState.IDLE
    assert window.status.sync_label.text() == "Up to date"

    # New mail on the server arrives through IDLE, with nothing triggered here.
    qtbot.wait(1000)  # let the worker enter IDLE after its pass
    stored: list[list[int]] = []
    sync.messages_stored.connect(lambda _account, ids: stored.append(ids))
    with qtbot.waitSignal(sync.sync_finished, timeout=WAIT_MS, check_params_cb=lambda a, n: n == 1):
        mailbox.append(message(9, "サイズ交換の相談"))
    assert len(stored) == 1 and len(stored[0]) == 1
    assert "サイズ交換の相談" in stored_subjects(services, synced_account)

    # The server goes away (its processes killed, as a crash or a dropped link would; a server
    # stopped politely leaves the IDLE connection's own process serving it): offline, a failure,
    # a retry scheduled.
    failures: list[tuple[int, str, str]] = []
    sync.sync_failed.connect(lambda *args: failures.append(args))
    with qtbot.waitSignal(sync.connection_changed, timeout=WAIT_MS, check_params_cb=lambda a, online: not online):
        dovecot.kill()
    qtbot.waitUntil(lambda: sync.states()[0].retry_at is not None, timeout=WAIT_MS)
    assert failures[0][1] in (ErrorCode.HOST_UNREACHABLE, ErrorCode.CONNECTION_LOST)
    assert sync.states()[0].online is False
    assert window.status.connection_state() is ConnectionState.OFFLINE
    assert window.status.connection_label.text().startswith("Offline (1 account")
    tooltip = window.status.connection_label.toolTip()
    assert "cannot be reached" in tooltip or "was lost" in tooltip
    assert window.status.sync_label.text() in ("Sync failed — retrying in 15 s", "Sync failed — retrying in 14 s")

    # Back again: "Sync now" reconnects at once, without waiting out the retry delay.
    dovecot.start()
    with qtbot.waitSignal(sync.sync_finished, timeout=WAIT_MS):
        with qtbot.waitSignal(sync.connection_changed, timeout=WAIT_MS, check_params_cb=lambda a, online: online):
            window.sync_now_action.trigger()
    assert window.status.connection_state() is ConnectionState.ONLINE
    assert window.status.sync_label.text() == "Up to date"

    close_within(qtbot, window, 2.0)


@one_server
def test_closing_mid_pass_stops_within_two_seconds(qtbot, window, services, mailbox, synced_account):
    conn = mailbox.imap()
    try:
        for n in range(400):
            conn.append("INBOX", None, None, message(n))
    finally:
        conn.logout()
    with qtbot.waitSignal(window.sync.sync_progress, timeout=WAIT_MS):
        window.start_sync()
    close_within(qtbot, window, 2.0)


@one_server
def test_cancel_stops_the_pass_and_the_worker_waits(qtbot, window, services, mailbox, synced_account):
    conn = mailbox.imap()
    try:
        for n in range(400):
            conn.append("INBOX", None, None, message(n))
    finally:
        conn.logout()
    with qtbot.waitSignal(window.sync.sync_progress, timeout=WAIT_MS):
        window.start_sync()
    with qtbot.waitSignal(window.sync.sync_cancelled, timeout=WAIT_MS):
        window.status.cancel_button.click()
    assert window.status.sync_label.text() == "Sync cancelled"
    assert window.sync.states()[0].online is True
    # Sync now finishes what the cancelled pass left.
    with qtbot.waitSignal(window.sync.sync_finished, timeout=WAIT_MS):
        window.sync_now_action.trigger()
    assert len(stored_subjects(services, synced_account)) == 400


@one_server
def test_a_missing_password_is_asked_once_per_session(qtbot, window, services, mailbox, monkeypatch):
    monkeypatch.setattr(secrets, "keyring_available", lambda: False)
    account = services.accounts.add(mailbox.account(), None, remember_for_session=True)  # no password yet
    mailbox.append(message(1))
    failures: list[str] = []
    window.sync.sync_failed.connect(lambda _a, code, _d: failures.append(code))
    window.start_sync()
    prompt = window.password_prompt
    qtbot.waitUntil(lambda: prompt.dialog() is not None, timeout=WAIT_MS)
    assert failures == [ErrorCode.NO_PASSWORD]
    assert window.status.sync_label.text() == "Sync stopped — password needed"
    dialog = prompt.dialog()
    assert account.username in dialog.labelText()
    dialog.setTextValue(mailbox.password)
    with qtbot.waitSignal(window.sync.sync_finished, timeout=WAIT_MS):
        dialog.accept()
    assert services.accounts.session_passwords.get(f"{account.username}@{account.imap_host}") == mailbox.password
    assert stored_subjects(services, account) == ["Order question 1"]


@one_server
def test_wrong_password_stops_retrying_until_sync_now(qtbot, services, mailbox):
    account = services.accounts.add(mailbox.account(), "wrong", remember_for_session=True)
    runner = ThreadRunner()
    controller = SyncController(services, runner, backoff=(0.2, 0.4))
    failures: list[str] = []
    controller.sync_failed.connect(lambda _a, code, _d: failures.append(code))
    controller.start()
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    qtbot.wait(1000)  # a retryable failure would have been retried several times by now
    assert failures == [ErrorCode.AUTH_FAILED]
    assert controller.states()[0].retry_at is None
    services.accounts.remember_session_password(account, mailbox.password)
    with qtbot.waitSignal(controller.sync_finished, timeout=WAIT_MS):
        controller.sync_now()
    threads = controller.threads()
    assert controller.stop()
    assert all(t.isFinished() for t in threads)
    runner.wait_for_done()


@one_server
def test_accounts_changed_in_settings_restart_the_workers(qtbot, window, services, mailbox, synced_account):
    with qtbot.waitSignal(window.sync.sync_finished, timeout=WAIT_MS):
        window.start_sync()
    old = window.sync.threads()
    changed = services.accounts.update(replace(synced_account, display_name="新しい名前"))
    with qtbot.waitSignal(window.sync.sync_finished, timeout=WAIT_MS):
        window.settings_page.accounts_changed.emit()
    qtbot.waitUntil(lambda: all(t.isFinished() for t in old), timeout=WAIT_MS)
    # The controller forgets a finished thread when its `finished` signal is delivered: wait for that.
    qtbot.waitUntil(lambda: len(window.sync.threads()) == 1 and window.sync.threads()[0].isRunning(),
                    timeout=WAIT_MS)
    assert window.sync.states()[0].account.display_name == changed.display_name
    close_within(qtbot, window, 2.0)


def test_the_demo_account_gets_no_worker(qtbot, window, services):
    services.demo.load()
    with qtbot.waitSignal(window.sync.workers_started, timeout=WAIT_MS) as started:
        window.start_sync()
    assert started.args == [0]
    assert window.sync.threads() == []
