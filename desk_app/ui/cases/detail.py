"""One case beside the list: its fields, a banner for flagged customers, the timeline and the
manual section with its checklist (two tabs), notes, calls, close and after-follow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.cases import is_open
from desk_app.core.categories import is_claim
from desk_app.core.errors import DeskAppError
from desk_app.core.records import CaseDetail, CaseTimelineEntry, ContactInfo
from desk_app.services.context import Services
from desk_app.services.manual import Section
from desk_app.ui import formatting
from desk_app.ui.cases.after_follow import AfterFollowRow
from desk_app.ui.cases.close_dialog import CloseCaseDialog, field_name
from desk_app.ui.cases.fields import CaseFields
from desk_app.ui.cases.manual_panel import CaseManualPanel, case_sections
from desk_app.ui.cases.timeline import CaseTimeline
from desk_app.ui.compose.context import ui_language
from desk_app.ui.icons import icon
from desk_app.ui.labels import audience_label, responsibility_label
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.empty_state import EmptyState

BANNER_STYLE = (
    "QLabel#unreasonableBanner { background: #fdecea; color: #8e1b10; border: 1px solid #c0392b;"
    " border-radius: 4px; padding: 6px 8px; font-weight: bold; }"
)
ERROR_STYLE = "color: #c0392b;"


@dataclass(frozen=True)
class LoadedCase:
    """A case, its customer, its timeline and its manual sections, read together in the background."""

    case: CaseDetail
    timeline: list[CaseTimelineEntry]
    customer: ContactInfo | None = None
    latest_mail: int | None = None  # the customer's newest mail: what "Reply" answers
    sections: tuple[Section, ...] = ()


class CaseDetailPanel(QStackedWidget):
    """The case chosen in the list: every edit is saved at once through `CaseService.update`.

    Signals:
        case_changed(str): the id of a case that was changed here (the list should re-read).
        message_open_requested(int): a mail of the timeline to show in the Inbox.
        reply_requested(str, int): "reply" and the id of a mail of the timeline to answer.
        log_call_requested(str, object): the case's id and its customer (ContactInfo, or None):
            log a call on this case.
        follow_up_requested(str): the id of the (closed) case whose follow-up mail to write.
        manual_open_requested(str): the id of a manual section to show in the Manual page.
    """

    case_changed = Signal(str)
    message_open_requested = Signal(int)
    reply_requested = Signal(str, int)
    log_call_requested = Signal(str, object)
    follow_up_requested = Signal(str)
    manual_open_requested = Signal(str)

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._tz = tz
        self._case: CaseDetail | None = None
        self._customer: ContactInfo | None = None
        self._request = 0  # only the newest load may land
        self._manual_first: bool | None = None  # the agent's choice of tab (None: not made yet)
        self.close_dialog: CloseCaseDialog | None = None
        self.placeholder = EmptyState(icon("cases"), self.tr("No case selected"),
                                      self.tr("Pick a case in the list to see its mails, calls and notes."))
        self.banner = QLabel(self.tr(
            "Flagged customer (unreasonable claims): stay calm and firm, do not promise more than the"
            " policy, and involve the owner."
        ))
        self.banner.setObjectName("unreasonableBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.fields = CaseFields(tz)
        self.error = QLabel()
        self.error.setObjectName("caseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.closing = QLabel()
        self.closing.setObjectName("caseClosing")
        self.closing.setWordWrap(True)
        self.closing.setTextFormat(Qt.TextFormat.PlainText)
        self.after_follow = AfterFollowRow(tz)
        self.timeline = CaseTimeline(tz)
        self.manual = CaseManualPanel(services.cases, runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.manual, self.tr("Manual"))
        self.tabs.setCornerWidget(self.manual.open_button, Qt.Corner.TopRightCorner)
        self.note = QPlainTextEdit()
        self.note.setObjectName("caseNote")
        keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.note.setPlaceholderText(self.tr("A note for the record ({keys} saves)").format(keys=keys))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.note.installEventFilter(self)  # Ctrl+Return saves (a key filter: the editor sees it first)
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.setObjectName("caseAddNote")
        self.log_call_button = QPushButton(icon("call-in"), self.tr("Log call…"))
        self.log_call_button.setObjectName("caseLogCall")
        self.log_call_button.setToolTip(self.tr("Log a phone call with this case's customer on this case"))
        self.close_button = QPushButton(self.tr("Close case…"))
        self.close_button.setObjectName("caseClose")
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("caseReopen")
        self.addWidget(self.placeholder)
        self.addWidget(self._lay_out())
        self._connect_signals()

    def _lay_out(self) -> QWidget:
        note_row = QHBoxLayout()
        note_row.setContentsMargins(0, 0, 0, 0)
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignBottom)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.log_call_button)
        actions.addStretch(1)
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.close_button)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(12, 0, 12, 12)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.closing)
        layout.addWidget(self.after_follow)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(note_row)
        layout.addLayout(actions)
        # Scrolls rather than widening the window: the page must fit beside the list at 720 px.
        scroll = QScrollArea()
        scroll.setObjectName("caseDetailScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(view)
        view.setMinimumHeight(view.minimumSizeHint().height())
        return scroll

    def _connect_signals(self) -> None:
        self.fields.field_edited.connect(self._on_fields_field_edited)
        self.timeline.message_open_requested.connect(self.message_open_requested)
        self.timeline.reply_requested.connect(self.reply_requested)
        self.manual.manual_open_requested.connect(self.manual_open_requested)
        self.manual.progress_changed.connect(self._on_manual_progress_changed)
        self.tabs.tabBarClicked.connect(self._on_tabs_tab_bar_clicked)
        self.add_note_button.clicked.connect(self._on_add_note_button_clicked)
        self.log_call_button.clicked.connect(self._on_log_call_button_clicked)
        self.after_follow.date_edited.connect(self._on_after_follow_date_edited)
        self.after_follow.follow_up_requested.connect(self._on_after_follow_follow_up_requested)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)

    # -- public API ---------------------------------------------------------------------------

    def case_id(self) -> str | None:
        return self._case.id if self._case else None

    def case(self) -> CaseDetail | None:
        return self._case

    def open_case(self, case_id: str) -> None:
        """Read `case_id` and its timeline in the background, then show them."""
        services = self._services
        self._request += 1
        request = self._request
        lang = ui_language()

        def load() -> LoadedCase:
            case = services.cases.get(case_id)
            return LoadedCase(case, services.calls.timeline(case_id), services.cases.customer(case_id),
                              services.cases.latest_mail(case_id), case_sections(services.manual, case, lang))

        self._runner.run(load, lambda loaded: self._loaded(request, loaded),
                         lambda error: self._load_failed(request, error), owner=self)

    def clear(self) -> None:
        self._case = None
        self._customer = None
        self.setCurrentIndex(0)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_add_note_button_clicked()
                return True
        return super().eventFilter(watched, event)

    # -- loading and saving -------------------------------------------------------------------

    def _loaded(self, request: int, loaded: LoadedCase) -> None:
        if request != self._request:
            return
        self._customer = loaded.customer
        another_case = loaded.case.id != self.case_id()
        self._show_case(loaded.case)
        self.timeline.set_entries(loaded.timeline, loaded.latest_mail)
        self.manual.set_case(loaded.case, loaded.sections)
        if another_case:
            self.tabs.setCurrentWidget(self.manual if self._wants_manual(loaded) else self.timeline)
        self._show_error("")
        self.setCurrentIndex(1)

    def _wants_manual(self, loaded: LoadedCase) -> bool:
        """The manual tab comes first for a flagged customer; otherwise as the agent last chose,
        and until they choose, for a claim still open."""
        if not loaded.sections:
            return False
        if loaded.case.contact_unreasonable:
            return True
        if self._manual_first is not None:
            return self._manual_first
        return is_claim(loaded.case.category) and is_open(loaded.case.status)

    def _load_failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.clear()

    def _show_case(self, case: CaseDetail) -> None:
        self._case = case
        self.fields.set_case(case)
        self.banner.setVisible(case.contact_unreasonable)
        still_open = is_open(case.status)
        self.close_button.setVisible(case.status != "closed")
        self.reopen_button.setVisible(not still_open)
        self.closing.setText(self._closing_text(case))
        self.closing.setVisible(case.status == "closed")
        self.after_follow.set_case(case)
        self.after_follow.setVisible(not still_open)

    def _closing_text(self, case: CaseDetail) -> str:
        lines = [self.tr("Closed {when}").format(when=formatting.date_time(case.closed_at, self._tz))]
        if case.cause:
            lines.append(f"{field_name('cause')}: {case.cause}")
        if case.responsibility:
            lines.append(f"{field_name('responsibility')}: {responsibility_label(case.responsibility)}")
        if case.recovery:
            lines.append(f"{field_name('recovery')}: {case.recovery}")
        if case.prevention_note:
            audience = ", ".join(audience_label(a) for a in case.prevention_audience)
            lines.append(f"{field_name('prevention_note')}: {case.prevention_note} → {audience}")
        return "\n".join(lines)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _run_change(self, change: Any) -> None:
        """Run a write of the shown case; show the result (or the refusal, inline)."""
        if self._case is None:
            return
        case_id = self._case.id
        self._runner.run(change, lambda _result: self._changed(case_id), self._change_failed, owner=self)

    def _changed(self, case_id: str) -> None:
        self.case_changed.emit(case_id)
        if case_id == self.case_id():
            self.open_case(case_id)

    def _change_failed(self, error: BaseException) -> None:
        if isinstance(error, DeskAppError):
            self._show_error(self.tr("Not saved: {detail}").format(detail=field_name(error.detail)))
        else:
            self._show_error(self.tr("Not saved: {error}").format(error=error))
        if self._case is not None:
            self.fields.set_case(self._case)  # back to what is stored
            self.after_follow.set_case(self._case)

    # -- slots --------------------------------------------------------------------------------

    @Slot(str, object)
    def _on_fields_field_edited(self, name: str, value: object) -> None:
        cases, case_id = self._services.cases, self.case_id()
        self._show_error("")
        self._run_change(lambda: cases.update(case_id, **{name: value}))

    @Slot()
    def _on_add_note_button_clicked(self) -> None:
        body = self.note.toPlainText().strip()
        if not body or self._case is None:
            return
        cases, case_id = self._services.cases, self._case.id
        self.note.clear()
        self._run_change(lambda: cases.add_note(case_id, body))

    @Slot()
    def _on_log_call_button_clicked(self) -> None:
        if self._case is not None:
            self.log_call_requested.emit(self._case.id, self._customer)

    @Slot(object)
    def _on_after_follow_date_edited(self, day: date | None) -> None:
        cases, case_id = self._services.cases, self.case_id()
        self._show_error("")
        self._run_change(lambda: cases.update(case_id, after_follow_on=day))

    @Slot()
    def _on_after_follow_follow_up_requested(self) -> None:
        if self._case is not None:
            self.follow_up_requested.emit(self._case.id)

    @Slot()
    def _on_close_button_clicked(self) -> None:
        if self._case is None:
            return
        dialog = CloseCaseDialog(self._case, self._services.cases, self._runner, self,
                                 open_steps=self.manual.open_steps())
        dialog.case_closed.connect(self._on_close_dialog_case_closed)
        dialog.finished.connect(dialog.deleteLater)
        self.close_dialog = dialog
        dialog.open()

    @Slot(int, int)
    def _on_manual_progress_changed(self, done: int, total: int) -> None:
        text = self.tr("Manual {done}/{total}").format(done=done, total=total) if total else self.tr("Manual")
        self.tabs.setTabText(self.tabs.indexOf(self.manual), text)

    @Slot(int)
    def _on_tabs_tab_bar_clicked(self, index: int) -> None:
        if index >= 0:
            self._manual_first = self.tabs.widget(index) is self.manual

    @Slot(object)
    def _on_close_dialog_case_closed(self, detail: CaseDetail) -> None:
        self._changed(detail.id)

    @Slot()
    def _on_reopen_button_clicked(self) -> None:
        if self._case is not None:
            cases, case_id = self._services.cases, self._case.id
            self._run_change(lambda: cases.reopen(case_id))
