"""Case states and the rule for which transitions are allowed."""

from __future__ import annotations

from enum import StrEnum

from desk_app.core.categories import is_claim


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


AUDIENCES = ("product", "site", "logistics")  # who a recurrence-prevention note must reach


def closing_problems(
    category: str | None,
    *,
    cause: str,
    responsibility: str | None,
    recovery: str,
    prevention_note: str,
    audience: list[str] | tuple[str, ...],
) -> list[str]:
    """The fields a close still lacks. A claim must say what caused it, who is responsible, what
    recovery was given and what prevents it happening again (and who must hear of it); an
    ordinary inquiry may close without them."""
    if not is_claim(category):
        return [] if category else ["category"]
    problems = []
    if not cause.strip():
        problems.append("cause")
    if responsibility not in {r.value for r in Responsibility}:
        problems.append("responsibility")
    if not recovery.strip():
        problems.append("recovery")
    if not prevention_note.strip():
        problems.append("prevention_note")
    if not audience or any(a not in AUDIENCES for a in audience):
        problems.append("audience")
    return problems


DEADLINE_HOUR = 18  # a deadline given as a day falls at the end of that working day
