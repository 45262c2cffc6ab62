"""Declarative base and the columns every replicable record carries."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desk_app.store.types import UtcDateTime, utcnow

# Stable constraint names keep Alembic batch migrations (table rebuilds) deterministic.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every model."""

    metadata = MetaData(naming_convention=NAMING)


def new_uuid() -> str:
    return str(uuid.uuid4())


_STABLE_NAMESPACE = uuid.UUID("6f1d2c3e-5b7a-4e8f-9a0b-1c2d3e4f5a6b")


def stable_uuid(*parts: str) -> str:
    """The same id for the same natural key on every machine (an agent's statement of a month, a
    rate card of a day), so records two machines create apart meet as one when they sync."""
    return str(uuid.uuid5(_STABLE_NAMESPACE, "/".join(parts)))


class Replicable:
    """Columns of records that travel between the shop's machines.

    UUID keys so two machines never collide; `updated_at` and `hlc` (hybrid logical clock, set by
    the replication layer) order concurrent edits; `device_id` names the writer; soft deletion so a
    delete can travel as a change like any other.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str | None] = mapped_column(String(40), default=None)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
