"""Field-by-field merge: the same changes give the same records, whatever the order or repeats."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.core.hlc import Hlc
from desk_app.core.replica import DELETED, ChangeSet, FieldChange, chunks, fold, records, wins


def change(field: str, value, wall: int, device: str = "a", record: str = "case-1", counter: int = 0) -> FieldChange:
    return FieldChange("case", record, field, value, Hlc(wall, counter, device))


def test_two_people_editing_different_fields_of_one_case_both_keep_their_edit() -> None:
    agent = [change("title", "箱の破損", 1_000, "agent"), change("status", "open", 1_000, "agent", counter=1)]
    owner = [change("category", "claim.damaged", 1_500, "owner")]
    agent_edit = [change("status", "waiting", 2_000, "agent")]
    latest = fold(agent + owner + agent_edit)
    assert records(latest) == {("case", "case-1"): {"title": "箱の破損", "status": "waiting",
                                                    "category": "claim.damaged"}}


def test_the_greater_clock_wins_a_field_whatever_arrives_first() -> None:
    older, newer = change("title", "old", 1_000, "b"), change("title", "new", 1_000, "a", counter=1)
    assert fold([older, newer]) == fold([newer, older])
    assert fold([newer, older])[newer.key].value == "new"
    assert wins(newer, older) and not wins(older, newer)


def test_same_wall_time_and_counter_the_device_breaks_the_tie() -> None:
    a, b = change("title", "from a", 1_000, "a"), change("title", "from b", 1_000, "b")
    assert fold([a, b])[a.key].value == fold([b, a])[a.key].value == "from b"


def test_a_delete_is_a_tombstone_that_later_edits_do_not_undo_unless_newer() -> None:
    created = change("title", "t", 1_000)
    deleted = change(DELETED, "2026-11-29T10:00:00.000000Z", 2_000, "b")
    stale_edit = change("title", "edited offline", 1_500, "c")
    assert records(fold([created, stale_edit, deleted])) == {}
    restored = change(DELETED, None, 3_000, "c")
    assert records(fold([deleted, restored, created]))[("case", "case-1")]["title"] == "t"


# --- convergence: one random history applied in many random orders ----------------------------

devices = st.sampled_from(["agent-1", "agent-2", "owner"])
fields = st.sampled_from(["title", "status", "category", "notes", DELETED])
values = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=4))
changes = st.builds(
    FieldChange, kind=st.sampled_from(["case", "contact"]), record=st.sampled_from(["r1", "r2", "r3"]),
    field=fields, value=values,
    clock=st.builds(Hlc, st.integers(0, 20), st.integers(0, 3), devices),
)


@settings(max_examples=200)
@given(st.lists(changes, max_size=40), st.randoms(use_true_random=False), st.integers(1, 6))
def test_machines_that_applied_the_same_changes_hold_the_same_data(history, rng, machines) -> None:
    expected = records(fold(history))
    for _ in range(machines):
        arrival = list(history) + rng.sample(history, k=len(history) // 3)  # some arrive twice
        rng.shuffle(arrival)
        state: dict = {}
        # applied in several change sets, as a sync would
        cut = rng.randrange(len(arrival) + 1)
        fold(arrival[:cut], into=state)
        fold(arrival[cut:], into=state)
        assert records(state) == expected


@given(st.lists(changes, max_size=20), st.integers(1, 10_000))
def test_change_sets_round_trip_through_canonical_json(history, seq) -> None:
    sent = ChangeSet("agent-1", seq, tuple(history))
    data = sent.to_json()
    assert ChangeSet.from_json(data) == sent
    assert ChangeSet.from_json(data).to_json() == data


@pytest.mark.parametrize("body", [
    b"\xff\xfe", b"{", b"[]", b'{"v": 2, "device": "a", "seq": 1, "changes": []}',
    b'{"v": 1, "device": "", "seq": 1, "changes": []}', b'{"v": 1, "device": "a", "seq": 0, "changes": []}',
    b'{"v": 1, "device": "a", "seq": true, "changes": []}', b'{"v": 1, "device": "a", "seq": 1}',
    b'{"v": 1, "device": "a", "seq": 1, "changes": [{"kind": "case", "id": "x", "hlc": "bad", "fields": [["t", 1]]}]}',
    json.dumps({"v": 1, "device": "a", "seq": 1, "changes": [
        {"kind": "case", "id": "x", "hlc": "000000000001-0000-a", "fields": []}]}).encode(),
    json.dumps({"v": 1, "device": "a", "seq": 1, "changes": [
        {"kind": "case", "id": "x", "hlc": "000000000001-0000-a", "fields": [["t"]]}]}).encode(),
    json.dumps({"v": 1, "device": "a", "seq": 1, "changes": ["x"]}).encode(),
])
def test_a_malformed_change_set_is_refused_with_a_reason(body) -> None:
    with pytest.raises(ValueError):
        ChangeSet.from_json(body)


@given(st.lists(changes, max_size=60), st.integers(1, 7))
def test_chunks_keep_every_change_once_and_each_record_whole(history, limit) -> None:
    cut = chunks(history, limit)
    assert sorted(map(repr, (c for chunk in cut for c in chunk))) == sorted(map(repr, history))
    owners = {}
    for n, chunk in enumerate(cut):
        for change in chunk:
            assert owners.setdefault((change.kind, change.record), n) == n  # a record in one chunk only
        records_in = {(c.kind, c.record) for c in chunk}
        assert len(chunk) <= limit or len(records_in) == 1  # only a single big record overflows
