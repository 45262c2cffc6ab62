"""After-follow (アフターフォロー) on the Cases page: a closed case's follow-up date with its "Send
follow-up mail" command, and the reminder of the cases whose date has come."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QPushButton, QWidget

from desk_app.core.records import CaseDetail, CaseSummary
from desk_app.ui.cases.close_dialog import DEFAULT_FOLLOW_DAYS
from desk_app.ui.compose.notice_bar import NoticeBar

SHOW_ALL_LINK = "show-all"


class AfterFollowRow(QWidget):
    """The after-follow date of a closed case (ticked: the case comes back as a reminder that
    day) and the command that writes the follow-up mail.

    Signals:
        date_edited(object): the new after-follow date, or None when it was cleared.
        follow_up_requested(): "Send follow-up mail" was clicked.
    """

    date_edited = Signal(object)
    follow_up_requested = Signal()

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._shown: date | None = None
        self.follow = QCheckBox(self.tr("After-follow on"))
        self.follow.setObjectName("caseFollow")
        self.follow.setToolTip(self.tr("The case comes back on this day as a reminder to send a follow-up mail"))
        self.follow_date = QDateEdit()
        self.follow_date.setObjectName("caseFollowDate")
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("yyyy/MM/dd")
        self.send_button = QPushButton(self.tr("Send follow-up mail…"))
        self.send_button.setObjectName("caseFollowUpMail")
        self.send_button.setToolTip(self.tr("Write to the customer with the after-follow template"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.follow)
        layout.addWidget(self.follow_date)
        layout.addStretch(1)
        layout.addWidget(self.send_button)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.follow.toggled.connect(self._on_follow_toggled)
        self.follow_date.editingFinished.connect(self._on_follow_date_editing_finished)
        self.send_button.clicked.connect(self.follow_up_requested)

    def set_case(self, case: CaseDetail) -> None:
        """Show the case's date (without reporting it as edited)."""
        self._shown = case.after_follow_on
        chosen = case.after_follow_on or datetime.now(self._tz).date() + timedelta(days=DEFAULT_FOLLOW_DAYS)
        for widget in (self.follow, self.follow_date):
            widget.blockSignals(True)
        self.follow.setChecked(case.after_follow_on is not None)
        self.follow_date.setDate(QDate(chosen.year, chosen.month, chosen.day))
        self.follow_date.setEnabled(case.after_follow_on is not None)
        for widget in (self.follow, self.follow_date):
            widget.blockSignals(False)

    def value(self) -> date | None:
        """The date as shown: None while unticked."""
        if not self.follow.isChecked():
            return None
        shown = self.follow_date.date()
        return date(shown.year(), shown.month(), shown.day())

    def _report(self) -> None:
        value = self.value()
        if value != self._shown:
            self._shown = value
            self.date_edited.emit(value)

    @Slot(bool)
    def _on_follow_toggled(self, checked: bool) -> None:
        self.follow_date.setEnabled(checked)
        self._report()

    @Slot()
    def _on_follow_date_editing_finished(self) -> None:
        self._report()


class AfterFollowReminder(NoticeBar):
    """Above the case list while closed cases wait for their follow-up mail: names the first one
    and offers to write its mail; with more, a link shows them all (the After-follow view).

    Signals:
        follow_up_requested(str): the id of the case whose follow-up mail to write.
        show_all_requested(): the link to list every case due for an after-follow was clicked.
    """

    follow_up_requested = Signal(str)
    show_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("gap", parent)
        self.setObjectName("afterFollowReminder")
        self._first: str | None = None
        self.button.setObjectName("afterFollowSend")
        self._connect_own_signals()

    def _connect_own_signals(self) -> None:
        self.action_clicked.connect(self._on_action_clicked)
        self.link_activated.connect(self._on_link_activated)

    def set_cases(self, due: Sequence[CaseSummary]) -> None:
        """Remind of `due` (the closed cases whose after-follow date has come); hidden when none."""
        if not due:
            self._first = None
            self.clear()
            return
        first = due[0]
        self._first = first.id
        customer = first.contact_name or self.tr("(unknown customer)")
        sentence = self.tr("After-follow due: “{title}” ({customer}) is waiting for its follow-up mail.").format(
            title=first.title, customer=customer)
        text = html.escape(sentence)
        if len(due) > 1:
            more = self.tr("%n more case(s) due", "", len(due) - 1)
            text += f' &nbsp; <a href="{SHOW_ALL_LINK}">{html.escape(more)}</a>'
        self.show_text(text, rich=True, action=self.tr("Send follow-up mail…"))

    def case_id(self) -> str | None:
        """The case the button writes to (None while hidden)."""
        return self._first

    @Slot()
    def _on_action_clicked(self) -> None:
        if self._first is not None:
            self.follow_up_requested.emit(self._first)

    @Slot(str)
    def _on_link_activated(self, _href: str) -> None:
        self.show_all_requested.emit()
