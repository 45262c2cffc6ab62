"""Issue #10's command-line contract, on two machines (agent, owner) with their own keyrings and one
Dovecot mailbox: device show, owner init, owner trust, cases add/set, and `sync --json` records."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from test_cli_mail import PLAINTEXT_BACKEND, Cli, parsed, private_env

from conftest import Mailbox
from dovecot_server import DovecotServer

from desk_app.paths import AppPaths
from desk_app.services.context import Services

CASES = 3000  # about 30 change sets: pushing and applying them takes long enough to be cut short

# These drive whole processes (half a minute a test); how record sync reads its folder with and
# without CONDSTORE is tested in test_record_sync.py against both servers, so here one is enough.
DEFAULT_SERVER = pytest.mark.parametrize("dovecot", ["condstore"], indirect=True)


def machine(tmp_path: Path, name: str, mailbox: Mailbox) -> Cli:
    folder = tmp_path / name
    folder.mkdir()
    cli = Cli(folder, folder / "desk.db", private_env(folder, PLAINTEXT_BACKEND))
    added = cli.run(
        "account", "add", "--name", "shop", "--email", f"{mailbox.user}@example.jp",
        "--imap-host", "127.0.0.1", "--imap-port", str(mailbox.server.port), "--imap-security", "none",
        "--smtp-host", "127.0.0.1", "--smtp-port", "2525", "--smtp-security", "none",
        "--username", mailbox.user, "--password-stdin", stdin=mailbox.password + "\n",
    )
    assert added.returncode == 0, added.stderr
    return cli


def records(cli: Cli) -> dict:
    [account] = parsed(cli.run("sync", "--json"))
    assert account["ok"] and set(account["records"]) >= {"sent", "received", "applied", "held", "refused"}
    return account["records"]


@DEFAULT_SERVER
def test_two_machines_through_the_command_line(tmp_path: Path, mailbox: Mailbox, dovecot: DovecotServer) -> None:
    agent, owner = machine(tmp_path, "agent", mailbox), machine(tmp_path, "owner", mailbox)
    fingerprint = parsed(owner.run("owner", "init", "--passphrase-stdin", "--json", stdin="店長のひみつ\n"))["fingerprint"]
    shown = parsed(owner.run("device", "show", "--json"))
    assert set(shown) == {"device_id", "role", "agent", "fingerprint"}
    assert (shown["role"], shown["fingerprint"]) == ("owner", fingerprint)
    agent_shown = parsed(agent.run("device", "show", "--json"))
    assert agent_shown["role"] == "agent" and agent_shown["device_id"] != shown["device_id"]

    assert parsed(agent.run("owner", "trust", fingerprint, "--json"))["trusted"] == fingerprint.replace(" ", "")
    case_id = parsed(agent.run("cases", "add", "--title", "箱の破損", "--category", "delivery.damaged", "--json"))["id"]
    assert records(agent)["sent"] >= 1
    assert records(owner)["applied"] >= 1
    assert case_id in {c["id"] for c in parsed(owner.run("cases", "list", "--json"))}

    changed = parsed(owner.run("cases", "set", case_id, "--status", "waiting_customer", "--deadline", "2026-12-01",
                               "--json"))
    assert changed["status"] == "waiting_customer" and changed["deadline"].startswith("2026-12-01T18:00")
    assert records(owner)["sent"] == 1
    assert records(agent)["applied"] == 1
    seen = parsed(agent.run("cases", "show", case_id, "--json"))
    assert (seen["title"], seen["status"]) == ("箱の破損", "waiting_customer")

    refused = agent.run("statement", "approve", "--month", "2026-10")  # the owner's machine does that now
    assert refused.returncode == 1 and "owner" in refused.stderr and "Traceback" not in refused.stderr
    assert json.loads(agent.run("sync", "--json").stdout)[0]["records"]["refused"] == []


def folder_messages(mailbox: Mailbox) -> int:
    conn = mailbox.imap()
    try:
        status, data = conn.status("desk_app-sync", "(MESSAGES)")
        return int(data[0].split(b"MESSAGES ")[1].rstrip(b")")) if status == "OK" else 0
    finally:
        conn.logout()


def applied_here(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        return conn.execute("SELECT count(*) FROM change_sets_in WHERE status = 'applied'").fetchone()[0]


def killed_when(cli: Cli, ready, *args: str) -> bool:
    """Start `desk_app …args` and SIGKILL it once `ready()` holds; True when it was killed in time."""
    proc = subprocess.Popen(cli.command(args), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=cli.env, cwd=cli.folder)
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            if ready():
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            time.sleep(0.02)
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@DEFAULT_SERVER
def test_killed_during_push_and_during_apply_nothing_is_lost_or_doubled(tmp_path: Path, mailbox: Mailbox) -> None:
    agent, owner = machine(tmp_path, "agent", mailbox), machine(tmp_path, "owner", mailbox)
    records(agent), records(owner)  # record sync started on both
    services = Services.open(AppPaths(data_dir=agent.folder, db_file=agent.db))
    try:
        ids = [services.cases.create(f"案件 {n}") for n in range(CASES)]
    finally:
        services.db.close()  # not sealed here: the next sync does it
    before = folder_messages(mailbox)
    assert killed_when(agent, lambda: folder_messages(mailbox) >= before + 3, "sync"), "the push ended first"
    pushed = records(agent)
    assert pushed["sent"] >= 1 and pushed["refused"] == []

    assert killed_when(owner, lambda: applied_here(owner.db) >= 3, "sync"), "the apply ended first"
    pulled = records(owner)
    assert pulled["refused"] == []
    listed = parsed(owner.run("cases", "list", "--json"))
    assert sorted(c["id"] for c in listed) == sorted(ids)  # every case once: none lost, none doubled
    quiet = records(owner)
    assert (quiet["applied"], quiet["held"], quiet["refused"]) == (0, 0, [])
