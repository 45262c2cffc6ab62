"""The main window: navigation down the left, the pages in a stack, menus and a status bar."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal, Slot, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

import desk_app
from desk_app.core.records import Overview, PieceTally
from desk_app.services.context import Services
from desk_app.services.record_sync import RecordsReport
from desk_app.ui import formatting
from desk_app.ui.calls.entry_action import CallEntryAction
from desk_app.ui.calls.page import CallsPage
from desk_app.ui.cases.page import CasesPage
from desk_app.ui.compose.actions import ComposeActions
from desk_app.ui.compose.controller import ComposeController
from desk_app.ui.compose.drafts_dialog import DraftsHint
from desk_app.ui.contacts.page import ContactsPage
from desk_app.ui.icons import icon
from desk_app.ui.inbox.page import InboxPage
from desk_app.ui.manual.page import ManualPage
from desk_app.ui.navigation import PAGES, NavigationList, PageId, page_shortcut, page_title
from desk_app.ui.outbox.page import OutboxPage
from desk_app.ui.runner import Runner
from desk_app.ui.sales.page import SalesPage
from desk_app.ui.settings.page import SettingsPage
from desk_app.ui.statements.owner_mode import OwnerMode
from desk_app.ui.statements.page import StatementsPage
from desk_app.ui.status_bar import ConnectionState, DeskStatusBar, SyncState
from desk_app.ui.sync.controller import SyncController
from desk_app.ui.sync.inbox_refresh import InboxRefresh
from desk_app.ui.sync.password_prompt import PasswordPrompt
from desk_app.ui.sync.records_notice import RecordsNotice
from desk_app.ui.sync.status import retry_pending, show_sync_status
from desk_app.ui.window_state import WindowStateStore

STATUS_REFRESH_MS = 60_000
COUNTDOWN_MS = 1000  # "retrying in 45 s" counts down while a retry waits
MESSAGE_MS = 10_000  # how long a passing note stays in the status bar
DEFAULT_SIZE = (1280, 800)

NAVIGATION_STYLE = """
QListWidget#navigation { border: none; outline: 0; background: palette(window); padding-top: 6px; }
QListWidget#navigation::item { padding: 7px 10px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


@dataclass(frozen=True)
class DeskStatus:
    """What the status bar shows, read together in the background."""

    tally: PieceTally
    overview: Overview
    demo_loaded: bool
    shop_name: str
    records_waiting: int


class MainWindow(QMainWindow):
    """The one window of the app; services come in from app.py.

    It owns the background mail sync (`self.sync`), which app.py starts with `start_sync()` once
    the window is up; a screenshot never starts it. Closing the window stops it. Compose windows
    (`self.compose`) are its children: closing it closes them, each saving its draft.

    Signals:
        page_changed(str): the PageId value of the page now shown.
        status_refreshed(): the status bar has been updated from the services.
    """

    page_changed = Signal(str)
    status_refreshed = Signal()

    def __init__(self, services: Services, runner: Runner, *, remember_state: bool = True) -> None:
        super().__init__()
        self._services = services
        self._runner = runner
        self._remember_state = remember_state
        self._state_store = WindowStateStore(services.paths.settings_file)
        tz = formatting.zone(services.settings.timezone)
        self.setObjectName("mainWindow")
        self.setWindowTitle(desk_app.APP_NAME)
        self.setWindowIcon(icon("app"))
        self.resize(*DEFAULT_SIZE)

        self.inbox = InboxPage(services, runner, tz)
        self.outbox = OutboxPage(services, runner, tz)
        self.cases = CasesPage(services, runner, tz)
        self.calls = CallsPage(services, runner, tz)
        self.contacts = ContactsPage(services, runner, tz)
        self.manual = ManualPage(services, runner)
        self.owner_mode = OwnerMode(self)  # working as the shop owner: this session only
        self.settings_page = SettingsPage(services, runner, owner_mode=self.owner_mode)
        self.statements = StatementsPage(services, runner, tz, self.owner_mode)
        self.sales = SalesPage(services, runner)
        self.pages: dict[PageId, QWidget] = {
            PageId.INBOX: self.inbox,
            PageId.OUTBOX: self.outbox,
            PageId.CASES: self.cases,
            PageId.CALLS: self.calls,
            PageId.CONTACTS: self.contacts,
            PageId.MANUAL: self.manual,
            PageId.SALES: self.sales,
            PageId.STATEMENTS: self.statements,
            PageId.SETTINGS: self.settings_page,
        }
        self.navigation = NavigationList()
        self.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.stack = QStackedWidget()
        for page in PAGES:
            self.pages[page].setObjectName(f"{page.value}Page")
            self.stack.addWidget(self.pages[page])
        self.records_notice = RecordsNotice()  # what the record sync brought: approvals, refusals
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(12, 8, 12, 4)
        notice_row.addWidget(self.records_notice)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addLayout(notice_row)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.status = DeskStatusBar()
        self.setStatusBar(self.status)
        self.drafts_hint = DraftsHint()
        self.status.addPermanentWidget(self.drafts_hint)  # permanent: a passing note must not cover it
        self.compose = ComposeController(services, runner, self)
        self.compose_actions = ComposeActions(self)
        self.call_entry = CallEntryAction(services, runner, tz, self)
        self.password_prompt = PasswordPrompt(self)
        self.sync = SyncController(services, runner, self.password_prompt, self)
        self.inbox_refresh = InboxRefresh(self.inbox, services.mail, runner, self._inbox_on_screen, self)
        self._countdown_timer = QTimer(self)
        self._countdown_timer.setInterval(COUNTDOWN_MS)
        self._page_actions: dict[PageId, QAction] = {}
        self._build_menus()
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._connect_signals()
        self.navigation.select_page(PageId.INBOX)
        if remember_state:
            self._state_store.restore(self, self._state_parts())

    # -- construction -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.compose_actions.new_message)
        file_menu.addAction(self.compose_actions.drafts)
        self.addAction(self.compose_actions.new_message)
        file_menu.addAction(self.call_entry.action)
        self.addAction(self.call_entry.action)
        file_menu.addSeparator()
        self.sync_now_action = QAction(self.tr("&Sync now"), self)
        self.sync_now_action.setShortcut(QKeySequence("F5"))
        self.sync_now_action.setToolTip(self.tr("Fetch new mail from every account now"))
        file_menu.addAction(self.sync_now_action)
        self.addAction(self.sync_now_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)
        self.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        group = QActionGroup(self)
        group.setExclusive(True)
        for page in PAGES:
            action = QAction(icon(page.value), page_title(page), self)
            action.setShortcut(page_shortcut(page))
            action.setCheckable(True)
            action.setData(page.value)
            group.addAction(action)
            view_menu.addAction(action)
            self.addAction(action)  # shortcuts work even while the menu bar is hidden
            self._page_actions[page] = action
        self._page_group = group

        message_menu = self.menuBar().addMenu(self.tr("&Message"))
        for action in self.compose_actions.reply_actions():
            message_menu.addAction(action)
            self.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About desk_app"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.navigation.page_selected.connect(self._on_navigation_page_selected)
        self._page_group.triggered.connect(self._on_page_group_triggered)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.inbox.unread_changed.connect(self._on_inbox_unread_changed)
        self.settings_page.settings_saved.connect(self._on_settings_page_settings_saved)
        self.settings_page.accounts_changed.connect(self._on_settings_page_accounts_changed)
        self.settings_page.sync_interval_changed.connect(self._on_settings_page_sync_interval_changed)
        self._status_timer.timeout.connect(self._on_status_timer_timeout)
        self.sync_now_action.triggered.connect(self._on_sync_now_action_triggered)
        self.status.sync_now_requested.connect(self._on_sync_now_action_triggered)
        self.status.cancel_requested.connect(self._on_status_cancel_requested)
        self.sync.state_changed.connect(self._on_sync_state_changed)
        self.sync.messages_stored.connect(self._on_sync_messages_stored)
        self.sync.records_reported.connect(self._on_sync_records_reported)
        self._countdown_timer.timeout.connect(self._on_sync_state_changed)
        self.sync.sync_finished.connect(self._on_sync_pass_ended)
        self.sync.sync_failed.connect(self._on_sync_pass_ended)
        self.compose.use_actions(self.compose_actions, self.inbox.reading_pane.message_id)
        self.inbox.reply_requested.connect(self.compose.start)
        self.inbox.message_shown.connect(self._on_inbox_message_changed)
        self.inbox.message_closed.connect(self._on_inbox_message_changed)
        self.compose.message_queued.connect(self._on_compose_message_queued)
        self.compose.drafts_counted.connect(self.drafts_hint.set_count)
        self.compose.failed.connect(self._on_compose_failed)
        self.drafts_hint.open_requested.connect(self.compose.show_drafts)
        self.outbox.edit_requested.connect(self.compose.take_back)
        self.compose.window_opened.connect(self.outbox.reload)  # an edited entry left the outbox
        self.cases.message_open_requested.connect(self.select_message)
        self.cases.reply_requested.connect(self.compose.start)
        self.cases.case_changed.connect(self.refresh_status)  # the overdue count may change
        self.cases.deadline_reminded.connect(self.status.showMessage)
        self.cases.log_call_requested.connect(self.call_entry.open_for_case)
        self.cases.follow_up_ready.connect(self.compose.open_draft)
        self.cases.manual_open_requested.connect(self.select_manual_section)
        self.settings_page.manual_folder_changed.connect(self.manual.reload)
        self.call_entry.call_logged.connect(self.cases.note_call_logged)  # the timeline shows the call
        self.compose.message_queued.connect(self.cases.note_mail_queued)  # a follow-up may be done
        self.inbox.case_created.connect(self.select_case)
        self.inbox.case_failed.connect(self._on_compose_failed)
        self.calls.log_call_requested.connect(self.call_entry.action.trigger)
        self.call_entry.call_logged.connect(self._on_call_entry_call_logged)
        self.contacts.message_open_requested.connect(self.select_message)
        self.contacts.case_open_requested.connect(self.select_case)
        self.contacts.call_open_requested.connect(self.select_call)
        self.contacts.contact_merged.connect(self._on_contacts_contact_merged)
        self.status_refreshed.connect(self.calls.reload_tally)  # the tally's total is the bar's month

    def _state_parts(self) -> dict[str, object]:
        parts: dict[str, object] = {}
        for page in self.pages.values():
            parts.update(page.state_parts())  # type: ignore[attr-defined]
        return parts

    # -- public API ---------------------------------------------------------------------------

    def show_page(self, page: PageId | str) -> None:
        """Switch to a page by its id (`inbox`, `cases`, …)."""
        self.navigation.select_page(PageId(page))

    def current_page(self) -> PageId:
        return PAGES[self.stack.currentIndex()]

    def reload_all(self) -> None:
        """Re-read every page and the status bar (after start, or after demo data was loaded)."""
        for page in self.pages.values():
            page.reload()  # type: ignore[attr-defined]
        self.refresh_status()
        self.compose.count_drafts()  # left over from a crash or an earlier session: say so
        self._status_timer.start()

    def refresh_status(self) -> None:
        """Re-read the piece tally, the case counts and the records waiting in the background."""
        services = self._services

        def load() -> DeskStatus:
            return DeskStatus(
                services.status.piece_tally(),
                services.status.overview(),
                services.demo.is_loaded(),
                services.settings.shop_name,
                services.records.waiting_out(),
            )

        self._runner.run(load, self._status_loaded, owner=self)

    def start_sync(self) -> None:
        """Start the background mail sync (one worker per account); app.py calls it once shown."""
        self.sync.start()

    def set_connection_state(self, state: ConnectionState) -> None:
        self.status.set_connection_state(state)

    def set_sync_state(self, state: SyncState) -> None:
        self.status.set_sync_state(state)

    def select_message(self, message_id: int) -> None:
        """Show the Inbox with `message_id` selected and open in the reading pane."""
        self.show_page(PageId.INBOX)
        self.inbox.select_message(message_id)

    def select_case(self, case_id: str) -> None:
        """Show the Cases page with `case_id` selected."""
        self.show_page(PageId.CASES)
        self.cases.select_record(case_id)

    def select_manual_section(self, section_id: str) -> None:
        """Show the Manual page at section `section_id`."""
        self.show_page(PageId.MANUAL)
        self.manual.show_section(section_id)

    def select_call(self, call_id: str) -> None:
        """Show the call log with `call_id` selected (when the month shown holds it)."""
        self.show_page(PageId.CALLS)
        self.calls.select_record(call_id)

    def about_text(self) -> str:
        return "".join(
            [
                f"<h3>{desk_app.APP_NAME}</h3>",
                "<p>" + self.tr("Version {version}").format(version=desk_app.__version__) + "</p>",
                "<p>" + self.tr(
                    "The support console of a small online shop: mail, calls, cases, the claim"
                    " manual and sales in one window, working offline."
                ) + "</p>",
                "<p>" + self.tr("Built with Qt {qt}").format(qt=qVersion()) + "</p>",
            ]
        )

    def show_about(self) -> QMessageBox:
        """Open the About box (window-modal, not blocking) and return it."""
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About desk_app"))
        box.setIconPixmap(icon("app").pixmap(64, 64))
        box.setText(self.about_text())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        return box

    # -- events and slots ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.compose.close_all()  # each saves its draft (the runner is drained before the db closes)
        self._status_timer.stop()
        self._countdown_timer.stop()
        self.sync.stop()  # within ~2 s, mid-pass too: stop flag + the engine's cancelled check
        if self._remember_state:
            self._state_store.save(self, self._state_parts())
        super().closeEvent(event)

    def _status_loaded(self, status: DeskStatus) -> None:
        self.status.set_tally(status.tally)
        self.status.set_overdue(status.overview.cases_overdue)
        self.status.set_records_waiting(status.records_waiting)
        self._apply_account_state(status)
        title = desk_app.APP_NAME
        if status.shop_name:
            title = f"{status.shop_name} — {title}"
        self.setWindowTitle(title)
        self.status_refreshed.emit()

    def _apply_account_state(self, status: DeskStatus) -> None:
        """What the data alone says about the connection; the sync, once running, says more."""
        if self.sync.states():
            return
        if self.status.connection_state() not in (
            ConnectionState.NO_ACCOUNT, ConnectionState.DEMO, ConnectionState.OFFLINE
        ):
            return
        accounts = status.overview.accounts
        if status.demo_loaded and accounts <= 1:  # the demo brings one (fake) account of its own
            self.set_connection_state(ConnectionState.DEMO)
        elif accounts == 0:
            self.set_connection_state(ConnectionState.NO_ACCOUNT)
        else:
            self.set_connection_state(ConnectionState.OFFLINE)

    @Slot(str)
    def _on_navigation_page_selected(self, value: str) -> None:
        page = PageId(value)
        self.stack.setCurrentWidget(self.pages[page])
        self._page_actions[page].setChecked(True)
        if page is PageId.INBOX:
            self.inbox_refresh.inbox_shown()
        self._on_inbox_message_changed()
        self.page_changed.emit(page.value)

    @Slot(QAction)
    def _on_page_group_triggered(self, action: QAction) -> None:
        self.show_page(str(action.data()))

    @Slot()
    def _on_about_action_triggered(self) -> None:
        self.show_about()

    @Slot()
    def _on_status_timer_timeout(self) -> None:
        self.refresh_status()

    @Slot()
    def _on_inbox_unread_changed(self) -> None:
        self.refresh_status()

    @Slot()
    def _on_settings_page_settings_saved(self) -> None:
        self.refresh_status()

    @Slot()
    def _on_settings_page_accounts_changed(self) -> None:
        self.sync.restart()
        self.refresh_status()

    @Slot()
    def _on_settings_page_sync_interval_changed(self) -> None:
        self.sync.restart()  # the workers take the interval when they start

    @Slot()
    def _on_sync_now_action_triggered(self) -> None:
        self.sync.sync_now()

    @Slot()
    def _on_status_cancel_requested(self) -> None:
        self.sync.cancel()

    @Slot()
    def _on_sync_state_changed(self) -> None:
        states = self.sync.states()
        show_sync_status(self.status, states, time.monotonic())
        if retry_pending(states):
            if not self._countdown_timer.isActive():
                self._countdown_timer.start()
        else:
            self._countdown_timer.stop()

    @Slot(int, list)
    def _on_sync_messages_stored(self, _account_id: int, ids: list[int]) -> None:
        self.inbox_refresh.note_stored(ids)

    @Slot(int, object)
    def _on_sync_records_reported(self, _account_id: int, report: RecordsReport) -> None:
        self.records_notice.show_report(report)
        if report.applied:
            # Cases, calls, customers or pieces written on another machine: the pages show them now.
            for page in (self.cases, self.calls, self.contacts, self.statements):
                page.reload()
            self.refresh_status()
        if report.received:
            self.settings_page.records.refresh_machines()

    @Slot()
    def _on_inbox_message_changed(self) -> None:
        on_inbox = PAGES[self.stack.currentIndex()] is PageId.INBOX
        self.compose_actions.set_message(self.inbox.reading_pane.message_id() if on_inbox else None)

    @Slot(object)
    def _on_compose_message_queued(self, _item: object) -> None:
        self.status.showMessage(self.tr("Queued — it will be sent with the next sync"), MESSAGE_MS)
        self.sync.sync_now()  # online, it goes out at once
        self.outbox.reload()

    @Slot(object)
    def _on_call_entry_call_logged(self, _call: object) -> None:
        self.status.showMessage(self.tr("Call logged"), MESSAGE_MS)
        self.refresh_status()  # one more call_in/call_out piece
        self.calls.reload()

    @Slot(str)
    def _on_contacts_contact_merged(self, _survivor_id: str) -> None:
        self.cases.reload()  # cases and calls of the merged customer now show the survivor's name
        self.calls.reload()

    @Slot(str)
    def _on_compose_failed(self, sentence: str) -> None:
        self.status.showMessage(sentence, MESSAGE_MS)

    @Slot()
    def _on_sync_pass_ended(self) -> None:
        self.refresh_status()  # a reply sent is one more piece
        if self.outbox.isVisible():
            self.outbox.reload()  # a pass sends the outbox first: states may have changed

    def _inbox_on_screen(self) -> bool:
        return self.isVisible() and self.current_page() is PageId.INBOX
