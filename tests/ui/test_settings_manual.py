"""Settings → Manual: choosing and clearing the owner's manual folder, and the Manual page following."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from desk_app.ui.main_window import MainWindow
from desk_app.ui.runner import SyncRunner
from desk_app.ui.settings.manual_section import ManualSection

OWN = "---\ntitle: Our own rules\norder: 1\n---\n# Our own rules\n\n- [ ] Check the mail first thing\n"


def test_the_folder_is_chosen_in_a_dialog_and_cleared(qtbot, services, tmp_path: Path, english):
    section = ManualSection(services.settings, SyncRunner())
    qtbot.addWidget(section)
    section.reload()
    assert section.folder.text() == "" and not section.clear_button.isEnabled()
    section.choose_button.click()
    dialog = section.dialog
    assert isinstance(dialog, QFileDialog) and dialog.fileMode() == QFileDialog.FileMode.Directory
    with qtbot.waitSignal(section.setting_saved) as saved:
        dialog.fileSelected.emit(str(tmp_path))
    dialog.reject()
    assert saved.args == ["manual_folder"]
    assert services.settings.manual_folder == str(tmp_path)
    assert section.folder.text() == str(tmp_path) and section.clear_button.isEnabled()
    section.clear_button.click()
    assert services.settings.manual_folder == ""
    assert section.folder.text() == ""


def test_choosing_a_folder_in_settings_brings_its_sections_into_the_manual(qtbot, services, tmp_path, english):
    (tmp_path / "our-rules.md").write_text(OWN, encoding="utf-8")
    window = MainWindow(services, SyncRunner(), remember_state=False)
    qtbot.addWidget(window)
    window.reload_all()
    assert "our-rules" not in window.manual.side.toc.places()
    window.settings_page.manual.set_folder(str(tmp_path))
    assert window.manual.side.toc.places()[0] == "our-rules"
    assert str(tmp_path) in window.manual.watch.watched()
    window.settings_page.manual.clear_button.click()
    assert "our-rules" not in window.manual.side.toc.places()
    assert window.manual.watch.watched() == []
