"""Opening the db: migrations, backups, permissions, and files that must be left untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.store import db as dbmod
from desk_app.store import files
from desk_app.store.db import head_revision, open_database
from desk_app.store.search import trigram_query

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}


def make_old_db(path: Path, revision: str = "0001") -> None:
    """A db at an earlier revision holding one message, with the 4 KB pages earlier versions wrote."""
    files.create_private_file(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA page_size=4096")
        conn.execute("PRAGMA journal_mode=WAL")  # writes the header: the page size is fixed from here
    engine = dbmod.make_engine(path)
    dbmod.migrate(engine, revision)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (name, email, display_name, imap_host, imap_port, imap_security,"
            " smtp_host, smtp_port, smtp_security, username, signature, created_at)"
            " VALUES ('shop', 'a@example.jp', '', 'h', 993, 'ssl', 'h', 465, 'ssl', 'u', '',"
            " '2026-11-01T00:00:00.000000Z')"
        )
        conn.exec_driver_sql("INSERT INTO folders (account_id, name) VALUES (1, 'INBOX')")
        conn.exec_driver_sql(
            "INSERT INTO messages (account_id, folder_id, uid, subject, from_name, from_address,"
            " \"references\", to_addrs, cc_addrs, size, seen, answered, flagged, deleted,"
            " has_attachments, text, notes, stored_at)"
            " VALUES (1, 1, 7, '商品が破損していました', '山田', 'y@example.jp', '[]', '[]', '[]', 10,"
            " 0, 0, 0, 0, 0, '箱が潰れて届きました', '[]', '2026-11-01T00:00:00.000000Z')"
        )
    engine.dispose()


def test_new_db_is_created_at_head_with_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    database = open_database(path)
    try:
        assert database.execute_sql("SELECT version_num FROM alembic_version")[0][0] == head_revision()
        # Pragmas hold on every pooled connection, not only the first.
        for _ in range(3):
            with database.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.BUSY_TIMEOUT_MS
                assert conn.exec_driver_sql("PRAGMA page_size").scalar() == dbmod.PAGE_SIZE
        assert database.backup_made is None  # nothing to protect in a new file
    finally:
        database.close()
    assert {"messages", "cases", "calls", "work_items", "rate_cards", "statements", "templates",
            "orders", "order_lines", "contacts", "audit_log", "settings"} <= tables(path)


@pytest.mark.parametrize("revision", ["0001", "0002", "0003"])
def test_migration_from_previous_revision_keeps_data_and_backs_up(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.db"
    make_old_db(path, revision)
    before = digest(path)
    database = open_database(path, tmp_path / "backups")
    try:
        rows = database.execute_sql(
            "SELECT m.subject, m.subject_key FROM messages_fts f JOIN messages m ON m.id = f.rowid"
            " WHERE messages_fts MATCH :match", match=trigram_query(["破損して"])
        )
        assert [r[0] for r in rows] == ["商品が破損していました"]  # the index holds the earlier rows
        if revision < "0003":  # the subject key was backfilled by the migration that added it
            assert rows[0][1] == "商品が破損していました"
        # The triggers that feed the index survived every table change of the migrations.
        with database.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE messages SET text = '到着が遅れています' WHERE uid = 7")
        found = "SELECT rowid FROM messages_fts WHERE messages_fts MATCH :match"
        assert database.execute_sql(found, match=trigram_query(["到着が遅"]))
        assert not database.execute_sql(found, match=trigram_query(["箱が潰れ"]))
    finally:
        database.close()
        # An existing db keeps the page size it was written with (4 KB in older versions).
        assert database.execute_sql("PRAGMA page_size")[0][0] == 4096
    backup = database.backup_made
    assert backup is not None and backup.parent == tmp_path / "backups"
    assert revision in backup.name
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        assert conn.execute("SELECT subject FROM messages").fetchall() == [("商品が破損していました",)]
    assert before != digest(path)


def test_only_the_last_five_backups_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    make_old_db(path)
    made = [files.backup_database(path, tmp_path / "b", f"r{i}") for i in range(7)]
    kept = sorted((tmp_path / "b").iterdir())
    assert kept == sorted(made[-5:])


@posix_only
def test_db_wal_and_backups_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    make_old_db(path)
    os.chmod(path, 0o644)  # as if created by something careless
    database = open_database(path, tmp_path / "backups")
    with database.write() as session:
        session.execute(dbmod.text("INSERT INTO settings (name, value) VALUES ('x', '1')"))
    created = [path, path.with_name("old.db-wal"), path.with_name("old.db-shm"), database.backup_made]
    try:
        for created_file in created:  # checked while open: SQLite removes -wal/-shm on close
            assert created_file is not None
            assert stat.S_IMODE(created_file.stat().st_mode) == 0o600, created_file
    finally:
        database.close()
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700


def test_db_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    database = open_database(path)
    database.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(path)
    with pytest.raises(DeskAppError) as raised:
        open_database(path)
    assert raised.value.code is ErrorCode.DB_TOO_NEW
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (os.urandom(8192), ErrorCode.DB_NOT_SQLITE),
        (files.SQLITE_HEADER + os.urandom(8192 - 16), ErrorCode.DB_CORRUPT),
    ],
)
def test_garbage_files_are_refused_and_untouched(tmp_path: Path, content: bytes, code: ErrorCode) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(content)
    with pytest.raises(DeskAppError) as raised:
        open_database(path)
    assert raised.value.code is code
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["garbage.db"]


def test_damaged_pages_are_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    make_old_db(path)
    database = open_database(path)
    database.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 6 * page), 97):  # scribble over b-tree pages
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(DeskAppError) as raised:
        open_database(path)
    assert raised.value.code is ErrorCode.DB_CORRUPT
    assert path.read_bytes() == bytes(data)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    before = digest(path)
    with pytest.raises(DeskAppError) as raised:
        open_database(path)
    assert raised.value.code is ErrorCode.DB_UNREADABLE
    assert digest(path) == before
