"""The Settings page's Owner section: the owner's passphrase, and working as the owner on this
computer for the session."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.services.owner import OwnerService
from desk_app.services.settings import Settings
from desk_app.ui.runner import Runner
from desk_app.ui.settings.instant_section import InstantSection
from desk_app.ui.settings.owner_passphrase_dialog import OwnerPassphraseDialog
from desk_app.ui.statements.owner_mode import OwnerMode
from desk_app.ui.statements.passphrase_dialog import PassphraseDialog


class OwnerSection(InstantSection):
    """Set or change the passphrase; switch owner mode on (asking for the passphrase when one is
    set) or off. Owner mode is never stored: it ends with the session.

    Signals: those of `InstantSection` (unused: nothing here is a stored preference).
    """

    def __init__(self, settings: Settings, owner: OwnerService, mode: OwnerMode, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Owner"), settings, runner, parent)
        self.setObjectName("ownerSettings")
        self.message.setObjectName("ownerSettingsMessage")
        self._owner = owner
        self._mode = mode
        self._has_passphrase = False
        self.dialog: OwnerPassphraseDialog | PassphraseDialog | None = None
        self.passphrase_state = QLabel()
        self.passphrase_state.setObjectName("ownerPassphraseState")
        self.passphrase_button = QPushButton()
        self.passphrase_button.setObjectName("ownerPassphraseButton")
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase_state, 1)
        passphrase_row.addWidget(self.passphrase_button)
        self.switch = QCheckBox(self.tr("Work as the shop owner on this computer"))
        self.switch.setObjectName("ownerModeSwitch")
        self.form.addRow(self.tr("Passphrase:"), passphrase_row)
        self.form.addRow(self.tr("Owner mode:"), self.switch)
        self.form.addRow("", self.note(self.tr(
            "For this session only: desk_app forgets it when it closes. The Statements page then shows every"
            " agent's statements, with the owner's steps: approve, send back, mark paid, import bundles.")))
        self.finish_form()
        self._show_passphrase_state()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.passphrase_button.clicked.connect(self._on_passphrase_button_clicked)
        self.switch.toggled.connect(self._on_switch_toggled)
        self._mode.changed.connect(self._on_mode_changed)

    def _read(self) -> None:
        self._runner.run(self._owner.has_passphrase, self._loaded, owner=self)

    def _loaded(self, has_passphrase: bool) -> None:
        self._has_passphrase = has_passphrase
        self._show_passphrase_state()

    def _show_passphrase_state(self) -> None:
        if self._has_passphrase:
            self.passphrase_state.setText(self.tr("Set: the owner's steps ask for it."))
            self.passphrase_button.setText(self.tr("Change Passphrase…"))
        else:
            self.passphrase_state.setText(self.tr("Not set: anyone at this computer can take the owner's steps."))
            self.passphrase_button.setText(self.tr("Set Passphrase…"))
        self._set_switch(self._mode.is_active())

    def _set_switch(self, checked: bool) -> None:
        self.switch.blockSignals(True)
        self.switch.setChecked(checked)
        self.switch.blockSignals(False)

    # -- the passphrase ------------------------------------------------------------------------

    @Slot()
    def _on_passphrase_button_clicked(self) -> None:
        dialog = OwnerPassphraseDialog(self._has_passphrase, self)
        dialog.passphrase_chosen.connect(self._on_dialog_passphrase_chosen)
        self._open(dialog)

    @Slot(str, object)
    def _on_dialog_passphrase_chosen(self, new: str, current: str | None) -> None:
        owner = self._owner
        self._runner.run(lambda: owner.set_passphrase(new, current), lambda _none: self._passphrase_set(new),
                         self._passphrase_failed, owner=self)

    def _passphrase_set(self, new: str) -> None:
        self._mode.remember(new or None)
        self._has_passphrase = bool(new)
        self._show_passphrase_state()
        self._show_message(self.tr("Passphrase saved.") if new else self.tr("Passphrase removed."), error=False)

    def _passphrase_failed(self, error: BaseException) -> None:
        if isinstance(error, DeskAppError) and error.code in (ErrorCode.PASSPHRASE_WRONG,
                                                              ErrorCode.PASSPHRASE_REQUIRED):
            text = self.tr("Not changed: the current passphrase is not right.")
        elif isinstance(error, DeskAppError) and error.code is ErrorCode.INVALID_INPUT:
            text = self.tr("Not changed: {detail}").format(detail=error.detail)
        else:
            text = self.tr("Not changed: {error}").format(error=error)
        self._show_message(text, error=True)

    # -- owner mode ----------------------------------------------------------------------------

    @Slot(bool)
    def _on_switch_toggled(self, checked: bool) -> None:
        self._show_message("", error=False)
        if not checked:
            self._mode.leave()
            return
        self._set_switch(False)  # on once the passphrase is checked
        self._runner.run(self._owner.has_passphrase, self._ask_or_enter, owner=self)

    def _ask_or_enter(self, has_passphrase: bool, problem: str = "") -> None:
        self._has_passphrase = has_passphrase
        if not has_passphrase:
            self._mode.enter(None)
            self._show_message(self.tr("You work as the owner now. No passphrase guards the owner's steps: set"
                                       " one above."), error=False)
            return
        dialog = PassphraseDialog(self.tr("Working as the owner needs the owner's passphrase."), problem, self)
        dialog.passphrase_entered.connect(self._on_dialog_passphrase_entered)
        self._open(dialog)

    @Slot(str)
    def _on_dialog_passphrase_entered(self, passphrase: str) -> None:
        owner = self._owner
        self._runner.run(lambda: owner.verify(passphrase), lambda right: self._verified(passphrase, right),
                         owner=self)

    def _verified(self, passphrase: str, right: bool) -> None:
        if not right:
            self._ask_or_enter(True, self.tr("That is not the owner's passphrase."))
            return
        self._mode.enter(passphrase)
        self._show_message(self.tr("You work as the owner now, until desk_app closes."), error=False)

    @Slot(bool)
    def _on_mode_changed(self, active: bool) -> None:
        self._set_switch(active)

    def _open(self, dialog: OwnerPassphraseDialog | PassphraseDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
