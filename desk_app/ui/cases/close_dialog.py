"""Closing a case: a claim says its cause, responsibility, recovery and prevention; any case may
get an after-follow date. Manual checklist steps left unticked are pointed out (closing still works)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.cases import AUDIENCES, Responsibility
from desk_app.core.categories import is_claim
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import CaseDetail
from desk_app.services.cases import CaseService
from desk_app.ui.cases.manual_panel import OpenSteps
from desk_app.ui.labels import audience_label, category_label, responsibility_label
from desk_app.ui.runner import Runner

PROBLEM_STYLE = "border: 2px solid #c0392b; border-radius: 3px;"
WARNING_STYLE = (
    "QLabel#closeChecklistWarning { background: #fff4e5; color: #7a4100; border: 1px solid #e67e22;"
    " border-radius: 4px; padding: 6px 8px; }"
)
STEPS_LISTED = 5  # the first unticked steps of a section are named, the rest counted
ERROR_STYLE = "color: #c0392b;"
DEFAULT_FOLLOW_DAYS = 90  # a care mail a few months after the purchase

# lupdate finds calls named `translate` with literal arguments.
translate = QCoreApplication.translate


class CloseCaseDialog(QDialog):
    """Asks what closing needs and calls `CaseService.close`; its refusals show inline.

    For a claim: cause, responsibility, recovery, prevention note and who must hear of it. For an
    inquiry only the optional after-follow date. The missing fields are outlined in red. Steps of
    the case's manual checklists not ticked yet (`open_steps`) are listed as a warning.

    Signals:
        case_closed(object): the CaseDetail of the closed case.
    """

    case_closed = Signal(object)

    def __init__(self, case: CaseDetail, cases: CaseService, runner: Runner, parent: QWidget | None = None, *,
                 open_steps: Sequence[OpenSteps] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("closeCaseDialog")
        self.setWindowTitle(self.tr("Close case"))
        self._case = case
        self._cases = cases
        self._runner = runner
        self._claim = is_claim(case.category)
        intro = QLabel()
        intro.setWordWrap(True)
        if self._claim:
            intro.setText(self.tr(
                "“{title}” is a claim ({category}). Before closing, record what caused it, where the"
                " responsibility lies, what was done for the customer and how it is kept from happening"
                " again."
            ).format(title=case.title, category=category_label(case.category)))
        else:
            intro.setText(self.tr("Close “{title}”.").format(title=case.title))
        self.cause = QLineEdit(case.cause)
        self.cause.setObjectName("closeCause")
        self.responsibility = QComboBox()
        self.responsibility.setObjectName("closeResponsibility")
        self.responsibility.addItem(self.tr("(choose)"), None)
        for value in Responsibility:
            self.responsibility.addItem(responsibility_label(value.value), value.value)
        self.responsibility.setCurrentIndex(max(0, self.responsibility.findData(case.responsibility)))
        self.recovery = QLineEdit(case.recovery)
        self.recovery.setObjectName("closeRecovery")
        self.recovery.setPlaceholderText(self.tr("e.g. resent the item, refunded the shipping fee"))
        self.prevention = QPlainTextEdit(case.prevention_note)
        self.prevention.setObjectName("closePrevention")
        self.prevention.setTabChangesFocus(True)
        self.prevention.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.audience_box = QWidget()
        self.audience_box.setObjectName("closeAudience")
        self.audience = {key: QCheckBox(audience_label(key)) for key in AUDIENCES}
        audience_row = QHBoxLayout(self.audience_box)
        audience_row.setContentsMargins(2, 2, 2, 2)
        for key, box in self.audience.items():
            box.setChecked(key in case.prevention_audience)
            audience_row.addWidget(box)
        audience_row.addStretch(1)
        self.follow = QCheckBox(self.tr("After-follow on"))
        self.follow.setObjectName("closeFollow")
        self.follow.setToolTip(self.tr("The case comes back on this day as a reminder to send a follow-up mail"))
        self.follow_date = QDateEdit()
        self.follow_date.setObjectName("closeFollowDate")
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("yyyy/MM/dd")
        self.follow_date.setDate(case.after_follow_on or date.today() + timedelta(days=DEFAULT_FOLLOW_DAYS))
        self.follow.setChecked(case.after_follow_on is not None)
        self.follow_date.setEnabled(case.after_follow_on is not None)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow)
        follow_row.addWidget(self.follow_date)
        follow_row.addStretch(1)
        self.checklist_warning = QLabel(self._steps_warning(open_steps))
        self.checklist_warning.setObjectName("closeChecklistWarning")
        self.checklist_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.checklist_warning.setWordWrap(True)
        self.checklist_warning.setStyleSheet(WARNING_STYLE)
        self.checklist_warning.setVisible(bool(open_steps))
        self.error = QLabel()
        self.error.setObjectName("closeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(self.tr("Close case"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setObjectName("closeConfirm")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._claim_rows: dict[str, QWidget] = {
            "cause": self.cause, "responsibility": self.responsibility, "recovery": self.recovery,
            "prevention_note": self.prevention, "audience": self.audience_box,
        }
        if self._claim:
            for name, widget in self._claim_rows.items():
                form.addRow(field_name(name), widget)
        form.addRow(follow_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.checklist_warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560 if self._claim else 420)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.follow.toggled.connect(self.follow_date.setEnabled)

    def _steps_warning(self, open_steps: Sequence[OpenSteps]) -> str:
        paragraphs = []
        for section in open_steps:
            lines = [self.tr("⚠ %n step(s) of “{title}” not ticked:", "", len(section.steps)).format(
                title=section.title)]
            lines += [f"・{step}" for step in section.steps[:STEPS_LISTED]]
            more = len(section.steps) - STEPS_LISTED
            if more > 0:
                lines.append(self.tr("… and %n more", "", more))
            paragraphs.append("\n".join(lines))
        if paragraphs:
            paragraphs.append(self.tr("You can still close the case."))
        return "\n\n".join(paragraphs)

    # -- public API ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What `CaseService.close` gets from the form."""
        follow: date | None = None
        if self.follow.isChecked():
            chosen = self.follow_date.date().toPython()
            follow = chosen if isinstance(chosen, date) else None
        if not self._claim:
            return {"after_follow_on": follow}
        return {
            "cause": self.cause.text(),
            "responsibility": self.responsibility.currentData(),
            "recovery": self.recovery.text(),
            "prevention_note": self.prevention.toPlainText(),
            "audience": [key for key, box in self.audience.items() if box.isChecked()],
            "after_follow_on": follow,
        }

    def show_problems(self, names: list[str]) -> None:
        """Outline the fields named by the service and say which they are."""
        for name, widget in self._claim_rows.items():
            widget.setStyleSheet(f"#{widget.objectName()} {{{PROBLEM_STYLE}}}" if name in names else "")
        if names:
            self.error.setText(self.tr("Still needed before closing: {fields}").format(
                fields=self.tr(", ").join(field_name(n) for n in names)))
        self.error.setVisible(bool(names))
        for name in names:
            widget = self._claim_rows.get(name)
            if widget is not None:
                widget.setFocus()
                break

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def _on_buttons_accepted(self) -> None:
        values, cases, case_id = self.values(), self._cases, self._case.id
        self.close_button.setEnabled(False)
        self._runner.run(lambda: cases.close(case_id, **values), self._closed, self._failed, owner=self)

    def _closed(self, detail: CaseDetail) -> None:
        self.close_button.setEnabled(True)
        self.case_closed.emit(detail)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.close_button.setEnabled(True)
        if isinstance(error, DeskAppError) and error.code is ErrorCode.INVALID_INPUT:
            names = [part.strip() for part in error.detail.split(",") if part.strip()]
            if "category" in names:
                self.show_problems([n for n in names if n != "category"])
                self.error.setText(self.tr("Choose the case's category before closing it."))
                self.error.show()
                return
            self.show_problems(names)
            return
        self.error.setText(self.tr("The case could not be closed: {error}").format(error=error))
        self.error.show()


def field_name(name: str) -> str:
    """The translated name of a closing field (as `closing_problems` names them)."""
    names = {
        "cause": translate("CloseCaseDialog", "Cause"),
        "responsibility": translate("CloseCaseDialog", "Responsibility"),
        "recovery": translate("CloseCaseDialog", "Recovery"),
        "prevention_note": translate("CloseCaseDialog", "Prevention note"),
        "audience": translate("CloseCaseDialog", "Must reach"),
        "category": translate("CloseCaseDialog", "Category"),
    }
    return names.get(name, name)

