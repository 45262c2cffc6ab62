"""Parsing downloaded mail off the sync's own interpreter, so a first sync uses every core.

MIME parsing is pure Python (about half a millisecond a message). Inside the syncing process it
holds the interpreter lock against the download and the store, and a first sync of a large
mailbox becomes one core's worth of parsing. Large downloads therefore hand their raw messages to
worker processes; small ones (the everyday incremental pass) parse in place, where starting a
worker would cost more than it saves.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from desk_app.mail.mime import ParsedMessage, parse_message

log = logging.getLogger(__name__)

POOL_THRESHOLD = 1000  # new messages in one folder from which worker processes pay off
CHUNK = 25  # messages per task sent to a worker
PROBE_SECONDS = 2.0  # how long a wait for a worker's parses goes before asking whether the pool still works

Results = Callable[[], list[ParsedMessage]]


def parse_for_store(raw: bytes) -> ParsedMessage:
    """Parse one message for storing: attachment bytes are dropped (the raw message is kept and
    attachments are cut from it when saved), so little travels back from a worker."""
    parsed = parse_message(raw)
    if not parsed.attachments:
        return parsed
    return replace(parsed, attachments=tuple(replace(a, data=b"") for a in parsed.attachments))


def _parse_chunk(raws: list[bytes]) -> list[ParsedMessage]:
    return [parse_for_store(raw) for raw in raws]


def _started() -> None:
    """A worker's first task: nothing, done as soon as the worker is up with its imports loaded."""


class InlineParser:
    """Parses in the calling thread."""

    def submit(self, raws: Sequence[bytes]) -> Results:
        parsed = _parse_chunk(list(raws))
        return lambda: parsed

    def close(self) -> None:
        pass


class ProcessParser:
    """Parses in worker processes; `submit` returns at once, the results are awaited when asked.

    Workers are spawned (not forked: the GUI process has threads). If a worker dies, the batch
    is parsed in place and the remaining batches too — slower, never lost.
    """

    def __init__(self, workers: int | None = None) -> None:
        # One core stays with the sync itself (download and store); on two cores one worker
        # measured faster than two (11.2 s against 12.8 s for a 10,000-message first sync).
        count = workers or max(1, min(3, (os.cpu_count() or 2) - 1))
        self._executor: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=count, mp_context=multiprocessing.get_context("spawn")
        )
        # Workers start now, while the first messages download; until one is up (a few tenths of
        # a second) batches are parsed in place: better than waiting for it with nothing to store.
        self._up = self._executor.submit(_started)

    def wait_until_up(self) -> None:
        """Return once a worker has started (or failed to)."""
        self._up.exception()

    def submit(self, raws: Sequence[bytes]) -> Results:
        raws = list(raws)
        if self._executor is None or not self._up.done():
            return InlineParser().submit(raws)
        try:
            futures = [self._executor.submit(_parse_chunk, raws[i : i + CHUNK]) for i in range(0, len(raws), CHUNK)]
        except (BrokenProcessPool, RuntimeError):
            self._give_up()
            return InlineParser().submit(raws)
        return lambda: self._collect(futures, raws)

    def _collect(self, futures: list[Future[list[ParsedMessage]]], raws: list[bytes]) -> list[ParsedMessage]:
        """The batch's parses in order. The chunks no worker has started yet are parsed here
        instead of waited for — taken from the end, as the workers take theirs from the front:
        the sync only asks when it has nothing else to do, so the two cores share the parsing
        whichever of them is the busier."""
        taken = len(futures)
        while taken > 0 and futures[taken - 1].cancel():
            taken -= 1
        try:
            here = _parse_chunk(raws[taken * CHUNK :])
            return [parsed for future in futures[:taken] for parsed in self._result(future)] + here
        except BrokenProcessPool:
            self._give_up()
            return _parse_chunk(raws)

    def _result(self, future: Future[list[ParsedMessage]]) -> list[ParsedMessage]:
        """A chunk's parses. While waiting, the pool is asked now and then whether it still works:
        when a worker dies, Python 3.11's executor stops failing the pending tasks at the first
        one this parser had cancelled (it raises InvalidStateError in its own thread), and the
        rest would never finish; a task submitted to a broken pool raises BrokenProcessPool."""
        while True:
            try:
                return future.result(timeout=PROBE_SECONDS)
            except TimeoutError:
                if self._executor is None:
                    raise BrokenProcessPool("the parsing workers were shut down") from None
                self._executor.submit(_started)

    def _give_up(self) -> None:
        log.warning("a mail parsing worker stopped; parsing in the sync's own process")
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def parser_for(count: int) -> InlineParser | ProcessParser:
    """The parser for downloading `count` new messages."""
    if count >= POOL_THRESHOLD and (os.cpu_count() or 1) > 1:
        try:
            return ProcessParser()
        except (OSError, ValueError) as exc:  # no processes allowed here: parse in place
            log.warning("cannot start mail parsing workers (%s); parsing in place", exc)
    return InlineParser()
