"""The Settings page's Cases section: automatic cases for new threads, and when the recurrence-
prevention report calls a problem a repeat."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from desk_app.core.errors import DeskAppError
from desk_app.services.settings import Settings
from desk_app.ui.runner import Runner

ERROR_COLOR = "#c0392b"
MAX_REPEATS = 99


@dataclass(frozen=True)
class CasePreferences:
    """The case settings, read together in the background."""

    auto_case_new_threads: bool
    prevention_repeat_threshold: int


class CasesSection(QGroupBox):
    """Each change is saved at once (no Save button); a refused value shows under the fields.

    Signals:
        setting_saved(str): the name of the setting just written.
    """

    setting_saved = Signal(str)

    def __init__(self, settings: Settings, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cases"), parent)
        self.setObjectName("casesSettings")
        self._settings = settings
        self._runner = runner
        self.auto_case = QCheckBox(self.tr("Open a case for every new mail thread in the Inbox"))
        self.auto_case.setObjectName("autoCaseNewThreads")
        self.auto_case.setToolTip(self.tr(
            "A new mail that joins no open case becomes a case of its own as it arrives"))
        self.repeats = QSpinBox()
        self.repeats.setObjectName("preventionRepeatThreshold")
        self.repeats.setRange(1, MAX_REPEATS)
        self.repeats.setSuffix(self.tr(" times"))
        self.repeats.setKeyboardTracking(False)  # typing "12" saves 12, not 1 and then 12
        repeats_note = self._note(self.tr(
            "The recurrence-prevention report marks a claim as a repeat when its category and product"
            " came up more often than this within 30 days."
        ))
        self.message = QLabel()
        self.message.setObjectName("casesSettingsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        repeats_row = QHBoxLayout()
        repeats_row.addWidget(self.repeats)
        repeats_row.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(16, 16, 16, 16)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("New mail:"), self.auto_case)
        form.addRow(self.tr("Repeat after more than:"), repeats_row)
        form.addRow("", repeats_note)
        form.addRow("", self.message)
        self._connect_signals()

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _connect_signals(self) -> None:
        self.auto_case.toggled.connect(self._on_auto_case_toggled)
        self.repeats.valueChanged.connect(self._on_repeats_value_changed)

    def reload(self) -> None:
        """Read the stored values into the fields."""
        self._show_message("", error=False)
        self._read()

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

    def _save(self, name: str, value: Any) -> None:
        settings = self._settings
        self._runner.run(lambda: settings.set(name, value), lambda _none: self._saved(name), self._save_failed,
                         owner=self)

    def _saved(self, name: str) -> None:
        self._show_message(self.tr("Saved."), error=False)
        self.setting_saved.emit(name)

    def _save_failed(self, error: BaseException) -> None:
        detail = error.detail if isinstance(error, DeskAppError) else str(error)
        self._show_message(self.tr("This value cannot be saved: {detail}").format(detail=detail), error=True)
        self._read()  # back to what is stored

    def _show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    @Slot(bool)
    def _on_auto_case_toggled(self, checked: bool) -> None:
        self._save("auto_case_new_threads", checked)

    @Slot(int)
    def _on_repeats_value_changed(self, value: int) -> None:
        self._save("prevention_repeat_threshold", value)
