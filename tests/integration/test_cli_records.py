"""Issue #10's command-line contract, on two machines (agent, owner) with their own keyrings and one
Dovecot mailbox: device show, owner init, owner trust, cases add/set, and `sync --json` records."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli_mail import PLAINTEXT_BACKEND, Cli, parsed, private_env

from dovecot_server import DovecotServer
from conftest import Mailbox


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
