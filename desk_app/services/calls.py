"""The phone log: logging a call finds the customer by number and counts the piece."""

from __future__ import annotations

from datetime import UTC, datetime

from desk_app.core import clock
from desk_app.core.categories import is_valid_category
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.phones import normalize_phone
from desk_app.core.records import CallSummary, CaseTimelineEntry, LoggedCall
from desk_app.services.settings import Settings
from desk_app.store import calls_repo, contacts_repo, support_repo
from desk_app.store.db import Database

DIRECTIONS = ("in", "out")


class CallService:
    """The call log. Every logged call is one `call_in` or `call_out` piece."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    def log(self, *, phone: str, direction: str, minutes: int, category: str | None, summary: str,
            at: datetime | None = None, case_id: str | None = None, agent: str | None = None,
            outcome: str = "", follow_up: bool = False, recording_path: str | None = None) -> LoggedCall:
        """Log one call (now by default); the customer is found by the number, however written."""
        if direction not in DIRECTIONS:
            raise DeskAppError(ErrorCode.INVALID_INPUT, "direction")
        if minutes < 0:
            raise DeskAppError(ErrorCode.INVALID_INPUT, "minutes")
        if category is not None and not is_valid_category(category):
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"category {category}")
        at = at or datetime.now(UTC)
        if at.tzinfo is None:
            raise DeskAppError(ErrorCode.INVALID_INPUT, "at (needs an offset)")
        normalized = normalize_phone(phone)
        with self._db.write() as session:
            if case_id is not None and not calls_repo.case_exists(session, case_id):
                raise DeskAppError(ErrorCode.NOT_FOUND, f"case {case_id}")
            contact_id = contacts_repo.find_by_channel(session, "phone", normalized)
            call_id = calls_repo.add_call(
                session, at=at, day=clock.local_day(at, self._settings.timezone), direction=direction,
                phone=phone.strip(), phone_normalized=normalized, contact_id=contact_id, case_id=case_id,
                seconds=minutes * 60, category=category, summary=summary, outcome=outcome, follow_up=follow_up,
                agent=agent or self._settings.agent_name, recording_path=recording_path,
                device_id=self._settings.device_id,
            )
        return LoggedCall(call_id, contact_id, case_id)

    def list(self, month: str | None = None) -> list[CallSummary]:
        """Calls newest first, optionally of one month (YYYY-MM, in the desk's time zone)."""
        since = until = None
        if month is not None:
            try:
                first = clock.parse_month(month)
            except ValueError as exc:
                raise DeskAppError(ErrorCode.INVALID_INPUT, f"month {month}") from exc
            zone = self._settings.timezone
            since, until = clock.day_start_utc(first, zone), clock.day_start_utc(clock.next_month(first), zone)
        with self._db.read() as session:
            return support_repo.list_calls(session, since=since, until=until)

    def timeline(self, case_id: str) -> list[CaseTimelineEntry]:
        with self._db.read() as session:
            if not calls_repo.case_exists(session, case_id):
                raise DeskAppError(ErrorCode.NOT_FOUND, f"case {case_id}")
            return calls_repo.case_timeline(session, case_id)
