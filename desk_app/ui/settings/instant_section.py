"""A Settings section whose fields are saved the moment they change (no Save button)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from desk_app.core.errors import DeskAppError
from desk_app.services.settings import Settings
from desk_app.ui.runner import Runner

ERROR_COLOR = "#c0392b"


class InstantSection(QGroupBox):
    """Each change is written in the background at once; a refused value shows under the fields
    and the field goes back to what is stored. Subclasses add their rows to `form`, then call
    `finish_form()`, and implement `_read()`.

    Signals:
        setting_saved(str): the name of the setting just written.
    """

    setting_saved = Signal(str)

    def __init__(self, title: str, settings: Settings, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._settings = settings
        self._runner = runner
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(16, 16, 16, 16)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def finish_form(self) -> None:
        """Put the message line under the rows the subclass added."""
        self.form.addRow("", self.message)
        self.message.setVisible(False)

    @staticmethod
    def note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def reload(self) -> None:
        """Read the stored values into the fields."""
        self._show_message("", error=False)
        self._read()

    def _read(self) -> None:
        raise NotImplementedError

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
