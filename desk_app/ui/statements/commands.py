"""What the Statements page's command groups share: the services, the month shown, and one way
to run a service call and report how it went."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desk_app.services.context import Services
from desk_app.ui.runner import Runner
from desk_app.ui.statements.month_view import MonthView
from desk_app.ui.statements.texts import error_text


class Commands(QObject):
    """A group of the page's commands. Each opens what it needs to ask (a dialog), runs one
    service call in the background and reports a sentence; the page shows it and reloads.

    Signals:
        succeeded(str): what was done, in a sentence (the page reloads the month).
        failed(str): why it was not done, in a sentence (nothing changed).
    """

    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, services: Services, runner: Runner, page: QWidget,
                 shown: Callable[[], MonthView | None]) -> None:
        super().__init__(page)
        self._services = services
        self._runner = runner
        self._page = page
        self._shown = shown
        self.dialog: QDialog | None = None  # the last dialog opened (tests fill it in)

    def _run(self, fn: Callable[[], Any], sentence: Callable[[Any], str]) -> None:
        """Call `fn` in the background; report `sentence(result)`, or why it failed."""
        self._runner.run(fn, lambda result: self._succeed(sentence(result)), self._fail, owner=self._page)

    def _open(self, dialog: QDialog) -> None:
        """Open `dialog` window-modal without blocking; it is deleted once closed."""
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _succeed(self, sentence: str) -> None:
        self.succeeded.emit(sentence)

    def _fail(self, error: BaseException) -> None:
        self.failed.emit(error_text(error))
