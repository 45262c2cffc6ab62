"""The Cases page: saved views and filters over the case list (remembered between sessions), the
chosen case beside it, reminders of passed deadlines and due after-follow mails."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from desk_app.core.cases import CaseStatus, is_open
from desk_app.core.categories import CLAIM_GROUPS, INQUIRY_GROUP
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import CaseSummary, LoggedCall, OutboxItem, PreventionRow
from desk_app.services.context import Services
from desk_app.ui.cases.after_follow import AfterFollowReminder
from desk_app.ui.cases.detail import CaseDetailPanel
from desk_app.ui.cases.model import CaseColumn, CaseListModel
from desk_app.ui.cases.prevention_dialog import PreventionReportDialog
from desk_app.ui.cases.reminder import DeadlineReminder
from desk_app.ui.cases.views import CaseFilter, CaseListData, FilterMemory, SavedView, apply, view_label
from desk_app.ui.compose.context import ui_language
from desk_app.ui.compose.error_text import start_error_text
from desk_app.ui.compose.notice_bar import NoticeBar
from desk_app.ui.icons import icon
from desk_app.ui.labels import case_status_label, category_group_label
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.list_page import RecordListPage
from desk_app.ui.widgets.table import set_column_widths

REMINDER_STYLE = (
    "QLabel#deadlineReminder { background: #fff4e5; color: #7a4100; border: 1px solid #e67e22;"
    " border-radius: 4px; padding: 4px 8px; }"
)


def case_list_loader(services: Services) -> Callable[[], CaseListData]:
    """Every case, which open ones are the desk agent's, and which closed ones want an after-follow."""

    def load() -> CaseListData:
        rows = services.support.cases()
        agent = services.settings.agent_name
        mine = frozenset(c.id for c in rows if is_open(c.status) and services.cases.get(c.id).agent == agent)
        follow = frozenset(d.id for d in services.cases.after_follow_due())
        return CaseListData(tuple(rows), mine, follow)

    return load


class CasesPage(RecordListPage):
    """Every case, narrowed by a saved view and filters; overdue ones in red; the chosen one beside.

    Signals:
        rows_loaded(int): from RecordListPage (the rows the view now shows).
        case_changed(str): a case was changed on this page.
        message_open_requested(int): a case's mail to show in the Inbox.
        reply_requested(str, int): "reply" and the id of a case's mail to answer.
        deadline_reminded(str): a sentence for the status bar: a deadline has just passed.
        log_call_requested(str, object): a case's id and its customer (ContactInfo, or None): open
            the call entry for it.
        follow_up_ready(object): the DraftData of a case's follow-up mail, to show in a compose window.
        manual_open_requested(str): the id of a manual section to show in the Manual page.
    """

    case_changed = Signal(str)
    message_open_requested = Signal(int)
    reply_requested = Signal(str, int)
    deadline_reminded = Signal(str)
    log_call_requested = Signal(str, object)
    follow_up_ready = Signal(object)
    manual_open_requested = Signal(str)

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None,
                 *, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(runner=runner, model=CaseListModel(tz, now), load=case_list_loader(services), parent=parent)
        self._services = services
        self._tz = tz
        self._now = now or (lambda: datetime.now(UTC))
        self._data = CaseListData()
        self.heading.set_title(self.tr("Cases"))
        self.empty.set_content(
            icon("cases"),
            self.tr("No cases yet"),
            self.tr("Cases tie a customer's mails and calls together until the problem is solved."),
        )
        self.table.setObjectName("caseList")
        set_column_widths(
            self.table,
            {
                CaseColumn.CUSTOMER: "M" * 7,
                CaseColumn.STATUS: case_status_label(CaseStatus.WAITING_CUSTOMER),
                CaseColumn.CATEGORY: "M" * 9,
                CaseColumn.ORDER: "#1001-00",
                CaseColumn.DEADLINE: "2026/11/02",
            },
            stretch=CaseColumn.TITLE,
        )
        self.prevention_button = QPushButton(self.tr("Recurrence prevention…"))
        self.prevention_button.setObjectName("preventionButton")
        self.prevention_button.setToolTip(self.tr("Prevention notes of closed claims by category, repeats flagged"))
        self.heading.layout().addWidget(self.prevention_button)
        self.prevention_dialog: PreventionReportDialog | None = None
        self.detail = CaseDetailPanel(services, runner, tz)
        self.detail.setObjectName("caseDetail")
        self.reminder = DeadlineReminder(lambda: services.support.cases(overdue=True), runner, self)
        self.reminder_banner = QLabel()
        self.reminder_banner.setObjectName("deadlineReminder")
        self.reminder_banner.setStyleSheet(REMINDER_STYLE)
        self.reminder_banner.setWordWrap(True)
        self.reminder_banner.hide()
        self.after_follow_reminder = AfterFollowReminder()
        self.follow_up_error = NoticeBar("error")
        self.follow_up_error.setObjectName("followUpError")
        self._build_filters()
        self._arrange()
        self._connect_signals()

    def _build_filters(self) -> None:
        self.view = QComboBox()
        self.view.setObjectName("caseView")
        self.view.setToolTip(self.tr("Saved views"))
        for view in SavedView:
            self.view.addItem(view_label(view), view.value)
        self.view.setCurrentIndex(self.view.findData(SavedView.ALL.value))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("caseStatusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.status_filter.addItem(case_status_label(status), status.value)
        self.group_filter = QComboBox()
        self.group_filter.setObjectName("caseGroupFilter")
        self.group_filter.addItem(self.tr("Any category"), None)
        for group in (*CLAIM_GROUPS, INQUIRY_GROUP):
            self.group_filter.addItem(category_group_label(group + ".x"), group)
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Title, customer, order number"))
        self.search.setClearButtonEnabled(True)

    def _arrange(self) -> None:
        filters_row = QHBoxLayout()
        filters_row.setContentsMargins(12, 0, 12, 6)
        filters_row.addWidget(QLabel(self.tr("View")))
        filters_row.addWidget(self.view)
        filters_row.addSpacing(8)
        filters_row.addWidget(self.status_filter)
        filters_row.addWidget(self.group_filter)
        filters_row.addWidget(self.search, 1)
        layout = self.layout()
        layout.removeWidget(self._stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("casesSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([690, 430])
        layout.addLayout(filters_row)  # type: ignore[attr-defined]
        layout.addWidget(self.reminder_banner)
        for notice in (self.after_follow_reminder, self.follow_up_error):
            notice_row = QHBoxLayout()
            notice_row.setContentsMargins(12, 0, 12, 6)
            notice_row.addWidget(notice)
            layout.addLayout(notice_row)  # type: ignore[attr-defined]
        layout.addWidget(self.splitter, 1)  # type: ignore[call-arg]

    def _connect_signals(self) -> None:
        self.view.activated.connect(self._on_filter_activated)
        self.status_filter.activated.connect(self._on_filter_activated)
        self.group_filter.activated.connect(self._on_filter_activated)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.detail.case_changed.connect(self._on_detail_case_changed)
        self.detail.message_open_requested.connect(self.message_open_requested)
        self.detail.reply_requested.connect(self.reply_requested)
        self.detail.log_call_requested.connect(self.log_call_requested)
        self.detail.follow_up_requested.connect(self.start_follow_up)
        self.detail.manual_open_requested.connect(self.manual_open_requested)
        self.after_follow_reminder.follow_up_requested.connect(self._on_after_follow_reminder_follow_up_requested)
        self.after_follow_reminder.show_all_requested.connect(self._on_after_follow_reminder_show_all_requested)
        self.prevention_button.clicked.connect(self._on_prevention_button_clicked)
        self.reminder.deadlines_passed.connect(self._on_reminder_deadlines_passed)

    # -- public API ---------------------------------------------------------------------------

    def state_parts(self) -> dict[str, object]:
        return {"cases/columns": self.table.horizontalHeader(), "cases/splitter": self.splitter,
                "cases/filter": FilterMemory(self.current_filter, self.set_filter)}

    def reload(self) -> None:
        """Re-read the cases (and start the deadline reminder with the first read)."""
        super().reload()
        if not self.reminder.timer.isActive():
            self.reminder.start()

    def set_view(self, view: SavedView) -> None:
        """Show a saved view (as if chosen in the combobox)."""
        self.view.setCurrentIndex(self.view.findData(view.value))
        self._refresh_rows()

    def current_filter(self) -> CaseFilter:
        return CaseFilter(SavedView(self.view.currentData()), self.status_filter.currentData(), self.group_filter.currentData(),
                          self.search.text())

    def set_filter(self, chosen: CaseFilter) -> None:
        """Show the view and filters of `chosen` (one the lists no longer offer is left as it is)."""
        self._choose_filter(chosen.view.value, chosen.status, chosen.group, chosen.text)

    def start_follow_up(self, case_id: str) -> None:
        """Write the follow-up mail of `case_id` (follow_up_ready brings the draft; a case whose
        customer has no mail address gets a sentence that says so, above the list)."""
        follow_up, lang = self._services.follow_up, ui_language()
        title = next((case.title for case in self._data.rows if case.id == case_id), "")
        self.follow_up_error.clear()
        self._runner.run(lambda: follow_up.draft(case_id, lang), self.follow_up_ready.emit,
                         lambda error: self.follow_up_error.show_text(self._follow_up_error_text(error, title)),
                         owner=self)

    def note_call_logged(self, call: LoggedCall) -> None:
        """A call was logged somewhere: re-read the list (it may have made a case) and the case shown."""
        self.reload()
        if call.case_id is not None and call.case_id == self.detail.case_id():
            self.detail.open_case(call.case_id)

    def note_mail_queued(self, item: OutboxItem) -> None:
        """A mail went to the outbox: a case's follow-up may be done."""
        if item.case_id is not None:
            self.reload()

    def select_record(self, record_id: Any) -> None:
        """Show case `record_id`: in the list (widening the filter if it hides it) and beside it."""
        known = any(case.id == record_id for case in self._data.rows)
        if known and self.model.row_of(record_id) is None:
            self._reset_filters()
        super().select_record(record_id)
        if not known:
            self.reload()  # e.g. just created from a mail

    def count_note(self, count: int) -> str:
        overdue = sum(1 for row in range(count) if self.model.is_overdue(self.model.record(row)))  # type: ignore[attr-defined,arg-type]
        text = self.tr("%n case(s)", "", count)
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        return text

    # -- helpers ------------------------------------------------------------------------------

    def _show_rows(self, rows: Sequence[Any]) -> None:
        self._data = rows if isinstance(rows, CaseListData) else CaseListData(tuple(rows))
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        shown = apply(self._data, self.current_filter(), self._now(), self._tz)
        if self._pending_id is None:  # keep the chosen case selected across a re-read
            current = self.model.record(self.table.currentIndex().row())
            self._pending_id = current.id if isinstance(current, CaseSummary) else self.detail.case_id()
        self.model.set_rows(shown)
        self._stack.setCurrentIndex(1 if self._data.rows else 0)
        self.heading.set_note(self.count_note(len(shown)) if self._data.rows else "")
        self.after_follow_reminder.set_cases([case for case in self._data.rows if case.id in self._data.after_follow])
        self._apply_pending()
        if any(case.id == self._pending_id for case in self._data.rows):
            self._pending_id = None  # a case the view hides stays in the detail, unselected
        self.rows_loaded.emit(len(shown))

    def _reset_filters(self) -> None:
        self._choose_filter(SavedView.ALL.value, None, None, "")

    def _choose_filter(self, view: str, status: str | None, group: str | None, text: str) -> None:
        for widget in (self.view, self.status_filter, self.group_filter, self.search):
            widget.blockSignals(True)
        for box, value in ((self.view, view), (self.status_filter, status), (self.group_filter, group)):
            found = box.findData(value) if value is not None else 0  # None: the first entry, "any"
            if found >= 0:
                box.setCurrentIndex(found)
        self.search.setText(text)
        for widget in (self.view, self.status_filter, self.group_filter, self.search):
            widget.blockSignals(False)
        self._refresh_rows()

    def _follow_up_error_text(self, error: BaseException, title: str) -> str:
        if not isinstance(error, DeskAppError):
            return start_error_text(error)
        if error.code is ErrorCode.NO_RECIPIENTS:
            return self.tr(
                "“{title}”: the customer has no mail address on record, so no follow-up mail can be written."
                " Add their address to the customer, or follow up by phone."
            ).format(title=title)
        if error.code is ErrorCode.NOT_FOUND and error.detail.startswith("template"):
            return self.tr(
                "The after-follow template (key “after_follow”) is missing in this language:"
                " add it under Settings → Reply templates."
            )
        if error.code is ErrorCode.NOT_FOUND and error.detail.startswith("case"):
            return self.tr("This case no longer exists.")
        return start_error_text(error)  # e.g. no mail account to write from

    # -- slots --------------------------------------------------------------------------------

    @Slot(int)
    def _on_filter_activated(self, _index: int) -> None:
        self._refresh_rows()

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._refresh_rows()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        if isinstance(record, CaseSummary) and record.id != self.detail.case_id():
            self.follow_up_error.clear()  # it spoke of the case shown before
            self.detail.open_case(record.id)

    @Slot(str)
    def _on_detail_case_changed(self, case_id: str) -> None:
        self.reload()
        self.case_changed.emit(case_id)

    @Slot(str)
    def _on_after_follow_reminder_follow_up_requested(self, case_id: str) -> None:
        self.select_record(case_id)
        self.start_follow_up(case_id)

    @Slot()
    def _on_after_follow_reminder_show_all_requested(self) -> None:
        self.set_view(SavedView.AFTER_FOLLOW)

    @Slot()
    def _on_prevention_button_clicked(self) -> None:
        self.prevention_button.setEnabled(False)
        self._runner.run(self._services.cases.prevention_report, self._prevention_loaded,
                         lambda _error: self.prevention_button.setEnabled(True), owner=self)

    def _prevention_loaded(self, rows: list[PreventionRow]) -> None:
        self.prevention_button.setEnabled(True)
        dialog = PreventionReportDialog(rows, self._tz, self)
        dialog.finished.connect(dialog.deleteLater)
        self.prevention_dialog = dialog
        dialog.open()

    @Slot(list)
    def _on_reminder_deadlines_passed(self, cases: list[CaseSummary]) -> None:
        names = ", ".join(f"“{case.title}” ({case.contact_name})" for case in cases[:3])
        more = len(cases) - 3
        sentence = self.tr("Deadline passed, still open: {cases}").format(cases=names)
        if more > 0:
            sentence += " " + self.tr("and %n more", "", more)
        self.reminder_banner.setText("⏰ " + sentence)
        self.reminder_banner.show()
        self.deadline_reminded.emit(sentence)
        self.reload()  # the rows turn red
