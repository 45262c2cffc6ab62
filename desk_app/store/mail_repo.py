"""Queries and writes for stored mail; returns core records, never ORM objects."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.core.flags import FLAG_COLUMNS
from desk_app.core.records import AttachmentInfo, FolderInfo, MessageDetail, MessageSummary
from desk_app.store.models import Account, Attachment, Folder, Message, MessageSource, PendingMailAction


class ParsedAttachmentLike(Protocol):
    """What `add_message` needs of a parsed attachment (see mail.mime.ParsedAttachment)."""

    filename: str
    content_type: str
    size: int
    content_id: str | None
    inline: bool


class ParsedMessageLike(Protocol):
    """What `add_message` needs of a parsed message (see mail.mime.ParsedMessage)."""

    message_id: str | None
    in_reply_to: str | None
    references: Sequence[str]
    subject: str
    from_name: str
    from_address: str
    to: Sequence[str]
    cc: Sequence[str]
    date: datetime | None
    text: str
    html: str | None
    attachments: Sequence[ParsedAttachmentLike]
    has_attachments: bool
    notes: Sequence[str]


def thread_key_for(parsed: ParsedMessageLike) -> str | None:
    """The root of the conversation: the first Reference, else In-Reply-To, else itself."""
    if parsed.references:
        return parsed.references[0]
    return parsed.in_reply_to or parsed.message_id


def add_message(
    session: Session,
    *,
    folder: Folder,
    uid: int | None,
    parsed: ParsedMessageLike,
    raw: bytes,
    seen: bool = False,
    answered: bool = False,
    flagged: bool = False,
    fallback_date: datetime | None = None,
) -> Message:
    """Store one parsed message with its source and attachment metadata.

    `fallback_date` (the server's INTERNALDATE) dates a message whose Date header is missing or
    unreadable, so it still sorts where it arrived.
    """
    message = Message(
        account_id=folder.account_id,
        folder_id=folder.id,
        uid=uid,
        message_id=parsed.message_id,
        in_reply_to=parsed.in_reply_to,
        references=list(parsed.references),
        thread_key=thread_key_for(parsed),
        subject=parsed.subject,
        from_name=parsed.from_name,
        from_address=parsed.from_address,
        to_addrs=list(parsed.to),
        cc_addrs=list(parsed.cc),
        date=parsed.date or fallback_date,
        size=len(raw),
        seen=seen,
        answered=answered,
        flagged=flagged,
        has_attachments=parsed.has_attachments,
        text=parsed.text,
        html=parsed.html,
        notes=list(parsed.notes),
    )
    message.attachments = [
        Attachment(
            position=i,
            filename=a.filename,
            content_type=a.content_type,
            size=a.size,
            content_id=a.content_id,
            inline=a.inline,
        )
        for i, a in enumerate(parsed.attachments)
    ]
    session.add(message)
    session.flush()
    session.add(MessageSource(message_pk=message.id, raw=raw))
    return message


def get_or_create_folder(session: Session, account: Account, name: str, role: str | None) -> Folder:
    folder = session.scalar(select(Folder).where(Folder.account_id == account.id, Folder.name == name))
    if folder is None:
        folder = Folder(account_id=account.id, name=name, role=role, delimiter="/")
        session.add(folder)
        session.flush()
    return folder


def list_folders(session: Session) -> list[FolderInfo]:
    unread = func.sum(func.iif(Message.seen, 0, 1))
    rows = session.execute(
        select(Folder.id, Account.name, Folder.name, Folder.role, func.count(Message.id), unread)
        .join(Account, Account.id == Folder.account_id)
        .outerjoin(Message, Message.folder_id == Folder.id)
        .group_by(Folder.id)
        .order_by(Account.name, Folder.role.is_(None), Folder.name)
    )
    return [FolderInfo(id=r[0], account=r[1], name=r[2], role=r[3], total=r[4], unread=r[5] or 0) for r in rows]


def message_ids(
    session: Session,
    *,
    account: str | None = None,
    folder: str | None = None,
    folder_id: int | None = None,
    unread_only: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Ids of messages, newest first: the ordered list a lazy view pages through."""
    query = select(Message.id).join(Folder, Folder.id == Message.folder_id)
    if account is not None:
        query = query.join(Account, Account.id == Message.account_id).where(Account.name == account)
    if folder is not None:
        query = query.where(Folder.name == folder)
    if folder_id is not None:
        query = query.where(Message.folder_id == folder_id)
    if unread_only:
        query = query.where(Message.seen.is_(False))
    query = query.order_by(Message.date.desc(), Message.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def summaries(session: Session, ids: Sequence[int]) -> list[MessageSummary]:
    """Rows for `ids`, in the order given."""
    rows = session.execute(
        select(
            Message.id, Account.name, Folder.name, Message.uid, Message.message_id, Message.subject,
            Message.from_name, Message.from_address, Message.date, Message.seen, Message.flagged,
            Message.answered, Message.has_attachments, Message.thread_key,
        )
        .join(Folder, Folder.id == Message.folder_id)
        .join(Account, Account.id == Message.account_id)
        .where(Message.id.in_(ids))
    )
    by_id = {r[0]: MessageSummary(*r) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def detail(session: Session, message_pk: int) -> MessageDetail | None:
    message = session.get(Message, message_pk)
    if message is None:
        return None
    return MessageDetail(
        id=message.id,
        subject=message.subject,
        from_name=message.from_name,
        from_address=message.from_address,
        to=tuple(message.to_addrs),
        cc=tuple(message.cc_addrs),
        date=message.date,
        text=message.text,
        html=message.html,
        attachments=tuple(
            AttachmentInfo(a.filename, a.content_type, a.size) for a in message.attachments if not a.inline
        ),
        notes=tuple(message.notes),
    )


def set_flag(session: Session, message_pk: int, flag: str, on: bool) -> bool:
    """Change a flag locally and queue the same change for the server; False if nothing changed.

    The queued action names the folder, UID and UIDVALIDITY it applies to, so a replay after a
    renumbering never touches the wrong message.
    """
    column = FLAG_COLUMNS[flag]
    message = session.get(Message, message_pk)
    if message is None or getattr(message, column) == on:
        return False
    setattr(message, column, on)
    if message.uid is not None:
        folder = session.get(Folder, message.folder_id)
        session.add(
            PendingMailAction(
                account_id=message.account_id,
                message_pk=message.id,
                action="flags",
                payload={
                    "folder": folder.name,
                    "uid": message.uid,
                    "uidvalidity": folder.uidvalidity,
                    "add": [flag] if on else [],
                    "remove": [] if on else [flag],
                },
            )
        )
    return True
