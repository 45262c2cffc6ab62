"""The statement's workflow from the page: submit, approve, send back, mark paid, comment."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.services.context import Services
from desk_app.ui.compose.questions import ask
from desk_app.ui.runner import Runner
from desk_app.ui.statements.commands import Commands
from desk_app.ui.statements.month_view import MonthView
from desk_app.ui.statements.owner_mode import OwnerMode
from desk_app.ui.statements.owner_steps import OwnerSteps
from desk_app.ui.statements.paid_dialog import PaidDialog
from desk_app.ui.statements.text_dialog import TextDialog


class StepCommands(Commands):
    """The agent submits and comments; the owner approves (after a confirmation: it locks the
    month), sends back with a comment, marks paid on a day, and comments, with the passphrase of
    owner mode (asked for again only when the service needs it).

    Signals: those of `Commands`.
    """

    def __init__(self, services: Services, runner: Runner, page: QWidget, shown: Callable[[], MonthView | None],
                 mode: OwnerMode) -> None:
        super().__init__(services, runner, page, shown)
        self._mode = mode
        self.owner_steps = OwnerSteps(mode, runner, page)
        self.question: QMessageBox | None = None

    @Slot()
    def submit(self) -> None:
        view = self._shown()
        if view is None:
            return
        statements = self._services.statements
        self._run(lambda: statements.submit(view.month, view.agent),
                  lambda _s: self.tr("Submitted for the owner's review. Until your computers sync, send the owner"
                                     " the bundle: Export Bundle…"))

    @Slot()
    def approve(self) -> None:
        view = self._shown()
        if view is None:
            return
        self.question = ask(
            self._page, QMessageBox.Icon.Question, self.tr("Approve Statement"),
            self.tr("Approve {agent}'s statement for {month}? The month is then locked: its pieces can no longer"
                    " change, and a later correction goes to the next open month.").format(
                agent=view.statement.agent, month=view.month.replace("-", "/")),
            self.tr("Approve"), lambda: self._approve(view),
        )

    def _approve(self, view: MonthView) -> None:
        statements = self._services.statements
        self.owner_steps.run(lambda p: statements.approve(view.month, view.agent, passphrase=p),
                             lambda _s: self._succeed(self.tr("Approved: the month is locked.")),
                             self._fail, self.tr("Approving a statement needs the owner's passphrase."))

    @Slot()
    def send_back(self) -> None:
        view = self._shown()
        if view is None:
            return
        dialog = TextDialog(self.tr("Send Back"), self.tr("Why does the statement go back to the agent? They will"
                                                           " read this in its history."),
                            self.tr("Send Back"), self._page)
        dialog.text_entered.connect(lambda text: self._send_back(view, text))
        self._open(dialog)

    def _send_back(self, view: MonthView, comment: str) -> None:
        statements = self._services.statements
        self.owner_steps.run(lambda p: statements.send_back(view.month, comment, view.agent, passphrase=p),
                             lambda _s: self._succeed(self.tr("Sent back to the agent as a draft.")),
                             self._fail, self.tr("Sending a statement back needs the owner's passphrase."))

    @Slot()
    def mark_paid(self) -> None:
        view = self._shown()
        if view is None:
            return
        dialog = PaidDialog(view.today, view.first_day, self._page)
        dialog.day_chosen.connect(lambda day: self._mark_paid(view, day))
        self._open(dialog)

    def _mark_paid(self, view: MonthView, day: date) -> None:
        statements = self._services.statements
        self.owner_steps.run(lambda p: statements.mark_paid(view.month, view.agent, on=day, passphrase=p),
                             lambda _s: self._succeed(self.tr("Marked paid on {day}.").format(
                                 day=day.strftime("%Y/%m/%d"))),
                             self._fail, self.tr("Marking a statement paid needs the owner's passphrase."))

    @Slot()
    def comment(self) -> None:
        view = self._shown()
        if view is None:
            return
        dialog = TextDialog(self.tr("Comment"), self.tr("Your comment on the statement (kept in its history):"),
                            self.tr("Add Comment"), self._page)
        dialog.text_entered.connect(lambda text: self._comment(view, text))
        self._open(dialog)

    def _comment(self, view: MonthView, text: str) -> None:
        statements = self._services.statements
        done = self.tr("Comment added.")
        if not self._mode.is_active():
            self._run(lambda: statements.comment(view.month, text, view.agent), lambda _s: done)
            return
        self.owner_steps.run(
            lambda p: statements.comment(view.month, text, view.agent, as_owner=True, passphrase=p),
            lambda _s: self._succeed(done), self._fail, self.tr("Commenting as the owner needs the passphrase."))
