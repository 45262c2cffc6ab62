"""The outbox as delivery sees it for one account (implements mail.delivery.DeliveryStore)."""

from __future__ import annotations

from datetime import datetime

from desk_app.core.records import OutgoingMessage
from desk_app.store import outbox_repo
from desk_app.store.db import Database


class AccountOutboxStore:
    """One account's outbox; every state change is its own committed transaction."""

    def __init__(self, db: Database, account_id: int, *, agent: str, device_id: str, zone: str) -> None:
        self._db = db
        self._account_id = account_id
        self._agent = agent
        self._device_id = device_id
        self._zone = zone

    def due(self, now: datetime, force: bool) -> list[OutgoingMessage]:
        with self._db.read() as session:
            return outbox_repo.due(session, self._account_id, now, force)

    def mark_sending(self, entry_id: int) -> None:
        with self._db.write() as session:
            outbox_repo.mark_sending(session, entry_id)

    def mark_failed(self, entry_id: int, error: str, permanent: bool, retry_at: datetime | None) -> None:
        with self._db.write() as session:
            outbox_repo.mark_failed(session, entry_id, error, permanent, retry_at)

    def mark_sent(self, entry_id: int, at: datetime, filed: bool) -> bool:
        with self._db.write() as session:
            return outbox_repo.mark_sent(
                session, entry_id, at=at, filed=filed, agent=self._agent, device_id=self._device_id, zone=self._zone
            )
