"""One sync pass per account: connect, run the engine, record the outcome."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.mail.imap import close_quietly, connect
from desk_app.mail.sync import SyncEngine
from desk_app.mail.sync_types import SyncReport
from desk_app.services.accounts import AccountService, imap_endpoint
from desk_app.store import accounts_repo
from desk_app.store.db import Database
from desk_app.store.mail_sync_store import AccountSyncStore

log = logging.getLogger(__name__)

DEMO_ACCOUNT = "demo"  # the demo data set's account has no server behind it


@dataclass(frozen=True)
class AccountSyncResult:
    """The outcome of one account's pass: a report, or the error that stopped it."""

    account: str
    report: SyncReport | None
    error: ErrorCode | None = None
    detail: str = ""


class SyncService:
    """Runs sync passes; the GUI's worker and the `sync` command both call `sync_account`."""

    def __init__(self, db: Database, accounts: AccountService) -> None:
        self._db = db
        self._accounts = accounts

    def syncable_accounts(self, name: str | None = None) -> list[AccountInfo]:
        if name is not None:
            return [self._accounts.get(name)]
        return [a for a in self._accounts.list() if a.name != DEMO_ACCOUNT]

    def sync_account(
        self,
        account: AccountInfo,
        *,
        progress: Callable[[str, int, int], None] | None = None,
        stored: Callable[[list[int]], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> SyncReport:
        """Connect and run one pass. Raises DeskAppError (connection, auth, cancelled)."""
        assert account.id is not None
        client = connect(imap_endpoint(account), account.username, self._accounts.password(account))
        try:
            engine = SyncEngine(
                client, AccountSyncStore(self._db, account.id),
                progress=progress, stored=stored, cancelled=cancelled,
            )
            try:
                report = engine.run()
            except DeskAppError:
                raise
            except (OSError, EOFError) as exc:
                raise DeskAppError(ErrorCode.CONNECTION_LOST, f"{account.imap_host}: {type(exc).__name__}") from exc
            except Exception as exc:
                # imapclient raises its own abort/error types for a dropped or confused link.
                if type(exc).__module__.startswith(("imapclient", "imaplib")):
                    raise DeskAppError(ErrorCode.CONNECTION_LOST, f"{account.imap_host}: {exc}") from exc
                raise
        except DeskAppError as exc:
            self._record(account, str(exc.code))
            raise
        finally:
            close_quietly(client)
        self._record(account, None)
        return report

    def sync_all(self, name: str | None = None) -> list[AccountSyncResult]:
        """One pass over every account (or the named one), each failure reported, none fatal."""
        results = []
        for account in self.syncable_accounts(name):
            try:
                results.append(AccountSyncResult(account.name, self.sync_account(account)))
            except DeskAppError as exc:
                log.warning("sync of %s failed: %s", account.name, exc.code)
                results.append(AccountSyncResult(account.name, None, exc.code, exc.detail))
        return results

    def _record(self, account: AccountInfo, error: str | None) -> None:
        with self._db.write() as session:
            accounts_repo.record_sync(session, account.id or 0, datetime.now(UTC), error)
