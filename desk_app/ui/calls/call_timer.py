"""The quick entry's stopwatch: runs from the moment the entry opens, fills in the minutes."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

TICK_MS = 1000
START_STOP_KEYS = (QKeySequence("Ctrl+Space"), QKeySequence("Ctrl+T"))


def minutes_of(seconds: float) -> int:
    """Whole minutes as the call log counts them: any started minute counts (61 s → 2 min)."""
    return int(-(-seconds // 60)) if seconds > 0 else 0


class CallTimer(QWidget):
    """The time on the call (`04:37`) and a Start/Stop button (Ctrl+Space, or Ctrl+T).

    Stopping and starting again goes on from where it stopped. `clock` is injectable so tests
    need not wait.

    Signals:
        stopped(int): the timer stopped; the minutes it counted (started minutes count whole).
        started(): the timer runs (again).
    """

    stopped = Signal(int)
    started = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._counted = 0.0  # seconds counted before the current run
        self._since: float | None = None  # the clock when the current run began
        self.display = QLabel()
        self.display.setObjectName("callTimerDisplay")
        self.toggle = QAction(self)
        self.toggle.setShortcuts(list(START_STOP_KEYS))
        self.button = QToolButton()
        self.button.setObjectName("callTimerButton")
        self.button.setDefaultAction(self.toggle)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Out of the Tab chain: Ctrl+Space reaches it from any field, and Tab stays quick.
        self.button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.addAction(self.toggle)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addWidget(self.button)
        self._connect_signals()
        self._show_state()

    def _connect_signals(self) -> None:
        self.toggle.triggered.connect(self._on_toggle_triggered)
        self._tick.timeout.connect(self._on_tick_timeout)

    def is_running(self) -> bool:
        return self._since is not None

    def seconds(self) -> float:
        """Seconds counted so far, the current run included."""
        running = self._clock() - self._since if self._since is not None else 0.0
        return self._counted + running

    def minutes(self) -> int:
        return minutes_of(self.seconds())

    def start(self) -> None:
        if self._since is not None:
            return
        self._since = self._clock()
        self._tick.start()
        self._show_state()
        self.started.emit()

    def stop(self) -> None:
        """Stop counting and announce the minutes (nothing happens when it is not running)."""
        if self._since is None:
            return
        self._counted = self.seconds()
        self._since = None
        self._tick.stop()
        self._show_state()
        self.stopped.emit(self.minutes())

    def halt(self) -> None:
        """Stop counting without announcing it (the minutes were typed, or the entry closes)."""
        if self._since is not None:
            self._counted = self.seconds()
            self._since = None
            self._tick.stop()
            self._show_state()

    def _show_state(self) -> None:
        whole = int(self.seconds())
        self.display.setText(f"{whole // 60:02d}:{whole % 60:02d}")
        keys = START_STOP_KEYS[0].toString(QKeySequence.SequenceFormat.NativeText)
        if self.is_running():
            self.toggle.setText(self.tr("Stop"))
            self.toggle.setToolTip(self.tr("Stop the timer and take its minutes ({keys})").format(keys=keys))
        else:
            self.toggle.setText(self.tr("Start"))
            self.toggle.setToolTip(self.tr("Time the call ({keys})").format(keys=keys))

    @Slot()
    def _on_toggle_triggered(self) -> None:
        if self.is_running():
            self.stop()
        else:
            self.start()

    @Slot()
    def _on_tick_timeout(self) -> None:
        self._show_state()
