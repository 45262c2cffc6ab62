"""The global "Log call…" action (Ctrl+Shift+L) and the one quick-entry dialog it opens."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desk_app.core.records import ContactInfo
from desk_app.services.context import Services
from desk_app.ui.calls.page import LOG_CALL_SHORTCUT
from desk_app.ui.calls.quick_entry import QuickEntryDialog
from desk_app.ui.icons import icon
from desk_app.ui.runner import Runner


class CallEntryAction(QObject):
    """Owns the "Log call…" action; triggering it opens the quick entry, or raises the open one.

    The shortcut works in every window of the app (compose windows too), so a call can be logged
    whatever the agent was doing when the phone rang.

    Signals:
        call_logged(object): a LoggedCall was stored (the window refreshes the tally and the list).
    """

    call_logged = Signal(object)

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._runner = runner
        self._tz = tz
        self._window = window
        self.dialog: QuickEntryDialog | None = None
        self.action = QAction(icon("call-in"), self.tr("&Log Call…"), window)
        self.action.setShortcut(QKeySequence(LOG_CALL_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setToolTip(self.tr("Log a phone call: number, length, topic"))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.action.triggered.connect(self._on_action_triggered)

    def open(self) -> QuickEntryDialog:
        """Show the quick entry (a fresh one, or the one already open) with the focus in it."""
        if self.dialog is not None:
            self.dialog.raise_()  # already open (maybe behind the main window): bring it back
            self.dialog.activateWindow()
            return self.dialog
        dialog = QuickEntryDialog(self._services, self._runner, self._tz, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.call_logged.connect(self.call_logged)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog

    @Slot(str, object)
    def open_for_case(self, case_id: str, customer: ContactInfo | None = None) -> QuickEntryDialog:
        """Show the quick entry with case `case_id` chosen and its `customer` (and their number)
        filled in; an entry already open keeps a number typed in it."""
        dialog = self.open()
        dialog.link_case(case_id, customer)
        return dialog

    @Slot()
    def _on_action_triggered(self) -> None:
        self.open()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
