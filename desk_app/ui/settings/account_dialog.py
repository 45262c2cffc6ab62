"""The dialog that adds or edits a mail account, tests its connection and keeps its password safe."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.services.accounts import validate
from desk_app.services.context import Services
from desk_app.ui.runner import Runner
from desk_app.ui.settings.field_text import field_sentence
from desk_app.ui.settings.forms import align_label_columns, form_group
from desk_app.ui.settings.server_fields import IMAP_PORTS, SMTP_PORTS, ServerFields
from desk_app.ui.sync.error_text import connection_error_text

ERROR_COLOR = "#c0392b"
SUCCESS_COLOR = "#1e8449"
INVALID_STYLE = f'*[invalid="true"] {{ border: 1px solid {ERROR_COLOR}; border-radius: 2px; }}'
NOTE_STYLE = "background: #fff8e1; color: #5d4300; border: 1px solid #f0c36d; border-radius: 4px; padding: 6px;"
DIALOG_WIDTH = 720


class AccountDialog(QDialog):
    """Adds an account (no `account` given) or edits one; Save stores it through AccountService.

    Field errors are shown inline: the fields are outlined and a sentence says what to fix. Where
    no safe keyring exists, it says so, and saving a password needs the "ask once per session"
    choice: desk_app never writes a password in plain text.

    Signals:
        account_saved(object): the AccountInfo as stored.
    """

    account_saved = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: Runner,
        account: AccountInfo | None = None,
        existing_names: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._original = account
        self._existing = {n for n in existing_names if account is None or n != account.name}
        self._keyring = True  # until the check says otherwise
        self._username_edited = False
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("Add account"))
        self.setMinimumWidth(DIALOG_WIDTH)
        self.setStyleSheet(INVALID_STYLE)
        self._build()
        self._connect_signals()
        if account is not None:
            self._fill(account)
        self._runner.run(self._services.accounts.keyring_available, self._keyring_checked, owner=self)

    # -- construction -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("For example: Shop support"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("support@example.jp"))
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("The sender name customers see"))
        self.imap = ServerFields(IMAP_PORTS)
        self.imap.setObjectName("imapServer")
        self.smtp = ServerFields(SMTP_PORTS)
        self.smtp.setObjectName("smtpServer")
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("Usually the email address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if self._original is not None:
            self.password.setPlaceholderText(self.tr("Leave empty to keep the saved password"))
        self.keyring_note = QLabel(self.tr(
            "No password store (keyring) was found on this system. desk_app never stores passwords"
            " in plain text."
        ))
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(NOTE_STYLE)
        self.session_only = QCheckBox(self.tr("Ask for the password once per session"))
        self.session_only.setObjectName("sessionOnly")
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("Only for a server with its own certificate authority"))
        self.ca_button = QPushButton(self.tr("Choose…"))
        self.signature = QPlainTextEdit()
        self.signature.setTabChangesFocus(True)
        self.signature.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        # Whole mailbox by default; a limit saves disk by keeping older mail as headers only.
        self.keep_days = QSpinBox()
        self.keep_days.setObjectName("keepDays")
        self.keep_days.setRange(0, 3650)
        self.keep_days.setSingleStep(30)
        self.keep_days.setSpecialValueText(self.tr("All mail"))
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_days.setToolTip(self.tr(
            "Older mail is kept as headers only, to save disk space. 'All mail' stores every message in full."
        ))

        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_button)
        account_box, account_form = form_group(self.tr("Account"), [
            (self.tr("Name:"), self.name), (self.tr("Email address:"), self.email),
            (self.tr("Sender name:"), self.display_name), (self.tr("Signature:"), self.signature),
        ])
        servers_box, servers_form = form_group(self.tr("Servers"), [
            (self.tr("Incoming (IMAP):"), self.imap), (self.tr("Outgoing (SMTP):"), self.smtp),
            (self.tr("Extra CA file:"), ca_row), (self.tr("Store full messages of the last:"), self.keep_days),
        ])
        sign_in_box, sign_in_form = form_group(self.tr("Sign-in"), [
            (self.tr("User name:"), self.username), (self.tr("Password:"), self.password),
            (None, self.keyring_note), ("", self.session_only),
        ])
        self._forms = [account_form, servers_form, sign_in_form]
        self._boxes = [account_box, servers_box, sign_in_box]
        self._set_keyring_rows_visible(False)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_busy = QProgressBar()
        self.test_busy.setRange(0, 0)
        self.test_busy.setTextVisible(False)
        self.test_busy.setFixedWidth(80)
        self.test_busy.setMaximumHeight(self.fontMetrics().height())
        self.test_busy.hide()
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_busy, 0, Qt.AlignmentFlag.AlignVCenter)
        test_row.addWidget(self.test_result, 1)

        self.message = QLabel()
        self.message.setObjectName("accountMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for box in self._boxes:
            layout.addWidget(box)
        layout.addLayout(test_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        align_label_columns(self._forms)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to what the wrapped notes and messages need at this width.

        A window's minimum size ignores height-for-width (word-wrapped labels), so a wrapped note
        would otherwise squeeze the fixed-height signature box until it is clipped.
        """
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        self.setMinimumHeight(max(needed, layout.totalMinimumSize().height()))
        if needed > self.height():
            self.resize(self.width(), needed)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.ca_button.clicked.connect(self._on_ca_button_clicked)
        self.email.textEdited.connect(self._on_email_text_edited)
        self.username.textEdited.connect(self._on_username_text_edited)
        self.session_only.toggled.connect(self._on_field_edited)
        for field in (self.name, self.password, self.imap.host, self.smtp.host):
            field.textEdited.connect(self._on_field_edited)

    def _fill(self, account: AccountInfo) -> None:
        self.name.setText(account.name)
        self.email.setText(account.email)
        self.display_name.setText(account.display_name)
        self.imap.set_values(account.imap_host, account.imap_port, account.imap_security)
        self.smtp.set_values(account.smtp_host, account.smtp_port, account.smtp_security)
        self.username.setText(account.username)
        self._username_edited = account.username != account.email
        self.ca_file.setText(account.ca_file or "")
        self.signature.setPlainText(account.signature)
        self.keep_days.setValue(account.keep_days or 0)

    # -- reading and checking the form -----------------------------------------------------------

    def account_info(self) -> AccountInfo:
        """The account as the form describes it (not checked)."""
        imap_host, imap_port, imap_security = self.imap.values()
        smtp_host, smtp_port, smtp_security = self.smtp.values()
        fields = {
            "name": self.name.text().strip(),
            "email": self.email.text().strip(),
            "display_name": self.display_name.text().strip(),
            "imap_host": imap_host, "imap_port": imap_port, "imap_security": imap_security,
            "smtp_host": smtp_host, "smtp_port": smtp_port, "smtp_security": smtp_security,
            "username": self.username.text().strip() or self.email.text().strip(),
            "ca_file": self.ca_file.text().strip() or None,
            "signature": self.signature.toPlainText(),
            "keep_days": self.keep_days.value() or None,
        }
        if self._original is not None:
            return replace(self._original, **fields)
        return AccountInfo(id=None, **fields)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "name": self.name, "email": self.email, "username": self.username, "password": self.password,
            "imap-host": self.imap.host, "imap-port": self.imap.port, "imap-security": self.imap.security,
            "smtp-host": self.smtp.host, "smtp-port": self.smtp.port, "smtp-security": self.smtp.security,
            "session": self.session_only,
        }

    def _problems(self, info: AccountInfo, *, saving: bool) -> list[str]:
        problems: list[str] = []
        try:
            validate(info)
        except DeskAppError as error:
            problems += [f.strip() for f in error.detail.split(",") if f.strip()]
        if info.name in self._existing:
            problems.append("duplicate")
        if not self.password.text() and (self._original is None or not saving):
            problems.append("password")
        if saving and self.password.text() and not self._keyring and not self.session_only.isChecked():
            problems.append("session")
        return problems

    def _show_problems(self, problems: list[str]) -> None:
        widgets = self._field_widgets()
        marked = {"name" if p == "duplicate" else p for p in problems}
        for field, widget in widgets.items():
            self._mark(widget, field in marked)
        self.message.setText("\n".join(field_sentence(p) for p in problems))
        first = next((widgets[p] for p in widgets if p in marked), None)
        if first is not None:
            first.setFocus()
        QTimer.singleShot(0, self, self._fit_height)  # once the labels have their new text laid out

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) != invalid:
            widget.setProperty("invalid", invalid)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def invalid_fields(self) -> list[str]:
        """The names of the fields now outlined as wrong (for tests and accessibility checks)."""
        return [name for name, widget in self._field_widgets().items() if widget.property("invalid")]

    # -- keyring ------------------------------------------------------------------------------------

    def _keyring_checked(self, available: bool) -> None:
        self._keyring = available
        self._set_keyring_rows_visible(not available)

    def _set_keyring_rows_visible(self, visible: bool) -> None:
        form = self._forms[2]
        form.setRowVisible(self.keyring_note, visible)
        form.setRowVisible(self.session_only, visible)
        if self.isVisible():
            QTimer.singleShot(0, self, self._fit_height)

    def keyring_missing(self) -> bool:
        return not self._keyring

    # -- saving -------------------------------------------------------------------------------------

    @Slot()
    def _on_buttons_accepted(self) -> None:
        info = self.account_info()
        problems = self._problems(info, saving=True)
        self._show_problems(problems)
        if problems:
            return
        password = self.password.text() or None
        session_only = not self._keyring and self.session_only.isChecked()
        accounts = self._services.accounts
        if self._original is None:
            def save() -> AccountInfo:
                return accounts.add(info, password, remember_for_session=session_only)
        else:
            def save() -> AccountInfo:
                return accounts.update(info, password, remember_for_session=session_only)
        self.save_button.setEnabled(False)
        self._runner.run(save, self._saved, self._save_failed, owner=self)

    def _saved(self, stored: AccountInfo) -> None:
        self.save_button.setEnabled(True)
        self.password.clear()
        self.account_saved.emit(stored)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, DeskAppError) and error.code is ErrorCode.NO_KEYRING:
            self._keyring_checked(False)
            self._show_problems(["session"])
        elif isinstance(error, DeskAppError) and error.code is ErrorCode.INVALID_INPUT:
            self._show_problems(["duplicate"] if "exists" in error.detail else error.detail.split(", "))
        else:
            detail = error.detail if isinstance(error, DeskAppError) else str(error)
            self.message.setText(self.tr("The account could not be saved: {detail}").format(detail=detail))

    # -- testing the connection -----------------------------------------------------------------

    def is_testing(self) -> bool:
        return self.test_busy.isVisible() or not self.test_button.isEnabled()

    @Slot()
    def _on_test_button_clicked(self) -> None:
        info = self.account_info()
        problems = [p for p in self._problems(info, saving=False) if not p.startswith("smtp")]
        if self._original is not None:
            problems = [p for p in problems if p != "password"]  # the saved one is tried
        self._show_problems(problems)
        if problems:
            self._show_test_result("", ok=None)
            return
        password = self.password.text() or None
        accounts = self._services.accounts
        self.test_button.setEnabled(False)
        self.test_busy.show()
        self._show_test_result(self.tr("Connecting to {host}…").format(host=info.imap_host), ok=None)
        self._runner.run(
            lambda: accounts.test_connection(info, password),
            self._tested,
            lambda error: self._test_failed(info, error),
            owner=self,
        )

    def _tested(self, _result: object) -> None:
        self.test_button.setEnabled(True)
        self.test_busy.hide()
        self._show_test_result(self.tr("Connected."), ok=True)

    def _test_failed(self, info: AccountInfo, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_busy.hide()
        if not isinstance(error, DeskAppError):
            text = self.tr("The test failed: {error}").format(error=error)
        elif error.code in (ErrorCode.NO_PASSWORD, ErrorCode.NO_KEYRING):
            text = self.tr("Enter the password to test the connection.")
            self._mark(self.password, True)
        else:
            text = connection_error_text(error.code, info.imap_host)
        self._show_test_result(text, ok=False)

    def _show_test_result(self, text: str, *, ok: bool | None) -> None:
        """Green for success, red for a failure, the usual colour while it runs (`ok` None)."""
        self.test_result.setText(text)
        colour = {True: SUCCESS_COLOR, False: ERROR_COLOR}.get(ok)  # type: ignore[call-overload]
        self.test_result.setStyleSheet(f"color: {colour};" if colour else "")

    # -- other slots ----------------------------------------------------------------------------

    @Slot()
    def _on_ca_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the server's CA certificate"), self.ca_file.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    @Slot(str)
    def _on_email_text_edited(self, text: str) -> None:
        if not self._username_edited:
            self.username.setText(text.strip())
        self._mark(self.email, False)

    @Slot(str)
    def _on_username_text_edited(self, text: str) -> None:
        self._username_edited = bool(text)
        self._mark(self.username, False)

    @Slot()
    def _on_field_edited(self) -> None:
        widget = self.sender()
        if isinstance(widget, QWidget):
            self._mark(widget, False)
