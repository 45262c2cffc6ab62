"""Noticing while the app runs that the owner changed a file in the manual folder."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

SETTLE_MS = 300  # an editor's save is several events (write, rename, chmod): one reload for them


class FolderWatch(QObject):
    """Watches the paths it is given (folders and files) and says once when they settle after a
    change. Editors often save by replacing the file, which ends its watch: the page hands the
    fresh list of paths back with `watch` after every reload.

    Signals:
        changed(): something in the watched folders or files changed.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._watcher.directoryChanged.connect(self._on_watcher_path_changed)
        self._watcher.fileChanged.connect(self._on_watcher_path_changed)
        self._settle.timeout.connect(self.changed)

    def watch(self, paths: Sequence[str]) -> None:
        """Watch exactly `paths` from now on (none: nothing)."""
        wanted = set(paths)
        current = set(self._watcher.files()) | set(self._watcher.directories())
        if current - wanted:
            self._watcher.removePaths(sorted(current - wanted))
        if wanted - current:
            self._watcher.addPaths(sorted(wanted - current))

    def watched(self) -> list[str]:
        return sorted(self._watcher.files() + self._watcher.directories())

    @Slot(str)
    def _on_watcher_path_changed(self, _path: str) -> None:
        self._settle.start()
