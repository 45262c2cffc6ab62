"""Record sync between the shop's machines: field clocks, change sets going out and coming in,
the machines known and how far the sync folder has been read."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.store.models.base import Base
from desk_app.store.types import JsonText, UtcDateTime, utcnow


class ReplicaField(Base):
    """The clock stamp (core.hlc) of the value a replicated record's field holds here."""

    __tablename__ = "replica_fields"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(80))


class PendingChange(Base):
    """A local edit of one field, waiting to go into the next change set."""

    __tablename__ = "pending_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JsonText, nullable=True)
    hlc: Mapped[str] = mapped_column(String(80))


class OutgoingChangeSet(Base):
    """A change set of this machine, signed; `sent_at` once it is in the sync folder."""

    __tablename__ = "change_sets_out"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[str] = mapped_column(Text)
    owner_signature: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class IncomingChangeSet(Base):
    """A change set of another machine as handled here: applied, held (waiting for the owner's key
    to be trusted; the body is kept) or refused (with the reason)."""

    __tablename__ = "change_sets_in"

    device: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    signature: Mapped[str] = mapped_column(Text, default="")
    owner_signature: Mapped[str] = mapped_column(Text, default="")
    uid: Mapped[int | None] = mapped_column(Integer, default=None)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class KnownDevice(Base):
    """Another machine of the shop: its role, its public key (trusted on first use for an agent,
    by fingerprint for the owner) and its latest change set."""

    __tablename__ = "known_devices"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(8))
    agent: Mapped[str] = mapped_column(String(100), default="")
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    first_seen: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class RecordFolderState(Base):
    """How far the sync folder has been read: its UIDVALIDITY and the last UID handled."""

    __tablename__ = "record_folder_state"

    folder: Mapped[str] = mapped_column(String(200), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
