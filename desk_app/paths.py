"""Every file location the app uses, from one place.

`DESK_APP_HOME` redirects everything (db, backups, settings, logs) into one folder, which is what
tests and a portable build use; `--db` / `DESK_APP_DB` pick the database file alone.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desk_app import APP_NAME, ORGANIZATION

DB_FILENAME = "desk_app.db"


def _source_root() -> Path:
    """The folder that holds resources/ and i18n/: the bundle when frozen, else the checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class AppPaths:
    """Resolved locations of the app's data and bundled files."""

    data_dir: Path
    db_file: Path

    @property
    def backup_dir(self) -> Path:
        """Where timestamped db copies go before a migration: beside the db it protects."""
        return self.db_file.parent / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        """Qt's INI file for window geometry and splitter state (not preferences, not secrets)."""
        return self.data_dir / "window-state.ini"

    @staticmethod
    def resources_dir() -> Path:
        return _source_root() / "resources"

    @staticmethod
    def translations_dir() -> Path:
        return _source_root() / "i18n"


def resolve_paths(db_option: str | None = None, env: dict[str, str] | None = None) -> AppPaths:
    """Resolve paths from `--db`, then `DESK_APP_DB`, then `DESK_APP_HOME`, then the platform."""
    env = os.environ if env is None else env
    home = env.get("DESK_APP_HOME")
    if home:
        data_dir = Path(home).expanduser()
    else:
        data_dir = Path(platformdirs.user_data_dir(APP_NAME, ORGANIZATION))
    db = db_option or env.get("DESK_APP_DB")
    db_file = Path(db).expanduser() if db else data_dir / DB_FILENAME
    return AppPaths(data_dir=data_dir, db_file=db_file.absolute())
