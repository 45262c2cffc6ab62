"""Saved column mappings for order imports (`import_profiles`): the definition is JSON text that
sales.profiles reads and writes; the store only keeps it by name."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk_app.store.models import ImportProfile
from desk_app.store.types import utcnow


def all_definitions(session: Session) -> list[tuple[str, str]]:
    """(name, definition) of every saved profile, by name."""
    return [(name, definition) for name, definition in
            session.execute(select(ImportProfile.name, ImportProfile.definition).order_by(ImportProfile.name))]


def put(session: Session, name: str, definition: str) -> None:
    """Save the profile `name`, replacing one of that name."""
    row = session.get(ImportProfile, name)
    if row is None:
        session.add(ImportProfile(name=name, definition=definition, updated_at=utcnow()))
    else:
        row.definition = definition
        row.updated_at = utcnow()


def remove(session: Session, name: str) -> bool:
    """Delete the profile `name`; False when there was none."""
    return session.execute(delete(ImportProfile).where(ImportProfile.name == name)).rowcount > 0
