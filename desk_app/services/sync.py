"""Sync passes per account: connect, run the engine, record the outcome.

`AccountSession` is one live login: the GUI's per-account worker holds one for its lifetime
(pass, IDLE, pass …); the `sync` command opens one for a single pass.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.mail.delivery import deliver
from desk_app.mail.imap import ImapConnection, close_quietly, connect
from desk_app.mail.listing import FolderStatus
from desk_app.mail.sync import SyncEngine, wait_for_changes
from desk_app.mail.sync_types import SyncReport
from desk_app.services.accounts import AccountService, imap_endpoint, smtp_endpoint
from desk_app.services.cases import CaseService
from desk_app.services.record_sync import RecordSyncService, RecordsReport
from desk_app.services.settings import Settings
from desk_app.store import accounts_repo
from desk_app.store.db import Database
from desk_app.store.mail_sync_store import AccountSyncStore
from desk_app.store.outbox_store import AccountOutboxStore

log = logging.getLogger(__name__)

DEMO_ACCOUNT = "demo"
RECORD_EVERY_S = 60.0  # the demo data set's account has no server behind it


@dataclass(frozen=True)
class AccountSyncResult:
    """The outcome of one account's pass: a report, or the error that stopped it."""

    account: str
    report: SyncReport | None
    error: ErrorCode | None = None
    detail: str = ""
    records: RecordsReport | None = None  # when this account carries the record sync


@contextmanager
def _link_errors(host: str) -> Iterator[None]:
    """Turn whatever a dropped or confused link raises into CONNECTION_LOST."""
    try:
        yield
    except DeskAppError:
        raise
    except (OSError, EOFError) as exc:
        raise DeskAppError(ErrorCode.CONNECTION_LOST, f"{host}: {type(exc).__name__}") from exc
    except Exception as exc:
        # imapclient and imaplib raise their own abort/error types for a broken session.
        if type(exc).__module__.startswith(("imapclient", "imaplib")):
            raise DeskAppError(ErrorCode.CONNECTION_LOST, f"{host}: {exc}") from exc
        raise


class AccountSession:
    """One authenticated connection to an account's IMAP server."""

    def __init__(
        self, db: Database, account: AccountInfo, client: ImapConnection, password: str, settings: Settings,
        cases: CaseService, records: RecordSyncService | None = None,
    ) -> None:
        assert account.id is not None
        self._db = db
        self._records = records  # set on the account whose folder carries the record sync
        self.records_report: RecordsReport | None = None
        self.account = account
        self._client = client
        self._password = password
        self._cases = cases
        self._store = AccountSyncStore(db, account.id)
        self._seen: dict[str, FolderStatus] = {}  # folder statuses this connection has pulled up to
        self._recorded: tuple[str | None, float] | None = None  # last outcome written, and when
        self._outbox = AccountOutboxStore(
            db, account.id, agent=settings.agent_name, device_id=settings.device_id, zone=settings.timezone
        )

    def run_pass(
        self,
        *,
        progress: Callable[[str, int, int], None] | None = None,
        stored: Callable[[list[int]], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        force_send: bool = False,
    ) -> SyncReport:
        """Send the outbox, push local changes and pull every folder; records the outcome.

        Sending comes first so that the Sent copies and \\Answered flags it makes are in this
        very pass. `force_send` ignores the retry backoff (the `sync` command, "Send now").
        """
        try:
            with _link_errors(self.account.imap_host):
                def stored_and_attached(ids: list[int]) -> None:
                    self._cases.attach_new_messages(ids)  # new mail joins its open case at once
                    if stored is not None:
                        stored(ids)

                engine = SyncEngine(
                    self._client, self._store, progress=progress, stored=stored_and_attached, cancelled=cancelled,
                    keep_days=self.account.keep_days, seen=self._seen,
                )
                folders = engine.sync_folder_list()
                to_send, to_push = self._store.local_work()
                report = SyncReport()
                if to_send:
                    sent_folder = next((f.name for f in folders if f.role == "sent"), None)
                    delivered = deliver(
                        self._client, self._outbox, smtp_endpoint=smtp_endpoint(self.account),
                        username=self.account.username, password=self._password, sent_folder=sent_folder,
                        now=lambda: datetime.now(UTC), force=force_send, cancelled=cancelled,
                    )
                    if delivered.sent or delivered.recovered:
                        folders = engine.sync_folder_list()  # a Sent folder may have been created
                    report = SyncReport(
                        sent=delivered.sent + delivered.recovered, send_failed=delivered.failed,
                        send_retrying=delivered.retrying,
                    )
                engine.run(folders, report, push=bool(to_push))
                if self._records is not None:
                    self.records_report = self._records_pass(engine.listed(self._records.folder_name))
        except DeskAppError as exc:
            if exc.code is not ErrorCode.CANCELLED:
                self._record(str(exc.code))
            raise
        self._record(None)
        return report

    def _records_pass(self, listed: FolderStatus | None) -> RecordsReport:
        """The record sync on this connection. Its own troubles (no keyring for the machine's key)
        are reported, not raised: the mail pass stands; a broken link still stops the pass."""
        assert self._records is not None
        try:
            return self._records.run(self._client, listed)
        except DeskAppError as exc:
            if exc.code in (ErrorCode.CONNECTION_LOST, ErrorCode.TIMEOUT):
                raise
            if self.records_report is None or self.records_report.error != exc.code:
                log.warning("record sync skipped: %s", exc.code)  # once, not on every pass
            return RecordsReport(error=str(exc.code))

    def wait(self, seconds: float, stop: Callable[[], bool]) -> bool:
        """Wait for new mail in the Inbox (IDLE, or polling); True when the server announced some."""
        with _link_errors(self.account.imap_host):
            return wait_for_changes(self._client, "INBOX", seconds, stop)

    def close(self) -> None:
        close_quietly(self._client)

    def _record(self, error: str | None) -> None:
        """Note the outcome on the account. A connection that keeps succeeding writes it once a
        minute, not on every pass: the background loop stays free of writes when nothing changes."""
        now = time.monotonic()
        if self._recorded is not None and self._recorded[0] == error and now - self._recorded[1] < RECORD_EVERY_S:
            return
        with self._db.write() as session:
            accounts_repo.record_sync(session, self.account.id or 0, datetime.now(UTC), error)
        self._recorded = (error, now)


class SyncService:
    """Opens sessions and runs passes; the GUI's worker and the `sync` command both use it."""

    def __init__(self, db: Database, accounts: AccountService, settings: Settings, cases: CaseService,
                 records: RecordSyncService) -> None:
        self._db = db
        self._accounts = accounts
        self._settings = settings
        self._cases = cases
        self._records = records

    def syncable_accounts(self, name: str | None = None) -> list[AccountInfo]:
        if name is not None:
            return [self._accounts.get(name)]
        return [a for a in self._accounts.list() if a.name != DEMO_ACCOUNT]

    def open_session(self, account: AccountInfo) -> AccountSession:
        """Log in; raises DeskAppError with a specific code (auth, TLS, unreachable, timeout…)."""
        try:
            password = self._accounts.password(account)
            client = connect(imap_endpoint(account), account.username, password)
        except DeskAppError as exc:
            with self._db.write() as session:
                accounts_repo.record_sync(session, account.id or 0, datetime.now(UTC), str(exc.code))
            raise
        first = next(iter(self.syncable_accounts()), None)
        records = self._records if self._records.is_records_account(account.name, first and first.name) else None
        return AccountSession(self._db, account, client, password, self._settings, self._cases, records)

    def sync_account(
        self,
        account: AccountInfo,
        *,
        progress: Callable[[str, int, int], None] | None = None,
        stored: Callable[[list[int]], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        force_send: bool = True,
    ) -> SyncReport:
        """Connect, run one pass, disconnect. Raises DeskAppError (connection, auth, cancelled)."""
        session = self.open_session(account)
        try:
            return session.run_pass(progress=progress, stored=stored, cancelled=cancelled, force_send=force_send)
        finally:
            session.close()

    def sync_all(self, name: str | None = None) -> list[AccountSyncResult]:
        """One pass over every account (or the named one), each failure reported, none fatal."""
        results = []
        for account in self.syncable_accounts(name):
            try:
                session = self.open_session(account)
                try:
                    report = session.run_pass(force_send=True)
                finally:
                    session.close()
                results.append(AccountSyncResult(account.name, report, records=session.records_report))
            except DeskAppError as exc:
                log.warning("sync of %s failed: %s", account.name, exc.code)
                results.append(AccountSyncResult(account.name, None, exc.code, exc.detail))
        return results
