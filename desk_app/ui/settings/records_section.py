"""The Settings page's Record sync section: the account and folder the change sets travel through,
this machine's role and key, the owner key an agent machine trusts, and the other machines."""

from __future__ import annotations

from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.signing import grouped_fingerprint
from desk_app.services.context import Services
from desk_app.services.record_sync import KnownMachine
from desk_app.ui.runner import Runner
from desk_app.ui.settings.instant_section import ERROR_COLOR, InstantSection
from desk_app.ui.settings.known_machines import KnownMachinesTable, role_label
from desk_app.ui.settings.owner_passphrase_dialog import OwnerPassphraseDialog
from desk_app.ui.settings.trust_owner_dialog import TrustOwnerDialog
from desk_app.ui.statements.passphrase_dialog import PassphraseDialog
from desk_app.ui.statements.texts import error_text


@dataclass(frozen=True)
class RecordSyncView:
    """What the section shows, read together in the background."""

    accounts: tuple[str, ...]  # the syncable accounts, the first one first
    account: str  # the chosen one; "" for the first
    folder: str
    owner_machine: bool
    fingerprint: str  # as `device show` gives it; "" when this machine's key cannot be read
    key_error: DeskAppError | None  # why it cannot (no keyring)
    trusted: str  # the trusted owner key's fingerprint, without spaces; "" for none
    has_passphrase: bool
    machines: tuple[KnownMachine, ...]


def read_view(services: Services) -> RecordSyncView:
    """Everything the section shows (in the background: the machine's key comes from the keyring)."""
    settings, records = services.settings, services.records
    try:
        fingerprint, key_error = records.device().fingerprint, None
    except DeskAppError as error:
        fingerprint, key_error = "", error
    return RecordSyncView(
        tuple(account.name for account in services.sync.syncable_accounts()), settings.record_sync_account,
        settings.record_sync_folder, records.is_owner_machine(), fingerprint, key_error,
        settings.trusted_owner_fingerprint, services.owner.has_passphrase(), tuple(records.devices()),
    )


class RecordsSection(InstantSection):
    """The account and the folder are saved as they change; making this the owner's machine and
    trusting the owner's key run in the background, their outcome shown under the fields.

    Signals: those of `InstantSection`; `setting_saved("device_role")` after this machine became
    the owner's (the owner's passphrase may have been set with it), `setting_saved(
    "trusted_owner_fingerprint")` after an owner key was trusted.
    """

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record sync"), services.settings, runner, parent)
        self.setObjectName("recordSyncSettings")
        self.message.setObjectName("recordSyncMessage")
        self._services = services
        self._view: RecordSyncView | None = None
        self.dialog: TrustOwnerDialog | OwnerPassphraseDialog | PassphraseDialog | None = None
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        self.account = QComboBox()
        self.account.setObjectName("recordSyncAccount")
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account)
        account_row.addStretch(1)
        self.folder = QLineEdit()
        self.folder.setObjectName("recordSyncFolder")

        self.role = QLabel()
        self.role.setObjectName("machineRole")
        self.make_owner_button = QPushButton(self.tr("Make This the Owner's Machine…"))
        self.make_owner_button.setObjectName("makeOwnerButton")
        role_row = QHBoxLayout()
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.make_owner_button)
        self.role_note = self.note("")
        self.role_note.setObjectName("machineRoleNote")

        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("machineFingerprint")
        self.fingerprint.setFont(self._mono)
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyFingerprintButton")
        self.copy_button.setToolTip(self.tr("Copy the fingerprint"))
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint, 1)
        fingerprint_row.addWidget(self.copy_button)
        self.fingerprint_note = self.note("")
        self.fingerprint_note.setObjectName("machineFingerprintNote")
        self.fingerprint_note.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trusted = QLabel()
        self.trusted.setObjectName("trustedOwnerKey")
        self.trusted.setWordWrap(True)
        self.trusted.setTextFormat(Qt.TextFormat.PlainText)
        self.trusted.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_button = QPushButton(self.tr("Trust Owner Key…"))
        self.trust_button.setObjectName("trustOwnerButton")
        self.trusted_row = QWidget()
        trusted_layout = QHBoxLayout(self.trusted_row)
        trusted_layout.setContentsMargins(0, 0, 0, 0)
        trusted_layout.addWidget(self.trusted, 1)
        trusted_layout.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignTop)

        self.machines = KnownMachinesTable(tz)
        self.machines_note = self.note(self.tr("No other machine has sent changes yet."))
        self.machines_note.setObjectName("noKnownMachines")
        machines_box = QVBoxLayout()
        machines_box.addWidget(self.machines_note)
        machines_box.addWidget(self.machines)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_note = self.note(self.tr(
            "Cases, calls, statements and the other records travel between the shop's machines as messages"
            " in this folder of the account's mailbox. It is created when missing and never listed with your"
            " mail. Every machine of the shop uses the same server and folder."))
        self.form.addRow(self.tr("Account:"), account_row)
        self.form.addRow(self.tr("Folder:"), self._with_note(folder_row, folder_note))
        self.form.addRow(self.tr("This machine:"), self._with_note(role_row, self.role_note))
        self.form.addRow(self.tr("Key fingerprint:"), self._with_note(fingerprint_row, self.fingerprint_note))
        self.form.addRow(self.tr("Owner's key:"), self.trusted_row)
        self.form.addRow(self.tr("Other machines:"), machines_box)
        self.finish_form()
        self._connect_signals()

    @staticmethod
    def note(text: str) -> QLabel:
        """A note as wide as the fields: these change their text, and a narrow one wraps badly."""
        label = InstantSection.note(text)
        policy = label.sizePolicy()  # keeps the height-for-width that word wrap set
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        label.setSizePolicy(policy)
        return label

    @staticmethod
    def _with_note(row: QHBoxLayout, note: QLabel) -> QVBoxLayout:
        """A field and its note in one cell: QFormLayout gives a wrapped label of a row of its own the
        height of its size hint, not the height its width needs (blank lines at full width)."""
        box = QVBoxLayout()
        box.addLayout(row)
        box.addWidget(note)
        return box

    def _connect_signals(self) -> None:
        self.account.activated.connect(self._on_account_activated)
        self.folder.editingFinished.connect(self._on_folder_editing_finished)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.make_owner_button.clicked.connect(self._on_make_owner_button_clicked)
        self.trust_button.clicked.connect(self._on_trust_button_clicked)

    # -- showing what is stored ------------------------------------------------------------------

    def _read(self) -> None:
        services = self._services
        self._runner.run(lambda: read_view(services), self._loaded, self._work_failed, owner=self)

    def refresh_machines(self) -> None:
        """Re-read the other machines (after a sync pass brought change sets)."""
        self._runner.run(self._services.records.devices, self._machines_loaded, owner=self)

    def _loaded(self, view: RecordSyncView) -> None:
        self._view = view
        self._show_accounts(view)
        self.folder.setText(view.folder)
        self._show_role(view)
        self._show_fingerprint(view)
        self._show_trusted(view)
        self._machines_loaded(list(view.machines))

    def _show_accounts(self, view: RecordSyncView) -> None:
        self.account.blockSignals(True)
        self.account.clear()
        first = view.accounts[0] if view.accounts else self.tr("none yet")
        self.account.addItem(self.tr("First account ({account})").format(account=first), "")
        for name in view.accounts:
            self.account.addItem(name, name)
        if view.account and view.account not in view.accounts:
            self.account.addItem(self.tr("{account} (not on this machine)").format(account=view.account),
                                 view.account)
        self.account.setCurrentIndex(max(self.account.findData(view.account), 0))
        self.account.blockSignals(False)

    def _show_role(self, view: RecordSyncView) -> None:
        self.role.setText(role_label("owner" if view.owner_machine else "agent"))
        self.make_owner_button.setVisible(not view.owner_machine)
        self.make_owner_button.setEnabled(not view.trusted)
        if view.owner_machine:
            note = self.tr("Rates, approvals, send-backs and paid marks made here are signed with the owner's key"
                           " (once the owner's passphrase was given in this session).")
        elif view.trusted:
            note = self.tr("This machine trusts an owner's machine, and a shop has only one: the owner's steps"
                           " are taken there.")
        else:
            note = self.tr("Make this the owner's machine only on the computer where the owner reviews and"
                           " approves the statements.")
        self.role_note.setText(note)
        self.make_owner_button.setToolTip(note if view.trusted else "")

    def _show_fingerprint(self, view: RecordSyncView) -> None:
        self.fingerprint.setText(view.fingerprint or "—")
        self.copy_button.setEnabled(bool(view.fingerprint))
        if view.key_error is not None:
            note = self._error_text(view.key_error)
        elif view.owner_machine:
            note = self.tr("Agents' machines trust this machine with: owner trust {fingerprint}\n(or with Trust"
                           " Owner Key… in these settings on their machine)").format(fingerprint=view.fingerprint)
        else:
            note = self.tr("This machine signs the changes it sends with this key.")
        self.fingerprint_note.setText(note)
        self.fingerprint_note.setStyleSheet(f"color: {ERROR_COLOR};" if view.key_error is not None else "")

    def _show_trusted(self, view: RecordSyncView) -> None:
        self.form.setRowVisible(self.trusted_row, not view.owner_machine)
        if view.trusted:
            self.trusted.setText(grouped_fingerprint(view.trusted))
            self.trusted.setFont(self._mono)
        else:
            self.trusted.setText(self.tr("none yet — owner-only changes (rates, approvals) are held until you"
                                         " trust the owner's key"))
            self.trusted.setFont(self.font())
        self.trust_button.setEnabled(True)

    def _machines_loaded(self, machines: list[KnownMachine]) -> None:
        self.machines.show_machines(machines)
        self.machines.setVisible(bool(machines))
        self.machines_note.setVisible(not machines)

    # -- account and folder ----------------------------------------------------------------------

    @Slot(int)
    def _on_account_activated(self, _index: int) -> None:
        self._save("record_sync_account", str(self.account.currentData()))

    @Slot()
    def _on_folder_editing_finished(self) -> None:
        if self._view is None:
            return
        folder = self.folder.text().strip()
        if folder == self._view.folder:
            return
        if not folder:
            self._show_message(self.tr("Enter the name of the sync folder."), error=True)
            self.folder.setText(self._view.folder)
            return
        self._view = replace(self._view, folder=folder)
        self._save("record_sync_folder", folder)

    # -- this machine ----------------------------------------------------------------------------

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint.text())
        self._show_message(self.tr("Fingerprint copied."), error=False)

    @Slot()
    def _on_make_owner_button_clicked(self) -> None:
        self._show_message("", error=False)
        if self._view is not None and self._view.has_passphrase:
            dialog: OwnerPassphraseDialog | PassphraseDialog = PassphraseDialog(
                self.tr("The owner's key is sealed by the owner's passphrase: enter it."), "", self)
            dialog.passphrase_entered.connect(self._on_dialog_passphrase_entered)
        else:
            dialog = OwnerPassphraseDialog(False, self, intro=self.tr(
                "This machine gets the owner's signing key: rates, approvals, send-backs and paid marks made"
                " here are signed with it, and the agents' machines that trust it accept them. The key is kept"
                " in this system's keyring, sealed by the owner's passphrase."))
            dialog.passphrase_chosen.connect(self._on_dialog_passphrase_chosen)
        self._open(dialog)

    @Slot(str, object)
    def _on_dialog_passphrase_chosen(self, new: str, _current: object) -> None:
        self._make_owner(new)

    @Slot(str)
    def _on_dialog_passphrase_entered(self, passphrase: str) -> None:
        self._make_owner(passphrase)

    def _make_owner(self, passphrase: str) -> None:
        records = self._services.records
        self.make_owner_button.setEnabled(False)
        self._show_message(self.tr("Making the owner's key…"), error=False)
        self._runner.run(lambda: records.owner_init(passphrase), self._owner_made, self._work_failed, owner=self)

    def _owner_made(self, fingerprint: str) -> None:
        self._show_message(self.tr("This is the owner's machine now. Agents' machines trust it with: owner trust"
                                   " {fingerprint}").format(fingerprint=fingerprint), error=False)
        self.setting_saved.emit("device_role")
        self._read()

    @Slot()
    def _on_trust_button_clicked(self) -> None:
        self._show_message("", error=False)
        dialog = TrustOwnerDialog(self)
        dialog.fingerprint_entered.connect(self._on_dialog_fingerprint_entered)
        self._open(dialog)

    @Slot(str)
    def _on_dialog_fingerprint_entered(self, fingerprint: str) -> None:
        records = self._services.records
        self.trust_button.setEnabled(False)
        self._runner.run(lambda: records.trust_owner(fingerprint), self._owner_trusted, self._work_failed,
                         owner=self)

    def _owner_trusted(self, applied: int) -> None:
        if applied:
            text = self.tr("Owner's key trusted. %n change set(s) held for it were applied.", "", applied)
        else:
            text = self.tr("Owner's key trusted. No change set was waiting for it.")
        self._show_message(text, error=False)
        self.setting_saved.emit("trusted_owner_fingerprint")
        self._read()

    def _work_failed(self, error: BaseException) -> None:
        self._show_message(self._error_text(error), error=True)
        if self._view is not None:
            self._loaded(self._view)  # the buttons as they were

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, DeskAppError) and error.code is ErrorCode.NO_KEYRING:
            return self.tr(
                "This machine's signing key must be kept in a password store (keyring: Secret Service, KWallet,"
                " the macOS Keychain or the Windows Credential Manager), and none was found. desk_app never"
                " keeps keys in plain text; without one, records do not sync with the shop's other machines.")
        return error_text(error)

    def _open(self, dialog: TrustOwnerDialog | OwnerPassphraseDialog | PassphraseDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
