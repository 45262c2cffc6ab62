"""The window's notice of what a record sync pass brought that the user should know: the owner
approved or sent back a statement, a change set from another machine was refused, or the records
could not sync at all."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from desk_app.core.clock import parse_month
from desk_app.core.errors import ErrorCode
from desk_app.services.record_sync import RecordsReport, RefusalReason, StepSeen
from desk_app.ui.statements.message_bar import MessageBar, Tone


class RecordsNotice(MessageBar):
    """One line per piece of news, until dismissed or replaced by the next news. A failure of the
    records part (no keyring) is told once, not after every background pass, until it changes.

    Signals: only QFrame's own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordsNotice")
        self._error_told = ""

    def show_report(self, report: RecordsReport) -> bool:
        """Show what `report` has to tell; False (and nothing changes) when it has nothing."""
        lines = [self._step_text(step) for step in report.steps]
        if len(report.refused) == 1:
            lines.append(self.tr("A change set from another machine was refused: {reason}").format(
                reason=self._reason_text(report.refused[0].reason)))
        elif report.refused:
            lines.append(self.tr("%n change set(s) from other machines were refused. The first: {reason}", "",
                                 len(report.refused)).format(reason=self._reason_text(report.refused[0].reason)))
        failed = bool(report.error) and report.error != self._error_told
        if failed:
            lines.append(self._error_text(report.error))
        self._error_told = report.error
        if not lines:
            return False
        self.show_message("\n".join(lines), Tone.ERROR if report.refused or failed else Tone.INFO)
        return True

    def _step_text(self, step: StepSeen) -> str:
        first = parse_month(step.month)
        month = QLocale().standaloneMonthName(first.month)
        if step.step == "approve":
            text = self.tr("{month} {year} statement of {agent} approved by the owner")
        else:
            text = self.tr("{month} {year} statement of {agent} sent back by the owner")
        return text.format(month=month, year=first.year, agent=step.agent)

    def _reason_text(self, reason: RefusalReason) -> str:
        texts = {
            RefusalReason.NOT_A_CHANGE_SET: self.tr("a message that is not a change set (filed there by hand?)"),
            RefusalReason.MALFORMED: self.tr("its contents cannot be read"),
            RefusalReason.HEADERS_MISMATCH: self.tr("its headers do not match its contents"),
            RefusalReason.BAD_SIGNATURE: self.tr("its signature does not match: it was changed on the way"),
            RefusalReason.KEY_CHANGED: self.tr("a known machine's change set signed with another key"),
            RefusalReason.BAD_VALUE: self.tr("a value does not fit its field"),
            RefusalReason.OWNER_UNSIGNED: self.tr("an owner's change (approval, rates…) without the owner's signature"),
            RefusalReason.OWNER_BAD_SIGNATURE: self.tr("the owner's signature does not match"),
            RefusalReason.OWNER_UNTRUSTED: self.tr("signed by an owner key this machine does not trust"),
        }
        return texts.get(reason, str(reason))

    def _error_text(self, code: str) -> str:
        if code == ErrorCode.NO_KEYRING:
            return self.tr("Records do not sync with the shop's other machines: this machine's signing key needs a"
                           " password store (keyring), and none was found. See Settings → Record sync.")
        return self.tr("Records could not sync with the shop's other machines this time ({code}).").format(code=code)
