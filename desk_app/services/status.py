"""What the status bar and the Calls page's tally show: pieces and their pay, and overall counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from desk_app.core import clock
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.pieces import tally
from desk_app.core.records import MonthTally, Overview, PieceTally
from desk_app.services.settings import Settings
from desk_app.store import overview_repo, pay_repo
from desk_app.store.db import Database


class StatusService:
    """Tallies and counts, computed at the rates in force on each piece's day."""

    def __init__(self, db: Database, settings: Settings, now: Callable[[], datetime] | None = None) -> None:
        self._db = db
        self._settings = settings
        self._now = now or (lambda: datetime.now(UTC))

    def piece_tally(self, agent: str | None = None) -> PieceTally:
        agent = agent or self._settings.agent_name
        today = clock.local_day(self._now(), self._settings.timezone)
        start = clock.month_start(today)
        with self._db.read() as session:
            cards = pay_repo.rate_cards(session, agent)
            items = pay_repo.piece_items(session, agent, start, clock.next_month(today))
        month = tally(items, cards)
        day = tally((i for i in items if i[2] == today), cards)
        return PieceTally(day.pieces, day.amount_yen, month.pieces, month.amount_yen)

    def customer_tally(self, month: str, agent: str | None = None) -> MonthTally:
        """The agent's `month` (YYYY-MM, calendar days in the desk's zone) per customer: calls,
        mails answered, and the pay for their pieces at the rates in force on each piece's day.
        Voided and deleted pieces do not count; the total is the status bar's month figure."""
        try:
            first = clock.parse_month(month)
        except ValueError as exc:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"month {month}") from exc
        with self._db.read() as session:
            return pay_repo.month_tally(session, agent or self._settings.agent_name, first, self._settings.timezone)

    def overview(self) -> Overview:
        with self._db.read() as session:
            return overview_repo.overview(session, self._now())
