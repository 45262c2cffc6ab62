"""The record sync in the main window: records waiting to go out in the status bar, the notice
of what a pass brought, and the worker handing the pass's records report to the window."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThread

from desk_app.core.errors import ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.mail.sync_types import SyncReport
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from desk_app.services.record_sync import RecordsReport, Refusal, RefusalReason, StepSeen
from desk_app.ui.main_window import MainWindow
from desk_app.ui.runner import SyncRunner
from desk_app.ui.statements.message_bar import Tone
from desk_app.ui.status_bar import DeskStatusBar
from desk_app.ui.sync.worker import SyncWorker

WAIT_MS = 5000


@pytest.fixture
def capturing(paths: AppPaths) -> Iterator[Services]:
    """Services of a machine whose record sync has begun: its edits are captured as changes."""
    first = Services.open(paths)
    first.settings.set("record_sync_started", True)
    first.close()
    opened = Services.open(paths)
    yield opened
    opened.close()


@pytest.fixture
def make_window(qtbot, english) -> Callable[[Services], MainWindow]:
    def make(services: Services) -> MainWindow:
        window = MainWindow(services, SyncRunner(), remember_state=False)
        qtbot.addWidget(window)
        window.reload_all()
        return window

    return make


def waiting_text(count: int) -> str:
    """The English plural (the source form "record(s)" is read as "records" until the lead's i18n run)."""
    return f"{count} records waiting to go out"


def shown_count(window: MainWindow) -> str:
    label = window.status.records_label
    return "" if label.isHidden() else label.text().replace("record(s)", "records")


def test_the_status_bar_counts_the_records_waiting_to_go_out(make_window, capturing):
    window = make_window(capturing)
    before = capturing.records.waiting_out()  # the default reply templates, written on first start
    assert shown_count(window) == waiting_text(before)

    capturing.cases.create("箱が潰れていた")
    window.cases.case_changed.emit("")  # what the Cases page says after a change; the bar re-reads
    after = capturing.records.waiting_out()
    assert after == before + 1
    assert shown_count(window) == waiting_text(after)


def test_the_count_is_hidden_when_nothing_waits(qtbot, english):
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_records_waiting(3)
    assert bar.records_label.isVisible()
    bar.set_records_waiting(0)
    assert not bar.records_label.isVisible()


def test_records_are_not_counted_before_the_record_sync_begins(make_window, services):
    window = make_window(services)
    services.cases.create("箱が潰れていた")
    window.refresh_status()
    assert services.records.waiting_out() == 0
    assert window.status.records_label.isHidden()


def test_an_approval_from_the_owner_shows_a_notice(make_window, services):
    window = make_window(services)
    notice = window.records_notice
    assert notice.isHidden()
    window.sync.records_reported.emit(1, RecordsReport(received=1, applied=1,
                                                       steps=[StepSeen("hanako", "2026-10", "approve")]))
    assert not notice.isHidden()
    assert notice.text() == "October 2026 statement of hanako approved by the owner"
    assert notice.tone() is Tone.INFO

    window.sync.records_reported.emit(1, RecordsReport())  # a pass with nothing to tell leaves it
    assert notice.text() == "October 2026 statement of hanako approved by the owner"
    notice.close_button.click()
    assert notice.isHidden()


def test_a_send_back_and_a_refused_change_set_show_together(make_window, services):
    window = make_window(services)
    window.sync.records_reported.emit(1, RecordsReport(
        received=2, steps=[StepSeen("hanako", "2026-09", "send_back")],
        refused=[Refusal(7, RefusalReason.BAD_SIGNATURE)]))
    assert window.records_notice.text() == (
        "September 2026 statement of hanako sent back by the owner\n"
        "A change set from another machine was refused: its signature does not match: it was changed on the way")
    assert window.records_notice.tone() is Tone.ERROR


def test_records_that_cannot_sync_are_told_once(make_window, services):
    window = make_window(services)
    notice = window.records_notice
    window.sync.records_reported.emit(1, RecordsReport(error=str(ErrorCode.NO_KEYRING)))
    assert "signing key needs a password store (keyring)" in notice.text()
    notice.close_button.click()
    window.sync.records_reported.emit(1, RecordsReport(error=str(ErrorCode.NO_KEYRING)))
    assert notice.isHidden()  # the next background pass does not nag


class OnePassSession:
    """A session whose pass stores nothing and whose record sync saw an approval; it stops the
    worker when the worker starts waiting for mail."""

    def __init__(self, stop: Callable[[], None]) -> None:
        self._stop = stop
        self.records_report = RecordsReport(received=1, applied=1, steps=[StepSeen("hanako", "2026-10", "approve")])

    def run_pass(self, **_callbacks: object) -> SyncReport:
        return SyncReport()

    def wait(self, _seconds: float, _stop: Callable[[], bool]) -> bool:
        self._stop()
        return False

    def close(self) -> None:
        pass


class OneSessionSync:
    """Opens the one session above."""

    def __init__(self) -> None:
        self.worker: SyncWorker | None = None

    def open_session(self, _account: AccountInfo) -> OnePassSession:
        assert self.worker is not None
        return OnePassSession(self.worker.stop)


def test_the_worker_hands_on_the_records_report_of_its_pass(qtbot):
    account = AccountInfo(id=3, name="shop", email="shop@example.jp", display_name="", imap_host="imap.example",
                          imap_port=993, imap_security="ssl", smtp_host="smtp.example", smtp_port=465,
                          smtp_security="ssl", username="shop")
    sync = OneSessionSync()
    worker = SyncWorker(sync, account, 60.0)  # type: ignore[arg-type]
    sync.worker = worker
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    reported = []
    worker.records_reported.connect(lambda account_id, report: reported.append((account_id, report)))
    thread.start()  # (no waitSignal here: its timer would be stopped from the worker's thread)
    assert thread.wait(WAIT_MS)
    qtbot.waitUntil(lambda: bool(reported), timeout=WAIT_MS)
    [(account_id, report)] = reported
    assert account_id == 3 and report.steps == [StepSeen("hanako", "2026-10", "approve")]


def test_records_from_another_machine_show_on_the_pages_at_once(make_window, services):
    window = make_window(services)
    case_id = services.cases.create("別の端末で作った案件")  # as if written by a records pass
    assert window.cases.model.row_of(case_id) is None
    window.sync.records_reported.emit(1, RecordsReport(received=1, applied=1))
    assert window.cases.model.row_of(case_id) is not None
