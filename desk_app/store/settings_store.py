"""Reading and writing named preference values."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desk_app.store.db import Database
from desk_app.store.models import SettingValue


def load_all(db: Database) -> dict[str, Any]:
    with db.read() as session:
        return {row.name: row.value for row in session.scalars(select(SettingValue))}


def save(db: Database, name: str, value: Any) -> None:
    with db.write() as session:
        session.merge(SettingValue(name=name, value=value))
