"""Pieces entered by hand (shipments, returns, hours, owner-defined kinds) and voiding pieces."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from desk_app.core import clock
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.pieces import AUTOMATIC_KINDS, WorkPiece, is_valid_kind
from desk_app.services.settings import Settings
from desk_app.store import pay_repo
from desk_app.store.db import Database

MAX_QUANTITY = 10_000


class WorkService:
    """The agent's pieces. Replies and calls count themselves; other work is added here."""

    def __init__(self, db: Database, settings: Settings, now: Callable[[], datetime] | None = None) -> None:
        self._db = db
        self._settings = settings
        self._now = now or (lambda: datetime.now(UTC))

    def add(self, kind: str, quantity: int = 1, *, at: datetime | None = None, agent: str | None = None,
            note: str = "") -> WorkPiece:
        """Add `quantity` pieces of `kind` (hours for `hourly`) done at `at` (now by default).

        Refused for the kinds the app counts itself (a reply sent, a call logged), for a kind the
        rate card in force that day does not name, and in an approved month (MONTH_LOCKED).
        """
        if not is_valid_kind(kind):
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"kind {kind!r} (lowercase letters, digits, _)")
        if kind in AUTOMATIC_KINDS:
            raise DeskAppError(ErrorCode.INVALID_INPUT,
                               f"{kind} pieces are counted by themselves, from replies sent and calls logged")
        if isinstance(quantity, bool) or not 1 <= quantity <= MAX_QUANTITY:
            raise DeskAppError(ErrorCode.INVALID_INPUT, f"quantity {quantity}")
        at = at or self._now()
        if at.tzinfo is None:
            raise DeskAppError(ErrorCode.INVALID_INPUT, "at (needs an offset)")
        agent = agent or self._settings.agent_name
        day = clock.local_day(at, self._settings.timezone)
        with self._db.write() as session:
            cards = pay_repo.rate_cards(session, agent)
            if not any(c.effective_from <= day and kind in c.rates for c in cards):
                raise DeskAppError(ErrorCode.INVALID_INPUT, f"no rate for {kind} on {day} (set one with `rates set`)")
            piece_id = pay_repo.add_piece(session, agent=agent, kind=kind, quantity=quantity, at=at, day=day,
                                          note=note.strip(), device_id=self._settings.device_id)
            return pay_repo.get_piece(session, piece_id)

    def void(self, piece_id: str, reason: str) -> WorkPiece:
        """Void a piece, giving the reason; an audit entry keeps who did it and why. Refused in an
        approved month (MONTH_LOCKED): correct it there with an adjustment instead."""
        if not reason.strip():
            raise DeskAppError(ErrorCode.INVALID_INPUT, "reason (voiding a piece needs one)")
        with self._db.write() as session:
            pay_repo.void_piece(session, piece_id, reason=reason.strip(), at=self._now(),
                                actor=self._settings.agent_name, device_id=self._settings.device_id)
            return pay_repo.get_piece(session, piece_id)

    def pieces(self, month: str, agent: str | None = None, *, include_voided: bool = True) -> list[WorkPiece]:
        """The agent's pieces of `month` (YYYY-MM, calendar days in the desk's zone), oldest first."""
        first = parse_month(month)
        with self._db.read() as session:
            return pay_repo.month_pieces(session, agent or self._settings.agent_name, first, clock.next_month(first),
                                         include_voided=include_voided)


def parse_month(month: str) -> date:
    """`YYYY-MM` → its first day; INVALID_INPUT otherwise."""
    try:
        return clock.parse_month(month)
    except ValueError as exc:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"month {month} (YYYY-MM)") from exc
