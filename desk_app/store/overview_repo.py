"""Counts for the window's status bar and the empty-db check."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.core.records import Overview
from desk_app.store import support_repo
from desk_app.store.models import Account, Call, Message, Order


def overview(session: Session, now: datetime) -> Overview:
    return Overview(
        messages=session.scalar(select(func.count(Message.id))) or 0,
        unread=session.scalar(select(func.count(Message.id)).where(Message.seen.is_(False))) or 0,
        cases_open=support_repo.count_cases(session),
        cases_overdue=support_repo.count_cases(session, overdue_at=now),
        calls=session.scalar(select(func.count(Call.id)).where(Call.deleted_at.is_(None))) or 0,
        accounts=session.scalar(select(func.count(Account.id))) or 0,
        orders=session.scalar(select(func.count(Order.id))) or 0,
    )
