"""Reply templates (replicable)."""

from __future__ import annotations

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.store.models.base import Base, Replicable
from desk_app.store.types import JsonText


class Template(Replicable, Base):
    """A reply template (定型文) in one language, with the category keys it fits."""

    __tablename__ = "templates"
    __table_args__ = (UniqueConstraint("key", "lang"),)

    key: Mapped[str] = mapped_column(String(64))
    lang: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    categories: Mapped[list[str]] = mapped_column(JsonText, default=list)
