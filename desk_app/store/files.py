"""Owner-only files: the db and its backups hold customers' personal data."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

BACKUPS_KEPT = 5
SQLITE_HEADER = b"SQLite format 3\x00"


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0600 on POSIX)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def make_private(path: Path) -> None:
    """Tighten an existing file to 0600 (a no-op where POSIX modes do not apply)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def backup_database(db_file: Path, backup_dir: Path, label: str, keep: int = BACKUPS_KEPT) -> Path:
    """Copy the db (consistently, via SQLite's backup API) to a timestamped file; keep the last `keep`."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(backup_dir, 0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"{db_file.stem}-{stamp}-{label}.db"
    create_private_file(target)
    source = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    prune_backups(backup_dir, db_file.stem, keep)
    return target


def prune_backups(backup_dir: Path, stem: str, keep: int) -> None:
    """Delete all but the newest `keep` backups of the db named `stem`."""
    backups = sorted(backup_dir.glob(f"{stem}-*.db"))
    for old in backups[:-keep] if keep else backups:
        old.unlink()
