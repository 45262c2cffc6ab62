"""Cases and calls as the lists of the Cases and Calls pages show them."""

from __future__ import annotations

from datetime import UTC, datetime

from desk_app.core.records import CallSummary, CaseSummary
from desk_app.store import support_repo
from desk_app.store.db import Database


class SupportService:
    """Read access to cases and the call log."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def cases(self, *, status: str | None = None, overdue: bool = False) -> list[CaseSummary]:
        overdue_at = datetime.now(UTC) if overdue else None
        with self._db.read() as session:
            return support_repo.list_cases(session, status=status, overdue_at=overdue_at)

    def calls(self, *, since: datetime | None = None, until: datetime | None = None) -> list[CallSummary]:
        with self._db.read() as session:
            return support_repo.list_calls(session, since=since, until=until)
