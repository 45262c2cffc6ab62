"""Mail accounts: create, read, record sync outcomes. Passwords are never here."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import AccountInfo
from desk_app.store.models import Account

_FIELDS = tuple(AccountInfo.__dataclass_fields__)


def _info(account: Account) -> AccountInfo:
    return AccountInfo(**{name: getattr(account, name) for name in _FIELDS})


def add(session: Session, info: AccountInfo) -> AccountInfo:
    values = asdict(info)
    values.pop("id")
    account = Account(**{k: v for k, v in values.items() if k not in ("last_sync_at", "last_error")})
    session.add(account)
    try:
        session.flush()
    except IntegrityError as exc:
        raise DeskAppError(ErrorCode.INVALID_INPUT, f"an account named {info.name!r} exists") from exc
    return _info(account)


def update(session: Session, info: AccountInfo) -> AccountInfo:
    account = session.get(Account, info.id)
    if account is None:
        raise DeskAppError(ErrorCode.NOT_FOUND, f"account {info.id}")
    for name in _FIELDS:
        if name not in ("id", "last_sync_at", "last_error"):
            setattr(account, name, getattr(info, name))
    session.flush()
    return _info(account)


def all_accounts(session: Session) -> list[AccountInfo]:
    return [_info(a) for a in session.scalars(select(Account).order_by(Account.name))]


def by_name(session: Session, name: str) -> AccountInfo | None:
    account = session.scalar(select(Account).where(Account.name == name))
    return _info(account) if account else None


def record_sync(session: Session, account_id: int, at: datetime, error: str | None) -> None:
    account = session.get(Account, account_id)
    if account is not None:
        account.last_error = error
        if error is None:
            account.last_sync_at = at
