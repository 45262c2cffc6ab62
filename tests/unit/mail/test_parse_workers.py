"""Parsing in worker processes gives what parsing in place gives, and survives a dead worker."""

from __future__ import annotations

import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

import pytest

from desk_app.mail import parsing
from desk_app.mail.mime import parse_message

CORPUS = Path(__file__).parent / "corpus"


def corpus() -> list[bytes]:
    return [path.read_bytes() for path in sorted(CORPUS.glob("*.eml"))]


def without_attachment_bytes(raw: bytes):
    parsed = parse_message(raw)
    return replace(parsed, attachments=tuple(replace(a, data=b"") for a in parsed.attachments))


def test_workers_parse_like_the_sync_process_and_keep_the_order() -> None:
    raws = corpus() * 3  # more than one task per worker, so results come back from several
    parser = parsing.ProcessParser(workers=2)
    try:
        parser.wait_until_up()
        results = parser.submit(raws)()
    finally:
        parser.close()
    assert results == [without_attachment_bytes(raw) for raw in raws]
    assert any(message.attachments for message in results)
    assert all(a.data == b"" and a.size > 0 for message in results for a in message.attachments)


def kill_workers_once_up(parser: parsing.ProcessParser) -> ProcessPoolExecutor:
    """Kill the parser's workers once one has started; returns its (now broken) pool."""
    parser.wait_until_up()
    executor = parser._executor
    assert executor is not None
    for process in list(executor._processes.values()):
        process.kill()
        process.join()
    return executor


# A worker killed while this parser takes chunks back (cancels them) makes Python 3.11's executor
# raise InvalidStateError in its own thread (mail.parsing.ProcessParser._result keeps the parser
# from waiting on the tasks it then leaves pending): that thread's error is expected here.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_dead_worker_costs_speed_not_mail() -> None:
    raws = corpus()
    parser = parsing.ProcessParser(workers=1)
    try:
        kill_workers_once_up(parser)
        first = parser.submit(raws)()
        second = parser.submit(raws)()  # after the pool broke: parsed in place
    finally:
        parser.close()
    expected = [without_attachment_bytes(raw) for raw in raws]
    assert first == expected and second == expected


@pytest.mark.parametrize(("count", "kind"), [(10, parsing.InlineParser), (parsing.POOL_THRESHOLD, parsing.ProcessParser)])
def test_only_large_downloads_start_workers(count: int, kind: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing.os, "cpu_count", lambda: 2)
    parser = parsing.parser_for(count)
    try:
        assert isinstance(parser, kind)
    finally:
        parser.close()


def test_batches_are_parsed_in_place_until_a_worker_is_up(monkeypatch: pytest.MonkeyPatch) -> None:
    here: list[bytes] = []
    parse = parsing.parse_for_store
    monkeypatch.setattr(parsing, "parse_for_store", lambda raw: here.append(raw) or parse(raw))
    raws = corpus()
    parser = parsing.ProcessParser(workers=1)
    try:
        results = parser.submit(raws)
        assert len(here) == len(raws)  # parsed at once, in place: the worker was still starting
        assert results() == [without_attachment_bytes(raw) for raw in raws]
        parser.wait_until_up()
        later = parser.submit(raws)
        assert len(here) == len(raws)  # handed to the worker, not parsed in place
        assert later() == [without_attachment_bytes(raw) for raw in raws]
    finally:
        parser.close()


def test_one_core_parses_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing.os, "cpu_count", lambda: 1)
    assert isinstance(parsing.parser_for(50_000), parsing.InlineParser)


def test_chunks_no_worker_has_started_are_parsed_by_the_one_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    raws = corpus() * 8
    here: list[bytes] = []
    parse = parsing.parse_for_store

    def counted(raw: bytes):  # counts parses in this process only: workers import their own module
        here.append(raw)
        return parse(raw)

    monkeypatch.setattr(parsing, "parse_for_store", counted)
    parser = parsing.ProcessParser(workers=1)
    try:
        parser.wait_until_up()
        # Asked at once: the chunks the worker has not begun are taken back (it holds at most
        # two: the one it runs and the one queued for it).
        results = parser.submit(raws)()
    finally:
        parser.close()
    assert results == [without_attachment_bytes(raw) for raw in raws]
    assert len(raws) - 2 * parsing.CHUNK <= len(here) <= len(raws)


def test_waiting_for_a_task_a_broken_pool_left_pending_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing, "PROBE_SECONDS", 0.05)
    parser = parsing.ProcessParser(workers=1)
    try:
        executor = kill_workers_once_up(parser)
        deadline = time.monotonic() + 10
        while not executor._broken and time.monotonic() < deadline:  # the pool notices the death
            time.sleep(0.01)
        with pytest.raises(BrokenProcessPool):
            parser._result(Future())  # a task the executor will never finish
    finally:
        parser.close()
