"""Record sync benchmark (issue #10): 10,000 changed records on one machine — the push, the pull and
apply on another, a records pass with nothing new, and the size of the sync folder.

Prints one table. A missed target does not fail the run (a benchmark), but what is measured is
checked for being real: every record arrives, field for field.
"""

from __future__ import annotations

import imaplib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bench_support import Row, render_table
from dovecot_server import DovecotServer, dovecot_available

from desk_app.core.records import AccountInfo
from desk_app.mail.imap import close_quietly, connect
from desk_app.paths import AppPaths
from desk_app.services.accounts import imap_endpoint
from desk_app.services.context import Services
from desk_app.store.models import Case, Contact

RECORDS = 10_000
USER, PASSWORD = "records", "pw-records-7c2e"


@pytest.fixture(scope="module")
def server() -> Iterator[DovecotServer]:
    if not dovecot_available():
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    dovecot = DovecotServer()
    dovecot.add_user(USER, PASSWORD)
    dovecot.start()
    yield dovecot
    dovecot.cleanup()


def open_machine(folder: Path, server: DovecotServer) -> Services:
    services = Services.open(AppPaths(data_dir=folder, db_file=folder / "desk.db"))
    services.accounts.add(AccountInfo(
        id=None, name="shop", email="support@example.jp", display_name="ひだまり", imap_host="127.0.0.1",
        imap_port=server.port, imap_security="none", smtp_host="127.0.0.1", smtp_port=2525, smtp_security="none",
        username=USER), PASSWORD, remember_for_session=True)
    return services


def timed_pass(services: Services) -> tuple[float, object]:
    """One records pass on a logged-in connection (the login is not part of it)."""
    [account] = services.sync.syncable_accounts()
    client = connect(imap_endpoint(account), USER, PASSWORD)
    try:
        started = time.perf_counter()
        services.records.seal()
        report = services.records.run(client)
        return time.perf_counter() - started, report
    finally:
        close_quietly(client)


def folder_bytes(server: DovecotServer) -> tuple[int, int]:
    conn = imaplib.IMAP4("127.0.0.1", server.port)
    try:
        conn.login(USER, PASSWORD)
        conn.select("desk_app-sync", readonly=True)
        _, data = conn.fetch("1:*", "(RFC822.SIZE)")
        sizes = [int(line.split(b"RFC822.SIZE ")[1].rstrip(b")")) for line in data if line]
        return len(sizes), sum(sizes)
    finally:
        conn.logout()


def test_records_benchmark(server: DovecotServer, tmp_path: Path, file_keyring: None) -> None:
    sender, receiver = open_machine(tmp_path / "agent", server), open_machine(tmp_path / "owner", server)
    timed_pass(sender), timed_pass(receiver)  # record sync started on both (empty)
    with sender.db.write() as session:
        contacts = [Contact(name=f"お客様 {n}", kana="おきゃくさま", device_id="agent") for n in range(RECORDS // 2)]
        session.add_all(contacts)
        session.flush()
        session.add_all(Case(title=f"箱の破損 #{n}", status="open", category="delivery.damaged", order_number=f"#{n}",
                             contact_id=contacts[n % len(contacts)].id, device_id="agent", checklist={"photo": True})
                        for n in range(RECORDS - len(contacts)))
    push_s, pushed = timed_pass(sender)
    pull_s, pulled = timed_pass(receiver)
    quiet_s = min(timed_pass(receiver)[0] for _ in range(5))
    messages, size = folder_bytes(server)

    with receiver.db.read() as session:
        cases = session.query(Case).count()
        sample = session.query(Case).filter(Case.order_number == "#4321").one()
        assert (sample.title, sample.checklist) == ("箱の破損 #4321", {"photo": True})
    assert cases == RECORDS - RECORDS // 2 and pulled.refused == [] and pushed.sent == messages

    rows = [
        Row(f"push {RECORDS:,} changed records (s)", push_s, "s", None),
        Row("pull and apply them on another machine (s)", pull_s, "s", None),
        Row("records pass with nothing new (ms)", quiet_s * 1000, "ms", 100),
        Row(f"sync folder: {messages} change sets (MB)", size / 1e6, "MB", None),
    ]
    print("\n\n" + render_table(rows, reference="—"))
    sender.close(), receiver.close()
