"""The mail commands of the CLI, run as a user would: `python -m desk_app …` subprocesses against
the test Dovecot, with the keyring backend chosen explicitly by environment (a plain-text file
backend inside the test's folder: fine for tests, never picked by the app on its own).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import Mailbox
from dovecot_server import DovecotServer

from desk_app.mail.compose import build_message

# The CLI is the subject here, not CONDSTORE: one server variant is enough.
pytestmark = pytest.mark.parametrize("dovecot", ["condstore"], indirect=True)

ROOT = Path(__file__).resolve().parents[2]
PLAINTEXT_BACKEND = "keyrings.alt.file.PlaintextKeyring"
FAIL_BACKEND = "keyring.backends.fail.Keyring"
BASE = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)

LIST_FIELDS = {"id", "account", "folder", "uid", "message_id", "subject", "from_name", "from_address", "date",
               "seen", "has_attachments"}
SHOW_FIELDS = {"id", "subject", "from_name", "from_address", "to", "cc", "date", "text", "html_available",
               "attachments"}

# Each search term occurs in exactly one of the messages below (subject or text).
MAILS = {
    "scratch": dict(
        from_name="山田 花子", from_address="hanako@example.jp", subject="商品に傷がありました",
        text="昨日届いたマグカップの縁に小さな傷があります。交換をお願いできますか。", charset="utf-8",
    ),
    "late": dict(
        from_name="佐藤 一郎", from_address="ichiro@example.jp", subject="注文した荷物について",
        text="十日前に注文したのですが、まだ商品が届きません。確認してください。", charset="iso-2022-jp",
    ),
    "refund": dict(
        from_name="John Smith", from_address="john@example.com", subject="Order 4521",
        text="Hello, the teapot arrived cracked. I would like a refund, please.", charset="utf-8",
    ),
    "return": dict(
        from_name="鈴木 次郎", from_address="jiro@example.jp", subject="返品の手続き",
        text="サイズが合わなかったので返品したいです。納品書を添付します。", charset="iso-2022-jp",
        attachments=[("納品書.pdf", "application/pdf", b"%PDF-1.4\n" + b"0" * 2000)],
    ),
}
SEARCHES = {"傷": "scratch", "返品": "return", "届きません": "late", "refund": "refund"}


@dataclass
class Cli:
    """Runs `python -m desk_app --db DB --lang en …` with a private environment; remembers all output."""

    folder: Path
    db: Path
    env: dict[str, str]
    outputs: list[str] = field(default_factory=list)

    def command(self, args: Sequence[str], db: Path | None = None) -> list[str]:
        return [sys.executable, "-m", "desk_app", "--db", str(db or self.db), "--lang", "en", *args]

    def run(self, *args: str, stdin: str | None = None, env: Mapping[str, str] | None = None,
            db: Path | None = None) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            self.command(args, db), input=stdin if stdin is not None else "", capture_output=True,
            text=True, encoding="utf-8", env={**self.env, **(env or {})}, cwd=self.folder, timeout=120,
        )
        self.outputs += [done.stdout, done.stderr]
        return done

    def run_many(self, commands: Sequence[Sequence[str]]) -> list[subprocess.CompletedProcess[str]]:
        """Read-only commands run side by side (each CLI start costs about a second)."""
        procs = [
            subprocess.Popen(self.command(args), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, encoding="utf-8", env=self.env, cwd=self.folder)
            for args in commands
        ]
        results = []
        for args, proc in zip(commands, procs, strict=True):
            out, err = proc.communicate(timeout=120)
            self.outputs += [out, err]
            results.append(subprocess.CompletedProcess(list(args), proc.returncode, out, err))
        return results

    def json(self, *args: str) -> object:
        return parsed(self.run(*args))


def parsed(done: subprocess.CompletedProcess[str]) -> object:
    """The one JSON document a successful --json command printed (and nothing on stderr)."""
    assert (done.returncode, done.stderr) == (0, ""), f"{done.args}: {done.stderr}"
    return json.loads(done.stdout)  # exactly one JSON document, nothing else on stdout


def private_env(folder: Path, backend: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DESK_APP_", "PYTHON_KEYRING", "XDG_"))}
    env.update(
        PYTHON_KEYRING_BACKEND=backend,
        XDG_DATA_HOME=str(folder / "xdg-data"),  # where the file backend keeps its file
        XDG_CONFIG_HOME=str(folder / "xdg-config"),  # no keyringrc.cfg of the machine's user
        DESK_APP_HOME=str(folder / "home"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    return env


@dataclass
class Synced:
    cli: Cli
    mailbox: Mailbox
    added: subprocess.CompletedProcess[str]
    sync: subprocess.CompletedProcess[str]
    listed: subprocess.CompletedProcess[str]

    def rows(self) -> list[dict]:
        return parsed(self.listed)  # type: ignore[return-value]

    def ids_by_key(self) -> dict[str, int]:
        by_subject = {row["subject"]: row["id"] for row in self.rows()}
        return {key: by_subject[mail["subject"]] for key, mail in MAILS.items()}


@pytest.fixture(scope="module")
def synced(dovecot: DovecotServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synced]:
    """A fresh mailbox with MAILS, added with `account add --password-stdin`, pulled with `sync`, listed."""
    if not dovecot.running:
        dovecot.start()
    mailbox = Mailbox(dovecot)
    for n, mail in enumerate(MAILS.values()):
        mailbox.append(build_message(to=["support@example.jp"], date=BASE + timedelta(hours=n),
                                     message_id=f"<cli{n}@example.jp>", **mail))
    folder = tmp_path_factory.mktemp("cli")
    cli = Cli(folder, folder / "desk.db", private_env(folder, PLAINTEXT_BACKEND))
    added = cli.run(
        "account", "add", "--name", "shop", "--email", f"{mailbox.user}@example.jp",
        "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.port), "--imap-security", "none",
        "--smtp-host", "127.0.0.1", "--smtp-port", "2525", "--smtp-security", "none",
        "--username", mailbox.user, "--password-stdin",
        stdin=mailbox.password + "\n",
    )
    sync = cli.run("sync", "--json") if added.returncode == 0 else added
    listed = cli.run("messages", "list", "--json")
    yield Synced(cli, mailbox, added, sync, listed)


@pytest.fixture(scope="module")
def searched(synced: Synced) -> dict[str, subprocess.CompletedProcess[str]]:
    return dict(zip(SEARCHES, synced.cli.run_many([("search", q, "--json") for q in SEARCHES]), strict=True))


@pytest.fixture(scope="module")
def offline(synced: Synced) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """`sync --json` and `sync` run while the server is stopped (it is started again after)."""
    server = synced.mailbox.server
    server.stop()
    try:
        with_json, plain = synced.cli.run_many([("sync", "--json"), ("sync",)])
        return with_json, plain
    finally:
        server.start()


def test_account_add_and_first_sync(synced: Synced) -> None:
    assert synced.added.returncode == 0, synced.added.stderr
    assert synced.added.stderr == ""
    assert synced.sync.returncode == 0, synced.sync.stderr
    assert synced.sync.stderr == ""
    results = json.loads(synced.sync.stdout)
    assert [(r["account"], r["ok"], r["error"]) for r in results] == [("shop", True, None)]
    assert results[0]["report"]["new"] == len(MAILS)
    # The password went to the configured keyring backend (and, see below, nowhere else).
    lookup = subprocess.run(
        [sys.executable, "-c", "import keyring; print(keyring.get_password('desk_app', "
         f"'{synced.mailbox.user}@127.0.0.1'))"],
        capture_output=True, text=True, env=synced.cli.env, timeout=60,
    )
    assert lookup.stdout.strip() == synced.mailbox.password


def test_messages_list_json(synced: Synced) -> None:
    rows = synced.rows()
    assert isinstance(rows, list) and len(rows) == len(MAILS)
    for row in rows:
        assert set(row) == LIST_FIELDS
        assert row["account"] == "shop" and row["folder"] == "INBOX"
        assert isinstance(row["id"], int) and isinstance(row["uid"], int)
        assert isinstance(row["seen"], bool) and row["seen"] is False
        assert datetime.fromisoformat(row["date"]).utcoffset() is not None  # ISO 8601 with offset
    # Newest first, subjects decoded (two of them came as ISO-2022-JP).
    assert [r["subject"] for r in rows] == [m["subject"] for m in reversed(MAILS.values())]
    assert [r["message_id"] for r in rows] == [f"<cli{n}@example.jp>" for n in reversed(range(len(MAILS)))]
    by_subject = {r["subject"]: r for r in rows}
    assert by_subject[MAILS["return"]["subject"]]["has_attachments"] is True
    assert by_subject[MAILS["scratch"]["subject"]]["has_attachments"] is False
    assert by_subject[MAILS["late"]["subject"]]["from_name"] == "佐藤 一郎"
    assert by_subject[MAILS["refund"]["subject"]]["from_address"] == "john@example.com"


def test_messages_show_json(synced: Synced) -> None:
    ids = synced.ids_by_key()
    shown, plain, missing, limited = synced.cli.run_many([
        ("messages", "show", str(ids["return"]), "--json"),
        ("messages", "show", str(ids["late"]), "--json"),
        ("messages", "show", "999999", "--json"),
        ("messages", "list", "--limit", "1", "--json"),
    ])
    shown = parsed(shown)
    assert set(shown) == SHOW_FIELDS
    assert shown["id"] == ids["return"]
    assert shown["subject"] == "返品の手続き"
    assert (shown["from_name"], shown["from_address"]) == ("鈴木 次郎", "jiro@example.jp")
    assert any("support@example.jp" in to for to in shown["to"]) and shown["cc"] == []
    assert datetime.fromisoformat(shown["date"]) == BASE + timedelta(hours=3)
    assert "返品したいです" in shown["text"]
    assert shown["html_available"] is False
    assert shown["attachments"] == [{"filename": "納品書.pdf", "content_type": "application/pdf", "size": 2009}]
    plain = parsed(plain)
    assert plain["attachments"] == [] and "まだ商品が届きません" in plain["text"]
    assert missing.returncode == 1 and missing.stdout == ""
    assert len(missing.stderr.strip().splitlines()) == 1 and "Traceback" not in missing.stderr
    assert [r["id"] for r in parsed(limited)] == [synced.rows()[0]["id"]]


@pytest.mark.parametrize("query", list(SEARCHES))
def test_search_finds_japanese_words_of_any_length_and_english(
    synced: Synced, searched: dict[str, subprocess.CompletedProcess[str]], query: str
) -> None:
    expected = synced.ids_by_key()[SEARCHES[query]]
    hits = parsed(searched[query])
    assert isinstance(hits, list)
    for hit in hits:
        assert set(hit) == {"kind", "id", "title", "snippet"}
    mail_hits = [h for h in hits if h["kind"] == "mail"]
    assert [h["id"] for h in mail_hits] == [str(expected)]
    assert mail_hits[0]["title"] == MAILS[SEARCHES[query]]["subject"]
    assert query.lower() in mail_hits[0]["snippet"].lower()


def test_password_appears_in_no_output_and_not_in_the_db(synced: Synced) -> None:
    password = synced.mailbox.password
    assert len(synced.cli.outputs) >= 4  # account add and sync at least
    assert all(password not in out for out in synced.cli.outputs)
    files = [p for p in synced.cli.db.parent.glob(synced.cli.db.name + "*") if p.is_file()]
    assert synced.cli.db in files
    for path in files + list((synced.cli.folder / "home").rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            assert password.encode() not in data, path
            assert password.encode("utf-16-le") not in data, path


def test_sync_against_a_stopped_server_exits_1_and_keeps_the_mail(synced: Synced, offline) -> None:
    for done in offline:
        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        last = done.stderr.splitlines()[-1]
        assert last.startswith("desk_app: shop: ")
        assert "cannot reach the server" in last or "connection was lost" in last
    with_json, plain = offline
    report = json.loads(with_json.stdout)  # --json still prints its one document
    assert [(r["account"], r["ok"]) for r in report] == [("shop", False)]
    assert report[0]["error"] in ("host_unreachable", "connection_lost")
    assert plain.stdout == ""
    after, again = synced.cli.run_many([("messages", "list", "--json"), ("sync", "--json")])
    assert parsed(after) == synced.rows()  # nothing lost
    # With the server back, the next pass simply works (and finds nothing new).
    assert [(r["ok"], r["report"]["new"]) for r in parsed(again)] == [(True, 0)]


def test_sync_against_a_stopped_server_prints_exactly_one_stderr_line(offline) -> None:
    for done in offline:
        assert done.returncode == 1
        assert len(done.stderr.splitlines()) == 1, done.stderr


def test_account_add_without_a_keyring_fails_and_writes_no_account(
    synced: Synced, tmp_path: Path
) -> None:
    db = tmp_path / "nokeyring.db"
    done = synced.cli.run(
        "account", "add", "--name", "other", "--email", "other@example.jp",
        "--imap-host", "127.0.0.1", "--imap-port", "143", "--imap-security", "none",
        "--smtp-host", "127.0.0.1", "--smtp-port", "25", "--smtp-security", "none",
        "--username", "other", "--password-stdin",
        stdin="Very-Secret-9\n", env={"PYTHON_KEYRING_BACKEND": FAIL_BACKEND}, db=db,
    )
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "keyring" in lines[0].lower(), done.stderr
    assert "Traceback" not in done.stderr and "Very-Secret-9" not in done.stderr + done.stdout
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM accounts").fetchone() == (0,)
    finally:
        conn.close()
    assert b"Very-Secret-9" not in db.read_bytes()
