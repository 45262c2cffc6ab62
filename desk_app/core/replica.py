"""Merging records edited on several machines: per field, the change with the greatest clock wins.

A change names one field of one record (`kind`, `record`, `field`) with its new value and the
hybrid clock stamp of the edit; a delete sets the record's `deleted_at` (a tombstone: records are
never removed), so it travels and merges like any edit. Because the winner of every field is the maximum of its
changes, merging is commutative, associative and idempotent: machines that have seen the same
changes hold the same data, in whatever order and however often the changes arrived.

Change sets are the unit that travels: one device's changes under that device's sequence number,
as canonical JSON (the same changes always give the same bytes, which signatures rely on).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desk_app.core.hlc import Hlc

DELETED = "deleted_at"  # the tombstone field: when the record was deleted, None while it lives
FORMAT_VERSION = 1

FieldKey = tuple[str, str, str]  # (kind, record id, field)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one record set to `value` (JSON-compatible) at `clock`."""

    kind: str
    record: str
    field: str
    value: Any
    clock: Hlc

    @property
    def key(self) -> FieldKey:
        return (self.kind, self.record, self.field)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def wins(incoming: FieldChange, current: FieldChange | None) -> bool:
    """Whether `incoming` replaces `current` for their field: the greater clock wins.

    Equal clocks mean the same edit seen twice (the clock includes the device); should a forged
    or corrupt copy carry another value under the same clock, the greater value in canonical JSON
    wins, so every machine still picks the same one.
    """
    if current is None:
        return True
    if incoming.clock != current.clock:
        return incoming.clock > current.clock
    return _canonical(incoming.value) > _canonical(current.value)


def fold(changes: Iterable[FieldChange], into: dict[FieldKey, FieldChange] | None = None) -> dict[FieldKey, FieldChange]:
    """The winning change of every field among `changes` (added to `into`, which is returned)."""
    latest = into if into is not None else {}
    for change in changes:
        key = change.key
        if wins(change, latest.get(key)):
            latest[key] = change
    return latest


def records(latest: Mapping[FieldKey, FieldChange]) -> dict[tuple[str, str], dict[str, Any]]:
    """The records `latest` (from `fold`) describes, deleted ones left out: (kind, id) → fields."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for (kind, record, field), change in latest.items():
        found.setdefault((kind, record), {})[field] = change.value
    return {key: fields for key, fields in found.items() if not fields.get(DELETED)}


def chunks(changes: list[FieldChange], limit: int) -> list[list[FieldChange]]:
    """`changes` cut into lists of about `limit` changes (change sets a server stores comfortably),
    never cutting one record's changes apart."""
    records: dict[tuple[str, str], list[FieldChange]] = {}
    for change in changes:
        records.setdefault((change.kind, change.record), []).append(change)
    cut: list[list[FieldChange]] = [[]]
    for record_changes in records.values():
        if cut[-1] and len(cut[-1]) + len(record_changes) > limit:
            cut.append([])
        cut[-1].extend(record_changes)
    return [chunk for chunk in cut if chunk]


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The changes one device sends at once, numbered by that device's sequence (from 1), with the
    sender's public keys (base64): its device key, and the owner's key when the owner signed too."""

    device: str
    seq: int
    changes: tuple[FieldChange, ...]
    device_key: str = ""
    owner_key: str = ""
    agent: str = ""

    def to_json(self) -> bytes:
        """Canonical UTF-8 JSON of the change set."""
        body = {
            "v": FORMAT_VERSION,
            "device": self.device,
            "seq": self.seq,
            "device_key": self.device_key,
            "owner_key": self.owner_key,
            "agent": self.agent,
            "changes": _grouped(self.changes),
        }
        return _canonical(body).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> ChangeSet:
        """Read a change set; ValueError saying what is wrong with a malformed one."""
        try:
            body = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not JSON: {exc}") from None
        if not isinstance(body, dict) or body.get("v") != FORMAT_VERSION:
            raise ValueError("unknown change set format")
        device, seq, items = body.get("device"), body.get("seq"), body.get("changes")
        if not isinstance(device, str) or not device:
            raise ValueError("no device")
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise ValueError("bad sequence number")
        if not isinstance(items, list):
            raise ValueError("no changes")
        extras = [body.get(name, "") for name in ("device_key", "owner_key", "agent")]
        if not all(isinstance(extra, str) for extra in extras):
            raise ValueError("bad key or agent")
        return cls(device, seq, tuple(change for item in items for change in _changes(item)), *extras)


def _grouped(changes: tuple[FieldChange, ...]) -> list[dict[str, Any]]:
    """Consecutive changes of one record under one stamp as one entry (an edit of several fields
    travels once with its record id and stamp); reading the entries back gives the same order."""
    entries: list[dict[str, Any]] = []
    last: tuple[str, str, Hlc] | None = None
    for change in changes:
        key = (change.kind, change.record, change.clock)
        if key != last:
            entries.append({"kind": change.kind, "id": change.record, "hlc": change.clock.encode(), "fields": []})
            last = key
        entries[-1]["fields"].append([change.field, change.value])
    return entries


def _changes(item: Any) -> list[FieldChange]:
    if not isinstance(item, dict):
        raise ValueError("a change is not an object")
    names = ("kind", "id", "hlc")
    if not all(isinstance(item.get(name), str) and item[name] for name in names):
        raise ValueError("a change lacks kind, id or hlc")
    fields = item.get("fields")
    if not isinstance(fields, list) or not fields:
        raise ValueError("a change has no fields")
    clock = Hlc.decode(item["hlc"])
    found = []
    for pair in fields:
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str) and pair[0]):
            raise ValueError("a field is not [name, value]")
        found.append(FieldChange(item["kind"], item["id"], pair[0], pair[1], clock))
    return found
