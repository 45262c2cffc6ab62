"""The background runner: results and errors come back on the GUI thread."""

from __future__ import annotations

import sys
import threading

import pytest
import PySide6
from PySide6.QtCore import QObject, Signal

from desk_app.ui.runner import SyncRunner, ThreadRunner


def test_thread_runner_delivers_result_on_gui_thread(qtbot):
    runner = ThreadRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["delivered_on"] = threading.get_ident()

    runner.run(work, done)
    assert not runner.is_idle()
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] != gui_thread
    assert seen["delivered_on"] == gui_thread


def test_thread_runner_delivers_errors(qtbot):
    runner = ThreadRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("boom")

    runner.run(work, lambda _v: pytest.fail("no result expected"), errors.append)
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert [str(e) for e in errors] == ["boom"]


def test_thread_runner_skips_callbacks_of_deleted_owner(qtbot):
    runner = ThreadRunner()
    owner = QObject()
    release = threading.Event()
    called: list[object] = []
    runner.run(lambda: release.wait(5), called.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(10)  # let the deferred delete happen
    release.set()
    qtbot.waitUntil(runner.is_idle, timeout=5000)
    assert called == []


def test_work_signals(qtbot):
    runner = ThreadRunner()
    with qtbot.waitSignals([runner.work_started, runner.work_finished], order="strict", timeout=5000):
        runner.run(lambda: None)


def test_signal_emit_keeps_reference_counts():
    """PySide6-Essentials 6.12.0 drops a reference to True on every Python `emit()`.

    On Python 3.11 (where True is not immortal) the app then aborts with "Fatal Python error:
    bool_dealloc" after a few thousand emits. 6.11.3 is fine, so pyproject must exclude 6.12.0.
    """

    class Emitter(QObject):
        happened = Signal()

    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.happened.emit()
    assert sys.getrefcount(True) >= before - 10, f"PySide6 {PySide6.__version__} leaks refs on emit"


def test_sync_runner_calls_back_at_once():
    runner = SyncRunner()
    results: list[object] = []
    runner.run(lambda: 1, results.append)
    runner.run(lambda: 1 / 0, None, results.append)
    assert results[0] == 1
    assert isinstance(results[1], ZeroDivisionError)
    assert runner.is_idle()
