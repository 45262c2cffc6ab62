"""Fixtures for tests against real servers: Dovecot (IMAP) started privately on loopback."""

from __future__ import annotations

import imaplib
import itertools
import os
from datetime import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.core.records import AccountInfo
from desk_app.paths import AppPaths
from desk_app.services.context import Services
from dovecot_server import NO_CONDSTORE_CAPS, DovecotServer, dovecot_available

_users = itertools.count(1)
USERS = 400


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


def _require_dovecot() -> None:
    if not dovecot_available():
        if os.environ.get("CI") == "true":
            pytest.fail("Dovecot is not installed: CI must run the IMAP integration tests (make test installs dovecot-imapd)")
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")


@pytest.fixture(scope="session", params=["condstore", "plain"])
def dovecot(request: pytest.FixtureRequest) -> Iterator[DovecotServer]:
    """A running Dovecot: once with its default capabilities, once without CONDSTORE/QRESYNC."""
    _require_dovecot()
    server = DovecotServer(None if request.param == "condstore" else NO_CONDSTORE_CAPS)
    # Users exist before start: Dovecot may not notice a passwd-file rewritten within a second.
    for n in range(1, USERS + 1):
        server.add_user(f"shop{n}", f"pw-shop{n}")
    server.start()
    yield server
    server.cleanup()


class Mailbox:
    """One fresh IMAP user on the test server, with a raw imaplib link for arranging server state."""

    def __init__(self, server: DovecotServer) -> None:
        self.server = server
        self.user = f"shop{next(_users)}"
        self.password = "pw-" + self.user
        assert self.user in server.users, "raise USERS in conftest"

    def imap(self) -> imaplib.IMAP4:
        conn = imaplib.IMAP4("127.0.0.1", self.server.port)
        conn.login(self.user, self.password)
        return conn

    def append(self, raw: bytes, folder: str = "INBOX", flags: str = "", when: datetime | None = None) -> None:
        conn = self.imap()
        try:
            internal = imaplib.Time2Internaldate(when) if when else None
            status, _ = conn.append(folder, f"({flags})" if flags else None, internal, raw)
            assert status == "OK"
        finally:
            conn.logout()

    def flags(self, folder: str = "INBOX") -> dict[int, str]:
        """UID → flags string, as the server has them now."""
        conn = self.imap()
        try:
            conn.select(folder)
            status, data = conn.uid("FETCH", "1:*", "(FLAGS)")
            found = {}
            for line in data:
                if not line:
                    continue
                text = line.decode()
                uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
                found[uid] = text.split("FLAGS (")[1].split(")")[0]
            return found
        finally:
            conn.logout()

    def account(self, name: str = "shop") -> AccountInfo:
        return AccountInfo(
            id=None, name=name, email=f"{self.user}@example.jp", display_name="ひだまり",
            imap_host="127.0.0.1", imap_port=self.server.port, imap_security="none",
            smtp_host="127.0.0.1", smtp_port=2525, smtp_security="none", username=self.user,
        )


@pytest.fixture
def mailbox(dovecot: DovecotServer) -> Mailbox:
    if not dovecot.running:  # a test that killed the server leaves it for the next to restart
        dovecot.start()
    return Mailbox(dovecot)


@pytest.fixture
def services(app_paths: AppPaths) -> Iterator[Services]:
    opened = Services.open(app_paths)
    yield opened
    opened.close()


@pytest.fixture
def synced_account(services: Services, mailbox: Mailbox) -> AccountInfo:
    """The mailbox added as an account whose password is held for this session only."""
    return services.accounts.add(mailbox.account(), mailbox.password, remember_for_session=True)


CORPUS = Path(__file__).resolve().parents[1] / "unit" / "mail" / "corpus"


def corpus_message(name: str) -> bytes:
    return (CORPUS / name).read_bytes()
