"""Reply templates (定型文) in the db: read live ones, add, edit, soft-delete.

Rows are keyed by (key, lang). A soft-deleted row keeps its place, so seeding the bundled
defaults can tell "never had it" from "the user deleted it" and does not bring it back.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.core.template_records import TemplateText
from desk_app.store.models import Template
from desk_app.store.models.base import stable_uuid
from desk_app.store.types import utcnow


def _text(row: Template) -> TemplateText:
    return TemplateText(
        key=row.key,
        lang=row.lang,
        title=row.title,
        subject=row.subject,
        body=row.body,
        categories=tuple(row.categories or ()),
    )


def _fill(row: Template, text: TemplateText) -> None:
    row.title = text.title
    row.subject = text.subject
    row.body = text.body
    row.categories = list(text.categories)


def live(session: Session, lang: str) -> list[TemplateText]:
    """The templates of `lang` that are not deleted, ordered by key."""
    rows = session.scalars(
        select(Template)
        .where(Template.lang == lang, Template.deleted_at.is_(None))
        .order_by(Template.key)
    )
    return [_text(row) for row in rows]


def by_key(session: Session, key: str, lang: str) -> TemplateText | None:
    """The live template `key` in `lang`, or None (also when it was deleted)."""
    row = session.scalar(
        select(Template).where(
            Template.key == key, Template.lang == lang, Template.deleted_at.is_(None)
        )
    )
    return _text(row) if row else None


def known_keys(session: Session) -> set[tuple[str, str]]:
    """Every (key, lang) that has a row, deleted ones included."""
    return {(key, lang) for key, lang in session.execute(select(Template.key, Template.lang))}


def add_missing(
    session: Session, texts: Iterable[tuple[str, TemplateText]], device_id: str
) -> int:
    """Insert the (id, template) pairs whose (key, lang) has no row at all; return how many."""
    known = known_keys(session)
    added = 0
    for row_id, text in texts:
        if (text.key, text.lang) in known:
            continue
        row = Template(id=row_id, key=text.key, lang=text.lang, device_id=device_id)
        _fill(row, text)
        session.add(row)
        known.add((text.key, text.lang))
        added += 1
    session.flush()
    return added


def upsert(session: Session, text: TemplateText, device_id: str) -> TemplateText:
    """Edit the template (key, lang), bring back a deleted one under that key, or add it."""
    row = session.scalar(
        select(Template).where(Template.key == text.key, Template.lang == text.lang)
    )
    if row is None:
        # The same id for the same key on every machine: templates made on two meet as one.
        row = Template(id=stable_uuid("template", text.key, text.lang), key=text.key, lang=text.lang,
                       device_id=device_id)
        session.add(row)
    row.device_id = device_id
    row.deleted_at = None
    _fill(row, text)
    session.flush()
    return _text(row)


def soft_delete(session: Session, key: str, lang: str, device_id: str) -> bool:
    """Mark the live template deleted; False when there was none to delete."""
    row = session.scalar(
        select(Template).where(
            Template.key == key, Template.lang == lang, Template.deleted_at.is_(None)
        )
    )
    if row is None:
        return False
    row.deleted_at = utcnow()
    row.device_id = device_id
    session.flush()
    return True
