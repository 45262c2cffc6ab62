"""Case states and the rule for which transitions are allowed."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    """The life of a case, from the first contact to its close."""

    NEW = "new"
    OPEN = "open"
    WAITING_CUSTOMER = "waiting_customer"
    WAITING_SHOP = "waiting_shop"
    RESOLVED = "resolved"
    CLOSED = "closed"


OPEN_STATUSES = frozenset(
    {CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.WAITING_CUSTOMER, CaseStatus.WAITING_SHOP}
)


class Responsibility(StrEnum):
    """Where the responsibility for a claim lies, recorded when it is closed."""

    SHOP = "shop"
    CARRIER = "carrier"
    MANUFACTURER = "manufacturer"
    CUSTOMER = "customer"
    UNKNOWN = "unknown"


def is_open(status: str) -> bool:
    """A case still needs work (and its deadline still counts) until resolved or closed."""
    return status in OPEN_STATUSES
