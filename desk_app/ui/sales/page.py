"""The Sales page: a period's headline figures and its analyses, each a chart beside its table, from
the orders imported from the shop's exports."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desk_app.services.context import Services
from desk_app.ui.icons import icon
from desk_app.ui.runner import Runner
from desk_app.ui.sales.analysis_panel import AnalysisPanel
from desk_app.ui.sales.export_commands import SalesExports, ShownSection
from desk_app.ui.sales.headline import Headline
from desk_app.ui.sales.import_flow import run_import
from desk_app.ui.sales.period_bar import PeriodBar
from desk_app.ui.sales.periods import DEFAULT_PRESET, Preset
from desk_app.ui.sales.sales_reads import SalesOverview, SectionQuery, read_overview, read_section
from desk_app.ui.sales.sales_texts import Section
from desk_app.ui.statements.message_bar import MessageBar, Tone
from desk_app.ui.widgets.empty_state import EmptyState
from desk_app.ui.widgets.list_page import PageHeading

IMPORT_SHORTCUT = QKeySequence("Ctrl+I")


class SalesChoices:
    """The section, the period preset and the sections' options, kept across restarts like a
    splitter's state (see window_state.py). A custom period is not kept: its days come from the
    data of the day."""

    def __init__(self, page: SalesPage) -> None:
        self._page = page

    def saveState(self) -> QByteArray:
        panel = self._page.panel
        choices = {"section": panel.section().value, "preset": self._page.period_bar.chosen_preset().value,
                   "by": panel.by.currentData(), "idle_days": panel.idle_days.value(),
                   "min_support": panel.min_support.value()}
        return QByteArray(json.dumps(choices).encode("utf-8"))

    def restoreState(self, state: QByteArray | bytes) -> bool:
        try:
            choices = json.loads(bytes(state).decode("utf-8"))
            section = Section(choices["section"])
            preset = Preset(choices["preset"])
            by, idle_days, min_support = str(choices["by"]), int(choices["idle_days"]), int(choices["min_support"])
        except (ValueError, KeyError, TypeError):
            return False
        panel = self._page.panel
        panel.set_section(section)
        if panel.by.findData(by) >= 0:
            panel.by.setCurrentIndex(panel.by.findData(by))
        panel.idle_days.setValue(idle_days)
        panel.min_support.setValue(min_support)
        self._page.period_bar.set_preset(DEFAULT_PRESET if preset is Preset.CUSTOM else preset)
        return True


class SalesPage(QWidget):
    """Period picker, headline figures (revenue, orders, units, average order, repeat rate) and the
    analyses (analysis_panel.py), read in the background: the whole period when it changes, one
    section when the section or its options change (each read kept until the period changes).
    Without orders, the page says how to import them. Import Orders… (Ctrl+I) runs the import
    and reads everything again.

    Signals: only QWidget's own.
    """

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._reads = 0  # reads under way: the page shows a busy cursor meanwhile
        self._overview_read = 0  # the latest overview asked for; an older one arriving is dropped
        self._ready = False  # the orders' days are known: sections can be read
        self._cache: dict[SectionQuery, Any] = {}
        self._shown: ShownSection | None = None

        self.heading = PageHeading(self.tr("Sales"))
        self.period_bar = PeriodBar()
        self.import_button = QPushButton(self.tr("&Import Orders…"))
        self.import_button.setObjectName("salesImport")
        self.import_button.setToolTip(self.tr("Read a shop's orders export: Shopify, or any CSV by a column mapping"
                                              " ({shortcut})").format(
            shortcut=IMPORT_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)))
        self._import_shortcut = QShortcut(IMPORT_SHORTCUT, self)
        self._import_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.message_bar = MessageBar()
        self.message_bar.setObjectName("salesMessage")
        self.headline = Headline()
        self.panel = AnalysisPanel()
        self.empty = EmptyState(
            icon("sales"),
            self.tr("No sales data yet"),
            self.tr("Import a shop's orders export with Import Orders… ({shortcut}) to chart what sells, what does"
                    " not, what is bought together and which products bring claims.").format(
                shortcut=IMPORT_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)),
        )
        self.exports = SalesExports(runner, self, self.shown)
        self._stack = QStackedWidget()
        self._lay_out()
        self._connect_signals()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(12, 0, 12, 8)
        top.addWidget(self.period_bar)
        top.addStretch(1)
        top.addWidget(self.import_button)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(12, 0, 12, 12)
        body.setSpacing(8)
        body.addWidget(self.headline)
        body.addWidget(self.panel, 1)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(content)
        bar = QVBoxLayout()
        bar.setContentsMargins(12, 0, 12, 8)
        bar.addWidget(self.message_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)
        self.period_bar.hide()  # until the orders' days are known

    def _connect_signals(self) -> None:
        self.period_bar.period_changed.connect(self._on_period_bar_period_changed)
        self.panel.query_changed.connect(self._on_panel_query_changed)
        self.panel.export_requested.connect(self.exports.export)
        self.import_button.clicked.connect(self._on_import_requested)
        self._import_shortcut.activated.connect(self._on_import_requested)
        self.exports.saved.connect(self._on_exports_saved)
        self.exports.failed.connect(self._on_exports_failed)

    # -- public API ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the orders' days, the period's figures and the section shown again."""
        self._cache.clear()
        self._overview_read += 1
        read, sales = self._overview_read, self._services.sales
        preset, query = self.period_bar.chosen_preset(), self.panel.query(self.period_bar.period())
        self._read(lambda: read_overview(sales, preset, query), lambda overview: self._overview_loaded(read, overview))

    def shown(self) -> ShownSection | None:
        """The section on screen as last read (None before the first read, or without orders)."""
        return self._shown

    def is_empty_state(self) -> bool:
        return self._stack.currentWidget() is self.empty

    def state_parts(self) -> dict[str, object]:
        return {"sales/choices": SalesChoices(self), "sales/splitter": self.panel.splitter}

    # -- loading ------------------------------------------------------------------------------

    def _read(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._reads += 1
        self.setCursor(Qt.CursorShape.BusyCursor)

        def done(value: Any) -> None:
            self._read_ended()
            on_done(value)

        def failed(error: BaseException) -> None:
            self._read_ended()
            self.message_bar.show_message(self.tr("Could not read the sales: {reason}").format(reason=error),
                                          Tone.ERROR)

        self._runner.run(fn, done, failed, owner=self)

    def _read_ended(self) -> None:
        self._reads -= 1
        if not self._reads:
            self.unsetCursor()

    def _overview_loaded(self, read: int, overview: SalesOverview) -> None:
        if read != self._overview_read:
            return  # the period changed meanwhile: its own read follows
        if overview.order_days is None or overview.query is None or overview.summary is None:
            self._ready = False
            self._shown = None
            self.period_bar.hide()
            self.heading.set_note("")
            self._stack.setCurrentWidget(self.empty)
            return
        self._ready = True
        self.period_bar.set_order_days(overview.order_days.start, overview.order_days.end)
        self.period_bar.show()
        self._stack.setCurrentIndex(1)
        self.heading.set_note(self.tr("Orders from {first} to {last}").format(
            first=f"{overview.order_days.start:%Y/%m/%d}", last=f"{overview.order_days.end:%Y/%m/%d}"))
        summary, repeat = overview.summary, overview.repeat
        self.headline.show_figures(summary.revenue_yen, summary.orders, summary.units, summary.aov_yen,
                                   repeat.rate if repeat else 0.0)
        self._cache[overview.query] = overview.data
        self._show_section()

    def _show_section(self) -> None:
        """Show the section asked for now: from the cache, else read it first."""
        query = self.panel.query(self.period_bar.period())
        if query in self._cache:
            data = self._cache[query]
            self.panel.show_data(query.section, data)
            self._shown = ShownSection(query, data, self.panel.model.export_rows())
            return
        sales = self._services.sales
        self._read(lambda: read_section(sales, query), lambda data: self._section_loaded(query, data))

    def _section_loaded(self, query: SectionQuery, data: Any) -> None:
        if query.period != self.period_bar.period():
            return  # another period was chosen meanwhile: its overview brings its own section
        self._cache[query] = data
        if query == self.panel.query(self.period_bar.period()):
            self._show_section()

    # -- slots --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()  # orders may have come in from the command line meanwhile

    @Slot()
    def _on_period_bar_period_changed(self) -> None:
        self.message_bar.clear()
        self.reload()

    @Slot()
    def _on_panel_query_changed(self) -> None:
        if self._ready:
            self._show_section()

    @Slot()
    def _on_import_requested(self) -> None:
        if run_import(self, self._services, runner=self._runner):
            self.reload()

    @Slot(str)
    def _on_exports_saved(self, sentence: str) -> None:
        self.message_bar.show_message(sentence, Tone.INFO)

    @Slot(str)
    def _on_exports_failed(self, sentence: str) -> None:
        self.message_bar.show_message(sentence, Tone.ERROR)
