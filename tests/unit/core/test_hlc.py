"""Hybrid logical clocks: monotonic, past every observed stamp, text that sorts like the stamps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.core.hlc import MAX_COUNTER, Hlc, HybridClock


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_ticks_increase_even_when_the_wall_clock_stands_still_or_goes_back() -> None:
    wall = FakeWall(1_000)
    clock = HybridClock("a", now_ms=wall)
    first = clock.tick()
    second = clock.tick()
    wall.ms = 500  # the system clock was set back
    third = clock.tick()
    assert first < second < third
    assert (first.wall_ms, first.counter) == (1_000, 0)
    assert (second.wall_ms, second.counter) == (1_000, 1)
    assert (third.wall_ms, third.counter) == (1_000, 2)
    wall.ms = 2_000
    assert clock.tick() == Hlc(2_000, 0, "a")


def test_after_observing_a_clock_running_ahead_local_stamps_come_after_it() -> None:
    wall = FakeWall(1_000)
    clock = HybridClock("a", now_ms=wall)
    clock.tick()
    remote = Hlc(60_000, 7, "b")
    clock.observe(remote)
    stamp = clock.tick()
    assert stamp > remote
    assert stamp.wall_ms == 60_000 and stamp.counter == 9


def test_the_counter_borrows_the_next_millisecond_when_full() -> None:
    clock = HybridClock("a", last=Hlc(5, MAX_COUNTER, "a"), now_ms=FakeWall(5))
    assert clock.tick() == Hlc(6, 0, "a")


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 10_000), st.integers(0, 20), st.integers(-50, 50)),
                max_size=60))
def test_every_stamp_is_greater_than_everything_given_or_seen_before(events) -> None:
    wall = FakeWall(0)
    clock = HybridClock("me", now_ms=wall)
    seen: list[Hlc] = []
    for is_remote, remote_wall, counter, step in events:
        wall.ms = max(0, wall.ms + step)
        if is_remote:
            remote = Hlc(remote_wall, counter, "other")
            clock.observe(remote)
            seen.append(remote)
        else:
            stamp = clock.tick()
            assert all(stamp > earlier for earlier in seen)
            seen.append(stamp)


@given(st.lists(st.builds(Hlc, st.integers(0, 16**12 - 1), st.integers(0, MAX_COUNTER),
                          st.sampled_from(["a", "b", "3f2c1e9a-0c1d-4c57-9d7e-1a2b3c4d5e6f"])), min_size=2))
def test_encoded_stamps_round_trip_and_sort_like_the_stamps(stamps) -> None:
    assert [Hlc.decode(s.encode()) for s in stamps] == stamps
    assert sorted(s.encode() for s in stamps) == [s.encode() for s in sorted(stamps)]


@pytest.mark.parametrize("text", ["", "zz-0000-a", "0192f3a4b5c6-0000-", "0192f3a4b5c6-00000-a", None, 12])
def test_decoding_refuses_what_is_not_a_stamp(text) -> None:
    with pytest.raises(ValueError):
        Hlc.decode(text)
