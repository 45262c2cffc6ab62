"""The command-line contract: exit codes, one-line errors, one JSON document with --json."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, db: Path, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DESK_APP_HOME=str(db.parent / "home"), LANG="C.UTF-8")
    env.pop("DESK_APP_DB", None)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "desk_app", "--db", str(db), *args],
        capture_output=True, text=True, env=env, timeout=120,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "shop.db"
    done = run("demo", "--json", db=db)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["messages"] > 0 and result["already_loaded"] is False
    return db


def test_demo_twice_changes_nothing(demo_db: Path) -> None:
    done = run("demo", "--json", db=demo_db)
    assert done.returncode == 0
    assert json.loads(done.stdout)["already_loaded"] is True


def test_messages_list_json_has_the_contract_fields(demo_db: Path) -> None:
    done = run("messages", "list", "--limit", "5", "--json", db=demo_db)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) == 5
    assert set(rows[0]) == {"id", "account", "folder", "uid", "message_id", "subject", "from_name",
                            "from_address", "date", "seen", "has_attachments"}
    dates = [r["date"] for r in rows]
    assert all(d[-6] in "+-" for d in dates)  # ISO 8601 with an offset
    assert dates == sorted(dates, reverse=True)  # newest first
    assert "\\u" not in done.stdout  # real Unicode, not escapes


def test_messages_show_json(demo_db: Path) -> None:
    first = json.loads(run("messages", "list", "--limit", "1", "--json", db=demo_db).stdout)[0]
    done = run("messages", "show", str(first["id"]), "--json", db=demo_db)
    assert done.returncode == 0, done.stderr
    message = json.loads(done.stdout)
    assert {"id", "subject", "from_name", "from_address", "to", "cc", "date", "text",
            "html_available", "attachments"} <= set(message)
    assert message["subject"] == first["subject"] and message["text"]


def test_missing_message_is_one_line_exit_1(demo_db: Path) -> None:
    done = run("messages", "show", "999999", "--json", db=demo_db)
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "999999" in done.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("no-such-command", db=tmp_path / "x.db").returncode == 2
    assert run("messages", "show", "not-a-number", db=tmp_path / "x.db").returncode == 2
    assert run("gui", "--page", "nowhere", db=tmp_path / "x.db").returncode == 2


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_corrupt_db_is_one_line_and_untouched(tmp_path: Path, lang: str) -> None:
    db = tmp_path / "broken.db"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(10_000))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    done = run("--lang", lang, "messages", "list", "--json", db=db)
    assert done.returncode == 1
    assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert ("破損" if lang == "ja" else "damaged") in done.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["broken.db"]  # home: logs


def test_newer_db_is_one_line_and_untouched(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "newer.db"
    assert run("messages", "list", "--json", db=db).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    done = run("--lang", "en", "demo", db=db)
    assert done.returncode == 1 and "newer version" in done.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    db = tmp_path / "broken.db"
    db.write_bytes(os.urandom(5000))
    done = run("--debug", "messages", "list", db=db)
    assert done.returncode == 1 and "Traceback" in done.stderr


def test_reply_with_a_template_is_queued_and_listed(demo_db: Path, tmp_path: Path) -> None:
    first = json.loads(run("messages", "list", "--folder", "INBOX", "--limit", "1", "--json", db=demo_db).stdout)[0]
    body = tmp_path / "body.txt"
    body.write_text("確認のうえ、改めてご連絡いたします。\n", encoding="utf-8")
    # Without a shop name the template has a gap, so nothing is queued.
    from desk_app.paths import AppPaths
    from desk_app.services.context import Services

    shop = Services.open(AppPaths(data_dir=tmp_path / "home", db_file=demo_db))
    try:
        shop.settings.set("shop_name", "")  # the demo names its shop; a new desk has none yet
    finally:
        shop.close()
    refused = run("--lang", "ja", "reply", str(first["id"]), "--body-file", str(body), "--template", "ack_deadline",
                  "--json", db=demo_db)
    assert refused.returncode == 1 and "shop_name" in refused.stderr and refused.stdout == ""
    done = run("--lang", "ja", "reply", str(first["id"]), "--body-file", str(body), "--template", "ack_deadline",
               "--set", "shop_name=ひだまり", "--set", "deadline=12月1日", "--set", "case_id=C-1", "--json",
               db=demo_db)
    assert done.returncode == 0, done.stderr
    queued = json.loads(done.stdout)
    assert queued["state"] == "queued"
    listed = json.loads(run("outbox", "list", "--json", db=demo_db).stdout)
    entry = next(e for e in listed if e["id"] == queued["id"])
    assert set(entry) == {"id", "state", "to", "subject", "message_id", "error"}
    assert entry["to"] == [f"{first['from_name']} <{first['from_address']}>"]
    assert entry["subject"].startswith("Re: ") and entry["message_id"].startswith("<")


def test_compose_needs_a_readable_body(demo_db: Path, tmp_path: Path) -> None:
    done = run("compose", "--to", "a@example.jp", "--subject", "x", "--body-file", str(tmp_path / "none.txt"),
               db=demo_db)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
