"""Fixtures for the benchmarks: a loopback Dovecot holding a 10,000-message Japanese mailbox, and
mbsync (Debian's isync) as the reference client.

`make bench` runs `pytest tests/perf -s`; `make test` never collects this folder (norecursedirs).
"""

from __future__ import annotations

import imaplib
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

from bench_support import BenchMailbox, ensure_mbsync, write_maildir  # noqa: E402
from dovecot_server import DovecotServer, dovecot_available  # noqa: E402

MESSAGES = 10_000
USER = "bench"
PASSWORD = "pw-bench-5b1d"


@pytest.fixture(scope="session")
def mbsync_binary() -> str | None:
    return ensure_mbsync()


@pytest.fixture(scope="session")
def bench_mailbox() -> Iterator[BenchMailbox]:
    """Dovecot with MESSAGES messages in INBOX, written as Maildir files and then indexed once."""
    if not dovecot_available():
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    started = time.perf_counter()
    server = DovecotServer()
    server.add_user(USER, PASSWORD)
    server.start()
    try:
        # One login creates the user's Maildir and the special-use folders.
        conn = imaplib.IMAP4("127.0.0.1", server.port)
        conn.login(USER, PASSWORD)
        conn.select("INBOX")
        conn.logout()
        uid, gid = server.mail_owner
        cur = server.mail_dir / USER / "cur"
        size = write_maildir(cur, MESSAGES, uid=uid, gid=gid)
        # Let Dovecot find the files, give them UIDs and cache what clients ask for first.
        server.doveadm("force-resync", "-u", USER, "INBOX")
        status = server.doveadm("mailbox", "status", "-u", USER, "messages", "INBOX")
        assert status.split() == ["INBOX", f"messages={MESSAGES}"], status
        server.doveadm("fetch", "-u", USER, "uid flags size.physical size.virtual date.received", "mailbox",
                       "INBOX", "all")
        # Warm the page cache with the files themselves, so neither client pays for the disk first.
        for name in os.listdir(cur):
            (cur / name).read_bytes()
        yield BenchMailbox(server, USER, PASSWORD, MESSAGES, size, time.perf_counter() - started)
    finally:
        server.cleanup()


@pytest.fixture(scope="session")
def bench_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("bench")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
