"""Mail accounts: add and edit them, keep their passwords in the keyring, test a connection."""

from __future__ import annotations

import re
from dataclasses import replace

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.mail import secrets
from desk_app.mail.imap import SECURITY_MODES, ServerEndpoint, close_quietly, connect
from desk_app.store import accounts_repo
from desk_app.store.db import Database

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def validate(info: AccountInfo) -> None:
    """Raise INVALID_INPUT naming the first field that is wrong."""
    problems = []
    if not info.name.strip():
        problems.append("name")
    if not _EMAIL.match(info.email):
        problems.append("email")
    for label, host, port, security in (
        ("imap", info.imap_host, info.imap_port, info.imap_security),
        ("smtp", info.smtp_host, info.smtp_port, info.smtp_security),
    ):
        if not host.strip():
            problems.append(f"{label}-host")
        if not 0 < port < 65536:
            problems.append(f"{label}-port")
        if security not in SECURITY_MODES:
            problems.append(f"{label}-security")
    if not info.username.strip():
        problems.append("username")
    if info.keep_days is not None and info.keep_days < 1:
        problems.append("keep-days")
    if problems:
        raise DeskAppError(ErrorCode.INVALID_INPUT, ", ".join(problems))


def imap_endpoint(info: AccountInfo) -> ServerEndpoint:
    return ServerEndpoint(info.imap_host, info.imap_port, info.imap_security, info.ca_file)


def smtp_endpoint(info: AccountInfo) -> ServerEndpoint:
    return ServerEndpoint(info.smtp_host, info.smtp_port, info.smtp_security, info.ca_file)


class AccountService:
    """Accounts and their secrets. `session_passwords` holds passwords typed where no keyring exists."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.session_passwords = secrets.SessionPasswords()

    def list(self) -> list[AccountInfo]:
        with self._db.read() as session:
            return accounts_repo.all_accounts(session)

    def get(self, name: str) -> AccountInfo:
        with self._db.read() as session:
            found = accounts_repo.by_name(session, name)
        if found is None:
            raise DeskAppError(ErrorCode.NOT_FOUND, f"account {name}")
        return found

    def add(self, info: AccountInfo, password: str | None, *, remember_for_session: bool = False) -> AccountInfo:
        """Store the account; the password goes to the keyring (or only to this session's memory).

        Without a usable keyring and without `remember_for_session`, raises NO_KEYRING before
        anything is written, so the caller can offer the once-per-session choice.
        """
        validate(info)
        key = secrets.secret_key(info.username, info.imap_host)
        if password is not None:
            if remember_for_session:
                self.session_passwords.remember(key, password)
            else:
                secrets.store_password(key, password)
        with self._db.write() as session:
            return accounts_repo.add(session, replace(info, id=None))

    def update(
        self, info: AccountInfo, password: str | None = None, *, remember_for_session: bool = False
    ) -> AccountInfo:
        """Store changed settings; a new password as in `add`, or the old one kept (no password).

        The password is kept under user name and IMAP host, so when either changes and no new
        password is given, the old one moves to the new key (keyring or session, where it was).
        """
        validate(info)
        key = secrets.secret_key(info.username, info.imap_host)
        if password is None:
            self._carry_password(info, key)
        elif remember_for_session:
            self.session_passwords.remember(key, password)
        else:
            secrets.store_password(key, password)
        with self._db.write() as session:
            return accounts_repo.update(session, info)

    def _carry_password(self, info: AccountInfo, key: str) -> None:
        old = next((a for a in self.list() if a.id == info.id), None)
        old_key = secrets.secret_key(old.username, old.imap_host) if old is not None else key
        if old_key == key:
            return
        held = self.session_passwords.get(old_key)
        if held is not None:
            self.session_passwords.remember(key, held)
        elif secrets.keyring_available():
            stored = secrets.load_password(old_key)
            if stored is not None:
                secrets.store_password(key, stored)

    def keyring_available(self) -> bool:
        """True when a safe password store exists; else passwords can only be held per session."""
        return secrets.keyring_available()

    def remember_session_password(self, info: AccountInfo, password: str) -> None:
        """Hold `password` for `info` in memory until the app ends (typed at a prompt)."""
        self.session_passwords.remember(secrets.secret_key(info.username, info.imap_host), password)

    def password(self, info: AccountInfo) -> str:
        return secrets.resolve_password(secrets.secret_key(info.username, info.imap_host), self.session_passwords)

    def test_connection(self, info: AccountInfo, password: str | None = None) -> None:
        """Log in to the IMAP server and out again; raises DeskAppError with a specific code."""
        close_quietly(connect(imap_endpoint(info), info.username, password or self.password(info)))
