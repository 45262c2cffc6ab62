"""Reading everything a month's statement is made of, in one session."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desk_app.core import clock
from desk_app.core.pieces import WorkPiece
from desk_app.core.statement_replay import place_piece
from desk_app.core.statements import StatementInputs
from desk_app.store import pay_repo, statements_repo


def month_inputs(session: Session, agent: str, first: date, zone: str) -> StatementInputs:
    """The agent's month starting on `first` (calendar days in `zone`): workflow, snapshot, live
    pieces (with the late ones it takes in), rate cards, adjustments and the per-customer tally."""
    month = f"{first:%Y-%m}"
    workflow = statements_repo.workflow(session, agent, month)
    return StatementInputs(
        agent=agent, first=first, workflow=workflow, snapshot=statements_repo.snapshot(session, agent, month),
        pieces=tuple(pay_repo.month_pieces(session, agent, first, clock.next_month(first), include_voided=False))
        + late_pieces(session, agent, first),
        cards=tuple(pay_repo.rate_cards(session, agent)),
        adjustments=tuple(statements_repo.adjustments(session, workflow.id)),
        tally=pay_repo.month_tally(session, agent, first, zone),
    )


def late_pieces(session: Session, agent: str, first: date) -> tuple[WorkPiece, ...]:
    """Pieces of earlier approved months that their approval does not hold and that count in the
    month starting `first` (core.statement_replay.place_piece: the first later month not approved)."""
    approved = statements_repo.approved_pieces(session, agent, first)
    if not approved:
        return ()
    approved_too = statements_repo.approved_pieces(session, agent, clock.next_month(first))
    return tuple(
        piece for piece in pay_repo.pieces_left_out(session, agent, approved)
        if place_piece(piece.id, clock.month_start(piece.day), approved_too).month == first
    )
