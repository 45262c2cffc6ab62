"""Hybrid logical clocks: an order on changes that every machine of a shop agrees on.

A stamp is (wall time in ms, counter, device id). Wall time keeps stamps near real time; the
counter orders changes within one millisecond and after a remote stamp from a clock running ahead;
the device id breaks the last tie, so two machines never produce equal stamps. Stamps compare as
tuples and encode to text that sorts the same way (the `hlc` columns of replicated records).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

_WALL_DIGITS = 12  # hex digits of milliseconds: enough until the year 10889
_COUNTER_DIGITS = 4
MAX_COUNTER = 16**_COUNTER_DIGITS - 1
_ENCODED = re.compile(rf"^([0-9a-f]{{{_WALL_DIGITS}}})-([0-9a-f]{{{_COUNTER_DIGITS}}})-([A-Za-z0-9_-]{{1,64}})$")


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    """One stamp; the fields' order is the comparison order."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """Fixed-width text that sorts as the stamps compare: `0192f3a4b5c6-0000-<device>`."""
        return f"{self.wall_ms:0{_WALL_DIGITS}x}-{self.counter:0{_COUNTER_DIGITS}x}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        """The stamp `encode` wrote; ValueError for anything else."""
        match = _ENCODED.match(text) if isinstance(text, str) else None
        if not match:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(match.group(1), 16), int(match.group(2), 16), match.group(3))


def wall_clock_ms() -> int:
    """Milliseconds since the epoch, from the system clock."""
    return time.time_ns() // 1_000_000


class HybridClock:
    """The clock of one device. `tick` stamps a local change; `observe` takes in a remote stamp so
    that every later local stamp is greater than it (even when that machine's clock runs ahead)."""

    def __init__(self, device: str, *, last: Hlc | None = None,
                 now_ms: Callable[[], int] = wall_clock_ms) -> None:
        self._device = device
        self._now_ms = now_ms
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0

    @property
    def last(self) -> Hlc:
        """The latest stamp given or observed (as this device's)."""
        return Hlc(self._wall, self._counter, self._device)

    def tick(self) -> Hlc:
        """A new stamp, greater than every stamp given or observed before."""
        now = self._now_ms()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._advance_counter()
        return self.last

    def observe(self, remote: Hlc) -> None:
        """Move past `remote`, a stamp received from another machine."""
        now = self._now_ms()
        wall = max(now, self._wall, remote.wall_ms)
        if wall == self._wall == remote.wall_ms:
            self._counter = max(self._counter, remote.counter)
            self._advance_counter()
        elif wall == self._wall:
            self._advance_counter()
        elif wall == remote.wall_ms:
            self._wall, self._counter = wall, remote.counter
            self._advance_counter()
        else:
            self._wall, self._counter = wall, 0

    def _advance_counter(self) -> None:
        if self._counter >= MAX_COUNTER:  # 65,536 stamps in one millisecond: borrow the next one
            self._wall, self._counter = self._wall + 1, 0
        else:
            self._counter += 1
