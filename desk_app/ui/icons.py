"""Icons from resources/icons (small SVGs of our own), looked up by name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desk_app.paths import AppPaths


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`; an empty icon when the file is missing."""
    path = AppPaths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
