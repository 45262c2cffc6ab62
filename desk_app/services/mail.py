"""Reading stored mail: folders, message lists, conversations, single messages and attachments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.flags import SEEN
from desk_app.core.records import FolderInfo, MessageDetail, MessageSummary
from desk_app.mail.mime import ParsedAttachment, parse_message
from desk_app.store import mail_repo, search
from desk_app.store.db import Database

SEARCH_LIMIT = 5000  # hits a list filter keeps; a search box is for finding, not for paging


@dataclass(frozen=True)
class ListQuery:
    """What the message list shows: folder, filters, order, threading and a search text."""

    account: str | None = None
    folder: str | None = None
    folder_id: int | None = None
    unread_only: bool = False
    with_attachments: bool = False
    linked: bool | None = None
    text: str = ""
    sort: str = "date"  # date | from | subject
    descending: bool = True
    threaded: bool = False
    limit: int | None = None


@dataclass(frozen=True)
class AttachmentData:
    """An attachment's bytes, under the sanitised name saving would use."""

    filename: str
    content_type: str
    data: bytes


class MailService:
    """Read access to the local mail store, and local flag changes (replayed to the server by sync)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def folders(self) -> list[FolderInfo]:
        with self._db.read() as session:
            return mail_repo.list_folders(session)

    def message_ids(self, query: ListQuery | None = None, **filters: object) -> list[int]:
        """Ordered ids for a lazy list to page through (keyword filters as in ListQuery)."""
        query = query or ListQuery(**filters)  # type: ignore[arg-type]
        with self._db.read() as session:
            among = None
            if query.text.strip():
                among = [int(h.id) for h in search.search_messages(session, query.text, SEARCH_LIMIT)]
            return mail_repo.message_ids(
                session,
                account=query.account,
                folder=query.folder,
                folder_id=query.folder_id,
                unread_only=query.unread_only,
                with_attachments=query.with_attachments,
                linked=query.linked,
                among=among,
                sort=query.sort,
                descending=query.descending,
                threaded=query.threaded,
                limit=query.limit,
            )

    def summaries(self, ids: Sequence[int]) -> list[MessageSummary]:
        with self._db.read() as session:
            return mail_repo.summaries(session, ids)

    def thread_sizes(self, ids: Sequence[int]) -> dict[int, int]:
        """Messages per conversation, for the rows of a threaded list."""
        with self._db.read() as session:
            return mail_repo.thread_sizes(session, ids)

    def conversation(self, message_pk: int) -> list[MessageSummary]:
        """The whole conversation of a message, oldest first, across folders (Sent included)."""
        with self._db.read() as session:
            return mail_repo.summaries(session, mail_repo.thread_ids(session, message_pk))

    def list(self, **filters: object) -> list[MessageSummary]:
        """Summaries newest first (`messages list`)."""
        return self.summaries(self.message_ids(**filters))

    def show(self, message_pk: int) -> MessageDetail:
        with self._db.read() as session:
            found = mail_repo.detail(session, message_pk)
        if found is None:
            raise DeskAppError(ErrorCode.NOT_FOUND, f"message {message_pk}")
        return found

    def _parts(self, message_pk: int) -> tuple[ParsedAttachment, ...]:
        with self._db.read() as session:
            raw = mail_repo.raw_source(session, message_pk)
        if raw is None:
            raise DeskAppError(ErrorCode.NOT_FOUND, f"message {message_pk}")
        return parse_message(raw).attachments

    def attachment(self, message_pk: int, index: int) -> AttachmentData:
        """The `index`-th listed (non-inline) attachment, cut from the stored source."""
        listed = [a for a in self._parts(message_pk) if not a.inline]
        if not 0 <= index < len(listed):
            raise DeskAppError(ErrorCode.NOT_FOUND, f"attachment {index} of message {message_pk}")
        part = listed[index]
        return AttachmentData(part.filename, part.content_type, part.data)

    def inline_images(self, message_pk: int) -> dict[str, AttachmentData]:
        """The message's own `cid:` images by Content-ID: all an HTML mail may show."""
        return {
            a.content_id: AttachmentData(a.filename, a.content_type, a.data)
            for a in self._parts(message_pk)
            if a.content_id and a.content_type.startswith("image/")
        }

    def mark_seen(self, message_pk: int, seen: bool = True) -> bool:
        """Mark read/unread now; the server follows at the next sync. Returns whether it changed."""
        return self.set_flag(message_pk, SEEN, seen)

    def set_flag(self, message_pk: int, flag: str, on: bool) -> bool:
        """Set or clear a synced flag (core.flags) locally and queue it for the server."""
        with self._db.write() as session:
            return mail_repo.set_flag(session, message_pk, flag, on)
