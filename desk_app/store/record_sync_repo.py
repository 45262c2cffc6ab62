"""Change sets going out and coming in, the machines known, and how far the sync folder was read."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desk_app.store.models import (
    AuditEntry,
    IncomingChangeSet,
    KnownDevice,
    OutgoingChangeSet,
    PendingChange,
    RecordFolderState,
    Statement,
    StatementEvent,
)


def next_seq(session: Session, device_id: str) -> int:
    """The next number of this machine's change sets: past every one it made, and past its own that
    came back from the folder (a db restored from a backup must not reuse a number)."""
    made = session.scalar(select(func.max(OutgoingChangeSet.seq))) or 0
    seen = session.scalar(select(func.max(IncomingChangeSet.seq)).where(IncomingChangeSet.device == device_id)) or 0
    return max(made, seen) + 1


def add_outgoing(session: Session, seq: int, body: bytes, signature: str, owner_signature: str = "") -> None:
    session.add(OutgoingChangeSet(seq=seq, body=body, signature=signature, owner_signature=owner_signature))


def is_outgoing(session: Session, seq: int) -> bool:
    """Whether this machine made change set `seq`."""
    return session.get(OutgoingChangeSet, seq) is not None


def unsent(session: Session) -> list[OutgoingChangeSet]:
    return list(session.scalars(select(OutgoingChangeSet).where(OutgoingChangeSet.sent_at.is_(None))
                                .order_by(OutgoingChangeSet.seq)))


def mark_sent(session: Session, seqs: list[int], at: datetime) -> None:
    if seqs:
        session.execute(update(OutgoingChangeSet).where(OutgoingChangeSet.seq.in_(seqs)).values(sent_at=at))


def waiting_out(session: Session) -> int:
    """Records changed here that have not reached the folder yet (pending, or in unsent change sets)."""
    pending = session.scalar(select(func.count()).select_from(
        select(PendingChange.kind, PendingChange.record_id).distinct().subquery())) or 0
    return pending + (session.scalar(select(func.count()).where(OutgoingChangeSet.sent_at.is_(None))) or 0)


def incoming(session: Session, device: str, seq: int) -> IncomingChangeSet | None:
    return session.get(IncomingChangeSet, (device, seq))


def record_incoming(session: Session, row: IncomingChangeSet) -> None:
    session.merge(row)


def held(session: Session) -> list[IncomingChangeSet]:
    return list(session.scalars(select(IncomingChangeSet).where(IncomingChangeSet.status == "held")
                                .order_by(IncomingChangeSet.uid, IncomingChangeSet.device, IncomingChangeSet.seq)))


def device(session: Session, device_id: str) -> KnownDevice | None:
    return session.get(KnownDevice, device_id)


def devices(session: Session) -> list[KnownDevice]:
    return list(session.scalars(select(KnownDevice).order_by(KnownDevice.last_seen.desc())))


def folder_state(session: Session, folder: str) -> RecordFolderState | None:
    return session.get(RecordFolderState, folder)


def save_folder_state(session: Session, folder: str, uidvalidity: int, last_uid: int) -> None:
    session.merge(RecordFolderState(folder=folder, uidvalidity=uidvalidity, last_uid=last_uid))


def remember_device(session: Session, device_id: str, *, key: bytes, agent: str, owner: bool, seq: int,
                    at: datetime) -> None:
    """Note a change set from another machine: its key (kept from the first), role, agent, latest number."""
    known = session.get(KnownDevice, device_id)
    if known is None:
        known = KnownDevice(device_id=device_id, role="agent", public_key=key, first_seen=at, last_seq=0)
        session.add(known)
    known.agent = agent
    if owner:
        known.role = "owner"
    known.last_seen = at
    known.last_seq = max(known.last_seq or 0, seq)


def statement_steps(session: Session, event_ids: list[str]) -> list[tuple[str, str, str]]:
    """(agent, month, step) of the statement steps `event_ids`."""
    if not event_ids:
        return []
    rows = session.execute(
        select(Statement.agent, Statement.month, StatementEvent.event)
        .join(Statement, Statement.id == StatementEvent.statement_id)
        .where(StatementEvent.id.in_(event_ids))
    )
    return [(agent, month, step) for agent, month, step in rows]


def audit(session: Session, device_id: str, seq: int, status: str, reason: str, at: datetime) -> None:
    """The audit log's line for a change set from another machine: which machine wrote it and what
    became of it here (applied, held, refused and why)."""
    session.add(AuditEntry(at=at, device_id=device_id, actor="", action=f"records.{status}", entity="change_set",
                           entity_id=f"{device_id}/{seq}", detail={"reason": reason} if reason else {}))
