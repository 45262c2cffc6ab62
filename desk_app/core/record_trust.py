"""Which replicated changes only the owner may make, and so must carry the owner's signature."""

from __future__ import annotations

from collections.abc import Iterable

from desk_app.core.replica import FieldChange
from desk_app.core.statements import Role, Step

# Rate cards (with their tax terms), reply templates and the shop-wide settings are the owner's to set.
OWNER_KINDS = frozenset({"rate_card", "template", "setting"})
# The statement as frozen at approval, and the day it was paid.
OWNER_FIELDS = frozenset({("statement", "snapshot"), ("statement", "paid_on")})
OWNER_STEPS = frozenset({Step.APPROVE.value, Step.SEND_BACK.value, Step.PAID.value})


def is_owner_only(change: FieldChange) -> bool:
    """Whether `change` is one only the owner may make."""
    if change.kind in OWNER_KINDS:
        return True
    if (change.kind, change.field) in OWNER_FIELDS:
        return change.value is not None  # a new statement carries these fields empty
    if change.kind == "statement_event":
        return (change.field == "event" and change.value in OWNER_STEPS) or (
            change.field == "role" and change.value == Role.OWNER.value)
    return False


def needs_owner(changes: Iterable[FieldChange]) -> bool:
    """Whether any of `changes` is owner-only."""
    return any(is_owner_only(change) for change in changes)


def split_owner_records(changes: list[FieldChange]) -> tuple[list[FieldChange], list[FieldChange]]:
    """(changes of records touched by no owner-only change, changes of records touched by one):
    a record's changes stay together, so an approval step never travels without its statement id."""
    owner_records = {(c.kind, c.record) for c in changes if is_owner_only(c)}
    ordinary = [c for c in changes if (c.kind, c.record) not in owner_records]
    owner = [c for c in changes if (c.kind, c.record) in owner_records]
    return ordinary, owner
