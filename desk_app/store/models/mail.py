"""Mail accounts, folders, messages and attachments (local to each machine, not replicated)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.store.models.base import Base
from desk_app.store.types import JsonText, UtcDateTime, utcnow


class Account(Base):
    """An IMAP/SMTP account. The password is in the keyring, never here."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    email: Mapped[str] = mapped_column(String(320))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    imap_host: Mapped[str] = mapped_column(String(255))
    imap_port: Mapped[int] = mapped_column(Integer)
    imap_security: Mapped[str] = mapped_column(String(10))
    smtp_host: Mapped[str] = mapped_column(String(255))
    smtp_port: Mapped[int] = mapped_column(Integer)
    smtp_security: Mapped[str] = mapped_column(String(10))
    username: Mapped[str] = mapped_column(String(320))
    ca_file: Mapped[str | None] = mapped_column(Text, default=None)
    signature: Mapped[str] = mapped_column(Text, default="")
    keep_days: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_sync_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)

    folders: Mapped[list[Folder]] = relationship(back_populates="account", cascade="all, delete-orphan")


class Folder(Base):
    """A mailbox on the server with the state incremental sync needs."""

    __tablename__ = "folders"
    __table_args__ = (UniqueConstraint("account_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    delimiter: Mapped[str | None] = mapped_column(String(4), default=None)
    role: Mapped[str | None] = mapped_column(String(16), default=None)  # inbox/sent/drafts/trash/junk/archive
    uidvalidity: Mapped[int | None] = mapped_column(Integer, default=None)
    uidnext: Mapped[int | None] = mapped_column(Integer, default=None)
    highestmodseq: Mapped[int | None] = mapped_column(Integer, default=None)
    synced_down_to_uid: Mapped[int | None] = mapped_column(Integer, default=None)

    account: Mapped[Account] = relationship(back_populates="folders")


class Message(Base):
    """One stored mail. Every server message is stored, whatever its Message-ID."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("folder_id", "uid"),
        Index("ix_messages_folder_date", "folder_id", "date"),
        Index("ix_messages_account_date", "account_id", "date"),
        Index("ix_messages_message_id", "message_id"),
        Index("ix_messages_thread_key", "thread_key"),
        Index("ix_messages_account_subject_key_date", "account_id", "subject_key", "date"),
        Index("ix_messages_date", "date"),
        Index("ix_messages_id_date", "id", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    folder_id: Mapped[int] = mapped_column(ForeignKey("folders.id", ondelete="CASCADE"))
    uid: Mapped[int | None] = mapped_column(Integer, default=None)
    modseq: Mapped[int | None] = mapped_column(Integer, default=None)
    message_id: Mapped[str | None] = mapped_column(Text, default=None)
    in_reply_to: Mapped[str | None] = mapped_column(Text, default=None)
    references: Mapped[list[str]] = mapped_column(JsonText, default=list)
    thread_key: Mapped[str | None] = mapped_column(Text, default=None)
    subject: Mapped[str] = mapped_column(Text, default="")
    subject_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    from_name: Mapped[str] = mapped_column(Text, default="")
    from_address: Mapped[str] = mapped_column(Text, default="")
    to_addrs: Mapped[list[str]] = mapped_column(JsonText, default=list)
    cc_addrs: Mapped[list[str]] = mapped_column(JsonText, default=list)
    date: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    size: Mapped[int] = mapped_column(Integer, default=0)
    seen: Mapped[bool] = mapped_column(Boolean, default=False)
    answered: Mapped[bool] = mapped_column(Boolean, default=False)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    has_attachments: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str | None] = mapped_column(Text, default=None)
    notes: Mapped[list[str]] = mapped_column(JsonText, default=list)
    stored_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    attachments: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan")


class MessageSource(Base):
    """The raw bytes of a message, apart from the row so that lists never read them."""

    __tablename__ = "message_sources"

    message_pk: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    raw: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    """An attachment's metadata; its bytes are cut from the stored source when saved."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(Text)
    content_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    content_id: Mapped[str | None] = mapped_column(Text, default=None)
    inline: Mapped[bool] = mapped_column(Boolean, default=False)


class PendingMailAction(Base):
    """A change made offline (flag, move, delete) waiting to be replayed on the server."""

    __tablename__ = "pending_mail_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict] = mapped_column(JsonText, default=dict)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
