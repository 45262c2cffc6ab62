"""The write-ahead log is folded into the db once it passes its size limit, beside the writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desk_app.store import db as dbmod
from desk_app.store.db import open_database

LIMIT = 256 * 1024
ROW_BYTES = 32 * 1024


def test_the_log_stays_near_its_limit_and_nothing_is_lost(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbmod, "CHECKPOINT_WAL_BYTES", LIMIT)
    path = tmp_path / "shop.db"
    database = open_database(path)
    try:
        with database.write() as session:
            session.execute(text("CREATE TABLE scratch (data BLOB)"))
        wal = Path(f"{path}-wal")
        sizes = []
        for _ in range(60):  # about 2 MB in all: eight times the limit
            with database.write() as session:
                session.execute(text("INSERT INTO scratch VALUES (randomblob(:n))"), {"n": ROW_BYTES})
            sizes.append(wal.stat().st_size)
        # Without checkpoints the log would hold every row (about 2 MB); SQLite's own automatic
        # checkpoint (4 MB) would not have run yet either. Checkpoints run beside the writes, and
        # a write waits for one only once the log is past twice the limit.
        # (The first writes find the migrations' log, written before any checkpoint could run.)
        assert max(sizes[2:]) < 2 * LIMIT + 2 * ROW_BYTES + 64 * 1024, sizes
        database.wait_for_checkpoint()
        assert database.execute_sql("SELECT count(*), sum(length(data)) FROM scratch")[0] == (60, 60 * ROW_BYTES)
    finally:
        database.close()
