"""A reminder when a promised deadline passes while the app runs and the case is still open."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desk_app.core.records import CaseSummary
from desk_app.ui.runner import Runner

CHECK_MS = 60_000


class DeadlineReminder(QObject):
    """Checks the overdue cases every minute; each case is reported once per session.

    The first check only notes what is overdue already (the status bar counts those); a case
    that becomes overdue later is reported.

    Signals:
        deadlines_passed(list): the CaseSummary rows whose deadline has just passed.
    """

    deadlines_passed = Signal(list)

    def __init__(self, overdue: Callable[[], Sequence[CaseSummary]], runner: Runner,
                 parent: QObject | None = None, *, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._overdue = overdue
        self._runner = runner
        self._seen: set[str] | None = None  # None: the first check has not run yet
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Check now and then every minute."""
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        """Read the overdue cases in the background and report the new ones."""
        self._runner.run(self._overdue, self._checked, owner=self)

    def _checked(self, rows: Sequence[CaseSummary]) -> None:
        if self._seen is None:
            self._seen = {case.id for case in rows}
            return
        fresh = [case for case in rows if case.id not in self._seen]
        self._seen.update(case.id for case in fresh)
        if fresh:
            self.deadlines_passed.emit(fresh)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.check()
