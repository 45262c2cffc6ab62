"""A statement's status from its steps as they arrive from several machines, and where a piece
that arrives late counts.

Statements are not merged field by field: their steps (submit, approve, send back, paid) follow
the workflow's state machine. Each machine replays every step it holds in clock order and keeps
those the machine allows at that point, so machines holding the same steps agree on the status
whatever order the steps came in; a step that the state machine refuses (a send-back reaching a
statement approved earlier) is kept as history but changes nothing, and approval stays final.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from desk_app.core.clock import next_month
from desk_app.core.hlc import Hlc
from desk_app.core.statements import TRANSITIONS, Role, StatementStatus, Step


@dataclass(frozen=True, slots=True)
class ReplayedStep:
    """One workflow step as it travels: its id, what, by which role, and its clock stamp."""

    id: str
    step: Step
    role: Role
    clock: Hlc


@dataclass(frozen=True)
class Replay:
    """The status the steps lead to, the steps that took effect and those the workflow refused."""

    status: StatementStatus
    taken: tuple[ReplayedStep, ...]
    refused: tuple[ReplayedStep, ...]


def replay(steps: Iterable[ReplayedStep]) -> Replay:
    """Replay `steps` (duplicates by id count once) in clock order from a draft."""
    unique = {step.id: step for step in steps}
    status = StatementStatus.DRAFT
    taken: list[ReplayedStep] = []
    refused: list[ReplayedStep] = []
    for step in sorted(unique.values(), key=lambda s: (s.clock, s.id)):
        transition = TRANSITIONS.get(step.step)
        if transition is None:  # comments, adjustments: history only
            taken.append(step)
        elif status in transition.sources and step.role == transition.role:
            status = transition.target
            taken.append(step)
        else:
            refused.append(step)
    return Replay(status, tuple(taken), tuple(refused))


@dataclass(frozen=True)
class Placement:
    """The month (its first day) a piece counts in; `late` when that is not the month it was done."""

    month: date
    late: bool


def place_piece(piece_id: str, done_in: date, approved: Mapping[date, frozenset[str]]) -> Placement:
    """Where a piece done in the month starting `done_in` counts, given each approved month's pieces.

    An approved month never changes: a piece it does not hold (logged offline before the approval
    arrived) counts in the first later month that is not approved, marked late.
    """
    month = done_in
    while month in approved and piece_id not in approved[month]:
        month = next_month(month)
    return Placement(month, month != done_in)
