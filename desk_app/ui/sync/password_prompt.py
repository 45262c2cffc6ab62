"""Asking for an account's password when none is stored (no keyring, or nothing in it)."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget

from desk_app.core.records import AccountInfo

PROMPT_WIDTH = 460


class PasswordPrompt(QObject):
    """Opens one window-modal password dialog at a time (more accounts wait their turn).

    The password leaves only through `password_entered`, for the caller to hold in memory for this
    session; it is never written to settings, the db or a log.

    Signals:
        password_entered(int, str): the account id and the password typed.
        password_declined(int): the account id whose dialog was cancelled.
    """

    password_entered = Signal(int, str)
    password_declined = Signal(int)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._queue: deque[AccountInfo] = deque()
        self._dialog: QInputDialog | None = None
        self._account: AccountInfo | None = None

    def ask(self, account: AccountInfo) -> None:
        """Ask for `account`'s password (now, or after the dialog that is open)."""
        if self._account is not None and self._account.id == account.id:
            return
        if any(waiting.id == account.id for waiting in self._queue):
            return
        self._queue.append(account)
        if self._dialog is None:
            self._open_next()

    def dialog(self) -> QInputDialog | None:
        """The dialog that is open, if any (for tests and for closing it)."""
        return self._dialog

    def _open_next(self) -> None:
        if not self._queue:
            return
        account = self._queue.popleft()
        dialog = QInputDialog(self._window)
        dialog.setObjectName("passwordPrompt")
        dialog.setWindowTitle(self.tr("Password for {account}").format(account=account.name))
        dialog.setLabelText(
            self.tr(
                "desk_app has no password for {user} on {host}. Enter it to sync this account; it is"
                " kept only until desk_app closes."
            ).format(user=account.username, host=account.imap_host)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("Connect"))
        label = dialog.findChild(QLabel)
        if label is not None:  # QInputDialog keeps its label on one line, however long
            label.setWordWrap(True)
            dialog.setMinimumWidth(PROMPT_WIDTH)
        self._dialog = dialog
        self._account = account
        self._connect_signals(dialog)
        dialog.open()

    def _connect_signals(self, dialog: QInputDialog) -> None:
        dialog.textValueSelected.connect(self._on_dialog_text_value_selected)
        dialog.rejected.connect(self._on_dialog_rejected)

    def _finish(self) -> AccountInfo | None:
        account, dialog = self._account, self._dialog
        self._account = None
        self._dialog = None
        if dialog is not None:
            dialog.setTextValue("")  # drop the typed text from the widget at once
            dialog.deleteLater()
        return account

    @Slot(str)
    def _on_dialog_text_value_selected(self, password: str) -> None:
        account = self._finish()
        if account is not None and account.id is not None:
            if password:
                self.password_entered.emit(account.id, password)
            else:
                self.password_declined.emit(account.id)
        self._open_next()

    @Slot()
    def _on_dialog_rejected(self) -> None:
        account = self._finish()
        if account is not None and account.id is not None:
            self.password_declined.emit(account.id)
        self._open_next()
