"""The Calls page: a month of the phone log, filtered, with the month's per-customer tally beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.records import CallSummary, MonthTally
from desk_app.services.context import Services
from desk_app.ui import formatting
from desk_app.ui.calls.filter_bar import CallFilterBar
from desk_app.ui.calls.model import CallColumn, CallListModel
from desk_app.ui.calls.tally import CustomerTallyModel, TallyColumn, TallyTotal
from desk_app.ui.icons import icon
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.empty_state import EmptyState
from desk_app.ui.widgets.list_page import PageHeading
from desk_app.ui.widgets.table import configure_table, set_column_widths

LOG_CALL_SHORTCUT = QKeySequence("Ctrl+Shift+L")


class CallsPage(QWidget):
    """The calls of one month (this month at first), newest first, and who called how often.

    The month's calls are read in one go (a month holds hundreds); the direction, category and
    search filters narrow them in memory, so filtering never touches the db. The tally beside the
    list counts the whole month per customer — calls, mails answered and the pay for their pieces —
    with the month's total under it; `reload_tally()` reads it again (the window calls it whenever
    the status bar's figures are read, so the two always agree).

    Signals:
        rows_loaded(int): how many calls the list now shows (after filtering).
        log_call_requested(): the "Log call…" button was clicked (the window opens the quick entry).
    """

    rows_loaded = Signal(int)
    log_call_requested = Signal()

    def __init__(self, services: Services, runner: Runner, tz: ZoneInfo, parent: QWidget | None = None,
                 *, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._calls = services.calls
        self._status = services.status
        self._runner = runner
        self._month_calls: list[CallSummary] = []
        self._pending_id: str | None = None
        self._tz = tz
        self._now = now or (lambda: datetime.now(UTC))
        today = self._now().astimezone(tz).date()
        self.model = CallListModel(tz, self)
        self.tally_model = CustomerTallyModel(self)

        self.heading = PageHeading(self.tr("Call log"))
        self.log_call_button = QPushButton(icon("call-in"), self.tr("Log Call…"))
        self.log_call_button.setObjectName("logCallButton")
        self.log_call_button.setToolTip(self.tr("Log a phone call ({shortcut})").format(
            shortcut=LOG_CALL_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)))
        self.filter_bar = CallFilterBar(today)
        self.empty = EmptyState(icon("calls"), "", "")
        self.table = QTableView()
        self.table.setObjectName("callList")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.tally_title = QLabel()
        self.tally_title.setObjectName("callTallyTitle")
        self.tally_table = QTableView()
        self.tally_table.setObjectName("callTally")
        self.tally_table.setModel(self.tally_model)
        configure_table(self.tally_table)
        self.tally_total = TallyTotal()
        self._size_columns()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("callsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._tally_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self._framed(self.splitter))
        self._lay_out()
        self._show_empty_text()
        self._connect_signals()

    def _tally_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(4)
        font = self.tally_title.font()
        font.setBold(True)
        self.tally_title.setFont(font)
        layout.addWidget(self.tally_title)
        layout.addWidget(self.tally_table, 1)
        layout.addWidget(self.tally_total)
        return panel

    @staticmethod
    def _framed(content: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(12, 0, 12, 12)
        layout.addWidget(content)
        return holder

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 16, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.log_call_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._stack, 1)

    def _size_columns(self) -> None:
        set_column_widths(
            self.table,
            {
                CallColumn.TIME: "2026/11/02 10:00",
                CallColumn.DIRECTION: "MMMMMM",
                CallColumn.CUSTOMER: "M" * 14,
                CallColumn.MINUTES: "MMMMM",
                CallColumn.CATEGORY: "M" * 12,
            },
            stretch=CallColumn.SUMMARY,
        )
        titles = self.tally_model.headers()
        samples = {TallyColumn.IN_OUT: "99 / 99", TallyColumn.AMOUNT: formatting.yen(99_999)}
        counts = {column: max(titles[column], samples.get(column, ""), key=self.fontMetrics().horizontalAdvance)
                  for column in TallyColumn if column != TallyColumn.CUSTOMER}
        set_column_widths(self.tally_table, counts, stretch=TallyColumn.CUSTOMER)
        # Never narrower than its columns with room for a name: the list beside it gives way first.
        header = self.tally_table.horizontalHeader()
        fixed = sum(header.sectionSize(column) for column in counts)
        scroll_bar = self.tally_table.verticalScrollBar().sizeHint().width()
        self.tally_table.setMinimumWidth(fixed + self.fontMetrics().horizontalAdvance("M" * 8) + scroll_bar + 4)

    def _connect_signals(self) -> None:
        self.log_call_button.clicked.connect(self._on_log_call_button_clicked)
        self.filter_bar.month_changed.connect(self._on_filter_bar_month_changed)
        self.filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)

    # -- public API ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the month shown again in the background: its calls and its tally."""
        self.filter_bar.allow_until(self._now().astimezone(self._tz).date())
        month = self.filter_bar.month_key()
        self._runner.run(lambda: self._calls.list(month), lambda rows: self._month_loaded(month, rows), owner=self)
        self.reload_tally()

    def reload_tally(self) -> None:
        """Read the tally of the month shown again in the background (a call logged, a reply sent)."""
        month = self.filter_bar.month_key()
        self._runner.run(lambda: self._status.customer_tally(month), self._tally_loaded, owner=self)

    def select_record(self, call_id: str) -> None:
        """Select the call `call_id` now, or once the rows have loaded (if the filters keep it)."""
        self._pending_id = call_id
        self._apply_pending()

    def is_empty_state(self) -> bool:
        return self._stack.currentWidget() is self.empty

    def state_parts(self) -> dict[str, object]:
        return {"calls/columns": self.table.horizontalHeader(), "calls/splitter": self.splitter}

    # -- loading and filtering ----------------------------------------------------------------

    def _month_loaded(self, month: str, rows: list[CallSummary]) -> None:
        if month != self.filter_bar.month_key():
            return  # the month changed while this one loaded; its own load follows
        self._month_calls = list(rows)
        self._apply_filter()

    def _tally_loaded(self, tally: MonthTally) -> None:
        if tally.month != self.filter_bar.month_key():
            return  # the month changed while this one loaded; its own load follows
        self.tally_model.set_tally(tally)
        self.tally_title.setText(self.tr("By customer, {month}").format(month=tally.month.replace("-", "/")))
        self.tally_total.set_total(tally.total)

    def _apply_filter(self) -> None:
        chosen = self.filter_bar.call_filter()
        shown = chosen.apply(self._month_calls)
        self.model.set_rows(shown)
        self._stack.setCurrentIndex(1 if self._month_calls else 0)
        if not self._month_calls:
            self.heading.set_note("")
        elif chosen.is_narrowed():
            self.heading.set_note(self.tr("%n of {total} call(s)", "", len(shown)).format(
                total=len(self._month_calls)))
        else:
            self.heading.set_note(self.tr("%n call(s)", "", len(shown)))
        self._apply_pending()
        self.rows_loaded.emit(len(shown))

    def _show_empty_text(self) -> None:
        self.empty.set_content(
            icon("calls"),
            self.tr("No calls logged in this month"),
            self.tr("Each phone call you log appears here with its customer, length and topic."
                    " Press {shortcut} to log one, or choose another month above.").format(
                shortcut=LOG_CALL_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)),
        )

    def _apply_pending(self) -> None:
        if self._pending_id is None:
            return
        row = self.model.row_of(self._pending_id)
        if row is None:
            return
        self._pending_id = None
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    @Slot()
    def _on_log_call_button_clicked(self) -> None:
        self.log_call_requested.emit()

    @Slot(str)
    def _on_filter_bar_month_changed(self, _month: str) -> None:
        self.reload()

    @Slot()
    def _on_filter_bar_filter_changed(self) -> None:
        self._apply_filter()
