"""Replicated records in the db: local edits captured as field changes, remote changes applied.

Every write of a replicated record goes through the ORM in a write session (DESIGN.md), so one
`after_flush` hook sees them all: each inserted or changed record gets a clock stamp, its changed
fields become pending changes (the next change set) and their stamps go to `replica_fields`.
Applying a remote change set writes only the fields whose incoming stamp is greater than the one
held (core.replica), and marks the session so that the applied values are not captured again.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, attributes

from desk_app.core.hlc import Hlc, HybridClock
from desk_app.core.replica import FieldChange
from desk_app.core.statement_replay import ReplayedStep, replay
from desk_app.core.statements import Role, StatementStatus, Step
from desk_app.store.models import (
    Call,
    Case,
    CaseMessageLink,
    CaseNote,
    Contact,
    ContactChannel,
    PendingChange,
    RateCard,
    ReplicaField,
    Replicable,
    SettingValue,
    Statement,
    StatementAdjustment,
    StatementEvent,
    Template,
    WorkItem,
)
from desk_app.store.types import UtcDateTime

# Kinds in the order a change set applies them: parents before the records that point at them.
KINDS: dict[str, type[Replicable]] = {
    "contact": Contact,
    "contact_channel": ContactChannel,
    "case": Case,
    "case_note": CaseNote,
    "case_message_link": CaseMessageLink,
    "call": Call,
    "work_item": WorkItem,
    "rate_card": RateCard,
    "statement": Statement,
    "statement_adjustment": StatementAdjustment,
    "statement_event": StatementEvent,
    "template": Template,
}
_KIND_OF = {model: kind for kind, model in KINDS.items()}
# The shop-wide preferences every machine needs travel too, as records of this kind (id: the name).
SETTING = "setting"
SHARED_SETTINGS = frozenset({"shop_name"})
# Kept per machine: the key, the local clock stamp and the time of the local write.
_LOCAL_COLUMNS = frozenset({"id", "hlc", "updated_at"})
# Derived on each machine from the statement's steps (core.statement_replay), never merged.
_DERIVED = {"statement": frozenset({"status", "submitted_at", "approved_at"})}
APPLYING = "applying_remote_changes"  # session.info flag: do not capture what is being applied


def _fields(kind: str, model: type[Replicable]) -> dict[str, Any]:
    """Column name → column type of the fields that travel."""
    kept = _LOCAL_COLUMNS | _DERIVED.get(kind, frozenset())
    return {c.key: c.type for c in model.__table__.columns if c.key not in kept}


_FIELDS = {kind: _fields(kind, model) for kind, model in KINDS.items()}


def to_json_value(column_type: Any, value: Any) -> Any:
    """A column value as it travels: times as UTC ISO text, days as ISO dates, the rest as is."""
    if value is None:
        return None
    if isinstance(column_type, UtcDateTime):
        return column_type.process_bind_param(value, None)
    if isinstance(column_type, Date) and isinstance(value, date):
        return value.isoformat()
    return value


def from_json_value(column_type: Any, value: Any) -> Any:
    """The column value of a travelled value; ValueError for one that does not fit the column."""
    if value is None:
        return None
    if isinstance(column_type, UtcDateTime):
        return datetime.fromisoformat(value).astimezone(UTC)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    return value


class ChangeCapture:
    """Captures the edits of replicated records: hook `after_flush` to the db's sessions
    (`Database.listen("after_flush", capture.after_flush)`)."""

    def __init__(self, clock: HybridClock) -> None:
        self.clock = clock

    def after_flush(self, session: Session, _context: Any) -> None:
        if session.info.get(APPLYING):
            return
        pending: list[dict[str, Any]] = []
        for obj in list(session.new) + list(session.dirty):
            if isinstance(obj, SettingValue):
                if obj.name in SHARED_SETTINGS:
                    pending.append(_setting_row(self.clock, obj))
                continue
            kind = _KIND_OF.get(type(obj))
            if kind is None:
                continue
            is_new = obj in session.new
            changed = [
                name for name in _FIELDS[kind]
                if is_new or attributes.get_history(obj, name).has_changes()
            ]
            if changed:
                pending += capture_record(session, self.clock, kind, obj, changed)
        if pending:
            _queue(session, pending)


def capture_record(session: Session, clock: HybridClock, kind: str, obj: Replicable,
                   names: list[str]) -> list[dict[str, Any]]:
    """Stamp `obj` (its `hlc` column) and return the pending-change rows of its fields `names`."""
    stamp = clock.tick().encode()
    model = type(obj)
    session.connection().execute(update(model).where(model.id == obj.id).values(hlc=stamp))
    types = _FIELDS[kind]
    return [
        {"kind": kind, "record_id": obj.id, "field": name, "value": to_json_value(types[name], getattr(obj, name)),
         "hlc": stamp}
        for name in names
    ]


def _setting_row(clock: HybridClock, setting: SettingValue) -> dict[str, Any]:
    return {"kind": SETTING, "record_id": setting.name, "field": "value", "value": setting.value,
            "hlc": clock.tick().encode()}


def _queue(session: Session, rows: list[dict[str, Any]]) -> None:
    """Queue captured changes for the next change set, and note their stamps as the fields' own."""
    connection = session.connection()
    connection.execute(insert(PendingChange), rows)
    _remember_stamps(connection, rows)


def _remember_stamps(connection: Any, rows: list[dict[str, Any]]) -> None:
    statement = sqlite_insert(ReplicaField)
    connection.execute(
        statement.on_conflict_do_update(index_elements=["kind", "record_id", "field"], set_={"hlc": statement.excluded.hlc}),
        [{"kind": r["kind"], "record_id": r["record_id"], "field": r["field"], "hlc": r["hlc"]} for r in rows],
    )


# One edit's fields share a stamp, and a change set holds many edits of one clock: decode each once.
_stamp = functools.lru_cache(maxsize=65_536)(Hlc.decode)


def latest_stamp(session: Session) -> Hlc | None:
    """The greatest clock stamp this db holds (the clock restarts past it)."""
    text = session.scalar(select(ReplicaField.hlc).order_by(ReplicaField.hlc.desc()).limit(1))
    return _stamp(text) if text else None


def seed_all(session: Session, clock: HybridClock) -> int:
    """Every replicated record as pending changes (when record sync is switched on); returns how many records."""
    rows: list[dict[str, Any]] = []
    count = 0
    for kind, model in KINDS.items():
        for obj in session.scalars(select(model)):
            rows += capture_record(session, clock, kind, obj, list(_FIELDS[kind]))
            count += 1
    shared = session.scalars(select(SettingValue).where(SettingValue.name.in_(SHARED_SETTINGS))).all()
    rows += [_setting_row(clock, setting) for setting in shared]
    if rows:
        _queue(session, rows)
    return count + len(shared)


def snapshot(session: Session) -> list[FieldChange]:
    """Every replicated record as it stands here, each field with the stamp of its value: applied
    anywhere, it changes only what is older there (a compaction's snapshot)."""
    found: list[FieldChange] = []
    for kind, model in KINDS.items():
        stamps: dict[tuple[str, str], str] = {
            (record, name): stamp for record, name, stamp in session.execute(
                select(ReplicaField.record_id, ReplicaField.field, ReplicaField.hlc).where(ReplicaField.kind == kind))
        }
        types = _FIELDS[kind]
        for obj in session.scalars(select(model)):
            for name, column_type in types.items():
                stamp = stamps.get((obj.id, name))
                if stamp is None:
                    continue  # never captured: not this machine's to tell
                found.append(FieldChange(kind, obj.id, name, to_json_value(column_type, getattr(obj, name)),
                                         _stamp(stamp)))
    stamps = dict(session.execute(select(ReplicaField.record_id, ReplicaField.hlc).where(ReplicaField.kind == SETTING)).all())
    for setting in session.scalars(select(SettingValue).where(SettingValue.name.in_(SHARED_SETTINGS))):
        if setting.name in stamps:
            found.append(FieldChange(SETTING, setting.name, "value", setting.value, _stamp(stamps[setting.name])))
    return found


def has_pending(session: Session) -> bool:
    """Whether any change waits to go into a change set."""
    return session.scalar(select(PendingChange.id).limit(1)) is not None


def pending(session: Session) -> list[tuple[int, FieldChange]]:
    """The pending changes with their queue ids, oldest first."""
    table = PendingChange.__table__
    rows = session.execute(select(table.c.id, table.c.kind, table.c.record_id, table.c.field, table.c.value,
                                  table.c.hlc).order_by(table.c.id))
    return [(pid, FieldChange(kind, record, name, value, _stamp(stamp)))
            for pid, kind, record, name, value, stamp in rows]


def drop_pending(session: Session, ids: list[int]) -> None:
    """Take changes off the queue (they went into a change set in the same transaction)."""
    for start in range(0, len(ids), 500):
        session.execute(delete(PendingChange).where(PendingChange.id.in_(ids[start:start + 500])))


@dataclass(frozen=True)
class Applied:
    """What applying some changes did: fields written, fields older than what is held, unknown
    kinds, and how many shared preferences were written (the caller reads them again)."""

    written: int
    stale: int
    unknown: int
    settings: int = 0


def _by_record(changes: Iterable[FieldChange]) -> Iterator[tuple[str, str, list[FieldChange]]]:
    grouped: dict[tuple[str, str], list[FieldChange]] = {}
    for change in changes:
        grouped.setdefault((change.kind, change.record), []).append(change)
    order = {kind: n for n, kind in enumerate(KINDS)}
    for (kind, record), items in sorted(grouped.items(), key=lambda item: (order.get(item[0][0], len(order)), item[0][1])):
        yield kind, record, items


class MissingParent(Exception):
    """A change points at a record this db does not hold (yet): nothing of the change set was written."""


def apply_change_set(session: Session, changes: Iterable[FieldChange], clock: HybridClock) -> Applied:
    """Apply one change set as a unit (a savepoint): its winning fields written, the statements
    it touches replayed. Raises MissingParent, or ValueError for a value that does not fit."""
    changes = list(changes)
    try:
        with session.begin_nested():
            applied = apply_changes(session, changes, clock)
            replay_statements(session, {(c.kind, c.record) for c in changes if c.kind in ("statement", "statement_event")})
    except IntegrityError as exc:
        if "FOREIGN KEY" in str(exc.orig):
            raise MissingParent(str(exc.orig)) from None
        raise ValueError(f"clashes with a record here: {exc.orig}") from None  # a unique key taken
    except TypeError as exc:
        raise ValueError(str(exc)) from None
    return applied


def apply_changes(session: Session, changes: Iterable[FieldChange], clock: HybridClock) -> Applied:
    """Write the changes that win over what the db holds, field by field; ValueError for a change
    whose value does not fit its column (the caller refuses the change set).

    Kind by kind, parents first (flushed before the records that point at them), each kind's
    records and field stamps read with one query per chunk of ids.
    """
    session.info[APPLYING] = True
    written = stale = unknown = settings = 0
    stamps: list[dict[str, Any]] = []
    try:
        by_kind: dict[str, list[tuple[str, list[FieldChange]]]] = {}
        for kind, record, items in _by_record(changes):
            by_kind.setdefault(kind, []).append((record, items))
        for kind, records in by_kind.items():
            if kind == SETTING:
                done = _apply_settings(session, records, clock)
                written, stale, unknown = written + done.written, stale + done.stale, unknown + done.unknown
                settings += done.written
                stamps += done.stamps
                continue
            model = KINDS.get(kind)
            if model is None:
                unknown += sum(len(items) for _, items in records)
                continue
            held, objects = _load(session, kind, model, [record for record, _ in records])
            with session.no_autoflush:
                for record, items in records:
                    best: dict[str, FieldChange] = {}
                    for change in items:
                        clock.observe(change.clock)
                        if change.field not in _FIELDS[kind]:
                            unknown += 1
                        elif change.field not in best or change.clock > best[change.field].clock:
                            best[change.field] = change
                    mine = held.get(record, {})
                    winners = {name: change for name, change in best.items()
                               if name not in mine or change.clock > _stamp(mine[name])}
                    stale += len(best) - len(winners)
                    if winners:
                        _write(session, objects, model, kind, record, winners)
                        stamps += [{"kind": kind, "record_id": record, "field": name, "hlc": c.clock.encode()}
                                   for name, c in winners.items()]
                        written += len(winners)
            session.flush()  # this kind's rows exist before the next kind's point at them
        if stamps:
            _remember_stamps(session.connection(), stamps)
    finally:
        session.info.pop(APPLYING, None)
    return Applied(written, stale, unknown, settings)


@dataclass
class _SettingsApplied:
    written: int = 0
    stale: int = 0
    unknown: int = 0
    stamps: list[dict[str, Any]] = field(default_factory=list)


def _apply_settings(session: Session, records: list[tuple[str, list[FieldChange]]],
                    clock: HybridClock) -> _SettingsApplied:
    """Shared preferences (SHARED_SETTINGS): the value with the greater stamp wins, as for records."""
    done = _SettingsApplied()
    held = dict(session.execute(select(ReplicaField.record_id, ReplicaField.hlc).where(ReplicaField.kind == SETTING)).all())
    for name, items in records:
        for change in items:
            clock.observe(change.clock)
        values = [c for c in items if c.field == "value"]
        if name not in SHARED_SETTINGS or not values:
            done.unknown += len(items)
            continue
        best = max(values, key=lambda c: c.clock)
        if name in held and best.clock <= _stamp(held[name]):
            done.stale += 1
            continue
        session.merge(SettingValue(name=name, value=best.value))
        done.stamps.append({"kind": SETTING, "record_id": name, "field": "value", "hlc": best.clock.encode()})
        done.written += 1
    return done


def _load(session: Session, kind: str, model: type[Replicable],
          ids: list[str]) -> tuple[dict[str, dict[str, str]], dict[str, Replicable]]:
    """The field stamps held and the rows of the records `ids` of one kind."""
    held: dict[str, dict[str, str]] = {}
    objects: dict[str, Replicable] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for record, name, stamp in session.execute(select(ReplicaField.record_id, ReplicaField.field, ReplicaField.hlc)
                                                   .where(ReplicaField.kind == kind, ReplicaField.record_id.in_(chunk))):
            held.setdefault(record, {})[name] = stamp
        objects.update({obj.id: obj for obj in session.scalars(select(model).where(model.id.in_(chunk)))})
    return held, objects


def _write(session: Session, objects: dict[str, Replicable], model: type[Replicable], kind: str, record: str,
           winners: dict[str, FieldChange]) -> None:
    types = _FIELDS[kind]
    obj = objects.get(record)
    if obj is None:
        obj = objects[record] = model(id=record)
        session.add(obj)
    for name, change in winners.items():
        setattr(obj, name, from_json_value(types[name], change.value))
    newest = max(change.clock for change in winners.values()).encode()
    obj.hlc = max(obj.hlc or "", newest)


def replay_statements(session: Session, touched: set[tuple[str, str]]) -> None:
    """Set the status (and the submit and approval times) of the statements `touched` (kind, id)
    names — statements, or their steps — from their steps replayed in clock order."""
    ids = {record for kind, record in touched if kind == "statement"}
    steps_touched = [record for kind, record in touched if kind == "statement_event"]
    if steps_touched:
        ids |= set(session.scalars(select(StatementEvent.statement_id).where(StatementEvent.id.in_(steps_touched))))
    session.info[APPLYING] = True
    try:
        for statement_id in ids:
            row = session.get(Statement, statement_id)
            if row is not None:
                _replay_one(session, row)
        session.flush()
    finally:
        session.info.pop(APPLYING, None)


def _replay_one(session: Session, row: Statement) -> None:
    events = {e.id: e for e in session.scalars(select(StatementEvent).where(StatementEvent.statement_id == row.id))}
    steps = []
    for event in events.values():
        try:
            step, role = Step(event.event), Role(event.role)
        except ValueError:
            continue
        clock = _stamp(event.hlc) if event.hlc else Hlc(int(event.created_at.timestamp() * 1000), 0, event.device_id)
        steps.append(ReplayedStep(event.id, step, role, clock))
    result = replay(steps)
    row.status = result.status.value
    last = {step.step: events[step.id].created_at for step in result.taken}
    row.submitted_at = last.get(Step.SUBMIT) if result.status is not StatementStatus.DRAFT else None
    row.approved_at = last.get(Step.APPROVE)
