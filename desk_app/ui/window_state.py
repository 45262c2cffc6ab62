"""Remembering window geometry, window state and splitter/header layouts in Qt's INI file.

Kept apart from preferences (which live in the db): this is per machine and per screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QAbstractButton, QMainWindow


class HasState(Protocol):
    """A splitter or a header view: anything with saveState/restoreState."""

    def saveState(self) -> QByteArray: ...

    def restoreState(self, state: QByteArray | bytes) -> bool: ...


class CheckMemory:
    """A check box's state as a layout part (e.g. the Inbox's "Group by conversation")."""

    def __init__(self, button: QAbstractButton) -> None:
        self._button = button

    def saveState(self) -> QByteArray:
        return QByteArray(b"1" if self._button.isChecked() else b"0")

    def restoreState(self, state: QByteArray | bytes) -> bool:
        value = bytes(state)
        if value not in (b"0", b"1"):
            return False
        self._button.setChecked(value == b"1")
        return True


class WindowStateStore:
    """Reads and writes one window's layout to `paths.settings_file` (INI format)."""

    def __init__(self, file: Path) -> None:
        self._settings = QSettings(str(file), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow, parts: dict[str, HasState]) -> None:
        """Apply what was saved; anything missing or unreadable keeps its default."""
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            window.restoreGeometry(geometry)
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            window.restoreState(state)
        for key, part in parts.items():
            saved = self._settings.value(f"layout/{key}")
            if isinstance(saved, QByteArray) and not saved.isEmpty():
                part.restoreState(saved)

    def save(self, window: QMainWindow, parts: dict[str, HasState]) -> None:
        """Write the current layout and flush it to disk."""
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())
        for key, part in parts.items():
            self._settings.setValue(f"layout/{key}", part.saveState())
        self._settings.sync()
