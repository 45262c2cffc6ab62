"""Column types shared by the models: UTC timestamps and JSON text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator


def utc_text(value: datetime | None) -> str | None:
    """How a UtcDateTime column stores `value`: `2026-11-02T01:00:00.000000Z` (None stays None)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    v = value.astimezone(UTC)
    # The format "%Y-%m-%dT%H:%M:%S.%fZ" spelled out: twice as fast as strftime, which a
    # million-line order import calls twice an order. Years before 1000 do not occur.
    return (f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}"
            f".{v.microsecond:06d}Z")


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as fixed-width ISO 8601 text in UTC, so text order is time order."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        return utc_text(value)

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class JsonText(TypeDecorator[Any]):
    """A JSON document stored as text (real Unicode, not ASCII escapes)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else json.loads(value)


def utcnow() -> datetime:
    return datetime.now(UTC)
