"""The Settings page: language, agent name and shop name; cases; mail checking; the mail accounts;
the reply templates; the owner's manual folder; the owner's passphrase, owner mode, the record sync
between the shop's machines and the rate cards."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.errors import DeskAppError
from desk_app.services.context import Services
from desk_app.ui import formatting
from desk_app.ui.runner import Runner
from desk_app.ui.settings.accounts_panel import AccountsPanel
from desk_app.ui.settings.cases_section import CasesSection
from desk_app.ui.settings.mail_section import MailSection
from desk_app.ui.settings.manual_section import ManualSection
from desk_app.ui.settings.owner_section import OwnerSection
from desk_app.ui.settings.rates_section import RatesSection
from desk_app.ui.settings.records_section import RecordsSection
from desk_app.ui.settings.templates_panel import TemplatesPanel
from desk_app.ui.statements.owner_mode import OwnerMode
from desk_app.ui.widgets.list_page import PageHeading

ERROR_COLOR = "#c0392b"
BODY_WIDTH = 860


@dataclass(frozen=True)
class Preferences:
    """The values the page edits, read together in the background."""

    language: str
    agent_name: str
    shop_name: str


class SettingsPage(QWidget):
    """Edits the preferences (Save writes them; errors show under the form), the case settings
    (saved as they change), the mail accounts and the reply templates; the page scrolls when the
    window is short.

    Signals:
        settings_saved(): the preferences were written.
        accounts_changed(): an account was added or edited.
        sync_interval_changed(): how often the background sync runs was changed.
        manual_folder_changed(): the owner's manual folder was chosen or cleared.
    """

    settings_saved = Signal()
    accounts_changed = Signal()
    sync_interval_changed = Signal()
    manual_folder_changed = Signal()

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None, *,
                 owner_mode: OwnerMode | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self.heading = PageHeading(self.tr("Settings"))

        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "")
        # Each language is named in itself, so anyone can find their own.
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        language_note = self._note(self.tr("A new language applies the next time desk_app starts."))

        self.agent_name = QLineEdit()
        self.agent_name.setPlaceholderText(self.tr("Your name as the owner sees it on statements"))
        self.shop_name = QLineEdit()
        self.shop_name.setPlaceholderText(self.tr("The shop you answer for"))

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.setContentsMargins(16, 16, 16, 16)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", language_note)
        form.addRow(self.tr("Agent name:"), self.agent_name)
        form.addRow(self.tr("Shop name:"), self.shop_name)

        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)

        body = QWidget()
        body.setMaximumWidth(BODY_WIDTH)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(16, 0, 16, 16)
        body_layout.setSpacing(12)
        body_layout.addWidget(general)
        body_layout.addLayout(buttons)
        self.cases = CasesSection(services.settings, runner)
        body_layout.addWidget(self.cases)
        self.mail = MailSection(services.settings, runner)
        body_layout.addWidget(self.mail)
        self.accounts = AccountsPanel(services, runner, formatting.zone(services.settings.timezone))
        body_layout.addWidget(self.accounts)
        self.templates = TemplatesPanel(services, runner)
        body_layout.addWidget(self.templates)
        self.manual = ManualSection(services.settings, runner)
        body_layout.addWidget(self.manual)
        # Owner mode lasts the session: the window shares one with the Statements page.
        owner_mode = owner_mode if owner_mode is not None else OwnerMode(self)
        self.owner = OwnerSection(services.settings, services.owner, owner_mode, runner)
        body_layout.addWidget(self.owner)
        self.records = RecordsSection(services, runner, formatting.zone(services.settings.timezone))
        body_layout.addWidget(self.records)
        self.rates = RatesSection(services, runner, owner_mode)
        body_layout.addWidget(self.rates)

        content = QWidget()
        content.setObjectName("settingsContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(body, 1)
        row.addStretch(0)
        content_layout.addLayout(row)
        content_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("settingsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        self._connect_signals()

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.agent_name.textEdited.connect(self._on_field_edited)
        self.shop_name.textEdited.connect(self._on_field_edited)
        self.language.activated.connect(self._on_field_edited)
        self.accounts.accounts_changed.connect(self.accounts_changed)
        self.mail.setting_saved.connect(self._on_mail_setting_saved)
        self.manual.setting_saved.connect(self.manual_folder_changed)
        self.records.setting_saved.connect(self._on_records_setting_saved)

    def reload(self) -> None:
        """Read the stored preferences into the form."""
        settings = self._services.settings
        self._runner.run(
            lambda: Preferences(settings.language, settings.agent_name, settings.shop_name),
            self._preferences_loaded,
            owner=self,
        )
        self.cases.reload()
        self.mail.reload()
        self.accounts.reload()
        self.templates.reload()
        self.manual.reload()
        self.owner.reload()
        self.records.reload()
        self.rates.reload()

    def state_parts(self) -> dict[str, object]:
        return {}

    def _preferences_loaded(self, prefs: Preferences) -> None:
        index = self.language.findData(prefs.language)
        self.language.setCurrentIndex(max(index, 0))
        self.agent_name.setText(prefs.agent_name)
        self.shop_name.setText(prefs.shop_name)
        self._show_message("", error=False)

    def _validate(self) -> str | None:
        if not self.agent_name.text().strip():
            return self.tr("Enter the agent name: statements are made out to it.")
        return None

    @Slot()
    def _on_save_button_clicked(self) -> None:
        problem = self._validate()
        if problem:
            self._show_message(problem, error=True)
            self.agent_name.setFocus()
            return
        prefs = Preferences(
            str(self.language.currentData()), self.agent_name.text().strip(), self.shop_name.text().strip()
        )
        settings = self._services.settings

        def save() -> None:
            settings.set("language", prefs.language)
            settings.set("agent_name", prefs.agent_name)
            settings.set("shop_name", prefs.shop_name)

        self.save_button.setEnabled(False)
        self._runner.run(save, self._saved, self._save_failed, owner=self)

    @Slot(str)
    def _on_mail_setting_saved(self, _name: str) -> None:
        self.sync_interval_changed.emit()

    @Slot(str)
    def _on_records_setting_saved(self, name: str) -> None:
        if name == "device_role":
            self.owner.reload()  # making the owner's machine may have set the owner's passphrase

    @Slot()
    def _on_field_edited(self) -> None:
        self._show_message("", error=False)

    def _saved(self, _result: object) -> None:
        self.save_button.setEnabled(True)
        self._show_message(self.tr("Saved."), error=False)
        self.settings_saved.emit()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, DeskAppError):
            self._show_message(self.tr("This value cannot be saved: {detail}").format(detail=error.detail), error=True)
        else:
            self._show_message(self.tr("Saving failed: {error}").format(error=error), error=True)

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.message.setProperty("error", error)
