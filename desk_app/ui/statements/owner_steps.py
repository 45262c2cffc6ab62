"""Running an owner's step (approve, send back, mark paid, set rates) with the session's passphrase,
and asking for it again only when the service says it needs one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.ui.runner import Runner
from desk_app.ui.statements.owner_mode import OwnerMode
from desk_app.ui.statements.passphrase_dialog import PassphraseDialog
from desk_app.ui.statements.texts import is_passphrase_refusal

OwnerStep = Callable[[str | None], Any]


class OwnerSteps(QObject):
    """Calls `step(passphrase)` in the background with the passphrase owner mode holds. When the
    service refuses for want of the right one (set or changed meanwhile), a dialog asks for it and
    the step runs again with what was typed; a passphrase that works is kept for the session.

    Signals: none (results go to the callbacks given to `run`).
    """

    def __init__(self, mode: OwnerMode, runner: Runner, widget: QWidget) -> None:
        super().__init__(widget)
        self._mode = mode
        self._runner = runner
        self._widget = widget
        self.dialog: PassphraseDialog | None = None

    def run(self, step: OwnerStep, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
            reason: str) -> None:
        """Take `step`; `reason` says in the dialog why the passphrase is asked for."""
        self._attempt(step, self._mode.passphrase(), False, on_done, on_error, reason)

    def _attempt(self, step: OwnerStep, passphrase: str | None, typed: bool, on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None], reason: str) -> None:
        def done(result: Any) -> None:
            if passphrase is not None:
                self._mode.remember(passphrase)
            on_done(result)

        def failed(error: BaseException) -> None:
            if not is_passphrase_refusal(error):
                on_error(error)
                return
            # A passphrase just typed was wrong: say so. One remembered from earlier was changed since: just ask.
            wrong = typed and isinstance(error, DeskAppError) and error.code is ErrorCode.PASSPHRASE_WRONG
            self._ask(step, on_done, on_error, reason, self.tr("That is not the owner's passphrase.") if wrong else "")

        self._runner.run(lambda: step(passphrase), done, failed, owner=self._widget)

    def _ask(self, step: OwnerStep, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             reason: str, problem: str) -> None:
        dialog = PassphraseDialog(reason, problem, self._widget)
        dialog.passphrase_entered.connect(
            lambda typed: self._attempt(step, typed, True, on_done, on_error, reason))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
