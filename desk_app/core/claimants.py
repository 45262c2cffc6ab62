"""Unreasonable claimants (モンスタークレーマー): the three signs DOMAIN.md recognises them by.

A customer is flagged when at least one sign is ticked. The keys are stored in
`Contact.unreasonable_criteria` (all three, each true or false) and used by the demo data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum


class Criterion(StrEnum):
    """A sign of an unreasonable claimant."""

    EXCESSIVE_DEMAND = "excessive_demand"  # demands far more than is reasonable, the shop not at fault
    VENTING = "venting"  # complains to vent stress
    MONEY_OR_GOODS = "money_or_goods"  # aims at money or free goods


CRITERIA: tuple[Criterion, ...] = tuple(Criterion)


def criteria_map(ticked: Iterable[str]) -> dict[str, bool]:
    """Every criterion key with whether it is among `ticked`; ValueError for an unknown key."""
    chosen = set(ticked)
    unknown = chosen - set(CRITERIA)
    if unknown:
        raise ValueError(f"unknown criterion {min(unknown)}")
    return {key.value: key.value in chosen for key in CRITERIA}


def ticked(criteria: Mapping[str, bool] | None) -> tuple[str, ...]:
    """The criterion keys ticked in a stored map, in the order of CRITERIA."""
    stored = criteria or {}
    return tuple(key.value for key in CRITERIA if stored.get(key.value))


def is_flagged(criteria: Mapping[str, bool] | None) -> bool:
    """Whether the stored map marks the customer as an unreasonable claimant."""
    return bool(ticked(criteria))
