"""The bar above a statement: which month (stepped with Alt+Left / Alt+Right) and, for the owner,
which agent."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

PREVIOUS_SHORTCUT = QKeySequence("Alt+Left")
NEXT_SHORTCUT = QKeySequence("Alt+Right")


class MonthBar(QWidget):
    """A month picker between previous/next buttons, and an agent picker shown in owner mode.

    Signals:
        month_changed(str): the month chosen, `YYYY-MM`.
        agent_changed(str): the agent chosen in the agent picker.
    """

    month_changed = Signal(str)
    agent_changed = Signal(str)

    def __init__(self, this_month: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousMonth")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAutoRaise(True)
        self.previous_button.setToolTip(self.tr("Previous month ({shortcut})").format(
            shortcut=PREVIOUS_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)))
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextMonth")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAutoRaise(True)
        self.next_button.setToolTip(self.tr("Next month ({shortcut})").format(
            shortcut=NEXT_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)))
        self.month = QDateEdit()
        self.month.setObjectName("statementMonth")
        self.month.setDisplayFormat("yyyy/MM")
        self.month.setToolTip(self.tr("The month of the statement"))
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        self.agent = QComboBox()
        self.agent.setObjectName("statementAgent")
        self.agent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agent.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 8))
        self.agent.setToolTip(self.tr("Whose statement to show"))
        self.agent_label = QLabel(self.tr("&Agent:"))
        self.agent_label.setBuddy(self.agent)
        self.allow_until(this_month)
        self.month.setDate(QDate(this_month.year, this_month.month, 1))
        self._update_buttons()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 0)
        layout.setSpacing(6)
        layout.addWidget(month_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.month)
        layout.addWidget(self.next_button)
        layout.addSpacing(16)
        layout.addWidget(self.agent_label)
        layout.addWidget(self.agent)
        layout.addStretch(1)
        self.set_agent_choice_visible(False)
        # Anywhere in the window while the page is shown (the shortcuts of a hidden page do not fire).
        self._previous_shortcut = QShortcut(PREVIOUS_SHORTCUT, self)
        self._next_shortcut = QShortcut(NEXT_SHORTCUT, self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(self.step_back)
        self.next_button.clicked.connect(self.step_forward)
        self._previous_shortcut.activated.connect(self.step_back)
        self._next_shortcut.activated.connect(self.step_forward)
        self.month.dateChanged.connect(self._on_month_date_changed)
        self.agent.activated.connect(self._on_agent_activated)

    # -- public API ---------------------------------------------------------------------------

    def month_key(self) -> str:
        """The month shown, `YYYY-MM`."""
        chosen = self.month.date()
        return f"{chosen.year():04d}-{chosen.month():02d}"

    def set_month(self, year: int, month: int) -> None:
        self.month.setDate(QDate(year, month, 1))

    def allow_until(self, this_month: date) -> None:
        """Let the picker reach `this_month` and no further (later months have nothing yet)."""
        self.month.setMaximumDate(QDate(this_month.year, this_month.month, 1))
        self._update_buttons()

    @Slot()
    def step_back(self) -> None:
        self.month.setDate(self.month.date().addMonths(-1))

    @Slot()
    def step_forward(self) -> None:
        self.month.setDate(self.month.date().addMonths(1))

    def set_agents(self, agents: Sequence[str], current: str) -> None:
        """The agents to choose from, `current` chosen (without announcing it)."""
        self.agent.blockSignals(True)
        self.agent.clear()
        for name in agents:
            self.agent.addItem(name, name)
        self.agent.setCurrentIndex(max(self.agent.findData(current), 0))
        self.agent.blockSignals(False)

    def set_agent_choice_visible(self, visible: bool) -> None:
        self.agent.setVisible(visible)
        self.agent_label.setVisible(visible)

    # -- slots --------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        chosen = self.month.date()
        self.previous_button.setEnabled(chosen > self.month.minimumDate())
        self.next_button.setEnabled(chosen.addMonths(1) <= self.month.maximumDate())

    @Slot(QDate)
    def _on_month_date_changed(self, _chosen: QDate) -> None:
        self._update_buttons()
        self.month_changed.emit(self.month_key())

    @Slot(int)
    def _on_agent_activated(self, _index: int) -> None:
        self.agent_changed.emit(str(self.agent.currentData()))
