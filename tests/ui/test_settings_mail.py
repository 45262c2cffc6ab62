"""Settings → Mail: the sync interval is saved as it changes and the running sync is told."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.ui.runner import SyncRunner
from desk_app.ui.settings.page import SettingsPage


def test_the_sync_interval_is_saved_at_once_and_announced(qtbot, services, english) -> None:
    page = SettingsPage(services, SyncRunner())
    qtbot.addWidget(page)
    page.reload()
    spin = page.mail.interval
    assert spin.value() == services.settings.sync_interval_minutes == 5
    spin.setFocus()
    with qtbot.waitSignal(page.sync_interval_changed, timeout=2000):
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, "15")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert services.settings.sync_interval_minutes == 15
    assert page.mail.message.text() == "Saved."

    again = SettingsPage(services, SyncRunner())
    qtbot.addWidget(again)
    again.reload()
    assert again.mail.interval.value() == 15
    assert again.mail.interval.minimum() == 1 and again.mail.interval.maximum() == 240
