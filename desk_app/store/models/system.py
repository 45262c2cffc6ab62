"""App settings (preferences) and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.store.models.base import Base
from desk_app.store.types import JsonText, UtcDateTime, utcnow


class SettingValue(Base):
    """One preference by name; names, types and defaults are declared in services.settings."""

    __tablename__ = "settings"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText)


class AuditEntry(Base):
    """Who did what to which record, kept for trust between agent and owner."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict] = mapped_column(JsonText, default=dict)
