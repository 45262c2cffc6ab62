"""Queries and writes for stored mail; returns core records, never ORM objects."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, Sequence

from sqlalchemy import exists, func, select, text
from sqlalchemy.orm import Session

from desk_app.core.clock import utc_text
from desk_app.core.flags import FLAG_COLUMNS
from desk_app.core.threads import is_reply_subject, normalize_subject, thread_root
from desk_app.core.records import AttachmentInfo, FolderInfo, MessageDetail, MessageSummary
from desk_app.store import bulk, search
from desk_app.store.types import json_text, utcnow
from desk_app.store.models import (
    Account,
    Attachment,
    CaseMessageLink,
    Folder,
    Message,
    MessageSource,
    PendingMailAction,
)


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


def thread_keys_for(
    session: Session, account_id: int, items: Sequence[tuple[ParsedMessageLike, str]]
) -> list[str]:
    """The conversation each new `(parsed, subject_key)` belongs to.

    The root Message-ID from References / In-Reply-To when the headers give one; otherwise a
    reply-looking subject joins the latest conversation of this account with the same normalised
    subject (one indexed lookup per distinct subject in the batch); otherwise the message starts
    its own conversation.
    """
    wanted = sorted({
        key for parsed, key in items
        if key and not (parsed.references or parsed.in_reply_to) and is_reply_subject(parsed.subject)
    })
    latest: dict[str, str] = {}
    if wanted:
        rows = session.execute(
            text(
                "SELECT k.value, (SELECT m.thread_key FROM messages m WHERE m.account_id = :account"
                " AND m.subject_key = k.value ORDER BY m.date DESC LIMIT 1) FROM json_each(:keys) k"
            ),
            {"account": account_id, "keys": json.dumps(wanted, ensure_ascii=False)},
        )
        latest = {key: thread for key, thread in rows if thread}
    keys = []
    for parsed, subject_key in items:
        root = thread_root(parsed.message_id, parsed.in_reply_to, parsed.references)
        if parsed.references or parsed.in_reply_to:
            keys.append(root)
        elif subject_key in latest and is_reply_subject(parsed.subject):
            keys.append(latest[subject_key])
        else:
            keys.append(root or f"subject:{subject_key}")
    return keys


@dataclass(frozen=True)
class NewMessage:
    """One message to store: its parse, raw bytes, server UID and flags."""

    uid: int | None
    parsed: ParsedMessageLike
    raw: bytes
    seen: bool = False
    answered: bool = False
    flagged: bool = False
    deleted: bool = False
    modseq: int | None = None
    fallback_date: datetime | None = None  # INTERNALDATE: dates mail whose Date header is unreadable


# Columns of a new message's row, in the order add_messages binds them.
_MESSAGE_COLUMNS = (
    "id", "account_id", "folder_id", "uid", "modseq", "message_id", "in_reply_to", "references", "thread_key",
    "subject", "subject_key", "from_name", "from_address", "to_addrs", "cc_addrs", "date", "size", "seen",
    "answered", "flagged", "deleted", "has_attachments", "text", "html", "notes", "stored_at",
)
_ATTACHMENT_COLUMNS = ("message_pk", "position", "filename", "content_type", "size", "content_id", "inline")


def add_messages(session: Session, folder_id: int, account_id: int, items: Sequence[NewMessage]) -> list[int]:
    """Store messages with their sources and attachment metadata; returns their ids, in order.

    Batched inserts (one `executemany` per table, see store.bulk): the first sync of a mailbox
    stores tens of thousands of messages. The search index is written here too (there
    is no insert trigger: indexing a batch at once costs half as much).
    """
    if not items:
        return []
    subject_keys = [normalize_subject(item.parsed.subject) for item in items]
    threads = thread_keys_for(session, account_id, [(item.parsed, key) for item, key in zip(items, subject_keys)])
    ids = bulk.next_ids(session, Message.__table__, len(items))
    stored_at = utc_text(utcnow())
    bulk.insert_values(session, Message.__table__, _MESSAGE_COLUMNS, [
        (pk, account_id, folder_id, item.uid, item.modseq, p.message_id, p.in_reply_to, json_text(p.references),
         thread_key, p.subject, subject_key, p.from_name, p.from_address, json_text(p.to), json_text(p.cc),
         utc_text(p.date or item.fallback_date), len(item.raw), item.seen, item.answered, item.flagged,
         item.deleted, p.has_attachments, p.text, p.html, json_text(p.notes), stored_at)
        for pk, item, subject_key, thread_key in zip(ids, items, subject_keys, threads)
        for p in (item.parsed,)
    ])
    search.index_messages(session, ids[0], ids[-1])
    bulk.insert_values(session, MessageSource.__table__, ("message_pk", "raw"),
                       [(i, item.raw) for i, item in zip(ids, items)])
    bulk.insert_values(session, Attachment.__table__, _ATTACHMENT_COLUMNS, [
        (i, n, a.filename, a.content_type, a.size, a.content_id, a.inline)
        for i, item in zip(ids, items)
        for n, a in enumerate(item.parsed.attachments)
    ])
    return list(ids)


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


SORT_COLUMNS = {"date": Message.date, "from": Message.from_name, "subject": Message.subject_key}


def message_ids(
    session: Session,
    *,
    account: str | None = None,
    folder: str | None = None,
    folder_id: int | None = None,
    unread_only: bool = False,
    with_attachments: bool = False,
    linked: bool | None = None,
    among: Sequence[int] | None = None,
    sort: str = "date",
    descending: bool = True,
    threaded: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Ids of messages in list order: the ordered list a lazy view pages through.

    `linked` keeps only messages linked (True) or not linked (False) to a case; `among` limits to
    a set of ids (search hits); `threaded` gives one row per conversation, its newest message.
    """
    query = select(Message.id).join(Folder, Folder.id == Message.folder_id)
    if account is not None:
        query = query.join(Account, Account.id == Message.account_id).where(Account.name == account)
    if folder is not None:
        query = query.where(Folder.name == folder)
    if folder_id is not None:
        query = query.where(Message.folder_id == folder_id)
    if unread_only:
        query = query.where(Message.seen.is_(False))
    if with_attachments:
        query = query.where(Message.has_attachments.is_(True))
    if linked is not None:
        is_linked = exists().where(
            CaseMessageLink.message_id == Message.message_id, CaseMessageLink.deleted_at.is_(None)
        )
        query = query.where(is_linked if linked else ~is_linked)
    if among is not None:
        query = query.where(Message.id.in_(list(among)))
    column = SORT_COLUMNS.get(sort, Message.date)
    if threaded:
        newest = query.add_columns(Message.thread_key, Message.date).subquery()
        ranked = select(
            newest.c.id,
            func.row_number()
            .over(
                partition_by=func.coalesce(newest.c.thread_key, newest.c.id),
                order_by=(newest.c.date.desc(), newest.c.id.desc()),
            )
            .label("rank"),
        ).subquery()
        query = select(Message.id).join(ranked, ranked.c.id == Message.id).where(ranked.c.rank == 1)
    order = column.desc() if descending else column.asc()
    query = query.order_by(order, Message.id.desc() if descending else Message.id.asc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def thread_ids(session: Session, message_pk: int) -> list[int]:
    """Every message of the conversation `message_pk` belongs to (all folders), oldest first."""
    row = session.execute(
        select(Message.account_id, Message.thread_key).where(Message.id == message_pk)
    ).first()
    if row is None:
        return []
    account_id, thread_key = row
    if thread_key is None:
        return [message_pk]
    # Filter by the thread key alone and sort here: with the account and an ORDER BY in SQL,
    # SQLite prefers the (account, date) index and walks the whole account (0.1 s per call at 100k).
    rows = session.execute(
        select(Message.id, Message.date).where(Message.thread_key == thread_key, Message.account_id == account_id)
        .with_hint(Message, "INDEXED BY ix_messages_thread_key", "sqlite")
    ).all()
    return [i for i, _ in sorted(rows, key=lambda r: (r[1] is None, r[1] or datetime.min.replace(tzinfo=None), r[0]))]


def thread_sizes(session: Session, ids: Sequence[int]) -> dict[int, int]:
    """For each id, how many messages its conversation holds."""
    keyed = dict(session.execute(select(Message.id, Message.thread_key).where(Message.id.in_(list(ids)))).all())
    keys = {k for k in keyed.values() if k}
    counts = dict(
        session.execute(
            select(Message.thread_key, func.count(Message.id))
            .where(Message.thread_key.in_(keys))
            .group_by(Message.thread_key)
        ).all()
    )
    return {i: counts.get(k, 1) if k else 1 for i, k in keyed.items()}


def raw_source(session: Session, message_pk: int) -> bytes | None:
    return session.scalar(select(MessageSource.raw).where(MessageSource.message_pk == message_pk))


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


def account_id_of(session: Session, message_pk: int) -> int | None:
    return session.scalar(select(Message.account_id).where(Message.id == message_pk))


def reply_headers(session: Session, message_pk: int) -> tuple[str | None, list[str]]:
    """(Message-ID, References) of the message being answered."""
    row = session.execute(select(Message.message_id, Message.references).where(Message.id == message_pk)).first()
    return (row[0], list(row[1] or [])) if row else (None, [])


def thread_message_ids(session: Session, message_pk: int) -> list[str]:
    """The Message-IDs of the conversation `message_pk` belongs to."""
    ids = thread_ids(session, message_pk)
    return [m for m in session.scalars(select(Message.message_id).where(Message.id.in_(ids))) if m]


def ids_in_role(session: Session, ids: Sequence[int], role: str) -> list[int]:
    """Those of `ids` stored in a folder with this special-use role."""
    return list(session.scalars(
        select(Message.id).join(Folder, Folder.id == Message.folder_id)
        .where(Message.id.in_(list(ids)), Folder.role == role)
    ))


def message_ids_of(session: Session, message_pks: Sequence[int]) -> dict[int, str | None]:
    """Message-ID header of each stored message."""
    return dict(session.execute(select(Message.id, Message.message_id).where(Message.id.in_(list(message_pks)))).all())
