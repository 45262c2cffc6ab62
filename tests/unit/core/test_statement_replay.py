"""Statement steps from several machines: the state machine in clock order; late pieces move on."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from desk_app.core.hlc import Hlc
from desk_app.core.statement_replay import ReplayedStep, place_piece, replay
from desk_app.core.statements import Role, StatementStatus, Step


def step(id_: str, what: Step, role: Role, wall: int) -> ReplayedStep:
    return ReplayedStep(id_, what, role, Hlc(wall, 0, "owner" if role is Role.OWNER else "agent"))


SUBMIT = step("s1", Step.SUBMIT, Role.AGENT, 100)
SEND_BACK = step("b1", Step.SEND_BACK, Role.OWNER, 200)
RESUBMIT = step("s2", Step.SUBMIT, Role.AGENT, 300)
APPROVE = step("a1", Step.APPROVE, Role.OWNER, 400)
PAID = step("p1", Step.PAID, Role.OWNER, 500)


def test_the_whole_workflow_with_a_send_back() -> None:
    result = replay([PAID, APPROVE, RESUBMIT, SEND_BACK, SUBMIT])
    assert result.status is StatementStatus.PAID
    assert [s.id for s in result.taken] == ["s1", "b1", "s2", "a1", "p1"]
    assert result.refused == ()


def test_approval_is_final_a_later_send_back_changes_nothing() -> None:
    late_send_back = step("b2", Step.SEND_BACK, Role.OWNER, 450)
    result = replay([SUBMIT, APPROVE, late_send_back])
    assert result.status is StatementStatus.APPROVED
    assert [s.id for s in result.refused] == ["b2"]


def test_an_agent_cannot_approve_and_comments_are_history_only() -> None:
    forged = step("a2", Step.APPROVE, Role.AGENT, 150)
    comment = step("c1", Step.COMMENT, Role.AGENT, 120)
    result = replay([SUBMIT, forged, comment])
    assert result.status is StatementStatus.SUBMITTED
    assert [s.id for s in result.refused] == ["a2"]
    assert [s.id for s in result.taken] == ["s1", "c1"]


@given(st.permutations([SUBMIT, SEND_BACK, RESUBMIT, APPROVE, PAID]), st.integers(0, 4))
def test_any_arrival_order_and_duplicates_give_the_same_status(order, repeat) -> None:
    assert replay(list(order) + list(order[:repeat])).status is StatementStatus.PAID


def test_a_piece_reaching_an_approved_month_counts_in_the_next_open_month_marked_late() -> None:
    october, november, december = date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1)
    approved = {october: frozenset({"p1"}), november: frozenset({"p2"})}
    assert place_piece("p1", october, approved).month == october
    assert not place_piece("p1", october, approved).late
    offline = place_piece("p9", october, approved)
    assert (offline.month, offline.late) == (december, True)
    assert place_piece("p3", december, approved).late is False
