"""Quick entry of a phone call (通話を記録), from anywhere in the app, by keyboard alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.phones import normalize_phone
from desk_app.core.records import CaseSummary, ContactInfo, LoggedCall
from desk_app.services.context import Services
from desk_app.ui.calls.call_timer import CallTimer
from desk_app.ui.calls.entry_fields import CaseBox, CategoryBox, DirectionChoice, RecordingField, StartTimeEdit
from desk_app.ui.calls.phone_lookup import PhoneLookupField
from desk_app.ui.compose.notice_bar import NoticeBar
from desk_app.ui.compose.questions import ask
from desk_app.ui.runner import Runner

MAX_MINUTES = 600
WIDTH_LINES = 30  # the width in line heights: room for a case title and a name, any font


class QuickEntryDialog(QDialog):
    """One phone call: number (customer found as it is typed), direction, start, length, topic.

    Not modal: the agent can read a mail or a case while the call goes on. The timer runs from
    the moment the entry opens; typing minutes stops it. Enter saves once the entry is complete
    (a number and a summary, a category from the list or none); Esc asks before throwing away
    what was typed. A flagged customer brings up a red banner with the firm-handling guidance.
    The call joins the case chosen, or becomes a new case of its own (its customer, category and
    summary carried over).

    Signals:
        call_logged(object): the LoggedCall the entry became; the dialog closes right after.
    """

    call_logged = Signal(object)

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None,
                 *, now: Callable[[], datetime] | None = None, clock: Callable[[], float] | None = None,
                 lookup_debounce_ms: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCallEntry")
        self.setWindowTitle(self.tr("Log a call"))
        self.setModal(False)
        self._services = services
        self._runner = runner
        self._tz = tz
        self._saving = False
        self._discarding = False
        self._filling_minutes = False
        self.discard_question: QMessageBox | None = None
        lookup_options: dict[str, Any] = {} if lookup_debounce_ms is None else {"debounce_ms": lookup_debounce_ms}
        self.phone = PhoneLookupField(services.contacts.lookup, runner, **lookup_options)
        self.phone.edit.setPlaceholderText(self.tr("Number, or a name to find the customer"))
        self.customer = QLabel()
        self.customer.setObjectName("callCustomer")
        self.customer.setMinimumHeight(self.customer.fontMetrics().height())  # no jump when it fills
        self.banner = NoticeBar("error")
        self.banner.setObjectName("flaggedCustomerBanner")
        self.direction = DirectionChoice()
        self.started = StartTimeEdit()
        self._set_started((now or (lambda: datetime.now(UTC)))())
        self.timer = CallTimer(**({} if clock is None else {"clock": clock}))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("callMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccelerated(True)
        self.category = CategoryBox()
        self.summary = QLineEdit()
        self.summary.setObjectName("callSummary")
        self.summary.setPlaceholderText(self.tr("What the call was about (required)"))
        self.outcome = QLineEdit()
        self.outcome.setObjectName("callOutcome")
        self.outcome.setPlaceholderText(self.tr("What was agreed or done"))
        self.follow_up = QCheckBox(self.tr("&Follow-up needed"))
        self.follow_up.setObjectName("callFollowUp")
        self.case = CaseBox()
        self.recording = RecordingField()
        self.hint = QLabel()
        self.hint.setObjectName("callEntryHint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setWordWrap(True)
        self.error = NoticeBar("error")
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("callSave")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._lay_out()
        # Only once it is inside the dialog: set before, the dialog never learns of it and makes
        # the first auto-default button in the focus chain (Browse…) the one Enter presses.
        self.save_button.setDefault(True)
        self.setMinimumWidth(self.fontMetrics().height() * WIDTH_LINES)
        self._set_tab_order()
        self._connect_signals()
        self._on_phone_contact_changed(None)
        self._update_state()
        self.timer.start()
        self.phone.setFocus(Qt.FocusReason.OtherFocusReason)
        self._load_cases()

    # -- construction -------------------------------------------------------------------------

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Phone:"), self.phone.edit), self.phone)
        form.addRow("", self.customer)
        form.addRow(self._label(self.tr("&Direction:"), self.direction), self.direction)
        form.addRow(self._label(self.tr("S&tarted:"), self.started), self.started)
        length = QHBoxLayout()
        length.addWidget(self.minutes)
        length.addSpacing(12)
        length.addWidget(self.timer)
        length.addStretch(1)
        form.addRow(self._label(self.tr("&Length:"), self.minutes), length)
        form.addRow(self._label(self.tr("&Category:"), self.category), self.category)
        form.addRow(self._label(self.tr("S&ummary:"), self.summary), self.summary)
        form.addRow(self._label(self.tr("&Outcome:"), self.outcome), self.outcome)
        form.addRow("", self.follow_up)
        form.addRow(self._label(self.tr("C&ase:"), self.case), self.case)
        form.addRow(self._label(self.tr("&Recording:"), self.recording.edit), self.recording)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _set_tab_order(self) -> None:
        chain = [
            self.phone.edit, self.direction.incoming, self.direction.outgoing, self.started, self.minutes,
            self.category, self.summary, self.outcome, self.follow_up, self.case,
            self.recording.edit, self.recording.browse, self.save_button, self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.phone.contact_changed.connect(self._on_phone_contact_changed)
        self.phone.edit.textChanged.connect(self._on_field_changed)
        self.summary.textChanged.connect(self._on_field_changed)
        self.category.currentTextChanged.connect(self._on_field_changed)
        self.recording.path_changed.connect(self._on_field_changed)
        self.minutes.valueChanged.connect(self._on_minutes_value_changed)
        self.phone.matches_found.connect(self._on_phone_matches_found)
        self.timer.stopped.connect(self._on_timer_stopped)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def _set_started(self, moment: datetime) -> None:
        local = moment.astimezone(self._tz)
        self.started.setDateTime(QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
        ))

    def _load_cases(self) -> None:
        support = self._services.support
        self._runner.run(support.cases, self._cases_loaded, owner=self)

    def _cases_loaded(self, cases: list[CaseSummary]) -> None:
        self.case.set_cases(cases)

    # -- what the entry says ------------------------------------------------------------------

    def started_at(self) -> datetime:
        """The start as typed, in the desk's time zone."""
        shown = self.started.dateTime()
        day, clock = shown.date(), shown.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self._tz)

    def problems(self) -> list[str]:
        """What keeps the entry from being saved, in words (empty when it can be saved)."""
        found = []
        if not self.phone.text().strip():
            found.append(self.tr("Type the caller's number."))
        if not self.summary.text().strip():
            found.append(self.tr("Write a short summary."))
        if not self.category.is_valid():
            found.append(self.tr("Choose a category from the list, or leave it empty."))
        if not self.recording.is_valid():
            found.append(self.tr("No file at the recording's path."))
        return found

    def is_touched(self) -> bool:
        """True once anything was typed or chosen (closing then asks first)."""
        return any((
            self.phone.text().strip(), self.summary.text().strip(), self.outcome.text().strip(),
            self.category.currentText().strip(), self.recording.path(), self.case.case_id(),
            self.case.wants_new_case(), self.minutes.value(), self.follow_up.isChecked(),
        ))

    def link_case(self, case_id: str, customer: ContactInfo | None = None) -> None:
        """Log this call on case `case_id`; its `customer` (and their number) fills the number
        field if nothing is typed there yet, and the focus moves on to the direction."""
        self.case.choose(case_id)
        if customer is not None and not self.phone.text().strip():
            self.phone.choose(customer)
            self.direction.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_state()

    def _log_arguments(self) -> dict[str, Any]:
        return {
            "phone": self.phone.text().strip(),
            "direction": self.direction.direction(),
            "minutes": self.minutes.value(),
            "category": self.category.category(),
            "summary": self.summary.text().strip(),
            "at": self.started_at(),
            "case_id": self.case.case_id(),
            "outcome": self.outcome.text().strip(),
            "follow_up": self.follow_up.isChecked(),
            "recording_path": self.recording.path(),
        }

    def _update_state(self) -> None:
        problems = self.problems()
        self.save_button.setEnabled(not problems and not self._saving)
        self.hint.setText(" ".join(problems))

    # -- saving and closing -------------------------------------------------------------------

    def save(self) -> None:
        """Log the call in the background (if it can be saved); the dialog closes once stored."""
        if self._saving or self.problems():
            return
        if self.timer.is_running():
            self.timer.stop()  # the call ends when it is saved: its minutes count
        arguments = self._log_arguments()
        calls, cases, new_case = self._services.calls, self._services.cases, self.case.wants_new_case()

        def log() -> LoggedCall:
            logged = calls.log(**arguments)
            return replace(logged, case_id=cases.create_from_call(logged.id)) if new_case else logged

        self._saving = True
        self.error.clear()
        self._update_state()
        self._runner.run(log, self._logged, self._log_failed, owner=self)

    def _logged(self, result: LoggedCall) -> None:
        self._saving = False
        self.call_logged.emit(result)
        self.accept()

    def _log_failed(self, error: BaseException) -> None:
        self._saving = False
        self.error.show_text(self._error_text(error))
        self._update_state()

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, DeskAppError) and error.code is ErrorCode.NOT_FOUND:
            return self.tr("The case chosen no longer exists. Choose another case or none.")
        if isinstance(error, DeskAppError) and error.code is ErrorCode.INVALID_INPUT:
            return self.tr("The call could not be logged: {detail} is not valid.").format(detail=error.detail)
        return self.tr("The call could not be logged: {error}").format(error=error)

    def reject(self) -> None:
        """Esc, Cancel or the close button: closes at once if nothing was typed, else asks first."""
        if self._saving:
            return
        if self.is_touched() and not self._discarding:
            if self.discard_question is None:
                self.discard_question = ask(
                    self, QMessageBox.Icon.Question, self.tr("Discard this call?"),
                    self.tr("What you typed about this call has not been logged."), self.tr("&Discard"),
                    self._discard_confirmed, on_cancel=self._discard_cancelled, destructive=True,
                )
            return
        self.timer.halt()
        super().reject()

    def done(self, result: int) -> None:
        self.timer.halt()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._saving:
            event.ignore()
            return
        super().closeEvent(event)  # QDialog turns a close into reject(), which may ask first

    def _discard_confirmed(self) -> None:
        self.discard_question = None
        self._discarding = True
        self.reject()

    def _discard_cancelled(self) -> None:
        self.discard_question = None

    # -- slots --------------------------------------------------------------------------------

    @Slot(object)
    def _on_phone_contact_changed(self, contact: ContactInfo | None) -> None:
        self.case.set_contact(contact.id if contact else None)
        if contact is None:
            typed = self.phone.text().strip()
            if not typed:
                self.customer.clear()
            elif not normalize_phone(typed):
                self.customer.setText(self.tr("No number: the call is logged without a customer."))
            else:
                self.customer.setText(self.tr("New caller"))
            self.banner.clear()
            return
        name = f"{contact.name}（{contact.kana}）" if contact.kana else contact.name
        self.customer.setText(name)
        if contact.unreasonable:
            self.banner.show_text(self.tr("Flagged customer: stay firm and polite; involve the owner if needed."))
        else:
            self.banner.clear()

    @Slot()
    def _on_field_changed(self) -> None:
        if self.phone.contact() is None:
            self._on_phone_contact_changed(None)
        self._update_state()

    @Slot(int)
    def _on_phone_matches_found(self, count: int) -> None:
        if count and self.phone.contact() is None:
            self.customer.setText(self.tr("%n customer(s) match: press Down, then Enter to choose.", "", count))

    @Slot(int)
    def _on_minutes_value_changed(self, _minutes: int) -> None:
        if not self._filling_minutes:
            self.timer.halt()  # the agent says how long it was: the timer must not overwrite it

    @Slot(int)
    def _on_timer_stopped(self, minutes: int) -> None:
        self._filling_minutes = True
        try:
            self.minutes.setValue(minutes)
        finally:
            self._filling_minutes = False

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()
