"""Record capture and apply between two real db files: what one machine writes, the other gets;
older changes never overwrite newer ones; applied changes are not captured again."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from desk_app.core.hlc import HybridClock
from desk_app.store.db import Database, open_database
from desk_app.store.models import Case, Contact, PendingChange, ReplicaField
from desk_app.store.record_sync_repo import waiting_out
from desk_app.store.replication import ChangeCapture, apply_changes, drop_pending, pending


class Machine:
    def __init__(self, path: Path, device: str, wall: list[int]) -> None:
        self.db: Database = open_database(path)
        self.clock = HybridClock(device, now_ms=lambda: wall[0])
        self.db.listen("after_flush", ChangeCapture(self.clock).after_flush)

    def take(self):
        with self.db.write() as session:
            queued = pending(session)
            drop_pending(session, [pid for pid, _ in queued])
            return [change for _, change in queued]

    def apply(self, changes):
        with self.db.write() as session:
            return apply_changes(session, changes, self.clock)

    def case(self, case_id: str) -> Case:
        with self.db.read() as session:
            case = session.get(Case, case_id)
            session.expunge(case)  # loaded attributes stay readable after the session ends
            return case


def machines(tmp_path: Path) -> tuple[Machine, Machine, list[int]]:
    wall = [1_000]
    return Machine(tmp_path / "agent.db", "agent", wall), Machine(tmp_path / "owner.db", "owner", wall), wall


def test_what_one_machine_writes_the_other_gets_with_types_intact(tmp_path: Path) -> None:
    agent, owner, _ = machines(tmp_path)
    with agent.db.write() as session:
        contact = Contact(name="山田 花子", device_id="agent")
        session.add(contact)
        session.flush()
        session.add(Case(id="case-1", title="箱の破損", contact_id=contact.id, device_id="agent",
                         deadline=datetime(2026, 12, 1, 9, 0, tzinfo=UTC), after_follow_on=date(2026, 12, 8),
                         checklist={"photo": True}, prevention_audience=["warehouse"]))
    with agent.db.read() as session:
        assert waiting_out(session) == 2  # two records, many fields
    changes = agent.take()
    with agent.db.read() as session:
        assert session.scalar(select(PendingChange.id)) is None  # taken
    result = owner.apply(changes)
    assert result.written == len(changes) and result.stale == 0
    case = owner.case("case-1")
    assert case.title == "箱の破損" and case.deadline == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert case.after_follow_on == date(2026, 12, 8) and case.checklist == {"photo": True}
    assert case.prevention_audience == ["warehouse"]
    with owner.db.read() as session:
        assert session.get(Contact, case.contact_id).name == "山田 花子"
        assert session.scalar(select(PendingChange.id)) is None  # applied, not captured again
        stamps = set(session.scalars(select(ReplicaField.hlc).where(ReplicaField.record_id == "case-1")))
        assert stamps == {c.clock.encode() for c in changes if c.record == "case-1"}


def test_edits_of_different_fields_both_survive_and_an_older_edit_loses(tmp_path: Path) -> None:
    agent, owner, wall = machines(tmp_path)
    with agent.db.write() as session:
        session.add(Case(id="case-1", title="遅延", device_id="agent"))
    owner.apply(agent.take())

    wall[0] = 2_000
    with agent.db.write() as session:
        session.get(Case, "case-1").status = "waiting"
    with owner.db.write() as session:
        session.get(Case, "case-1").category = "delivery.late"
    wall[0] = 3_000
    with owner.db.write() as session:
        session.get(Case, "case-1").status = "closed"  # the owner's later word on the status
    from_agent, from_owner = agent.take(), owner.take()
    owner_result = owner.apply(from_agent)
    agent.apply(from_owner)
    assert owner_result.stale == 1  # the agent's older status lost to the owner's
    for machine in (agent, owner):
        case = machine.case("case-1")
        assert (case.status, case.category, case.title) == ("closed", "delivery.late", "遅延")


def test_applying_the_same_changes_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    agent, owner, _ = machines(tmp_path)
    with agent.db.write() as session:
        session.add(Case(id="case-1", title="t", device_id="agent"))
    changes = agent.take()
    assert owner.apply(changes).written > 0
    again = owner.apply(changes)
    assert again.written == 0 and again.stale == len(changes)


def test_a_soft_delete_travels_as_a_tombstone(tmp_path: Path) -> None:
    agent, owner, wall = machines(tmp_path)
    with agent.db.write() as session:
        session.add(Case(id="case-1", title="t", device_id="agent"))
    owner.apply(agent.take())
    wall[0] = 5_000
    with agent.db.write() as session:
        session.get(Case, "case-1").deleted_at = datetime(2026, 11, 29, 1, 0, tzinfo=UTC)
    owner.apply(agent.take())
    assert owner.case("case-1").deleted_at == datetime(2026, 11, 29, 1, 0, tzinfo=UTC)
