"""The Settings page's Cases section: automatic cases for new threads, and when the recurrence-
prevention report calls a problem a repeat."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSpinBox, QWidget

from desk_app.services.settings import Settings
from desk_app.ui.runner import Runner
from desk_app.ui.settings.instant_section import InstantSection

MAX_REPEATS = 99


@dataclass(frozen=True)
class CasePreferences:
    """The case settings, read together in the background."""

    auto_case_new_threads: bool
    prevention_repeat_threshold: int


class CasesSection(InstantSection):
    """Automatic cases and the repeat threshold; each change is saved at once."""

    def __init__(self, settings: Settings, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cases"), settings, runner, parent)
        self.setObjectName("casesSettings")
        self.message.setObjectName("casesSettingsMessage")
        self.auto_case = QCheckBox(self.tr("Open a case for every new mail thread in the Inbox"))
        self.auto_case.setObjectName("autoCaseNewThreads")
        self.auto_case.setToolTip(self.tr(
            "A new mail that joins no open case becomes a case of its own as it arrives"))
        self.repeats = QSpinBox()
        self.repeats.setObjectName("preventionRepeatThreshold")
        self.repeats.setRange(1, MAX_REPEATS)
        self.repeats.setSuffix(self.tr(" times"))
        self.repeats.setKeyboardTracking(False)  # typing "12" saves 12, not 1 and then 12
        repeats_note = self.note(self.tr(
            "The recurrence-prevention report marks a claim as a repeat when its category and product"
            " came up more often than this within 30 days."
        ))
        repeats_row = QHBoxLayout()
        repeats_row.addWidget(self.repeats)
        repeats_row.addStretch(1)
        self.form.addRow(self.tr("New mail:"), self.auto_case)
        self.form.addRow(self.tr("Repeat after more than:"), repeats_row)
        self.form.addRow("", repeats_note)
        self.finish_form()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.auto_case.toggled.connect(self._on_auto_case_toggled)
        self.repeats.valueChanged.connect(self._on_repeats_value_changed)

    def _read(self) -> None:
        settings = self._settings
        self._runner.run(
            lambda: CasePreferences(settings.auto_case_new_threads, settings.prevention_repeat_threshold),
            self._loaded, owner=self,
        )

    def _loaded(self, prefs: CasePreferences) -> None:
        for widget in (self.auto_case, self.repeats):
            widget.blockSignals(True)
        self.auto_case.setChecked(prefs.auto_case_new_threads)
        self.repeats.setValue(prefs.prevention_repeat_threshold)
        for widget in (self.auto_case, self.repeats):
            widget.blockSignals(False)

    @Slot(bool)
    def _on_auto_case_toggled(self, checked: bool) -> None:
        self._save("auto_case_new_threads", checked)

    @Slot(int)
    def _on_repeats_value_changed(self, value: int) -> None:
        self._save("prevention_repeat_threshold", value)
