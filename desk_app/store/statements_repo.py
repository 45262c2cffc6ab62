"""Monthly statements: workflow state, events, adjustments, the snapshot frozen at approval, and
the month lock that every piece write checks."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from desk_app.core import clock
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.statements import (
    LOCKED_STATUSES,
    Adjustment,
    Role,
    StatementStatus,
    Step,
    Workflow,
    WorkflowEvent,
)
from desk_app.store.models import Contact, Statement, StatementAdjustment, StatementEvent
from desk_app.store.models.base import stable_uuid

_LOCKED = [s.value for s in LOCKED_STATUSES]


def _row(session: Session, agent: str, month: str) -> Statement | None:
    return session.scalar(select(Statement).where(Statement.agent == agent, Statement.month == month,
                                                  Statement.deleted_at.is_(None)))


def is_locked(session: Session, agent: str, month: str) -> bool:
    """Whether the agent's `month` (YYYY-MM) is approved (or paid) and so can no longer change."""
    row = _row(session, agent, month)
    return row is not None and row.status in _LOCKED


def ensure_open(session: Session, agent: str, day: date) -> None:
    """Raise MONTH_LOCKED when `day` falls in an approved month of the agent's."""
    month = f"{day:%Y-%m}"
    if is_locked(session, agent, month):
        raise DeskAppError(ErrorCode.MONTH_LOCKED, month)


def last_locked_month(session: Session, agent: str) -> str | None:
    """The latest approved (or paid) month of the agent's, YYYY-MM."""
    return session.scalar(select(Statement.month).where(
        Statement.agent == agent, Statement.status.in_(_LOCKED), Statement.deleted_at.is_(None)
    ).order_by(Statement.month.desc()).limit(1))


def approved_pieces(session: Session, agent: str, before: date) -> dict[date, frozenset[str]]:
    """The pieces each approved month of the agent's before `before` holds (from its snapshot)."""
    rows = session.execute(select(Statement.month, Statement.snapshot).where(
        Statement.agent == agent, Statement.status.in_(_LOCKED), Statement.deleted_at.is_(None),
        Statement.month < f"{before:%Y-%m}",
    ))
    return {
        date.fromisoformat(f"{month}-01"): frozenset(str(p.get("id")) for p in (snap or {}).get("pieces", []))
        for month, snap in rows
    }


def next_open_month(session: Session, agent: str, after: date) -> date:
    """The first month after the one starting on `after` that is not locked."""
    month = clock.next_month(after)
    while is_locked(session, agent, f"{month:%Y-%m}"):
        month = clock.next_month(month)
    return month


def _event(row: StatementEvent) -> WorkflowEvent:
    return WorkflowEvent(id=row.id, event=Step(row.event), actor=row.actor, role=Role(row.role), comment=row.comment,
                         at=row.created_at)


def workflow(session: Session, agent: str, month: str) -> Workflow:
    """Where the agent's statement of `month` stands (a draft with no id when none is stored).
    Events oldest first; those of one moment in the order they were kept."""
    row = _row(session, agent, month)
    if row is None:
        return Workflow()
    events = session.scalars(select(StatementEvent).where(
        StatementEvent.statement_id == row.id, StatementEvent.deleted_at.is_(None)
    ).order_by(StatementEvent.created_at, literal_column("statement_events.rowid")))
    return Workflow(id=row.id, status=StatementStatus(row.status), submitted_at=row.submitted_at,
                    approved_at=row.approved_at, paid_on=row.paid_on, events=tuple(_event(e) for e in events))


def snapshot(session: Session, agent: str, month: str) -> dict[str, Any] | None:
    """The statement as frozen at approval, if it was approved."""
    row = _row(session, agent, month)
    return row.snapshot if row is not None else None


def ensure_statement(session: Session, agent: str, month: str, device_id: str, statement_id: str | None = None) -> str:
    """The id of the agent's statement of `month`, stored now as a draft if it was not yet."""
    row = _row(session, agent, month)
    if row is None:
        row = Statement(id=statement_id or stable_uuid("statement", agent, month), agent=agent, month=month,
                        status=StatementStatus.DRAFT.value, device_id=device_id)
        session.add(row)
        session.flush()
    return row.id


def move(session: Session, statement_id: str, status: StatementStatus, *, at: datetime, device_id: str,
         paid_on: date | None = None, snapshot: dict[str, Any] | None = None) -> None:
    """Put a statement in `status`, noting when it was submitted, approved or paid; the snapshot
    goes with approval and is dropped if the statement is ever a draft again."""
    row = session.get(Statement, statement_id)
    row.status = status.value
    row.device_id = device_id
    if status is StatementStatus.SUBMITTED:
        row.submitted_at = at
    elif status is StatementStatus.APPROVED:
        row.approved_at = at
        row.snapshot = snapshot
    elif status is StatementStatus.PAID:
        row.paid_on = paid_on
    elif status is StatementStatus.DRAFT:
        row.submitted_at = None
        row.snapshot = None


def add_event(session: Session, statement_id: str, step: Step, *, actor: str, role: Role, comment: str,
              at: datetime, device_id: str, event_id: str | None = None) -> bool:
    """Keep a step taken on a statement; with `event_id` (from another machine) only once."""
    if event_id is not None and session.get(StatementEvent, event_id) is not None:
        return False
    event = StatementEvent(statement_id=statement_id, event=step.value, actor=actor, role=role.value, comment=comment,
                           created_at=at, updated_at=at, device_id=device_id)
    if event_id is not None:
        event.id = event_id
    session.add(event)
    return True


def add_adjustment(session: Session, statement_id: str, *, amount_yen: int, reason: str, reference: str | None,
                   at: datetime, device_id: str, adjustment_id: str | None = None) -> Adjustment | None:
    """Add a ± correction to a statement; with `adjustment_id` (from another machine) only once."""
    if adjustment_id is not None and adjustment_exists(session, adjustment_id):
        return None
    row = StatementAdjustment(statement_id=statement_id, amount_yen=amount_yen, reason=reason, reference=reference,
                              created_at=at, updated_at=at, device_id=device_id)
    if adjustment_id is not None:
        row.id = adjustment_id
    session.add(row)
    session.flush()
    return _adjustment(row)


def adjustment_exists(session: Session, adjustment_id: str) -> bool:
    return session.get(StatementAdjustment, adjustment_id) is not None


def _adjustment(row: StatementAdjustment) -> Adjustment:
    return Adjustment(id=row.id, amount_yen=row.amount_yen, reason=row.reason, reference=row.reference,
                      created_at=row.created_at)


def adjustments(session: Session, statement_id: str | None) -> list[Adjustment]:
    if statement_id is None:
        return []
    rows = session.scalars(select(StatementAdjustment).where(
        StatementAdjustment.statement_id == statement_id, StatementAdjustment.deleted_at.is_(None)
    ).order_by(StatementAdjustment.created_at, literal_column("statement_adjustments.rowid")))
    return [_adjustment(r) for r in rows]


def stored_months(session: Session, agent: str | None = None) -> list[tuple[str, str]]:
    """`(agent, month)` of every stored statement (of one agent), newest month first."""
    query = select(Statement.agent, Statement.month).where(Statement.deleted_at.is_(None))
    if agent is not None:
        query = query.where(Statement.agent == agent)
    return [(a, m) for a, m in session.execute(query.order_by(Statement.month.desc(), Statement.agent))]


_ORDER = list(StatementStatus)


def adopt(session: Session, statement_id: str, theirs: Workflow, snapshot: dict[str, Any] | None) -> bool:
    """Take the status of the same statement from another machine when it is further along than
    this machine's, but not a submission the owner has since sent back. True when taken."""
    row = session.get(Statement, statement_id)
    ours = StatementStatus(row.status)
    if _ORDER.index(theirs.status) <= _ORDER.index(ours):
        return False
    sent_back = session.scalar(select(StatementEvent.created_at).where(
        StatementEvent.statement_id == statement_id, StatementEvent.event == Step.SEND_BACK.value
    ).order_by(StatementEvent.created_at.desc()).limit(1))
    if sent_back is not None and (theirs.submitted_at is None or theirs.submitted_at <= sent_back):
        return False
    row.status = theirs.status.value
    row.submitted_at, row.approved_at, row.paid_on = theirs.submitted_at, theirs.approved_at, theirs.paid_on
    row.snapshot = snapshot if theirs.status in LOCKED_STATUSES else None
    return True


def import_contact(session: Session, contact_id: str, name: str, kana: str, device_id: str) -> None:
    """Make a customer named by an imported piece known here (its id kept, as record sync will)."""
    if session.get(Contact, contact_id) is None:
        session.add(Contact(id=contact_id, name=name, kana=kana, device_id=device_id))
