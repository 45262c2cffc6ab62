"""Frozen records to JSON-ready values and back, checked field by field.

Used for what must be written down and read back exactly: the snapshot frozen at a statement's
approval and the statement bundles that travel between the agent's and the owner's machines.
Dates are ISO 8601 days, moments ISO 8601 in UTC.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """A record (and whatever it holds) as dicts, lists, strings, integers, booleans and None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


def from_plain(kind: type[T], value: Any) -> T:
    """Rebuild a `kind` record from `to_plain` output; ValueError names the first thing that does
    not fit (a missing field, a wrong type, a moment without an offset)."""
    return _load(kind, value, kind.__name__)


def _load(hint: Any, value: Any, where: str) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _load(inner, value, where)
    if origin is tuple:
        return tuple(_load(args[0], v, f"{where}[{i}]") for i, v in enumerate(_expect(value, list, where)))
    if origin in (dict, Mapping):
        return {_expect(k, str, where): _load(args[1], v, f"{where}.{k}")
                for k, v in _expect(value, dict, where).items()}
    if dataclasses.is_dataclass(hint):
        return _load_record(hint, _expect(value, dict, where), where)
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(value)
        except ValueError as exc:
            raise ValueError(f"{where}: {value!r}") from exc
    if hint is datetime:
        moment = _parse(datetime.fromisoformat, _expect(value, str, where), where)
        if moment.tzinfo is None:
            raise ValueError(f"{where}: {value!r} has no offset")
        return moment
    if hint is date:
        return _parse(date.fromisoformat, _expect(value, str, where), where)
    if hint is int and isinstance(value, bool):
        raise ValueError(f"{where}: {value!r}")
    return _expect(value, hint, where)


def _load_record(kind: Any, value: dict[str, Any], where: str) -> Any:
    hints = typing.get_type_hints(kind)
    loaded = {}
    for field in dataclasses.fields(kind):
        if field.name in value:
            loaded[field.name] = _load(hints[field.name], value[field.name], f"{where}.{field.name}")
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise ValueError(f"{where}.{field.name} is missing")
    return kind(**loaded)


def _expect(value: Any, kind: type, where: str) -> Any:
    if not isinstance(value, kind):
        raise ValueError(f"{where}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def _parse(parse: Any, text: str, where: str) -> Any:
    try:
        return parse(text)
    except ValueError as exc:
        raise ValueError(f"{where}: {text!r}") from exc
