"""Column types shared by the models: UTC timestamps and JSON text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator

from desk_app.core.clock import utc_text


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


# One encoder for every value: json.dumps with options builds a new one per call.
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def json_text(value: Any) -> str | None:
    """`value` as a JsonText column stores it (for the bulk inserts that bind values themselves)."""
    if value is None:
        return None
    if not value and isinstance(value, (list, tuple)):
        return "[]"  # most address, reference and note lists: no encoder call
    return _JSON.encode(value)


class JsonText(TypeDecorator[Any]):
    """A JSON document stored as text (real Unicode, not ASCII escapes)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return json_text(value)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else json.loads(value)


def utcnow() -> datetime:
    return datetime.now(UTC)
