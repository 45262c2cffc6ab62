"""Mail being written (drafts) and mail on its way out (the outbox)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.store.models.base import Base
from desk_app.store.types import JsonText, UtcDateTime, utcnow


class Draft(Base):
    """A message being written, autosaved every few seconds so a crash loses nothing."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12))  # reply | reply_all | forward | new
    replied_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"), default=None)
    case_id: Mapped[str | None] = mapped_column(String(36), default=None)
    to_addrs: Mapped[list[str]] = mapped_column(JsonText, default=list)
    cc_addrs: Mapped[list[str]] = mapped_column(JsonText, default=list)
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    charset: Mapped[str] = mapped_column(String(16), default="utf-8")
    template_key: Mapped[str | None] = mapped_column(String(64), default=None)
    attachments: Mapped[list[dict]] = mapped_column(JsonText, default=list)  # [{path, filename}]
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class OutboxEntry(Base):
    """A message queued to send. Its Message-ID is fixed at queue time, so a resend after a crash
    can be recognised in the Sent folder and never reaches the customer twice."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_next", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    message_id: Mapped[str] = mapped_column(Text, unique=True)
    state: Mapped[str] = mapped_column(String(12), default="queued")  # queued|sending|sent|failed|cancelled
    kind: Mapped[str] = mapped_column(String(12))
    replied_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"), default=None)
    replied_message_id: Mapped[str | None] = mapped_column(Text, default=None)
    case_id: Mapped[str | None] = mapped_column(String(36), default=None)
    sender: Mapped[str] = mapped_column(Text)
    recipients: Mapped[list[str]] = mapped_column(JsonText, default=list)  # envelope: to + cc
    to_addrs: Mapped[list[str]] = mapped_column(JsonText, default=list)
    cc_addrs: Mapped[list[str]] = mapped_column(JsonText, default=list)
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    charset: Mapped[str] = mapped_column(String(16), default="utf-8")
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    attachments: Mapped[list[dict]] = mapped_column(JsonText, default=list)  # [{path}] for editing again
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    filed_in_sent: Mapped[bool] = mapped_column(Boolean, default=False)
