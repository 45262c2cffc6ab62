"""The Settings page's Mail section: how often the background sync looks for new mail where the
server cannot announce it (without IDLE), and how often it runs a full pass anyway."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget

from desk_app.services.settings import Settings
from desk_app.ui.runner import Runner
from desk_app.ui.settings.instant_section import InstantSection

MAX_MINUTES = 240


class MailSection(InstantSection):
    """The sync interval; saved at once, and the running sync picks it up (`setting_saved`)."""

    def __init__(self, settings: Settings, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mail"), settings, runner, parent)
        self.setObjectName("mailSettings")
        self.message.setObjectName("mailSettingsMessage")
        self.interval = QSpinBox()
        self.interval.setObjectName("syncIntervalMinutes")
        self.interval.setRange(1, MAX_MINUTES)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setKeyboardTracking(False)
        row = QHBoxLayout()
        row.addWidget(self.interval)
        row.addStretch(1)
        self.form.addRow(self.tr("Check for mail every:"), row)
        self.form.addRow("", self.note(self.tr(
            "New mail in the Inbox usually arrives at once (the server tells desk_app); this is how"
            " often every folder is checked as well, and the Inbox on servers that cannot tell."
        )))
        self.finish_form()
        self.interval.valueChanged.connect(self._on_interval_value_changed)

    def _read(self) -> None:
        settings = self._settings
        self._runner.run(lambda: settings.sync_interval_minutes, self._loaded, owner=self)

    def _loaded(self, minutes: int) -> None:
        self.interval.blockSignals(True)
        self.interval.setValue(minutes)
        self.interval.blockSignals(False)

    @Slot(int)
    def _on_interval_value_changed(self, minutes: int) -> None:
        self._save("sync_interval_minutes", minutes)
