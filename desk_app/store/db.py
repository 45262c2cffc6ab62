"""Opening the database: refuse what must not be touched, back up, migrate, then hand out sessions.

A db written by a newer version or a corrupt file is only ever opened read-only, so it is left
byte-for-byte as it was. Writes go through one lock (a single writer); readers use their own
sessions, which WAL makes safe alongside the writer.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.expression import Executable


from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.store import files

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000
CHECKPOINT_WAL_BYTES = 64 * 1024 * 1024
# Pages of a new db (an existing one keeps its own: SQLite fixes the size with the first write).
# A first sync writes twice the mailbox's size through the log and the checkpoint, a page at a
# time; 16 KB pages took a quarter less system time than 4 KB ones, and searches were no slower.
PAGE_SIZE = 16 * 1024


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class FileState:
    """What is in a db file before we dare to write to it."""

    exists: bool
    revision: str | None  # None: no desk_app schema yet


def inspect_file(path: Path) -> FileState:
    """Read-only look at a db file; raises DeskAppError for files that must be left alone."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=path.exists(), revision=None)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(files.SQLITE_HEADER))
    except OSError as exc:
        raise DeskAppError(ErrorCode.DB_UNREADABLE, f"{path}: {exc.strerror}") from exc
    if header != files.SQLITE_HEADER:
        raise DeskAppError(ErrorCode.DB_NOT_SQLITE, str(path))
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise DeskAppError(ErrorCode.DB_CORRUPT, str(path))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise DeskAppError(ErrorCode.DB_UNREADABLE, f"{path}: not a desk_app database")
                return FileState(exists=True, revision=None)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DeskAppError(ErrorCode.DB_CORRUPT, f"{path}: {exc}") from exc
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise DeskAppError(ErrorCode.DB_TOO_NEW, f"{path}: schema {revision}")
    return FileState(exists=True, revision=revision)


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Per connection, not once: each pooled connection starts with SQLite's defaults.
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA page_size={PAGE_SIZE}")  # before WAL, which would fix it; a no-op once written
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Checkpoints are run by Database.write() once the log is big (see CHECKPOINT_WAL_BYTES);
    # after one, the log file is cut back to that size, so its size tells when the next is due.
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.execute(f"PRAGMA journal_size_limit={CHECKPOINT_WAL_BYTES}")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine whose every connection has foreign keys, WAL and a busy timeout."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` with foreign keys off, so table rebuilds cascade nothing."""
    with engine.connect() as conn:
        # The PRAGMA is ignored inside a transaction, so set it before Alembic opens one.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class Database:
    """An open, migrated db: read sessions for anyone, write sessions one at a time."""

    def __init__(self, path: Path, engine: Engine, backup: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self.backup_made = backup
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_lock = threading.RLock()
        self._checkpointer: threading.Thread | None = None  # only ever started under the write lock

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing it does is committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on error, one writer at a time."""
        with self._write_lock:
            session = self._sessions()
            try:
                with session.begin():
                    yield session
            finally:
                session.close()
            self._checkpoint_if_big()

    def _checkpoint_if_big(self) -> None:
        """Copy the write-ahead log into the db once it has grown past CHECKPOINT_WAL_BYTES.

        SQLite's own automatic checkpoint runs every 4 MB: during a first sync, which writes
        about twice the mailbox's size, that is one checkpoint (and fsync) per batch, and the
        same index pages copied again and again — a third of the sync's time. A passive
        checkpoint never waits for readers; what it cannot copy yet goes with the next one.

        The copying runs in a thread of its own, on its own connection: in WAL mode the writer
        goes on appending while a checkpoint copies, so a first sync's next batches do not wait
        for it and its fsync (0.2 s each time at 64 MB). What they appended meanwhile is copied
        here, by the first write after it ends (a few MB, with no writer beside it), so that the
        next write can start the log afresh. A writer that finds the log past twice the limit
        waits for the running checkpoint, which bounds the log.
        """
        try:
            size = os.stat(f"{self.path}-wal").st_size
        except OSError:
            return
        running = self._checkpointer
        if running is not None:
            if running.is_alive() and size <= 2 * CHECKPOINT_WAL_BYTES:
                return
            running.join()
            self._checkpointer = None
            self._checkpoint()
        elif size > CHECKPOINT_WAL_BYTES:
            self._checkpointer = threading.Thread(target=self._checkpoint, name="db-checkpoint", daemon=True)
            self._checkpointer.start()

    def _checkpoint(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except Exception:  # noqa: BLE001 — the log stays until a later checkpoint manages
            log.warning("checkpoint of %s failed", self.path, exc_info=True)

    def wait_for_checkpoint(self) -> None:
        """Return once no checkpoint is running (before closing, or to read the log's size)."""
        running = self._checkpointer
        if running is not None:
            running.join()

    def listen(self, event_name: str, handler: Any) -> None:
        """Hook `handler` to an ORM session event of every session of this db (record capture)."""
        event.listen(self._sessions, event_name, handler)

    def execute_sql(self, sql: str | Executable, **params: Any) -> list[Any]:
        """Raw SQL (or a prepared Core statement) for store-internal helpers (FTS, pragmas, the
        queries of every sync pass): rows from a plain connection, without an ORM session."""
        with self.engine.connect() as conn:
            return list(conn.execute(text(sql) if isinstance(sql, str) else sql, params))

    def close(self) -> None:
        self.wait_for_checkpoint()
        self.engine.dispose()


def open_database(path: Path, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the db at `path`, backing it up before any migration."""
    state = inspect_file(path)
    if not state.exists:
        files.create_private_file(path)
    files.make_private(path)
    backup = None
    head = head_revision()
    if state.revision is not None and state.revision != head:
        backup = files.backup_database(path, backup_dir or path.parent / "backups", state.revision)
    engine = make_engine(path)
    try:
        if state.revision != head:
            migrate(engine)
    except sqlite3.OperationalError as exc:
        engine.dispose()
        if "full" in str(exc):
            raise DeskAppError(ErrorCode.DISK_FULL, str(path)) from exc
        raise
    for suffix in ("-wal", "-shm"):
        files.make_private(path.with_name(path.name + suffix))
    return Database(path, engine, backup)
