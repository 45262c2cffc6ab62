"""Reading stored mail: folders, message lists and single messages."""

from __future__ import annotations

from collections.abc import Sequence

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import FolderInfo, MessageDetail, MessageSummary
from desk_app.store import mail_repo
from desk_app.store.db import Database


class MailService:
    """Read access to the local mail store, and marking messages read."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def folders(self) -> list[FolderInfo]:
        with self._db.read() as session:
            return mail_repo.list_folders(session)

    def message_ids(
        self,
        *,
        account: str | None = None,
        folder: str | None = None,
        folder_id: int | None = None,
        unread_only: bool = False,
        limit: int | None = None,
    ) -> list[int]:
        """Ordered ids (newest first) for a lazy list to page through."""
        with self._db.read() as session:
            return mail_repo.message_ids(
                session, account=account, folder=folder, folder_id=folder_id,
                unread_only=unread_only, limit=limit,
            )

    def summaries(self, ids: Sequence[int]) -> list[MessageSummary]:
        with self._db.read() as session:
            return mail_repo.summaries(session, ids)

    def list(self, **filters: object) -> list[MessageSummary]:
        """Summaries newest first (`messages list`)."""
        return self.summaries(self.message_ids(**filters))  # type: ignore[arg-type]

    def show(self, message_pk: int) -> MessageDetail:
        with self._db.read() as session:
            found = mail_repo.detail(session, message_pk)
        if found is None:
            raise DeskAppError(ErrorCode.NOT_FOUND, f"message {message_pk}")
        return found

    def mark_seen(self, message_pk: int, seen: bool = True) -> bool:
        """Mark read/unread now; the server follows at the next sync. Returns whether it changed."""
        return self.set_flag(message_pk, "\\Seen", seen)

    def set_flag(self, message_pk: int, flag: str, on: bool) -> bool:
        """Set or clear `\\Seen`, `\\Flagged`, `\\Answered` or `\\Deleted` locally and queue it."""
        with self._db.write() as session:
            return mail_repo.set_flag(session, message_pk, flag, on)
