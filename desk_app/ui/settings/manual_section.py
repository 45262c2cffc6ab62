"""The Settings page's Manual section: the owner's folder of Markdown files that replace or extend
the bundled claim-handling manual."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desk_app.services.settings import Settings
from desk_app.ui.runner import Runner
from desk_app.ui.settings.instant_section import InstantSection


class ManualSection(InstantSection):
    """Choose or clear the owner's manual folder; saved at once (`setting_saved("manual_folder")`),
    and the Manual page watches the new folder."""

    def __init__(self, settings: Settings, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Manual"), settings, runner, parent)
        self.setObjectName("manualSettings")
        self.message.setObjectName("manualSettingsMessage")
        self.folder = QLineEdit()
        self.folder.setObjectName("manualFolder")
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("None: the bundled manual only"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("manualFolderChoose")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("manualFolderClear")
        self.clear_button.setToolTip(self.tr("Use the bundled manual only"))
        self.dialog: QFileDialog | None = None
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        self.form.addRow(self.tr("Your own sections:"), row)
        self.form.addRow("", self.note(self.tr(
            "Markdown files in this folder replace the bundled sections of the same file name or add new"
            " ones; a sub-folder ja or en holds sections for one language only. Changes show in the Manual"
            " at once, and a file that cannot be read is listed there with the reason."
        )))
        self.finish_form()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def set_folder(self, folder: str) -> None:
        """Use `folder` ("" for none) and save it, as choosing it in the dialog does."""
        self.folder.setText(folder)
        self.clear_button.setEnabled(bool(folder))
        self._save("manual_folder", folder)

    def _read(self) -> None:
        settings = self._settings
        self._runner.run(lambda: settings.manual_folder, self._loaded, owner=self)

    def _loaded(self, folder: str) -> None:
        self.folder.setText(folder)
        self.clear_button.setEnabled(bool(folder))

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        start = self.folder.text() if Path(self.folder.text()).is_dir() else QDir.homePath()
        dialog = QFileDialog(self, self.tr("Folder of your manual sections"), start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self._on_dialog_file_selected)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    @Slot(str)
    def _on_dialog_file_selected(self, folder: str) -> None:
        self.set_folder(str(Path(folder)))

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        self.set_folder("")
