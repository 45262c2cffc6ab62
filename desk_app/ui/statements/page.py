"""The Statements page: one agent's month as it will print, its pieces, its day chart and its
history, with the actions the role may take."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from desk_app.services.context import Services
from desk_app.ui import formatting
from desk_app.ui.runner import Runner
from desk_app.ui.statements.actions import StatementActions, StepToolBar
from desk_app.ui.statements.day_chart import DayChart
from desk_app.ui.statements.document import StatementDocument
from desk_app.ui.statements.file_commands import FileCommands
from desk_app.ui.statements.message_bar import MessageBar, Tone
from desk_app.ui.statements.month_bar import MonthBar
from desk_app.ui.statements.month_view import MonthView, read_month
from desk_app.ui.statements.owner_mode import OwnerMode
from desk_app.ui.statements.piece_commands import PieceCommands
from desk_app.ui.statements.pieces_model import piece_rows
from desk_app.ui.statements.side_tabs import SideTabs
from desk_app.ui.statements.step_commands import StepCommands
from desk_app.ui.statements.texts import error_text, status_label
from desk_app.ui.widgets.list_page import PageHeading


class StatementsPage(QWidget):
    """A month's statement (this month at first) of the local agent or, in owner mode, of the
    agent chosen. The month is read in the background; every action runs one service call and
    the month is read again after it. Errors show in the message bar above the statement.

    Signals: only QWidget's own.
    """

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, owner_mode: OwnerMode,
                 parent: QWidget | None = None, *, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._tz = tz
        self._mode = owner_mode
        self._now = now or (lambda: datetime.now(UTC))
        self._view: MonthView | None = None
        self._owner_agent: str | None = None  # the agent chosen in owner mode (None: the local one)

        self.heading = PageHeading(self.tr("Monthly Statement"))
        self.month_bar = MonthBar(self._today())
        self.actions = StatementActions(self)
        self.toolbar = StepToolBar(self.actions)
        self.lock_bar = MessageBar()
        self.lock_bar.setObjectName("statementLocked")
        self.message_bar = MessageBar()
        self.message_bar.setObjectName("statementMessage")
        self.document = StatementDocument(tz)
        self.chart = DayChart()
        self.tabs = SideTabs(tz)
        self.steps = StepCommands(services, runner, self, self.shown, owner_mode)
        self.files = FileCommands(services, runner, self, self.shown)
        self.pieces = PieceCommands(services, runner, self, self.shown, tz, self._now)
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.setObjectName("statementSideSplitter")
        self.side_splitter.setChildrenCollapsible(False)
        self.side_splitter.addWidget(self.chart)
        self.side_splitter.addWidget(self.tabs)
        self.side_splitter.setStretchFactor(0, 2)
        self.side_splitter.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("statementSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.document)
        self.splitter.addWidget(self.side_splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])  # the page as printed needs less room than the piece list
        self.document.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 22))
        self._lay_out()
        self._show_availability()
        self._connect_signals()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 12, 8)
        top.addWidget(self.month_bar)
        top.addWidget(self.toolbar, 1)
        bars = QVBoxLayout()
        bars.setContentsMargins(12, 0, 12, 8)
        bars.setSpacing(6)
        bars.addWidget(self.lock_bar)
        bars.addWidget(self.message_bar)
        body = QVBoxLayout()
        body.setContentsMargins(12, 0, 12, 12)
        body.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(bars)
        layout.addLayout(body, 1)

    def _connect_signals(self) -> None:
        self.month_bar.month_changed.connect(self._on_month_bar_month_changed)
        self.month_bar.agent_changed.connect(self._on_month_bar_agent_changed)
        self._mode.changed.connect(self._on_owner_mode_changed)
        self.actions.submit.triggered.connect(self.steps.submit)
        self.actions.approve.triggered.connect(self.steps.approve)
        self.actions.send_back.triggered.connect(self.steps.send_back)
        self.actions.mark_paid.triggered.connect(self.steps.mark_paid)
        self.actions.comment.triggered.connect(self.steps.comment)
        self.actions.save_pdf.triggered.connect(self.files.save_pdf)
        self.actions.save_csv.triggered.connect(self.files.save_csv)
        self.actions.export_bundle.triggered.connect(self.files.export_bundle)
        self.actions.import_bundle.triggered.connect(self.files.import_bundle)
        self.tabs.pieces.add_requested.connect(self.pieces.add)
        self.tabs.pieces.void_requested.connect(self.pieces.void)
        for commands in (self.steps, self.files, self.pieces):
            commands.succeeded.connect(self._on_commands_succeeded)
            commands.failed.connect(self._on_commands_failed)
        self.files.bundle_imported.connect(self._on_files_bundle_imported)

    # -- public API ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the month shown again in the background."""
        today = self._today()
        self.month_bar.allow_until(today)
        month, agent = self.month_bar.month_key(), self._agent()
        services = self._services
        self._runner.run(lambda: read_month(services, month, agent, today), self._month_loaded,
                         self._month_failed, owner=self)

    def shown(self) -> MonthView | None:
        """The month on screen, as last read (None before the first read)."""
        return self._view

    def show_month(self, agent: str | None, month: str) -> None:
        """Show `month` (`YYYY-MM`) of `agent` (chosen in owner mode; None: the local agent)."""
        self._owner_agent = agent
        year, number = (int(part) for part in month.split("-"))
        if self.month_bar.month_key() == month:
            self.reload()
        else:
            self.month_bar.set_month(year, number)  # reloads through month_changed

    def state_parts(self) -> dict[str, object]:
        return {"statements/splitter": self.splitter, "statements/side": self.side_splitter}

    # -- loading ------------------------------------------------------------------------------

    def _today(self) -> date:
        return self._now().astimezone(self._tz).date()

    def _agent(self) -> str | None:
        return self._owner_agent if self._mode.is_active() else None

    def _month_loaded(self, view: MonthView) -> None:
        if view.month != self.month_bar.month_key() or view.agent != self._agent():
            return  # another month or agent was chosen meanwhile; its own read follows
        self._view = view
        statement = view.statement
        self.heading.set_note(self.tr("{status} · {total}").format(status=status_label(statement.status),
                                                                  total=formatting.yen(statement.total_yen)))
        self.month_bar.set_agents(view.agents, statement.agent)
        self.document.show_statement(statement, view.issuer)
        self.tabs.show_statement(statement)
        self.tabs.pieces.set_rows(piece_rows(statement, view.voided))
        self.chart.set_days(statement.by_day)
        self._show_availability()

    def _month_failed(self, error: BaseException) -> None:
        self.message_bar.show_message(error_text(error), Tone.ERROR)

    def _show_availability(self) -> None:
        """Enable what the role may do to the statement shown; say so when the month is locked."""
        view, owner = self._view, self._mode.is_active()
        self.month_bar.set_agent_choice_visible(owner)
        self.actions.update_for(view.statement if view else None, owner=owner,
                                month_over=view.month_over if view else False)
        if view is None:
            self.tabs.pieces.set_editable(self.tr("The statement is still loading"))
            return
        if view.statement.locked:
            locked = self.tr("{month} is approved and locked: its pieces can no longer be added, changed or"
                             " voided. A correction goes to the next open month as an adjustment.").format(
                month=self.document.month_title(view.month))
            self.lock_bar.show_message(locked, Tone.LOCKED)
            self.tabs.pieces.set_editable(locked)
        else:
            self.lock_bar.clear()
            refusal = self.tr("Pieces are the agent's to add and void: switch owner mode off in Settings first.") \
                if owner else ""
            self.tabs.pieces.set_editable(refusal)

    # -- slots --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()  # pieces come from replies and calls elsewhere: show the month as it is now

    @Slot(str)
    def _on_month_bar_month_changed(self, _month: str) -> None:
        self.message_bar.clear()
        self.reload()

    @Slot(str)
    def _on_month_bar_agent_changed(self, agent: str) -> None:
        self._owner_agent = agent
        self.message_bar.clear()
        self.reload()

    @Slot(bool)
    def _on_owner_mode_changed(self, _active: bool) -> None:
        self.message_bar.clear()
        self._show_availability()
        self.reload()

    @Slot(str)
    def _on_commands_succeeded(self, sentence: str) -> None:
        self.message_bar.show_message(sentence, Tone.INFO)
        self.reload()

    @Slot(str)
    def _on_commands_failed(self, sentence: str) -> None:
        self.message_bar.show_message(sentence, Tone.ERROR)
        self.reload()  # the statement may have changed meanwhile: show it as it is

    @Slot(str, str)
    def _on_files_bundle_imported(self, agent: str, month: str) -> None:
        self.show_month(agent, month)
